#pragma once

#include "history/migrationstatus.h"

#include <QSize>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class QAction;

namespace tidemark {
class ConfirmPlanDialog;
class MainWindow;
class TimelinePanel;
} // namespace tidemark

namespace tidemark::test {

struct WorkbenchOptions
{
    QStringList projects = {QStringLiteral("demo")}; // copies of the demo migrations; the first one is opened
    QString database = QStringLiteral("test.db");    // a fresh SQLite file in the temporary folder
    QSize size = {1280, 800};
    bool profileStore = false; // connection profiles in profiles.ini of the temporary folder, not the user's
};

// The main window on its own copy of the demo project (11 migrations, all pending) and a fresh SQLite database in
// a temporary folder; both go with this object, the window first.
class Workbench
{
public:
    explicit Workbench(const WorkbenchOptions &options = {});
    ~Workbench();
    Q_DISABLE_COPY_MOVE(Workbench)

    // Copies the projects, shows the window, opens the first project, connects and waits until the timeline shows
    // every migration and Apply Pending can be pressed. False when it failed (the failure is recorded for the test).
    bool open();
    void close();

    MainWindow *window() const { return m_window.get(); }
    TimelinePanel *timeline() const;
    QString dir() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString projectDir(int index = 0) const { return filePath(m_options.projects.at(index)); }

    QAction *action(const char *name) const; // qFatal when the window has no such action
    int countInState(MigrationState state) const;
    // The confirmation is window-modal and opened asynchronously: the one showing, or null after the timeout.
    ConfirmPlanDialog *waitForConfirmation(int timeoutMs = 10'000) const;
    // Apply Pending, confirmed, until all 11 are applied and the window is idle again.
    bool applyAll();

private:
    WorkbenchOptions m_options;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace tidemark::test
