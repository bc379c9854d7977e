// diffTexts on generated migration scripts: two 10 000-line scripts with 5 % of the lines changed (edited,
// inserted or deleted), plus the hard cases. Prints the best and median of several runs in milliseconds.
// Usage: bench_diff [lines] [percent]

#include "diff/textdiff.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace tidemark;

namespace {

constexpr int repetitions = 15;

QStringList generateLines(int count)
{
    QStringList lines;
    for (int table = 0; lines.size() < count; ++table) {
        const QString n = QString::number(table);
        lines << QStringLiteral("-- table %1: orders of region %1").arg(n)
              << QStringLiteral("CREATE TABLE orders_%1 (").arg(n)
              << QStringLiteral("    id          BIGINT PRIMARY KEY,")
              << QStringLiteral("    customer_id BIGINT NOT NULL REFERENCES customers (id),")
              << QStringLiteral("    status      TEXT   NOT NULL DEFAULT 'pending',")
              << QStringLiteral("    total_cents BIGINT NOT NULL CHECK (total_cents >= 0),")
              << QStringLiteral("    placed_at   TIMESTAMPTZ NOT NULL DEFAULT now()")
              << QStringLiteral(");")
              << QStringLiteral("CREATE INDEX idx_orders_%1_customer ON orders_%1 (customer_id);").arg(n)
              << QString();
        for (int row = 0; row < 10; ++row)
            lines << QStringLiteral("INSERT INTO orders_%1 VALUES (%2, %3, 'paid', %4, now());")
                         .arg(n).arg(row).arg(row * 7 % 13).arg(row * 1234);
        lines << QString();
    }
    lines.resize(count);
    return lines;
}

// Changes `percent` of the lines: a third edited in place, a third deleted, a third with a line inserted.
QStringList mutate(QStringList lines, int percent, quint32 seed)
{
    QRandomGenerator random(seed);
    const int changes = int(lines.size()) * percent / 100;
    for (int c = 0; c < changes; ++c) {
        const int at = int(random.bounded(int(lines.size())));
        switch (c % 3) {
        case 0:
            lines[at] = lines.at(at) + QStringLiteral(" -- edited");
            break;
        case 1:
            lines.removeAt(at);
            break;
        default:
            lines.insert(at, QStringLiteral("UPDATE orders SET status = 'shipped' WHERE id = %1;").arg(c));
            break;
        }
    }
    return lines;
}

struct Timing
{
    double best = 0;
    double median = 0;
};

Timing measure(const std::function<void()> &work)
{
    std::vector<double> ms;
    for (int r = 0; r < repetitions; ++r) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms.front(), ms[ms.size() / 2]};
}

void report(const char *name, const Timing &t, const TextDiff &diff)
{
    std::printf("%-44s %9.2f %9.2f %7lld %7lld %s\n", name, t.best, t.median, qlonglong(diff.hunks.size()),
                qlonglong(diff.rows.size()), diff.approximate ? "approx" : "exact");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int lineCount = args.size() > 1 ? args.at(1).toInt() : 10000;
    const int percent = args.size() > 2 ? args.at(2).toInt() : 5;

    const QStringList base = generateLines(lineCount);
    const QString left = base.join(u'\n') + u'\n';
    const QString right = mutate(base, percent, 7).join(u'\n') + u'\n';

    std::printf("%-44s %9s %9s %7s %7s\n", "case", "best ms", "median ms", "hunks", "rows");
    TextDiff diff;
    const QByteArray title = QStringLiteral("%1 lines, %2% changed, rows + intra-line").arg(lineCount).arg(percent).toUtf8();
    report(title.constData(), measure([&] { diff = diffTexts(left, right); }), diff);

    TextDiffOptions linesOnly;
    linesOnly.intraLine = false;
    report("  same, lines only", measure([&] { diff = diffTexts(left, right, linesOnly); }), diff);

    QString unified;
    diff = diffTexts(left, right);
    const Timing u = measure([&] { unified = unifiedDiff(diff, QStringLiteral("a"), QStringLiteral("b")); });
    std::printf("%-44s %9.2f %9.2f %7s %7lld\n", "  unifiedDiff of it", u.best, u.median, "", qlonglong(unified.size()));

    // Nothing in common: the cost cap and the pairing limit keep it bounded.
    QStringList other;
    for (int k = 0; k < lineCount; ++k)
        other << QStringLiteral("SELECT %1 AS unrelated_line;").arg(k);
    const QString unrelated = other.join(u'\n') + u'\n';
    report("every line different", measure([&] { diff = diffTexts(left, unrelated); }), diff);

    // One very long line (a 200 000-character INSERT) with a few edits.
    QString longLine = QStringLiteral("INSERT INTO t VALUES ");
    for (int k = 0; k < 8000; ++k)
        longLine += QStringLiteral("(%1, 'v%1'), ").arg(k);
    QString longEdited = longLine;
    for (int k = 1; k < 10; ++k)
        longEdited.replace(k * 15000, 3, QStringLiteral("XYZ"));
    report("one 200k-char line, 9 edits", measure([&] { diff = diffTexts(longLine, longEdited); }), diff);
    return 0;
}
