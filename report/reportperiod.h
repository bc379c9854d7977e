#pragma once

#include "audit/auditrun.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace tidemark {

// Which end of a period a time given by a person is.
enum class PeriodEnd { Since, Until };

// A time given as YYYY-MM-DD (a day in UTC) or as ISO-8601 (2026-11-12T10:22:01Z, with an offset, or without one:
// UTC). As the until of a period it is inclusive: a day counts to its end, a time to that millisecond. Returns the
// period boundary (AuditPeriod: since inclusive, until exclusive); nullopt with why.
std::optional<QDateTime> parsePeriodTime(const QString &text, PeriodEnd end, QString *error);

// The period --since and --until give (either may be empty: open at that end); neither: the last 30 days.
std::optional<AuditPeriod> reportPeriod(const QString &since, const QString &until, QString *error);

} // namespace tidemark
