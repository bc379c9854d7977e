#pragma once

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace tidemark {

// The main window's commands, with their icons and shortcuts, and the menus and toolbar that show them.
// Each action has an objectName (e.g. "applyPendingAction") so that tests and scripts can find it.
class WorkbenchActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkbenchActions)

public:
    explicit WorkbenchActions(QMainWindow *window);
    ~WorkbenchActions() override;

    // Builds the menu bar and the toolbar; the View menu toggles the given docks.
    void installMenusAndToolBar(const QList<QDockWidget *> &docks);
    // The File > Recent Projects entries, newest first.
    void setRecentProjects(const QStringList &dirs);

    QAction *const openProject;
    QAction *const connectDatabase; // the connection profiles
    QAction *const openUrl;         // a URL typed in, e.g. a quick sqlite: file
    QAction *const newMigration;
    QAction *const editMigration;
    QAction *const refresh;
    QAction *const applyPending;
    QAction *const applyToSelected;
    QAction *const rehearsePending; // the pending plan run for real and undone
    QAction *const rollBackOne;
    QAction *const rollBackToSelected;
    QAction *const stopAfterCurrent;
    QAction *const cancelNow; // stops the running statement on the server; the migration rolls back where it can
    QAction *const inspectLock; // who holds the migration lock and what it runs now
    QAction *const exportRunLog;
    QAction *const exportReport;   // an audit report of the database's history
    QAction *const showMigrations; // the Migrations tab
    QAction *const showHistory;    // the History tab
    QAction *const about;
    QAction *const quit;

Q_SIGNALS:
    void recentProjectChosen(const QString &dir);
    void clearRecentProjectsChosen();

private:
    QMainWindow *m_window = nullptr;
    QMenu *m_recent = nullptr;
};

} // namespace tidemark
