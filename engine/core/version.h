#pragma once

#include <QList>
#include <QString>

#include <compare>
#include <optional>

namespace tidemark {

// A migration version: unsigned integer parts compared part by part (1_2 < 1_12), missing parts as zero.
class Version
{
public:
    Version() = default;
    explicit Version(QList<quint64> parts);

    // The most digits a part may have: each is an unsigned 64-bit number.
    static constexpr int maxPartDigits = 19;

    // Digits separated by '_' or '.', e.g. "001", "1_2", "1.12.3", "20240101120000". nullopt when malformed.
    static std::optional<Version> parse(QStringView text);
    // When text would be a version but for a part longer than maxPartDigits: why parse refuses it, naming the
    // limit. Empty otherwise.
    static QString tooLargeError(QStringView text);

    const QList<quint64> &parts() const { return m_parts; }
    bool isEmpty() const { return m_parts.isEmpty(); }
    // Canonical form, parts joined by '.', without leading zeros: what the history table stores.
    QString toString() const;

    friend std::strong_ordering operator<=>(const Version &a, const Version &b);
    friend bool operator==(const Version &a, const Version &b) { return (a <=> b) == 0; }

private:
    QList<quint64> m_parts;
};

size_t qHash(const Version &version, size_t seed = 0);

} // namespace tidemark

// A QList of parts, which Qt moves in memory as it is: lists of versions grow without copying each one.
Q_DECLARE_TYPEINFO(tidemark::Version, Q_RELOCATABLE_TYPE);
