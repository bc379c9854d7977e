// splitMigrationSql: splitSql, with goose's StatementBegin/StatementEnd blocks kept whole.
#include "sqlsplitter.h"

#include "core/tr.h"
#include "gooseannotation.h"

#include <QCoreApplication>

#include <algorithm>
#include <cctype>
#include <optional>

namespace tidemark {
namespace {

// The text between a "-- +goose StatementBegin" line and its "-- +goose StatementEnd" line: it runs as one
// statement however many ';' it holds. Offsets are bytes into the UTF-8 script; the block starts at the line
// after StatementBegin and ends where the StatementEnd line starts.
struct StatementBlock
{
    qsizetype offset = 0;
    qsizetype length = 0;
    int firstLine = 1; // 1-based line of the block's first byte
};

struct StatementBlockScan
{
    QList<StatementBlock> blocks;
    QString error;     // an unclosed or unopened block; empty when the markers pair up
    int errorLine = 0;
};

int lineAt(const QByteArray &script, qsizetype from, int fromLine, qsizetype position)
{
    return fromLine + int(std::count(script.cbegin() + from, script.cbegin() + position, '\n'));
}

// Splits script[from, to) and appends its statements with offsets and lines made absolute.
bool appendSplit(const QByteArray &script, qsizetype from, qsizetype to, int firstLine, DatabaseKind dialect,
                 SplitResult &result)
{
    const SplitResult part = splitSql(script.mid(from, to - from), dialect);
    for (SqlStatement statement : part.statements) {
        statement.offset += from;
        statement.line += firstLine - 1;
        result.statements.append(statement);
    }
    if (!part.ok()) {
        result.error = part.error;
        result.errorLine = part.errorLine + firstLine - 1;
        return false;
    }
    return true;
}

// The block as one statement; nullopt when it holds nothing but blanks and comments.
std::optional<SqlStatement> blockStatement(const QByteArray &script, const StatementBlock &block, DatabaseKind dialect)
{
    const QByteArray body = script.mid(block.offset, block.length);
    const SplitResult split = splitSql(body, dialect);
    SqlStatement statement;
    if (split.ok()) {
        if (split.statements.isEmpty())
            return std::nullopt;
        const SqlStatement &first = split.statements.constFirst();
        const SqlStatement &last = split.statements.constLast();
        statement.offset = block.offset + first.offset;
        statement.length = last.offset + last.length - first.offset;
        statement.line = block.firstLine + first.line - 1;
        statement.noTransaction = first.noTransaction;
        statement.addsEnumValue = first.addsEnumValue;
        statement.kind = split.statements.size() == 1 ? first.kind : SqlStatement::Kind::Ordinary;
        return statement;
    }
    // The splitter cannot read it (it is the author's block, not ours to judge): send it as written, trimmed.
    qsizetype begin = 0;
    qsizetype end = body.size();
    while (begin < end && std::isspace(static_cast<unsigned char>(body.at(begin))))
        ++begin;
    while (end > begin && std::isspace(static_cast<unsigned char>(body.at(end - 1))))
        --end;
    if (begin == end)
        return std::nullopt;
    statement.offset = block.offset + begin;
    statement.length = end - begin;
    statement.line = lineAt(script, block.offset, block.firstLine, statement.offset);
    return statement;
}

// Finds the blocks of a script (a goose section as read by GooseConvention, or the same text as stored in
// the history table: the marker lines are part of it).
StatementBlockScan findStatementBlocks(const QByteArray &utf8Script)
{
    StatementBlockScan scan;
    qsizetype start = 0;
    int number = 1;
    int openLine = 0;
    StatementBlock open;
    const qsizetype size = utf8Script.size();
    while (start < size) {
        const qsizetype lf = utf8Script.indexOf('\n', start);
        const qsizetype next = lf < 0 ? size : lf + 1;
        const QByteArray line = utf8Script.mid(start, next - start);
        // Only lines starting with "--" can be markers; decoding every line would be wasted work.
        if (line.trimmed().startsWith("--")) {
            const GooseAnnotation annotation = gooseAnnotation(QString::fromUtf8(line));
            if (annotation == GooseAnnotation::StatementBegin) {
                if (openLine) {
                    scan.error = Tr::tr("\"-- +goose StatementBegin\" inside the block opened at line %1").arg(openLine);
                    scan.errorLine = number;
                    return scan;
                }
                openLine = number;
                open = StatementBlock{next, 0, number + 1};
            } else if (annotation == GooseAnnotation::StatementEnd) {
                if (!openLine) {
                    scan.error = Tr::tr("\"-- +goose StatementEnd\" without a \"-- +goose StatementBegin\" before it");
                    scan.errorLine = number;
                    return scan;
                }
                open.length = start - open.offset;
                scan.blocks.append(open);
                openLine = 0;
            }
        }
        start = next;
        ++number;
    }
    if (openLine) {
        scan.error = Tr::tr("\"-- +goose StatementBegin\" has no \"-- +goose StatementEnd\"");
        scan.errorLine = openLine;
    }
    return scan;
}

} // namespace

SplitResult splitMigrationSql(const QByteArray &utf8Script, DatabaseKind dialect)
{
    const StatementBlockScan scan = findStatementBlocks(utf8Script);
    if (scan.blocks.isEmpty() && scan.error.isEmpty())
        return splitSql(utf8Script, dialect);
    SplitResult result;
    if (!scan.error.isEmpty()) {
        result.error = scan.error;
        result.errorLine = scan.errorLine;
        return result;
    }
    qsizetype position = 0;
    int line = 1;
    for (const StatementBlock &block : scan.blocks) {
        if (!appendSplit(utf8Script, position, block.offset, line, dialect, result))
            return result;
        if (const std::optional<SqlStatement> statement = blockStatement(utf8Script, block, dialect))
            result.statements.append(*statement);
        position = block.offset + block.length;
        line = lineAt(utf8Script, block.offset, block.firstLine, position);
    }
    appendSplit(utf8Script, position, utf8Script.size(), line, dialect, result);
    return result;
}

} // namespace tidemark
