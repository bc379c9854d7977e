#pragma once

#include "core/catalog.h"

#include <QDateTime>
#include <QStringList>

#include <memory>

namespace tidemark {

struct CreatedMigration
{
    QStringList files; // absolute paths written
    QString error;
};

// The next migration's files and their first text, not written yet: the workbench keeps them as a draft until its
// first save, so that a discarded draft leaves nothing behind.
struct MigrationDraft
{
    struct File
    {
        QString path; // absolute
        QString text;
    };
    QList<File> files; // the up first
    QString error;
};

// What the history keeps of an applied migration: enough to write its files back (Convention::restoredFiles).
struct AppliedScript
{
    QString script;  // the up file, relative to the migrations folder, as the history recorded it
    QString upSql;   // the text as applied
    QString downSql; // the down as it was when applied; empty when the history has none
};

// A file format for migrations (golang-migrate, goose, Flyway, dbmate): how to read a folder and how
// to write the next migration into it.
class Convention
{
public:
    virtual ~Convention() = default;

    virtual QString name() const = 0;
    // True when the folder's file names look like this convention's.
    virtual bool recognises(const QStringList &fileNames) const = 0;
    virtual Catalog read(const QString &dir) const = 0;
    virtual MigrationDraft draft(const QString &dir, const QString &name, const QDateTime &nowUtc) const = 0;
    // The files of a migration whose files are gone, in this convention's format, so that reading them gives back
    // exactly the applied up text (and the down, where the history has one): the up file first, written nowhere.
    // What the history does not keep (goose's NO TRANSACTION, a Flyway .conf, dbmate's transaction:false) is not
    // written. An error when script is not a name of this convention.
    virtual MigrationDraft restoredFiles(const QString &dir, const AppliedScript &applied) const = 0;
    // The draft written (tidemark-cli create): every file new, never over one that is there; none when one fails.
    CreatedMigration create(const QString &dir, const QString &name, const QDateTime &nowUtc) const;
};

// "Add user e-mail!" -> "add_user_e_mail"; empty when nothing usable is left.
QString migrationSlug(const QString &name);

} // namespace tidemark
