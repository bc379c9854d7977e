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
    // The draft written (tidemark-cli create): every file new, never over one that is there; none when one fails.
    CreatedMigration create(const QString &dir, const QString &name, const QDateTime &nowUtc) const;
};

// "Add user e-mail!" -> "add_user_e_mail"; empty when nothing usable is left.
QString migrationSlug(const QString &name);

} // namespace tidemark
