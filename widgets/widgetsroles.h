#pragma once

#include <Qt>

namespace tidemark {

// Item data roles of Tidemark's models, beyond Qt's own.
enum WidgetsRole : int {
    StateRole = Qt::UserRole, // tidemark::MigrationState as int
    StateNameRole,            // the state's untranslated name, "applied", "pending", …
    VersionRole,              // canonical version text, "1.2"
    DescriptionRole,          // the migration's description
    ScriptRole,               // the up file, relative to the migrations folder
    AppliedAtRole,            // QDateTime in UTC; invalid when not applied
    AppliedByRole,            // who applied it
    DurationMsRole,           // qint64 execution time; -1 when not applied
    OutOfOrderRole,           // bool: pending but older than something applied
    LastErrorRole,            // the last failure's error text, empty when none
    DisplayStateRole,         // tidemark::DisplayState as int: the state with out-of-order told apart
    DurationFractionRole,     // qreal in [0, 1]: duration against the project's slowest, log scale; -1 when none
    ChecksumRole,             // the checksum recorded when applied, else the file's
    StatementsDoneRole,       // int: statements recorded as done; -1 when not applied
    StatementsTotalRole,      // int: statements the applied script had; -1 when not applied
    BeforeTidemarkRole,       // bool: the version is at or below the database's current version
    CurrentVersionRole,       // the database's current version (the tidemark), the same on every row; empty: none
    RunningRole,              // bool: a run is executing this migration right now
    RunIdRole,                // the History: the run's id
    RunStartedRole,           // QDateTime in UTC: when the run started
    RunOutcomeRole,           // the run-end's outcome name, "succeeded", …; empty when no end was recorded
    SortRole,                 // what a table column sorts by: a time, a number or the text
    ReviewSeverityRole,       // tidemark::RuleSeverity as int: the worst review finding not allowed; -1 when none
                              // or when the migration has run already (its review no longer matters)
    ReviewBadgeRole,          // what the timeline's review badge says: the worst finding's rule, "+2" for the others
                              // not allowed; empty as ReviewSeverityRole is -1
};

} // namespace tidemark
