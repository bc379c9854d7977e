#pragma once

#include "audit/auditrun.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace tidemark {

// Every run of the database, from its events, one row each in the order given (newest first): when, who, with what
// tool and command, in which environment, how it ended, what it did to migrations and how long it took. Roles are in
// widgetsroles.h; SortRole sorts a column by its value, not its text.
class HistoryRunModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryRunModel)

public:
    // Migrations: what the run did to them in one column ("2 applied, 1 failed"), so that repairs and baselines
    // show too and the user's column keeps its room at 1024 px, also in German.
    enum Column { When, User, Tool, Command, Environment, Outcome, Migrations, Duration, ColumnCount };

    explicit HistoryRunModel(QObject *parent = nullptr);
    ~HistoryRunModel() override;

    void setRuns(const QList<AuditRun> &runs);
    const QList<AuditRun> &runs() const { return m_runs; }
    const AuditRun *runAt(int row) const;
    int rowOf(const QString &runId) const; // -1 when there is none
    QStringList actors() const;            // everyone who ran something, sorted

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const AuditRun &run, int column) const;
    QVariant sortKey(const AuditRun &run, int column) const;
    QString toolTip(const AuditRun &run) const;

    QList<AuditRun> m_runs;
};

// What a run did to migrations, the counts that are not zero: "2 applied, 1 failed"; empty when nothing.
QString runMigrationsText(const AuditRun &run);
// A run's duration as the table reads it: "2.4 s"; with no end recorded "≥ 2.4 s", up to its last event, or
// "unknown" when it wrote nothing after its start.
QString runDurationText(const AuditRun &run);
// The environment as the profile names it, translated ("Production"); the recorded text when it is another.
QString environmentText(const QString &environment);

} // namespace tidemark
