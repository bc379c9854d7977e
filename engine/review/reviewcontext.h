#pragma once

#include "core/migration.h"
#include "reviewedscript.h"
#include "reviewfinding.h"
#include "schemaobjects.h"

namespace tidemark {

// What the rules of one migration share: its scripts cut once, and the findings they add.
class ReviewContext
{
public:
    ReviewContext(const Migration &migration, DatabaseKind dialect);
    Q_DISABLE_COPY_MOVE(ReviewContext)

    const Migration &migration;
    const DatabaseKind dialect;
    ReviewedScript up;
    ReviewedScript down; // present only when the migration has one
    const QList<ScriptObject> upCreates; // what the up leaves created (objectsLeftCreated)

    // The up, and the down when there is one.
    QList<const ReviewedScript *> scripts() const;

    void report(RuleId rule, const ReviewedScript &script, const ReviewedStatement &statement, const QString &message);
    void report(RuleId rule, const QString &file, int line, int endLine, const QString &message);

    QList<ReviewFinding> findings;
};

} // namespace tidemark
