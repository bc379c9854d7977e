#pragma once

#include "sqlsplitter.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tidemark {

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

// Finds the blocks of a script (a goose section as read by GooseConvention, or the same text as stored in
// the history table: the marker lines are part of it).
StatementBlockScan findStatementBlocks(const QByteArray &utf8Script);

// splitSql, except that every StatementBlock comes back as ONE statement: from its first token to the end of
// its last statement (the trailing ';' and trailing comments are not part of it), flagged noTransaction and
// kind as the splitter flags the block's first statement (kind only when the block is a single statement).
// The text outside blocks is split by splitSql, with offsets and lines relative to the whole script.
// A script without markers gives exactly splitSql's result.
SplitResult splitMigrationSql(const QByteArray &utf8Script, DatabaseKind dialect);

} // namespace tidemark
