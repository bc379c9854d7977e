#pragma once

#include "convention.h"

namespace tidemark {

// golang-migrate: NNN_name.up.sql with an optional NNN_name.down.sql beside it.
class GolangMigrateConvention final : public Convention
{
public:
    QString name() const override { return QStringLiteral("golang-migrate"); }
    bool recognises(const QStringList &fileNames) const override;
    Catalog read(const QString &dir) const override;
    MigrationDraft draft(const QString &dir, const QString &name, const QDateTime &nowUtc) const override;
    MigrationDraft restoredFiles(const QString &dir, const AppliedScript &applied) const override;
};

} // namespace tidemark
