#include "debuglog.h"

#include <QDateTime>
#include <QFile>
#include <QMutex>
#include <QString>

#include <cstdio>

namespace tidemark {
namespace {

const char *typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "critical";
    case QtFatalMsg: return "fatal";
    }
    return "message";
}

void toDebugLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(message));
    static const QString path = qEnvironmentVariable("TIDEMARK_DEBUG_LOG");
    if (path.isEmpty())
        return;
    static QMutex mutex;
    const QMutexLocker locker(&mutex);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append, QFile::ReadOwner | QFile::WriteOwner))
        return;
    file.write(QStringLiteral("%1 %2 %3: %4\n")
                   .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), QLatin1String(typeName(type)),
                        QLatin1String(context.category ? context.category : "default"), message)
                   .toUtf8());
}

} // namespace

void routeQtMessagesToDebugLog()
{
    qInstallMessageHandler(toDebugLog);
}

} // namespace tidemark
