#include "flywayname.h"

#include "core/tr.h"

#include <QCoreApplication>

namespace tidemark {
namespace {

std::optional<FlywayName::Prefix> prefixOf(QChar c)
{
    switch (c.unicode()) {
    case u'V': return FlywayName::Prefix::Versioned;
    case u'U': return FlywayName::Prefix::Undo;
    case u'B': return FlywayName::Prefix::Baseline;
    case u'R': return FlywayName::Prefix::Repeatable;
    default: return std::nullopt;
    }
}

} // namespace

FlywayNameParse parseFlywayName(const QString &fileName)
{
    static const QLatin1String suffix(".sql");
    static const QLatin1String separator("__");
    FlywayNameParse result;
    const std::optional<FlywayName::Prefix> prefix = fileName.isEmpty() ? std::nullopt : prefixOf(fileName.front());
    if (!prefix || !fileName.endsWith(suffix))
        return result;
    const QString stem = fileName.mid(1, fileName.size() - 1 - suffix.size());
    const qsizetype split = stem.indexOf(separator);
    result.intended = split >= 0 || (!stem.isEmpty() && stem.front().isDigit());
    if (!result.intended)
        return result;
    if (split < 0) {
        result.error = Tr::tr("has no \"__\" between the version and the description; Flyway expects a name such "
                              "as V1_2__add_users.sql, so it is not run");
        return result;
    }
    FlywayName name;
    name.prefix = *prefix;
    name.versionText = stem.left(split);
    name.description = stem.mid(split + separator.size()).replace(u'_', u' ');
    if (name.prefix == FlywayName::Prefix::Repeatable) {
        if (!name.versionText.isEmpty()) {
            result.error = Tr::tr("a repeatable script has no version: name it R__description.sql; it is not run");
            return result;
        }
    } else if (name.versionText.isEmpty()) {
        result.error = Tr::tr("has no version before \"__\"; it is not run");
        return result;
    } else if (const std::optional<Version> version = Version::parse(name.versionText)) {
        name.version = *version;
    } else if (const QString tooLarge = Version::tooLargeError(name.versionText); !tooLarge.isEmpty()) {
        result.error = Tr::tr("%1; it is not run").arg(tooLarge);
        return result;
    } else {
        result.error = Tr::tr("version \"%1\" is not numbers separated by single '.' or '_'; it is not run")
                           .arg(name.versionText);
        return result;
    }
    result.name = std::move(name);
    return result;
}

} // namespace tidemark
