#include "diff/textdiff.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <vector>

using namespace tidemark;
using Kind = DiffRow::Kind;

namespace {

// One letter a row: '=' equal, '~' changed, '-' deleted, '+' inserted.
QString shape(const TextDiff &diff)
{
    QString s;
    for (const DiffRow &row : diff.rows)
        s += row.kind == Kind::Equal ? u'=' : row.kind == Kind::Changed ? u'~' : row.kind == Kind::Deleted ? u'-' : u'+';
    return s;
}

QString lines(std::initializer_list<const char *> list)
{
    QString text;
    for (const char *line : list)
        text += QString::fromUtf8(line) + u'\n';
    return text;
}

// Every line of both sides appears exactly once and in order; equal rows hold equal text.
void verifyAlignment(const TextDiff &diff)
{
    int left = 0, right = 0;
    for (const DiffRow &row : diff.rows) {
        if (row.left >= 0)
            QCOMPARE(row.left, left++);
        if (row.right >= 0)
            QCOMPARE(row.right, right++);
        QCOMPARE(row.left >= 0, row.kind != Kind::Inserted);
        QCOMPARE(row.right >= 0, row.kind != Kind::Deleted);
        if (row.kind == Kind::Equal)
            QCOMPARE(diff.leftLines.at(row.left), diff.rightLines.at(row.right));
    }
    QCOMPARE(left, int(diff.leftLines.size()));
    QCOMPARE(right, int(diff.rightLines.size()));
    int hunkRows = 0;
    for (const DiffHunk &hunk : diff.hunks) {
        hunkRows += hunk.rowCount;
        for (int r = hunk.firstRow; r < hunk.firstRow + hunk.rowCount; ++r)
            QVERIFY(diff.rows.at(r).kind != Kind::Equal);
    }
    QCOMPARE(hunkRows, int(std::count_if(diff.rows.cbegin(), diff.rows.cend(),
                                         [](const DiffRow &r) { return r.kind != Kind::Equal; })));
}

int lcsLength(const std::vector<int> &a, const std::vector<int> &b)
{
    std::vector<std::vector<int>> t(a.size() + 1, std::vector<int>(b.size() + 1, 0));
    for (size_t i = 1; i <= a.size(); ++i)
        for (size_t j = 1; j <= b.size(); ++j)
            t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1 : std::max(t[i - 1][j], t[i][j - 1]);
    return t[a.size()][b.size()];
}

// Applies a unified diff to the left text, as patch would.
QString applyUnified(const QString &left, const QString &patch)
{
    QStringList in = left.split(u'\n');
    const bool leftEol = left.endsWith(u'\n');
    if (left.isEmpty())
        in.clear();
    else if (leftEol)
        in.removeLast();
    QStringList out;
    qsizetype next = 0; // next unread left line
    bool lastFromPatch = false, lastNoEol = false, lastWasLeftEnd = false;
    const QStringList p = patch.split(u'\n');
    for (qsizetype k = 2; k < p.size(); ++k) {
        const QString &line = p.at(k);
        if (line.startsWith(u'@')) {
            const QString range = line.section(u' ', 1, 1).mid(1);
            const int start = range.section(u',', 0, 0).toInt();
            const int upTo = range.endsWith(QStringLiteral(",0")) ? start : start - 1;
            while (next < upTo) {
                lastWasLeftEnd = next == in.size() - 1;
                out.append(in.at(next++));
                lastFromPatch = false;
            }
        } else if (line.startsWith(u' ') || line.startsWith(u'+')) {
            out.append(line.mid(1));
            next += line.startsWith(u' ') ? 1 : 0;
            lastFromPatch = true;
            lastNoEol = false;
        } else if (line.startsWith(u'-')) {
            ++next;
        } else if (line.startsWith(u'\\')) {
            if (!p.at(k - 1).startsWith(u'-'))
                lastNoEol = true;
        }
    }
    while (next < in.size()) {
        lastWasLeftEnd = next == in.size() - 1;
        out.append(in.at(next++));
        lastFromPatch = false;
    }
    const bool eol = !out.isEmpty() && (lastFromPatch ? !lastNoEol : !lastWasLeftEnd || leftEol);
    return out.join(u'\n') + (eol ? QStringLiteral("\n") : QString());
}

} // namespace

class TestTextDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alignment_data();
    void alignment();
    void emptyFiles();
    void changedLineHasWordSpans();
    void movedBlock();
    void crlfAgainstLf();
    void missingFinalNewline();
    void slidesInsertionToStatementBoundary();
    void veryLongLines();
    void unrelatedTextsStayBounded();
    void shortestScriptOnRandomInputs();
    void unifiedDiffFormat();
    void unifiedDiffAppliesBack();
    void lineWords_data();
    void lineWords();
    void sequences();
};

void TestTextDiff::alignment_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QString>("shape");

    QTest::newRow("identical") << lines({"a", "b"}) << lines({"a", "b"}) << "==";
    QTest::newRow("insert middle") << lines({"a", "c"}) << lines({"a", "b", "c"}) << "=+=";
    QTest::newRow("insert first") << lines({"b", "c"}) << lines({"a", "b", "c"}) << "+==";
    QTest::newRow("insert last") << lines({"a", "b"}) << lines({"a", "b", "c"}) << "==+";
    QTest::newRow("delete middle") << lines({"a", "b", "c"}) << lines({"a", "c"}) << "=-=";
    QTest::newRow("delete all but one") << lines({"a", "b", "c"}) << lines({"b"}) << "-=-";
    QTest::newRow("edit") << lines({"CREATE TABLE t (", "  id INT", ");"})
                          << lines({"CREATE TABLE t (", "  id BIGINT", ");"}) << "=~=";
    QTest::newRow("edit and insert")
        << lines({"SELECT 1;", "UPDATE t SET a = 1 WHERE id = 2;", "SELECT 3;"})
        << lines({"SELECT 1;", "UPDATE t SET a = 10 WHERE id = 2;", "DELETE FROM t WHERE id = 7;", "SELECT 3;"})
        << "=~+=";
    QTest::newRow("dissimilar replacement side by side")
        << lines({"x", "alpha beta gamma", "y"}) << lines({"x", "0123456789", "y"}) << "=~=";
    QTest::newRow("two hunks") << lines({"a", "b", "c", "d", "e"}) << lines({"a", "B", "c", "d", "e", "f"}) << "=~===+";
}

void TestTextDiff::alignment()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(QString, shape);
    const TextDiff diff = diffTexts(left, right);
    QCOMPARE(::shape(diff), shape);
    verifyAlignment(diff);
    QCOMPARE(diff.identical(), !shape.contains(QRegularExpression(QStringLiteral("[-+~]"))));
}

void TestTextDiff::emptyFiles()
{
    TextDiff diff = diffTexts(QString(), QString());
    QVERIFY(diff.identical());
    QVERIFY(diff.rows.isEmpty());
    QVERIFY(unifiedDiff(diff, QStringLiteral("a"), QStringLiteral("b")).isEmpty());

    diff = diffTexts(QString(), lines({"a", "b"}));
    QCOMPARE(shape(diff), QStringLiteral("++"));
    QCOMPARE(diff.hunks.size(), 1);
    QCOMPARE(diff.hunks.first().leftCount, 0);
    QCOMPARE(diff.hunks.first().rightCount, 2);
    QCOMPARE(unifiedDiff(diff, QStringLiteral("a"), QStringLiteral("b")),
             QStringLiteral("--- a\n+++ b\n@@ -0,0 +1,2 @@\n+a\n+b\n"));

    diff = diffTexts(lines({"a"}), QString());
    QCOMPARE(shape(diff), QStringLiteral("-"));
    verifyAlignment(diff);
    // A text of one empty line is not an empty text.
    diff = diffTexts(QStringLiteral("\n"), QString());
    QCOMPARE(shape(diff), QStringLiteral("-"));
}

void TestTextDiff::changedLineHasWordSpans()
{
    const TextDiff diff = diffTexts(lines({"    price_cents INTEGER NOT NULL CHECK (price_cents >= 0),"}),
                                    lines({"    price_cents BIGINT NOT NULL CHECK (price_cents > 0),"}));
    QCOMPARE(shape(diff), QStringLiteral("~"));
    const DiffRow &row = diff.rows.first();
    QCOMPARE(row.leftSpans.size(), 2);
    QCOMPARE(diff.leftLines.first().mid(row.leftSpans.at(0).start, row.leftSpans.at(0).length), QStringLiteral("INTEGER"));
    QCOMPARE(diff.leftLines.first().mid(row.leftSpans.at(1).start, row.leftSpans.at(1).length), QStringLiteral(">="));
    QCOMPARE(diff.rightLines.first().mid(row.rightSpans.at(0).start, row.rightSpans.at(0).length), QStringLiteral("BIGINT"));
    QCOMPARE(diff.rightLines.first().mid(row.rightSpans.at(1).start, row.rightSpans.at(1).length), QStringLiteral(">"));
}

void TestTextDiff::movedBlock()
{
    const QString left = lines({"CREATE TABLE a (id INT);", "CREATE TABLE b (id INT);", "x1", "x2", "x3",
                                "CREATE TABLE c (id INT);"});
    const QString right = lines({"x1", "x2", "x3", "CREATE TABLE a (id INT);", "CREATE TABLE b (id INT);",
                                 "CREATE TABLE c (id INT);"});
    const TextDiff diff = diffTexts(left, right);
    verifyAlignment(diff);
    QCOMPARE(shape(diff), QStringLiteral("--===++="));
    QCOMPARE(diff.hunks.size(), 2);
    QVERIFY(diff.rows.at(0).leftMoved);
    QVERIFY(diff.rows.at(1).leftMoved);
    QVERIFY(diff.rows.at(5).rightMoved);
    QVERIFY(diff.rows.at(6).rightMoved);
    QVERIFY(!diff.rows.at(2).leftMoved);
}

void TestTextDiff::crlfAgainstLf()
{
    const QString lf = lines({"CREATE TABLE t (", "  id INT", ");"});
    QString crlf = lf;
    crlf.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    TextDiff diff = diffTexts(lf, crlf);
    QVERIFY(diff.identical());
    QCOMPARE(diff.leftLineEnding, LineEnding::Lf);
    QCOMPARE(diff.rightLineEnding, LineEnding::CrLf);
    QVERIFY(diff.lineEndingsDiffer());
    QCOMPARE(diff.rightLines.at(1), QStringLiteral("  id INT")); // no CR in what is shown
    QVERIFY(unifiedDiff(diff, QStringLiteral("a"), QStringLiteral("b")).isEmpty());

    TextDiffOptions strict;
    strict.ignoreLineEndings = false;
    diff = diffTexts(lf, crlf, strict);
    QCOMPARE(shape(diff), QStringLiteral("~~~"));
    // Compared, the CRs go into the unified diff, so that it patches the file back exactly.
    QCOMPARE(unifiedDiff(diff, QStringLiteral("a"), QStringLiteral("b"), 0),
             QStringLiteral("--- a\n+++ b\n@@ -1,3 +1,3 @@\n-CREATE TABLE t (\n-  id INT\n-);\n"
                            "+CREATE TABLE t (\r\n+  id INT\r\n+);\r\n"));

    // An edit in a CRLF file against its LF original: only the edited line.
    QString edited = crlf;
    edited.replace(QStringLiteral("id INT"), QStringLiteral("id BIGINT"));
    diff = diffTexts(lf, edited);
    QCOMPARE(shape(diff), QStringLiteral("=~="));
    QCOMPARE(diffTexts(lf, lf).lineEndingsDiffer(), false);
}

void TestTextDiff::missingFinalNewline()
{
    const TextDiff diff = diffTexts(QStringLiteral("a\nb\n"), QStringLiteral("a\nb"));
    QVERIFY(!diff.identical());
    QCOMPARE(shape(diff), QStringLiteral("=~"));
    QVERIFY(!diff.rightEndsWithNewline);
    QCOMPARE(unifiedDiff(diff, QStringLiteral("a"), QStringLiteral("b")),
             QStringLiteral("--- a\n+++ b\n@@ -1,2 +1,2 @@\n a\n-b\n+b\n\\ No newline at end of file\n"));
    QVERIFY(diffTexts(QStringLiteral("a\nb"), QStringLiteral("a\nb")).identical());
}

void TestTextDiff::slidesInsertionToStatementBoundary()
{
    // Myers may start the insertion at the first ");" — the slide puts the new table after the old one.
    const QString left = lines({"CREATE TABLE t (", "  id INT", ");"});
    const QString right = lines({"CREATE TABLE t (", "  id INT", ");", "", "CREATE TABLE u (", "  id INT", ");"});
    const TextDiff diff = diffTexts(left, right);
    QCOMPARE(shape(diff), QStringLiteral("===++++"));
    QCOMPARE(diff.rightLines.at(diff.rows.at(3).right), QString());
}

void TestTextDiff::veryLongLines()
{
    QString longLine = QStringLiteral("INSERT INTO t VALUES ");
    for (int k = 0; k < 5000; ++k)
        longLine += QStringLiteral("(%1, 'value %1'), ").arg(k);
    QString edited = longLine;
    const qsizetype at = edited.indexOf(QStringLiteral("'value 4000'"));
    edited.replace(at, 12, QStringLiteral("'changed'"));
    QElapsedTimer timer;
    timer.start();
    const TextDiff diff = diffTexts(longLine + u'\n' + QStringLiteral("SELECT 1;\n"), edited + u'\n' + QStringLiteral("SELECT 1;\n"));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(shape(diff), QStringLiteral("~="));
    const DiffRow &row = diff.rows.first();
    QCOMPARE(row.leftSpans.size(), 1);
    QCOMPARE(row.rightSpans.size(), 1);
    QCOMPARE(diff.rightLines.first().mid(row.rightSpans.first().start, row.rightSpans.first().length),
             QStringLiteral("changed"));
    QCOMPARE(diff.leftLines.first().mid(row.leftSpans.first().start, row.leftSpans.first().length),
             QStringLiteral("value 4000"));

    // Two long lines with nothing in common: bounded, and still a correct (if coarse) script.
    QString a, b;
    for (int k = 0; k < 30000; ++k) {
        a += QStringLiteral("a%1 ").arg(k);
        b += QStringLiteral("b%1 ").arg(k);
    }
    timer.restart();
    const LineDiff words = diffLine(a, b);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!words.left.isEmpty());
}

void TestTextDiff::unrelatedTextsStayBounded()
{
    QString a, b;
    for (int k = 0; k < 5000; ++k) {
        a += QStringLiteral("INSERT INTO a VALUES (%1);\n").arg(k);
        b += QStringLiteral("SELECT %1 FROM b;\n").arg(k);
    }
    QElapsedTimer timer;
    timer.start();
    const TextDiff diff = diffTexts(a, b);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    verifyAlignment(diff);
    QCOMPARE(diff.hunks.size(), 1);
}

void TestTextDiff::shortestScriptOnRandomInputs()
{
    QRandomGenerator random(42);
    for (int round = 0; round < 300; ++round) {
        std::vector<int> a(random.bounded(40)), b(random.bounded(40));
        const int alphabet = 2 + int(random.bounded(6));
        for (int &x : a)
            x = int(random.bounded(alphabet));
        for (int &x : b)
            x = int(random.bounded(alphabet));
        const SequenceDiff d = diffSequences(a, b);
        QVERIFY(!d.approximate);
        qsizetype common = 0, lastLeft = -1, lastRight = -1;
        for (const DiffMatch &match : d.matches) {
            QVERIFY(match.length > 0);
            QVERIFY(match.left > lastLeft && match.right > lastRight);
            for (qsizetype k = 0; k < match.length; ++k)
                QCOMPARE(a[size_t(match.left + k)], b[size_t(match.right + k)]);
            lastLeft = match.left + match.length - 1;
            lastRight = match.right + match.length - 1;
            common += match.length;
        }
        QCOMPARE(int(common), lcsLength(a, b));

        // The same as text lines: the alignment invariants hold.
        QString left, right;
        for (int x : a)
            left += QString::number(x) + u'\n';
        for (int x : b)
            right += QString::number(x) + u'\n';
        verifyAlignment(diffTexts(left, right));
    }
}

void TestTextDiff::unifiedDiffFormat()
{
    QStringList base;
    for (int k = 1; k <= 20; ++k)
        base << QStringLiteral("line %1").arg(k);
    QStringList changed = base;
    changed[1] = QStringLiteral("line two");
    changed.insert(15, QStringLiteral("new line"));
    const TextDiff diff = diffTexts(base.join(u'\n') + u'\n', changed.join(u'\n') + u'\n');
    QCOMPARE(unifiedDiff(diff, QStringLiteral("a/x.sql"), QStringLiteral("b/x.sql"), 2),
             QStringLiteral("--- a/x.sql\n+++ b/x.sql\n"
                            "@@ -1,4 +1,4 @@\n line 1\n-line 2\n+line two\n line 3\n line 4\n"
                            "@@ -14,4 +14,5 @@\n line 14\n line 15\n+new line\n line 16\n line 17\n"));
    // With more context the two hunks merge into one.
    QCOMPARE(unifiedDiff(diff, QStringLiteral("a"), QStringLiteral("b"), 7).count(QStringLiteral("@@ -")), 1);
}

void TestTextDiff::unifiedDiffAppliesBack()
{
    QRandomGenerator random(7);
    for (int round = 0; round < 100; ++round) {
        QStringList a, b;
        for (int k = 0; k < int(random.bounded(30)); ++k)
            a << QStringLiteral("l%1").arg(random.bounded(8));
        for (int k = 0; k < int(random.bounded(30)); ++k)
            b << QStringLiteral("l%1").arg(random.bounded(8));
        const QString left = a.join(u'\n') + (random.bounded(2) ? QStringLiteral("\n") : QString());
        const QString right = b.join(u'\n') + (random.bounded(2) ? QStringLiteral("\n") : QString());
        const TextDiff diff = diffTexts(left, right);
        const QString patch = unifiedDiff(diff, QStringLiteral("a"), QStringLiteral("b"), int(random.bounded(4)));
        if (diff.identical())
            continue;
        QVERIFY2(applyUnified(left, patch) == right, qPrintable(patch));
    }
}

void TestTextDiff::lineWords_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QStringList>("leftChanged");
    QTest::addColumn<QStringList>("rightChanged");

    QTest::newRow("one word") << "name VARCHAR(100) NOT NULL" << "name VARCHAR(200) NOT NULL"
                              << QStringList{"100"} << QStringList{"200"};
    QTest::newRow("word added") << "a INT" << "a INT NOT NULL" << QStringList{} << QStringList{" NOT NULL"};
    QTest::newRow("identifier renamed") << "created_at TEXT" << "updated_at TEXT"
                                        << QStringList{"created_at"} << QStringList{"updated_at"};
    QTest::newRow("blank-separated changes merge") << "a b c d" << "a x y d" << QStringList{"b c"} << QStringList{"x y"};
    QTest::newRow("indentation") << "  id INT," << "    id INT," << QStringList{"  "} << QStringList{"    "};
    QTest::newRow("non-ASCII") << "'Seán O''Brien'" << "'Sean O''Brien'" << QStringList{"Seán"} << QStringList{"Sean"};
    QTest::newRow("emoji") << "x = '\U0001F600'" << "x = '\U0001F601'"
                           << QStringList{QStringLiteral("\U0001F600")} << QStringList{QStringLiteral("\U0001F601")};
    QTest::newRow("identical") << "same" << "same" << QStringList{} << QStringList{};
    QTest::newRow("empty left") << "" << "new" << QStringList{} << QStringList{"new"};
}

void TestTextDiff::lineWords()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(QStringList, leftChanged);
    QFETCH(QStringList, rightChanged);
    const LineDiff d = diffLine(left, right);
    QStringList l, r;
    for (const DiffSpan &s : d.left)
        l << left.mid(s.start, s.length);
    for (const DiffSpan &s : d.right)
        r << right.mid(s.start, s.length);
    QCOMPARE(l, leftChanged);
    QCOMPARE(r, rightChanged);
}

void TestTextDiff::sequences()
{
    const std::vector<int> a{1, 2, 3, 4, 5}, b{1, 3, 4, 6, 5};
    const SequenceDiff d = diffSequences(a, b);
    QCOMPARE(d.matches, (QList<DiffMatch>{{0, 0, 1}, {2, 1, 2}, {4, 4, 1}}));
    QVERIFY(diffSequences({}, {}).matches.isEmpty());
}

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
