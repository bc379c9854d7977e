#include "textdiff.h"

#include "myersdiff.h"

#include <QHash>

#include <algorithm>
#include <cstring>
#include <vector>

namespace tidemark {
namespace {

template <typename Key>
int idOf(QHash<Key, int> &ids, const Key &key)
{
    auto it = ids.find(key);
    if (it == ids.end())
        it = ids.insert(key, int(ids.size()));
    return *it;
}

constexpr qint64 LineBudget = 200'000'000;
constexpr qint64 WordBudget = 2'000'000;

// Slides each pure insertion or deletion (no change on the other side next to it) as far down as the equal
// lines around it allow, so that equivalent scripts come out the same way (like git's change compaction).
void slideDown(std::vector<char> &changed, const std::vector<int> &ids, const std::vector<char> &otherChanged)
{
    const int n = int(changed.size());
    const int m = int(otherChanged.size());
    int i = 0, j = 0; // j: position in the other sequence at the start of the run
    while (i < n) {
        if (!changed[size_t(i)]) {
            while (j < m && otherChanged[size_t(j)])
                ++j;
            ++i;
            ++j;
            continue;
        }
        int s = i, e = i;
        while (e < n && changed[size_t(e)])
            ++e;
        const bool pure = (j == 0 || !otherChanged[size_t(j - 1)]) && (j >= m || !otherChanged[size_t(j)]);
        // A[s] == A[e] lets the run move down one line: A[s] pairs with what A[e] paired with.
        while (pure && e < n && !changed[size_t(e)] && ids[size_t(s)] == ids[size_t(e)]
               && ((e + 1 < n && !changed[size_t(e + 1)] && j + 1 < m && !otherChanged[size_t(j + 1)])
                   || (e + 1 == n && j + 1 == m))) {
            changed[size_t(s)] = 0;
            changed[size_t(e)] = 1;
            ++s;
            ++e;
            ++j;
        }
        i = e;
    }
}

// Sorted character bigrams of a line without its blanks: the basis of a Dice similarity.
std::vector<quint32> bigrams(QStringView line)
{
    QString compact;
    compact.reserve(line.size());
    for (QChar c : line)
        if (!c.isSpace())
            compact.append(c);
    std::vector<quint32> grams;
    if (compact.size() >= 2) {
        grams.reserve(size_t(compact.size()) - 1);
        for (qsizetype k = 0; k + 1 < compact.size(); ++k)
            grams.push_back((quint32(compact.at(k).unicode()) << 16) | compact.at(k + 1).unicode());
        std::sort(grams.begin(), grams.end());
    } else if (compact.size() == 1) {
        grams.push_back(compact.at(0).unicode());
    }
    return grams;
}

double similarity(const std::vector<quint32> &a, const std::vector<quint32> &b)
{
    if (a.empty() && b.empty())
        return 1.0; // both blank
    size_t common = 0;
    for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] < b[j]) {
            ++i;
        } else if (b[j] < a[i]) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    return 2.0 * double(common) / double(a.size() + b.size());
}

constexpr double PairThreshold = 0.5;
constexpr qint64 MaxPairingCells = 10'000; // blocks above 100 x 100 lines pair by position

// Which deleted line of a change block goes beside which inserted line: an alignment that keeps order and
// maximises the summed similarity of the pairs, pairing only lines at least PairThreshold alike.
QList<std::pair<int, int>> pairLines(const QStringList &left, int a0, int a1, const QStringList &right, int b0, int b1)
{
    const int l = a1 - a0, r = b1 - b0;
    QList<std::pair<int, int>> pairs;
    if (qint64(l) * r > MaxPairingCells) {
        // By position; only alike lines count as pairs (the others still go side by side, without spans).
        for (int k = 0; k < std::min(l, r); ++k)
            if (similarity(bigrams(left.at(a0 + k)), bigrams(right.at(b0 + k))) >= PairThreshold)
                pairs.append({a0 + k, b0 + k});
        return pairs;
    }
    std::vector<std::vector<quint32>> lg, rg;
    for (int k = a0; k < a1; ++k)
        lg.push_back(bigrams(left.at(k)));
    for (int k = b0; k < b1; ++k)
        rg.push_back(bigrams(right.at(k)));
    std::vector<double> sim(size_t(l) * size_t(r));
    std::vector<double> best((size_t(l) + 1) * (size_t(r) + 1), 0.0);
    auto at = [r](int i, int j) { return size_t(i) * size_t(r + 1) + size_t(j); };
    for (int i = 1; i <= l; ++i) {
        for (int j = 1; j <= r; ++j) {
            const double s = similarity(lg[size_t(i - 1)], rg[size_t(j - 1)]);
            sim[size_t(i - 1) * size_t(r) + size_t(j - 1)] = s;
            double v = std::max(best[at(i - 1, j)], best[at(i, j - 1)]);
            if (s >= PairThreshold)
                v = std::max(v, best[at(i - 1, j - 1)] + s);
            best[at(i, j)] = v;
        }
    }
    for (int i = l, j = r; i > 0 && j > 0;) {
        const double s = sim[size_t(i - 1) * size_t(r) + size_t(j - 1)];
        if (s >= PairThreshold && best[at(i, j)] == best[at(i - 1, j - 1)] + s) {
            pairs.prepend({a0 + i - 1, b0 + j - 1});
            --i;
            --j;
        } else if (best[at(i, j)] == best[at(i - 1, j)]) {
            --i;
        } else {
            --j;
        }
    }
    return pairs;
}

struct LineRef
{
    qsizetype start = 0;
    qsizetype end = 0; // without LF
    bool cr = false;   // end - 1 is a CR
};

QList<LineRef> splitLines(const QString &text, bool *endsWithNewline, LineEnding *ending)
{
    QList<LineRef> lines;
    qsizetype start = 0, crlf = 0, lf = 0;
    while (start < text.size()) {
        qsizetype nl = text.indexOf(u'\n', start);
        const bool hasNewline = nl >= 0;
        if (!hasNewline)
            nl = text.size();
        const bool cr = nl > start && text.at(nl - 1) == u'\r';
        if (hasNewline)
            ++(cr ? crlf : lf);
        lines.append({start, nl, cr});
        start = nl + 1;
    }
    *endsWithNewline = text.isEmpty() || text.endsWith(u'\n');
    *ending = crlf && lf ? LineEnding::Mixed : crlf ? LineEnding::CrLf : lf ? LineEnding::Lf : LineEnding::None;
    return lines;
}

// Line ids for the diff: equal ids for lines that compare equal. A last line without a line break gets
// a negative id, equal only to the same such line on the other side.
class LineIds
{
public:
    explicit LineIds(const TextDiffOptions &options) : m_options(options) {}

    std::vector<int> ids(const QString &text, const QList<LineRef> &lines, bool endsWithNewline)
    {
        std::vector<int> out;
        out.reserve(size_t(lines.size()));
        for (qsizetype k = 0; k < lines.size(); ++k) {
            const LineRef &line = lines.at(k);
            QStringView key(text.constData() + line.start, line.end - line.start);
            if (m_options.ignoreLineEndings && line.cr)
                key.chop(1);
            int id;
            if (m_options.ignoreWhitespace) {
                QString compact;
                for (QChar c : key)
                    if (!c.isSpace())
                        compact.append(c);
                id = idOf(m_compacted, compact);
            } else {
                id = idOf(m_views, key);
            }
            const bool last = k == lines.size() - 1;
            out.push_back(last && !endsWithNewline ? -id - 1 : id);
        }
        return out;
    }

private:
    TextDiffOptions m_options;
    QHash<QStringView, int> m_views;
    QHash<QString, int> m_compacted;
};

QStringList lineTexts(const QString &text, const QList<LineRef> &lines)
{
    QStringList out;
    out.reserve(lines.size());
    for (const LineRef &line : lines)
        out.append(text.mid(line.start, line.end - line.start - (line.cr ? 1 : 0)));
    return out;
}

// Marks deleted and inserted lines whose text (at least a few characters, trimmed) occurs exactly once
// among the deleted lines and once among the inserted ones, in different hunks.
void markMoves(TextDiff &diff)
{
    struct Seen
    {
        int row = -1;
        int hunk = -1;
        int count = 0;
    };
    QHash<QString, Seen> deleted, inserted;
    auto note = [](QHash<QString, Seen> &map, const QString &line, int row, int hunk) {
        const QString key = line.trimmed();
        if (key.size() < 6)
            return;
        Seen &seen = map[key];
        seen.row = row;
        seen.hunk = hunk;
        ++seen.count;
    };
    for (int h = 0; h < diff.hunks.size(); ++h) {
        const DiffHunk &hunk = diff.hunks.at(h);
        for (int r = hunk.firstRow; r < hunk.firstRow + hunk.rowCount; ++r) {
            const DiffRow &row = diff.rows.at(r);
            const bool dissimilar = row.kind == DiffRow::Kind::Changed && row.leftSpans.isEmpty();
            if (row.kind == DiffRow::Kind::Deleted || dissimilar)
                note(deleted, diff.leftLines.at(row.left), r, h);
            if (row.kind == DiffRow::Kind::Inserted || dissimilar)
                note(inserted, diff.rightLines.at(row.right), r, h);
        }
    }
    for (auto it = deleted.cbegin(); it != deleted.cend(); ++it) {
        const auto other = inserted.constFind(it.key());
        if (it->count == 1 && other != inserted.cend() && other->count == 1 && other->hunk != it->hunk) {
            diff.rows[it->row].leftMoved = true;
            diff.rows[other->row].rightMoved = true;
        }
    }
}

void addRows(TextDiff &diff, int a0, int a1, int b0, int b1, bool intraLine)
{
    DiffHunk hunk{int(diff.rows.size()), 0, a0, a1 - a0, b0, b1 - b0};
    const QList<std::pair<int, int>> pairs = pairLines(diff.leftLines, a0, a1, diff.rightLines, b0, b1);
    int i = a0, j = b0;
    auto gap = [&](int iEnd, int jEnd) {
        for (; i < iEnd && j < jEnd; ++i, ++j)
            diff.rows.append({DiffRow::Kind::Changed, i, j, false, false, {}, {}});
        for (; i < iEnd; ++i)
            diff.rows.append({DiffRow::Kind::Deleted, i, -1, false, false, {}, {}});
        for (; j < jEnd; ++j)
            diff.rows.append({DiffRow::Kind::Inserted, -1, j, false, false, {}, {}});
    };
    for (const auto &[pi, pj] : pairs) {
        gap(pi, pj);
        DiffRow row{DiffRow::Kind::Changed, i, j, false, false, {}, {}};
        if (intraLine) {
            LineDiff words = diffLine(diff.leftLines.at(i), diff.rightLines.at(j));
            row.leftSpans = std::move(words.left);
            row.rightSpans = std::move(words.right);
        }
        diff.rows.append(std::move(row));
        ++i;
        ++j;
    }
    gap(a1, b1);
    hunk.rowCount = int(diff.rows.size()) - hunk.firstRow;
    diff.hunks.append(hunk);
}

// Word tokens of a line: [start, end) offsets.
QList<std::pair<int, int>> wordTokens(QStringView line)
{
    QList<std::pair<int, int>> tokens;
    auto isWord = [](QChar c) { return c.isLetterOrNumber() || c == u'_' || c.isMark(); };
    auto isOperator = [](QChar c) { return c.unicode() < 128 && std::strchr("<>=!|&:+-*/%^~@#?", char(c.unicode())) && c != u'\0'; };
    int k = 0;
    const int n = int(line.size());
    while (k < n) {
        const int start = k;
        const QChar c = line.at(k);
        if (isWord(c)) {
            while (k < n && isWord(line.at(k)))
                ++k;
        } else if (c.isSpace()) {
            while (k < n && line.at(k).isSpace())
                ++k;
        } else if (isOperator(c)) {
            while (k < n && isOperator(line.at(k)))
                ++k;
        } else {
            ++k;
            if (c.isHighSurrogate() && k < n && line.at(k).isLowSurrogate())
                ++k;
        }
        tokens.append({start, k});
    }
    return tokens;
}

// The changed token runs of one side as character spans, merging spans that only blanks separate.
QList<DiffSpan> changedSpans(QStringView line, const QList<std::pair<int, int>> &tokens, const std::vector<char> &changed)
{
    QList<DiffSpan> spans;
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        if (!changed[size_t(t)])
            continue;
        const int start = tokens.at(t).first, end = tokens.at(t).second;
        if (!spans.isEmpty()) {
            DiffSpan &last = spans.last();
            const int lastEnd = last.start + last.length;
            const QStringView between = line.mid(lastEnd, start - lastEnd);
            if (std::all_of(between.begin(), between.end(), [](QChar c) { return c.isSpace(); })) {
                last.length = end - last.start;
                continue;
            }
        }
        spans.append({start, end - start});
    }
    return spans;
}

} // namespace

SequenceDiff diffSequences(std::span<const int> left, std::span<const int> right)
{
    const MyersChanges changes = myersDiff(left, right, 4096, LineBudget);
    SequenceDiff result;
    result.approximate = changes.approximate;
    const std::vector<char> &ca = changes.left, &cb = changes.right;
    qsizetype i = 0, j = 0;
    while (i < qsizetype(left.size()) && j < qsizetype(right.size())) {
        if (ca[size_t(i)] || cb[size_t(j)]) {
            i += ca[size_t(i)] ? 1 : 0;
            j += cb[size_t(j)] ? 1 : 0;
            continue;
        }
        if (!result.matches.isEmpty() && result.matches.last().left + result.matches.last().length == i
            && result.matches.last().right + result.matches.last().length == j)
            ++result.matches.last().length;
        else
            result.matches.append({i, j, 1});
        ++i;
        ++j;
    }
    return result;
}

LineDiff diffLine(QStringView left, QStringView right)
{
    const QList<std::pair<int, int>> lt = wordTokens(left), rt = wordTokens(right);
    QHash<QStringView, int> ids;
    std::vector<int> a, b;
    a.reserve(size_t(lt.size()));
    b.reserve(size_t(rt.size()));
    for (const auto &[s, e] : lt)
        a.push_back(idOf(ids, left.mid(s, e - s)));
    for (const auto &[s, e] : rt)
        b.push_back(idOf(ids, right.mid(s, e - s)));
    const MyersChanges changes = myersDiff(a, b, 256, WordBudget);
    return {changedSpans(left, lt, changes.left), changedSpans(right, rt, changes.right)};
}

bool TextDiff::lineEndingsDiffer() const
{
    return leftLineEnding != LineEnding::None && rightLineEnding != LineEnding::None
        && leftLineEnding != rightLineEnding;
}

TextDiff diffTexts(const QString &left, const QString &right, const TextDiffOptions &options)
{
    TextDiff diff;
    const QList<LineRef> leftRefs = splitLines(left, &diff.leftEndsWithNewline, &diff.leftLineEnding);
    const QList<LineRef> rightRefs = splitLines(right, &diff.rightEndsWithNewline, &diff.rightLineEnding);
    LineIds lineIds(options);
    const std::vector<int> a = lineIds.ids(left, leftRefs, diff.leftEndsWithNewline);
    const std::vector<int> b = lineIds.ids(right, rightRefs, diff.rightEndsWithNewline);
    diff.leftLines = lineTexts(left, leftRefs);
    diff.rightLines = lineTexts(right, rightRefs);
    if (!options.ignoreLineEndings) {
        for (const LineRef &line : leftRefs)
            diff.leftCarriageReturns.append(line.cr);
        for (const LineRef &line : rightRefs)
            diff.rightCarriageReturns.append(line.cr);
    }

    MyersChanges changes = myersDiff(a, b, 4096, LineBudget);
    diff.approximate = changes.approximate;
    std::vector<char> &ca = changes.left, &cb = changes.right;
    slideDown(ca, a, cb);
    slideDown(cb, b, ca);

    const int n = int(a.size()), m = int(b.size());
    diff.rows.reserve(std::max(n, m));
    int i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && !ca[size_t(i)] && !cb[size_t(j)]) {
            diff.rows.append({DiffRow::Kind::Equal, i++, j++, false, false, {}, {}});
            continue;
        }
        const int a0 = i, b0 = j;
        while (i < n && ca[size_t(i)])
            ++i;
        while (j < m && cb[size_t(j)])
            ++j;
        addRows(diff, a0, i, b0, j, options.intraLine);
    }
    markMoves(diff);
    return diff;
}

QString unifiedDiff(const TextDiff &diff, const QString &leftName, const QString &rightName, int context)
{
    if (diff.identical())
        return {};
    context = std::max(0, context);
    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(leftName, rightName);
    const int leftCount = int(diff.leftLines.size()), rightCount = int(diff.rightLines.size());
    auto line = [&out](QChar sign, const QString &text, bool noNewline, const QList<bool> &crs, int index) {
        out += sign;
        out += text;
        if (index < crs.size() && crs.at(index))
            out += u'\r';
        out += u'\n';
        if (noNewline)
            out += QStringLiteral("\\ No newline at end of file\n");
    };
    auto range = [](int begin, int count) {
        // 1-based start; an empty range names the line before it, as diff -u does.
        const int start = count == 0 ? begin : begin + 1;
        return count == 1 ? QString::number(start) : QStringLiteral("%1,%2").arg(start).arg(count);
    };

    for (qsizetype h = 0; h < diff.hunks.size();) {
        // Group hunks whose equal gap is at most 2 * context lines.
        qsizetype last = h;
        while (last + 1 < diff.hunks.size()
               && diff.hunks.at(last + 1).leftBegin - (diff.hunks.at(last).leftBegin + diff.hunks.at(last).leftCount)
                      <= 2 * context)
            ++last;
        const DiffHunk &first = diff.hunks.at(h), &end = diff.hunks.at(last);
        const int before = std::min(context, first.leftBegin);
        const int afterLeft = std::min(context, leftCount - (end.leftBegin + end.leftCount));
        const int lb = first.leftBegin - before, rb = first.rightBegin - before;
        const int le = end.leftBegin + end.leftCount + afterLeft, re = end.rightBegin + end.rightCount + afterLeft;
        out += QStringLiteral("@@ -%1 +%2 @@\n").arg(range(lb, le - lb), range(rb, re - rb));

        int li = lb, ri = rb;
        for (qsizetype k = h; k <= last + 1; ++k) {
            const bool tail = k > last;
            const int stopLeft = tail ? le : diff.hunks.at(k).leftBegin;
            for (; li < stopLeft; ++li, ++ri)
                line(u' ', diff.leftLines.at(li), li == leftCount - 1 && !diff.leftEndsWithNewline,
                     diff.leftCarriageReturns, li);
            if (tail)
                break;
            const DiffHunk &hunk = diff.hunks.at(k);
            for (; li < hunk.leftBegin + hunk.leftCount; ++li)
                line(u'-', diff.leftLines.at(li), li == leftCount - 1 && !diff.leftEndsWithNewline,
                     diff.leftCarriageReturns, li);
            for (; ri < hunk.rightBegin + hunk.rightCount; ++ri)
                line(u'+', diff.rightLines.at(ri), ri == rightCount - 1 && !diff.rightEndsWithNewline,
                     diff.rightCarriageReturns, ri);
        }
        h = last + 1;
    }
    return out;
}

} // namespace tidemark
