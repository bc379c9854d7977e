// Drives the main window the way a DBA would: open the demo project on a fresh SQLite file, apply
// everything after confirming the plan, then roll one back. The engine runs on its own thread; the test
// only waits for what the window shows.
#include "confirmplandialog.h"
#include "mainwindow.h"
#include "migrationlistmodel.h"
#include "runlogview.h"
#include "widgetsroles.h"

#include <QAction>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeWidget>
#include <QtTest>

using namespace tidemark;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsDemoProjectAllPending();
    void cancelledConfirmationRunsNothing();
    void appliesThenRollsBackOne();
    void failedRunShowsErrorInLogAndMessageBox();

private:
    QAbstractItemModel *tableModel() const;
    int countInState(MigrationState state) const;
    ConfirmPlanDialog *waitForConfirmation() const;
    QAction *action(const char *name) const;

    QString m_projectDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

// Each test gets its own copy of the demo migrations and its own database file.
void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QDir demo(QStringLiteral(TIDEMARK_DEMO_DIR));
    QDir target(m_dir->path());
    QVERIFY(target.mkdir(QStringLiteral("demo")));
    for (const QString &name : demo.entryList({QStringLiteral("*.sql")}, QDir::Files))
        QVERIFY(QFile::copy(demo.filePath(name), target.filePath(QStringLiteral("demo/") + name)));

    QString error;
    const std::optional<ConnectionUrl> url =
        ConnectionUrl::parse(QStringLiteral("sqlite:") + target.filePath(QStringLiteral("test.db")), &error);
    QVERIFY2(url, qPrintable(error));

    m_window = std::make_unique<MainWindow>();
    m_window->show();
    m_projectDir = target.filePath(QStringLiteral("demo"));
    QVERIFY(m_window->openProject(m_projectDir));
    m_window->connectTo(*url);
    QTRY_COMPARE(tableModel()->rowCount(), 11);
    QTRY_VERIFY(action("applyPendingAction")->isEnabled());
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

QAbstractItemModel *TestMainWindow::tableModel() const
{
    auto table = m_window->findChild<QTableView *>(QStringLiteral("migrationTable"));
    return table ? table->model() : nullptr;
}

int TestMainWindow::countInState(MigrationState state) const
{
    const QAbstractItemModel *model = tableModel();
    int count = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(StateRole).toInt() == int(state))
            ++count;
    return count;
}

// The confirmation is window-modal and opened asynchronously; find the one that is showing.
ConfirmPlanDialog *TestMainWindow::waitForConfirmation() const
{
    ConfirmPlanDialog *found = nullptr;
    auto visibleDialog = [&] {
        for (ConfirmPlanDialog *dialog : m_window->findChildren<ConfirmPlanDialog *>())
            if (dialog->isVisible())
                found = dialog;
        return found != nullptr;
    };
    if (!QTest::qWaitFor(visibleDialog, 10'000))
        return nullptr;
    return found;
}

QAction *TestMainWindow::action(const char *name) const
{
    QAction *found = m_window->findChild<QAction *>(QLatin1String(name));
    if (!found)
        qFatal("no action %s", name);
    return found;
}

void TestMainWindow::showsDemoProjectAllPending()
{
    QCOMPARE(countInState(MigrationState::Pending), 11);
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Tidemark — demo — sqlite:")));
    QCOMPARE(action("applyPendingAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    QCOMPARE(action("rollBackOneAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QCOMPARE(action("refreshAction")->shortcut(), QKeySequence(Qt::Key_F5));
    QCOMPARE(action("openProjectAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_O));
    QVERIFY(!action("stopAfterCurrentAction")->isEnabled());
    QVERIFY(!action("applyPendingAction")->icon().isNull()); // the icons are compiled in
    QVERIFY(!action("applyPendingAction")->icon().pixmap(22, 22).isNull());
}

void TestMainWindow::cancelledConfirmationRunsNothing()
{
    action("applyPendingAction")->trigger();
    ConfirmPlanDialog *dialog = waitForConfirmation();
    QVERIFY(dialog);
    QVERIFY(!action("applyPendingAction")->isEnabled()); // no second plan while one waits for the DBA
    dialog->reject();
    QTRY_VERIFY(action("applyPendingAction")->isEnabled());
    action("refreshAction")->trigger();
    QTest::qWait(200);
    QCOMPARE(countInState(MigrationState::Pending), 11);
}

void TestMainWindow::appliesThenRollsBackOne()
{
    action("applyPendingAction")->trigger();
    ConfirmPlanDialog *dialog = waitForConfirmation();
    QVERIFY(dialog);
    // The dialog lists exactly the plan: every pending migration, in order, each with its transaction mode.
    QCOMPARE(dialog->plan().steps.size(), 11);
    auto steps = dialog->findChild<QTreeWidget *>(QStringLiteral("planSteps"));
    QVERIFY(steps);
    QCOMPARE(steps->topLevelItemCount(), 11);
    QCOMPARE(steps->topLevelItem(0)->text(1), dialog->plan().steps.first().label());
    QCOMPARE(steps->topLevelItem(10)->text(1), dialog->plan().steps.last().label());
    dialog->accept();

    QTRY_COMPARE_WITH_TIMEOUT(countInState(MigrationState::Applied), 11, 30'000);
    QTRY_VERIFY(action("applyPendingAction")->isEnabled());
    QVERIFY(!m_window->findChild<QMessageBox *>()); // no failure reported
    QVERIFY(m_window->findChild<RunLogView *>()->lineCount() > 11);

    action("rollBackOneAction")->trigger();
    dialog = waitForConfirmation();
    QVERIFY(dialog);
    QCOMPARE(dialog->plan().steps.size(), 1);
    QCOMPARE(dialog->plan().steps.first().direction, Direction::Down);
    dialog->accept();

    QTRY_COMPARE_WITH_TIMEOUT(countInState(MigrationState::Applied), 10, 30'000);
    QCOMPARE(countInState(MigrationState::Pending), 1);
    QCOMPARE(tableModel()->index(10, 0).data(StateRole).toInt(), int(MigrationState::Pending));
    QTRY_VERIFY(action("rollBackOneAction")->isEnabled());
}

void TestMainWindow::failedRunShowsErrorInLogAndMessageBox()
{
    QFile broken(QDir(m_projectDir).filePath(QStringLiteral("012_broken.up.sql")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("CREATE TABLE ok_so_far (id INTEGER);\n\nINSERT INTO no_such_table VALUES (1);\n");
    broken.close();
    action("refreshAction")->trigger();
    QTRY_COMPARE(tableModel()->rowCount(), 12);

    action("applyPendingAction")->trigger();
    ConfirmPlanDialog *dialog = waitForConfirmation();
    QVERIFY(dialog);
    QCOMPARE(dialog->plan().steps.size(), 12);
    dialog->accept();

    QMessageBox *box = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (box = m_window->findChild<QMessageBox *>()) != nullptr; }, 30'000));
    // The failure names the file, the statement and its line, and the database's own message.
    const QString error = box->informativeText();
    QVERIFY2(error.contains(QStringLiteral("012_broken.up.sql")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("statement 2")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("line 3")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("no_such_table")), qPrintable(error));
    box->accept();

    // The same error is in the run log, in red.
    auto log = m_window->findChild<RunLogView *>();
    const QTextBlock failed = log->document()->find(error).block();
    QVERIFY(failed.isValid());
    const QColor red = failed.begin().fragment().charFormat().foreground().color();
    QVERIFY2(red.red() > 150 && red.green() < 80, qPrintable(red.name()));

    QTRY_COMPARE(countInState(MigrationState::Failed), 1);
    QCOMPARE(countInState(MigrationState::Applied), 11);
    QTRY_VERIFY(action("applyPendingAction")->isEnabled());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
