#pragma once

#include "core/version.h"
#include "database/migrationlock.h"
#include "failedmigration.h"
#include "history/migrationstatus.h"
#include "review/reviewfinding.h"

#include <QHash>

#include <optional>

namespace tidemark {

// What the DBA asked for; turned into a Plan on the worker thread from a fresh status.
struct OperationRequest
{
    enum class Kind { UpAll, UpTo, DownSteps, DownTo, Goto };

    Kind kind = Kind::UpAll;
    Version target;
    int steps = 1;
    bool resume = false; // up: continue a migration that stopped part-way (UpOptions::resume)
};

struct StatusSnapshot
{
    ProjectStatus status;
    std::optional<LockHolder> lockHolder;
    QList<Leftover> leftovers; // what failed migrations left in the catalog
    // What the review rules find in each migration's files, by its up script; none for a migration without one.
    QHash<QString, QList<ReviewFinding>> review;
};

// Who holds the migration lock, read for the lock inspector.
struct LockReading
{
    std::optional<LockHolder> holder; // none: nobody holds it
    QString error;                    // it could not be read
};

} // namespace tidemark
