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

// THE cut of a migration script, used by the runner, the plan, the checks and the editor: splitSql, and then
// every unit of several statements cut into the statements it holds, so that each runs and is checked on its own.
// A unit is the text between a "-- +goose StatementBegin" line and its "-- +goose StatementEnd" line, or a MySQL
// statement ended by a custom DELIMITER; its statements after the first are flagged continuesUnit. Routine and
// trigger bodies stay whole, as splitSql keeps them. The text outside blocks is split by splitSql, with offsets
// and lines relative to the whole script; an unclosed or unopened block, or a block the splitter cannot read, is
// an error. A script without markers or custom delimiters gives exactly splitSql's result.
SplitResult splitMigrationSql(const QByteArray &utf8Script, DatabaseKind dialect);

} // namespace tidemark
