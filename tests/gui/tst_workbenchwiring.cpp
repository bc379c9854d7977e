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
#include <QTemporaryDir>
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
    void sqlPanelIsTheReadOnlyEditor();
    void modifiedMigrationShowsTheDiff();
    void newMigrationAppearsPendingOnTheTimeline();
    void editingAnAppliedMigrationWarns();

private:
    TimelinePanel *timeline() const { return m_window->findChild<TimelinePanel *>(); }
    DetailPane *detail() const { return m_window->findChild<DetailPane *>(); }
    ProjectBar *projectBar() const { return m_window->findChild<ProjectBar *>(); }
    int countInState(MigrationState state) const;
    ConfirmPlanDialog *waitForConfirmation() const;
    QAction *action(const char *name) const;
    void applyAll();
    ConnectionProfile sqliteProfile(const QString &name, EnvironmentTag environment) const;
    QString visibleTexts() const; // every label, title and tooltip a person could read, and the run log

    QString m_projectDir;
    QString m_otherProjectDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestWorkbenchWiring::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tidemark-test-bus"); // no keychain
}

void TestWorkbenchWiring::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QDir demo(QStringLiteral(TIDEMARK_DEMO_DIR));
    QDir target(m_dir->path());
    for (const char *copy : {"demo", "other"}) {
        QVERIFY(target.mkdir(QLatin1String(copy)));
        for (const QString &name : demo.entryList({QStringLiteral("*.sql")}, QDir::Files))
            QVERIFY(QFile::copy(demo.filePath(name), target.filePath(QLatin1String(copy) + u'/' + name)));
    }
    m_projectDir = target.filePath(QStringLiteral("demo"));
    m_otherProjectDir = target.filePath(QStringLiteral("other"));
    QString error;
    const std::optional<ConnectionUrl> url =
        ConnectionUrl::parse(QStringLiteral("sqlite:") + target.filePath(QStringLiteral("test.db")), &error);
    QVERIFY2(url, qPrintable(error));

    m_window = std::make_unique<MainWindow>();
    m_window->setProfileStore(ProfileStore(m_dir->filePath(QStringLiteral("profiles.ini"))));
    m_window->setWindowState(Qt::WindowNoState);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_projectDir));
    m_window->connectTo(*url);
    QTRY_COMPARE(timeline()->model()->rowCount(), 11);
    QTRY_VERIFY(action("applyPendingAction")->isEnabled());
}

void TestWorkbenchWiring::cleanup()
{
    if (MigrationEditorWindow *editor = m_window->migrationEditor())
        editor->authoring()->setPrompt([](QMessageBox::Icon, const QString &, const QString &,
                                          QMessageBox::StandardButtons, QMessageBox::StandardButton) {
            return QMessageBox::Discard;
        });
    m_window.reset();
    m_dir.reset();
}

int TestWorkbenchWiring::countInState(MigrationState state) const
{
    const QAbstractItemModel *model = timeline()->model();
    int count = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        count += model->index(row, 0).data(StateRole).toInt() == int(state) ? 1 : 0;
    return count;
}

ConfirmPlanDialog *TestWorkbenchWiring::waitForConfirmation() const
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

QAction *TestWorkbenchWiring::action(const char *name) const
{
    QAction *found = m_window->findChild<QAction *>(QLatin1String(name));
    if (!found)
        qFatal("no action %s", name);
    return found;
}

void TestWorkbenchWiring::applyAll()
{
    action("applyPendingAction")->trigger();
    ConfirmPlanDialog *dialog = waitForConfirmation();
    QVERIFY(dialog);
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(countInState(MigrationState::Applied), 11, 30'000);
    QTRY_VERIFY(action("refreshAction")->isEnabled());
}

ConnectionProfile TestWorkbenchWiring::sqliteProfile(const QString &name, EnvironmentTag environment) const
{
    ConnectionProfile profile;
    profile.id = ConnectionProfile::newId();
    profile.name = name;
    profile.driver = DatabaseKind::Sqlite;
    profile.database = m_dir->filePath(QStringLiteral("shop.db"));
    profile.environment = environment;
    profile.projectDir = m_otherProjectDir;
    return profile;
}

QString TestWorkbenchWiring::visibleTexts() const
{
    QStringList texts{m_window->windowTitle(), m_window->findChild<RunLogDock *>()->view()->toPlainText()};
    for (const QWidget *widget : m_window->findChildren<QWidget *>()) {
        texts << widget->toolTip() << widget->windowTitle();
        if (auto label = qobject_cast<const QLabel *>(widget))
            texts << label->text();
    }
    return texts.join(u'\n');
}

// Connect opens the connection profiles; choosing one connects with it, on its project folder.
void TestWorkbenchWiring::connectOpensTheProfiles()
{
    QCOMPARE(action("connectAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
    ProfileStore store(m_dir->filePath(QStringLiteral("profiles.ini")));
    ConnectionProfile staging = sqliteProfile(QStringLiteral("Shop staging"), EnvironmentTag::Staging);
    QString error;
    QVERIFY2(store.save(staging, &error), qPrintable(error));

    action("connectAction")->trigger();
    QPointer<ProfilesDialog> dialog;
    QTRY_VERIFY((dialog = m_window->findChild<ProfilesDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->profiles().size(), 1);
    dialog->selectProfile(staging.id);
    QCOMPARE(dialog->currentProfileId(), staging.id);
    dialog->connectToProfile(); // the Connect button
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    QVERIFY(m_window->profile());
    QCOMPARE(m_window->profile()->id, staging.id);
    QTRY_COMPARE(timeline()->model()->rowCount(), 11);
    QTRY_VERIFY(action("applyPendingAction")->isEnabled());
    // The profile's project folder was opened; the bar names the profile in its colour.
    QVERIFY(projectBar()->findChild<QLabel *>(QStringLiteral("projectLabel"))->toolTip().endsWith(QStringLiteral("other")));
    QCOMPARE(projectBar()->profileName(), QStringLiteral("Shop staging"));
    QCOMPARE(projectBar()->profileColor(), workbenchpalette::environmentColor(EnvironmentTag::Staging));
    QVERIFY(projectBar()->findChild<QLabel *>(QStringLiteral("databaseLabel"))->text().contains(QStringLiteral("Shop staging")));
    QVERIFY(!projectBar()->findChild<QCheckBox *>(QStringLiteral("productionCheck"))->isVisible());
    QVERIFY(!m_window->isProduction());
    QVERIFY2(m_window->windowTitle().contains(QStringLiteral("Shop staging (sqlite:")), qPrintable(m_window->windowTitle()));
    QVERIFY(!m_window->windowTitle().contains(QStringLiteral("PRODUCTION")));
}

// A production profile: the confirmation asks for the profile's database name, whatever the checkbox said before.
void TestWorkbenchWiring::productionProfileNeedsTheName()
{
    ConnectionProfile live = sqliteProfile(QStringLiteral("Shop live"), EnvironmentTag::Production);
    live.projectDir.clear(); // keeps the open project
    m_window->connectToProfile(live, QString());
    QTRY_VERIFY(action("applyPendingAction")->isEnabled());
    QVERIFY(projectBar()->findChild<QLabel *>(QStringLiteral("projectLabel"))->toolTip().endsWith(QStringLiteral("demo")));
    QVERIFY(m_window->isProduction());
    QVERIFY(m_window->windowTitle().endsWith(QStringLiteral("[PRODUCTION]")));
    QVERIFY(projectBar()->findChild<QLabel *>(QStringLiteral("productionBadge"))->isVisible());
    m_window->setProduction(false); // the checkbox is for URL connections; the profile decides
    QVERIFY(m_window->isProduction());

    action("applyPendingAction")->trigger();
    ConfirmPlanDialog *dialog = waitForConfirmation();
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
    QTRY_COMPARE_WITH_TIMEOUT(countInState(MigrationState::Applied), 11, 30'000);
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
    m_window->connectToProfile(server, secret);
    QMessageBox *box = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (box = m_window->findChild<QMessageBox *>()) != nullptr; }, 30'000));
    const QString shown = visibleTexts() + box->text() + box->informativeText();
    QVERIFY(shown.contains(QStringLiteral("postgres://app@127.0.0.1:1/billing")));
    QVERIFY(!shown.contains(secret));
    box->accept();
}

// Open URL is the quick way to a file; it leaves the profile, and the checkbox decides production again.
void TestWorkbenchWiring::openUrlLeavesTheProfile()
{
    m_window->connectToProfile(sqliteProfile(QStringLiteral("Shop live"), EnvironmentTag::Production), QString());
    QTRY_VERIFY(action("applyPendingAction")->isEnabled());
    QVERIFY(m_window->isProduction());

    action("openUrlAction")->trigger();
    OpenUrlDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<OpenUrlDialog *>()) && dialog->isVisible());
    auto production = dialog->findChild<QCheckBox *>();
    QVERIFY(production);
    production->setChecked(false);
    auto url = dialog->findChild<QLineEdit *>();
    QVERIFY(url);
    url->setText(QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("scratch.db")));
    dialog->accept();
    QTRY_VERIFY(action("applyPendingAction")->isEnabled());
    QVERIFY(!m_window->profile());
    QVERIFY(!m_window->isProduction());
    QVERIFY(projectBar()->profileName().isEmpty());
    QVERIFY(projectBar()->findChild<QCheckBox *>(QStringLiteral("productionCheck"))->isVisible());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("scratch.db")));
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
    QFile file(QDir(m_projectDir).filePath(QStringLiteral("009_add_order_audit_trigger.up.sql")));
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
void TestWorkbenchWiring::modifiedMigrationShowsTheDiff()
{
    applyAll();
    QFile edited(QDir(m_projectDir).filePath(QStringLiteral("003_create_orders.up.sql")));
    QVERIFY(edited.open(QIODevice::Append));
    edited.write("\nCREATE INDEX idx_orders_status ON orders (status);\n");
    edited.close();
    action("refreshAction")->trigger();
    QTRY_COMPARE(countInState(MigrationState::Modified), 1);
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
    QCOMPARE(action("newMigrationAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
    QVERIFY(action("newMigrationAction")->isEnabled());
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
    action("newMigrationAction")->trigger(); // returns once the name dialog closed
    QVERIFY(named);
    MigrationEditorWindow *editor = m_window->migrationEditor();
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    MigrationAuthoringWidget *authoring = editor->authoring();
    QCOMPARE(authoring->conventionName(), QStringLiteral("golang-migrate"));
    QCOMPARE(authoring->dialect(), DatabaseKind::Sqlite);
    QVERIFY(QFile::exists(QDir(m_projectDir).filePath(QStringLiteral("012_add_invoices.up.sql"))));
    QVERIFY(QFile::exists(QDir(m_projectDir).filePath(QStringLiteral("012_add_invoices.down.sql"))));

    QTRY_COMPARE(timeline()->model()->rowCount(), 12);
    QCOMPARE(countInState(MigrationState::Pending), 12);
    QTRY_COMPARE(detail()->shownVersion(), std::optional<Version>(Version({12})));

    // Written and saved: the timeline follows the file.
    authoring->upEditor()->selectAll();
    authoring->upEditor()->insertPlainText(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY);\n"));
    QVERIFY(authoring->hasUnsavedChanges());
    QString error;
    QVERIFY2(authoring->save(&error), qPrintable(error));
    QTRY_VERIFY(detail()->upPanel()->sql().contains(QStringLiteral("CREATE TABLE invoices")));

    // Unsaved edits: closing asks; Cancel keeps the editor and the main window open.
    authoring->upEditor()->appendPlainText(QStringLiteral("-- more"));
    int asked = 0;
    authoring->setPrompt([&](QMessageBox::Icon, const QString &, const QString &, QMessageBox::StandardButtons,
                             QMessageBox::StandardButton) {
        ++asked;
        return QMessageBox::Cancel;
    });
    QVERIFY(!m_window->close());
    QCOMPARE(asked, 1);
    QVERIFY(editor->isVisible());
    authoring->setPrompt([&](QMessageBox::Icon, const QString &, const QString &, QMessageBox::StandardButtons,
                             QMessageBox::StandardButton) {
        ++asked;
        return QMessageBox::Discard;
    });
    QVERIFY(editor->close());
    QCOMPARE(asked, 2);
    QTRY_VERIFY(!m_window->migrationEditor());
}

// Edit Migration on an applied one opens it read-only with the warning bar.
void TestWorkbenchWiring::editingAnAppliedMigrationWarns()
{
    QVERIFY(!action("editMigrationAction")->isEnabled() || timeline()->selectedMigration());
    applyAll();
    timeline()->selectVersion(Version({2}));
    QTRY_VERIFY(action("editMigrationAction")->isEnabled());
    action("editMigrationAction")->trigger();
    MigrationEditorWindow *editor = m_window->migrationEditor();
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
