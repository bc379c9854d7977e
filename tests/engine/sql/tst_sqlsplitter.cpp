#include "sql/enumvalue.h"
#include "sql/sqlsplitter.h"

#include <QTest>

using tidemark::SplitResult;
using tidemark::DatabaseKind;
using tidemark::SqlStatement;
using tidemark::splitSql;

Q_DECLARE_METATYPE(tidemark::DatabaseKind)

namespace {

constexpr DatabaseKind Sqlite = DatabaseKind::Sqlite;
constexpr DatabaseKind Postgres = DatabaseKind::Postgres;
constexpr DatabaseKind MySql = DatabaseKind::MySql;

QByteArrayList statementTexts(const QByteArray &script, const SplitResult &result)
{
    QByteArrayList texts;
    for (const SqlStatement &statement : result.statements)
        texts.append(statement.bytes(script));
    return texts;
}

void splitRow(const char *name, DatabaseKind dialect, const QByteArray &script, const QByteArrayList &expected)
{
    QTest::newRow(name) << dialect << script << expected;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// "T" transaction control, "N" cannot run in a transaction, "E" adds an enum value (and cannot run in a transaction
// before PostgreSQL 12), "." anything else; one letter a statement.
QByteArray classification(const SplitResult &result)
{
    QByteArray letters;
    for (const SqlStatement &statement : result.statements) {
        if (statement.addsEnumValue)
            letters += statement.noTransaction ? 'E' : '?';
        else if (statement.kind == SqlStatement::Kind::TransactionControl)
            letters += statement.noTransaction ? '?' : 'T';
        else
            letters += statement.noTransaction ? 'N' : '.';
    }
    return letters;
}

} // namespace

class TestSqlSplitter : public QObject
{
    Q_OBJECT

private slots:
    void splitsStatements_data();
    void splitsStatements();
    void reportsLines_data();
    void reportsLines();
    void classifiesStatements_data();
    void classifiesStatements();
    void findsTheUseOfANewEnumValue_data();
    void findsTheUseOfANewEnumValue();
    void reportsErrors_data();
    void reportsErrors();
    void offsetsAreBytesIntoTheScript();
    void textDecodesUtf8();
};

void TestSqlSplitter::splitsStatements_data()
{
    QTest::addColumn<DatabaseKind>("dialect");
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QByteArrayList>("expected");

    // Boundaries, blanks and comments
    splitRow("empty input", Sqlite, "", {});
    splitRow("blanks only", Postgres, " \n\t\r\n ", {});
    splitRow("pg only comments", Postgres, "-- a;\n/* b; */\n-- c", {});
    splitRow("mysql only comments", MySql, "# a;\n-- b;\n/* c; */", {});
    splitRow("empty statements", Sqlite, ";;\n ; ;", {});
    splitRow("two statements", Sqlite, "SELECT 1;SELECT 2;", {"SELECT 1", "SELECT 2"});
    splitRow("missing final semicolon", Postgres, "SELECT 1;\nSELECT 2\n", {"SELECT 1", "SELECT 2"});
    splitRow("comment-only tail", Sqlite, "SELECT 1;\n-- done;\n", {"SELECT 1"});
    splitRow("leading comments skipped", Postgres, "-- head\n/* block */\n  SELECT 1;", {"SELECT 1"});
    splitRow("inner comment kept", Sqlite, "SELECT 1 -- one\n + 2;", {"SELECT 1 -- one\n + 2"});
    splitRow("trailing comment dropped", Postgres, "  SELECT 1 /* x */  ;  ", {"SELECT 1"});
    splitRow("utf8 byte order mark", Sqlite, "\xEF\xBB\xBFSELECT 1;", {"SELECT 1"});
    splitRow("crlf", Sqlite, "SELECT 1;\r\nSELECT\r\n 2;\r\n", {"SELECT 1", "SELECT\r\n 2"});
    splitRow("utf8 text", Postgres, "-- größe\nSELECT 'ø;å' AS ünï;SELECT 2", {"SELECT 'ø;å' AS ünï", "SELECT 2"});

    // Strings and quoted identifiers
    splitRow("semicolon in string", Sqlite,
        "INSERT INTO t VALUES ('a;b');SELECT 2;",
        {"INSERT INTO t VALUES ('a;b')",
         "SELECT 2"});
    splitRow("doubled quote", Postgres, "SELECT 'it''s; fine';SELECT 2", {"SELECT 'it''s; fine'", "SELECT 2"});
    splitRow("pg quoted identifier", Postgres,
        "CREATE TABLE \"a;b\" (x int);SELECT 1;",
        {"CREATE TABLE \"a;b\" (x int)",
         "SELECT 1"});
    splitRow("doubled double quote", Sqlite,
        "SELECT \"a\"\";b\" FROM t;SELECT 2;",
        {"SELECT \"a\"\";b\" FROM t",
         "SELECT 2"});
    splitRow("sqlite backticks", Sqlite, "SELECT `a;b` FROM t; SELECT 2", {"SELECT `a;b` FROM t", "SELECT 2"});
    splitRow("mysql doubled backtick", MySql, "SELECT `a``;b` FROM t; SELECT 2", {"SELECT `a``;b` FROM t", "SELECT 2"});
    splitRow("mysql backslash in backticks", MySql,
        "SELECT `a\\` FROM t; SELECT 2",
        {"SELECT `a\\` FROM t",
         "SELECT 2"});
    splitRow("sqlite brackets", Sqlite, "SELECT [a;b] FROM t; SELECT 2", {"SELECT [a;b] FROM t", "SELECT 2"});
    splitRow("pg brackets are subscripts", Postgres,
        "SELECT a[1] FROM t; SELECT ';]'",
        {"SELECT a[1] FROM t",
         "SELECT ';]'"});
    splitRow("pg E string", Postgres, "SELECT E'it\\'s; ok';SELECT 2", {"SELECT E'it\\'s; ok'", "SELECT 2"});
    splitRow("pg e string backslash", Postgres, "select e'\\\\';select 2", {"select e'\\\\'", "select 2"});
    splitRow("pg plain string backslash", Postgres, "SELECT 'a\\';SELECT 2", {"SELECT 'a\\'", "SELECT 2"});
    splitRow("pg word ending in e", Postgres, "SELECT name'\\';SELECT 2", {"SELECT name'\\'", "SELECT 2"});
    splitRow("pg unicode string", Postgres, "SELECT U&'d\\0061t;a';SELECT 2", {"SELECT U&'d\\0061t;a'", "SELECT 2"});
    splitRow("sqlite string backslash", Sqlite, "SELECT 'a\\';SELECT 2", {"SELECT 'a\\'", "SELECT 2"});
    splitRow("mysql backslash escape", MySql, "SELECT 'it\\'s;';SELECT 2", {"SELECT 'it\\'s;'", "SELECT 2"});
    splitRow("mysql double-quoted string", MySql, "SELECT \"a\\\";b\";SELECT 2", {"SELECT \"a\\\";b\"", "SELECT 2"});

    // Comments
    splitRow("line comment semicolon", Sqlite, "SELECT 1 -- ; not here\n;SELECT 2", {"SELECT 1", "SELECT 2"});
    splitRow("block comment semicolon", MySql, "SELECT /* ; */ 1; SELECT 2", {"SELECT /* ; */ 1", "SELECT 2"});
    splitRow("pg nested comment", Postgres, "/* a /* b; */ still; */ SELECT 1; SELECT 2", {"SELECT 1", "SELECT 2"});
    splitRow("pg nested comment inside", Postgres,
        "SELECT 1 /* x /* y */ ; */ + 1; SELECT 2",
        {"SELECT 1 /* x /* y */ ; */ + 1",
         "SELECT 2"});
    splitRow("sqlite comments do not nest", Sqlite, "/* /* */ SELECT 1;", {"SELECT 1"});
    splitRow("mysql comments do not nest", MySql, "SELECT 1 /* /* */; SELECT 2", {"SELECT 1", "SELECT 2"});
    splitRow("mysql hash comment", MySql, "SELECT 1; # comment; here\nSELECT 2;", {"SELECT 1", "SELECT 2"});
    splitRow("pg hash is an operator", Postgres, "SELECT 1 # 2; SELECT 3;", {"SELECT 1 # 2", "SELECT 3"});
    splitRow("mysql dashes need a space", MySql, "SELECT 1--1;SELECT 2 -- c;\n;", {"SELECT 1--1", "SELECT 2"});
    splitRow("mysql executable comment", MySql,
        "/*!40101 SET NAMES utf8mb4 */;\nSELECT 1;",
        {"/*!40101 SET NAMES utf8mb4 */",
         "SELECT 1"});

    // PostgreSQL dollar quotes, bodies and parentheses
    splitRow("dollar body", Postgres,
        "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;SELECT 2;",
        {"CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql",
         "SELECT 2"});
    splitRow("nested dollar tags", Postgres,
        "DO $outer$ BEGIN EXECUTE $$SELECT 1;$$; END $outer$;SELECT 2",
        {"DO $outer$ BEGIN EXECUTE $$SELECT 1;$$; END $outer$",
         "SELECT 2"});
    splitRow("other tag inside", Postgres,
        "SELECT $a$ x $b$ ; $ab$ ; $a$; SELECT 2",
        {"SELECT $a$ x $b$ ; $ab$ ; $a$",
         "SELECT 2"});
    splitRow("dollar parameters", Postgres,
        "PREPARE q AS SELECT $1, $2;EXECUTE q(1, 2);",
        {"PREPARE q AS SELECT $1, $2",
         "EXECUTE q(1, 2)"});
    splitRow("dollar inside identifier", Postgres, "SELECT a$b$c FROM t; SELECT 2",
        {"SELECT a$b$c FROM t", "SELECT 2"});
    splitRow("plpgsql procedure", Postgres,
        "CREATE PROCEDURE p() LANGUAGE plpgsql AS $body$\nBEGIN\n"
        "  COMMIT;\nEND\n$body$;\nCALL p();",
        {"CREATE PROCEDURE p() LANGUAGE plpgsql AS $body$\nBEGIN\n"
         "  COMMIT;\nEND\n$body$",
         "CALL p()"});
    splitRow("begin atomic", Postgres,
        "CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql\n"
        "BEGIN ATOMIC\n  SELECT a + b;\nEND;\nSELECT 1;",
        {"CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql\n"
         "BEGIN ATOMIC\n  SELECT a + b;\nEND",
         "SELECT 1"});
    splitRow("begin atomic with case", Postgres,
        "create or replace procedure p() language sql begin atomic "
        "insert into t values (1); select case when true then 1 "
        "else 2 end; end;SELECT 2",
        {"create or replace procedure p() language sql begin atomic "
         "insert into t values (1); select case when true then 1 "
         "else 2 end; end",
         "SELECT 2"});
    splitRow("pg function keywords in names", Postgres,
        "CREATE FUNCTION f(begin_at int) RETURNS int LANGUAGE sql "
        "RETURN begin_at + endpoint; SELECT 2",
        {"CREATE FUNCTION f(begin_at int) RETURNS int "
         "LANGUAGE sql RETURN begin_at + endpoint",
         "SELECT 2"});
    splitRow("pg case outside a body", Postgres,
        "SELECT CASE WHEN x THEN 1 END FROM t; SELECT 2",
        {"SELECT CASE WHEN x THEN 1 END FROM t",
         "SELECT 2"});
    splitRow("pg rule with parentheses", Postgres,
        "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a "
        "VALUES (1); INSERT INTO b VALUES (2));SELECT 1;",
        {"CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a "
         "VALUES (1); INSERT INTO b VALUES (2))",
         "SELECT 1"});
    splitRow("pg transaction block", Postgres,
        "BEGIN;\nCREATE TABLE t (id int);\nCOMMIT;",
        {"BEGIN",
         "CREATE TABLE t (id int)",
         "COMMIT"});

    // SQLite triggers
    splitRow("sqlite trigger", Sqlite,
        "CREATE TRIGGER trg AFTER INSERT ON t BEGIN UPDATE t SET n = n + 1; "
        "INSERT INTO log VALUES (1); END;\nSELECT 1;",
        {"CREATE TRIGGER trg AFTER INSERT ON t BEGIN UPDATE t SET n = n + 1; "
         "INSERT INTO log VALUES (1); END",
         "SELECT 1"});
    splitRow("sqlite trigger with case", Sqlite,
        "CREATE TRIGGER trg BEFORE UPDATE ON t BEGIN SELECT CASE WHEN "
        "new.a < 0 THEN RAISE(ABORT, 'neg; bad') END; UPDATE t SET b = "
        "CASE WHEN 1 THEN 2 ELSE 3 END; END;\nSELECT 2;",
        {"CREATE TRIGGER trg BEFORE UPDATE ON t BEGIN SELECT CASE WHEN "
         "new.a < 0 THEN RAISE(ABORT, 'neg; bad') END; UPDATE t SET b = "
         "CASE WHEN 1 THEN 2 ELSE 3 END; END",
         "SELECT 2"});
    splitRow("sqlite temp trigger", Sqlite,
        "create temp trigger if not exists tg after delete on t "
        "begin delete from u; end; select 1",
        {"create temp trigger if not exists tg after delete on t "
         "begin delete from u; end",
         "select 1"});
    splitRow("sqlite keywords inside names", Sqlite,
        "CREATE TRIGGER g AFTER INSERT ON t BEGIN UPDATE t SET "
        "begin_date = 1, backend = 'end'; END; SELECT 1",
        {"CREATE TRIGGER g AFTER INSERT ON t BEGIN UPDATE t SET "
         "begin_date = 1, backend = 'end'; END",
         "SELECT 1"});
    splitRow("sqlite begin_at column", Sqlite,
        "CREATE TABLE t (begin_at TEXT, endpoint TEXT);INSERT INTO t "
        "VALUES (1, 2);",
        {"CREATE TABLE t (begin_at TEXT, endpoint TEXT)",
         "INSERT INTO t VALUES (1, 2)"});
    splitRow("sqlite view with case", Sqlite,
        "CREATE VIEW v AS SELECT CASE WHEN a THEN 1 END FROM t; SELECT 2",
        {"CREATE VIEW v AS SELECT CASE WHEN a THEN 1 END FROM t",
         "SELECT 2"});

    // MySQL DELIMITER and compound statements
    splitRow("delimiter $$", MySql,
        "DELIMITER $$\nCREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SELECT 2;\n"
        "END$$\nDELIMITER ;\nCALL p();",
        {"CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND",
         "CALL p()"});
    splitRow("delimiter //", MySql,
        "delimiter //\nCREATE FUNCTION f() RETURNS INT\nBEGIN\n  RETURN 1;\nEND //\n"
        "delimiter ;\nSELECT f();",
        {"CREATE FUNCTION f() RETURNS INT\nBEGIN\n  RETURN 1;\nEND",
         "SELECT f()"});
    splitRow("delimiter ;; mysqldump", MySql,
        "DELIMITER ;;\n/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`%`*/ "
        "/*!50003 TRIGGER trg BEFORE INSERT ON t FOR EACH ROW BEGIN SET "
        "NEW.a = 1; END */;;\nDELIMITER ;\nSELECT 1;",
        {"/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`%`*/ /*!50003 "
         "TRIGGER trg BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.a "
         "= 1; END */",
         "SELECT 1"});
    splitRow("delimiter ends a word", MySql, "DELIMITER $$\nSELECT 1$$SELECT a$$", {"SELECT 1", "SELECT a"});
    splitRow("semicolons before custom delimiter", MySql,
        "DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1; "
        "END;$$\n; SELECT 2 ;; $$\nDELIMITER ;",
        {"CREATE PROCEDURE p() BEGIN SELECT 1; END",
         "SELECT 2"});
    splitRow("semicolon under custom delimiter", MySql,
        "Delimiter //\nSELECT 1; SELECT 2//\ndelimiter ;\nSELECT 3;",
        {"SELECT 1; SELECT 2",
         "SELECT 3"});
    splitRow("mysql procedure without delimiter", MySql,
        "CREATE PROCEDURE p()\nBEGIN\n  DECLARE i INT DEFAULT 0;\n  WHILE i < 3 DO\n    SET i = i + 1;\n"
        "  END WHILE;\n  IF i > 2 THEN\n    SELECT 'big';\n  END IF;\nEND;\nCALL p();",
        {"CREATE PROCEDURE p()\nBEGIN\n  DECLARE i INT DEFAULT 0;\n  WHILE i < 3 DO\n    SET i = i + 1;\n"
         "  END WHILE;\n  IF i > 2 THEN\n    SELECT 'big';\n  END IF;\nEND",
         "CALL p()"});
    splitRow("mysql labels case loop repeat", MySql,
        "CREATE DEFINER=`root`@`localhost` PROCEDURE q(IN x INT)\nlbl: BEGIN\n  CASE x WHEN 1 THEN SELECT 1;"
        " ELSE SELECT CASE WHEN x > 5 THEN 'a' ELSE 'b' END; END CASE;\n  l2: LOOP LEAVE l2; END LOOP l2;\n"
        "  REPEAT SET x = x - 1; UNTIL x < 0 END REPEAT;\n  BEGIN SELECT 2; END;\nEND lbl;\nSELECT 3;",
        {"CREATE DEFINER=`root`@`localhost` PROCEDURE q(IN x INT)\nlbl: BEGIN\n  CASE x WHEN 1 THEN "
         "SELECT 1; ELSE SELECT CASE WHEN x > 5 THEN 'a' ELSE 'b' END; END CASE;\n  l2: LOOP LEAVE l2; "
         "END LOOP l2;\n  REPEAT SET x = x - 1; UNTIL x < 0 END REPEAT;\n  BEGIN SELECT 2; END;\nEND lbl",
         "SELECT 3"});
    splitRow("mysql trigger without delimiter", MySql,
        "CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW BEGIN IF NEW.a < 0 THEN SET NEW.a = 0; "
        "END IF; END;\nINSERT INTO t VALUES (1);",
        {"CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW BEGIN IF NEW.a < 0 THEN SET NEW.a = 0; "
         "END IF; END",
         "INSERT INTO t VALUES (1)"});
    splitRow("mysql definer function call", MySql,
        "CREATE DEFINER = CURRENT_USER() PROCEDURE p() BEGIN "
        "SELECT 1; END; SELECT 2",
        {"CREATE DEFINER = CURRENT_USER() PROCEDURE p() BEGIN "
         "SELECT 1; END",
         "SELECT 2"});
    splitRow("mysql trigger without begin", MySql,
        "CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1;\nSELECT 1;",
        {"CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1",
         "SELECT 1"});
    splitRow("mysql event", MySql,
        "CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO BEGIN DELETE FROM t; "
        "DELETE FROM u; END;SELECT 1",
        {"CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO BEGIN DELETE FROM t; "
         "DELETE FROM u; END",
         "SELECT 1"});
    splitRow("mysql begin column", MySql,
        "CREATE TABLE t (begin INT, end INT);INSERT INTO t VALUES (1, 2);",
        {"CREATE TABLE t (begin INT, end INT)",
         "INSERT INTO t VALUES (1, 2)"});
    splitRow("mysql begin transaction", MySql,
        "BEGIN;\nINSERT INTO t VALUES (1);\nCOMMIT;",
        {"BEGIN",
         "INSERT INTO t VALUES (1)",
         "COMMIT"});
    splitRow("mariadb begin not atomic", MySql,
        "BEGIN NOT ATOMIC\n  INSERT INTO t VALUES (1);\n  INSERT INTO t "
        "VALUES (2);\nEND;\nSELECT 1;",
        {"BEGIN NOT ATOMIC\n  INSERT INTO t VALUES (1);\n  INSERT INTO "
         "t VALUES (2);\nEND",
         "SELECT 1"});
}

void TestSqlSplitter::splitsStatements()
{
    QFETCH(DatabaseKind, dialect);
    QFETCH(QByteArray, script);
    QFETCH(QByteArrayList, expected);

    const SplitResult result = splitSql(script, dialect);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(statementTexts(script, result), expected);

    qsizetype previousEnd = 0;
    for (const SqlStatement &statement : result.statements) {
        QVERIFY(statement.offset >= previousEnd);
        QVERIFY(statement.length > 0);
        QVERIFY(!isBlank(script.at(statement.offset)));
        QVERIFY(!isBlank(script.at(statement.offset + statement.length - 1)));
        previousEnd = statement.offset + statement.length;
    }
}

void TestSqlSplitter::reportsLines_data()
{
    QTest::addColumn<DatabaseKind>("dialect");
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("crlf") << Sqlite << QByteArray("SELECT 1;\r\nSELECT 2;\r\n\r\nSELECT 3;") << QList<int>{1, 2, 4};
    QTest::newRow("after comments") << Postgres << QByteArray("-- a\n-- b\n\nSELECT 1;\n/* x\n y */ SELECT 2;")
                                    << QList<int>{4, 6};
    QTest::newRow("multi-line string") << Sqlite << QByteArray("SELECT 'a\nb\nc';\nSELECT 2;") << QList<int>{1, 4};
    QTest::newRow("dollar body") << Postgres << QByteArray("DO $$\nBEGIN\nEND\n$$;\nSELECT 1;") << QList<int>{1, 5};
    QTest::newRow("delimiter lines") << MySql
                                     << QByteArray("DELIMITER $$\nCREATE PROCEDURE p()\nBEGIN\nSELECT 1;\nEND$$\n"
                                                   "DELIMITER ;\nSELECT 2;")
                                     << QList<int>{2, 7};
    QTest::newRow("same line") << Postgres << QByteArray("SELECT 1; SELECT 2;\nSELECT 3") << QList<int>{1, 1, 2};
    QTest::newRow("crlf in comment") << MySql << QByteArray("/* a\r\n b */\r\n# c\r\nSELECT 1;") << QList<int>{4};
}

void TestSqlSplitter::reportsLines()
{
    QFETCH(DatabaseKind, dialect);
    QFETCH(QByteArray, script);
    QFETCH(QList<int>, lines);

    const SplitResult result = splitSql(script, dialect);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QList<int> actual;
    for (const SqlStatement &statement : result.statements)
        actual.append(statement.line);
    QCOMPARE(actual, lines);
}

void TestSqlSplitter::classifiesStatements_data()
{
    QTest::addColumn<DatabaseKind>("dialect");
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QByteArray>("expected"); // see classification()

    const auto row = [](const char *name, DatabaseKind dialect, const QByteArray &script, const QByteArray &expected) {
        QTest::newRow(name) << dialect << script << expected;
    };

    // Transaction control
    row("pg begin commit", Postgres, "BEGIN;\nCREATE TABLE t (id int);\nCOMMIT;", "T.T");
    row("pg transaction forms", Postgres,
        "BEGIN TRANSACTION ISOLATION LEVEL SERIALIZABLE; begin work; START TRANSACTION; END; "
        "END TRANSACTION; ABORT; ROLLBACK; COMMIT AND CHAIN;",
        "TTTTTTTT");
    row("pg savepoints", Postgres,
        "SAVEPOINT a; ROLLBACK TO SAVEPOINT a; ROLLBACK TO a; RELEASE SAVEPOINT a; ROLLBACK WORK TO a", ".....");
    row("pg two-phase", Postgres, "PREPARE TRANSACTION 'x'; COMMIT PREPARED 'x'; ROLLBACK PREPARED 'y'", "TNN");
    row("pg do block", Postgres, "DO $$ BEGIN COMMIT; END $$;", ".");
    row("pg begin atomic", Postgres, "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;", ".");
    row("sqlite transaction forms", Sqlite,
        "BEGIN IMMEDIATE; BEGIN DEFERRED TRANSACTION; BEGIN EXCLUSIVE; END TRANSACTION; COMMIT; ROLLBACK;",
        "TTTTTT");
    row("sqlite trigger body", Sqlite, "CREATE TRIGGER g AFTER INSERT ON t BEGIN DELETE FROM u; END;", ".");
    row("mysql transaction forms", MySql,
        "START TRANSACTION; BEGIN; BEGIN WORK; COMMIT; ROLLBACK; ROLLBACK TO SAVEPOINT s;", "TTTTT.");
    row("mysql compound block", MySql, "BEGIN NOT ATOMIC SELECT 1; END;", ".");

    // Statements that cannot run inside a transaction block
    row("pg no transaction", Postgres,
        "CREATE INDEX CONCURRENTLY i ON t (a); create unique index concurrently if not exists j on t (b);\n"
        "DROP INDEX CONCURRENTLY i; REINDEX TABLE CONCURRENTLY t; REINDEX (VERBOSE, CONCURRENTLY) INDEX i;\n"
        "VACUUM ANALYZE t; ALTER SYSTEM SET work_mem = '64MB'; CREATE DATABASE d; DROP DATABASE d;\n"
        "CREATE TABLESPACE ts LOCATION '/x'; DROP TABLESPACE ts;",
        "NNNNNNNNNNN");
    row("pg enum values", Postgres,
        "ALTER TYPE mood ADD VALUE 'meh'; ALTER TYPE \"s\".\"mood\" ADD VALUE IF NOT EXISTS 'x' BEFORE 'y';\n"
        "alter type public.mood add value 'z' after 'x'; ALTER TYPE mood RENAME VALUE 'a' TO 'b';\n"
        "ALTER TYPE mood ADD ATTRIBUTE value int; ALTER TABLE value ADD COLUMN value int;",
        "EEE...");
    row("mysql has no enum types to alter", MySql, "ALTER TYPE mood ADD VALUE 'x';", ".");
    row("pg transactional ddl", Postgres,
        "CREATE INDEX i ON t (a); REINDEX TABLE t; REFRESH MATERIALIZED VIEW CONCURRENTLY mv;\n"
        "ALTER TYPE mood RENAME VALUE 'a' TO 'b'; ALTER TABLE t ADD COLUMN value int;\n"
        "CREATE TABLE concurrently (x int); SELECT vacuum FROM t;",
        ".......");
    row("pg flags ignore comments and strings", Postgres,
        "-- CREATE INDEX CONCURRENTLY i ON t (a);\nSELECT 'CREATE INDEX CONCURRENTLY';\n"
        "/* VACUUM; */ SELECT 1; COMMENT ON TABLE t IS 'VACUUM';\n"
        "DO $$ BEGIN EXECUTE 'CREATE INDEX CONCURRENTLY i ON t (a)'; END $$;",
        "....");
    row("pg flag after comment", Postgres, "/* maintenance */ VACUUM;\nSELECT 1;", "N.");
    row("sqlite no transaction", Sqlite,
        "VACUUM; PRAGMA foreign_keys = OFF; PRAGMA main.journal_mode = WAL; PRAGMA user_version = 3; "
        "PRAGMA table_info(t);",
        "NNN..");
    row("mysql never flags", MySql, "CREATE DATABASE d; CREATE INDEX i ON t (a); DROP DATABASE d;", "...");
}

void TestSqlSplitter::classifiesStatements()
{
    QFETCH(DatabaseKind, dialect);
    QFETCH(QByteArray, script);
    QFETCH(QByteArray, expected);

    const SplitResult result = splitSql(script, dialect);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(classification(result), expected);
}

void TestSqlSplitter::findsTheUseOfANewEnumValue_data()
{
    QTest::addColumn<QByteArray>("script"); // its first ADD VALUE is the one looked at
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<int>("usedAtLine");

    const QByteArray add = "ALTER TYPE mood ADD VALUE 'happy';\n";
    QTest::newRow("not named again") << add + "CREATE TABLE t (m mood);\nSELECT 1;" << QByteArray("'happy'") << 0;
    QTest::newRow("an insert") << add + "CREATE TABLE t (m mood);\nINSERT INTO t VALUES ('happy');"
                               << QByteArray("'happy'") << 3;
    QTest::newRow("a default") << add + "\nALTER TABLE t ALTER COLUMN m SET DEFAULT 'happy'::mood;"
                               << QByteArray("'happy'") << 3;
    QTest::newRow("a function body")
        << add + "CREATE FUNCTION f() RETURNS mood LANGUAGE sql AS $$\n  SELECT 'happy'::mood\n$$;"
        << QByteArray("'happy'") << 2;
    QTest::newRow("IF NOT EXISTS and BEFORE")
        << QByteArray("ALTER TYPE s.mood ADD VALUE IF NOT EXISTS 'happy' BEFORE 'sad';\nUPDATE t SET m = 'sad';\n"
                      "UPDATE t SET m = 'happy';")
        << QByteArray("'happy'") << 3;
    QTest::newRow("a later ADD VALUE AFTER it is no use")
        << add + "ALTER TYPE mood ADD VALUE 'glad' AFTER 'happy';" << QByteArray("'happy'") << 0;
    QTest::newRow("the statement after a later ADD VALUE")
        << add + "ALTER TYPE mood ADD VALUE 'glad' AFTER 'happy';\nINSERT INTO t VALUES ('happy');"
        << QByteArray("'happy'") << 3;
    QTest::newRow("comments are no use")
        << add + "-- 'happy' is new\nSELECT 1 /* 'happy' */;" << QByteArray("'happy'") << 0;
    QTest::newRow("another value is no use")
        << add + "INSERT INTO t VALUES ('happy2'), ('Happy'), ('unhappy');" << QByteArray("'happy'") << 0;
    QTest::newRow("a use before it is no use")
        << "INSERT INTO t VALUES ('happy');\n" + add << QByteArray("'happy'") << 0;
    QTest::newRow("a goose block is one statement")
        << QByteArray("-- +goose StatementBegin\nALTER TYPE mood ADD VALUE 'happy';\nINSERT INTO t VALUES ('happy');\n"
                      "-- +goose StatementEnd\n")
        << QByteArray("'happy'") << 3;
    QTest::newRow("an escaped quote in the value")
        << QByteArray("ALTER TYPE mood ADD VALUE 'it''s';\nSELECT 'it''s'::mood;") << QByteArray("'it''s'") << 2;
}

void TestSqlSplitter::findsTheUseOfANewEnumValue()
{
    QFETCH(QByteArray, script);
    QFETCH(QByteArray, literal);
    QFETCH(int, usedAtLine);
    const SplitResult result = tidemark::splitMigrationSql(script, Postgres);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const auto adding = std::find_if(result.statements.cbegin(), result.statements.cend(),
                                     [](const SqlStatement &statement) { return statement.addsEnumValue; });
    QVERIFY(adding != result.statements.cend());
    const std::optional<tidemark::NewEnumValue> value =
        tidemark::newEnumValue(script, result.statements, adding - result.statements.cbegin());
    QVERIFY(value);
    QCOMPARE(value->literal, literal);
    QCOMPARE(value->usedAtLine, usedAtLine);
}

void TestSqlSplitter::reportsErrors_data()
{
    QTest::addColumn<DatabaseKind>("dialect");
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("line");

    QTest::newRow("string") << Postgres << QByteArray("SELECT 1;\nSELECT 'abc;\nSELECT 2;")
                            << QStringLiteral("Unterminated string literal starting on line 2") << 2;
    QTest::newRow("quoted identifier") << Sqlite << QByteArray("SELECT \"abc FROM t;")
                                       << QStringLiteral("Unterminated quoted identifier starting on line 1") << 1;
    QTest::newRow("backtick") << MySql << QByteArray("\n\nSELECT `abc")
                              << QStringLiteral("Unterminated backtick-quoted identifier starting on line 3") << 3;
    QTest::newRow("bracket") << Sqlite << QByteArray("SELECT [abc")
                             << QStringLiteral("Unterminated [bracketed] identifier starting on line 1") << 1;
    QTest::newRow("dollar quote") << Postgres << QByteArray("SELECT 1;\r\n\r\nDO $body$ BEGIN END $$;")
                                  << QStringLiteral("Unterminated dollar-quoted string $body$ starting on line 3") << 3;
    QTest::newRow("nested comment") << Postgres << QByteArray("/* a /* b */ SELECT 1;")
                                    << QStringLiteral("Unterminated block comment starting on line 1") << 1;
    QTest::newRow("mysql escaped quote") << MySql << QByteArray("SELECT 'abc\\';")
                                         << QStringLiteral("Unterminated string literal starting on line 1") << 1;
    QTest::newRow("pg E string") << Postgres << QByteArray("SELECT 1;\nSELECT E'abc\\';")
                                 << QStringLiteral("Unterminated string literal starting on line 2") << 2;
    QTest::newRow("mysql comment") << MySql << QByteArray("SELECT 1;\n/* x")
                                   << QStringLiteral("Unterminated block comment starting on line 2") << 2;
    QTest::newRow("psql connect") << Postgres << QByteArray("SELECT 1;\n\\connect otherdb\nSELECT 2;")
                                  << QStringLiteral("psql meta-command \\connect is not SQL; Tidemark runs plain SQL "
                                                    "only — remove it or run the file with psql")
                                  << 2;
    QTest::newRow("psql include") << Postgres << QByteArray("\\i other.sql")
                                  << QStringLiteral("psql meta-command \\i is not SQL; Tidemark runs plain SQL only — "
                                                    "remove it or run the file with psql")
                                  << 1;
    QTest::newRow("psql set after comment") << Postgres << QByteArray("-- setup\n\\set ON_ERROR_STOP on\n")
                                            << QStringLiteral("psql meta-command \\set is not SQL; Tidemark runs plain "
                                                              "SQL only — remove it or run the file with psql")
                                            << 2;
    QTest::newRow("delimiter without value") << MySql << QByteArray("SELECT 1;\nDELIMITER\nSELECT 1;")
                                             << QStringLiteral("DELIMITER on line 2 names no delimiter") << 2;
}

void TestSqlSplitter::reportsErrors()
{
    QFETCH(DatabaseKind, dialect);
    QFETCH(QByteArray, script);
    QFETCH(QString, error);
    QFETCH(int, line);

    const SplitResult result = splitSql(script, dialect);
    QVERIFY(!result.ok());
    QCOMPARE(result.error, error);
    QCOMPARE(result.errorLine, line);
}

void TestSqlSplitter::offsetsAreBytesIntoTheScript()
{
    const QByteArray script("-- ü\nSELECT 'é';\r\n  INSERT INTO \"tâble\" VALUES ('ß;') ;");
    const SplitResult result = splitSql(script, DatabaseKind::Postgres);
    QVERIFY(result.ok());
    QCOMPARE(result.statements.size(), 2);

    const SqlStatement &first = result.statements.at(0);
    QCOMPARE(first.offset, 6);  // "-- ü\n" is six bytes
    QCOMPARE(first.length, 11); // "SELECT 'é'" is eleven bytes
    QCOMPARE(first.line, 2);
    QCOMPARE(first.bytes(script), QByteArray("SELECT 'é'"));

    const SqlStatement &second = result.statements.at(1);
    QCOMPARE(second.offset, 22);
    QCOMPARE(second.line, 3);
    QCOMPARE(second.bytes(script), QByteArray("INSERT INTO \"tâble\" VALUES ('ß;')"));
    QCOMPARE(script.mid(second.offset, second.length), second.bytes(script));
}

void TestSqlSplitter::textDecodesUtf8()
{
    const QByteArray script("SELECT 'Grüße';");
    const SplitResult result = splitSql(script, DatabaseKind::Sqlite);
    QCOMPARE(result.statements.size(), 1);
    QCOMPARE(result.statements.first().text(script), QStringLiteral("SELECT 'Grüße'"));
}

QTEST_GUILESS_MAIN(TestSqlSplitter)

#include "tst_sqlsplitter.moc"
