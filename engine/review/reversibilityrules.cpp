#include "rulechecks.h"

#include "core/tr.h"

#include <QCoreApplication>

#include <algorithm>

namespace tidemark {

void checkReversibility(ReviewContext &context)
{
    const Migration &m = context.migration;
    if (m.kind != MigrationKind::Versioned) // repeatable and baseline scripts have no down by design
        return;
    if (!m.hasDown) {
        const int line = context.up.statements.isEmpty() ? m.upLine : context.up.statements.constFirst().line;
        context.report(RuleId::NoDown, m.script, line, line,
                       Tr::tr("migration %1 has no down script: it cannot be rolled back").arg(m.version.toString()));
        return;
    }
    if (!context.down.error.isEmpty() || !context.up.error.isEmpty())
        return; // unreadable-script says why; what the scripts do cannot be seen whole
    if (context.down.statements.isEmpty()) {
        const int marker = m.downLine > 1 ? m.downLine - 1 : 1; // a section's marker line, or the file's first
        context.report(RuleId::EmptyDown, m.downScript, marker, marker,
                       Tr::tr("the down script has no statements: rolling back would only remove the history row"));
        return;
    }
    const int first = context.down.statements.constFirst().line;
    const int last = context.down.statements.constLast().lastLine;
    QList<ScriptObject> drops;
    for (const ReviewedStatement &s : context.down.statements)
        drops += objectsDropped(s);
    for (const ScriptObject &object : context.upCreates) {
        const bool dropped = std::any_of(drops.cbegin(), drops.cend(),
                                         [&](const ScriptObject &d) { return removes(d, object, context.dialect); });
        if (!dropped)
            context.report(RuleId::DownNotUndo, m.downScript, first, last,
                           Tr::tr("the up creates %1 (%2:%3) and the down does not drop it")
                               .arg(object.describe(), m.script)
                               .arg(object.line));
    }
}

} // namespace tidemark
