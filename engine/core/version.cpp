#include "version.h"

#include "tr.h"

#include <QCoreApplication>
#include <QHashFunctions>

namespace tidemark {

Version::Version(QList<quint64> parts)
    : m_parts(std::move(parts))
{
}

std::optional<Version> Version::parse(QStringView text)
{
    QList<quint64> parts;
    quint64 value = 0;
    int digits = 0;
    for (QChar c : text) {
        if (c == u'_' || c == u'.') {
            if (digits == 0)
                return std::nullopt;
            parts.append(value);
            value = 0;
            digits = 0;
        } else if (c >= u'0' && c <= u'9' && digits < maxPartDigits) {
            value = value * 10 + (c.unicode() - u'0');
            ++digits;
        } else {
            return std::nullopt; // not a digit, or too long to be a number
        }
    }
    if (digits == 0)
        return std::nullopt;
    parts.append(value);
    return Version(std::move(parts));
}

QString Version::tooLargeError(QStringView text)
{
    int digits = 0;
    bool tooLong = false;
    for (QChar c : text) {
        if (c == u'_' || c == u'.') {
            if (digits == 0)
                return {};
            digits = 0;
        } else if (c >= u'0' && c <= u'9') {
            ++digits;
            tooLong = tooLong || digits > maxPartDigits;
        } else {
            return {};
        }
    }
    if (digits == 0 || !tooLong)
        return {};
    return Tr::tr("version %1 is too large: each part of a version may have at most %2 digits")
        .arg(text.toString())
        .arg(maxPartDigits);
}

QString Version::toString() const
{
    QStringList out;
    out.reserve(m_parts.size());
    for (quint64 part : m_parts)
        out.append(QString::number(part));
    return out.join(u'.');
}

std::strong_ordering operator<=>(const Version &a, const Version &b)
{
    const qsizetype n = std::max(a.m_parts.size(), b.m_parts.size());
    for (qsizetype i = 0; i < n; ++i) {
        const quint64 x = i < a.m_parts.size() ? a.m_parts[i] : 0;
        const quint64 y = i < b.m_parts.size() ? b.m_parts[i] : 0;
        if (x != y)
            return x <=> y;
    }
    return std::strong_ordering::equal;
}

size_t qHash(const Version &version, size_t seed)
{
    // Trailing zero parts compare equal, so they must hash equal too.
    QList<quint64> parts = version.parts();
    while (!parts.isEmpty() && parts.constLast() == 0)
        parts.removeLast();
    return qHashRange(parts.cbegin(), parts.cend(), seed);
}

} // namespace tidemark
