#include "convention.h"

namespace tidemark {

QString migrationSlug(const QString &name)
{
    QString slug;
    for (QChar c : name.trimmed().toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug.append(c);
        else if (!slug.isEmpty() && !slug.endsWith(u'_'))
            slug.append(u'_');
    }
    while (slug.endsWith(u'_'))
        slug.chop(1);
    return slug;
}

} // namespace tidemark
