// What the workbench remembers between sessions: recent projects, window layout and the splitter.
#include "workbenchsettings.h"

#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QtTest>

using namespace tidemark;

class TestWorkbenchSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void recentProjectsNewestFirstWithoutDuplicates();
    void recentProjectsAreBounded();
    void firstStartFillsTheScreen();
    void splitterAndGeometryComeBack();
};

void TestWorkbenchSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TidemarkTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_workbenchsettings"));
}

void TestWorkbenchSettings::init()
{
    QSettings().clear();
}

void TestWorkbenchSettings::recentProjectsNewestFirstWithoutDuplicates()
{
    WorkbenchSettings settings;
    QCOMPARE(settings.recentProjects(), QStringList());
    settings.addRecentProject(QStringLiteral("/srv/a"));
    settings.addRecentProject(QStringLiteral("/srv/b"));
    settings.addRecentProject(QStringLiteral("/srv/a/"));
    QCOMPARE(settings.recentProjects(), (QStringList{QStringLiteral("/srv/a"), QStringLiteral("/srv/b")}));
    QCOMPARE(WorkbenchSettings().recentProjects().size(), 2); // kept, not only in this object
    settings.clearRecentProjects();
    QCOMPARE(settings.recentProjects(), QStringList());
}

void TestWorkbenchSettings::recentProjectsAreBounded()
{
    WorkbenchSettings settings;
    for (int i = 0; i < 20; ++i)
        settings.addRecentProject(QStringLiteral("/srv/p%1").arg(i));
    const QStringList recent = settings.recentProjects();
    QCOMPARE(recent.size(), WorkbenchSettings::maxRecentProjects);
    QCOMPARE(recent.first(), QStringLiteral("/srv/p19"));
}

void TestWorkbenchSettings::firstStartFillsTheScreen()
{
    QMainWindow window;
    QSplitter splitter;
    WorkbenchSettings settings;
    QVERIFY(!settings.restoreWindow(window, splitter));
    QVERIFY(window.windowState() & Qt::WindowMaximized);
    QCOMPARE(window.geometry().size(), QGuiApplication::primaryScreen()->availableGeometry().size());
}

void TestWorkbenchSettings::splitterAndGeometryComeBack()
{
    {
        QMainWindow window;
        QSplitter splitter;
        splitter.addWidget(new QLabel(QStringLiteral("timeline")));
        splitter.addWidget(new QLabel(QStringLiteral("detail")));
        splitter.resize(1000, 400);
        splitter.show();
        splitter.setSizes({700, 300});
        window.setGeometry(10, 20, 640, 480);
        WorkbenchSettings().saveWindow(window, splitter);
    }
    QMainWindow window;
    QSplitter splitter;
    splitter.addWidget(new QLabel(QStringLiteral("timeline")));
    splitter.addWidget(new QLabel(QStringLiteral("detail")));
    splitter.resize(1000, 400);
    splitter.show();
    QVERIFY(WorkbenchSettings().restoreWindow(window, splitter));
    QCOMPARE(window.size(), QSize(640, 480));
    const QList<int> sizes = splitter.sizes();
    QVERIFY2(sizes.at(0) > sizes.at(1) * 2, qPrintable(QStringLiteral("%1 %2").arg(sizes.at(0)).arg(sizes.at(1))));
}

QTEST_MAIN(TestWorkbenchSettings)
#include "tst_workbenchsettings.moc"
