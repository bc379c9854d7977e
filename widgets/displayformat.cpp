#include "displayformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace tidemark {

QString formatDuration(qint64 milliseconds)
{
    if (milliseconds < 1000)
        return QCoreApplication::translate("tidemark::DisplayFormat", "%1 ms").arg(milliseconds);
    if (milliseconds < 60'000)
        return QCoreApplication::translate("tidemark::DisplayFormat", "%1 s")
            .arg(QLocale().toString(milliseconds / 1000.0, 'f', 1));
    const qint64 seconds = milliseconds / 1000;
    return QCoreApplication::translate("tidemark::DisplayFormat", "%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QString formatShortTime(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString formatFullTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    return QCoreApplication::translate("tidemark::DisplayFormat", "%1 (%2 UTC)")
        .arg(at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
             at.toUTC().toString(QStringLiteral("HH:mm:ss")));
}

} // namespace tidemark
