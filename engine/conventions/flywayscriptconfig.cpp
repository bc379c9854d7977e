#include "flywayscriptconfig.h"

#include "conventionfiles.h"
#include "core/scriptfile.h"
#include "core/tr.h"

#include <QCoreApplication>

namespace tidemark {

FlywayScriptConfig readFlywayScriptConfig(const QString &path, const QString &fileName)
{
    const ScriptFile file = readScriptFile(path);
    if (!file.error.isEmpty()) {
        FlywayScriptConfig config;
        config.diagnostics.append(scriptFileError(fileName, file));
        return config;
    }
    return parseFlywayScriptConfig(file.text, fileName);
}

FlywayScriptConfig parseFlywayScriptConfig(const QString &text, const QString &fileName)
{
    FlywayScriptConfig config;
    auto error = [&](int line, const QString &message) {
        config.diagnostics.append(conventionError(fileName, line, message));
    };
    for (const ScriptLine &line : scriptLines(text)) {
        const QStringView content = line.text(text).trimmed();
        if (content.isEmpty() || content.startsWith(u'#') || content.startsWith(u'!'))
            continue;
        const qsizetype equals = content.indexOf(u'=');
        if (equals <= 0) {
            error(line.number, Tr::tr("expected key=value, such as executeInTransaction=false"));
            continue;
        }
        const QString key = content.left(equals).trimmed().toString();
        const QString value = content.mid(equals + 1).trimmed().toString();
        if (key == u"executeInTransaction") {
            if (value.compare(u"true", Qt::CaseInsensitive) == 0)
                config.transactional = true;
            else if (value.compare(u"false", Qt::CaseInsensitive) == 0)
                config.transactional = false;
            else
                error(line.number, Tr::tr("executeInTransaction is true or false, not \"%1\"").arg(value));
        } else if (key == u"encoding") {
            const QString normalised = value.toUpper().remove(u'-').remove(u'_');
            if (normalised != u"UTF8")
                config.diagnostics.append(conventionWarning(
                    fileName, line.number,
                    Tr::tr("Flyway reads the script as %1; Tidemark reads every script as UTF-8").arg(value)));
        } else if (key == u"shouldExecute") {
            error(line.number, Tr::tr("shouldExecute is not supported: Tidemark would run the script whatever the "
                                      "condition says"));
        } else {
            error(line.number, Tr::tr("unknown script configuration \"%1\"; Flyway refuses it too").arg(key));
        }
    }
    return config;
}

} // namespace tidemark
