#include "reportperiod.h"

#include "core/tr.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tidemark {
namespace {

QString optionName(PeriodEnd end)
{
    return end == PeriodEnd::Since ? QStringLiteral("--since") : QStringLiteral("--until");
}

} // namespace

std::optional<QDateTime> parsePeriodTime(const QString &text, PeriodEnd end, QString *error)
{
    static const QRegularExpression day(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression time(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"));
    const QString trimmed = text.trimmed();
    if (day.match(trimmed).hasMatch()) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (date.isValid())
            return QDateTime(end == PeriodEnd::Until ? date.addDays(1) : date, QTime(0, 0), Qt::UTC);
    } else if (time.match(trimmed).hasMatch()) {
        QDateTime at = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
        if (at.isValid()) {
            if (at.timeSpec() == Qt::LocalTime) // no Z and no offset: UTC, as everything Tidemark records
                at = QDateTime(at.date(), at.time(), Qt::UTC);
            at = at.toUTC();
            return end == PeriodEnd::Until ? at.addMSecs(1) : at;
        }
    }
    *error = Tr::tr("%1 \"%2\" is not a date: use YYYY-MM-DD (a day in UTC) or an ISO-8601 time such as "
                    "2026-11-12T10:22:01Z")
                 .arg(optionName(end), text);
    return std::nullopt;
}

std::optional<AuditPeriod> reportPeriod(const QString &since, const QString &until, QString *error)
{
    if (since.isEmpty() && until.isEmpty())
        return AuditPeriod::lastDays(30);
    AuditPeriod period;
    if (!since.isEmpty()) {
        const std::optional<QDateTime> from = parsePeriodTime(since, PeriodEnd::Since, error);
        if (!from)
            return std::nullopt;
        period.from = *from;
    }
    if (!until.isEmpty()) {
        const std::optional<QDateTime> to = parsePeriodTime(until, PeriodEnd::Until, error);
        if (!to)
            return std::nullopt;
        period.until = *to;
    }
    if (period.from.isValid() && period.until.isValid() && period.from >= period.until) {
        *error = Tr::tr("--since %1 is not before --until %2: the period is empty").arg(since, until);
        return std::nullopt;
    }
    return period;
}

} // namespace tidemark
