#pragma once

#include "runcontroller.h"

#include <QObject>

class QLabel;
class QStatusBar;

namespace tidemark {

// The status bar's permanent fields: where we are connected, the database's current version,
// how many migrations are in each state, and who holds the migration lock, if anyone.
class StatusSummary final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusSummary)

public:
    explicit StatusSummary(QStatusBar *bar);
    ~StatusSummary() override;

    void setConnection(const QString &redactedUrl); // empty: not connected
    void setSnapshot(const StatusSnapshot &snapshot);
    void clearSnapshot();

private:
    // In the order they appear, left to right.
    QLabel *m_connection = nullptr;
    QLabel *m_lock = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_counts = nullptr;
};

} // namespace tidemark
