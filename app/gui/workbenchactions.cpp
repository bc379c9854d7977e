#include "workbenchactions.h"

#include "icons.h"

#include <QAction>
#include <QDir>
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
    , openProject(makeAction(window, "openProjectAction", icon(u"open-folder"), tr("&Open Project…"), tr("Open…"),
                             QKeySequence(Qt::CTRL | Qt::Key_O), tr("Open a folder of migration scripts")))
    , connectDatabase(makeAction(window, "connectAction", icon(u"connect"), tr("&Connect…"), tr("Connect…"),
                                 QKeySequence(Qt::CTRL | Qt::Key_K),
                                 tr("Choose a connection profile and connect to its database")))
    , openUrl(makeAction(window, "openUrlAction", icon(u"database"), tr("Open &URL…"), tr("Open URL…"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
                         tr("Connect to a database given by its URL, e.g. an SQLite file")))
    , newMigration(makeAction(window, "newMigrationAction", QIcon(), tr("&New Migration…"), tr("New Migration"),
                              QKeySequence(Qt::CTRL | Qt::Key_N),
                              tr("Write a new migration with the project's next version")))
    , editMigration(makeAction(window, "editMigrationAction", QIcon(), tr("&Edit Migration"), tr("Edit Migration"),
                               QKeySequence(Qt::CTRL | Qt::Key_E), tr("Open the selected migration's scripts")))
    , refresh(makeAction(window, "refreshAction", icon(u"refresh"), tr("&Refresh"), tr("Refresh"),
                         QKeySequence(Qt::Key_F5), tr("Read the files and the database's history again")))
    , applyPending(makeAction(window, "applyPendingAction", icon(u"apply"), tr("&Apply Pending…"),
                              tr("Apply Pending"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
                              tr("Review and apply every pending migration")))
    , applyToSelected(makeAction(window, "applyToSelectedAction", icon(u"apply-to"), tr("Apply &Up to Selected…"),
                                 tr("Apply to Selected"), QKeySequence(Qt::CTRL | Qt::Key_U),
                                 tr("Review and apply the pending migrations up to and including the selected one")))
    , rehearsePending(makeAction(window, "rehearsePendingAction", icon(u"rehearse"), tr("Re&hearse Pending…"),
                                 tr("Rehearse"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
                                 tr("Run every pending migration for real and undo it: whether it runs, how long, what "
                                    "it locks, and the schema it leaves")))
    , rollBackOne(makeAction(window, "rollBackOneAction", icon(u"rollback"), tr("Roll &Back One…"),
                             tr("Roll Back One"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                             tr("Review and roll back the most recently applied migration")))
    , rollBackToSelected(makeAction(window, "rollBackToSelectedAction", icon(u"rollback-to"),
                                    tr("Roll Back &to Selected…"), tr("Roll Back to Selected"),
                                    QKeySequence(Qt::CTRL | Qt::Key_D),
                                    tr("Review and roll back every migration applied after the selected one")))
    , stopAfterCurrent(makeAction(window, "stopAfterCurrentAction", icon(u"stop"), tr("&Stop After Current Migration"),
                                  tr("Stop After Current"), QKeySequence(Qt::CTRL | Qt::Key_Period),
                                  tr("Let the running migration finish, then stop the run")))
    , cancelNow(makeAction(window, "cancelNowAction", icon(u"cancel"), tr("&Cancel Now"), tr("Cancel Now"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period),
                           tr("Stop the running statement on the server and roll back the current migration where it "
                              "runs in a transaction")))
    , inspectLock(makeAction(window, "inspectLockAction", QIcon(), tr("&Inspect Lock…"), tr("Inspect Lock"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                             tr("Who holds the migration lock, from where, since when, and what it runs now")))
    , exportRunLog(makeAction(window, "exportRunLogAction", icon(u"export"), tr("&Export Run Log…"), tr("Export Log"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                              tr("Save this session's run events as JSON Lines")))
    , exportReport(makeAction(window, "exportReportAction", icon(u"export"), tr("Export &Report…"), tr("Report"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                              tr("Write an audit report of this database's runs as HTML, PDF, CSV or JSON Lines")))
    , showMigrations(makeAction(window, "showMigrationsAction", QIcon(), tr("&Migrations"), tr("Migrations"),
                                QKeySequence(Qt::CTRL | Qt::Key_1), tr("Show the migrations and their state")))
    , showHistory(makeAction(window, "showHistoryAction", QIcon(), tr("&History"), tr("History"),
                             QKeySequence(Qt::CTRL | Qt::Key_2),
                             tr("Show every run this database recorded, with the chart and the chain verdict")))
    , about(makeAction(window, "aboutAction", icon(u"tidemark"), tr("&About Tidemark"), tr("About"), QKeySequence(),
                       tr("Which version of Tidemark this is")))
    , quit(makeAction(window, "quitAction", QIcon(), tr("&Quit"), tr("Quit"), QKeySequence::Quit, tr("Close Tidemark")))
    , m_window(window)
{
    about->setMenuRole(QAction::AboutRole);
    quit->setMenuRole(QAction::QuitRole);
}

WorkbenchActions::~WorkbenchActions() = default;

void WorkbenchActions::installMenusAndToolBar(const QList<QDockWidget *> &docks)
{
    QMenu *file = m_window->menuBar()->addMenu(tr("&File"));
    file->addAction(openProject);
    m_recent = file->addMenu(tr("Recent &Projects"));
    m_recent->setObjectName(QStringLiteral("recentProjectsMenu"));
    file->addAction(connectDatabase);
    file->addAction(openUrl);
    file->addSeparator();
    file->addAction(exportRunLog);
    file->addAction(exportReport);
    file->addSeparator();
    file->addAction(quit);
    setRecentProjects({});

    QMenu *migrations = m_window->menuBar()->addMenu(tr("&Migrations"));
    migrations->addAction(newMigration);
    migrations->addAction(editMigration);
    migrations->addSeparator();
    migrations->addAction(refresh);
    migrations->addSeparator();
    migrations->addAction(applyPending);
    migrations->addAction(applyToSelected);
    migrations->addAction(rehearsePending);
    migrations->addSeparator();
    migrations->addAction(rollBackOne);
    migrations->addAction(rollBackToSelected);
    migrations->addSeparator();
    migrations->addAction(stopAfterCurrent);
    migrations->addAction(cancelNow);
    migrations->addSeparator();
    migrations->addAction(inspectLock);

    QMenu *view = m_window->menuBar()->addMenu(tr("&View"));
    view->addAction(showMigrations);
    view->addAction(showHistory);
    view->addSeparator();
    for (QDockWidget *dock : docks)
        view->addAction(dock->toggleViewAction());

    QMenu *help = m_window->menuBar()->addMenu(tr("&Help"));
    help->addAction(about);

    QToolBar *toolBar = m_window->addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(20, 20));
    toolBar->addAction(refresh);
    toolBar->addSeparator();
    toolBar->addAction(applyPending);
    toolBar->addAction(applyToSelected);
    toolBar->addAction(rehearsePending);
    toolBar->addSeparator();
    toolBar->addAction(rollBackOne);
    toolBar->addAction(rollBackToSelected);
    toolBar->addSeparator();
    toolBar->addAction(stopAfterCurrent);
    toolBar->addAction(cancelNow);
    toolBar->addSeparator();
    toolBar->addAction(exportRunLog);
}

void WorkbenchActions::setRecentProjects(const QStringList &dirs)
{
    if (!m_recent)
        return;
    m_recent->clear();
    int number = 0;
    for (const QString &dir : dirs) {
        ++number;
        // &1 … &8 as accelerators; the full path as the entry, as editors do.
        QAction *entry = m_recent->addAction(QStringLiteral("&%1  %2").arg(number).arg(QDir::toNativeSeparators(dir)));
        connect(entry, &QAction::triggered, this, [this, dir] { Q_EMIT recentProjectChosen(dir); });
    }
    if (dirs.isEmpty()) {
        m_recent->addAction(tr("No recent projects"))->setEnabled(false);
        return;
    }
    m_recent->addSeparator();
    connect(m_recent->addAction(tr("&Clear List")), &QAction::triggered, this,
            &WorkbenchActions::clearRecentProjectsChosen);
}

} // namespace tidemark
