#pragma once

#include "core/catalogobject.h"
#include "history/migrationstatus.h"
#include "plan.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace tidemark {

class Dialect;

// Where one statement of a failed migration stands, as the history recorded it.
enum class StatementOutcome {
    Done,       // it ran and the database kept it (no transaction undid it)
    RolledBack, // it ran, and the migration's transaction undid it
    Failed,     // the database refused it
    Unknown,    // the run stopped while it ran: whether it took effect is unknown
    NotRun,
};

QString statementOutcomeText(StatementOutcome outcome);

struct StatementStanding
{
    int number = 0; // 1-based, as the runner cut the script
    int line = 0;   // where it starts: in the file when the file still has this text, else in the text as it ran
    QString sql;
    StatementOutcome outcome = StatementOutcome::NotRun;
};

// A failed migration, statement by statement, for the DBA who settles it: from its history row (how far a run
// without a transaction got) and its last fail event.
struct FailedMigration
{
    Direction direction = Direction::Up; // Down: a rollback stopped part-way
    QString script;
    QList<StatementStanding> statements;
    QString error;        // the database's message, from the last fail event
    bool keptPartWay = false; // statements stay done: the history row of a run without a transaction remains
    int unknownStatement = 0; // 1-based, 0 when none
    bool resumable = false;   // up --resume continues it from its next statement

    int count(StatementOutcome outcome) const;
    // One sentence: what the database has of it now.
    QString summary() const;
};

// Empty statements when the migration is not failed.
FailedMigration describeFailedMigration(const MigrationStatus &migration, DatabaseKind dialect);

// What a failed statement left behind that the DBA must remove before it runs again.
struct Leftover
{
    Version version;
    QString object;  // "index codes_code"
    QString removal; // the statement that removes it
};

// The SQL that removes an index an interrupted or failed CREATE INDEX CONCURRENTLY left INVALID.
QString invalidIndexRemoval(const CatalogObject &index);

// For each failed migration, what its failed or unknown statement left in the catalog: today the INVALID index of
// a CREATE INDEX CONCURRENTLY on PostgreSQL. A catalog that cannot be read leaves nothing named.
QList<Leftover> findLeftovers(const QSqlDatabase &db, const Dialect &dialect, const ProjectStatus &status);

} // namespace tidemark
