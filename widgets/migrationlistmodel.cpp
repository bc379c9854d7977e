#include "migrationlistmodel.h"

#include "migrationstatestyle.h"
#include "widgetsroles.h"

#include <QLocale>

namespace tidemark {

MigrationListModel::MigrationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

MigrationListModel::~MigrationListModel() = default;

void MigrationListModel::setStatus(const ProjectStatus &status)
{
    beginResetModel();
    m_status = status;
    endResetModel();
}

void MigrationListModel::clear()
{
    setStatus({});
}

const MigrationStatus *MigrationListModel::migrationAt(int row) const
{
    return row >= 0 && row < m_status.migrations.size() ? &m_status.migrations.at(row) : nullptr;
}

int MigrationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_status.migrations.size());
}

int MigrationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MigrationListModel::data(const QModelIndex &index, int role) const
{
    const MigrationStatus *migration = index.isValid() ? migrationAt(index.row()) : nullptr;
    if (!migration)
        return {};
    switch (role) {
    case Qt::DisplayRole: return displayText(*migration, index.column());
    case Qt::ToolTipRole: return toolTip(*migration, index.column());
    case Qt::DecorationRole:
        return index.column() == StateColumn ? QVariant(stateIcon(migration->state)) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == StateColumn ? QVariant(migrationStateColor(migration->state)) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == VersionColumn || index.column() == DurationColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default: return customRole(*migration, role);
    }
}

QVariant MigrationListModel::displayText(const MigrationStatus &migration, int column) const
{
    switch (column) {
    case VersionColumn: return migration.version.toString();
    case DescriptionColumn: return migration.description;
    case StateColumn:
        return migration.outOfOrder ? tr("%1 (out of order)").arg(migrationStateText(migration.state))
                                    : migrationStateText(migration.state);
    case AppliedAtColumn:
        return migration.applied ? QLocale().toString(migration.applied->appliedAt.toLocalTime(),
                                                      QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                 : QString();
    case AppliedByColumn: return migration.applied ? migration.applied->appliedBy : QString();
    case DurationColumn: return migration.applied ? formatDuration(migration.applied->executionMs) : QString();
    }
    return {};
}

QVariant MigrationListModel::toolTip(const MigrationStatus &migration, int column) const
{
    if (column == StateColumn && migration.lastFailure)
        return migration.lastFailure->error;
    if (column == StateColumn && migration.state == MigrationState::Modified)
        return tr("The file changed after it was applied: its checksum differs from the one recorded.");
    if (column == StateColumn && migration.state == MigrationState::Missing)
        return tr("Applied to the database, but its file is no longer in the project.");
    if (column == AppliedAtColumn && migration.applied)
        return migration.applied->appliedAt.toUTC().toString(Qt::ISODate);
    if (column == DescriptionColumn)
        return migration.script();
    return {};
}

QVariant MigrationListModel::customRole(const MigrationStatus &migration, int role) const
{
    switch (role) {
    case StateRole: return int(migration.state);
    case StateNameRole: return migrationStateName(migration.state);
    case VersionRole: return migration.version.toString();
    case DescriptionRole: return migration.description;
    case ScriptRole: return migration.script();
    case AppliedAtRole: return migration.applied ? migration.applied->appliedAt.toUTC() : QDateTime();
    case AppliedByRole: return migration.applied ? migration.applied->appliedBy : QString();
    case DurationMsRole: return migration.applied ? migration.applied->executionMs : qint64(-1);
    case OutOfOrderRole: return migration.outOfOrder;
    case LastErrorRole: return migration.lastFailure ? migration.lastFailure->error : QString();
    }
    return {};
}

QVariant MigrationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return section == VersionColumn || section == DurationColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VersionColumn: return tr("Version");
    case DescriptionColumn: return tr("Description");
    case StateColumn: return tr("State");
    case AppliedAtColumn: return tr("Applied at");
    case AppliedByColumn: return tr("Applied by");
    case DurationColumn: return tr("Duration");
    }
    return {};
}

QHash<int, QByteArray> MigrationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(StateRole, "state");
    names.insert(StateNameRole, "stateName");
    names.insert(VersionRole, "version");
    names.insert(DescriptionRole, "description");
    names.insert(ScriptRole, "script");
    names.insert(AppliedAtRole, "appliedAt");
    names.insert(AppliedByRole, "appliedBy");
    names.insert(DurationMsRole, "durationMs");
    names.insert(OutOfOrderRole, "outOfOrder");
    names.insert(LastErrorRole, "lastError");
    return names;
}

QIcon MigrationListModel::stateIcon(MigrationState state) const
{
    auto it = m_stateIcons.find(int(state));
    if (it == m_stateIcons.end())
        it = m_stateIcons.insert(int(state), migrationStateIcon(state));
    return *it;
}

QString formatDuration(qint64 milliseconds)
{
    if (milliseconds < 1000)
        return MigrationListModel::tr("%1 ms").arg(milliseconds);
    if (milliseconds < 60'000)
        return MigrationListModel::tr("%1 s").arg(QLocale().toString(milliseconds / 1000.0, 'f', 1));
    const qint64 seconds = milliseconds / 1000;
    return MigrationListModel::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

} // namespace tidemark
