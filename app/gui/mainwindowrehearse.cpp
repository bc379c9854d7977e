// MainWindow: rehearsing a plan from its confirmation, and the report of what the rehearsal found.
#include "mainwindow.h"

#include "confirmplandialog.h"
#include "migrationauthoringwidget.h"
#include "migrationeditorwindow.h"
#include "rehearsaldialog.h"
#include "runlogdock.h"
#include "sqlcheckview.h"

#include <QLocale>

#include <algorithm>

namespace tidemark {

void MainWindow::startRehearsal(ConfirmPlanDialog *dialog, const Plan &plan)
{
    m_rehearsalDialog = dialog;
    dialog->setRehearsing(true);
    m_runLog->appendMessage(tr("Rehearsing %n step(s): run for real, then undone.", nullptr, int(plan.steps.size())));
    m_controller->rehearse(plan);
}

namespace {

// The check view's line for the edited migration, the plan's last step.
QString editorVerdict(const RehearsalReport &report, const QString &target, int *line)
{
    const RehearsedStep *edited = report.steps.isEmpty() ? nullptr : &report.steps.constLast();
    const auto failed = std::find_if(report.steps.cbegin(), report.steps.cend(), [](const RehearsedStep &s) {
        return s.result == RehearsedStep::Result::Failed;
    });
    if (!edited || report.outcome == RehearsalOutcome::Refused || report.outcome == RehearsalOutcome::LockNotAcquired
        || report.outcome == RehearsalOutcome::Cancelled)
        return MainWindow::tr("Not rehearsed: %1").arg(report.message);
    if (failed != report.steps.cend() && &*failed != edited)
        return MainWindow::tr("Rehearsed against %1: a pending migration before this one fails first, %2: %3")
            .arg(target, failed->label, failed->error);
    if (edited->result == RehearsedStep::Result::Failed) {
        *line = edited->failedLine;
        return MainWindow::tr("Rehearsed against %1: fails at line %2: %3").arg(target).arg(edited->failedLine).arg(edited->error);
    }
    QString verdict = MainWindow::tr("Rehearsed against %1: runs, %n statement(s) in %2 ms, nothing kept", nullptr,
                                     edited->statementsRun)
                          .arg(target, QLocale().toString(double(edited->elapsedUs) / 1000.0, 'f', 1));
    if (!edited->locks.isEmpty())
        verdict += MainWindow::tr("; takes %1").arg(edited->locks.constFirst().describe());
    if (!edited->notRun.isEmpty())
        verdict += MainWindow::tr("; %n statement(s) not rehearsed: %1", nullptr, int(edited->notRun.size()))
                       .arg(edited->notRun.constFirst().why);
    return verdict;
}

} // namespace

void MainWindow::rehearseEditedMigration()
{
    MigrationAuthoringWidget *authoring = m_editor ? m_editor->authoring() : nullptr;
    if (!authoring)
        return;
    SqlCheckView *view = authoring->checkView();
    const auto notRehearsed = [view](const QString &why) { view->setRehearsal(tr("Not rehearsed: %1").arg(why), false); };
    if (!m_url || !m_snapshot)
        return notRehearsed(tr("not connected to a database, so Check read the text only."));
    if (isProduction())
        return notRehearsed(tr("%1 is a production database; rehearse the plan from its confirmation.")
                                .arg(targetDatabaseName()));
    if (authoring->isApplied())
        return notRehearsed(tr("this migration has run on this database already."));
    if (m_activity != Activity::Idle)
        return notRehearsed(tr("the workbench is busy; Check again when it is done."));
    QString error;
    const std::optional<Migration> edited = authoring->unsavedMigration(&error);
    if (!edited)
        return view->setRehearsal(tr("Not rehearsed: %1").arg(error), true);
    // The pending migrations before it as saved, then it as the editor has it: it finds their tables.
    Plan plan = planUp(m_snapshot->status, PlanDialect(targetDialect()), edited->version);
    if (plan.refused())
        return view->setRehearsal(tr("Not rehearsed: %1").arg(plan.refusal), true);
    plan.steps.removeIf([&](const PlanStep &step) { return !(step.version < edited->version); });
    plan.steps << PlanStep::up(*edited);
    m_rehearsingEditor = true;
    view->setRehearsal(tr("Rehearsing against %1…").arg(m_url->redacted()), false);
    setActivity(Activity::Planning);
    m_controller->rehearse(plan);
}

void MainWindow::onRehearsalFinished(const RehearsalReport &report)
{
    if (std::exchange(m_rehearsingEditor, false)) {
        setActivity(Activity::Idle);
        int line = 0;
        const QString verdict = editorVerdict(report, m_url ? m_url->redacted() : QString(), &line);
        if (m_editor)
            m_editor->authoring()->checkView()->setRehearsal(verdict, line > 0 || !report.leftNothingBehind, line);
        return;
    }
    ConfirmPlanDialog *confirmation = std::exchange(m_rehearsalDialog, nullptr);
    if (confirmation)
        confirmation->setRehearsing(false);
    const bool good = report.outcome == RehearsalOutcome::Succeeded && report.leftNothingBehind;
    m_runLog->appendMessage(tr("Rehearsal: %1").arg(report.message),
                            good ? RunLogView::Severity::Success : RunLogView::Severity::Error);
    if (!report.leftNothingBehind && !report.leftBehind.isEmpty())
        m_runLog->appendMessage(report.leftBehind, RunLogView::Severity::Error);
    if (!confirmation)
        return; // the confirmation was closed meanwhile: the log says how it ended
    auto shown = new RehearsalDialog(report, targetDialect(), confirmation);
    shown->setAttribute(Qt::WA_DeleteOnClose);
    shown->open();
}

} // namespace tidemark
