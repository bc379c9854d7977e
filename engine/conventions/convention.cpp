#include "convention.h"

#include "core/scriptfile.h"

#include <QFile>

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

CreatedMigration Convention::create(const QString &dir, const QString &name, const QDateTime &nowUtc) const
{
    const MigrationDraft next = draft(dir, name, nowUtc);
    if (!next.error.isEmpty())
        return {{}, next.error};
    CreatedMigration created;
    for (const MigrationDraft::File &file : next.files) {
        if (QString error = writeNewScriptFile(file.path, file.text); !error.isEmpty()) {
            for (const QString &written : std::as_const(created.files))
                QFile::remove(written);
            return {{}, error};
        }
        created.files << file.path;
    }
    return created;
}

} // namespace tidemark
