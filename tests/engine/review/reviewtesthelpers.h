#pragma once

// What the review rule tests share: a golang-migrate migration made from its two scripts, and where a rule fires.
#include "review/migrationreview.h"

#include <QStringList>

namespace tidemark::test {

constexpr DatabaseKind Sqlite = DatabaseKind::Sqlite;
constexpr DatabaseKind Postgres = DatabaseKind::Postgres;
constexpr DatabaseKind MySql = DatabaseKind::MySql;

inline const QString upFile = QStringLiteral("1_change.up.sql");
inline const QString downFile = QStringLiteral("1_change.down.sql");

// A golang-migrate migration; a null down is none at all.
inline Migration migration(const QString &up, const QString &down)
{
    Migration m;
    m.version = *Version::parse(u"1");
    m.description = QStringLiteral("change");
    m.script = upFile;
    m.upSql = up;
    if (!down.isNull()) {
        m.hasDown = true;
        m.downScript = downFile;
        m.downSql = down;
    }
    return m;
}

// "up:3" or "down:1" for each finding of the rule; "up:3 allowed" when allowed; "FILE:3" for another file.
inline QStringList placesOf(const QList<ReviewFinding> &findings, const QString &rule)
{
    QStringList places;
    for (const ReviewFinding &f : findings)
        if (f.ruleInfo().name() == rule)
            places << (f.file == upFile ? QStringLiteral("up:") : f.file == downFile ? QStringLiteral("down:") : f.file + u':')
                          + QString::number(f.line) + (f.allowed ? QStringLiteral(" allowed") : QString());
    return places;
}

inline QString describeAll(const QList<ReviewFinding> &findings)
{
    QStringList lines;
    for (const ReviewFinding &f : findings)
        lines << f.toString();
    return lines.join(u'\n');
}

} // namespace tidemark::test
