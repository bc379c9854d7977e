#include "workbenchactions.h"

#include "icons.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>

namespace tidemark {
namespace {

// text is the menu entry, iconText the short toolbar label; the tooltip names the shortcut.
QAction *makeAction(QObject *parent, const char *objectName, const QIcon &icon, const QString &text,
                    const QString &iconText, const QKeySequence &shortcut, const QString &statusTip)
{
    auto action = new QAction(icon, text, parent);
    action->setObjectName(QLatin1String(objectName));
    action->setIconText(iconText);
    action->setShortcut(shortcut);
    action->setStatusTip(statusTip);
    action->setToolTip(shortcut.isEmpty() ? statusTip
                                          : QStringLiteral("%1 (%2)").arg(statusTip,
                                                                          shortcut.toString(QKeySequence::NativeText)));
    return action;
}

} // namespace

WorkbenchActions::WorkbenchActions(QMainWindow *window)
    : QObject(window)
    , openProject(makeAction(window, "openProjectAction", icon(u"open-folder"), tr("&Open Project…"), tr("Open"),
                             QKeySequence(Qt::CTRL | Qt::Key_O), tr("Open a folder of migration scripts")))
    , connectDatabase(makeAction(window, "connectAction", icon(u"connect"), tr("&Connect…"), tr("Connect"),
                                 QKeySequence(Qt::CTRL | Qt::Key_K), tr("Connect to the target database")))
    , refresh(makeAction(window, "refreshAction", icon(u"refresh"), tr("&Refresh"), tr("Refresh"), QKeySequence(Qt::Key_F5),
                         tr("Read the files and the database's history again")))
    , applyPending(makeAction(window, "applyPendingAction", icon(u"apply"), tr("&Apply Pending…"), tr("Apply Pending"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
                              tr("Review and apply every pending migration")))
    , rollBackOne(makeAction(window, "rollBackOneAction", icon(u"rollback"), tr("Roll &Back One…"), tr("Roll Back One"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                             tr("Review and roll back the most recently applied migration")))
    , stopAfterCurrent(makeAction(window, "stopAfterCurrentAction", icon(u"stop"), tr("&Stop After Current"), tr("Stop After Current"),
                                  QKeySequence(), tr("Let the running migration finish, then stop the run")))
    , quit(makeAction(window, "quitAction", QIcon(), tr("&Quit"), tr("Quit"), QKeySequence::Quit, tr("Close Tidemark")))
    , m_window(window)
{
    quit->setMenuRole(QAction::QuitRole);
}

WorkbenchActions::~WorkbenchActions() = default;

void WorkbenchActions::installMenusAndToolBar(const QList<QDockWidget *> &docks)
{
    QMenu *file = m_window->menuBar()->addMenu(tr("&File"));
    file->addAction(openProject);
    file->addAction(connectDatabase);
    file->addSeparator();
    file->addAction(quit);

    QMenu *migrations = m_window->menuBar()->addMenu(tr("&Migrations"));
    migrations->addAction(refresh);
    migrations->addSeparator();
    migrations->addAction(applyPending);
    migrations->addAction(rollBackOne);
    migrations->addSeparator();
    migrations->addAction(stopAfterCurrent);

    QMenu *view = m_window->menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : docks)
        view->addAction(dock->toggleViewAction());

    QToolBar *toolBar = m_window->addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(22, 22));
    toolBar->addAction(openProject);
    toolBar->addAction(connectDatabase);
    toolBar->addSeparator();
    toolBar->addAction(refresh);
    toolBar->addSeparator();
    toolBar->addAction(applyPending);
    toolBar->addAction(rollBackOne);
    toolBar->addAction(stopAfterCurrent);
}

} // namespace tidemark
