#pragma once

#include "plan.h"

#include <QJsonObject>
#include <QList>
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
};

// The project folder's git commit, "" when it is not a git checkout (or git is not installed).
QString gitCommitOf(const QString &folder);

} // namespace tidemark
