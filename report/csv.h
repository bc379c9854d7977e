#pragma once

#include <QString>
#include <QStringList>

namespace tidemark {

// RFC 4180: a field holding a comma, a double quote, CR or LF is enclosed in double quotes, with each double quote
// inside doubled; any other field is written as it is.
QString csvField(const QString &value);
// The fields separated by commas, ended by CRLF.
QString csvRecord(const QStringList &fields);

} // namespace tidemark
