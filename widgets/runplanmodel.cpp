#include "runplanmodel.h"

#include "runoutcomestyle.h"

namespace tidemark {

RunPlanModel::RunPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

RunPlanModel::~RunPlanModel() = default;

void RunPlanModel::setRun(const AuditRun &run)
{
    beginResetModel();
    m_rows.clear();
    m_noEnd = !run.hasEnd();
    const QList<HistoryEvent> events = run.migrationEvents();
    for (const PlannedMigration &step : run.context.plan) {
        Row row{step, std::nullopt};
        for (const HistoryEvent &event : events)
            if (event.version.toString() == step.version && event.description == step.description)
                row.last = event.type;
        m_rows.append(row);
    }
    endResetModel();
}

void RunPlanModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_noEnd = false;
    endResetModel();
}

int RunPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunPlanModel::fate(const Row &row) const
{
    if (!row.last)
        return m_noEnd ? tr("no outcome recorded") : tr("not reached");
    if (*row.last == HistoryEvent::Type::Start)
        return tr("started, no outcome recorded");
    return historyEventTitle(*row.last);
}

QVariant RunPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == InThisRun) {
        if (row.last == HistoryEvent::Type::Fail)
            return runOutcomeColor(QStringLiteral("failed"));
        if (row.last == HistoryEvent::Type::Start || (!row.last && m_noEnd))
            return runOutcomeColor({});
        return {};
    }
    if (role == Qt::ToolTipRole)
        return row.step.script;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Step: return index.row() + 1;
    case Direction: return row.step.direction == tidemark::Direction::Up ? tr("Up") : tr("Down");
    case Migration: return QStringLiteral("%1 %2").arg(row.step.version, row.step.description);
    case Script: return row.step.script;
    case InThisRun: return fate(row);
    default: return {};
    }
}

QVariant RunPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Step: return tr("#");
    case Direction: return tr("Direction");
    case Migration: return tr("Migration");
    case Script: return tr("Script");
    case InThisRun: return tr("In this run");
    default: return {};
    }
}

} // namespace tidemark
