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

    // Digits separated by '_' or '.', e.g. "001", "1_2", "1.12.3", "20240101120000". nullopt when malformed.
    static std::optional<Version> parse(QStringView text);

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
