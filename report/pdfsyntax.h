#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace tidemark::pdf {

// The pieces of PDF syntax the writer is made of (ISO 32000-1, 7.3).
void appendInt(QByteArray &out, int value);
void appendNumber(QByteArray &out, double value); // at most two decimals: a hundredth of a point is enough
void appendLiteral(QByteArray &out, QByteArrayView bytes); // (…), with ( ) \ and CR escaped
QByteArray textString(const QString &text); // <FEFF…>: UTF-16BE, for the document's title and such
QByteArray deflated(const QByteArray &data); // a zlib stream, for /FlateDecode

} // namespace tidemark::pdf
