#include "mainwindow.h"

#include "confirmplandialog.h"
#include "connectiondialog.h"
#include "dialect.h"
#include "icons.h"
#include "migrationlistmodel.h"
#include "runlogview.h"
#include "statussummary.h"
#include "workbenchactions.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QStatusBar>
#include <QTableView>

namespace tidemark {
namespace {

QTableView *createMigrationTable(MigrationListModel *model, QWidget *parent)
{
    auto table = new QTableView(parent);
    table->setObjectName(QStringLiteral("migrationTable"));
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setShowGrid(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MigrationListModel::DescriptionColumn, QHeaderView::Stretch);
    return table;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_controller(new RunController(this))
    , m_model(new MigrationListModel(this))
    , m_table(createMigrationTable(m_model, this))
    , m_runLog(new RunLogView(this))
    , m_actions(new WorkbenchActions(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icon(u"tidemark"));
    setCentralWidget(m_table);

    auto logDock = new QDockWidget(tr("Run Log"), this);
    logDock->setObjectName(QStringLiteral("runLogDock"));
    m_runLog->setObjectName(QStringLiteral("runLog"));
    logDock->setWidget(m_runLog);
    logDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::BottomDockWidgetArea, logDock);
    resizeDocks({logDock}, {220}, Qt::Vertical);

    m_actions->installMenusAndToolBar({logDock});
    m_summary = new StatusSummary(statusBar());
    connectController();
    connectActions();
    setActivity(Activity::Disconnected);
    resize(1180, 760);
}

MainWindow::~MainWindow() = default;

void MainWindow::connectController()
{
    connect(m_controller, &RunController::connected, this, &MainWindow::onConnected);
    connect(m_controller, &RunController::failed, this, &MainWindow::onFailed);
    connect(m_controller, &RunController::statusReady, this, &MainWindow::onStatusReady);
    connect(m_controller, &RunController::planReady, this, &MainWindow::onPlanReady);
    connect(m_controller, &RunController::runEvent, m_runLog, &RunLogView::appendEvent);
    connect(m_controller, &RunController::runFinished, this, &MainWindow::onRunFinished);
}

void MainWindow::connectActions()
{
    connect(m_actions->openProject, &QAction::triggered, this, &MainWindow::showOpenProjectDialog);
    connect(m_actions->connectDatabase, &QAction::triggered, this, &MainWindow::showConnectionDialog);
    connect(m_actions->refresh, &QAction::triggered, m_controller, &RunController::refresh);
    connect(m_actions->applyPending, &QAction::triggered, this,
            [this] { requestPlan(OperationRequest::Kind::UpAll); });
    connect(m_actions->rollBackOne, &QAction::triggered, this,
            [this] { requestPlan(OperationRequest::Kind::DownSteps); });
    connect(m_actions->stopAfterCurrent, &QAction::triggered, this, [this] {
        m_controller->stopAfterCurrent();
        m_actions->stopAfterCurrent->setEnabled(false);
        m_runLog->appendMessage(tr("The run stops after the current migration."), RunLogView::Severity::Warning);
    });
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::setActivity(Activity activity)
{
    m_activity = activity;
    const bool idle = activity == Activity::Idle;
    const bool canReconnect = activity == Activity::Idle || activity == Activity::Disconnected;
    m_actions->openProject->setEnabled(canReconnect);
    m_actions->connectDatabase->setEnabled(canReconnect);
    m_actions->refresh->setEnabled(idle);
    m_actions->applyPending->setEnabled(idle);
    m_actions->rollBackOne->setEnabled(idle);
    m_actions->stopAfterCurrent->setEnabled(activity == Activity::Running);
    if (activity == Activity::Running)
        statusBar()->showMessage(tr("Running…"));
    else if (activity == Activity::Connecting)
        statusBar()->showMessage(tr("Connecting…"));
    else
        statusBar()->clearMessage();
}

void MainWindow::updateTitle()
{
    const QString project = m_project ? m_project->name : tr("no project");
    const QString target = m_url && m_activity != Activity::Disconnected ? m_url->redacted() : tr("not connected");
    setWindowTitle(tr("Tidemark — %1 — %2").arg(project, target));
}

bool MainWindow::openProject(const QString &dir)
{
    QString error;
    std::optional<Project> project = Project::load(dir, &error);
    if (!project) {
        m_runLog->appendMessage(error, RunLogView::Severity::Error);
        showMessage(QMessageBox::Warning, tr("Cannot Open Project"), error);
        return false;
    }
    m_project = std::move(project);
    m_model->clear();
    m_summary->clearSnapshot();
    m_runLog->appendMessage(tr("Opened project %1 (%2)").arg(m_project->name, m_project->migrationsDir));
    updateTitle();
    if (m_url)
        connectTo(*m_url, m_password);
    return true;
}

void MainWindow::connectTo(const ConnectionUrl &url, const QString &password)
{
    m_url = url;
    m_password = password;
    if (!m_project) {
        m_runLog->appendMessage(tr("Open a project to connect to %1.").arg(url.redacted()));
        return;
    }
    m_runLog->appendMessage(tr("Connecting to %1…").arg(url.redacted()));
    setActivity(Activity::Connecting);
    m_summary->setConnection({});
    updateTitle();
    m_controller->connectTo(*m_project, url, password);
}

void MainWindow::showOpenProjectDialog()
{
    const QString start = m_project ? m_project->rootDir : QString();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Project"), start);
    if (!dir.isEmpty())
        openProject(dir);
}

void MainWindow::showConnectionDialog()
{
    auto dialog = new ConnectionDialog(m_url ? m_url->redacted() : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { connectTo(dialog->url(), dialog->password()); });
    dialog->open();
}

void MainWindow::requestPlan(OperationRequest::Kind kind)
{
    OperationRequest request;
    request.kind = kind;
    request.steps = 1;
    setActivity(Activity::Planning);
    m_controller->plan(request);
}

void MainWindow::onConnected(const QString &redactedUrl)
{
    m_runLog->appendMessage(tr("Connected to %1").arg(redactedUrl), RunLogView::Severity::Success);
    m_summary->setConnection(redactedUrl);
    setActivity(Activity::Idle);
    updateTitle();
}

void MainWindow::onFailed(const QString &message)
{
    m_runLog->appendMessage(message, RunLogView::Severity::Error);
    switch (m_activity) {
    case Activity::Connecting:
        setActivity(Activity::Disconnected);
        m_model->clear();
        m_summary->clearSnapshot();
        updateTitle();
        showMessage(QMessageBox::Warning, tr("Cannot Connect"), message);
        break;
    case Activity::Planning:
    case Activity::Running:
        setActivity(Activity::Idle);
        showMessage(QMessageBox::Warning, tr("Cannot Plan or Run"), message);
        break;
    default: statusBar()->showMessage(message, 10'000); break;
    }
}

void MainWindow::onStatusReady(const StatusSnapshot &snapshot)
{
    m_model->setStatus(snapshot.status);
    m_summary->setSnapshot(snapshot);
    for (const Diagnostic &diagnostic : snapshot.status.diagnostics)
        m_runLog->appendMessage(diagnostic.toString(), diagnostic.severity == Diagnostic::Severity::Error
                                                           ? RunLogView::Severity::Error
                                                           : RunLogView::Severity::Warning);
}

void MainWindow::onPlanReady(const Plan &plan)
{
    if (m_activity != Activity::Planning)
        return;
    if (plan.refused()) {
        setActivity(Activity::Idle);
        m_runLog->appendMessage(tr("Refused: %1").arg(plan.refusal), RunLogView::Severity::Error);
        showMessage(QMessageBox::Warning, tr("Nothing Will Run"), plan.refusal);
    } else if (plan.steps.isEmpty()) {
        setActivity(Activity::Idle);
        const QString note = plan.note.isEmpty() ? tr("nothing to do") : plan.note;
        m_runLog->appendMessage(note);
        showMessage(QMessageBox::Information, tr("Nothing to Do"), note);
    } else {
        confirmAndRun(plan);
    }
}

void MainWindow::confirmAndRun(const Plan &plan)
{
    setActivity(Activity::Confirming);
    const std::unique_ptr<Dialect> dialect = m_url ? createDialect(m_url->dialect) : nullptr;
    auto dialog = new ConfirmPlanDialog(plan, m_url ? m_url->redacted() : QString(),
                                        dialect && dialect->transactionalDdl(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result != QDialog::Accepted) {
            m_runLog->appendMessage(tr("Cancelled; nothing ran."));
            setActivity(Activity::Idle);
            return;
        }
        setActivity(Activity::Running);
        m_controller->run(dialog->plan());
    });
    dialog->open();
}

void MainWindow::onRunFinished(const RunResult &result)
{
    setActivity(Activity::Idle);
    switch (result.outcome) {
    case RunOutcome::Succeeded: statusBar()->showMessage(result.message, 10'000); break;
    case RunOutcome::Stopped:
    case RunOutcome::Cancelled:
        m_runLog->appendMessage(result.message, RunLogView::Severity::Warning);
        statusBar()->showMessage(result.message, 10'000);
        break;
    case RunOutcome::Failed:
    case RunOutcome::LockNotAcquired:
        if (!result.failure) // a failed migration is already in the log, in red
            m_runLog->appendMessage(result.message, RunLogView::Severity::Error);
        showMessage(QMessageBox::Critical, tr("Run Failed"),
                    result.failure ? tr("%1 %2 failed and was rolled back where the database allows.")
                                         .arg(result.failure->version.toString(), result.failure->description)
                                   : tr("The run did not complete."),
                    result.failure ? result.failure->error : result.message);
        break;
    }
    if (m_closeWhenRunEnds)
        close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_activity != Activity::Running) {
        event->accept();
        return;
    }
    // Closing now would wait on the worker; cancel between statements and close once the run has ended.
    event->ignore();
    m_closeWhenRunEnds = true;
    m_controller->cancel();
    m_runLog->appendMessage(tr("Cancelling the run; Tidemark closes when the current migration is rolled back."),
                            RunLogView::Severity::Warning);
}

void MainWindow::showMessage(QMessageBox::Icon icon, const QString &title, const QString &text,
                             const QString &details)
{
    auto box = new QMessageBox(icon, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("messageBox"));
    if (!details.isEmpty())
        box->setInformativeText(details);
    box->open();
}

} // namespace tidemark
