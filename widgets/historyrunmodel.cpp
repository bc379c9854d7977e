#include "historyrunmodel.h"

#include "connections/connectionprofile.h"
#include "displayformat.h"
#include "runoutcomestyle.h"
#include "widgetsroles.h"

#include <QFont>
#include <QSet>

namespace tidemark {

QString runDurationText(const AuditRun &run)
{
    if (run.hasEnd())
        return formatDuration(run.durationMs);
    // Only its start was written: how long it ran is not known at all.
    return run.durationMs > 0 ? HistoryRunModel::tr("≥ %1").arg(formatDuration(run.durationMs))
                              : HistoryRunModel::tr("unknown");
}

QString runMigrationsText(const AuditRun &run)
{
    QStringList parts;
    const std::pair<int, QString> counts[] = {
        {run.applied, HistoryRunModel::tr("%1 applied")},   {run.rolledBack, HistoryRunModel::tr("%1 rolled back")},
        {run.failed, HistoryRunModel::tr("%1 failed")},     {run.cancelled, HistoryRunModel::tr("%1 cancelled")},
        {run.repaired, HistoryRunModel::tr("%1 repaired")}, {run.baselined, HistoryRunModel::tr("%1 baselined")},
        {run.driftSettled, HistoryRunModel::tr("%1 drift settled")},
    };
    for (const auto &[count, text] : counts)
        if (count > 0)
            parts << text.arg(count);
    return parts.join(QStringLiteral(", "));
}

QString environmentText(const QString &environment)
{
    const std::optional<EnvironmentTag> tag = ConnectionProfile::parseEnvironment(environment);
    return tag && !environment.isEmpty() ? ConnectionProfile::environmentTitle(*tag) : environment;
}

HistoryRunModel::HistoryRunModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

HistoryRunModel::~HistoryRunModel() = default;

void HistoryRunModel::setRuns(const QList<AuditRun> &runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

const AuditRun *HistoryRunModel::runAt(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs.at(row) : nullptr;
}

int HistoryRunModel::rowOf(const QString &runId) const
{
    for (int row = 0; row < m_runs.size(); ++row)
        if (m_runs.at(row).runId == runId)
            return row;
    return -1;
}

QStringList HistoryRunModel::actors() const
{
    QSet<QString> seen;
    for (const AuditRun &run : m_runs)
        if (!run.actor.isEmpty())
            seen.insert(run.actor);
    QStringList actors(seen.cbegin(), seen.cend());
    actors.sort(Qt::CaseInsensitive);
    return actors;
}

int HistoryRunModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int HistoryRunModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryRunModel::data(const QModelIndex &index, int role) const
{
    const AuditRun *run = runAt(index.row());
    if (!run || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole: return display(*run, index.column());
    case Qt::ToolTipRole: return toolTip(*run);
    case Qt::TextAlignmentRole:
        return index.column() == Duration ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Outcome)
            return runOutcomeColor(run->outcome);
        if (index.column() == Migrations && run->failed > 0)
            return runOutcomeColor(QStringLiteral("failed"));
        return {};
    case Qt::FontRole:
        if (index.column() == Outcome && !run->hasEnd()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case RunIdRole: return run->runId;
    case RunStartedRole: return run->startedAt;
    case RunOutcomeRole: return run->outcome;
    case SortRole: return sortKey(*run, index.column());
    default: return {};
    }
}

QVariant HistoryRunModel::display(const AuditRun &run, int column) const
{
    switch (column) {
    case When: return formatShortTime(run.startedAt);
    case User: return run.actor;
    case Tool: return run.context.tool;
    case Command: return run.context.command;
    case Environment: return environmentText(run.context.environment);
    case Outcome: return runOutcomeTitle(run.outcome);
    case Migrations: return runMigrationsText(run);
    case Duration: return runDurationText(run);
    default: return {};
    }
}

QVariant HistoryRunModel::sortKey(const AuditRun &run, int column) const
{
    switch (column) {
    case When: return run.startedAt;
    case Migrations:
        return run.applied + run.rolledBack + run.failed + run.cancelled + run.repaired + run.baselined + run.driftSettled;
    case Duration: return run.durationMs;
    default: return display(run, column);
    }
}

QString HistoryRunModel::toolTip(const AuditRun &run) const
{
    QStringList lines{tr("Run %1, started %2").arg(run.runId, formatFullTime(run.startedAt)),
                      runOutcomeTitle(run.outcome) + QStringLiteral(": ") + runOutcomeExplanation(run.outcome)};
    if (!run.message.isEmpty())
        lines << run.message;
    lines << tr("%1 applied, %2 rolled back, %3 failed, %4 cancelled, %5 repaired, %6 baselined")
                 .arg(run.applied)
                 .arg(run.rolledBack)
                 .arg(run.failed)
                 .arg(run.cancelled)
                 .arg(run.repaired)
                 .arg(run.baselined);
    return lines.join(u'\n');
}

QVariant HistoryRunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When: return tr("Started");
    case User: return tr("User");
    case Tool: return tr("Tool");
    case Command: return tr("Command");
    case Environment: return tr("Environment");
    case Outcome: return tr("Outcome");
    case Migrations: return tr("Migrations");
    case Duration: return tr("Duration");
    default: return {};
    }
}

} // namespace tidemark
