#include "historyfiltermodel.h"

#include "historyrunmodel.h"
#include "widgetsroles.h"

namespace tidemark {

AuditPeriod localDays(const QDate &first, const QDate &last)
{
    return {first.startOfDay().toUTC(), last.addDays(1).startOfDay().toUTC()};
}

HistoryFilterModel::HistoryFilterModel(HistoryRunModel *runs, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_runs(runs)
{
    setSourceModel(runs);
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    sort(HistoryRunModel::When, Qt::DescendingOrder);
}

HistoryFilterModel::~HistoryFilterModel() = default;

void HistoryFilterModel::setPeriod(const AuditPeriod &period)
{
    m_period = period;
    invalidateRowsFilter();
}

void HistoryFilterModel::setUser(const QString &actor)
{
    m_user = actor;
    invalidateRowsFilter();
}

void HistoryFilterModel::setOutcome(const std::optional<QString> &outcome)
{
    m_outcome = outcome;
    invalidateRowsFilter();
}

void HistoryFilterModel::setMigration(const QString &text)
{
    m_migration = text.trimmed();
    m_migrationVersion = Version::parse(m_migration);
    invalidateRowsFilter();
}

const AuditRun *HistoryFilterModel::runAt(int row) const
{
    return m_runs->runAt(mapToSource(index(row, 0)).row());
}

QList<AuditRun> HistoryFilterModel::shownRuns() const
{
    QList<AuditRun> runs;
    for (int row = 0; row < rowCount(); ++row)
        runs.append(*runAt(row));
    return runs;
}

bool HistoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const AuditRun *run = m_runs->runAt(sourceRow);
    return run && m_period.contains(run->startedAt) && (m_user.isEmpty() || run->actor == m_user)
           && (!m_outcome || run->outcome == *m_outcome) && touchesMigration(*run);
}

bool HistoryFilterModel::touchesMigration(const AuditRun &run) const
{
    if (m_migration.isEmpty())
        return true;
    auto matches = [this](const std::optional<Version> &version, const QString &description, const QString &script) {
        return (m_migrationVersion && version == m_migrationVersion)
               || description.contains(m_migration, Qt::CaseInsensitive)
               || script.contains(m_migration, Qt::CaseInsensitive);
    };
    for (const HistoryEvent &event : run.events)
        if (!event.isRunLevel() && matches(event.version, event.description, event.script))
            return true;
    for (const PlannedMigration &step : run.context.plan) // planned, even where the run never got to it
        if (matches(Version::parse(step.version), step.description, step.script))
            return true;
    return false;
}

} // namespace tidemark
