#pragma once

#include "connectionurl.h"
#include "project.h"
#include "runcontroller.h"

#include <QMainWindow>
#include <QMessageBox>

#include <optional>

class QTableView;

namespace tidemark {

class MigrationListModel;
class RunLogView;
class StatusSummary;
class WorkbenchActions;

// The workbench: the migration table in the centre, the run log docked below, the status bar,
// and the commands. It only wires these areas to the RunController, which does the work on its own thread.
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

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // What the window is waiting for; decides which actions are enabled.
    enum class Activity { Disconnected, Connecting, Idle, Planning, Confirming, Running };

    void connectController();
    void connectActions();
    void setActivity(Activity activity);
    void updateTitle();
    void requestPlan(OperationRequest::Kind kind);
    void showOpenProjectDialog();
    void showConnectionDialog();

    void onConnected(const QString &redactedUrl);
    void onFailed(const QString &message);
    void onStatusReady(const StatusSnapshot &snapshot);
    void onPlanReady(const Plan &plan);
    void onRunFinished(const RunResult &result);

    void confirmAndRun(const Plan &plan);
    void showMessage(QMessageBox::Icon icon, const QString &title, const QString &text,
                     const QString &details = {});

    RunController *m_controller = nullptr;
    MigrationListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    RunLogView *m_runLog = nullptr;
    WorkbenchActions *m_actions = nullptr;
    StatusSummary *m_summary = nullptr;

    std::optional<Project> m_project;
    std::optional<ConnectionUrl> m_url;
    QString m_password; // kept only in memory, to reconnect when another project is opened
    Activity m_activity = Activity::Disconnected;
    bool m_closeWhenRunEnds = false;
};

} // namespace tidemark
