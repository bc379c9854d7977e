// The validate verdict on SQLite: what the migration files and the history together fail on, and what they pass.
#include "history/validation.h"
#include "testproject.h"

#include <QTest>

using namespace tidemark;
using tidemark::test::TestProject;

namespace {

// golang-migrate files "name|up|down" (no down when there is no second '|').
void writeAll(const TestProject &p, const QStringList &files)
{
    for (const QString &file : files) {
        const QStringList parts = file.split(u'|');
        p.write(parts.at(0), parts.at(1), parts.size() > 2 ? parts.at(2) : QString());
    }
}

// "-file" removes a file, "!sql" runs SQL on the database outside Tidemark, anything else is written by writeAll.
void change(const TestProject &p, const QStringList &changes)
{
    for (const QString &c : changes) {
        if (c.startsWith(u'-'))
            p.remove(c.mid(1));
        else if (c.startsWith(u'!'))
            QVERIFY2(p.exec(c.mid(1)), qPrintable(c));
        else
            writeAll(p, {c});
    }
}

QString kindName(ValidationProblem::Kind kind)
{
    switch (kind) {
    case ValidationProblem::Kind::FileError: return QStringLiteral("file-error");
    case ValidationProblem::Kind::Modified: return QStringLiteral("modified");
    case ValidationProblem::Kind::Missing: return QStringLiteral("missing");
    case ValidationProblem::Kind::Failed: return QStringLiteral("failed");
    case ValidationProblem::Kind::EmptyUp: return QStringLiteral("empty-up");
    }
    return {};
}

// "kind version file:line message", to compare with the start the test expects.
QString describe(const ValidationProblem &problem)
{
    return QStringLiteral("%1 %2 %3:%4 %5")
        .arg(kindName(problem.kind), problem.version.toString(), problem.file)
        .arg(problem.line)
        .arg(problem.message);
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdict_data()
    {
        QTest::addColumn<QStringList>("files");    // written, then applied as far as they go
        QTest::addColumn<QStringList>("changes");  // after that: see change()
        QTest::addColumn<bool>("passes");
        QTest::addColumn<QStringList>("problems"); // each problem's describe() starts so
        QTest::addColumn<int>("diagnostics");      // errors and warnings, the cut errors among them

        const QStringList shop{"001_a|CREATE TABLE a (id INT);\n|DROP TABLE a;\n",
                               "002_b|CREATE TABLE b (id INT);\n|DROP TABLE b;\n"};
        const QString pendingC = QStringLiteral("003_c|CREATE TABLE c (id INT);\n|DROP TABLE c;\n");

        QTest::newRow("applied and unchanged") << shop << QStringList{} << true << QStringList{} << 0;
        QTest::newRow("pending is no problem") << shop << QStringList{pendingC} << true << QStringList{} << 0;
        QTest::newRow("no history at all") << QStringList{} << shop << true << QStringList{} << 0;
        QTest::newRow("a warning is no problem")
            << shop << QStringList{"003_c|CREATE TABLE c (id INT);\n"} << true << QStringList{} << 1;
        QTest::newRow("modified")
            << shop << QStringList{"002_b|CREATE TABLE b (id INT, note TEXT);\n|DROP TABLE b;\n"} << false
            << QStringList{"modified 2 002_b.up.sql:0 2 b: changed after it was applied (checksum "} << 0;
        QTest::newRow("missing")
            << shop << QStringList{"-002_b.up.sql", "-002_b.down.sql"} << false
            << QStringList{"missing 2 002_b.up.sql:0 2 b: applied, but its file 002_b.up.sql is gone"} << 0;
        QTest::newRow("failed")
            << QStringList{shop.at(0), "002_b|SELECT * FROM no_such_table;\n|SELECT 1;\n"} << QStringList{} << false
            << QStringList{"failed 2 002_b.up.sql:0 2 b: failed: 002_b.up.sql, statement 1 at line 1: no such table"}
            << 0;
        QTest::newRow("stopped part-way, no failure recorded")
            << shop << QStringList{"!UPDATE tidemark_history SET statements_total = 2 WHERE version = '2'"} << false
            << QStringList{"failed 2 002_b.up.sql:0 2 b: failed: stopped part-way"} << 0;
        QTest::newRow("an error in the files")
            << shop << QStringList{"002_other|SELECT 1;\n|SELECT 2;\n"} << false
            << QStringList{"file-error  002_other.down.sql:0 002_other.down.sql: error: version 2 is used twice",
                           "file-error  002_other.up.sql:0 002_other.up.sql: error: version 2 is used twice"}
            << 2;
        QTest::newRow("an up that cannot be cut")
            << QStringList{} << QStringList{"001_a|SELECT 'never closed;\n|SELECT 1;\n"} << false
            << QStringList{"file-error  001_a.up.sql:1 001_a.up.sql:1: error: "} << 1;
        QTest::newRow("a down that cannot be cut")
            << shop << QStringList{pendingC, "004_d|SELECT 1;\n|\nSELECT \"never closed;\n"} << false
            << QStringList{"file-error  004_d.down.sql:2 004_d.down.sql:2: error: "} << 1;
        QTest::newRow("the migration cut: an unclosed goose block")
            << shop << QStringList{"003_c|SELECT 1;\n-- +goose StatementBegin\nSELECT 2;\n|SELECT 3;\n"} << false
            << QStringList{"file-error  003_c.up.sql:2 003_c.up.sql:2: error: \"-- +goose StatementBegin\" has no"}
            << 1;
        QTest::newRow("a pending empty up")
            << shop << QStringList{"003_c||DROP TABLE c;\n"} << false
            << QStringList{"empty-up 3 003_c.up.sql:0 3 c: its up script has no statements; write them, or remove"}
            << 1;
        QTest::newRow("a pending up of only comments")
            << shop << QStringList{"003_c|-- to do\n/* later */\n\n|DROP TABLE c;\n"} << false
            << QStringList{"empty-up 3 003_c.up.sql:0 3 c: its up script has no statements"} << 1;
        QTest::newRow("an empty up already applied is no problem: its file cannot change any more")
            << QStringList{shop.at(0), "002_b|-- placeholder\n|SELECT 1;\n"} << QStringList{} << true
            << QStringList{} << 0;
        QTest::newRow("every problem, errors in the files first")
            << QStringList{shop.at(0), shop.at(1), "003_c|SELECT * FROM no_such_table;\n|SELECT 1;\n"}
            << QStringList{"001_a|CREATE TABLE a (id BIGINT);\n|DROP TABLE a;\n", "-002_b.up.sql", "-002_b.down.sql",
                           "004_d|SELECT 'never closed;\n|SELECT 1;\n"}
            << false
            << QStringList{"file-error  004_d.up.sql:1 ",
                           "modified 1 001_a.up.sql:0 1 a: changed after it was applied",
                           "missing 2 002_b.up.sql:0 2 b: applied, but its file",
                           "failed 3 003_c.up.sql:0 3 c: failed: "}
            << 1;
    }

    void verdict()
    {
        QFETCH(QStringList, files);
        QFETCH(QStringList, changes);
        QFETCH(bool, passes);
        QFETCH(QStringList, problems);
        QFETCH(int, diagnostics);
        TestProject p;
        QCOMPARE(p.dialect(), DatabaseKind::Sqlite);
        writeAll(p, files);
        auto session = p.open();
        QVERIFY(session);
        QString error;
        if (!files.isEmpty())
            session->run(planUp(*session->status(&error), session->dialect().kind()), RunOptions());
        change(p, changes);

        const std::optional<ProjectStatus> status = session->status(&error);
        QVERIFY2(status, qPrintable(error));
        const Validation validation = validate(*status, DatabaseKind::Sqlite);
        QStringList seen;
        for (const ValidationProblem &problem : validation.problems)
            seen << describe(problem);
        QCOMPARE(seen.size(), problems.size());
        for (int i = 0; i < problems.size(); ++i)
            QVERIFY2(seen.at(i).startsWith(problems.at(i)), qPrintable(seen.at(i)));
        QCOMPARE(validation.passes(), passes);
        QCOMPARE(validation.diagnostics.size(), diagnostics);
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
