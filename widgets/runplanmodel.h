#pragma once

#include "audit/auditrun.h"

#include <QAbstractTableModel>

namespace tidemark {

// The plan a run set out with (its run-start event), one step a row, with what became of each step in that run:
// applied, rolled back, failed, cancelled, started without an outcome recorded, or not reached. In a run with no end
// recorded a step without events has "no outcome recorded": a migration in its own transaction leaves no trace of
// having started when the run is killed.
class RunPlanModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPlanModel)

public:
    enum Column { Step, Direction, Migration, Script, InThisRun, ColumnCount };

    explicit RunPlanModel(QObject *parent = nullptr);
    ~RunPlanModel() override;

    void setRun(const AuditRun &run);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        PlannedMigration step;
        std::optional<HistoryEvent::Type> last; // the step's last event in the run; nullopt: not reached
    };

    QString fate(const Row &row) const;

    QList<Row> m_rows;
    bool m_noEnd = false;
};

} // namespace tidemark
