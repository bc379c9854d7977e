// Walks the workbench through the states a DBA sees on the demo project, at 1440×900, and checks that each one
// is laid out whole: before apply, the production confirmation, after apply, a run in progress, a failed migration,
// and drift (a file edited after it ran, a file gone, a migration older than the database's version); then the diff
// of the edited migration, the connection profiles with a production profile, and the new-migration editor.
// With TIDEMARK_SCREENSHOT_DIR set it also saves each state as a PNG there (tools/screenshots.sh does that).
#include "confirmplandialog.h"
#include "detailpane.h"
#include "diffview.h"
#include "mainwindow.h"
#include "migrationauthoringwidget.h"
#include "migrationeditorwindow.h"
#include "newmigrationdialog.h"
#include "productionguard.h"
#include "profilesdialog.h"
#include "sqleditor.h"
#include "sqlpanel.h"
#include "timelinemodel.h"
#include "timelinepanel.h"
#include "timelineview.h"
#include "widgetsroles.h"
#include "workbench.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QSplitter>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
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
    void diffOfTheEditedMigration();
    void profilesWithProduction();
    void newMigrationEditor();

private:
    TimelinePanel *timeline() const { return m_bench.timeline(); }
    void save(QWidget *widget, const QString &name) const;
    void verifyToolBarWhole() const;

    MainWindow *window() const { return m_bench.window(); }

    test::Workbench m_bench{{.database = QStringLiteral("shop.db"), .size = {1440, 900}, .profileStore = true}};
    QString m_shotDir;
};

void TestWorkbenchTour::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // No session bus (as under ctest): the keychain is plainly unavailable rather than slow to say so.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tidemark-test-bus");
    m_shotDir = qEnvironmentVariable("TIDEMARK_SCREENSHOT_DIR");
    // As the application does in English: the catalogue with the singular and plural of "%n …(s)" texts.
    auto english = new QTranslator(this);
    QVERIFY(english->load(QStringLiteral("tidemark_en"), QStringLiteral(":/i18n")));
    QVERIFY(QCoreApplication::installTranslator(english));
    QCOMPARE(QCoreApplication::translate("tidemark::TimelinePanel", "%n migration(s)", nullptr, 1),
             QStringLiteral("1 migration"));
    QVERIFY(m_bench.open());
}

void TestWorkbenchTour::cleanupTestCase()
{
    m_bench.close();
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
    auto toolBar = window()->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
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
    QCOMPARE(m_bench.countInState(MigrationState::Pending), 11);
    // The next migration to run is selected and its SQL shown.
    QTRY_VERIFY(timeline()->selectedMigration());
    QCOMPARE(timeline()->selectedMigration()->version.toString(), QStringLiteral("1"));
    QVERIFY(window()->findChild<DetailPane *>()->upPanel()->sql().contains(QStringLiteral("CREATE TABLE")));
    verifyToolBarWhole();
    QTest::qWait(50);
    save(window(), QStringLiteral("01-demo-before-apply.png"));
}

void TestWorkbenchTour::productionConfirmation()
{
    window()->setProduction(true);
    QVERIFY(window()->windowTitle().contains(QStringLiteral("PRODUCTION")));
    m_bench.action("applyPendingAction")->trigger();
    ConfirmPlanDialog *dialog = m_bench.waitForConfirmation();
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
    QTRY_VERIFY(m_bench.action("applyPendingAction")->isEnabled());
    window()->setProduction(false);
}

void TestWorkbenchTour::afterApply()
{
    m_bench.action("applyPendingAction")->trigger();
    ConfirmPlanDialog *dialog = m_bench.waitForConfirmation();
    QVERIFY(dialog);
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(m_bench.countInState(MigrationState::Applied), 11, 30'000);
    QTRY_VERIFY(m_bench.action("refreshAction")->isEnabled());
    timeline()->selectVersion(Version({7}));
    QTRY_COMPARE(window()->findChild<DetailPane *>()->shownVersion(), std::optional<Version>(Version({7})));
    QVERIFY(m_bench.action("rollBackToSelectedAction")->isEnabled());
    QTest::qWait(50);
    save(window(), QStringLiteral("03-demo-after-apply.png"));
}

void TestWorkbenchTour::runInProgress()
{
    // A migration that takes a few seconds, like a large backfill.
    QFile slow(QDir(m_bench.projectDir()).filePath(QStringLiteral("012_backfill_order_totals.up.sql")));
    QVERIFY(slow.open(QIODevice::WriteOnly));
    slow.write("-- Precompute totals for old orders (slow on a big shop).\n"
               "CREATE TABLE order_totals_cache AS\n"
               "  WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 5000000)\n"
               "  SELECT count(*) AS rows_scanned FROM n;\n");
    slow.close();
    QFile down(QDir(m_bench.projectDir()).filePath(QStringLiteral("012_backfill_order_totals.down.sql")));
    QVERIFY(down.open(QIODevice::WriteOnly));
    down.write("DROP TABLE order_totals_cache;\n");
    down.close();
    m_bench.action("refreshAction")->trigger();
    QTRY_COMPARE(timeline()->model()->rowCount(), 12);
    QTRY_VERIFY(m_bench.action("applyPendingAction")->isEnabled());
    m_bench.action("applyPendingAction")->trigger();
    ConfirmPlanDialog *dialog = m_bench.waitForConfirmation();
    QVERIFY(dialog);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(timeline()->model()->index(11, 0).data(RunningRole).toBool(), 10'000);
    QVERIFY(m_bench.action("stopAfterCurrentAction")->isEnabled());
    QTest::qWait(300);
    save(window(), QStringLiteral("04-run-in-progress.png"));
    QTRY_COMPARE_WITH_TIMEOUT(m_bench.countInState(MigrationState::Applied), 12, 30'000);
    QTRY_VERIFY(m_bench.action("refreshAction")->isEnabled());
}

void TestWorkbenchTour::failedMigration()
{
    QFile broken(QDir(m_bench.projectDir()).filePath(QStringLiteral("013_add_invoice_numbers.up.sql")));
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
    QFile down(QDir(m_bench.projectDir()).filePath(QStringLiteral("013_add_invoice_numbers.down.sql")));
    QVERIFY(down.open(QIODevice::WriteOnly));
    down.write("ALTER TABLE orders DROP COLUMN invoice_no;\n");
    down.close();
    m_bench.action("refreshAction")->trigger();
    QTRY_COMPARE(timeline()->model()->rowCount(), 13);

    m_bench.action("applyPendingAction")->trigger();
    ConfirmPlanDialog *dialog = m_bench.waitForConfirmation();
    QVERIFY(dialog);
    dialog->accept();
    QMessageBox *box = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (box = window()->findChild<QMessageBox *>()) != nullptr; }, 30'000));
    box->accept();
    QTRY_COMPARE(m_bench.countInState(MigrationState::Failed), 1);
    // The failed migration is selected, its failing statement marked with the database's message.
    auto detail = window()->findChild<DetailPane *>();
    QTRY_COMPARE(detail->shownVersion(), std::optional<Version>(Version({13})));
    QCOMPARE(detail->upPanel()->markedLine(), 8);
    QVERIFY(detail->upPanel()->markMessage().contains(QStringLiteral("invoices")));
    QTest::qWait(50);
    save(window(), QStringLiteral("05-failed-migration.png"));
}

void TestWorkbenchTour::drift()
{
    const QDir dir(m_bench.projectDir());
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
    m_bench.action("refreshAction")->trigger();
    QTRY_COMPARE(m_bench.countInState(MigrationState::Modified), 1);
    QCOMPARE(m_bench.countInState(MigrationState::Missing), 1);
    QCOMPARE(timeline()->model()->index(0, 0).data(DisplayStateRole).toInt(), int(DisplayState::OutOfOrder));

    timeline()->selectVersion(Version({3}));
    auto detail = window()->findChild<DetailPane *>();
    QTRY_COMPARE(detail->shownVersion(), std::optional<Version>(Version({3})));
    auto tabs = detail->findChild<QTabWidget *>(QStringLiteral("sqlTabs"));
    QCOMPARE(tabs->count(), 4); // up, down, the file against the text applied, up against down
    QCOMPARE(tabs->currentWidget(), detail->appliedDiff());
    timeline()->view()->scrollToTop();
    QTest::qWait(50);
    save(window(), QStringLiteral("06-drift.png"));
}

// The edited migration's diff, with the window and the detail pane widened the way a DBA would to read it.
void TestWorkbenchTour::diffOfTheEditedMigration()
{
    auto detail = window()->findChild<DetailPane *>();
    QCOMPARE(detail->shownVersion(), std::optional<Version>(Version({3})));
    QCOMPARE(detail->tabs()->currentWidget(), detail->appliedDiff());
    QCOMPARE(detail->appliedDiff()->changeCount(), 1);
    auto splitter = window()->findChild<QSplitter *>(QStringLiteral("workbenchSplitter"));
    const QList<int> sizes = splitter->sizes();
    window()->resize(1800, 900);
    splitter->setSizes({700, 1100});
    QTest::qWait(100);
    QVERIFY(detail->width() > 1000);
    save(window(), QStringLiteral("07-diff-modified-migration.png"));
    window()->resize(1440, 900);
    splitter->setSizes(sizes);
}

// Connect opens the profiles: here a production one, red and bold in the list.
void TestWorkbenchTour::profilesWithProduction()
{
    ProfileStore store(m_bench.filePath(QStringLiteral("profiles.ini")));
    auto profile = [](const QString &name, DatabaseKind driver, const QString &host, const QString &database,
                      EnvironmentTag environment) {
        ConnectionProfile p;
        p.id = ConnectionProfile::newId();
        p.name = name;
        p.driver = driver;
        p.host = host;
        p.database = database;
        p.user = driver == DatabaseKind::Sqlite ? QString() : QStringLiteral("shop_owner");
        p.environment = environment;
        return p;
    };
    ConnectionProfile production = profile(QStringLiteral("Shop production"), DatabaseKind::Postgres,
                                           QStringLiteral("db1.shop.internal"), QStringLiteral("shop"),
                                           EnvironmentTag::Production);
    production.projectDir = m_bench.projectDir();
    QString error;
    for (const ConnectionProfile &p :
         {profile(QStringLiteral("Shop local"), DatabaseKind::Sqlite, {}, m_bench.filePath(QStringLiteral("shop.db")),
                  EnvironmentTag::Development),
          profile(QStringLiteral("Shop staging"), DatabaseKind::Postgres, QStringLiteral("staging.shop.internal"),
                  QStringLiteral("shop"), EnvironmentTag::Staging),
          production})
        QVERIFY2(store.save(p, &error), qPrintable(error));

    m_bench.action("connectAction")->trigger();
    ProfilesDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window()->findChild<ProfilesDialog *>()) && dialog->isVisible());
    dialog->selectProfile(production.id);
    QCOMPARE(dialog->currentProfileId(), production.id);
    QCOMPARE(dialog->profileList()->count(), 3);
    QTest::qWait(300); // the keychain's answer
    save(dialog, QStringLiteral("08-profiles-production.png"));
    dialog->reject();
}

// New Migration: the editor beside the workbench, on the next version's up and down scripts. (Shot before Check:
// the check list, once shown, takes most of the height from the editors; widgets/sql's splitter decides that.)
void TestWorkbenchTour::newMigrationEditor()
{
    QTimer::singleShot(0, this, [] {
        QTRY_VERIFY(qobject_cast<NewMigrationDialog *>(QApplication::activeModalWidget()));
        auto dialog = qobject_cast<NewMigrationDialog *>(QApplication::activeModalWidget());
        dialog->setMigrationName(QStringLiteral("add customer phone"));
        dialog->accept();
    });
    m_bench.action("newMigrationAction")->trigger();
    MigrationEditorWindow *editor = window()->migrationEditor();
    QVERIFY(editor);
    MigrationAuthoringWidget *authoring = editor->authoring();
    QCOMPARE(authoring->files().size(), 2);
    QVERIFY(authoring->files().first().endsWith(QStringLiteral("014_add_customer_phone.up.sql")));
    authoring->upEditor()->selectAll();
    authoring->upEditor()->insertPlainText(QStringLiteral(
        "-- Customers can leave a phone number for delivery questions.\n"
        "ALTER TABLE customers ADD COLUMN phone TEXT;\n\n"
        "CREATE INDEX idx_customers_phone ON customers (phone);\n"));
    authoring->downEditor()->selectAll();
    authoring->downEditor()->insertPlainText(QStringLiteral("DROP INDEX idx_customers_phone;\n\n"
                                                         "ALTER TABLE customers DROP COLUMN phone;\n"));
    QString error;
    QVERIFY2(authoring->save(&error), qPrintable(error));
    editor->setGeometry(80, 60, 1200, 720);
    QTest::qWait(300);
    save(editor, QStringLiteral("09-new-migration-editor.png"));
    QTRY_COMPARE(timeline()->model()->rowCount(), 15);
    QVERIFY(editor->close());
}

QTEST_MAIN(TestWorkbenchTour)
#include "tst_workbenchtour.moc"
