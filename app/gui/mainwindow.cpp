#include "mainwindow.h"

#include "audit/audittrailloader.h"
#include "confirmplandialog.h"
#include "connections/credentialstore.h"
#include "connections/productiontarget.h"
#include "database/dialect.h"
#include "database/dialectfactory.h"
#include "detailpane.h"
#include "driftactionsbar.h"
#include "exportreportdialog.h"
#include "historypanel.h"
#include "lockinspectordialog.h"
#include "icons.h"
#include "migrationauthoringwidget.h"
#include "migrationeditorwindow.h"
#include "openurldialog.h"
#include "profilesdialog.h"
#include "projectbar.h"
#include "run/runrequest.h"
#include "runlogdock.h"
#include "settlepanel.h"
#include "statussummary.h"
#include "timelinemodel.h"
#include "timelinepanel.h"
#include "timelineview.h"
#include "workbenchactions.h"
#include "workbenchpalette.h"
#include "workbenchruncontext.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tidemark {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_controller(new RunController(this))
    , m_actions(new WorkbenchActions(this))
    , m_projectBar(new ProjectBar(m_actions->openProject, m_actions->connectDatabase, this))
    , m_timeline(new TimelinePanel(this))
    , m_detail(new DetailPane(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_tabs(new QTabWidget(this))
    , m_history(new HistoryPanel(this))
    , m_historyLoader(new AuditTrailLoader(m_controller))
    , m_runLog(new RunLogDock(this))
    , m_credentials(new CredentialStore(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icon(u"tidemark"));
    setCentralWidget(createCentralArea());
    addDockWidget(Qt::BottomDockWidgetArea, m_runLog);
    resizeDocks({m_runLog}, {200}, Qt::Vertical);
    m_actions->installMenusAndToolBar({m_runLog});
    m_actions->setRecentProjects(m_settings.recentProjects());
    m_summary = new StatusSummary(statusBar());
    m_controller->setLockTimeout(m_settings.lockTimeout());
    connectController();
    connectActions();
    setActivity(Activity::Disconnected);
    resize(1280, 800);
    m_settings.restoreWindow(*this, *m_splitter);
    m_history->setChartVisible(m_settings.historyChartVisible(*this));
    connect(m_history, &HistoryPanel::chartToggled, this,
            [this](bool visible) { m_settings.setHistoryChartVisible(visible); });
    updateTitle();
}

MainWindow::~MainWindow() = default;

// The timeline and the history each need the whole width and height: tabs, not docks, so that neither is squeezed
// beside the other at 1024×768, and the run log stays below both.
QWidget *MainWindow::createCentralArea()
{
    m_tabs->setObjectName(QStringLiteral("workbenchTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createMigrationsPage(), tr("Migrations"));
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->setTabToolTip(0, tr("Every migration of the project and its state in the database"));
    m_tabs->setTabToolTip(1, tr("Every run this database recorded, from any machine, the CLI or the workbench"));

    auto central = new QWidget(this);
    auto layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_projectBar);
    layout->addWidget(m_tabs, 1);
    return central;
}

QWidget *MainWindow::createMigrationsPage()
{
    m_splitter->setObjectName(QStringLiteral("workbenchSplitter"));
    m_splitter->addWidget(m_timeline);
    m_splitter->addWidget(m_detail);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({760, 520});
    return m_splitter;
}

void MainWindow::connectController()
{
    connect(m_controller, &RunController::connected, this, &MainWindow::onConnected);
    connect(m_controller, &RunController::failed, this, &MainWindow::onFailed);
    connect(m_controller, &RunController::statusReady, this, &MainWindow::showStatus);
    connect(m_controller, &RunController::planReady, this, &MainWindow::onPlanReady);
    connect(m_controller, &RunController::runEvent, this, &MainWindow::onRunEvent);
    connect(m_controller, &RunController::runFinished, this, &MainWindow::onRunFinished);
    connect(m_controller, &RunController::rehearsalFinished, this, &MainWindow::onRehearsalFinished);
    connect(m_controller, &RunController::contextReady, m_runLog, &RunLogDock::setContext);
    connect(m_controller, &RunController::lockRead, this, [this](const LockReading &reading) {
        if (m_lockInspector)
            m_lockInspector->showReading(reading);
    });
    connect(m_historyLoader, &AuditTrailLoader::loaded, m_history, &HistoryPanel::setTrail);
    connect(m_historyLoader, &AuditTrailLoader::loaded, this, &MainWindow::updateActions);
    connect(m_historyLoader, &AuditTrailLoader::failed, m_history, &HistoryPanel::setError);
}

// After every connect, run and refresh: what changed the database here or elsewhere shows.
void MainWindow::reloadHistory()
{
    m_history->setLoading();
    m_historyLoader->load();
}

void MainWindow::connectActions()
{
    connect(m_actions->openProject, &QAction::triggered, this, &MainWindow::showOpenProjectDialog);
    connect(m_actions->connectDatabase, &QAction::triggered, this, &MainWindow::showProfilesDialog);
    connect(m_actions->openUrl, &QAction::triggered, this, &MainWindow::showOpenUrlDialog);
    connect(m_actions->newMigration, &QAction::triggered, this, &MainWindow::showNewMigration);
    connect(m_actions->editMigration, &QAction::triggered, this, &MainWindow::showEditMigration);
    connect(m_actions->refresh, &QAction::triggered, m_controller, &RunController::refresh);
    connect(m_actions->refresh, &QAction::triggered, this, &MainWindow::reloadHistory);
    connect(m_actions->showMigrations, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(0); });
    connect(m_actions->showHistory, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_history); });
    connect(m_actions->applyPending, &QAction::triggered, this,
            [this] { requestPlan(OperationRequest::Kind::UpAll); });
    connect(m_actions->rehearsePending, &QAction::triggered, this, [this] {
        m_rehearseOnConfirm = true;
        requestPlan(OperationRequest::Kind::UpAll);
    });
    connect(m_actions->applyToSelected, &QAction::triggered, this, [this] {
        if (const MigrationStatus *selected = m_timeline->selectedMigration())
            requestPlan(OperationRequest::Kind::UpTo, selected->version);
    });
    connect(m_actions->rollBackOne, &QAction::triggered, this,
            [this] { requestPlan(OperationRequest::Kind::DownSteps); });
    connect(m_actions->rollBackToSelected, &QAction::triggered, this, [this] {
        if (const MigrationStatus *selected = m_timeline->selectedMigration())
            requestPlan(OperationRequest::Kind::DownTo, selected->version);
    });
    connect(m_actions->stopAfterCurrent, &QAction::triggered, this, &MainWindow::stopAfterCurrentMigration);
    connect(m_actions->cancelNow, &QAction::triggered, this, &MainWindow::cancelRunNow);
    connect(m_actions->inspectLock, &QAction::triggered, this, &MainWindow::showLockInspector);
    connect(m_summary, &StatusSummary::lockInspectionRequested, this, &MainWindow::showLockInspector);
    connect(m_summary, &StatusSummary::cancelWaitingRequested, this, &MainWindow::cancelLockWait);
    connect(m_actions->exportRunLog, &QAction::triggered, m_runLog, &RunLogDock::exportWithDialog);
    connect(m_actions->exportReport, &QAction::triggered, this, &MainWindow::showExportReport);
    connect(m_history, &HistoryPanel::exportReportRequested, this, &MainWindow::showExportReport);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions, &WorkbenchActions::recentProjectChosen, this, [this](const QString &dir) {
        if (m_activity == Activity::Idle || m_activity == Activity::Disconnected)
            openProject(dir);
    });
    connect(m_actions, &WorkbenchActions::clearRecentProjectsChosen, this, [this] {
        m_settings.clearRecentProjects();
        m_actions->setRecentProjects({});
    });
    connect(m_timeline, &TimelinePanel::selectionChanged, this, &MainWindow::updateDetail);
    connect(m_detail, &DetailPane::resumeRequested, this, &MainWindow::resumeMigration);
    connect(m_detail, &DetailPane::repairRequested, this, &MainWindow::repairMigration);
    connect(m_detail, &DetailPane::driftRequested, this, &MainWindow::settleDrift);
    connect(m_runLog, &RunLogDock::eventsChanged, this, &MainWindow::updateActions);
    connect(m_projectBar, &ProjectBar::productionChanged, this, &MainWindow::updateConnectionViews);
}

void MainWindow::showExportReport()
{
    if (!m_history->trail())
        return;
    const QString database = m_profile ? m_profile->databaseName() : m_url ? m_url->databaseName() : QString();
    auto dialog = new ExportReportDialog(*m_history->trail(), m_history->selectedRun(), database,
                                         workbenchEnvironment(m_profile, isProduction()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportReportDialog::written, this, [this](const QString &path, ReportFormat format, int runs) {
        const QString text = tr("Wrote the %1 report of %n run(s) to %2", nullptr, runs)
                                 .arg(reportFormatTitle(format), QDir::toNativeSeparators(path));
        m_runLog->appendMessage(text, RunLogView::Severity::Success);
        statusBar()->showMessage(text, 10'000);
    });
    dialog->open();
}

void MainWindow::setActivity(Activity activity)
{
    m_activity = activity;
    if (activity == Activity::Running) // a new run: neither stop nor cancel asked yet
        m_stopAsked = m_cancelAsked = false;
    if (activity == Activity::Idle && std::exchange(m_refreshWhenIdle, false))
        m_controller->refresh();
    updateActions();
    if (activity == Activity::Running)
        statusBar()->showMessage(tr("Running…"));
    else if (activity == Activity::Connecting)
        statusBar()->showMessage(tr("Connecting…"));
    else
        statusBar()->clearMessage();
    updateConnectionViews();
}

void MainWindow::updateActions()
{
    const bool idle = m_activity == Activity::Idle;
    const bool canReconnect = idle || m_activity == Activity::Disconnected;
    const MigrationStatus *selected = m_timeline->selectedMigration();
    m_actions->openProject->setEnabled(canReconnect);
    m_actions->connectDatabase->setEnabled(canReconnect);
    m_actions->openUrl->setEnabled(canReconnect);
    m_actions->newMigration->setEnabled(m_project.has_value());
    m_actions->editMigration->setEnabled(m_project && selected && selected->file);
    m_actions->refresh->setEnabled(idle);
    // Enabled only when there is something to do; a failed migration keeps Apply on, to explain what blocks it.
    const QList<MigrationStatus> &migrations = m_timeline->model()->status().migrations;
    const bool somethingToApply = std::any_of(migrations.cbegin(), migrations.cend(), [](const MigrationStatus &m) {
        return (m.file && !m.applied) || m.state == MigrationState::Failed;
    });
    m_actions->applyPending->setEnabled(idle && somethingToApply);
    m_actions->rehearsePending->setEnabled(idle && somethingToApply);
    m_actions->applyToSelected->setEnabled(idle && selected && !selected->applied && selected->file);
    m_actions->rollBackOne->setEnabled(idle && m_currentVersion.has_value());
    m_actions->rollBackToSelected->setEnabled(idle && selected && selected->applied && m_currentVersion
                                              && selected->version < *m_currentVersion);
    m_actions->stopAfterCurrent->setEnabled(m_activity == Activity::Running && !m_stopAsked);
    m_actions->cancelNow->setEnabled(m_activity == Activity::Running && !m_cancelAsked);
    m_actions->inspectLock->setEnabled(m_url && m_activity != Activity::Disconnected
                                       && m_activity != Activity::Connecting);
    if (m_lockInspector)
        m_lockInspector->setReadable(m_activity != Activity::Running);
    m_detail->settlePanel()->setEnabled(idle);
    m_detail->driftActions()->setEnabled(idle);
    m_actions->exportRunLog->setEnabled(m_runLog->hasEvents());
    m_actions->exportReport->setEnabled(m_history->trail().has_value());
}

void MainWindow::updateTitle()
{
    const QString project = m_project ? m_project->name : tr("no project");
    QString target = tr("not connected");
    if (m_url && m_activity != Activity::Disconnected)
        target = m_profile ? tr("%1 (%2)").arg(m_profile->name, m_url->redacted()) : m_url->redacted();
    QString title = tr("Tidemark — %1 — %2").arg(project, target);
    if (isProduction())
        title += tr(" [PRODUCTION]");
    setWindowTitle(title);
}

void MainWindow::updateConnectionViews()
{
    const bool connected = m_url && m_activity != Activity::Disconnected && m_activity != Activity::Connecting;
    const QString url = m_url ? m_url->redacted() : QString();
    m_projectBar->setConnection(url, !m_url || m_activity == Activity::Disconnected ? ProjectBar::ConnectionState::Disconnected
                                     : m_activity == Activity::Connecting          ? ProjectBar::ConnectionState::Connecting
                                                                                   : ProjectBar::ConnectionState::Connected);
    m_summary->setConnection(connected ? url : QString(), isProduction());
    updateTitle();
}

void MainWindow::updateDetail()
{
    m_detail->showMigration(m_timeline->selectedMigration(), m_lastFailure);
    updateActions();
}

void MainWindow::setProduction(bool production)
{
    m_projectBar->setProduction(production);
}

bool MainWindow::isProduction() const
{
    return m_projectBar->isProduction();
}

QString MainWindow::targetDatabaseName() const
{
    return m_profile ? m_profile->databaseName() : m_url ? m_url->databaseName() : QString();
}

bool MainWindow::openProject(const QString &dir)
{
    if (!loadProject(dir))
        return false;
    if (m_url)
        startConnection(*m_url, m_password);
    return true;
}

bool MainWindow::isOpenProject(const QString &dir) const
{
    const QString wanted = QFileInfo(dir).canonicalFilePath();
    return m_project && !wanted.isEmpty()
           && (wanted == QFileInfo(m_project->rootDir).canonicalFilePath()
               || wanted == QFileInfo(m_project->migrationsDir).canonicalFilePath());
}

bool MainWindow::loadProject(const QString &dir)
{
    if (m_editor && !m_editor->close()) // its scripts belong to the project open now
        return false;
    QString error;
    std::optional<Project> project = Project::load(dir, &error);
    if (!project) {
        m_runLog->appendMessage(error, RunLogView::Severity::Error);
        showMessage(QMessageBox::Warning, tr("Cannot Open Project"), error);
        return false;
    }
    m_project = std::move(project);
    m_timeline->clear();
    m_history->clear();
    m_summary->clearSnapshot();
    m_lastFailure.reset();
    m_loggedDiagnostics.clear();
    m_selectScriptAfterRefresh.clear();
    m_projectBar->setProject(m_project->name, m_project->migrationsDir);
    m_runLog->appendMessage(tr("Opened project %1 (%2)").arg(m_project->name, m_project->migrationsDir));
    m_settings.addRecentProject(m_project->rootDir);
    m_actions->setRecentProjects(m_settings.recentProjects());
    updateTitle();
    updateActions();
    return true;
}

void MainWindow::connectTo(const ConnectionUrl &url, const QString &password)
{
    // Production is the database's, not the way it was opened: a URL (typed, recent, --url) that reaches a
    // production profile's database is under that profile's guard, the box in Open URL ticked or not.
    if (const std::optional<ConnectionProfile> production = productionProfileFor(m_profileStore.profiles(), url)) {
        useProfile(*production);
        m_runLog->appendMessage(tr("%1 is the database of the production profile %2: every change asks for its name.")
                                    .arg(url.redacted(), production->name),
                                RunLogView::Severity::Warning);
    } else {
        m_profile.reset();
        m_projectBar->clearProfile();
    }
    startConnection(url, password);
}

void MainWindow::connectToProfile(const ConnectionProfile &profile, const QString &password)
{
    // The profile's project folder, when it names one; when that cannot be opened the current project stays.
    if (!profile.projectDir.isEmpty() && !isOpenProject(profile.projectDir))
        loadProject(profile.projectDir);
    useProfile(profile);
    m_runLog->appendMessage(tr("Using the profile %1 (%2)")
                                .arg(profile.name, ConnectionProfile::environmentTitle(profile.environment)));
    startConnection(profile.toUrl(), password);
}

void MainWindow::useProfile(const ConnectionProfile &profile)
{
    m_profile = profile;
    m_projectBar->setProfile(profile.name, ConnectionProfile::environmentTitle(profile.environment),
                             workbenchpalette::profileColor(profile), profile.isProduction());
}

void MainWindow::startConnection(const ConnectionUrl &url, const QString &password)
{
    m_url = url;
    m_password = password;
    m_detail->setDialect(url.dialect);
    if (!m_project) {
        m_runLog->appendMessage(tr("Open a project to connect to %1.").arg(url.redacted()));
        updateConnectionViews();
        return;
    }
    m_runLog->appendMessage(tr("Connecting to %1…").arg(url.redacted()));
    setActivity(Activity::Connecting);
    m_controller->connectTo(*m_project, url, password);
}

void MainWindow::showOpenProjectDialog()
{
    const QString start = m_project ? m_project->rootDir : QString();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Project"), start);
    if (!dir.isEmpty())
        openProject(dir);
}

void MainWindow::showProfilesDialog()
{
    auto dialog = new ProfilesDialog(m_profileStore, m_credentials, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_profile)
        dialog->selectProfile(m_profile->id);
    connect(dialog, &ProfilesDialog::profileChosen, this, &MainWindow::connectToProfile);
    connect(dialog, &ProfilesDialog::profilesChanged, this, &MainWindow::updateProfileFromStore);
    dialog->open();
}

// The profile in use was edited: its name, colour and environment (production!) apply at once; a changed address
// applies at the next connect.
void MainWindow::updateProfileFromStore()
{
    if (!m_profile)
        return;
    const std::optional<ConnectionProfile> saved = m_profileStore.findById(m_profile->id);
    if (!saved || saved->toUrl().redacted() != m_profile->toUrl().redacted())
        return;
    useProfile(*saved);
    updateConnectionViews();
}

void MainWindow::showOpenUrlDialog()
{
    auto dialog = new OpenUrlDialog(m_url ? m_url->redacted() : QString(), isProduction(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        setProduction(dialog->isProduction());
        connectTo(dialog->url(), dialog->password());
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    showMessage(QMessageBox::Information, tr("About Tidemark"),
                tr("Tidemark %1: a workbench for database migrations.").arg(QCoreApplication::applicationVersion()),
                tr("Review, apply and roll back migrations under a database lock, with the history kept in the "
                   "database itself."));
}

void MainWindow::onConnected(const QString &redactedUrl)
{
    m_runLog->appendMessage(tr("Connected to %1").arg(redactedUrl), RunLogView::Severity::Success);
    setActivity(Activity::Idle);
    reloadHistory();
}

void MainWindow::onFailed(const QString &message)
{
    m_runLog->appendMessage(message, RunLogView::Severity::Error);
    if (m_failureToExplain) // the status after a failed run could not be read: say what the run said
        showMessage(QMessageBox::Critical, tr("Run Failed"), tr("The run did not complete."),
                    std::exchange(m_failureToExplain, std::nullopt)->error);
    switch (m_activity) {
    case Activity::Connecting:
        setActivity(Activity::Disconnected);
        m_timeline->clear();
        m_summary->clearSnapshot();
        m_history->clear();
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

void MainWindow::showStatus(const StatusSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_detail->setLeftovers(snapshot.leftovers);
    m_detail->setReview(snapshot.review);
    m_currentVersion = snapshot.status.currentVersion;
    m_timeline->model()->setReview(snapshot.review);
    m_timeline->setStatus(snapshot.status);
    m_summary->setSnapshot(snapshot);
    if (m_selectAfterRefresh)
        m_timeline->selectVersion(*std::exchange(m_selectAfterRefresh, std::nullopt));
    for (const MigrationStatus &migration : snapshot.status.migrations) {
        if (!m_selectScriptAfterRefresh.isEmpty() && migration.file
            && migration.file->script == m_selectScriptAfterRefresh) {
            m_timeline->selectVersion(migration.version);
            m_selectScriptAfterRefresh.clear();
        }
    }
    if (m_failureToExplain)
        explainFailure(*std::exchange(m_failureToExplain, std::nullopt));
    for (const Diagnostic &diagnostic : snapshot.status.diagnostics) {
        const QString text = diagnostic.toString();
        if (m_loggedDiagnostics.contains(text))
            continue;
        m_loggedDiagnostics.insert(text);
        m_runLog->appendMessage(text, diagnostic.severity == Diagnostic::Severity::Error ? RunLogView::Severity::Error
                                                                                       : RunLogView::Severity::Warning);
    }
    updateActions();
}

MigrationEditorWindow *MainWindow::migrationEditor() const
{
    return m_editor;
}

MigrationEditorWindow *MainWindow::editorWindow()
{
    if (!m_editor) {
        m_editor = new MigrationEditorWindow(this);
        m_editor->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_editor, &MigrationEditorWindow::filesChanged, this, &MainWindow::onMigrationFilesChanged);
        connect(m_editor->authoring(), &MigrationAuthoringWidget::checked, this, &MainWindow::rehearseEditedMigration);
    }
    m_editor->setProject(*m_project, m_url ? m_url->dialect : DatabaseKind::Sqlite);
    m_editor->show();
    m_editor->raise();
    m_editor->activateWindow();
    return m_editor;
}

void MainWindow::showNewMigration()
{
    if (!m_project)
        return;
    const bool opened = m_editor;
    MigrationEditorWindow *editor = editorWindow();
    if (!editor->newMigration() && !opened && editor->authoring()->files().isEmpty())
        editor->close(); // cancelled before anything was written: no empty editor left behind
}

void MainWindow::showEditMigration()
{
    const MigrationStatus *selected = m_timeline->selectedMigration();
    if (!m_project || !selected || !selected->file)
        return;
    const MigrationStatus migration = *selected;
    editorWindow()->editMigration(migration);
}

void MainWindow::onMigrationFilesChanged(const QStringList &files)
{
    if (!m_project || files.isEmpty())
        return;
    const QDir dir(m_project->migrationsDir);
    QStringList names;
    for (const QString &file : files)
        names.append(dir.relativeFilePath(file));
    m_runLog->appendMessage(tr("Wrote %1").arg(names.join(QStringLiteral(", "))));
    m_selectScriptAfterRefresh = names.first();
    if (m_activity == Activity::Idle)
        m_controller->refresh();
    else if (m_activity != Activity::Disconnected)
        m_refreshWhenIdle = true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_editor && !m_editor->close()) { // unsaved scripts, and the DBA chose Cancel
        event->ignore();
        return;
    }
    if (m_activity != Activity::Running) {
        m_settings.saveWindow(*this, *m_splitter);
        event->accept();
        return;
    }
    // Closing now would wait on the worker: the DBA says how the run ends, and the window closes once it has.
    event->ignore();
    askHowToEndTheRun();
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
