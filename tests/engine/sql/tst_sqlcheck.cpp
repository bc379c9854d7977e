#include "sql/sqlcheck.h"

#include <QTest>

using namespace tidemark;

Q_DECLARE_METATYPE(tidemark::DatabaseKind)

namespace {

// "DropTable:products", one entry per hazard.
QStringList describe(const QList<SqlHazard> &hazards)
{
    static const char *const names[] = {"DropTable", "DropColumn", "DropSchema", "Truncate",
                                        "DeleteWithoutWhere", "UpdateWithoutWhere"};
    QStringList out;
    for (const SqlHazard &h : hazards)
        out << QString::fromLatin1(names[int(h.kind)]) + u':' + h.object;
    return out;
}

constexpr DatabaseKind Sqlite = DatabaseKind::Sqlite;
constexpr DatabaseKind Postgres = DatabaseKind::Postgres;
constexpr DatabaseKind MySql = DatabaseKind::MySql;

} // namespace

class TestSqlCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hazards_data();
    void hazards();
    void checksScript();
    void gooseBlockStatementsAreEachChecked();
    void reportsSplitError();
};

void TestSqlCheck::hazards_data()
{
    QTest::addColumn<DatabaseKind>("dialect");
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QStringList>("expected");

    auto row = [](const char *name, DatabaseKind d, const char *sql, QStringList expected) {
        QTest::newRow(name) << d << QByteArray(sql) << expected;
    };
    row("drop table", Sqlite, "DROP TABLE products", {"DropTable:products"});
    row("drop table if exists", Postgres, "drop table if exists public.orders, items cascade",
        {"DropTable:public.orders, items"});
    row("drop quoted", Postgres, "DROP TABLE \"Order Items\"", {"DropTable:\"Order Items\""});
    row("drop temporary table", MySql, "DROP TEMPORARY TABLE tmp_x", {});
    row("drop index", Sqlite, "DROP INDEX idx_customers_email", {});
    row("drop view", Postgres, "DROP VIEW order_totals", {});
    row("drop schema", Postgres, "DROP SCHEMA IF EXISTS staging CASCADE", {"DropSchema:staging"});
    row("drop database", MySql, "DROP DATABASE shop", {"DropSchema:shop"});
    row("drop column", Sqlite, "ALTER TABLE products DROP COLUMN stock", {"DropColumn:products.stock"});
    row("drop column without keyword", MySql, "ALTER TABLE `products` DROP `stock`",
        {"DropColumn:`products`.`stock`"});
    row("drop two columns", Postgres, "ALTER TABLE IF EXISTS ONLY t DROP COLUMN IF EXISTS a, DROP b, ADD c INT",
        {"DropColumn:t.a", "DropColumn:t.b"});
    row("drop constraint", Postgres, "ALTER TABLE t DROP CONSTRAINT t_check", {});
    row("drop default", Postgres, "ALTER TABLE t ALTER COLUMN c DROP DEFAULT", {});
    row("drop not null", Postgres, "ALTER TABLE t ALTER COLUMN c DROP NOT NULL", {});
    row("drop primary key", MySql, "ALTER TABLE t DROP PRIMARY KEY, DROP FOREIGN KEY fk_x, DROP INDEX i", {});
    row("truncate", Postgres, "TRUNCATE TABLE ONLY audit_log RESTART IDENTITY", {"Truncate:audit_log"});
    row("truncate short", MySql, "truncate sessions", {"Truncate:sessions"});
    row("delete without where", Sqlite, "DELETE FROM orders", {"DeleteWithoutWhere:orders"});
    row("delete with where", Sqlite, "DELETE FROM orders WHERE id IN (1, 2)", {});
    row("delete where only in subquery", Postgres,
        "DELETE FROM orders USING (SELECT id FROM x WHERE y) s", {"DeleteWithoutWhere:orders"});
    row("delete mysql modifiers", MySql, "DELETE LOW_PRIORITY QUICK FROM logs LIMIT 100",
        {"DeleteWithoutWhere:logs"});
    row("update without where", Postgres, "UPDATE products SET price_cents = price_cents * 2",
        {"UpdateWithoutWhere:products"});
    row("update with where", Postgres, "UPDATE products SET stock = 0 WHERE sku = 'BK-0001'", {});
    row("update or replace", Sqlite, "UPDATE OR REPLACE products SET stock = 0", {"UpdateWithoutWhere:products"});
    row("update with subquery where", MySql,
        "UPDATE products SET stock = (SELECT COUNT(*) FROM items WHERE items.p = products.id)",
        {"UpdateWithoutWhere:products"});
    row("with delete", Postgres, "WITH old AS (SELECT id FROM o WHERE t < now()) DELETE FROM o",
        {"DeleteWithoutWhere:o"});
    row("with delete where", Postgres,
        "WITH old AS (SELECT id FROM o) DELETE FROM o WHERE id IN (SELECT id FROM old)", {});
    row("with select", Postgres, "WITH x AS (DELETE FROM o RETURNING *) SELECT * FROM x", {});
    row("keyword in string", Sqlite, "INSERT INTO notes VALUES ('DROP TABLE products; DELETE FROM x')", {});
    row("keyword in comment", Sqlite, "-- DROP TABLE products\nSELECT 1", {});
    row("keyword in block comment", Postgres, "/* TRUNCATE orders */ SELECT 1", {});
    row("keyword in dollar body", Postgres,
        "CREATE FUNCTION f() RETURNS void AS $$ DELETE FROM orders $$ LANGUAGE sql", {});
    row("trigger body", Sqlite,
        "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET n = n + 1; DELETE FROM c; END", {});
    row("insert on conflict update", Postgres,
        "INSERT INTO t VALUES (1) ON CONFLICT (id) DO UPDATE SET n = 2", {});
    row("mysql on duplicate key", MySql, "INSERT INTO t VALUES (1) ON DUPLICATE KEY UPDATE n = 2", {});
    row("select", Sqlite, "SELECT * FROM orders", {});
    row("comment before statement", Sqlite, "/* cleanup */ DELETE FROM sessions", {"DeleteWithoutWhere:sessions"});
    row("hash comment mysql", MySql, "# old\nDROP TABLE legacy", {"DropTable:legacy"});
    row("empty", Sqlite, "", {});
}

void TestSqlCheck::hazards()
{
    QFETCH(DatabaseKind, dialect);
    QFETCH(QByteArray, sql);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(findSqlHazards(sql, dialect)), expected);
}

void TestSqlCheck::checksScript()
{
    const QString script = QStringLiteral(
        "-- Remove the old column\n"
        "ALTER TABLE products DROP COLUMN stock;\n"
        "\n"
        "CREATE INDEX CONCURRENTLY idx_a ON a (x);\n"
        "UPDATE products\n"
        "   SET title = upper(title);\n"
        "INSERT INTO log VALUES ('DROP TABLE x');\n");
    const SqlCheckResult result = checkMigrationSql(script, DatabaseKind::Postgres);
    QVERIFY(result.ok());
    QCOMPARE(result.statements.size(), 4);
    QCOMPARE(result.statements.at(0).line, 2);
    QCOMPARE(describe(result.statements.at(0).hazards), QStringList{"DropColumn:products.stock"});
    QCOMPARE(result.statements.at(1).line, 4);
    QVERIFY(result.statements.at(1).noTransaction);
    QVERIFY(result.statements.at(1).hazards.isEmpty());
    QCOMPARE(result.statements.at(2).line, 5);
    QCOMPARE(result.statements.at(2).lastLine, 6);
    QCOMPARE(result.statements.at(2).summary, QStringLiteral("UPDATE products \u2026"));
    QCOMPARE(describe(result.statements.at(2).hazards), QStringList{"UpdateWithoutWhere:products"});
    QVERIFY(result.statements.at(3).hazards.isEmpty());
    QCOMPARE(result.hazardCount(), 2);
    QCOMPARE(result.noTransactionCount(), 1);
    QCOMPARE(describeSqlHazard(result.statements.at(2).hazards.first()),
             QStringLiteral("updates every row of products (UPDATE without WHERE)"));
}

void TestSqlCheck::gooseBlockStatementsAreEachChecked()
{
    const QString script = QStringLiteral(
        "-- +goose Up\n"
        "-- +goose StatementBegin\n"
        "DELETE FROM sessions;\n"
        "UPDATE users SET active = 0 WHERE last_seen < '2020-01-01';\n"
        "-- +goose StatementEnd\n"
        "DROP TABLE legacy;\n");
    const SqlCheckResult result = checkMigrationSql(script, DatabaseKind::Sqlite);
    QVERIFY(result.ok());
    QCOMPARE(result.statements.size(), 3);
    QCOMPARE(result.statements.at(0).line, 3);
    QCOMPARE(describe(result.statements.at(0).hazards), QStringList{"DeleteWithoutWhere:sessions"});
    QCOMPARE(result.statements.at(1).line, 4);
    QVERIFY(result.statements.at(1).hazards.isEmpty());
    QCOMPARE(describe(result.statements.at(2).hazards), QStringList{"DropTable:legacy"});
}

void TestSqlCheck::reportsSplitError()
{
    const SqlCheckResult result = checkMigrationSql(QStringLiteral("SELECT 1;\nSELECT 'open\n"), DatabaseKind::Sqlite);
    QVERIFY(!result.ok());
    QCOMPARE(result.errorLine, 2);
    QCOMPARE(result.statements.size(), 1);
}

QTEST_GUILESS_MAIN(TestSqlCheck)
#include "tst_sqlcheck.moc"
