#include "unsavedmigration.h"

#include "core/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace tidemark {

std::optional<Migration> readUnsavedMigration(const Convention &convention, const QList<ScriptText> &scripts,
                                              QString *error)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = Tr::tr("no temporary folder to read the scripts in: %1").arg(dir.errorString());
        return std::nullopt;
    }
    for (const ScriptText &script : scripts) {
        QFile file(QDir(dir.path()).filePath(script.fileName));
        if (!file.open(QIODevice::WriteOnly) || file.write(script.text.toUtf8()) < 0) {
            *error = Tr::tr("could not write %1 to read it: %2").arg(script.fileName, file.errorString());
            return std::nullopt;
        }
    }
    Catalog catalog = convention.read(dir.path());
    for (const Diagnostic &d : std::as_const(catalog.diagnostics)) {
        if (d.severity == Diagnostic::Severity::Error) {
            *error = d.message;
            return std::nullopt;
        }
    }
    if (catalog.migrations.size() != 1) {
        *error = Tr::tr("%1 reads %n migration(s) from these files, not one", nullptr, int(catalog.migrations.size()))
                     .arg(convention.name());
        return std::nullopt;
    }
    return catalog.migrations.constFirst();
}

} // namespace tidemark
