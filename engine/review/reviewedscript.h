#pragma once

#include "core/databasekind.h"
#include "statementwords.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tidemark {

// One statement of a migration's up or down script as the migration cut gives it, with its words.
struct ReviewedStatement
{
    QByteArrayView text; // into ReviewedScript::utf8
    StatementWords words;
    int line = 0;     // in the file
    int lastLine = 0; // in the file
    bool noTransaction = false;
    bool addsEnumValue = false;
    int newEnumValueUsedAt = 0; // ALTER TYPE … ADD VALUE: the file line that names the new value next, 0 if none
};

// A migration's up or down script cut into statements (splitMigrationSql), with lines in its file.
class ReviewedScript
{
public:
    ReviewedScript(const QString &sql, const QString &file, int firstLine, bool present, DatabaseKind dialect);
    Q_DISABLE_COPY_MOVE(ReviewedScript)

    QString file;      // relative to the migrations folder
    int firstLine = 1; // where the script starts in its file
    bool present = false;
    QByteArray utf8;
    QList<ReviewedStatement> statements;
    QString error;     // the cut's; statements holds those before it
    int errorLine = 0; // in the file
    bool isDown = false;

    // Whether a statement before `index` creates this table: it has no rows and no readers yet.
    bool createdBefore(qsizetype index, const ObjectName &table) const;

private:
    struct CreatedTable
    {
        qsizetype index = 0;
        ObjectName table;
    };
    QList<CreatedTable> m_createdTables;
};

} // namespace tidemark
