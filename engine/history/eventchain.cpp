#include "eventchain.h"

#include "historyevent.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace tidemark {

QString canonicalTimestamp(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QJsonObject eventContent(const HistoryEvent &event)
{
    return {
        {QStringLiteral("event"), historyEventName(event.type)},
        {QStringLiteral("version"), event.version.toString()},
        {QStringLiteral("description"), event.description},
        {QStringLiteral("script"), event.script},
        {QStringLiteral("run_id"), event.runId},
        {QStringLiteral("actor"), event.actor},
        {QStringLiteral("at"), canonicalTimestamp(event.at)},
        {QStringLiteral("error"), event.error},
        {QStringLiteral("details"), event.details},
        {QStringLiteral("error_statement"), event.errorStatement},
        {QStringLiteral("error_line"), event.errorLine},
        {QStringLiteral("duration_ms"), event.durationMs},
        {QStringLiteral("statements"), event.statements},
        {QStringLiteral("checksum"), event.checksum},
        {QStringLiteral("sql_text"), event.sql},
        {QStringLiteral("data"), event.data},
    };
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
