#pragma once

#include <Qt>

namespace tidemark {

// Item data roles of Tidemark's models, beyond Qt's own. Each row's values, whatever the column.
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
};

} // namespace tidemark
