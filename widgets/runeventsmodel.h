#pragma once

#include "audit/auditrun.h"

#include <QAbstractTableModel>

namespace tidemark {

// One run's events in the order they were written: what happened, to which migration, when, how long it took, how
// many statements ran, and the error or what a repair or baseline did. A run with no end recorded gets a last row
// that says so, after the last event it did write.
class RunEventsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunEventsModel)

public:
    enum Column { Event, Migration, At, Duration, Statements, Details, ColumnCount };

    explicit RunEventsModel(QObject *parent = nullptr);
    ~RunEventsModel() override;

    void setRun(const AuditRun &run);
    void clear();
    const HistoryEvent *eventAt(int row) const; // null for the "no end recorded" row

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const HistoryEvent &event, int column) const;
    QVariant noEndRow(int column, int role) const;

    QList<HistoryEvent> m_events;
    bool m_noEnd = false;
};

} // namespace tidemark
