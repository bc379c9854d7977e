#pragma once

#include "run/runcontroller.h"
#include "run/runrequest.h"

#include <QObject>

class QLabel;
class QProgressBar;
class QStatusBar;

namespace tidemark {

// The status bar's permanent fields: a run's progress while one goes, who holds the migration lock (if anyone
// does), the database's current version, and where we are connected.
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

private:
    // In the order they appear, left to right.
    QLabel *m_runStep = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_lock = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_connection = nullptr;
};

} // namespace tidemark
