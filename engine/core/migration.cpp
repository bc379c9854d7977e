#include "migration.h"

namespace tidemark {

QString migrationKindName(MigrationKind kind)
{
    switch (kind) {
    case MigrationKind::Versioned: return QStringLiteral("versioned");
    case MigrationKind::Repeatable: return QStringLiteral("repeatable");
    case MigrationKind::Baseline: return QStringLiteral("baseline");
    }
    return {};
}

MigrationKind migrationKindFromName(const QString &name)
{
    if (name == u"repeatable")
        return MigrationKind::Repeatable;
    if (name == u"baseline")
        return MigrationKind::Baseline;
    return MigrationKind::Versioned;
}

} // namespace tidemark
