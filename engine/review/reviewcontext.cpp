#include "reviewcontext.h"

namespace tidemark {

ReviewContext::ReviewContext(const Migration &migration, DatabaseKind dialect)
    : migration(migration)
    , dialect(dialect)
    , up(migration.upSql, migration.script, migration.upLine, true, dialect)
    , down(migration.downSql, migration.downScript, migration.downLine, migration.hasDown, dialect)
    , upCreates(objectsLeftCreated(up))
{
    down.isDown = true;
}

QList<const ReviewedScript *> ReviewContext::scripts() const
{
    if (down.present)
        return {&up, &down};
    return {&up};
}

void ReviewContext::report(RuleId rule, const ReviewedScript &script, const ReviewedStatement &statement,
                           const QString &message)
{
    report(rule, script.file, statement.line, statement.lastLine, message);
}

void ReviewContext::report(RuleId rule, const QString &file, int line, int endLine, const QString &message)
{
    const ReviewRule &info = reviewRule(rule);
    if (!info.appliesTo(dialect))
        return;
    ReviewFinding finding;
    finding.rule = rule;
    finding.severity = info.severity;
    finding.message = message;
    finding.file = file;
    finding.line = std::max(1, line);
    finding.endLine = std::max(finding.line, endLine);
    finding.version = migration.version;
    finding.description = migration.description;
    findings.append(std::move(finding));
}

} // namespace tidemark
