#pragma once

#include <QByteArray>
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
    // Belongs to the unit of the statement before it: a goose StatementBegin/End block or a MySQL statement
    // ended by a custom DELIMITER, cut into the statements it holds. Without a migration transaction, a unit whose
    // statements allow it runs in one transaction with its progress.
    bool continuesUnit = false;
    // ALTER TYPE … ADD VALUE (PostgreSQL), also noTransaction: so it was before PostgreSQL 12. Since 12 it may run
    // in a transaction that does not use the new value (newEnumValue says whether the script does).
    bool addsEnumValue = false;

    QByteArray bytes(const QByteArray &script) const { return script.mid(offset, length); }
    QString text(const QByteArray &script) const { return QString::fromUtf8(script.constData() + offset, length); }
};

} // namespace tidemark
