#pragma once

#include "core/migration.h"

#include <QString>

namespace tidemark {

// Who a history row is about, and so which file it belongs to: versioned and baseline migrations by their kind and
// version (1.0 is 1), repeatable ones by their description. A later row of the same identity replaces an earlier.
struct HistoryIdentity
{
    MigrationKind kind = MigrationKind::Versioned;
    Version version;
    QString description;

    // Of anything with a kind, version and description: a history row, a migration file, a plan step.
    template<typename T>
    static HistoryIdentity of(const T &migration)
    {
        return {migration.kind, migration.version, migration.description};
    }

    friend bool operator==(const HistoryIdentity &a, const HistoryIdentity &b);
};

size_t qHash(const HistoryIdentity &identity, size_t seed = 0);

} // namespace tidemark
