// The detail pane marks the statement of a failed migration that failed, cut as the runner cuts it: in a goose
// file the StatementEnd line ends a block's last statement even without its ';'. A modified or missing migration
// offers the drift actions that fit it, and only those. A migration still to run lists what the review rules find.
#include "conventions/gooseconvention.h"
#include "detailpane.h"
#include "driftactionsbar.h"
#include "history/migrationstatus.h"
#include "review/reviewfinding.h"
#include "settlepanel.h"
#include "sql/sqlsplitter.h"
#include "sqleditor.h"
#include "sqlpanel.h"
#include "workbenchpalette.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace tidemark;

namespace {

// The Up section: a block of three statements, the last without ';', then the statement that fails (statement 4),
// over two lines. File lines: the Up section starts at line 2, the failing statement at line 8.
const QByteArray gooseFile = "-- +goose Up\n"
                             "-- +goose StatementBegin\n"
                             "CREATE TABLE a (id INTEGER);\n"
                             "INSERT INTO a VALUES (1);\n"
                             "INSERT INTO a VALUES (2)\n"
                             "-- +goose StatementEnd\n"
                             "\n"
                             "INSERT INTO no_such_table\n"
                             "VALUES (1);\n"
                             "\n"
                             "-- +goose Down\n"
                             "DROP TABLE a;\n";
constexpr int failedStatement = 4; // 1-based, as the runner and the history count
constexpr int failedFileLine = 8;
constexpr int failedUpLine = 7;    // the same line in the Up section the pane shows
const QString error = QStringLiteral("001_block.sql, statement 4 at line 8: no such table: no_such_table");

} // namespace

class TestDetailPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void liveFailureMarksTheStatementAfterTheBlock();
    void storedFailureMarksTheStatementAfterTheBlock();
    void driftActionsFitTheState();
    void reviewRowListsTheFindingsOfAMigrationStillToRun();

private:
    // The goose file's migration, failed as the history says: its last event is a fail event.
    MigrationStatus failedMigration() const;
    void verifyMark(const DetailPane &pane) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Migration> m_migration;
};

void TestDetailPane::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QFile file(m_dir->filePath(QStringLiteral("001_block.sql")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(gooseFile), gooseFile.size());
    file.close();
    const Catalog catalog = GooseConvention().read(m_dir->path());
    QVERIFY(!hasErrors(catalog.diagnostics));
    QCOMPARE(catalog.migrations.size(), 1);
    m_migration = catalog.migrations.constFirst();
    QCOMPARE(m_migration->upLine, 2);
    // The runner's cut: the block's three, then the failing statement.
    const SplitResult cut = splitMigrationSql(m_migration->upSql.toUtf8(), DatabaseKind::Sqlite);
    QCOMPARE(cut.statements.size(), 4);
    QCOMPARE(cut.statements.at(failedStatement - 1).line, failedUpLine);
}

MigrationStatus TestDetailPane::failedMigration() const
{
    Catalog catalog;
    catalog.migrations = {*m_migration};
    HistoryEvent failed;
    failed.type = HistoryEvent::Type::Fail;
    failed.version = m_migration->version;
    failed.description = m_migration->description;
    failed.script = m_migration->script;
    failed.error = error;
    failed.errorStatement = failedStatement;
    failed.errorLine = failedFileLine;
    const ProjectStatus status = computeStatus(catalog, {}, {failed});
    return status.migrations.constFirst();
}

void TestDetailPane::verifyMark(const DetailPane &pane) const
{
    // It opens on how to settle it; its up script marks the statement.
    QCOMPARE(pane.tabs()->currentWidget(), pane.settlePanel());
    QCOMPARE(pane.upPanel()->markMessage(), error);
    QCOMPARE(pane.upPanel()->markedLine(), failedUpLine);
    QCOMPARE(pane.upPanel()->editor()->markedLastLine(), failedUpLine + 1); // both lines of the statement
}

void TestDetailPane::liveFailureMarksTheStatementAfterTheBlock()
{
    const MigrationStatus migration = failedMigration();
    QCOMPARE(migration.state, MigrationState::Failed);
    // The MigrationFailed event as the runner emits it.
    RunEvent failure;
    failure.type = RunEvent::Type::MigrationFailed;
    failure.direction = Direction::Up;
    failure.version = migration.version;
    failure.description = migration.description;
    failure.script = migration.script();
    failure.statementIndex = failedStatement - 1;
    failure.statementCount = 4;
    failure.line = failedFileLine;
    failure.error = error;
    DetailPane pane;
    pane.setDialect(DatabaseKind::Sqlite);
    pane.show(); // the message above the text is shown only on a visible pane
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.showMigration(&migration, failure);
    verifyMark(pane);
}

void TestDetailPane::storedFailureMarksTheStatementAfterTheBlock()
{
    const MigrationStatus migration = failedMigration();
    QVERIFY(migration.lastFailure);
    DetailPane pane;
    pane.setDialect(DatabaseKind::Sqlite);
    pane.show(); // the message above the text is shown only on a visible pane
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.showMigration(&migration);
    verifyMark(pane);
}

void TestDetailPane::driftActionsFitTheState()
{
    MigrationStatus migration;
    migration.version = Version({1});
    migration.description = QStringLiteral("block");
    migration.file = m_migration;
    migration.applied = AppliedMigration{};
    migration.applied->version = migration.version;
    migration.applied->checksum = QStringLiteral("0123456789abcdef");
    DetailPane pane;
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    DriftActionsBar *bar = pane.driftActions();
    QSignalSpy requested(&pane, &DetailPane::driftRequested);

    migration.state = MigrationState::Modified;
    pane.showMigration(&migration);
    QVERIFY(bar->isVisible());
    QVERIFY(bar->acceptFileButton()->isVisible() && bar->restoreAppliedTextButton()->isVisible());
    QVERIFY(!bar->restoreFileButton()->isVisible());
    bar->acceptFileButton()->click();
    bar->restoreAppliedTextButton()->click();
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.at(0).at(0).value<Version>(), migration.version);
    QCOMPARE(requested.at(0).at(1).value<DriftAction>(), DriftAction::AcceptFile);
    QCOMPARE(requested.at(1).at(1).value<DriftAction>(), DriftAction::RestoreAppliedText);

    migration.state = MigrationState::Missing;
    migration.file.reset();
    pane.showMigration(&migration);
    QVERIFY(bar->restoreFileButton()->isVisible());
    QVERIFY(!bar->acceptFileButton()->isVisible() && !bar->restoreAppliedTextButton()->isVisible());
    bar->restoreFileButton()->click();
    QCOMPARE(requested.size(), 3);
    QCOMPARE(requested.at(2).at(1).value<DriftAction>(), DriftAction::RestoreMissingFile);

    migration.state = MigrationState::Applied;
    migration.file = m_migration;
    pane.showMigration(&migration);
    QVERIFY(!bar->isVisible());
}

void TestDetailPane::reviewRowListsTheFindingsOfAMigrationStillToRun()
{
    Catalog catalog;
    catalog.migrations = {*m_migration};
    MigrationStatus pending = computeStatus(catalog, {}, {}).migrations.constFirst();
    QCOMPARE(pending.state, MigrationState::Pending);
    ReviewFinding drop;
    drop.rule = RuleId::DropTable;
    drop.severity = RuleSeverity::Error;
    drop.message = QStringLiteral("drops table a");
    drop.file = m_migration->script;
    drop.line = 12;
    ReviewFinding allowed = drop;
    allowed.rule = RuleId::DdlWithDml;
    allowed.severity = RuleSeverity::Warning;
    allowed.message = QStringLiteral("INSERT INTO a changes rows");
    allowed.line = 4;
    allowed.allowed = true;
    allowed.allowReason = QStringLiteral("seed rows");
    DetailPane pane;
    pane.setReview({{m_migration->script, {allowed, drop}}});
    pane.showMigration(&pending);
    auto review = pane.findChild<QLabel *>(QStringLiteral("reviewFindings"));
    QVERIFY(review);
    QCOMPARE(review->text(), QStringLiteral("warning ddl-with-dml: INSERT INTO a changes rows (line 4), allowed: seed rows\n"
                                            "error drop-table: drops table a (line 12)"));
    QVERIFY2(review->styleSheet().contains(workbenchpalette::productionRed().name()), qPrintable(review->styleSheet()));

    pane.setReview({{m_migration->script, {allowed}}}); // all allowed: listed, not coloured
    pane.showMigration(&pending);
    review = pane.findChild<QLabel *>(QStringLiteral("reviewFindings"));
    QVERIFY(review->styleSheet().isEmpty());

    MigrationStatus applied = pending; // it ran: nothing left to review
    applied.state = MigrationState::Applied;
    applied.applied = AppliedMigration{};
    pane.showMigration(&applied);
    QVERIFY(!pane.findChild<QLabel *>(QStringLiteral("reviewFindings")));
}

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
