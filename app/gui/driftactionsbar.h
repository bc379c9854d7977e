#pragma once

#include "history/migrationstatus.h"
#include "run/runner.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace tidemark {

// Under a drifted migration's history: what drifted, and the ways to settle it. A modified migration (its file
// edited after it ran) offers Accept the File and Restore from Applied Text; a missing one (its file gone) Restore
// the File. Hidden for every other state.
class DriftActionsBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DriftActionsBar)

public:
    explicit DriftActionsBar(QWidget *parent = nullptr);
    ~DriftActionsBar() override;

    void showFor(const MigrationStatus &migration);

    QPushButton *acceptFileButton() const { return m_accept; }
    QPushButton *restoreAppliedTextButton() const { return m_restoreApplied; }
    QPushButton *restoreFileButton() const { return m_restoreFile; }

Q_SIGNALS:
    void driftRequested(const tidemark::Version &version, tidemark::DriftAction action);

private:
    QLabel *m_text = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_restoreApplied = nullptr;
    QPushButton *m_restoreFile = nullptr;
    Version m_version;
};

} // namespace tidemark
