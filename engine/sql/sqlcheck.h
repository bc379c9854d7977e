#pragma once

#include "core/databasekind.h"
#include "sqlsplitter.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tidemark {

// A statement that destroys data or schema a DBA would want to look at twice before it runs.
struct SqlHazard
{
    enum class Kind : quint8 {
        DropTable,          // DROP TABLE (not DROP TEMPORARY TABLE)
        DropColumn,         // ALTER TABLE … DROP [COLUMN] c
        DropSchema,         // DROP SCHEMA / DROP DATABASE
        Truncate,           // TRUNCATE [TABLE]
        DeleteWithoutWhere, // DELETE with no WHERE at its own level
        UpdateWithoutWhere, // UPDATE with no WHERE at its own level
    };

    Kind kind = Kind::DropTable;
    QString object; // what it hits, as written: "products", "products.stock", "a, b"

    friend bool operator==(const SqlHazard &, const SqlHazard &) = default;
};

// The hazards of one statement as the splitter cut it (its text, without the delimiter). Comments, strings,
// quoted identifiers and dollar-quoted bodies are never read as SQL; DML inside CREATE TRIGGER / FUNCTION /
// PROCEDURE bodies does not count (it runs later, on its own rows). A goose StatementBegin/End block that
// holds several statements is split again and each is checked.
QList<SqlHazard> findSqlHazards(const QByteArray &statementUtf8, DatabaseKind dialect);

// "drops table products", "deletes every row of orders (no WHERE)", … for lists and tooltips.
QString describeSqlHazard(const SqlHazard &hazard);

// One statement of a checked script.
struct CheckedStatement
{
    int line = 1;     // 1-based line of its first token
    int lastLine = 1; // 1-based line of its last byte
    qsizetype offset = 0;
    qsizetype length = 0;
    QString summary;  // its first line, blanks collapsed, cut to about 100 characters
    bool noTransaction = false;
    bool transactionControl = false;
    QList<SqlHazard> hazards;
};

struct SqlCheckResult
{
    QList<CheckedStatement> statements;
    QString error; // the splitter's error; statements then holds those read before it
    int errorLine = 0;

    bool ok() const { return error.isEmpty(); }
    int hazardCount() const;
    int noTransactionCount() const;
};

// splitMigrationSql (goose blocks kept whole) and the hazards of every statement.
SqlCheckResult checkMigrationSql(const QString &script, DatabaseKind dialect);

} // namespace tidemark
