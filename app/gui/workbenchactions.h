#pragma once

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;

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

    QAction *const openProject;
    QAction *const connectDatabase;
    QAction *const refresh;
    QAction *const applyPending;
    QAction *const rollBackOne;
    QAction *const stopAfterCurrent;
    QAction *const quit;

private:
    QMainWindow *m_window = nullptr;
};

} // namespace tidemark
