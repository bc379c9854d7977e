#pragma once

#include "audit/auditrun.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace tidemark {

class HistoryRunModel;

// The local days first to last, both included, as a period: what a DBA means by "from the 2nd to the 9th".
AuditPeriod localDays(const QDate &first, const QDate &last);

// The runs of a HistoryRunModel a DBA asked for: started in a period, by one user, with one outcome, touching one
// migration. Sorted by SortRole, newest first until a header says otherwise.
class HistoryFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryFilterModel)

public:
    explicit HistoryFilterModel(HistoryRunModel *runs, QObject *parent = nullptr);
    ~HistoryFilterModel() override;

    void setPeriod(const AuditPeriod &period);
    void setUser(const QString &actor);                     // empty: everyone
    void setOutcome(const std::optional<QString> &outcome); // nullopt: any; empty: no end recorded
    // A version ("3", "003" and "3.0" alike) or text in a migration's description or script; empty: any.
    void setMigration(const QString &text);

    const AuditPeriod &period() const { return m_period; }
    const AuditRun *runAt(int row) const;
    QList<AuditRun> shownRuns() const; // in the order shown

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool touchesMigration(const AuditRun &run) const;

    HistoryRunModel *m_runs = nullptr;
    AuditPeriod m_period;
    QString m_user;
    std::optional<QString> m_outcome;
    QString m_migration;
    std::optional<Version> m_migrationVersion;
};

} // namespace tidemark
