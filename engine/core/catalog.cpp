#include "catalog.h"

#include <algorithm>

namespace tidemark {

const Migration *Catalog::find(const Version &version) const
{
    const auto it = std::lower_bound(migrations.cbegin(), migrations.cend(), version,
                                     [](const Migration &m, const Version &v) { return m.version < v; });
    return it != migrations.cend() && it->version == version ? &*it : nullptr;
}

} // namespace tidemark
