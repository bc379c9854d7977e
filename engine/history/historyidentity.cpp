#include "historyidentity.h"

#include <QHashFunctions>

namespace tidemark {

bool operator==(const HistoryIdentity &a, const HistoryIdentity &b)
{
    if (a.kind != b.kind)
        return false;
    return a.kind == MigrationKind::Repeatable ? a.description == b.description : a.version == b.version;
}

size_t qHash(const HistoryIdentity &identity, size_t seed)
{
    using ::qHash;
    const size_t kind = qHash(int(identity.kind), seed);
    return identity.kind == MigrationKind::Repeatable ? qHash(identity.description, kind)
                                                      : qHash(identity.version, kind);
}

} // namespace tidemark
