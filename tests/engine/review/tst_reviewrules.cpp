// The review rules on scripts that must make them fire, and on scripts that must not: the same words in a
// comment, a string, a quoted identifier, a dollar-quoted or trigger body, on a table the migration has just
// created, already done the safe way; the messages, and the registry itself. The allow comments and the lines
// in goose and dbmate files are in tst_reviewallow.
#include "reviewtesthelpers.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace tidemark;
using namespace tidemark::test;

Q_DECLARE_METATYPE(tidemark::DatabaseKind)

class TestReviewRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void everyRuleHasCasesBothWays();
    void messagesNameTheObject_data();
    void messagesNameTheObject();
    void registryIsInOrderAndUnique();
    void repeatableAndBaselineNeedNoDown();

private:
    QSet<QString> m_fired;    // rules with a row that fires
    QSet<QString> m_silent;   // rules with a row that must not fire
};

void TestReviewRules::rules_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<DatabaseKind>("dialect");
    QTest::addColumn<QString>("up");
    QTest::addColumn<QString>("down");
    QTest::addColumn<QStringList>("expected");

    const auto row = [](const char *name, const char *rule, DatabaseKind d, const char *up, const char *down,
                        QStringList expected) {
        QTest::newRow(name) << QString::fromLatin1(rule) << d << QString::fromUtf8(up)
                            << (down ? QString::fromUtf8(down) : QString()) << expected;
    };
    const char *none = nullptr;
    const char *anyDown = "SELECT 1;\n";

    // drop-table
    row("drop-table fires", "drop-table", Sqlite, "DROP TABLE products;\n", anyDown, {"up:1"});
    row("drop-table if exists, list", "drop-table", Postgres, "SELECT 1;\nDROP TABLE IF EXISTS a, b CASCADE;\n", anyDown, {"up:2"});
    row("drop-table quoted name", "drop-table", Postgres, "DROP TABLE \"Order Items\";\n", anyDown, {"up:1"});
    row("drop-table in a comment", "drop-table", Sqlite, "-- DROP TABLE products;\nSELECT 1;\n", anyDown, {});
    row("drop-table in a block comment", "drop-table", Postgres, "/* DROP TABLE products; */ SELECT 1;\n", anyDown, {});
    row("drop-table in a string", "drop-table", MySql, "INSERT INTO notes VALUES ('DROP TABLE products');\n", anyDown, {});
    row("drop-table as a quoted identifier", "drop-table", Postgres, "CREATE TABLE \"DROP TABLE x\" (id int);\n", anyDown, {});
    row("drop-table in a dollar body", "drop-table", Postgres,
        "CREATE FUNCTION f() RETURNS void AS $$ BEGIN DROP TABLE x; END $$ LANGUAGE plpgsql;\n", anyDown, {});
    row("drop-table temporary", "drop-table", MySql, "DROP TEMPORARY TABLE t;\n", anyDown, {});
    row("drop-table down undoes the up", "drop-table", Sqlite, "CREATE TABLE t (id INTEGER);\n", "DROP TABLE t;\n", {});
    row("drop-table down drops another table", "drop-table", Sqlite, "CREATE TABLE t (id INTEGER);\n",
        "DROP TABLE t;\nDROP TABLE customers;\n", {"down:2"});
    row("drop-table down drops one more in a list", "drop-table", Postgres, "CREATE TABLE t (id int);\n", "DROP TABLE t, u;\n", {"down:1"});

    // drop-column
    row("drop-column fires", "drop-column", Sqlite, "ALTER TABLE products DROP COLUMN stock;\n", anyDown, {"up:1"});
    row("drop-column mysql without COLUMN", "drop-column", MySql, "ALTER TABLE `p` DROP `stock`;\n", anyDown, {"up:1"});
    row("drop-column constraint is no column", "drop-column", Postgres, "ALTER TABLE p DROP CONSTRAINT p_check;\n", anyDown, {});
    row("drop-column not null is no column", "drop-column", Postgres, "ALTER TABLE p ALTER COLUMN c DROP NOT NULL;\n", anyDown, {});
    row("drop-column in a comment", "drop-column", MySql, "# ALTER TABLE p DROP c;\nSELECT 1;\n", anyDown, {});
    row("drop-column down undoes ADD COLUMN", "drop-column", Postgres, "ALTER TABLE t ADD COLUMN note text;\n",
        "ALTER TABLE t DROP COLUMN note;\n", {});
    row("drop-column down drops an older column", "drop-column", Postgres, "ALTER TABLE t ADD COLUMN note text;\n",
        "ALTER TABLE t DROP COLUMN note, DROP COLUMN title;\n", {"down:1"});

    // drop-schema
    row("drop-schema fires", "drop-schema", Postgres, "DROP SCHEMA IF EXISTS staging CASCADE;\n", anyDown, {"up:1"});
    row("drop-schema database", "drop-schema", MySql, "DROP DATABASE shop;\n", anyDown, {"up:1"});
    row("drop-schema in a block comment", "drop-schema", Postgres, "/* DROP SCHEMA s */ SELECT 1;\n", anyDown, {});
    row("drop-schema down undoes CREATE SCHEMA", "drop-schema", Postgres, "CREATE SCHEMA staging;\n",
        "DROP SCHEMA staging CASCADE;\n", {});

    // truncate
    row("truncate fires", "truncate", Postgres, "TRUNCATE TABLE ONLY audit_log;\n", anyDown, {"up:1"});
    row("truncate in a string", "truncate", Sqlite, "INSERT INTO n VALUES ('TRUNCATE x');\n", anyDown, {});
    row("truncate in a dollar body", "truncate", Postgres,
        "CREATE FUNCTION f() RETURNS void LANGUAGE sql AS $body$ TRUNCATE x $body$;\n", anyDown, {});

    // delete-without-where
    row("delete-without-where fires", "delete-without-where", Sqlite, "DELETE FROM orders;\n", anyDown, {"up:1"});
    row("delete-without-where WITH", "delete-without-where", Postgres, "WITH o AS (SELECT 1) DELETE FROM orders;\n", anyDown, {"up:1"});
    row("delete-without-where has WHERE", "delete-without-where", Sqlite, "DELETE FROM orders WHERE id = 1;\n", anyDown, {});
    row("delete-without-where in a trigger body", "delete-without-where", Sqlite,
        "CREATE TRIGGER t AFTER INSERT ON a BEGIN DELETE FROM c; END;\n", anyDown, {});
    row("delete-without-where in a mysql trigger", "delete-without-where", MySql,
        "CREATE TRIGGER t AFTER INSERT ON a FOR EACH ROW BEGIN DELETE FROM c; END;\n", anyDown, {});
    row("delete-without-where down of a seeded table", "delete-without-where", Postgres,
        "CREATE TABLE kinds (id int);\nINSERT INTO kinds VALUES (1);\n", "DELETE FROM kinds;\nDROP TABLE kinds;\n", {});

    // update-without-where
    row("update-without-where fires", "update-without-where", Postgres, "UPDATE products SET price = price * 2;\n", anyDown, {"up:1"});
    row("update-without-where has WHERE", "update-without-where", Postgres, "UPDATE products SET s = 0 WHERE id = 1;\n", anyDown, {});
    row("update-without-where on duplicate key", "update-without-where", MySql,
        "INSERT INTO t VALUES (1) ON DUPLICATE KEY UPDATE n = 2;\n", anyDown, {});
    row("update-without-where in a dollar body", "update-without-where", Postgres,
        "DO $$ BEGIN UPDATE t SET a = 1; END $$;\n", anyDown, {});

    // no-down
    row("no-down fires", "no-down", Sqlite, "\nCREATE TABLE a (id INTEGER);\n", none, {"up:2"});
    row("no-down with a down", "no-down", Sqlite, "CREATE TABLE a (id INTEGER);\n", "DROP TABLE a;\n", {});

    // empty-down
    row("empty-down fires", "empty-down", Postgres, "CREATE TABLE a (id int);\n", "-- nothing to undo\n", {"down:1"});
    row("empty-down statement only in a comment", "empty-down", Postgres, "CREATE TABLE a (id int);\n",
        "-- DROP TABLE a;\n/* DROP TABLE a; */\n", {"down:1"});
    row("empty-down has a statement", "empty-down", Postgres, "CREATE TABLE a (id int);\n", "DROP TABLE a;\n", {});
    row("empty-down without a down", "empty-down", Postgres, "CREATE TABLE a (id int);\n", none, {});

    // down-not-undo
    row("down-not-undo table", "down-not-undo", Sqlite, "CREATE TABLE a (id INTEGER);\n", "\nDROP TABLE b;\n", {"down:2"});
    row("down-not-undo index", "down-not-undo", Postgres, "CREATE INDEX a_c ON a (c);\n", "SELECT 1;\n", {"down:1"});
    row("down-not-undo column", "down-not-undo", MySql, "ALTER TABLE a ADD COLUMN c INT, ADD COLUMN d INT;\n",
        "ALTER TABLE a DROP COLUMN c;\n", {"down:1"});
    row("down-not-undo view", "down-not-undo", Postgres, "CREATE VIEW v AS SELECT 1;\n", "DROP VIEW w;\n", {"down:1"});
    row("down-not-undo drop only in a comment", "down-not-undo", Sqlite, "CREATE TABLE a (id INTEGER);\n",
        "-- DROP TABLE a;\nSELECT 1;\n", {"down:2"});
    row("down-not-undo dropped", "down-not-undo", Sqlite, "CREATE TABLE a (id INTEGER);\n", "DROP TABLE a;\n", {});
    row("down-not-undo dropped in a list", "down-not-undo", Postgres, "CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n",
        "DROP TABLE b, a;\n", {});
    row("down-not-undo column gone with its table", "down-not-undo", Sqlite, "ALTER TABLE t ADD COLUMN c TEXT;\n",
        "CREATE TABLE t_new (id INTEGER);\nINSERT INTO t_new SELECT id FROM t;\nDROP TABLE t;\nALTER TABLE t_new RENAME TO t;\n", {});
    row("down-not-undo index dropped mysql style", "down-not-undo", MySql, "CREATE INDEX i ON t (c);\n",
        "ALTER TABLE t DROP INDEX i;\n", {});
    row("down-not-undo index gone with its column", "down-not-undo", Postgres,
        "ALTER TABLE users ADD COLUMN ldap_id TEXT;\nCREATE UNIQUE INDEX users_ldap ON users (ldap_id);\n",
        "ALTER TABLE users DROP COLUMN ldap_id;\n", {});
    row("down-not-undo mysql index keeps its other column", "down-not-undo", MySql,
        "ALTER TABLE t ADD COLUMN a INT;\nCREATE INDEX t_ab ON t (a, b);\n", "ALTER TABLE t DROP COLUMN a;\n", {"down:1"});
    row("down-not-undo quoted name folds", "down-not-undo", Postgres, "CREATE TABLE Orders (id int);\n",
        "DROP TABLE \"orders\";\n", {});
    row("down-not-undo temporary table", "down-not-undo", Postgres, "CREATE TEMP TABLE scratch (id int);\n", "SELECT 1;\n", {});
    row("down-not-undo or replace", "down-not-undo", Postgres, "CREATE OR REPLACE VIEW v AS SELECT 2;\n",
        "CREATE OR REPLACE VIEW v AS SELECT 1;\n", {});
    row("down-not-undo dropped by the up itself", "down-not-undo", Sqlite,
        "CREATE TABLE tmp (id INTEGER);\nDROP TABLE tmp;\n", "SELECT 1;\n", {});
    row("down-not-undo create in a string", "down-not-undo", Sqlite,
        "INSERT INTO n VALUES ('CREATE TABLE y (id INTEGER)');\n", "SELECT 1;\n", {});

    // pg-index-not-concurrent
    row("pg-index-not-concurrent fires", "pg-index-not-concurrent", Postgres, "CREATE INDEX orders_c ON orders (c);\n", anyDown, {"up:1"});
    row("pg-index-not-concurrent unique, unnamed", "pg-index-not-concurrent", Postgres,
        "CREATE UNIQUE INDEX ON ONLY public.orders (c);\n", anyDown, {"up:1"});
    row("pg-index-not-concurrent in the down", "pg-index-not-concurrent", Postgres, "SELECT 1;\n",
        "CREATE INDEX i ON orders (c);\n", {"down:1"});
    row("pg-index-not-concurrent concurrently", "pg-index-not-concurrent", Postgres,
        "CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON orders (c);\n", anyDown, {});
    row("pg-index-not-concurrent new table", "pg-index-not-concurrent", Postgres,
        "CREATE TABLE orders (c int);\nCREATE INDEX i ON orders (c);\n", anyDown, {});
    row("pg-index-not-concurrent new table qualified", "pg-index-not-concurrent", Postgres,
        "CREATE TABLE IF NOT EXISTS shop.orders (c int);\nCREATE INDEX i ON shop.orders (c);\n", anyDown, {});
    row("pg-index-not-concurrent in a comment", "pg-index-not-concurrent", Postgres,
        "-- CREATE INDEX i ON orders (c);\nSELECT 1;\n", anyDown, {});
    row("pg-index-not-concurrent in a dollar body", "pg-index-not-concurrent", Postgres,
        "DO $$ BEGIN EXECUTE 'CREATE INDEX i ON orders (c)'; END $$;\n", anyDown, {});
    row("pg-index-not-concurrent not on sqlite", "pg-index-not-concurrent", Sqlite, "CREATE INDEX i ON orders (c);\n", anyDown, {});

    // pg-volatile-default
    row("pg-volatile-default gen_random_uuid", "pg-volatile-default", Postgres,
        "ALTER TABLE orders ADD COLUMN ref uuid NOT NULL DEFAULT gen_random_uuid();\n", anyDown, {"up:1"});
    row("pg-volatile-default qualified random", "pg-volatile-default", Postgres,
        "ALTER TABLE orders ADD r float DEFAULT (pg_catalog.random() * 10);\n", anyDown, {"up:1"});
    row("pg-volatile-default clock_timestamp", "pg-volatile-default", Postgres,
        "ALTER TABLE orders ADD COLUMN IF NOT EXISTS t timestamptz DEFAULT clock_timestamp();\n", anyDown, {"up:1"});
    row("pg-volatile-default nextval", "pg-volatile-default", Postgres,
        "ALTER TABLE orders ADD COLUMN n bigint DEFAULT nextval('orders_n_seq');\n", anyDown, {"up:1"});
    row("pg-volatile-default bigserial", "pg-volatile-default", Postgres, "ALTER TABLE orders ADD COLUMN n bigserial;\n", anyDown, {"up:1"});
    row("pg-volatile-default identity", "pg-volatile-default", Postgres,
        "ALTER TABLE orders ADD COLUMN n bigint GENERATED ALWAYS AS IDENTITY;\n", anyDown, {"up:1"});
    row("pg-volatile-default second action", "pg-volatile-default", Postgres,
        "ALTER TABLE orders ADD COLUMN a int,\n  ADD COLUMN b uuid DEFAULT uuid_generate_v4();\n", anyDown, {"up:1"});
    row("pg-volatile-default now() is stable", "pg-volatile-default", Postgres,
        "ALTER TABLE orders ADD COLUMN t timestamptz NOT NULL DEFAULT now();\n", anyDown, {});
    row("pg-volatile-default current_timestamp", "pg-volatile-default", Postgres,
        "ALTER TABLE orders ADD COLUMN t timestamptz DEFAULT CURRENT_TIMESTAMP;\n", anyDown, {});
    row("pg-volatile-default constant", "pg-volatile-default", Postgres, "ALTER TABLE orders ADD COLUMN n int DEFAULT 0;\n", anyDown, {});
    row("pg-volatile-default in a string", "pg-volatile-default", Postgres,
        "ALTER TABLE orders ADD COLUMN n text DEFAULT 'random()';\n", anyDown, {});
    row("pg-volatile-default SET DEFAULT", "pg-volatile-default", Postgres,
        "ALTER TABLE orders ALTER COLUMN n SET DEFAULT random();\n", anyDown, {});
    row("pg-volatile-default new table", "pg-volatile-default", Postgres,
        "CREATE TABLE orders (id int);\nALTER TABLE orders ADD COLUMN ref uuid DEFAULT gen_random_uuid();\n", anyDown, {});
    row("pg-volatile-default in a comment", "pg-volatile-default", Postgres,
        "ALTER TABLE orders ADD COLUMN n int -- DEFAULT random()\n;\n", anyDown, {});

    // pg-set-not-null
    row("pg-set-not-null fires", "pg-set-not-null", Postgres, "ALTER TABLE orders ALTER COLUMN note SET NOT NULL;\n", anyDown, {"up:1"});
    row("pg-set-not-null without COLUMN", "pg-set-not-null", Postgres, "ALTER TABLE orders ALTER note SET NOT NULL;\n", anyDown, {"up:1"});
    row("pg-set-not-null check not valid yet", "pg-set-not-null", Postgres,
        "ALTER TABLE orders ADD CONSTRAINT nn CHECK (note IS NOT NULL) NOT VALID;\n"
        "ALTER TABLE orders ALTER COLUMN note SET NOT NULL;\n", anyDown, {"up:2"});
    row("pg-set-not-null check on another column", "pg-set-not-null", Postgres,
        "ALTER TABLE orders ADD CONSTRAINT nn CHECK (title IS NOT NULL);\n"
        "ALTER TABLE orders ALTER COLUMN note SET NOT NULL;\n", anyDown, {"up:2"});
    row("pg-set-not-null check after it", "pg-set-not-null", Postgres,
        "ALTER TABLE orders ALTER COLUMN note SET NOT NULL;\n"
        "ALTER TABLE orders ADD CONSTRAINT nn CHECK (note IS NOT NULL);\n", anyDown, {"up:1"});
    row("pg-set-not-null validated check", "pg-set-not-null", Postgres,
        "ALTER TABLE orders ADD CONSTRAINT nn CHECK (note IS NOT NULL);\n"
        "ALTER TABLE orders ALTER COLUMN note SET NOT NULL;\n", anyDown, {});
    row("pg-set-not-null not valid then validate", "pg-set-not-null", Postgres,
        "ALTER TABLE orders ADD CONSTRAINT nn CHECK (note IS NOT NULL) NOT VALID;\n"
        "ALTER TABLE orders VALIDATE CONSTRAINT nn;\n"
        "ALTER TABLE orders ALTER COLUMN note SET NOT NULL;\n", anyDown, {});
    row("pg-set-not-null validate of an earlier migration's check", "pg-set-not-null", Postgres,
        "ALTER TABLE orders VALIDATE CONSTRAINT orders_note_nn;\nALTER TABLE orders ALTER COLUMN note SET NOT NULL;\n", anyDown, {});
    row("pg-set-not-null new table", "pg-set-not-null", Postgres,
        "CREATE TABLE orders (note text);\nALTER TABLE orders ALTER COLUMN note SET NOT NULL;\n", anyDown, {});
    row("pg-set-not-null drop not null", "pg-set-not-null", Postgres, "ALTER TABLE orders ALTER COLUMN note DROP NOT NULL;\n", anyDown, {});
    row("pg-set-not-null in a dollar body", "pg-set-not-null", Postgres,
        "DO $x$ BEGIN ALTER TABLE orders ALTER COLUMN note SET NOT NULL; END $x$;\n", anyDown, {});

    // pg-alter-type-rewrite
    row("pg-alter-type-rewrite bigint", "pg-alter-type-rewrite", Postgres, "ALTER TABLE orders ALTER COLUMN n TYPE bigint;\n", anyDown, {"up:1"});
    row("pg-alter-type-rewrite varchar with length", "pg-alter-type-rewrite", Postgres,
        "ALTER TABLE orders ALTER COLUMN note TYPE varchar(20);\n", anyDown, {"up:1"});
    row("pg-alter-type-rewrite set data type", "pg-alter-type-rewrite", Postgres,
        "ALTER TABLE orders ALTER COLUMN p SET DATA TYPE numeric(10, 2);\n", anyDown, {"up:1"});
    row("pg-alter-type-rewrite text with USING", "pg-alter-type-rewrite", Postgres,
        "ALTER TABLE orders ALTER COLUMN n TYPE text USING n::text;\n", anyDown, {"up:1"});
    row("pg-alter-type-rewrite text", "pg-alter-type-rewrite", Postgres, "ALTER TABLE orders ALTER COLUMN note TYPE text;\n", anyDown, {});
    row("pg-alter-type-rewrite varchar", "pg-alter-type-rewrite", Postgres,
        "ALTER TABLE orders ALTER note TYPE VARCHAR COLLATE \"C\";\n", anyDown, {});
    row("pg-alter-type-rewrite character varying", "pg-alter-type-rewrite", Postgres,
        "ALTER TABLE orders ALTER COLUMN note SET DATA TYPE character varying;\n", anyDown, {});
    row("pg-alter-type-rewrite new table", "pg-alter-type-rewrite", Postgres,
        "CREATE TABLE orders (n int);\nALTER TABLE orders ALTER COLUMN n TYPE bigint;\n", anyDown, {});
    row("pg-alter-type-rewrite in a comment", "pg-alter-type-rewrite", Postgres,
        "/* ALTER TABLE orders ALTER COLUMN n TYPE bigint; */ SELECT 1;\n", anyDown, {});

    // pg-constraint-not-valid
    row("pg-constraint-not-valid foreign key", "pg-constraint-not-valid", Postgres,
        "ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES customers (id);\n", anyDown, {"up:1"});
    row("pg-constraint-not-valid check", "pg-constraint-not-valid", Postgres,
        "ALTER TABLE orders ADD CHECK (total >= 0);\n", anyDown, {"up:1"});
    row("pg-constraint-not-valid not valid", "pg-constraint-not-valid", Postgres,
        "ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES customers (id) NOT VALID;\n", anyDown, {});
    row("pg-constraint-not-valid validate", "pg-constraint-not-valid", Postgres,
        "ALTER TABLE orders VALIDATE CONSTRAINT fk;\n", anyDown, {});
    row("pg-constraint-not-valid unique", "pg-constraint-not-valid", Postgres,
        "ALTER TABLE orders ADD CONSTRAINT u UNIQUE (ref);\n", anyDown, {});
    row("pg-constraint-not-valid new table", "pg-constraint-not-valid", Postgres,
        "CREATE TABLE orders (c int);\nALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES customers (id);\n", anyDown, {});
    row("pg-constraint-not-valid in a string", "pg-constraint-not-valid", Postgres,
        "COMMENT ON TABLE orders IS 'ALTER TABLE orders ADD CHECK (x > 0)';\n", anyDown, {});

    // mysql-alter-copies-table
    row("mysql-alter-copies-table modify", "mysql-alter-copies-table", MySql, "ALTER TABLE orders MODIFY c BIGINT;\n", anyDown, {"up:1"});
    row("mysql-alter-copies-table change", "mysql-alter-copies-table", MySql,
        "ALTER TABLE orders ADD COLUMN x INT, CHANGE COLUMN a a BIGINT NOT NULL;\n", anyDown, {"up:1"});
    row("mysql-alter-copies-table add primary key", "mysql-alter-copies-table", MySql,
        "ALTER TABLE orders ADD CONSTRAINT PRIMARY KEY (id);\n", anyDown, {"up:1"});
    row("mysql-alter-copies-table drop primary key", "mysql-alter-copies-table", MySql, "ALTER TABLE orders DROP PRIMARY KEY;\n", anyDown, {"up:1"});
    row("mysql-alter-copies-table convert", "mysql-alter-copies-table", MySql,
        "ALTER TABLE orders CONVERT TO CHARACTER SET utf8mb4;\n", anyDown, {"up:1"});
    row("mysql-alter-copies-table engine", "mysql-alter-copies-table", MySql, "ALTER TABLE orders ENGINE=InnoDB;\n", anyDown, {"up:1"});
    row("mysql-alter-copies-table force", "mysql-alter-copies-table", MySql, "ALTER TABLE orders FORCE;\n", anyDown, {"up:1"});
    row("mysql-alter-copies-table with algorithm", "mysql-alter-copies-table", MySql,
        "ALTER TABLE orders MODIFY c BIGINT, ALGORITHM=COPY;\n", anyDown, {});
    row("mysql-alter-copies-table with lock", "mysql-alter-copies-table", MySql,
        "ALTER TABLE orders ADD PRIMARY KEY (id), LOCK=NONE;\n", anyDown, {});
    row("mysql-alter-copies-table instant add", "mysql-alter-copies-table", MySql, "ALTER TABLE orders ADD COLUMN c INT;\n", anyDown, {});
    row("mysql-alter-copies-table new table", "mysql-alter-copies-table", MySql,
        "CREATE TABLE orders (c INT);\nALTER TABLE orders MODIFY c BIGINT;\n", anyDown, {});
    row("mysql-alter-copies-table in a comment", "mysql-alter-copies-table", MySql,
        "-- ALTER TABLE orders MODIFY c BIGINT;\nSELECT 1;\n", anyDown, {});
    row("mysql-alter-copies-table in a procedure body", "mysql-alter-copies-table", MySql,
        "CREATE PROCEDURE p() BEGIN ALTER TABLE orders MODIFY c BIGINT; END;\n", anyDown, {});
    row("mysql-alter-copies-table not on postgres", "mysql-alter-copies-table", Postgres,
        "ALTER TABLE orders ALTER COLUMN c TYPE bigint;\n", anyDown, {});

    // rename-in-use
    row("rename-in-use table", "rename-in-use", Postgres, "ALTER TABLE orders RENAME TO purchases;\n", anyDown, {"up:1"});
    row("rename-in-use column", "rename-in-use", Sqlite, "ALTER TABLE orders RENAME COLUMN note TO comment;\n", anyDown, {"up:1"});
    row("rename-in-use postgres column without COLUMN", "rename-in-use", Postgres,
        "ALTER TABLE orders RENAME note TO comment;\n", anyDown, {"up:1"});
    row("rename-in-use mysql rename table", "rename-in-use", MySql, "RENAME TABLE a TO b, c TO d;\n", anyDown, {"up:1", "up:1"});
    row("rename-in-use mysql change", "rename-in-use", MySql, "ALTER TABLE orders CHANGE note comment TEXT;\n", anyDown, {"up:1"});
    row("rename-in-use view", "rename-in-use", Postgres, "ALTER VIEW totals RENAME TO order_totals;\n", anyDown, {"up:1"});
    row("rename-in-use in the down", "rename-in-use", Postgres, "SELECT 1;\n", "ALTER TABLE a RENAME TO b;\n", {"down:1"});
    row("rename-in-use down renames back", "rename-in-use", Postgres, "ALTER TABLE a RENAME TO b;\n",
        "ALTER TABLE b RENAME TO a;\n", {"up:1"});
    row("rename-in-use index", "rename-in-use", Postgres, "ALTER INDEX i RENAME TO j;\n", anyDown, {});
    row("rename-in-use constraint", "rename-in-use", Postgres, "ALTER TABLE t RENAME CONSTRAINT a TO b;\n", anyDown, {});
    row("rename-in-use mysql change keeps the name", "rename-in-use", MySql, "ALTER TABLE t CHANGE c c BIGINT;\n", anyDown, {});
    row("rename-in-use new table", "rename-in-use", Sqlite,
        "CREATE TABLE t_new (id INTEGER);\nALTER TABLE t_new RENAME TO t2;\n", anyDown, {});
    row("rename-in-use new column", "rename-in-use", Postgres,
        "ALTER TABLE t ADD COLUMN tmp int;\nALTER TABLE t RENAME COLUMN tmp TO total;\n", anyDown, {});
    row("rename-in-use in a string", "rename-in-use", Postgres,
        "INSERT INTO log VALUES ('ALTER TABLE a RENAME TO b');\n", anyDown, {});

    // no-transaction
    row("no-transaction concurrently alone", "no-transaction", Postgres,
        "CREATE INDEX CONCURRENTLY i ON orders (c);\n", anyDown, {"up:1"});
    row("no-transaction vacuum", "no-transaction", Sqlite, "VACUUM;\n", anyDown, {"up:1"});
    row("no-transaction with others is mixed", "no-transaction", Postgres,
        "SELECT 1;\nCREATE INDEX CONCURRENTLY i ON orders (c);\n", anyDown, {});
    row("no-transaction in a comment", "no-transaction", Postgres, "-- VACUUM;\nSELECT 1;\n", anyDown, {});
    row("no-transaction enum value unused", "no-transaction", Postgres, "ALTER TYPE mood ADD VALUE 'calm';\n", anyDown, {});
    row("no-transaction not on mysql", "no-transaction", MySql, "CREATE INDEX i ON orders (c);\n", anyDown, {});

    // no-transaction-mixed
    row("no-transaction-mixed fires", "no-transaction-mixed", Postgres,
        "CREATE TABLE a (id int);\nCREATE INDEX CONCURRENTLY i ON orders (c);\n", anyDown, {"up:2"});
    row("no-transaction-mixed enum value used", "no-transaction-mixed", Postgres,
        "ALTER TYPE mood ADD VALUE 'calm';\nUPDATE people SET m = 'calm' WHERE id = 1;\n", anyDown, {"up:1"});
    row("no-transaction-mixed in the down", "no-transaction-mixed", Postgres, "SELECT 1;\n",
        "DROP INDEX CONCURRENTLY i;\nDROP TABLE a;\n", {"down:1"});
    row("no-transaction-mixed enum value unused", "no-transaction-mixed", Postgres,
        "ALTER TYPE mood ADD VALUE 'calm';\nALTER TABLE p ADD COLUMN x int;\n", anyDown, {});
    row("no-transaction-mixed alone", "no-transaction-mixed", Postgres, "CREATE INDEX CONCURRENTLY i ON orders (c);\n", anyDown, {});
    row("no-transaction-mixed in a string", "no-transaction-mixed", Postgres,
        "SELECT 1;\nINSERT INTO n VALUES ('CREATE INDEX CONCURRENTLY i ON o (c)');\n", anyDown, {});

    // ddl-with-dml
    row("ddl-with-dml backfill", "ddl-with-dml", Postgres,
        "ALTER TABLE orders ADD COLUMN total int;\nUPDATE orders SET total = 0 WHERE total IS NULL;\n", anyDown, {"up:2"});
    row("ddl-with-dml mysql insert", "ddl-with-dml", MySql,
        "INSERT INTO settings VALUES ('a', 1);\nALTER TABLE orders ADD COLUMN x INT;\n", anyDown, {"up:1"});
    row("ddl-with-dml with delete", "ddl-with-dml", Postgres,
        "DROP INDEX i;\nWITH old AS (SELECT id FROM o) DELETE FROM o WHERE id IN (SELECT id FROM old);\n", anyDown, {"up:2"});
    row("ddl-with-dml seeding a new table", "ddl-with-dml", Sqlite,
        "CREATE TABLE kinds (id INTEGER, name TEXT);\nINSERT INTO kinds VALUES (1, 'a');\n", anyDown, {});
    row("ddl-with-dml dml in a trigger body", "ddl-with-dml", Sqlite,
        "CREATE TABLE a (id INTEGER);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET n = n + 1; END;\n", anyDown, {});
    row("ddl-with-dml dml in a function body", "ddl-with-dml", Postgres,
        "CREATE FUNCTION f() RETURNS void AS $$ INSERT INTO log VALUES (1) $$ LANGUAGE sql;\n", anyDown, {});
    row("ddl-with-dml dml only", "ddl-with-dml", Postgres, "UPDATE o SET a = 1 WHERE b;\nDELETE FROM o WHERE c;\n", anyDown, {});
    row("ddl-with-dml dml in a comment", "ddl-with-dml", MySql, "ALTER TABLE o ADD x INT;\n-- UPDATE o SET x = 1;\n", anyDown, {});

    // unreadable-script
    row("unreadable-script fires", "unreadable-script", Postgres, "SELECT 1;\nSELECT 'never closed;\n", anyDown, {"up:2"});
    row("unreadable-script quotes closed", "unreadable-script", Postgres, "SELECT 'it''s';\n", anyDown, {});
}

void TestReviewRules::rules()
{
    QFETCH(QString, rule);
    QFETCH(DatabaseKind, dialect);
    QFETCH(QString, up);
    QFETCH(QString, down);
    QFETCH(QStringList, expected);
    QVERIFY2(findReviewRule(rule), qPrintable(rule));
    (expected.isEmpty() ? m_silent : m_fired).insert(rule);
    const QList<ReviewFinding> findings = reviewMigration(migration(up, down), dialect);
    const QStringList places = placesOf(findings, rule);
    QVERIFY2(places == expected, qPrintable(QStringLiteral("found [%1], expected [%2]; all findings:\n%3")
                                                .arg(places.join(u", "), expected.join(u", "), describeAll(findings))));
}

void TestReviewRules::everyRuleHasCasesBothWays()
{
    // rules() ran first (test functions run in declaration order), filling both sets.
    for (const ReviewRule &rule : reviewRules()) {
        if (rule.category == RuleCategory::Allow)
            continue; // their own tests below
        QVERIFY2(m_fired.contains(rule.name()), qPrintable(rule.name() + QStringLiteral(": no case that fires")));
        QVERIFY2(m_silent.contains(rule.name()), qPrintable(rule.name() + QStringLiteral(": no case that must not fire")));
    }
}

void TestReviewRules::messagesNameTheObject_data()
{
    QTest::addColumn<DatabaseKind>("dialect");
    QTest::addColumn<QString>("up");
    QTest::addColumn<QString>("down");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("message");
    QTest::newRow("drop table") << Sqlite << "DROP TABLE products;" << "SELECT 1;" << "drop-table" << "drops table products";
    QTest::newRow("index") << Postgres << "CREATE INDEX orders_c ON orders (c);" << "DROP INDEX orders_c;"
                           << "pg-index-not-concurrent"
                           << "CREATE INDEX orders_c on orders without CONCURRENTLY: writes to orders wait until the "
                              "index is built";
    QTest::newRow("volatile") << Postgres << "ALTER TABLE orders ADD COLUMN ref uuid DEFAULT gen_random_uuid();"
                              << "ALTER TABLE orders DROP COLUMN ref;" << "pg-volatile-default"
                              << "ADD COLUMN ref to orders rewrites the table under an ACCESS EXCLUSIVE lock: its "
                                 "default calls gen_random_uuid(), which is volatile: evaluated for every row";
    QTest::newRow("type") << Postgres << "ALTER TABLE orders ALTER COLUMN n TYPE bigint;" << "SELECT 1;"
                          << "pg-alter-type-rewrite"
                          << "ALTER COLUMN orders.n TYPE bigint rewrites the table and its indexes under an ACCESS "
                             "EXCLUSIVE lock";
    QTest::newRow("down-not-undo") << Sqlite << "\nCREATE TABLE a (id INTEGER);" << "SELECT 1;" << "down-not-undo"
                                   << "the up creates table a (1_change.up.sql:2) and the down does not drop it";
    QTest::newRow("mysql copy") << MySql << "ALTER TABLE `orders` MODIFY c BIGINT;" << "SELECT 1;"
                                << "mysql-alter-copies-table"
                                << "ALTER TABLE `orders` MODIFY c without ALGORITHM= or LOCK=: the server may copy "
                                   "the table and block writes to it while it does";
    QTest::newRow("rename") << Postgres << "ALTER TABLE orders RENAME COLUMN note TO comment;" << "SELECT 1;"
                            << "rename-in-use"
                            << "renames column orders.note to comment: code still using the old name fails from "
                               "the moment this commits";
}

void TestReviewRules::messagesNameTheObject()
{
    QFETCH(DatabaseKind, dialect);
    QFETCH(QString, up);
    QFETCH(QString, down);
    QFETCH(QString, rule);
    QFETCH(QString, message);
    QStringList messages;
    for (const ReviewFinding &f : reviewMigration(migration(up, down), dialect))
        if (f.ruleInfo().name() == rule)
            messages << f.message;
    QCOMPARE(messages, QStringList{message});
}

void TestReviewRules::registryIsInOrderAndUnique()
{
    QSet<QString> ids;
    for (qsizetype i = 0; i < reviewRules().size(); ++i) {
        const ReviewRule &rule = reviewRules().at(i);
        QCOMPARE(int(rule.rule), int(i));
        QCOMPARE(reviewRule(rule.rule).name(), rule.name());
        QVERIFY2(!ids.contains(rule.name()), rule.id);
        ids.insert(rule.name());
        QVERIFY(findReviewRule(rule.name()) == rule.rule);
        QVERIFY(!rule.title().isEmpty() && !rule.why().isEmpty());
        static const QRegularExpression kebab(QStringLiteral("^[a-z]+(-[a-z]+)*$"));
        QVERIFY2(kebab.match(rule.name()).hasMatch(), rule.id);
    }
    QVERIFY(!findReviewRule(u"Drop-Table"));
}

void TestReviewRules::repeatableAndBaselineNeedNoDown()
{
    for (MigrationKind kind : {MigrationKind::Repeatable, MigrationKind::Baseline}) {
        Migration m = migration(QStringLiteral("CREATE VIEW v AS SELECT 1;"), QString());
        m.kind = kind;
        QCOMPARE(placesOf(reviewMigration(m, Sqlite), QStringLiteral("no-down")), QStringList());
    }
    QCOMPARE(placesOf(reviewMigration(migration(QStringLiteral("CREATE VIEW v AS SELECT 1;"), QString()), Sqlite),
                      QStringLiteral("no-down")),
             QStringList{"up:1"});
}

QTEST_GUILESS_MAIN(TestReviewRules)
#include "tst_reviewrules.moc"
