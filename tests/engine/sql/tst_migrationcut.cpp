// The migration cut (sql/migrationcut): a MySQL statement ended by a custom delimiter, or a goose block, is a unit
// of the statements it holds, each run and checked on its own.
#include "sql/sqlsplitter.h"

#include <QTest>

using namespace tidemark;

class TestMigrationCut : public QObject
{
    Q_OBJECT

private slots:
    void cutsUnitsIntoStatements_data();
    void cutsUnitsIntoStatements();
};

// The migration cut: a MySQL statement ended by a custom delimiter, or a goose block, is a unit of the statements
// it holds ("+" marks a statement that continues the unit), and a routine or trigger body stays whole.
void TestMigrationCut::cutsUnitsIntoStatements_data()
{
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QStringList>("statements");
    const int mySql = int(DatabaseKind::MySql);
    QTest::newRow("three statements before $$") << mySql
        << QByteArray("DELIMITER $$\nCREATE TABLE t1 (id int); INSERT INTO nope VALUES (1);\nCREATE TABLE t3 (id int)$$\n"
                      "DELIMITER ;\nSELECT 1;")
        << QStringList{"2: CREATE TABLE t1 (id int)", "2+: INSERT INTO nope VALUES (1)", "3+: CREATE TABLE t3 (id int)",
                       "5: SELECT 1"};
    QTest::newRow("a procedure under $$ stays whole") << mySql
        << QByteArray("DELIMITER $$\nCREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND$$\nDELIMITER ;\n")
        << QStringList{"2: CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND"};
    QTest::newRow("a mysqldump trigger stays whole") << mySql
        << QByteArray("DELIMITER ;;\n/*!50003 CREATE*/ /*!50003 TRIGGER trg BEFORE INSERT ON t FOR EACH ROW BEGIN SET "
                      "NEW.a = 1; END */;;\nDELIMITER ;\n")
        << QStringList{"2: /*!50003 CREATE*/ /*!50003 TRIGGER trg BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.a = 1; END */"};
    QTest::newRow("a string's ';' under $$ cuts nothing") << mySql
        << QByteArray("DELIMITER $$\nINSERT INTO t VALUES ('a;b')$$\nDELIMITER ;\n")
        << QStringList{"2: INSERT INTO t VALUES ('a;b')"};
    QTest::newRow("a goose block with a procedure on MySQL") << mySql
        << QByteArray("-- +goose StatementBegin\nCREATE TABLE t (id int);\nCREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END;\n"
                      "-- +goose StatementEnd\n")
        << QStringList{"2: CREATE TABLE t (id int)", "3+: CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END"};
    QTest::newRow("a goose block on SQLite") << int(DatabaseKind::Sqlite)
        << QByteArray("-- +goose StatementBegin\nCREATE TABLE t (id int);\nCREATE TRIGGER g AFTER INSERT ON t BEGIN "
                      "DELETE FROM t; END;\n-- +goose StatementEnd\nSELECT 1;\n")
        << QStringList{"2: CREATE TABLE t (id int)", "3+: CREATE TRIGGER g AFTER INSERT ON t BEGIN DELETE FROM t; END",
                       "5: SELECT 1"};
    QTest::newRow("plain statements are units of one") << int(DatabaseKind::Postgres)
        << QByteArray("SELECT 1; SELECT 2;") << QStringList{"1: SELECT 1", "1: SELECT 2"};
}

void TestMigrationCut::cutsUnitsIntoStatements()
{
    QFETCH(int, dialect);
    QFETCH(QByteArray, script);
    QFETCH(QStringList, statements);
    const SplitResult cut = splitMigrationSql(script, DatabaseKind(dialect));
    QVERIFY2(cut.ok(), qPrintable(cut.error));
    QStringList seen;
    for (const SqlStatement &s : cut.statements)
        seen << QStringLiteral("%1%2: %3").arg(s.line).arg(s.continuesUnit ? "+" : "").arg(s.text(script));
    QCOMPARE(seen, statements);
}

QTEST_GUILESS_MAIN(TestMigrationCut)

#include "tst_migrationcut.moc"
