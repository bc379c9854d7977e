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
    // Where upSql and downSql start in their files (1-based): line L of upSql is line upLine + L - 1 of
    // script, line L of downSql is line downLine + L - 1 of downScript. 1 for a whole-file script; goose and
    // dbmate sections start on the line after their annotation.
    int upLine = 1;
    int downLine = 1;
    bool downTransactional = true; // the down may run in a transaction (dbmate "-- migrate:down transaction:false")
};

} // namespace tidemark
