// splitMigrationSql: splitSql, with goose's StatementBegin/StatementEnd blocks and MySQL custom-delimiter
// statements cut into the units of statements they are.
#include "sqlsplitter.h"

#include "core/tr.h"
#include "gooseannotation.h"

#include <QCoreApplication>

#include <algorithm>

namespace tidemark {
namespace {

// The text between a "-- +goose StatementBegin" line and its "-- +goose StatementEnd" line: one unit, however
// many statements it holds. Offsets are bytes into the UTF-8 script; the block starts at the line
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

// Splits script[from, to) and appends its statements with offsets and lines made absolute. A block's statements
// after its first continue its unit.
bool appendSplit(const QByteArray &script, qsizetype from, qsizetype to, int firstLine, DatabaseKind dialect,
                 SplitResult &result, bool oneUnit = false)
{
    const SplitResult part = splitSql(script.mid(from, to - from), dialect);
    for (qsizetype i = 0; i < part.statements.size(); ++i) {
        SqlStatement statement = part.statements.at(i);
        statement.offset += from;
        statement.line += firstLine - 1;
        statement.continuesUnit = oneUnit && i > 0;
        result.statements.append(statement);
    }
    if (!part.ok()) {
        result.error = part.error;
        result.errorLine = part.errorLine + firstLine - 1;
        return false;
    }
    return true;
}

// A MySQL statement ended by a custom delimiter ("a; b; c$$") is a unit of the statements it holds. A statement
// whose ';' are all inside a body or a string splits into itself again.
SplitResult cutCustomDelimiterUnits(const QByteArray &script, SplitResult split)
{
    SplitResult cut;
    cut.error = split.error;
    cut.errorLine = split.errorLine;
    for (const SqlStatement &statement : std::as_const(split.statements)) {
        if (!script.mid(statement.offset, statement.length).contains(';')) {
            cut.statements.append(statement);
            continue;
        }
        SplitResult unit;
        appendSplit(script, statement.offset, statement.offset + statement.length, statement.line, DatabaseKind::MySql,
                    unit, true);
        if (!unit.ok() || unit.statements.size() < 2) {
            cut.statements.append(statement);
            continue;
        }
        unit.statements.first().continuesUnit = statement.continuesUnit;
        cut.statements.append(unit.statements);
    }
    return cut;
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

// splitSql, with each goose block split on its own as one unit.
SplitResult cutBlocks(const QByteArray &utf8Script, DatabaseKind dialect)
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
        if (!appendSplit(utf8Script, block.offset, block.offset + block.length, block.firstLine, dialect, result, true)) {
            result.error = Tr::tr("the StatementBegin/StatementEnd block cannot be cut into statements (%1); "
                                  "each of its statements runs and is checked on its own")
                               .arg(result.error);
            return result;
        }
        position = block.offset + block.length;
        line = lineAt(utf8Script, block.offset, block.firstLine, position);
    }
    appendSplit(utf8Script, position, utf8Script.size(), line, dialect, result);
    return result;
}

} // namespace

SplitResult splitMigrationSql(const QByteArray &utf8Script, DatabaseKind dialect)
{
    SplitResult result = cutBlocks(utf8Script, dialect);
    if (dialect == DatabaseKind::MySql)
        result = cutCustomDelimiterUnits(utf8Script, std::move(result));
    return result;
}

} // namespace tidemark
