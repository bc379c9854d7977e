#pragma once

#include "core/databasekind.h"
#include "history/migrationstatus.h"
#include "review/reviewfinding.h"
#include "run/failedmigration.h"
#include "run/runevent.h"
#include "run/runner.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace tidemark {

class DiffView;
class DriftActionsBar;
class SettlePanel;
class SqlPanel;

// The selected migration in full: its header and state, its history row (who applied it, when, how long it took,
// checksum, statements done of total) and its SQL, up and down, each in the read-only SQL editor. Diff tabs compare
// the file with the up text as it was applied (a modified migration opens on that one) and up with down.
// A failed migration opens on its Settle tab (SettlePanel): each statement's outcome and the ways to settle it; its
// script marks the failing statement with the database's message above it. A modified or missing migration shows
// the ways to settle its drift under its history (DriftActionsBar).
class DetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPane)

public:
    explicit DetailPane(QWidget *parent = nullptr);
    ~DetailPane() override;

    // The dialect splits a failed script into statements, to mark the whole failed statement.
    void setDialect(DatabaseKind dialect);
    // What failed migrations left in the catalog, from the last status; shown with the migration they belong to.
    void setLeftovers(const QList<Leftover> &leftovers) { m_leftovers = leftovers; }
    // What the review rules find in each migration's files, by up script (StatusSnapshot::review): a migration
    // still to run shows its findings.
    void setReview(const QHash<QString, QList<ReviewFinding>> &review) { m_review = review; }
    // failure: the MigrationFailed event of this session's last run, when there was one; used only when it is
    // about this migration and the migration still is failed. nullptr shows the empty page.
    void showMigration(const MigrationStatus *migration, const std::optional<RunEvent> &failure = std::nullopt);

    std::optional<Version> shownVersion() const { return m_shown; }
    SqlPanel *upPanel() const { return m_up; }
    SqlPanel *downPanel() const { return m_down; }
    DiffView *appliedDiff() const { return m_appliedDiff; } // file against applied; in a tab when modified
    DiffView *upDownDiff() const { return m_upDownDiff; }   // up against down; in a tab when there are both
    QTabWidget *tabs() const { return m_tabs; }
    SettlePanel *settlePanel() const { return m_settle; } // in a tab while a failed migration is shown
    DriftActionsBar *driftActions() const { return m_drift; } // shown while a modified or missing one is

Q_SIGNALS:
    void resumeRequested(const tidemark::Version &version, tidemark::PendingStatementDecision decision);
    void repairRequested(const tidemark::Version &version, tidemark::RepairAction action);
    void driftRequested(const tidemark::Version &version, tidemark::DriftAction action);

private:
    QWidget *createHeader();
    void fillHeader(const MigrationStatus &migration);
    void fillHistory(const MigrationStatus &migration);
    void addReviewRow(const QList<ReviewFinding> &findings);
    void fillSql(const MigrationStatus &migration);
    void markFailure(const MigrationStatus &migration, const std::optional<RunEvent> &failure);

    QStackedWidget *m_pages = nullptr;
    QLabel *m_node = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_script = nullptr;
    QFormLayout *m_history = nullptr;
    QTabWidget *m_tabs = nullptr;
    SqlPanel *m_up = nullptr;
    SqlPanel *m_down = nullptr;
    DiffView *m_appliedDiff = nullptr; // the up text as it ran against the file, when the file changed since
    DiffView *m_upDownDiff = nullptr;
    SettlePanel *m_settle = nullptr;
    DriftActionsBar *m_drift = nullptr;
    QList<Leftover> m_leftovers;
    QHash<QString, QList<ReviewFinding>> m_review;
    std::optional<Version> m_shown;
    DatabaseKind m_dialect = DatabaseKind::Sqlite;
};

} // namespace tidemark
