#pragma once

#include "convention.h"

namespace tidemark {

// dbmate: one yyyyMMddHHmmss_name.sql per migration with "-- migrate:up" and "-- migrate:down" sections; an
// option "transaction:false" on a marker line runs that direction without a transaction. The up text is
// the file's text from the line after "-- migrate:up" to the line before "-- migrate:down" (or the end of
// the file), exactly as written; Migration::upLine is the file line it starts on.
class DbmateConvention final : public Convention
{
public:
    QString name() const override { return QStringLiteral("dbmate"); }
    // By name only, which goose shares; detectConvention() looks inside the files to tell them apart.
    bool recognises(const QStringList &fileNames) const override;
    Catalog read(const QString &dir) const override;
    // Always a UTC timestamp, as dbmate new does.
    MigrationDraft draft(const QString &dir, const QString &name, const QDateTime &nowUtc) const override;
    MigrationDraft restoredFiles(const QString &dir, const AppliedScript &applied) const override;
};

// True when a line of the text is a "-- migrate:up" or "-- migrate:down" marker dbmate would read.
bool hasDbmateMarkers(const QString &text);

} // namespace tidemark
