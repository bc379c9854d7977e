#pragma once

#include "migrationstatus.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

namespace tidemark {

// Every migration of a project with its state in the database, one row each, in version order.
class MigrationListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationListModel)

public:
    enum Column { VersionColumn, DescriptionColumn, StateColumn, AppliedAtColumn, AppliedByColumn,
                  DurationColumn, ColumnCount };

    explicit MigrationListModel(QObject *parent = nullptr);
    ~MigrationListModel() override;

    void setStatus(const ProjectStatus &status);
    void clear();
    const ProjectStatus &status() const { return m_status; }
    const MigrationStatus *migrationAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant displayText(const MigrationStatus &migration, int column) const;
    QVariant toolTip(const MigrationStatus &migration, int column) const;
    QVariant customRole(const MigrationStatus &migration, int role) const;
    QIcon stateIcon(MigrationState state) const;

    ProjectStatus m_status;
    mutable QHash<int, QIcon> m_stateIcons; // drawn on first use
};

// "850 ms", "2.4 s", "3 min 12 s"
QString formatDuration(qint64 milliseconds);

} // namespace tidemark
