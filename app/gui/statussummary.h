#pragma once

#include "run/runcontroller.h"
#include "run/runrequest.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;

namespace tidemark {

// The status bar's permanent fields: a run's progress while one goes, or its wait for the migration lock counting
// down; who holds the lock (if anyone does; a link to the lock inspector); the database's current version, and
// where we are connected.
class StatusSummary final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusSummary)

public:
    explicit StatusSummary(QStatusBar *bar);
    ~StatusSummary() override;

    void setConnection(const QString &redactedUrl, bool production); // empty: not connected
    void setSnapshot(const StatusSnapshot &snapshot);
    void clearSnapshot();
    // done of total steps; current names the step running now, of which a fraction of its statements ran.
    void setRunProgress(int done, int total, const QString &current, double currentFraction = 0);
    void clearRunProgress();
    // A run waits for the lock holder gives up; the time it waits at most counts down, with Cancel Waiting.
    void setLockWait(const QString &holder, qint64 remainingMs);
    void clearLockWait();

Q_SIGNALS:
    void lockInspectionRequested();
    void cancelWaitingRequested();

private:
    void showLockWait();

    // In the order they appear, left to right.
    QLabel *m_runStep = nullptr;
    QToolButton *m_cancelWaiting = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_lock = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_connection = nullptr;
    QString m_waitHolder;
    QDeadlineTimer m_waitDeadline;
    QTimer m_waitTick;
};

} // namespace tidemark
