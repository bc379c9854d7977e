#pragma once

#include "run/failedmigration.h"
#include "run/runner.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace tidemark {

// The detail pane's page for a failed migration: each statement as done, rolled back, failed, outcome unknown or
// not run, the database's message, what the failure left in the catalog, and the ways to settle it: Resume (the
// statements not yet run, through the plan's confirmation), Mark Applied and Mark Rolled Back (nothing runs; the
// DBA's word on what was done by hand is recorded).
class SettlePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettlePanel)

public:
    explicit SettlePanel(QWidget *parent = nullptr);
    ~SettlePanel() override;

    void showFailure(const MigrationStatus &migration, const FailedMigration &failed, const QList<Leftover> &leftovers);

    QTreeWidget *statements() const { return m_statements; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *markAppliedButton() const { return m_markApplied; }
    QPushButton *markRolledBackButton() const { return m_markRolledBack; }
    QComboBox *unknownDecision() const { return m_unknownDecision; }

Q_SIGNALS:
    void resumeRequested(const tidemark::Version &version, tidemark::PendingStatementDecision decision);
    void repairRequested(const tidemark::Version &version, tidemark::RepairAction action);

private:
    void fillStatements(const FailedMigration &failed);

    Version m_version;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_leftover = nullptr;
    QTreeWidget *m_statements = nullptr;
    QWidget *m_unknownRow = nullptr;
    QLabel *m_unknownLabel = nullptr;
    QComboBox *m_unknownDecision = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_markApplied = nullptr;
    QPushButton *m_markRolledBack = nullptr;
};

} // namespace tidemark
