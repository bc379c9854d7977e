#pragma once

#include "sqldialect.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tidemark {

// One statement of a script. Offsets are bytes into the UTF-8 script; the statement starts at its
// first token (leading blanks and comments are not part of it) and excludes its terminating delimiter.
struct SqlStatement
{
    enum class Kind {
        Ordinary,
        TransactionControl, // BEGIN / START TRANSACTION / COMMIT / END / ROLLBACK at top level
    };

    qsizetype offset = 0;
    qsizetype length = 0;
    int line = 1;                // 1-based line of the first token
    Kind kind = Kind::Ordinary;
    bool noTransaction = false;  // cannot run inside a transaction block (e.g. CREATE INDEX CONCURRENTLY)

    QByteArray bytes(const QByteArray &script) const { return script.mid(offset, length); }
    QString text(const QByteArray &script) const { return QString::fromUtf8(script.constData() + offset, length); }
};

struct SplitResult
{
    QList<SqlStatement> statements;
    QString error;     // empty when the script could be split; statements then holds those read before it
    int errorLine = 0; // 1-based line the error refers to

    bool ok() const { return error.isEmpty(); }
};

// Cuts a script into statements without ever splitting inside a string, quoted identifier, comment,
// dollar-quoted body or compound-statement body. Never throws; malformed input yields an error.
SplitResult splitSql(const QByteArray &utf8Script, SqlDialect dialect);

} // namespace tidemark
