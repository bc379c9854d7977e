#pragma once

#include "core/databasekind.h"
#include "sqlstatement.h"

#include <QList>
#include <QString>

namespace tidemark {

struct SplitResult
{
    QList<SqlStatement> statements;
    QString error;     // empty when the script could be split; statements then holds those read before it
    int errorLine = 0; // 1-based line the error refers to

    bool ok() const { return error.isEmpty(); }
};

// Cuts a script into statements without ever splitting inside a string, quoted identifier, comment,
// dollar-quoted body or compound-statement body. Never throws; malformed input yields an error.
SplitResult splitSql(const QByteArray &utf8Script, DatabaseKind dialect);

// THE cut of a migration script, used by the runner, the plan, the checks and the editor: splitSql, except that
// the text between a "-- +goose StatementBegin" line and its "-- +goose StatementEnd" line comes back as ONE
// statement however many ';' it holds: from its first token to the end of its last statement (the trailing ';'
// and trailing comments are not part of it), flagged noTransaction, addsEnumValue and kind as the splitter flags
// the block's first statement (kind only when the block is a single statement). The text outside blocks is split
// by splitSql, with offsets and lines relative to the whole script; an unclosed or unopened block is an error.
// A script without markers gives exactly splitSql's result.
SplitResult splitMigrationSql(const QByteArray &utf8Script, DatabaseKind dialect);

} // namespace tidemark
