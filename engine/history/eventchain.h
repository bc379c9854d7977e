#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace tidemark {

// The hash chain over the events table (docs/AUDIT.md): each row's hash is the SHA-256 of the previous row's hash
// and the row's own canonical content, so an edited or deleted row breaks the chain at the next row.

// The content the chain covers (HistoryStore makes it, from an event it writes and from the values it reads): every
// stored column but id and the hashes, by column name; text columns as strings (NULL as ""), number columns as
// integers (NULL as 0), `at` as canonicalTimestamp. As compact JSON with sorted keys, UTF-8:
QByteArray canonicalEventContent(const QJsonObject &content);
// Lowercase hex SHA-256 of prevHash, a line feed, and content.
QString chainHash(const QString &prevHash, const QByteArray &content);
// `at` as the chain sees it, and as it is stored: UTC, milliseconds.
QString canonicalTimestamp(const QDateTime &at);

} // namespace tidemark
