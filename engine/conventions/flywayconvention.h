#pragma once

#include "convention.h"

namespace tidemark {

// Flyway: V<version>__<description>.sql versioned scripts, U<version>__… undo scripts (the down of the same
// version), B<version>__… baseline scripts (kind Baseline), R__<description>.sql repeatables (kind
// Repeatable, no version, the description is their identity) and <script>.sql.conf script configurations
// (executeInTransaction=false). The up text is the whole V/B/R file, the down text the whole U file.
// Repeatables come first in the catalog (their empty version sorts first), ordered by description; at an
// equal version a versioned script comes before the baseline.
class FlywayConvention final : public Convention
{
public:
    QString name() const override { return QStringLiteral("flyway"); }
    bool recognises(const QStringList &fileNames) const override;
    Catalog read(const QString &dir) const override;
    // V<next>__name.sql in the folder's version style (V1_12_28 -> V1_12_29, V3 -> V4, timestamps stay
    // timestamps, V1 in an empty folder), and U<next>__name.sql only when the folder has undo scripts.
    MigrationDraft draft(const QString &dir, const QString &name, const QDateTime &nowUtc) const override;
    MigrationDraft restoredFiles(const QString &dir, const AppliedScript &applied) const override;
};

} // namespace tidemark
