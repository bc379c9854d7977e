#pragma once

#include "history/migrationstatus.h"
#include "review/reviewfinding.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>

#include <array>

#include <optional>

namespace tidemark {

// Every migration of a project with its state in the database, one row each, oldest first: what the timeline
// shows. A list: one column, no children. Roles are in widgetsroles.h.
//
// A new status for the same migrations (the usual case after a run or a refresh) changes the rows in place,
// so views keep their selection and scroll position; different migrations reset the model.
class TimelineModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)

public:
    explicit TimelineModel(QObject *parent = nullptr);
    ~TimelineModel() override;

    void setStatus(const ProjectStatus &status);
    void clear();
    const ProjectStatus &status() const { return m_status; }
    const MigrationStatus *migrationAt(int row) const;
    // The row of a version, -1 when there is none.
    int rowOf(const Version &version) const;
    // What the review rules find in each migration's files, by up script (StatusSnapshot::review). Shown on
    // the migrations still to run: a badge with the worst finding not allowed, and every finding in the tooltip.
    void setReview(const QHash<QString, QList<ReviewFinding>> &review);
    // Marks the migration a run is executing now; nullopt when none is.
    void setRunningVersion(const std::optional<Version> &version);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    bool sameMigrations(const ProjectStatus &status) const;
    void emitRowChanged(int row);
    QVariant customRole(const MigrationStatus &migration, int role) const;
    QString toolTip(const MigrationStatus &migration) const;
    QString accessibleDescription(const MigrationStatus &migration) const;
    qreal durationFraction(const MigrationStatus &migration) const;
    // The findings of a migration still to run; empty for one that ran.
    QList<ReviewFinding> reviewOf(const MigrationStatus &migration) const;

    ProjectStatus m_status;
    QString m_currentVersionText;
    qint64 m_slowestMs = 0;
    std::optional<Version> m_running;
    QHash<QString, QList<ReviewFinding>> m_review;
    mutable std::array<QIcon, 6> m_stateIcons; // drawn on first use, one per DisplayState
};

} // namespace tidemark
