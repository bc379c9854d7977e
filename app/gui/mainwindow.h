#pragma once

#include "connectionurl.h"
#include "project.h"
#include "runcontroller.h"
#include "workbenchsettings.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QSet>

#include <optional>

class QSplitter;

namespace tidemark {

class DetailPane;
class ProjectBar;
class RunLogDock;
class StatusSummary;
class TimelinePanel;
class WorkbenchActions;

// The workbench. Each area is its own widget: the project and connection bar, the timeline, the detail pane,
// the run log dock and the status bar; the commands are WorkbenchActions. The window only wires them to the
// RunController, which does the work on its own thread, so the window stays responsive during a run.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a project folder; reconnects to the current database with it. Reports errors to the person.
    bool openProject(const QString &dir);
    // Connects to the database, for the open project. The password is used for this connection only.
    void connectTo(const ConnectionUrl &url, const QString &password = {});
    // Whether the database is production: every change then needs its name typed to confirm.
    void setProduction(bool production);
    bool isProduction() const;
    // Shows a status of the project in the database; what the window does with every refresh.
    void showStatus(const StatusSnapshot &snapshot);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // What the window is waiting for; decides which actions are enabled.
    enum class Activity { Disconnected, Connecting, Idle, Planning, Confirming, Running };

    QWidget *createCentralArea();
    void connectController();
    void connectActions();
    void setActivity(Activity activity);
    void updateActions();
    void updateTitle();
    void updateConnectionViews();
    void updateDetail();
    void requestPlan(OperationRequest::Kind kind, const Version &target = {});
    void showOpenProjectDialog();
    void showConnectionDialog();
    void showExportDialog();
    void showAbout();

    void onConnected(const QString &redactedUrl);
    void onFailed(const QString &message);
    void onPlanReady(const Plan &plan);
    void onRunEvent(const RunEvent &event);
    void onRunFinished(const RunResult &result);

    void confirmAndRun(const Plan &plan);
    void showMessage(QMessageBox::Icon icon, const QString &title, const QString &text,
                     const QString &details = {});

    RunController *m_controller = nullptr;
    WorkbenchActions *m_actions = nullptr;
    ProjectBar *m_projectBar = nullptr;
    TimelinePanel *m_timeline = nullptr;
    DetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    RunLogDock *m_runLog = nullptr;
    StatusSummary *m_summary = nullptr;
    WorkbenchSettings m_settings;

    std::optional<Project> m_project;
    std::optional<ConnectionUrl> m_url;
    QString m_password; // kept only in memory, to reconnect when another project is opened
    std::optional<Version> m_currentVersion;
    Activity m_activity = Activity::Disconnected;
    bool m_closeWhenRunEnds = false;
    // The run in progress and what it left to show.
    int m_runSteps = 0;
    int m_runStepsDone = 0;
    std::optional<RunEvent> m_lastFailure;
    std::optional<Version> m_selectAfterRefresh;
    QSet<QString> m_loggedDiagnostics; // each of the project's diagnostics goes to the log once, not every refresh
};

} // namespace tidemark
