#pragma once

#include "version.h"

#include <QString>

namespace tidemark {

enum class MigrationKind { Versioned, Repeatable, Baseline };

QString migrationKindName(MigrationKind kind);
MigrationKind migrationKindFromName(const QString &name);

// One migration as read from the project's files.
struct Migration
{
    Version version;
    QString description;
    MigrationKind kind = MigrationKind::Versioned;
    QString script;     // up file, relative to the migrations folder
    QString downScript; // down file, empty when there is none
    QString upSql;
    QString downSql;
    bool hasDown = false;
    QString checksum;   // scriptChecksum(upSql)
    bool transactional = true;
};

} // namespace tidemark
