#pragma once

#include "convention.h"

namespace tidemark {

// goose: one NNN_name.sql (or yyyyMMddHHmmss_name.sql) per migration with "-- +goose Up" and
// "-- +goose Down" sections. The up text is the Up section exactly as in the file: from the line after
// "-- +goose Up" to the line before "-- +goose Down" (or the end of the file), StatementBegin/End lines
// included, so splitMigrationSql() keeps those blocks whole; Migration::upLine is the file line it starts
// on. "-- +goose NO TRANSACTION" makes both directions run without a transaction.
class GooseConvention final : public Convention
{
public:
    QString name() const override { return QStringLiteral("goose"); }
    // By name only, which dbmate shares; detectConvention() looks inside the files to tell them apart.
    bool recognises(const QStringList &fileNames) const override;
    Catalog read(const QString &dir) const override;
    MigrationDraft draft(const QString &dir, const QString &name, const QDateTime &nowUtc) const override;
    MigrationDraft restoredFiles(const QString &dir, const AppliedScript &applied) const override;
};

} // namespace tidemark
