#pragma once

#include "plan.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>

namespace tidemark {

// One migration of a run's plan, as the run-start event records it.
struct PlannedMigration
{
    Direction direction = Direction::Up;
    QString version;
    QString description;
    QString script;
    QString checksum;
};

// Who ran what, where, from what: the run-start event's data (docs/AUDIT.md). The caller fills what the runner
// cannot know (tool, command, profile, environment, target); Session adds the project, its git commit and the
// server; the runner the plan, the users and the host.
struct RunContext
{
    QString tool;            // "tidemark-cli", "tidemark" (the workbench), or an application's name
    QString command;         // "up", "down", "goto", "baseline", "repair", …
    QString profile;         // the connection profile's name; empty for a URL
    QString environment;     // development, staging, production; empty when unknown
    QString target;          // the URL without its password
    QString databaseKind;    // sqlite, postgresql, mysql
    QString serverVersion;
    QString tidemarkVersion;
    QString osUser;
    QString host;
    QString databaseUser;
    QString project;         // the project folder
    QString gitCommit;       // the project folder's HEAD when it is a git checkout, with "+dirty" when it has changes
    QList<PlannedMigration> plan;

    QJsonObject toJson() const;
    static RunContext fromJson(const QJsonObject &object);
    // "osuser@host as dbuser", as the events' actor column reads.
    QString actor() const;
    // The "context" line an exported run log starts with: every field and the actor, without the plan (the
    // run_started line that follows lists it).
    QJsonObject logLine() const;
};

class Dialect;

// "osuser@host as dbuser", or "osuser@host" when the database has no users (SQLite).
QString actorText(const QString &osUser, const QString &host, const QString &databaseUser);

// The context with what this process and its connection know added: Tidemark's version, the OS user and host, the
// database user and kind; the server version and the project's git commit when not given already.
RunContext completedContext(RunContext context, const QSqlDatabase &db, const Dialect &dialect);

// The project folder's git commit, "" when it is not a git checkout (or git is not installed).
QString gitCommitOf(const QString &folder);

} // namespace tidemark

Q_DECLARE_METATYPE(tidemark::RunContext)
