#pragma once

#include "audit/auditrun.h"

#include <QChartView>
#include <QHash>

class QDateTimeAxis;
class QLogValueAxis;
class QScatterSeries;

namespace tidemark {

// The runs on a time axis, one dot each at its start, as high as it took (a log scale, so that a 50 ms run and a
// 5 min one both show), coloured by outcome: when the database was changed, what failed or was killed, and which
// runs were slow, at a glance. A run with no end recorded stands at how long it got to its last event. Clicking a
// dot says which run it is.
class HistoryChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryChart)

public:
    explicit HistoryChart(QWidget *parent = nullptr);
    ~HistoryChart() override;

    // The period spans the time axis; where an end is open, the runs' own times do.
    void setRuns(const QList<AuditRun> &runs, const AuditPeriod &period);
    // The runs shown under each outcome (QString() for no end recorded), for tests and the legend.
    int runCount(const QString &outcome) const;

Q_SIGNALS:
    void runClicked(const QString &runId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    static int tickCountFor(int width);
    QScatterSeries *seriesFor(const QString &outcome);
    void setTimeRange(const QList<AuditRun> &runs, const AuditPeriod &period);
    QString runAt(const QScatterSeries *series, const QPointF &point) const;

    QDateTimeAxis *m_time = nullptr;
    QLogValueAxis *m_duration = nullptr;
    QHash<QString, QScatterSeries *> m_series;
    QHash<const QScatterSeries *, QStringList> m_runIds; // parallel to each series' points
    QHash<QString, QString> m_tips;                      // a run's tooltip by its id
};

} // namespace tidemark
