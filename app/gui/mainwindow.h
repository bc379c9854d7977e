#pragma once

#include "connections/connectionprofile.h"
#include "connections/profilestore.h"
#include "core/project.h"
#include "database/connectionurl.h"
#include "run/runcontroller.h"
#include "run/runrequest.h"
#include "workbenchsettings.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QSet>

#include <optional>

class QSplitter;
class QTabWidget;

namespace tidemark {

class AuditTrailLoader;
class ConfirmPlanDialog;
class CredentialStore;
class DetailPane;
class HistoryPanel;
class LockInspectorDialog;
class MigrationEditorWindow;
class ProjectBar;
class RunLogDock;
class StatusSummary;
class TimelinePanel;
class WorkbenchActions;

// The workbench. Each area is its own widget: the project and connection bar, the Migrations tab (the timeline and
// the detail pane), the History tab (every run the database recorded), the run log dock and the status bar; the
// commands are WorkbenchActions. The window only wires them to the
// RunController, which does the work on its own thread, so the window stays responsive during a run.
// Connect opens the connection profiles (passwords in the OS keychain, through the window's one CredentialStore);
// Open URL the quick dialog for a URL. New and Edit Migration open the migration editor beside the workbench.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a project folder; reconnects to the current database with it. Reports errors to the person.
    bool openProject(const QString &dir);
    // Connects to the database given by a URL, for the open project. The password is used for this connection only.
    void connectTo(const ConnectionUrl &url, const QString &password = {});
    // Connects with a profile: its project folder when it names one (else the open project stays), its name and
    // environment colour in the project bar, and production when its environment is.
    void connectToProfile(const tidemark::ConnectionProfile &profile, const QString &password = {});
    std::optional<ConnectionProfile> profile() const { return m_profile; }
    // Where the Profiles dialog reads and saves profiles; by default the user's profiles.ini.
    void setProfileStore(const ProfileStore &store) { m_profileStore = store; }
    CredentialStore *credentials() const { return m_credentials; }
    // For a URL connection, whether the database is production: every change then needs its name typed to
    // confirm. A profile's environment decides for a profile connection.
    void setProduction(bool production);
    bool isProduction() const;
    // What a DBA types to confirm a change to it: the profile's database name, else the URL's.
    QString targetDatabaseName() const;
    DatabaseKind targetDialect() const { return m_url ? m_url->dialect : DatabaseKind::Sqlite; }
    // The migration editor, while it is open.
    MigrationEditorWindow *migrationEditor() const;
    // Shows a status of the project in the database; what the window does with every refresh.
    void showStatus(const StatusSnapshot &snapshot);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // What the window is waiting for; decides which actions are enabled.
    enum class Activity { Disconnected, Connecting, Idle, Planning, Confirming, Running };

    QWidget *createCentralArea();
    QWidget *createMigrationsPage();
    void reloadHistory();
    void showExportReport();
    void connectController();
    void connectActions();
    void setActivity(Activity activity);
    void updateActions();
    void updateTitle();
    void updateConnectionViews();
    void updateDetail();
    void requestPlan(OperationRequest::Kind kind, const Version &target = {});
    void requestPlan(const OperationRequest &request);
    // Settling a failed migration from the detail pane (mainwindowsettle.cpp): Resume plans up --resume to it and
    // runs after the plan's confirmation; a repair asks, then records the DBA's word under the lock.
    void resumeMigration(const Version &version, PendingStatementDecision decision);
    void repairMigration(const Version &version, RepairAction action);
    // Opens a change's confirmation; once accepted, the window runs it (start) as one run, selecting select after.
    void confirmChange(QDialog *dialog, const QString &cancelled, std::optional<Version> select,
                       const std::function<void()> &start);
    // A modified or missing migration's drift settled from the detail pane (mainwindowdrift.cpp): asks, then accepts
    // the file or restores it under the lock.
    void settleDrift(const Version &version, DriftAction action);
    // After a run failed, once the status read after it shows what the database kept: says so.
    void explainFailure(const RunEvent &failure);
    // The migration lock (mainwindowlock.cpp): the inspector, Break Lock from it, Cancel Waiting while a run waits,
    // and a run that gave up waiting explained, never as a failure.
    void showLockInspector();
    void confirmBreakLock();
    void cancelLockWait();
    void explainHeldLock(const QString &message);
    bool loadProject(const QString &dir);
    bool isOpenProject(const QString &dir) const;
    void useProfile(const ConnectionProfile &profile); // shown in the project bar, its environment applies
    void startConnection(const ConnectionUrl &url, const QString &password);
    void showOpenProjectDialog();
    void showProfilesDialog();
    void showOpenUrlDialog();
    void updateProfileFromStore();
    MigrationEditorWindow *editorWindow();
    void showNewMigration();
    void showEditMigration();
    void onMigrationFilesChanged(const QStringList &files);
    void showAbout();

    void onConnected(const QString &redactedUrl);
    void onFailed(const QString &message);
    void onPlanReady(const Plan &plan);
    void onRunEvent(const RunEvent &event);
    void onRunFinished(const RunResult &result);

    void confirmAndRun(const Plan &plan);
    // Rehearse from the confirmation (mainwindowrehearse.cpp): the report opens over it when it comes.
    void startRehearsal(ConfirmPlanDialog *dialog, const Plan &plan);
    void onRehearsalFinished(const RehearsalReport &report);
    // The editor's Check, against the connected database: the edited migration rehearsed after the pending ones
    // before it, so that it finds their tables.
    void rehearseEditedMigration();
    void stopAfterCurrentMigration();
    void cancelRunNow();
    // Closing during a run: Stop After Current, Cancel Now, or keep running; the window closes when the run ends.
    void askHowToEndTheRun();
    void showMessage(QMessageBox::Icon icon, const QString &title, const QString &text,
                     const QString &details = {});

    RunController *m_controller = nullptr;
    WorkbenchActions *m_actions = nullptr;
    ProjectBar *m_projectBar = nullptr;
    TimelinePanel *m_timeline = nullptr;
    DetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_tabs = nullptr; // Migrations, History
    HistoryPanel *m_history = nullptr;
    AuditTrailLoader *m_historyLoader = nullptr;
    RunLogDock *m_runLog = nullptr;
    StatusSummary *m_summary = nullptr;
    WorkbenchSettings m_settings;
    CredentialStore *m_credentials = nullptr;
    ProfileStore m_profileStore;
    QPointer<MigrationEditorWindow> m_editor;
    QPointer<LockInspectorDialog> m_lockInspector;
    QPointer<ConfirmPlanDialog> m_rehearsalDialog; // the confirmation a rehearsal runs for
    bool m_rehearsingEditor = false;               // the editor's Check is being rehearsed
    bool m_rehearseOnConfirm = false;              // Rehearse Pending: the confirmation starts a rehearsal at once

    std::optional<Project> m_project;
    std::optional<ConnectionUrl> m_url;
    std::optional<ConnectionProfile> m_profile; // the profile m_url came from, if it did
    QString m_password; // kept only in memory, to reconnect when another project is opened
    std::optional<Version> m_currentVersion;
    std::optional<StatusSnapshot> m_snapshot; // the last status shown: the confirmation's drift and lock holder
    Activity m_activity = Activity::Disconnected;
    bool m_closeWhenRunEnds = false;
    bool m_stopAsked = false;   // this run stops after its current migration
    bool m_cancelAsked = false; // this run is being cancelled
    // The run in progress and what it left to show.
    OperationRequest::Kind m_planKind = OperationRequest::Kind::UpAll; // what the plan being made is for
    int m_runSteps = 0;
    int m_runStepsDone = 0;
    std::optional<RunEvent> m_lastFailure;
    std::optional<RunEvent> m_failureToExplain; // the run failed: explained by the status that follows
    PendingStatementDecision m_resumeDecision = PendingStatementDecision::Verify; // for the plan being confirmed
    std::optional<Version> m_selectAfterRefresh;
    QString m_selectScriptAfterRefresh; // a script just written, relative to the migrations folder
    bool m_refreshWhenIdle = false;     // files changed while the window was busy
    QSet<QString> m_loggedDiagnostics; // each of the project's diagnostics goes to the log once, not every refresh
};

} // namespace tidemark
