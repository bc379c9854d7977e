// The allow comments that accept a review finding: with a reason it allows the rule for the whole migration,
// without one or for an unknown rule it is a finding itself, in a string it is none, unused it is a note, and an
// allowed finding never fails lint. Then the lines findings give in goose and dbmate files, whose sections start
// mid-file and whose header may hold the allow comment, and the catalog's order.
#include "conventions/conventionfactory.h"
#include "reviewtesthelpers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tidemark;
using namespace tidemark::test;

class TestReviewAllow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allowWithReasonAllowsTheRuleForTheMigration();
    void allowWithoutReasonOrUnknownRuleIsAFinding_data();
    void allowWithoutReasonOrUnknownRuleIsAFinding();
    void allowInAStringOrDollarBodyIsNoAllow();
    void unusedAllowIsANote();
    void allowedFindingsNeverFail();
    void gooseLinesAreFileLines();
    void dbmateLinesAndHeaderAllow();
    void reviewCatalogKeepsMigrationOrder();
};

void TestReviewAllow::allowWithReasonAllowsTheRuleForTheMigration()
{
    // In the down file, for findings of the up: the allow is the migration's.
    const QList<ReviewFinding> findings = reviewMigration(
        migration(QStringLiteral("DROP TABLE legacy_a;\nDROP TABLE legacy_b;\nDELETE FROM sessions;\n"),
                  QStringLiteral("SELECT 1;\n-- tidemark:allow drop-table  replaced by archive.legacy in 0041  \n")),
        Sqlite);
    QCOMPARE(placesOf(findings, QStringLiteral("drop-table")), (QStringList{"up:1 allowed", "up:2 allowed"}));
    QCOMPARE(placesOf(findings, QStringLiteral("delete-without-where")), QStringList{"up:3"});
    for (const ReviewFinding &f : findings) {
        if (f.rule != RuleId::DropTable)
            continue;
        QCOMPARE(f.allowReason, QStringLiteral("replaced by archive.legacy in 0041"));
        QCOMPARE(f.allowFile, downFile);
        QCOMPARE(f.allowLine, 2);
        QVERIFY(f.toString().endsWith(QStringLiteral("(allowed: replaced by archive.legacy in 0041)")));
    }
    QCOMPARE(placesOf(findings, QStringLiteral("allow-unused")), QStringList());
}

void TestReviewAllow::allowWithoutReasonOrUnknownRuleIsAFinding_data()
{
    QTest::addColumn<QString>("comment");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("message");
    QTest::newRow("no reason") << "-- tidemark:allow drop-table" << "allow-without-reason"
                               << "the allow of drop-table gives no reason, so it allows nothing; say why after the "
                                  "rule id";
    QTest::newRow("blank reason") << "--tidemark:allow drop-table   " << "allow-without-reason"
                                  << "the allow of drop-table gives no reason, so it allows nothing; say why after "
                                     "the rule id";
    QTest::newRow("unknown id") << "-- tidemark:allow drop-tables we archived it" << "allow-unknown-rule"
                                << "there is no rule drop-tables (docs/rules/README.md lists them)";
    QTest::newRow("no id") << "-- tidemark:allow" << "allow-unknown-rule"
                           << "the allow comment names no rule; write -- tidemark:allow RULE-ID reason";
    QTest::newRow("not allowable") << "-- tidemark:allow unreadable-script it is fine" << "allow-unknown-rule"
                                   << "unreadable-script cannot be allowed";
}

void TestReviewAllow::allowWithoutReasonOrUnknownRuleIsAFinding()
{
    QFETCH(QString, comment);
    QFETCH(QString, rule);
    QFETCH(QString, message);
    const QList<ReviewFinding> findings
        = reviewMigration(migration(QStringLiteral("SELECT 1;\n") + comment + QStringLiteral("\nDROP TABLE a;\n"),
                                    QStringLiteral("SELECT 1;")),
                          Postgres);
    QCOMPARE(placesOf(findings, QStringLiteral("drop-table")), QStringList{"up:3"}); // not allowed
    QCOMPARE(placesOf(findings, rule), QStringList{"up:2"});
    for (const ReviewFinding &f : findings)
        if (f.ruleInfo().name() == rule) {
            QCOMPARE(f.message, message);
            QCOMPARE(f.severity, RuleSeverity::Error);
            QVERIFY(f.fails(RuleSeverity::Error));
        }
}

void TestReviewAllow::allowInAStringOrDollarBodyIsNoAllow()
{
    const QList<ReviewFinding> findings = reviewMigration(
        migration(QStringLiteral("INSERT INTO notes VALUES ('\n-- tidemark:allow drop-table because\n');\n"
                                 "CREATE FUNCTION f() RETURNS int AS $$\n-- tidemark:allow drop-table because\n"
                                 "SELECT 1 $$ LANGUAGE sql;\nDROP TABLE a;\n"),
                  QStringLiteral("SELECT 1;")),
        Postgres);
    QCOMPARE(placesOf(findings, QStringLiteral("drop-table")), QStringList{"up:7"});
    QCOMPARE(placesOf(findings, QStringLiteral("allow-unused")), QStringList());
}

void TestReviewAllow::unusedAllowIsANote()
{
    const QList<ReviewFinding> findings = reviewMigration(
        migration(QStringLiteral("CREATE TABLE a (id int);\n-- tidemark:allow pg-set-not-null done by hand\n"),
                  QStringLiteral("DROP TABLE a;")),
        Postgres);
    QCOMPARE(placesOf(findings, QStringLiteral("allow-unused")), QStringList{"up:2"});
    QVERIFY(!anyFails(findings, RuleSeverity::Warning));
    QVERIFY(anyFails(findings, RuleSeverity::Note));
}

void TestReviewAllow::allowedFindingsNeverFail()
{
    const QList<ReviewFinding> findings
        = reviewMigration(migration(QStringLiteral("TRUNCATE sessions; -- tidemark:allow truncate sessions are "
                                                   "throwaway\n"),
                                    QStringLiteral("SELECT 1;")),
                          Postgres);
    QCOMPARE(placesOf(findings, QStringLiteral("truncate")), QStringList{"up:1 allowed"});
    QVERIFY(!anyFails(findings, RuleSeverity::Note));
    QVERIFY(!worstUnallowed(findings));
    const QList<ReviewFinding> unallowed = reviewMigration(migration(QStringLiteral("TRUNCATE s;"), QStringLiteral("SELECT 1;")), Postgres);
    QVERIFY(anyFails(unallowed, RuleSeverity::Error));
    QVERIFY(worstUnallowed(unallowed) == RuleSeverity::Error);
}

void TestReviewAllow::gooseLinesAreFileLines()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("20240101120000_orders.sql")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("-- tidemark:allow no-transaction-mixed the index needs its own transaction, we know\n" // 1
               "-- +goose NO TRANSACTION\n"                                                       // 2
               "-- +goose Up\n"                                                                   // 3
               "CREATE TABLE t (id int);\n"                                                       // 4
               "\n"                                                                               // 5
               "-- +goose StatementBegin\n"                                                       // 6
               "CREATE INDEX CONCURRENTLY t_id\n"                                                 // 7
               "  ON orders (id);\n"                                                              // 8
               "-- +goose StatementEnd\n"                                                         // 9
               "DROP TABLE legacy;\n"                                                             // 10
               "-- +goose Down\n"                                                                 // 11
               "SELECT 1;\n"                                                                      // 12
               "DROP TABLE t;\n");                                                                // 13
    file.close();
    const Catalog catalog = conventionByName(QStringLiteral("goose"))->read(dir.path());
    QCOMPARE(catalog.migrations.size(), 1);
    const QList<ReviewFinding> findings = reviewCatalog(catalog, Postgres, dir.path());
    const QString f = QStringLiteral("20240101120000_orders.sql");
    QCOMPARE(placesOf(findings, QStringLiteral("drop-table")), QStringList{f + QStringLiteral(":10")});
    QCOMPARE(placesOf(findings, QStringLiteral("no-transaction-mixed")), QStringList{f + QStringLiteral(":7 allowed")});
    QCOMPARE(placesOf(findings, QStringLiteral("pg-index-not-concurrent")), QStringList());
    for (const ReviewFinding &finding : findings)
        if (finding.rule == RuleId::NoTransactionMixed) {
            QCOMPARE(finding.endLine, 8);
            QCOMPARE(finding.allowLine, 1); // outside the sections: read from the whole file
            QCOMPARE(finding.version.toString(), QStringLiteral("20240101120000"));
        }
    // The same migration on its own, without the whole file: the header's allow is not seen.
    const QList<ReviewFinding> sectionsOnly = reviewMigration(catalog.migrations.constFirst(), Postgres);
    QCOMPARE(placesOf(sectionsOnly, QStringLiteral("no-transaction-mixed")), QStringList{f + QStringLiteral(":7")});
}

void TestReviewAllow::dbmateLinesAndHeaderAllow()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("20240101120000_orders.sql")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("-- migrate:up\n"                                         // 1
               "ALTER TABLE orders ADD COLUMN n int;\n"                  // 2
               "ALTER TABLE orders ALTER COLUMN n SET NOT NULL;\n"       // 3
               "\n"                                                      // 4
               "-- migrate:down\n"                                       // 5
               "-- tidemark:allow rename-in-use nothing reads it yet\n"  // 6
               "ALTER TABLE orders RENAME COLUMN n TO m;\n");            // 7
    file.close();
    const Catalog catalog = conventionByName(QStringLiteral("dbmate"))->read(dir.path());
    QCOMPARE(catalog.migrations.size(), 1);
    const QList<ReviewFinding> findings = reviewCatalog(catalog, Postgres, dir.path());
    const QString f = QStringLiteral("20240101120000_orders.sql");
    QCOMPARE(placesOf(findings, QStringLiteral("pg-set-not-null")), QStringList{f + QStringLiteral(":3")});
    QCOMPARE(placesOf(findings, QStringLiteral("rename-in-use")), QStringList{f + QStringLiteral(":7 allowed")});
    QCOMPARE(placesOf(findings, QStringLiteral("down-not-undo")), QStringList{f + QStringLiteral(":7")});
}

void TestReviewAllow::reviewCatalogKeepsMigrationOrder()
{
    Catalog catalog;
    for (int v : {1, 2, 3}) {
        Migration m = migration(QStringLiteral("DROP TABLE t%1;").arg(v), QStringLiteral("SELECT 1;"));
        m.version = Version({quint64(v)});
        catalog.migrations.append(m);
    }
    QStringList versions;
    for (const ReviewFinding &f : reviewCatalog(catalog, Sqlite, {}))
        if (f.rule == RuleId::DropTable)
            versions << f.version.toString() + u':' + f.message;
    QCOMPARE(versions, (QStringList{"1:drops table t1", "2:drops table t2", "3:drops table t3"}));
}

QTEST_GUILESS_MAIN(TestReviewAllow)
#include "tst_reviewallow.moc"
