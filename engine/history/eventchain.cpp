#include "eventchain.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace tidemark {

QString canonicalTimestamp(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QByteArray canonicalEventContent(const QJsonObject &content)
{
    return QJsonDocument(content).toJson(QJsonDocument::Compact); // QJsonObject keeps its keys sorted
}

QString chainHash(const QString &prevHash, const QByteArray &content)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash.toLatin1());
    hash.addData(QByteArrayView("\n"));
    hash.addData(content);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace tidemark
