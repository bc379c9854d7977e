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

} // namespace tidemark
