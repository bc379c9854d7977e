#pragma once

#include "core/catalog.h"
#include "core/databasekind.h"
#include "reviewfinding.h"

#include <QList>
#include <QString>

namespace tidemark {

// What every review rule for the dialect finds in one migration's up and down scripts, with the allow comments
// of its files applied: allowed findings stay in the list, marked. Needs no database and reads no file; cheap
// enough to run on every edit of an unsaved text (build a Migration from it). Sorted by file and line.
//
// wholeFileText: for a migration whose up and down are sections of one file (goose, dbmate), that file's text,
// so that an allow comment outside the sections counts too. When null, allow comments are read from upSql and
// downSql, which for golang-migrate and Flyway are the whole files.
QList<ReviewFinding> reviewMigration(const Migration &migration, DatabaseKind dialect,
                                     const QString &wholeFileText = QString());

// One migration of the folder it was read from: reviewMigration, with the whole file read for its allow comments
// when its up and down are sections of one file (migrationsDir empty: not read).
QList<ReviewFinding> reviewMigrationInFolder(const Migration &migration, DatabaseKind dialect,
                                             const QString &migrationsDir);

// Every migration of the catalog, in its order. migrationsDir is the folder the catalog was read from: the
// whole file of each single-file migration is read from it for its allow comments (empty: not read).
QList<ReviewFinding> reviewCatalog(const Catalog &catalog, DatabaseKind dialect, const QString &migrationsDir);

} // namespace tidemark
