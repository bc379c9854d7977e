#include "pdfsyntax.h"

#include <charconv>
#include <cmath>

namespace tidemark::pdf {

void appendInt(QByteArray &out, int value)
{
    char digits[16];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end - digits);
}

void appendNumber(QByteArray &out, double value)
{
    long long hundredths = std::llround(value * 100);
    if (hundredths < 0) {
        out += '-';
        hundredths = -hundredths;
    }
    appendInt(out, int(hundredths / 100));
    if (const int fraction = int(hundredths % 100)) {
        out += '.';
        out += char('0' + fraction / 10);
        if (fraction % 10)
            out += char('0' + fraction % 10);
    }
}

void appendLiteral(QByteArray &out, QByteArrayView bytes)
{
    qsizetype escapes = 0;
    for (const char c : bytes)
        escapes += c == '(' || c == ')' || c == '\\' || c == '\r';
    const qsizetype at = out.size();
    out.resize(at + bytes.size() + escapes + 2);
    char *p = out.data() + at;
    *p++ = '(';
    for (const char c : bytes) {
        if (c == '(' || c == ')' || c == '\\') {
            *p++ = '\\';
            *p++ = c;
        } else if (c == '\r') { // a reader would take a bare CR for a line end, LF
            *p++ = '\\';
            *p++ = 'r';
        } else {
            *p++ = c;
        }
    }
    *p = ')';
}

QByteArray textString(const QString &text)
{
    QByteArray out = "<FEFF";
    for (const QChar c : text)
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    out += '>';
    return out;
}

QByteArray deflated(const QByteArray &data)
{
    return qCompress(data, 1).mid(4); // qCompress puts the length in front of the zlib stream
}

} // namespace tidemark::pdf
