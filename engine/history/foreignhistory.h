#pragma once

#include "core/version.h"
#include "database/dialect.h"

#include <QSqlDatabase>

#include <optional>

namespace tidemark {

// What another migration tool recorded in the target database, read so a DBA can see it next to the files
// and take the database over without running anything again.
struct ForeignHistory
{
    QString tool;  // golang-migrate, goose, flyway, dbmate
    QString table;
    QList<Version> applied;            // versions the tool records as applied
    std::optional<Version> appliedUpTo; // golang-migrate keeps only the current version: all up to it are applied
    QList<Version> failed;             // golang-migrate's dirty version, Flyway's unsuccessful rows

    bool records(const Version &version) const;
    QString summary() const; // "golang-migrate (schema_migrations): version 12, dirty"
};

QStringList foreignToolNames();

// Reads the named tool's table, or finds whichever tool's table the database has when tool is empty.
// nullopt without an error when there is none.
std::optional<ForeignHistory> readForeignHistory(const QSqlDatabase &db, const Dialect &dialect, const QString &tool,
                                                 QString *error);

} // namespace tidemark
