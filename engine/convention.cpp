#include "convention.h"

#include "golangmigrateconvention.h"

#include <QDir>

namespace tidemark {

std::unique_ptr<Convention> conventionByName(const QString &name)
{
    if (name == u"golang-migrate")
        return std::make_unique<GolangMigrateConvention>();
    return nullptr;
}

QStringList conventionNames()
{
    return {QStringLiteral("golang-migrate")};
}

std::unique_ptr<Convention> detectConvention(const QString &dir)
{
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.sql")}, QDir::Files);
    for (const QString &name : conventionNames()) {
        auto convention = conventionByName(name);
        if (convention->recognises(files))
            return convention;
    }
    return std::make_unique<GolangMigrateConvention>();
}

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
