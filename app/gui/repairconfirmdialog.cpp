#include "repairconfirmdialog.h"

#include <algorithm>

namespace tidemark {
namespace {

// The statements, by number, that an outcome covers: "3, 4".
QString numbers(const FailedMigration &failed, std::initializer_list<StatementOutcome> outcomes)
{
    QStringList list;
    for (const StatementStanding &s : failed.statements)
        if (std::find(outcomes.begin(), outcomes.end(), s.outcome) != outcomes.end())
            list << QString::number(s.number);
    return list.join(QStringLiteral(", "));
}

QString consequence(const FailedMigration &failed, RepairAction action)
{
    if (action == RepairAction::MarkApplied) {
        const QString open = numbers(failed, {StatementOutcome::Failed, StatementOutcome::Unknown,
                                              StatementOutcome::NotRun, StatementOutcome::RolledBack});
        return open.isEmpty()
                   ? RepairConfirmDialog::tr("It is recorded as applied. Nothing runs.")
                   : RepairConfirmDialog::tr("It is recorded as applied, and statements %1 will never run: do this "
                                             "only when you made their changes by hand. Nothing runs now.")
                         .arg(open);
    }
    const QString kept = numbers(failed, {StatementOutcome::Done, StatementOutcome::Unknown});
    return kept.isEmpty()
               ? RepairConfirmDialog::tr("It is recorded as not applied, and runs again from its first statement on "
                                         "the next Apply. Nothing runs now.")
               : RepairConfirmDialog::tr("It is recorded as not applied, and runs again from its first statement on "
                                         "the next Apply: do this only when you undid statements %1 by hand. Nothing "
                                         "runs now.")
                     .arg(kept);
}

ConfirmChangeDialog::Text repairText(const MigrationStatus &migration, const FailedMigration &failed,
                                     RepairAction action)
{
    const bool applied = action == RepairAction::MarkApplied;
    const QString name = QStringLiteral("%1 %2").arg(migration.version.toString(), migration.description);
    ConfirmChangeDialog::Text text;
    text.windowTitle = applied ? RepairConfirmDialog::tr("Mark %1 Applied").arg(name)
                               : RepairConfirmDialog::tr("Mark %1 Rolled Back").arg(name);
    text.question = applied ? RepairConfirmDialog::tr("Record %1 as applied by hand?").arg(name)
                            : RepairConfirmDialog::tr("Record %1 as rolled back by hand?").arg(name);
    text.paragraphs = {{failed.summary(), {}}, {consequence(failed, action), QStringLiteral("repairConsequence")}};
    text.record = RepairConfirmDialog::tr("The history records it as a repair, with your name and the time.");
    text.confirm = applied ? RepairConfirmDialog::tr("Mark Applied") : RepairConfirmDialog::tr("Mark Rolled Back");
    return text;
}

} // namespace

RepairConfirmDialog::RepairConfirmDialog(const MigrationStatus &migration, const FailedMigration &failed,
                                         RepairAction action, bool production, const QString &databaseName,
                                         QWidget *parent)
    : ConfirmChangeDialog(repairText(migration, failed, action), production, databaseName, parent)
{
    setObjectName(QStringLiteral("repairConfirmDialog"));
}

RepairConfirmDialog::~RepairConfirmDialog() = default;

} // namespace tidemark
