#pragma once

#include "core/databasekind.h"
#include "run/runrequest.h"

#include <QDialog>
#include <QTimer>

class QGridLayout;
class QLabel;
class QPushButton;

namespace tidemark {

// Who holds the migration lock: owner, host and process, since when, what its session runs now (PostgreSQL's
// pg_stat_activity, MariaDB's process list), whether it is provably gone, and how the lock ends. Reads again every
// two seconds while it shows. On SQLite, Break Lock is offered only for a holder the engine proves gone.
class LockInspectorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockInspectorDialog)

public:
    LockInspectorDialog(DatabaseKind dialect, QWidget *parent = nullptr);
    ~LockInspectorDialog() override;

    void showReading(const LockReading &reading);
    // False while a run keeps the connection busy: the last reading stays, marked as such.
    void setReadable(bool readable);
    const std::optional<LockHolder> &holder() const { return m_holder; }

Q_SIGNALS:
    void readRequested();
    void breakRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QLabel *addRow(const QString &label, const char *objectName);
    void setRow(QLabel *field, const QString &text); // hidden when empty
    QString endingText(const LockHolder &holder) const;

    DatabaseKind m_dialect;
    std::optional<LockHolder> m_holder;
    bool m_readable = true;
    QTimer m_poll;
    QLabel *m_summary = nullptr;
    QGridLayout *m_form = nullptr;
    QLabel *m_owner = nullptr;
    QLabel *m_host = nullptr;
    QLabel *m_process = nullptr;
    QLabel *m_since = nullptr;
    QLabel *m_heartbeat = nullptr;
    QLabel *m_activity = nullptr;
    QLabel *m_standing = nullptr;
    QLabel *m_ending = nullptr;
    QLabel *m_readAt = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_break = nullptr;
};

} // namespace tidemark
