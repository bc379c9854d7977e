#include "migrationlock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHostInfo>
#include <QThread>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <pwd.h>
#include <unistd.h>
#endif

namespace tidemark {

namespace {

// The OS account, also where no shell set $USER (services, containers, CI runners).
QString osUser()
{
    QString user = qEnvironmentVariable("USER");
#ifdef Q_OS_UNIX
    if (user.isEmpty()) {
        if (const passwd *entry = ::getpwuid(::getuid()))
            user = QString::fromLocal8Bit(entry->pw_name);
    }
#endif
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME", QStringLiteral("unknown"));
    return user;
}

} // namespace

LockIdentity LockIdentity::current(const QString &runId)
{
    return {osUser(), QHostInfo::localHostName(), QCoreApplication::applicationPid(), runId};
}

QString LockHolder::describe() const
{
    QString text = QCoreApplication::translate("tidemark", "%1 on %2").arg(owner, host);
    if (pid > 0)
        text += QCoreApplication::translate("tidemark", " (pid %1)").arg(pid);
    if (since.isValid())
        text += QCoreApplication::translate("tidemark", " since %1 UTC")
                    .arg(since.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    return text;
}

QString LockHolder::activity(const QDateTime &nowUtc) const
{
    if (state.isEmpty())
        return {};
    QString text = state;
    if (stateSince.isValid())
        text = QCoreApplication::translate("tidemark", "%1 for %2 s").arg(state).arg(std::max<qint64>(0, stateSince.secsTo(nowUtc)));
    if (!statement.isEmpty())
        text += QStringLiteral(": ") + statement.simplified();
    return text;
}

MigrationLock::Attempt acquireLock(MigrationLock &lock, const LockWait &wait)
{
    QDeadlineTimer deadline(wait.timeout);
    QString lastSeenRun;
    for (;;) {
        MigrationLock::Attempt attempt = lock.tryAcquire();
        if (attempt.acquired || !attempt.error.isEmpty())
            return attempt;
        if (attempt.holder && attempt.holder->runId != lastSeenRun) {
            lastSeenRun = attempt.holder->runId;
            if (wait.onWaiting)
                wait.onWaiting(*attempt.holder);
        }
        if (deadline.hasExpired() || (wait.cancel && wait.cancel->load()))
            return attempt;
        QThread::msleep(std::min<qint64>(wait.pollInterval.count(), std::max<qint64>(1, deadline.remainingTime())));
    }
}

bool processIsAlive(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid);
    return true; // cannot tell: never treat a holder as dead
#endif
}

} // namespace tidemark
