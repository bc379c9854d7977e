#pragma once

#include "convention.h"
#include "core/catalog.h"

#include <QStringList>

#include <functional>

namespace tidemark {

// Reading and naming for conventions that keep up and down in one file named NNN_name.sql or
// yyyyMMddHHmmss_name.sql (goose, dbmate): the version is the leading number, the description the rest.

// The up and down sections of one file as a convention's parser found them.
struct FileSections
{
    QString upSql;
    int upLine = 1;
    bool hasDown = false;
    QString downSql;
    int downLine = 1;
    bool transactional = true;
    bool downTransactional = true;
    QList<Diagnostic> diagnostics; // without file names; any error keeps the file out of the catalog
};

struct SingleFileFormat
{
    QString conventionName; // "goose", "dbmate"
    std::function<FileSections(const QString &text)> parse;
    // Why a file belongs to another convention (it is then a warning and not run); empty when it is ours.
    std::function<QString(const QString &fileName, const QString &text)> foreignReason;
};

// Every *.sql file of the folder: names that do not fit and files of another convention are warnings,
// a version used twice is an error (the first file by name is kept), unreadable files and files whose
// sections have errors are left out with their diagnostics. The migrations come back in version order.
Catalog readSingleFileMigrations(const QString &dir, const SingleFileFormat &format);

// The version texts ("001", "20240101120000") of the folder's file names that fit.
QStringList singleFileVersionTexts(const QString &dir);

// True for a name of this form; names ending in .up.sql or .down.sql are golang-migrate's and do not count.
bool isSingleFileMigrationName(const QString &fileName);
bool isGolangMigrateName(const QString &fileName);

// DIR/<version>_<slug>.sql with the text; the version follows the folder (timestampsOnly: always a UTC timestamp,
// as dbmate does).
MigrationDraft draftSingleFileMigration(const QString &dir, const QString &name, const QDateTime &nowUtc,
                                        bool timestampsOnly, const std::function<QString(const QString &name)> &text);

} // namespace tidemark
