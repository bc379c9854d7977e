// Walks the workbench through the states a DBA sees on the demo project, at 1440×900, and checks that each one
// is laid out whole: before apply, the production confirmation, after apply, a run in progress, a failed migration,
// and drift (a file edited after it ran, a file gone, a migration older than the database's version).
// With TIDEMARK_SCREENSHOT_DIR set it also saves each state as a PNG there (tools/screenshots.sh does that).
#include "confirmplandialog.h"
#include "detailpane.h"
#include "mainwindow.h"
#include "productionguard.h"
#include "sqlpanel.h"
#include "timelinemodel.h"
#include "timelinepanel.h"
#include "timelineview.h"
#include "widgetsroles.h"

#include <QAction>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

using namespace tidemark;

class TestWorkbenchTour : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void beforeApply();
    void productionConfirmation();
    void afterApply();
    void runInProgress();
    void failedMigration();
    void drift();

private:
    QAction *action(const char *name) const;
    TimelinePanel *timeline() const { return m_window->findChild<TimelinePanel *>(); }
    int countInState(MigrationState state) const;
    ConfirmPlanDialog *waitForConfirmation() const;
    void save(QWidget *widget, const QString &name) const;
    void verifyToolBarWhole() const;

    QTemporaryDir m_dir;
    QString m_projectDir;
    QString m_shotDir;
    std::unique_ptr<MainWindow> m_window;
};

void TestWorkbenchTour::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_shotDir = qEnvironmentVariable("TIDEMARK_SCREENSHOT_DIR");
    QVERIFY(m_dir.isValid());
    const QDir demo(QStringLiteral(TIDEMARK_DEMO_DIR));
    QDir target(m_dir.path());
    QVERIFY(target.mkdir(QStringLiteral("demo")));
    for (const QString &name : demo.entryList({QStringLiteral("*.sql")}, QDir::Files))
        QVERIFY(QFile::copy(demo.filePath(name), target.filePath(QStringLiteral("demo/") + name)));
    m_projectDir = target.filePath(QStringLiteral("demo"));

    QString error;
    const std::optional<ConnectionUrl> url =
        ConnectionUrl::parse(QStringLiteral("sqlite:") + target.filePath(QStringLiteral("shop.db")), &error);
    QVERIFY2(url, qPrintable(error));
    m_window = std::make_unique<MainWindow>();
    m_window->setWindowState(Qt::WindowNoState);
    m_window->setGeometry(0, 0, 1440, 900);
    m_window->show();
    QVERIFY(m_window->openProject(m_projectDir));
    m_window->connectTo(*url);
    QTRY_COMPARE(timeline()->model()->rowCount(), 11);
    QTRY_VERIFY(action("applyPendingAction")->isEnabled());
}

void TestWorkbenchTour::cleanupTestCase()
{
    m_window.reset();
}

QAction *TestWorkbenchTour::action(const char *name) const
{
    QAction *found = m_window->findChild<QAction *>(QLatin1String(name));
    if (!found)
        qFatal("no action %s", name);
    return found;
}

int TestWorkbenchTour::countInState(MigrationState state) const
{
    const QAbstractItemModel *model = timeline()->model();
    int count = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        count += model->index(row, 0).data(StateRole).toInt() == int(state) ? 1 : 0;
    return count;
}

ConfirmPlanDialog *TestWorkbenchTour::waitForConfirmation() const
{
    ConfirmPlanDialog *found = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        for (ConfirmPlanDialog *dialog : m_window->findChildren<ConfirmPlanDialog *>())
            if (dialog->isVisible())
                found = dialog;
        return found != nullptr;
    }, 10'000);
    return shown ? found : nullptr;
}

void TestWorkbenchTour::save(QWidget *widget, const QString &name) const
{
    QVERIFY(widget->isVisible());
    const QPixmap shot = widget->grab();
    QVERIFY(!shot.isNull());
    if (!m_shotDir.isEmpty())
        QVERIFY(shot.save(QDir(m_shotDir).filePath(name)));
}

// Every toolbar command has room: none is pushed into the overflow menu.
void TestWorkbenchTour::verifyToolBarWhole() const
{
    auto toolBar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar);
    for (QAction *command : toolBar->actions()) {
        if (command->isSeparator())
            continue;
        QWidget *button = toolBar->widgetForAction(command);
        QVERIFY2(button && button->isVisible(), qPrintable(command->text()));
        QVERIFY2(toolBar->rect().contains(button->geometry()), qPrintable(command->text()));
    }
}

void TestWorkbenchTour::beforeApply()
{
    QCOMPARE(countInState(MigrationState::Pending), 11);
    // The next migration to run is selected and its SQL shown.
    QTRY_VERIFY(timeline()->selectedMigration());
    QCOMPARE(timeline()->selectedMigration()->version.toString(), QStringLiteral("1"));
    QVERIFY(m_window->findChild<DetailPane *>()->upPanel()->sql().contains(QStringLiteral("CREATE TABLE")));
    verifyToolBarWhole();
    QTest::qWait(50);
    save(m_window.get(), QStringLiteral("01-demo-before-apply.png"));
}

void TestWorkbenchTour::productionConfirmation()
{
    m_window->setProduction(true);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("PRODUCTION")));
    action("applyPendingAction")->trigger();
    ConfirmPlanDialog *dialog = waitForConfirmation();
    QVERIFY(dialog);
    QVERIFY(!dialog->confirmButton()->isEnabled());
    auto name = dialog->findChild<QLineEdit *>(QStringLiteral("confirmNameEdit"));
    QVERIFY(name);
    QTest::keyClicks(name, QStringLiteral("shop."));
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QTest::qWait(50);
    save(dialog, QStringLiteral("02-confirm-production.png"));
    // The whole plan is listed: no step list cut short at this size.
    auto steps = dialog->findChild<QWidget *>(QStringLiteral("planSteps"));
    QVERIFY(steps->height() >= steps->minimumHeight());
    dialog->reject();
    QTRY_VERIFY(action("applyPendingAction")->isEnabled());
    m_window->setProduction(false);
}

void TestWorkbenchTour::afterApply()
{
    action("applyPendingAction")->trigger();
    ConfirmPlanDialog *dialog = waitForConfirmation();
    QVERIFY(dialog);
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(countInState(MigrationState::Applied), 11, 30'000);
    QTRY_VERIFY(action("refreshAction")->isEnabled());
    timeline()->selectVersion(Version({7}));
    QTRY_COMPARE(m_window->findChild<DetailPane *>()->shownVersion(), std::optional<Version>(Version({7})));
    QVERIFY(action("rollBackToSelectedAction")->isEnabled());
    QTest::qWait(50);
    save(m_window.get(), QStringLiteral("03-demo-after-apply.png"));
}

void TestWorkbenchTour::runInProgress()
{
    // A migration that takes a few seconds, like a large backfill.
    QFile slow(QDir(m_projectDir).filePath(QStringLiteral("012_backfill_order_totals.up.sql")));
    QVERIFY(slow.open(QIODevice::WriteOnly));
    slow.write("-- Precompute totals for old orders (slow on a big shop).\n"
               "CREATE TABLE order_totals_cache AS\n"
               "  WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 5000000)\n"
               "  SELECT count(*) AS rows_scanned FROM n;\n");
    slow.close();
    QFile down(QDir(m_projectDir).filePath(QStringLiteral("012_backfill_order_totals.down.sql")));
    QVERIFY(down.open(QIODevice::WriteOnly));
    down.write("DROP TABLE order_totals_cache;\n");
    down.close();
    action("refreshAction")->trigger();
    QTRY_COMPARE(timeline()->model()->rowCount(), 12);
    QTRY_VERIFY(action("applyPendingAction")->isEnabled());
    action("applyPendingAction")->trigger();
    ConfirmPlanDialog *dialog = waitForConfirmation();
    QVERIFY(dialog);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(timeline()->model()->index(11, 0).data(RunningRole).toBool(), 10'000);
    QVERIFY(action("stopAfterCurrentAction")->isEnabled());
    QTest::qWait(300);
    save(m_window.get(), QStringLiteral("04-run-in-progress.png"));
    QTRY_COMPARE_WITH_TIMEOUT(countInState(MigrationState::Applied), 12, 30'000);
    QTRY_VERIFY(action("refreshAction")->isEnabled());
}

void TestWorkbenchTour::failedMigration()
{
    QFile broken(QDir(m_projectDir).filePath(QStringLiteral("013_add_invoice_numbers.up.sql")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("-- Invoice numbers for orders.\n"
                 "ALTER TABLE orders ADD COLUMN invoice_no TEXT;\n"
                 "\n"
                 "UPDATE orders\n"
                 "   SET invoice_no = 'INV-' || id\n"
                 " WHERE invoice_no IS NULL;\n"
                 "\n"
                 "CREATE UNIQUE INDEX idx_invoices_number\n"
                 "    ON invoices (number);\n");
    broken.close();
    QFile down(QDir(m_projectDir).filePath(QStringLiteral("013_add_invoice_numbers.down.sql")));
    QVERIFY(down.open(QIODevice::WriteOnly));
    down.write("ALTER TABLE orders DROP COLUMN invoice_no;\n");
    down.close();
    action("refreshAction")->trigger();
    QTRY_COMPARE(timeline()->model()->rowCount(), 13);

    action("applyPendingAction")->trigger();
    ConfirmPlanDialog *dialog = waitForConfirmation();
    QVERIFY(dialog);
    dialog->accept();
    QMessageBox *box = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (box = m_window->findChild<QMessageBox *>()) != nullptr; }, 30'000));
    box->accept();
    QTRY_COMPARE(countInState(MigrationState::Failed), 1);
    // The failed migration is selected, its failing statement marked with the database's message.
    auto detail = m_window->findChild<DetailPane *>();
    QTRY_COMPARE(detail->shownVersion(), std::optional<Version>(Version({13})));
    QCOMPARE(detail->upPanel()->markedLine(), 8);
    QVERIFY(detail->upPanel()->markMessage().contains(QStringLiteral("invoices")));
    QTest::qWait(50);
    save(m_window.get(), QStringLiteral("05-failed-migration.png"));
}

void TestWorkbenchTour::drift()
{
    const QDir dir(m_projectDir);
    QFile edited(dir.filePath(QStringLiteral("003_create_orders.up.sql")));
    QVERIFY(edited.open(QIODevice::Append));
    edited.write("\nCREATE INDEX idx_orders_status ON orders (status);\n");
    edited.close();
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("005_add_customer_email_index.up.sql"))));
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("005_add_customer_email_index.down.sql"))));
    QFile late(dir.filePath(QStringLiteral("000_enable_foreign_keys.up.sql")));
    QVERIFY(late.open(QIODevice::WriteOnly));
    late.write("PRAGMA foreign_keys = ON;\n");
    late.close();
    action("refreshAction")->trigger();
    QTRY_COMPARE(countInState(MigrationState::Modified), 1);
    QCOMPARE(countInState(MigrationState::Missing), 1);
    QCOMPARE(timeline()->model()->index(0, 0).data(DisplayStateRole).toInt(), int(DisplayState::OutOfOrder));

    timeline()->selectVersion(Version({3}));
    auto detail = m_window->findChild<DetailPane *>();
    QTRY_COMPARE(detail->shownVersion(), std::optional<Version>(Version({3})));
    auto tabs = detail->findChild<QTabWidget *>(QStringLiteral("sqlTabs"));
    QCOMPARE(tabs->count(), 3); // up, down, and up as it was applied
    timeline()->view()->scrollToTop();
    QTest::qWait(50);
    save(m_window.get(), QStringLiteral("06-drift.png"));
}

QTEST_MAIN(TestWorkbenchTour)
#include "tst_workbenchtour.moc"
