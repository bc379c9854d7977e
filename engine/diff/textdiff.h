#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <span>

namespace tidemark {

// Line and intra-line differences of two texts, for the diff view and for unified-diff output.
// The algorithm is Myers' O(ND) difference algorithm ("An O(ND) Difference Algorithm and Its Variations",
// 1986) in its linear-space form (divide and conquer on the middle snake), with GNU diff's cost heuristic:
// once a sub-problem needs more edits than about 2^(log4(N+M)+1) (at least 4096 for lines) the split point
// is taken from the furthest-reaching diagonal, and a total work budget bounds pathological inputs. The result
// is always a correct edit script; `approximate` says when it may not be the shortest one.

// A run of equal elements: left[left .. left+length) equals right[right .. right+length).
struct DiffMatch
{
    qsizetype left = 0;
    qsizetype right = 0;
    qsizetype length = 0;

    friend bool operator==(const DiffMatch &, const DiffMatch &) = default;
};

struct SequenceDiff
{
    QList<DiffMatch> matches; // in order, never empty-length, never adjacent on both sides
    bool approximate = false;
};

// The common runs of a shortest edit script between two sequences of element ids.
SequenceDiff diffSequences(std::span<const int> left, std::span<const int> right);

// Characters [start, start + length) of one line (UTF-16 offsets, the line without its line break).
struct DiffSpan
{
    int start = 0;
    int length = 0;

    friend bool operator==(const DiffSpan &, const DiffSpan &) = default;
};

// The parts of two similar lines that differ, at word granularity (a word is a run of letters, digits and
// '_'; blanks runs and other characters are tokens of their own). Spans separated by blanks only are merged.
struct LineDiff
{
    QList<DiffSpan> left;
    QList<DiffSpan> right;
};

LineDiff diffLine(QStringView left, QStringView right);

// One row of a side-by-side view: a left line, a right line, or both.
struct DiffRow
{
    enum class Kind : quint8 {
        Equal,    // both sides, same text
        Changed,  // both sides, different text; spans say which words (none: the lines differ as a whole)
        Deleted,  // left only; right is -1
        Inserted, // right only; left is -1
    };

    Kind kind = Kind::Equal;
    int left = -1;  // 0-based index into TextDiff::leftLines, -1 for a filler
    int right = -1; // 0-based index into TextDiff::rightLines, -1 for a filler
    // A deleted (inserted) line whose exact text is inserted (deleted) elsewhere in another change: it moved.
    bool leftMoved = false;
    bool rightMoved = false;
    QList<DiffSpan> leftSpans; // Changed rows only
    QList<DiffSpan> rightSpans;
};

// A run of consecutive non-Equal rows; what next/previous change steps through.
struct DiffHunk
{
    int firstRow = 0;
    int rowCount = 0;
    int leftBegin = 0; // 0-based first left line (where it would be for an insertion) and count
    int leftCount = 0;
    int rightBegin = 0;
    int rightCount = 0;
};

enum class LineEnding : quint8 { None, Lf, CrLf, Mixed };

struct TextDiffOptions
{
    bool ignoreLineEndings = true; // "a\r\n" equals "a\n" (the checksum ignores them too)
    bool ignoreWhitespace = false; // compare lines with all blanks removed
    bool intraLine = true;         // compute DiffRow spans
};

struct TextDiff
{
    QStringList leftLines;  // without line breaks and without the CR of a CRLF
    QStringList rightLines;
    bool leftEndsWithNewline = true;  // false when the text's last line has no line break (or it is empty)
    bool rightEndsWithNewline = true;
    LineEnding leftLineEnding = LineEnding::None;
    LineEnding rightLineEnding = LineEnding::None;
    // With TextDiffOptions::ignoreLineEndings false: which lines ended in CRLF (unifiedDiff writes the CR back,
    // so that the patch reproduces the file); empty when line endings are ignored.
    QList<bool> leftCarriageReturns;
    QList<bool> rightCarriageReturns;
    QList<DiffRow> rows;
    QList<DiffHunk> hunks;
    bool approximate = false;

    bool identical() const { return hunks.isEmpty(); }
    // Line endings differ while the lines are equal or compared without them.
    bool lineEndingsDiffer() const;
};

// Lines are split at LF. A last line without a line break differs from the same line with one, as in git.
TextDiff diffTexts(const QString &left, const QString &right, const TextDiffOptions &options = {});

// "--- leftName", "+++ rightName", then @@ hunks with `context` lines around each change; empty when the
// texts are identical. "\ No newline at end of file" where a side's last line has no line break. Lines
// are written without their CR when line endings were ignored (as diff --strip-trailing-cr does).
QString unifiedDiff(const TextDiff &diff, const QString &leftName, const QString &rightName, int context = 3);

} // namespace tidemark
