#include "scriptfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <algorithm>

namespace tidemark {

ScriptFile readScriptFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, QCoreApplication::translate("tidemark", "cannot read the file: %1").arg(file.errorString())};
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return {{}, QCoreApplication::translate("tidemark", "cannot read the file: %1").arg(file.errorString())};
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return {{}, QCoreApplication::translate("tidemark", "the file is not valid UTF-8; save it as UTF-8 and reload")};
    // Valid UTF-8, but no database takes a NUL in a statement: found here, not as "No query" at run time.
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        const int line = int(std::count(bytes.cbegin(), bytes.cbegin() + nul, '\n')) + 1;
        return {{},
                QCoreApplication::translate("tidemark", "contains a NUL byte at line %1; SQL files are text").arg(line),
                line};
    }
    return {std::move(text), {}};
}

QString writeNewScriptFile(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return QCoreApplication::translate("tidemark", "cannot create %1: %2").arg(path, file.errorString());
    const QByteArray bytes = text.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.flush())
        return QCoreApplication::translate("tidemark", "cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace tidemark
