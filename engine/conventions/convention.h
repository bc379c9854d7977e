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
    virtual CreatedMigration create(const QString &dir, const QString &name, const QDateTime &nowUtc) const = 0;
};

// "Add user e-mail!" -> "add_user_e_mail"; empty when nothing usable is left.
QString migrationSlug(const QString &name);

} // namespace tidemark
