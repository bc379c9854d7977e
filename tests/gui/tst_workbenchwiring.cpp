// The workbench wired to the finished components: connection profiles (production from the profile's environment,
// the password never shown), the SQL editor in the detail pane, the diff tabs, and the migration editor.
// The keychain is kept out of it: D-Bus points at a dead socket, and passwords are passed directly.
#include "confirmplandialog.h"
#include "detailpane.h"
#include "diffview.h"
#include "mainwindow.h"
#include "migrationauthoringwidget.h"
#include "migrationeditorwindow.h"
#include "newmigrationdialog.h"
#include "noticebar.h"
#include "openurldialog.h"
#include "profilesdialog.h"
#include "projectbar.h"
#include "runlogdock.h"
#include "runlogview.h"
#include "sqleditor.h"
#include "sqlpanel.h"
#include "statussummary.h"
#include "timelinemodel.h"
#include "timelinepanel.h"
#include "widgetsroles.h"
#include "workbench.h"
#include "workbenchpalette.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QtTest>

using namespace tidemark;

class TestWorkbenchWiring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void connectOpensTheProfiles();
    void productionProfileNeedsTheName();
    void passwordIsNeverShown();
    void openUrlLeavesTheProfile();
    void urlToAProductionDatabaseIsProduction();
    void sqlPanelIsTheReadOnlyEditor();
    void modifiedMigrationShowsTheDiff();
    void applyingPastDriftNamesIt();
    void newMigrationAppearsPendingOnTheTimeline();
    void editingAnAppliedMigrationWarns();

private:
    TimelinePanel *timeline() const { return m_bench->timeline(); }
    DetailPane *detail() const { return window()->findChild<DetailPane *>(); }
    ProjectBar *projectBar() const { return window()->findChild<ProjectBar *>(); }
    ConnectionProfile sqliteProfile(const QString &name, EnvironmentTag environment) const;
    QString visibleTexts() const; // every label, title and tooltip a person could read, and the run log

    MainWindow *window() const { return m_bench->window(); }

    std::unique_ptr<test::Workbench> m_bench;
};

void TestWorkbenchWiring::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tidemark-test-bus"); // no keychain
}

void TestWorkbenchWiring::init()
{
    test::WorkbenchOptions options;
    options.projects << QStringLiteral("other"); // the project a profile names
    options.profileStore = true;
    m_bench = std::make_unique<test::Workbench>(options);
    QVERIFY(m_bench->open());
}

void TestWorkbenchWiring::cleanup()
{
    if (MigrationEditorWindow *editor = window()->migrationEditor())
        editor->authoring()->setPrompt([](QMessageBox::Icon, const QString &, const QString &,
                                          QMessageBox::StandardButtons, QMessageBox::StandardButton) {
            return QMessageBox::Discard;
        });
    m_bench.reset();
}

ConnectionProfile TestWorkbenchWiring::sqliteProfile(const QString &name, EnvironmentTag environment) const
{
    ConnectionProfile profile;
    profile.id = ConnectionProfile::newId();
    profile.name = name;
    profile.driver = DatabaseKind::Sqlite;
    profile.database = m_bench->filePath(QStringLiteral("shop.db"));
    profile.environment = environment;
    profile.projectDir = m_bench->projectDir(1);
    return profile;
}

QString TestWorkbenchWiring::visibleTexts() const
{
    QStringList texts{window()->windowTitle(), window()->findChild<RunLogDock *>()->view()->toPlainText()};
    for (const QWidget *widget : window()->findChildren<QWidget *>()) {
        texts << widget->toolTip() << widget->windowTitle();
        if (auto label = qobject_cast<const QLabel *>(widget))
            texts << label->text();
    }
    return texts.join(u'\n');
}

// Connect opens the connection profiles; choosing one connects with it, on its project folder.
void TestWorkbenchWiring::connectOpensTheProfiles()
{
    QCOMPARE(m_bench->action("connectAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
    ProfileStore store(m_bench->filePath(QStringLiteral("profiles.ini")));
    ConnectionProfile staging = sqliteProfile(QStringLiteral("Shop staging"), EnvironmentTag::Staging);
    QString error;
    QVERIFY2(store.save(staging, &error), qPrintable(error));

    m_bench->action("connectAction")->trigger();
    QPointer<ProfilesDialog> dialog;
    QTRY_VERIFY((dialog = window()->findChild<ProfilesDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->profiles().size(), 1);
    dialog->selectProfile(staging.id);
    QCOMPARE(dialog->currentProfileId(), staging.id);
    dialog->connectToProfile(); // the Connect button
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    QVERIFY(window()->profile());
    QCOMPARE(window()->profile()->id, staging.id);
    QTRY_COMPARE(timeline()->model()->rowCount(), 11);
    QTRY_VERIFY(m_bench->action("applyPendingAction")->isEnabled());
    // The profile's project folder was opened; the bar names the profile in its colour.
    QVERIFY(projectBar()->findChild<QLabel *>(QStringLiteral("projectLabel"))->toolTip().endsWith(QStringLiteral("other")));
    QCOMPARE(projectBar()->profileName(), QStringLiteral("Shop staging"));
    QCOMPARE(projectBar()->profileColor(), workbenchpalette::environmentColor(EnvironmentTag::Staging));
    QVERIFY(projectBar()->findChild<QLabel *>(QStringLiteral("databaseLabel"))->text().contains(QStringLiteral("Shop staging")));
    QVERIFY(!projectBar()->findChild<QCheckBox *>(QStringLiteral("productionCheck"))->isVisible());
    QVERIFY(!window()->isProduction());
    QVERIFY2(window()->windowTitle().contains(QStringLiteral("Shop staging (sqlite:")), qPrintable(window()->windowTitle()));
    QVERIFY(!window()->windowTitle().contains(QStringLiteral("PRODUCTION")));
}

// A production profile: the confirmation asks for the profile's database name, whatever the checkbox said before.
void TestWorkbenchWiring::productionProfileNeedsTheName()
{
    ConnectionProfile live = sqliteProfile(QStringLiteral("Shop live"), EnvironmentTag::Production);
    live.projectDir.clear(); // keeps the open project
    window()->connectToProfile(live, QString());
    QTRY_VERIFY(m_bench->action("applyPendingAction")->isEnabled());
    QVERIFY(projectBar()->findChild<QLabel *>(QStringLiteral("projectLabel"))->toolTip().endsWith(QStringLiteral("demo")));
    QVERIFY(window()->isProduction());
    QVERIFY(window()->windowTitle().endsWith(QStringLiteral("[PRODUCTION]")));
    QVERIFY(projectBar()->findChild<QLabel *>(QStringLiteral("productionBadge"))->isVisible());
    window()->setProduction(false); // the checkbox is for URL connections; the profile decides
    QVERIFY(window()->isProduction());

    m_bench->action("applyPendingAction")->trigger();
    ConfirmPlanDialog *dialog = m_bench->waitForConfirmation();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("productionBanner")));
    auto name = dialog->findChild<QLineEdit *>(QStringLiteral("confirmNameEdit"));
    QVERIFY(name);
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QTest::keyClicks(name, QStringLiteral("test.db")); // the database of the URL before, not this profile's
    QVERIFY(!dialog->confirmButton()->isEnabled());
    dialog->accept();
    QVERIFY(dialog->isVisible());
    name->clear();
    QTest::keyClicks(name, live.databaseName());
    QCOMPARE(live.databaseName(), QStringLiteral("shop.db"));
    QVERIFY(dialog->confirmButton()->isEnabled());
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_bench->countInState(MigrationState::Applied), 11, 30'000);
}

// A server profile's password reaches the connection and nothing a person can read.
void TestWorkbenchWiring::passwordIsNeverShown()
{
    ConnectionProfile server;
    server.id = ConnectionProfile::newId();
    server.name = QStringLiteral("Billing");
    server.driver = DatabaseKind::Postgres;
    server.host = QStringLiteral("127.0.0.1");
    server.port = 1; // nothing listens: the connection fails, after everything was shown
    server.database = QStringLiteral("billing");
    server.user = QStringLiteral("app");
    const QString secret = QStringLiteral("pw-Zq81-never-shown");
    window()->connectToProfile(server, secret);
    QMessageBox *box = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (box = window()->findChild<QMessageBox *>()) != nullptr; }, 30'000));
    const QString shown = visibleTexts() + box->text() + box->informativeText();
    QVERIFY(shown.contains(QStringLiteral("postgres://app@127.0.0.1:1/billing")));
    QVERIFY(!shown.contains(secret));
    box->accept();
}

// Open URL is the quick way to a file; it leaves the profile, and the checkbox decides production again.
void TestWorkbenchWiring::openUrlLeavesTheProfile()
{
    window()->connectToProfile(sqliteProfile(QStringLiteral("Shop live"), EnvironmentTag::Production), QString());
    QTRY_VERIFY(m_bench->action("applyPendingAction")->isEnabled());
    QVERIFY(window()->isProduction());

    m_bench->action("openUrlAction")->trigger();
    OpenUrlDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window()->findChild<OpenUrlDialog *>()) && dialog->isVisible());
    auto production = dialog->findChild<QCheckBox *>();
    QVERIFY(production);
    production->setChecked(false);
    auto url = dialog->findChild<QLineEdit *>();
    QVERIFY(url);
    url->setText(QStringLiteral("sqlite:") + m_bench->filePath(QStringLiteral("scratch.db")));
    dialog->accept();
    QTRY_VERIFY(m_bench->action("applyPendingAction")->isEnabled());
    QVERIFY(!window()->profile());
    QVERIFY(!window()->isProduction());
    QVERIFY(projectBar()->profileName().isEmpty());
    QVERIFY(projectBar()->findChild<QCheckBox *>(QStringLiteral("productionCheck"))->isVisible());
    QVERIFY(window()->windowTitle().contains(QStringLiteral("scratch.db")));
}

// Production is the database's: Open URL with the box unticked (and --url, which comes the same way) to the file of
// a production profile is that profile, and its changes ask for the name.
void TestWorkbenchWiring::urlToAProductionDatabaseIsProduction()
{
    ProfileStore store(m_bench->filePath(QStringLiteral("profiles.ini")));
    ConnectionProfile live = sqliteProfile(QStringLiteral("Shop live"), EnvironmentTag::Production);
    QString error;
    QVERIFY2(store.save(live, &error), qPrintable(error));

    m_bench->action("openUrlAction")->trigger();
    OpenUrlDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window()->findChild<OpenUrlDialog *>()) && dialog->isVisible());
    dialog->findChild<QCheckBox *>()->setChecked(false);
    const QString written = QFileInfo(live.database).path() + QStringLiteral("/./") + QFileInfo(live.database).fileName();
    dialog->findChild<QLineEdit *>()->setText(QStringLiteral("sqlite:") + written);
    dialog->accept();
    QTRY_VERIFY(m_bench->action("applyPendingAction")->isEnabled());
    QVERIFY(window()->isProduction());
    QVERIFY(window()->profile() && window()->profile()->name == live.name);
    QCOMPARE(projectBar()->profileName(), live.name);
    QVERIFY(projectBar()->findChild<QLabel *>(QStringLiteral("productionBadge"))->isVisible());
    QVERIFY(window()->findChild<RunLogDock *>()->view()->toPlainText().contains(
        QStringLiteral("is the database of the production profile Shop live: every change asks for its name")));

    m_bench->action("applyPendingAction")->trigger();
    ConfirmPlanDialog *confirmation = m_bench->waitForConfirmation();
    QVERIFY(confirmation);
    QVERIFY(confirmation->findChild<QWidget *>(QStringLiteral("productionBanner")));
    QVERIFY(!confirmation->confirmButton()->isEnabled());
    confirmation->reject();

    // Another file is not: the profile is left, and the box decides again.
    window()->connectTo(*ConnectionUrl::parse(QStringLiteral("sqlite:") + m_bench->filePath(QStringLiteral("scratch.db")), &error),
                        QString());
    QTRY_VERIFY(m_bench->action("applyPendingAction")->isEnabled());
    QVERIFY(!window()->profile());
    QVERIFY(!window()->isProduction());
}

// The SQL of the selected migration is in the SQL editor of widgets/sql: read-only, in the connection's dialect.
void TestWorkbenchWiring::sqlPanelIsTheReadOnlyEditor()
{
    timeline()->selectVersion(Version({9}));
    QTRY_COMPARE(detail()->shownVersion(), std::optional<Version>(Version({9})));
    SqlEditor *editor = detail()->upPanel()->findChild<SqlEditor *>();
    QVERIFY(editor);
    QCOMPARE(editor, detail()->upPanel()->editor());
    QVERIFY(editor->isReadOnly());
    QCOMPARE(editor->dialect(), DatabaseKind::Sqlite);
    QFile file(QDir(m_bench->projectDir()).filePath(QStringLiteral("009_add_order_audit_trigger.up.sql")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(editor->toPlainText(), QString::fromUtf8(file.readAll()));
    // The statement margin splits as the runner does: the trigger's BEGIN…END body stays one statement.
    editor->rescanNow();
    QVERIFY(!editor->statementScan().statements.isEmpty());
    QTest::keyClicks(editor, QStringLiteral("DROP TABLE x;"));
    QCOMPARE(editor->toPlainText(), detail()->upPanel()->sql()); // typing changes nothing
    QVERIFY(!editor->toPlainText().contains(QStringLiteral("DROP TABLE x;")));
}

// A file edited after it ran: the detail pane opens on the diff of the applied text against the file.
// A migration edited after it ran is named in Apply's confirmation, and Apply waits until it is ticked.
void TestWorkbenchWiring::applyingPastDriftNamesIt()
{
    QVERIFY(m_bench->applyAll());
    QFile edited(QDir(m_bench->projectDir()).filePath(QStringLiteral("003_create_orders.up.sql")));
    QVERIFY(edited.open(QIODevice::Append));
    edited.write("\n-- edited after it ran\n");
    edited.close();
    QFile next(QDir(m_bench->projectDir()).filePath(QStringLiteral("012_add_notes.up.sql")));
    QVERIFY(next.open(QIODevice::WriteOnly));
    next.write("CREATE TABLE notes (id INTEGER PRIMARY KEY);\n");
    next.close();
    m_bench->action("refreshAction")->trigger();
    QTRY_COMPARE(m_bench->countInState(MigrationState::Modified), 1);
    QTRY_VERIFY(m_bench->action("applyPendingAction")->isEnabled());

    m_bench->action("applyPendingAction")->trigger();
    ConfirmPlanDialog *dialog = m_bench->waitForConfirmation();
    QVERIFY(dialog);
    const QList<QCheckBox *> boxes = dialog->findChildren<QCheckBox *>(QStringLiteral("driftCheck"));
    QCOMPARE(boxes.size(), 1);
    QVERIFY2(boxes.first()->text().contains(QStringLiteral("create_orders")), qPrintable(boxes.first()->text()));
    QVERIFY(!dialog->confirmButton()->isEnabled());
    boxes.first()->setChecked(true);
    QVERIFY(dialog->confirmButton()->isEnabled());
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_bench->countInState(MigrationState::Pending), 0, 30'000);
}

void TestWorkbenchWiring::modifiedMigrationShowsTheDiff()
{
    QVERIFY(m_bench->applyAll());
    QFile edited(QDir(m_bench->projectDir()).filePath(QStringLiteral("003_create_orders.up.sql")));
    QVERIFY(edited.open(QIODevice::Append));
    edited.write("\nCREATE INDEX idx_orders_status ON orders (status);\n");
    edited.close();
    m_bench->action("refreshAction")->trigger();
    QTRY_COMPARE(m_bench->countInState(MigrationState::Modified), 1);
    timeline()->selectVersion(Version({3}));
    QTRY_COMPARE(detail()->shownVersion(), std::optional<Version>(Version({3})));

    QTabWidget *tabs = detail()->tabs();
    QCOMPARE(tabs->currentWidget(), detail()->appliedDiff());
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Diff: file vs applied"));
    DiffView *diff = detail()->appliedDiff();
    QCOMPARE(diff->changeCount(), 1);
    QCOMPARE(diff->rightTitle(), QStringLiteral("003_create_orders.up.sql"));
    QVERIFY(diff->leftTitle().startsWith(QStringLiteral("Applied")));
    QVERIFY(diff->unifiedDiffText().contains(QStringLiteral("+CREATE INDEX idx_orders_status")));
    QVERIFY(tabs->indexOf(detail()->upDownDiff()) >= 0); // up against down too

    // An unchanged migration has no file-vs-applied tab, but up against down.
    timeline()->selectVersion(Version({4}));
    QTRY_COMPARE(detail()->shownVersion(), std::optional<Version>(Version({4})));
    QCOMPARE(tabs->indexOf(detail()->appliedDiff()), -1);
    QCOMPARE(tabs->currentWidget(), detail()->upPanel());
    const int upDown = tabs->indexOf(detail()->upDownDiff());
    QVERIFY(upDown >= 0);
    QCOMPARE(tabs->tabText(upDown), QStringLiteral("Up vs Down"));
    QCOMPARE(detail()->upDownDiff()->leftTitle(), QStringLiteral("004_create_order_items.up.sql"));
    QCOMPARE(detail()->upDownDiff()->rightTitle(), QStringLiteral("004_create_order_items.down.sql"));
}

// New Migration asks for a name, writes the next version's files in the project's convention, and the timeline
// shows it pending and selected; closing the editor with unsaved edits asks first.
void TestWorkbenchWiring::newMigrationAppearsPendingOnTheTimeline()
{
    QCOMPARE(m_bench->action("newMigrationAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
    QVERIFY(m_bench->action("newMigrationAction")->isEnabled());
    bool named = false;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto dialog = qobject_cast<NewMigrationDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setMigrationName(QStringLiteral("add invoices"));
        QCOMPARE(dialog->previewFileNames(),
                 (QStringList{"012_add_invoices.up.sql", "012_add_invoices.down.sql"}));
        named = true;
        dialog->accept();
    });
    m_bench->action("newMigrationAction")->trigger(); // returns once the name dialog closed
    QVERIFY(named);
    MigrationEditorWindow *editor = window()->migrationEditor();
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    MigrationAuthoringWidget *authoring = editor->authoring();
    QCOMPARE(authoring->conventionName(), QStringLiteral("golang-migrate"));
    QCOMPARE(authoring->dialect(), DatabaseKind::Sqlite);
    // A draft until the first save: nothing in the folder, nothing new on the timeline.
    const QString up = QDir(m_bench->projectDir()).filePath(QStringLiteral("012_add_invoices.up.sql"));
    const QString down = QDir(m_bench->projectDir()).filePath(QStringLiteral("012_add_invoices.down.sql"));
    QVERIFY(authoring->isDraft());
    QVERIFY(!QFile::exists(up) && !QFile::exists(down));
    QCOMPARE(timeline()->model()->rowCount(), 11);

    // Written and saved: both files, and the timeline follows them.
    authoring->upEditor()->selectAll();
    authoring->upEditor()->insertPlainText(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY);\n"));
    QVERIFY(authoring->hasUnsavedChanges());
    QString error;
    QVERIFY2(authoring->save(&error), qPrintable(error));
    QVERIFY(QFile::exists(up) && QFile::exists(down));
    QTRY_COMPARE(timeline()->model()->rowCount(), 12);
    QCOMPARE(m_bench->countInState(MigrationState::Pending), 12);
    QTRY_COMPARE(detail()->shownVersion(), std::optional<Version>(Version({12})));
    QTRY_VERIFY(detail()->upPanel()->sql().contains(QStringLiteral("CREATE TABLE invoices")));

    // Unsaved edits: closing asks; Cancel keeps the editor and the main window open.
    authoring->upEditor()->appendPlainText(QStringLiteral("-- more"));
    int asked = 0;
    authoring->setPrompt([&](QMessageBox::Icon, const QString &, const QString &, QMessageBox::StandardButtons,
                             QMessageBox::StandardButton) {
        ++asked;
        return QMessageBox::Cancel;
    });
    QVERIFY(!window()->close());
    QCOMPARE(asked, 1);
    QVERIFY(editor->isVisible());
    authoring->setPrompt([&](QMessageBox::Icon, const QString &, const QString &, QMessageBox::StandardButtons,
                             QMessageBox::StandardButton) {
        ++asked;
        return QMessageBox::Discard;
    });
    QVERIFY(editor->close());
    QCOMPARE(asked, 2);
    QTRY_VERIFY(!window()->migrationEditor());
}

// Edit Migration on an applied one opens it read-only with the warning bar.
void TestWorkbenchWiring::editingAnAppliedMigrationWarns()
{
    QVERIFY(!m_bench->action("editMigrationAction")->isEnabled() || timeline()->selectedMigration());
    QVERIFY(m_bench->applyAll());
    timeline()->selectVersion(Version({2}));
    QTRY_VERIFY(m_bench->action("editMigrationAction")->isEnabled());
    m_bench->action("editMigrationAction")->trigger();
    MigrationEditorWindow *editor = window()->migrationEditor();
    QVERIFY(editor);
    MigrationAuthoringWidget *authoring = editor->authoring();
    QCOMPARE(authoring->files().size(), 2);
    QVERIFY(authoring->files().first().endsWith(QStringLiteral("002_create_products.up.sql")));
    QVERIFY(authoring->isApplied());
    QVERIFY(authoring->upEditor()->isReadOnly());
    QVERIFY(authoring->noticeBar()->isVisible());
    QVERIFY(editor->windowTitle().startsWith(QStringLiteral("002_create_products.up.sql")));
    QVERIFY(editor->close());
}

QTEST_MAIN(TestWorkbenchWiring)
#include "tst_workbenchwiring.moc"
