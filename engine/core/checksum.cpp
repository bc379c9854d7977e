#include "checksum.h"

#include <QCryptographicHash>

namespace tidemark {

QString scriptChecksum(const QString &script)
{
    QString normalised = script;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalised.replace(u'\r', u'\n');
    return QString::fromLatin1(
        QCryptographicHash::hash(normalised.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace tidemark
