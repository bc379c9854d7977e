#include "sqlhighlighter.h"
#include "sql/sqlhighlightlexer.h"

#include <QPlainTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTest>

using namespace tidemark;

Q_DECLARE_METATYPE(tidemark::DatabaseKind)

namespace {

constexpr DatabaseKind Sqlite = DatabaseKind::Sqlite;
constexpr DatabaseKind Postgres = DatabaseKind::Postgres;
constexpr DatabaseKind MySql = DatabaseKind::MySql;

QChar letter(SqlHighlightKind kind)
{
    switch (kind) {
    case SqlHighlightKind::Keyword: return u'K';
    case SqlHighlightKind::Type: return u'T';
    case SqlHighlightKind::Number: return u'N';
    case SqlHighlightKind::String: return u'S';
    case SqlHighlightKind::QuotedIdentifier: return u'Q';
    case SqlHighlightKind::Comment: return u'C';
    case SqlHighlightKind::Annotation: return u'A';
    case SqlHighlightKind::DollarTag: return u'D';
    case SqlHighlightKind::DollarBody: return u'B';
    }
    return u'?';
}

// "K:SELECT N:1" — one entry per span, embedded spans in lower case.
QString describe(QStringView line, const QList<SqlHighlightSpan> &spans)
{
    QStringList parts;
    for (const SqlHighlightSpan &s : spans) {
        const QChar l = s.embedded ? letter(s.kind).toLower() : letter(s.kind);
        parts << QString(l) + u':' + line.mid(s.start, s.length).toString();
    }
    return parts.join(u' ');
}

QString stateName(const SqlLineState &state)
{
    switch (state.kind) {
    case SqlLineState::Kind::Normal: return QStringLiteral("normal");
    case SqlLineState::Kind::String: return QStringLiteral("string");
    case SqlLineState::Kind::EscapeString: return QStringLiteral("escape-string");
    case SqlLineState::Kind::DoubleQuoted: return QStringLiteral("double-quoted");
    case SqlLineState::Kind::Backtick: return QStringLiteral("backtick");
    case SqlLineState::Kind::BlockComment: return QStringLiteral("comment%1").arg(state.commentDepth);
    case SqlLineState::Kind::DollarQuote: return QStringLiteral("dollar ") + state.dollarTag;
    }
    return {};
}

} // namespace

class TestSqlHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void line_data();
    void line();
    void lines_data();
    void lines();
    void highlighterCarriesStateAcrossBlocks();
    void changingTagRehighlightsFollowingLines();
};

void TestSqlHighlighter::line_data()
{
    QTest::addColumn<DatabaseKind>("dialect");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("spans");
    QTest::addColumn<QString>("end");

    auto row = [](const char *name, DatabaseKind d, const char *text, const char *spans, const char *end = "normal") {
        QTest::newRow(name) << d << QString::fromUtf8(text) << QString::fromUtf8(spans) << QString::fromUtf8(end);
    };
    row("keywords any case", Sqlite, "select Id FROM t", "K:select K:FROM");
    row("types", Postgres, "id BIGINT, name varchar(80)", "T:BIGINT T:varchar N:80");
    row("numbers", Sqlite, "SELECT 1, 2.5, .5, 1e10, 0x1F, t1", "K:SELECT N:1 N:2.5 N:.5 N:1e10 N:0x1F");
    row("not a number inside a word", Sqlite, "col1 x2y", "");
    row("string", Sqlite, "VALUES ('it''s', 'a')", "K:VALUES S:'it''s' S:'a'");
    row("keyword inside string", Sqlite, "'SELECT'", "S:'SELECT'");
    row("unterminated string", Sqlite, "VALUES ('open", "K:VALUES S:'open", "string");
    row("mysql backslash escape", MySql, "'it\\'s' x", "S:'it\\'s'");
    row("sqlite backslash is plain", Sqlite, "'a\\' x", "S:'a\\'");
    row("postgres E string", Postgres, "E'a\\'b' x", "S:E'a\\'b'");
    row("postgres E string open", Postgres, "SELECT E'a\\'", "K:SELECT S:E'a\\'", "escape-string");
    row("double quote identifier", Postgres, "\"Order Items\".id", "Q:\"Order Items\"");
    row("double quote is string in mysql", MySql, "\"text\"", "S:\"text\"");
    row("backtick", MySql, "`select`", "Q:`select`");
    row("backtick open", MySql, "`a", "Q:`a", "backtick");
    row("sqlite brackets", Sqlite, "[my col]", "Q:[my col]");
    row("line comment", Sqlite, "SELECT 1 -- the end 'x'", "K:SELECT N:1 C:-- the end 'x'");
    row("mysql dashes need a space", MySql, "SELECT 1--2", "K:SELECT N:1 N:2");
    row("mysql hash comment", MySql, "# note", "C:# note");
    row("hash is not a comment in sqlite", Sqlite, "# note", "");
    row("block comment", Sqlite, "/* a */ SELECT", "C:/* a */ K:SELECT");
    row("block comment open", Sqlite, "SELECT /* a", "K:SELECT C:/* a", "comment1");
    row("nested comment postgres", Postgres, "/* a /* b */ c */ x", "C:/* a /* b */ c */");
    row("nested comment open", Postgres, "/* a /* b */", "C:/* a /* b */", "comment1");
    row("no nesting in sqlite", Sqlite, "/* a /* b */ SELECT", "C:/* a /* b */ K:SELECT");
    row("goose annotation", Sqlite, "-- +goose StatementBegin", "A:-- +goose StatementBegin");
    row("dbmate annotation", Sqlite, "-- migrate:up transaction:false", "A:-- migrate:up transaction:false");
    row("annotation only at line start", Sqlite, "SELECT 1; -- +goose Up", "K:SELECT N:1 C:-- +goose Up");
    row("goose annotation after blanks", Sqlite, "  -- +goose Up", "A:-- +goose Up");
    row("goose annotation in upper case", Sqlite, "--+GOOSE up", "A:--+GOOSE up");
    row("unknown goose annotation", Postgres, "-- +goose sideways", "A:-- +goose sideways");
    row("goose without plus", Sqlite, "-- goose Up", "C:-- goose Up");
    row("mysql goose annotation", MySql, "-- +goose Down", "A:-- +goose Down");
    row("mysql --+goose is no comment", MySql, "--+goose Up", "");
    row("dbmate annotation without blank", Postgres, "--migrate:down", "A:--migrate:down");
    row("dbmate annotation after blanks", Sqlite, "\t-- migrate:up", "A:-- migrate:up");
    row("dbmate annotation in upper case", Sqlite, "-- MIGRATE:UP", "A:-- MIGRATE:UP");
    row("dbmate non-marker", Sqlite, "-- migrate:upgrade notes", "A:-- migrate:upgrade notes");
    row("dbmate after a non-breaking space", Sqlite, "\u00a0-- migrate:up", "A:-- migrate:up");
    row("migrate without colon", Sqlite, "-- migrate up", "C:-- migrate up");
    row("annotation after a block comment", Sqlite, "/* x */ -- migrate:up", "C:/* x */ C:-- migrate:up");
    row("dollar body one line", Postgres, "AS $$ SELECT 1 $$;", "K:AS D:$$ B: SELECT 1  k:SELECT n:1 D:$$");
    row("dollar tag", Postgres, "AS $fn$BEGIN", "K:AS D:$fn$ B:BEGIN k:BEGIN", "dollar $fn$");
    row("other tag does not close", Postgres, "$a$ x $b$ y", "D:$a$ B: x $b$ y d:$b$ s: y", "dollar $a$");
    row("positional parameter", Postgres, "WHERE id = $1", "K:WHERE N:1");
    row("dollar in identifier", Postgres, "a$b$ c", "");
    row("dollar not special in sqlite", Sqlite, "$$ SELECT", "K:SELECT");
    row("dollar inside a word in sqlite", Sqlite, "x$select", ""); // as the splitter and SQLite read it
    row("qualified keyword", Sqlite, "t.key, key.x", "");
    row("non-ASCII", Sqlite, "'Seán' -- café", "S:'Seán' C:-- café");
}

void TestSqlHighlighter::line()
{
    QFETCH(DatabaseKind, dialect);
    QFETCH(QString, text);
    QFETCH(QString, spans);
    QFETCH(QString, end);
    const SqlHighlightedLine result = highlightSqlLine(text, {}, dialect);
    QCOMPARE(describe(text, result.spans), spans);
    QCOMPARE(stateName(result.end), end);
}

void TestSqlHighlighter::lines_data()
{
    QTest::addColumn<DatabaseKind>("dialect");
    QTest::addColumn<QStringList>("text");
    QTest::addColumn<QStringList>("spans");

    QTest::newRow("string across lines") << Sqlite << QStringList{"INSERT 'a", "b' SELECT"}
                                         << QStringList{"K:INSERT S:'a", "S:b' K:SELECT"};
    QTest::newRow("comment across lines") << Sqlite << QStringList{"/* SELECT", "still", "*/ SELECT"}
                                          << QStringList{"C:/* SELECT", "C:still", "C:*/ K:SELECT"};
    QTest::newRow("nested comment across lines") << Postgres << QStringList{"/* a /* b", "*/ c", "*/ SELECT"}
                                                 << QStringList{"C:/* a /* b", "C:*/ c", "C:*/ K:SELECT"};
    QTest::newRow("function body") << Postgres
        << QStringList{"CREATE FUNCTION f() RETURNS int AS $body$", "BEGIN", "  RETURN 'x; $$';", "END;", "$body$ LANGUAGE plpgsql;"}
        << QStringList{"K:CREATE K:FUNCTION K:RETURNS T:int K:AS D:$body$", "B:BEGIN k:BEGIN",
                       "B:  RETURN 'x; $$'; k:RETURN s:'x; $$'", "B:END; k:END", "D:$body$ K:LANGUAGE"};
    QTest::newRow("mysql double-quoted across lines") << MySql << QStringList{"SELECT \"a", "b\" FROM"}
                                                      << QStringList{"K:SELECT S:\"a", "S:b\" K:FROM"};
    QTest::newRow("identifier across lines") << Postgres << QStringList{"SELECT \"a", "b\" FROM"}
                                             << QStringList{"K:SELECT Q:\"a", "Q:b\" K:FROM"};
}

void TestSqlHighlighter::lines()
{
    QFETCH(DatabaseKind, dialect);
    QFETCH(QStringList, text);
    QFETCH(QStringList, spans);
    SqlLineState state;
    QStringList actual;
    for (const QString &line : text) {
        const SqlHighlightedLine result = highlightSqlLine(line, state, dialect);
        actual << describe(line, result.spans);
        state = result.end;
    }
    QCOMPARE(actual, spans);
    QCOMPARE(state.kind, SqlLineState::Kind::Normal);
}

void TestSqlHighlighter::highlighterCarriesStateAcrossBlocks()
{
    QTextDocument document;
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document)); // as in QPlainTextEdit; no layout, no signals
    SqlHighlighter highlighter(&document, DatabaseKind::Postgres);
    QTextCursor(&document).insertText(QStringLiteral("SELECT $x$\nSELECT\n$x$ SELECT"));
    const QTextBlock second = document.findBlockByNumber(1);
    const QTextBlock third = document.findBlockByNumber(2);
    QVERIFY(second.userState() >= 0x10000);
    QCOMPARE(third.userState(), 0);
    // "SELECT" on the second line is embedded SQL: keyword colour on the body's background.
    const QList<QTextLayout::FormatRange> formats = second.layout()->formats();
    QVERIFY(!formats.isEmpty());
    QCOMPARE(formats.last().format.foreground(), highlighter.formatFor(SqlHighlightKind::Keyword).foreground());
    QCOMPARE(formats.last().format.background(), highlighter.formatFor(SqlHighlightKind::DollarBody).background());
}

void TestSqlHighlighter::changingTagRehighlightsFollowingLines()
{
    QTextDocument document;
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document)); // as in QPlainTextEdit; no layout, no signals
    SqlHighlighter highlighter(&document, DatabaseKind::Postgres);
    QTextCursor(&document).insertText(QStringLiteral("AS $a$\nbody\n$a$;\nSELECT 1;"));
    QCOMPARE(document.findBlockByNumber(3).userState(), 0);
    // Renaming the opening tag leaves the body open to the end of the script.
    QTextCursor cursor(document.findBlockByNumber(0));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, 2);
    cursor.deleteChar();
    cursor.insertText(QStringLiteral("b"));
    QCOMPARE(document.findBlockByNumber(0).text(), QStringLiteral("AS $b$"));
    QVERIFY(document.findBlockByNumber(3).userState() >= 0x10000);
    highlighter.setDialect(DatabaseKind::Sqlite); // no dollar quotes in SQLite
    QCOMPARE(document.findBlockByNumber(3).userState(), 0);
}

QTEST_MAIN(TestSqlHighlighter)
#include "tst_sqlhighlighter.moc"
