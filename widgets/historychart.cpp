#include "historychart.h"

#include "displayformat.h"
#include "historyrunmodel.h"
#include "runoutcomestyle.h"
#include "workbenchpalette.h"

#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLogValueAxis>
#include <QResizeEvent>
#include <QScatterSeries>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace tidemark {
namespace {

constexpr double axisFloor = 0.01;        // seconds: the lowest labelled line
constexpr double shortestSeconds = 0.013; // a run that took less sits just above it, its dot whole

double seconds(const AuditRun &run)
{
    return std::max(shortestSeconds, run.durationMs / 1000.0);
}

// The next power of ten at or above seconds, so that the axis ends on a labelled line.
double ceilingDecade(double seconds)
{
    return std::pow(10.0, std::ceil(std::log10(std::max(seconds, 1.0))));
}

} // namespace

HistoryChart::HistoryChart(QWidget *parent)
    : QChartView(parent)
    , m_time(new QDateTimeAxis(this))
    , m_duration(new QLogValueAxis(this))
{
    setObjectName(QStringLiteral("historyChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(120);
    QChart *chart = this->chart();
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setAnimationOptions(QChart::NoAnimation);
    m_duration->setBase(10);
    m_duration->setLabelFormat(QStringLiteral("%g s"));
    m_duration->setMinorTickCount(0);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_duration, Qt::AlignLeft);
    setAccessibleName(tr("Runs over time by duration and outcome"));
    setRuns({}, {});
}

HistoryChart::~HistoryChart() = default;

QScatterSeries *HistoryChart::seriesFor(const QString &outcome)
{
    if (QScatterSeries *existing = m_series.value(outcome))
        return existing;
    auto series = new QScatterSeries(this);
    series->setName(runOutcomeTitle(outcome));
    series->setColor(runOutcomeColor(outcome));
    series->setBorderColor(runOutcomeColor(outcome).darker(130));
    series->setMarkerSize(outcome.isEmpty() ? 12 : 9);
    series->setMarkerShape(outcome.isEmpty() ? QScatterSeries::MarkerShapeRectangle
                                             : QScatterSeries::MarkerShapeCircle);
    chart()->addSeries(series);
    series->attachAxis(m_time);
    series->attachAxis(m_duration);
    connect(series, &QScatterSeries::clicked, this, [this, series](const QPointF &point) {
        const QString runId = runAt(series, point);
        if (!runId.isEmpty())
            Q_EMIT runClicked(runId);
    });
    connect(series, &QScatterSeries::hovered, this, [this, series](const QPointF &point, bool state) {
        if (state)
            QToolTip::showText(QCursor::pos(), m_tips.value(runAt(series, point)), this);
        else
            QToolTip::hideText();
    });
    m_series.insert(outcome, series);
    return series;
}

void HistoryChart::setRuns(const QList<AuditRun> &runs, const AuditPeriod &period)
{
    for (QScatterSeries *series : std::as_const(m_series)) {
        chart()->removeSeries(series);
        delete series;
    }
    m_series.clear();
    m_runIds.clear();
    m_tips.clear();
    double longest = 1.0;
    // In the legend's order, whatever the order of the runs.
    for (const QString &outcome : runOutcomeOrder()) {
        for (const AuditRun &run : runs) {
            if (run.outcome != outcome)
                continue;
            QScatterSeries *series = seriesFor(outcome);
            series->append(double(run.startedAt.toMSecsSinceEpoch()), seconds(run));
            m_runIds[series].append(run.runId);
            m_tips.insert(run.runId, tr("%1 · %2 · %3\n%4 %5 by %6")
                                         .arg(formatShortTime(run.startedAt), runOutcomeTitle(run.outcome),
                                              runDurationText(run), run.context.tool, run.context.command, run.actor));
            longest = std::max(longest, seconds(run));
        }
    }
    m_duration->setRange(axisFloor, ceilingDecade(longest * 1.5));
    setTimeRange(runs, period);
    chart()->setTitle(runs.isEmpty() ? tr("No runs in this period") : QString());
    chart()->legend()->setVisible(!runs.isEmpty());
}

void HistoryChart::setTimeRange(const QList<AuditRun> &runs, const AuditPeriod &period)
{
    QDateTime first = period.from;
    QDateTime last = period.until.isValid() ? std::min(period.until, QDateTime::currentDateTimeUtc()) : QDateTime();
    for (const AuditRun &run : runs) {
        if (!period.from.isValid() && (!first.isValid() || run.startedAt < first))
            first = run.startedAt;
        if (!period.until.isValid() && (!last.isValid() || run.startedAt > last))
            last = run.startedAt;
    }
    if (!last.isValid())
        last = QDateTime::currentDateTimeUtc();
    if (!first.isValid() || first >= last)
        first = last.addDays(-1);
    // A margin on both sides, so that the first and last dots are not cut in half.
    const qint64 margin = std::max<qint64>(first.msecsTo(last) / 40, 60'000);
    first = first.addMSecs(-margin);
    last = last.addMSecs(margin);
    const qint64 days = first.daysTo(last);
    m_time->setFormat(days <= 2     ? QStringLiteral("MM-dd HH:mm")
                      : days <= 370 ? QStringLiteral("yyyy-MM-dd")
                                    : QStringLiteral("yyyy-MM"));
    m_time->setTickCount(tickCountFor(width()));
    m_time->setRange(first.toLocalTime(), last.toLocalTime());
}

int HistoryChart::tickCountFor(int width)
{
    return std::clamp(width / 140, 3, 9); // room for a date label each
}

void HistoryChart::resizeEvent(QResizeEvent *event)
{
    m_time->setTickCount(tickCountFor(event->size().width()));
    QChartView::resizeEvent(event);
}

int HistoryChart::runCount(const QString &outcome) const
{
    const QScatterSeries *series = m_series.value(outcome);
    return series ? series->count() : 0;
}

QString HistoryChart::runAt(const QScatterSeries *series, const QPointF &point) const
{
    const QList<QPointF> points = series->points();
    const QStringList &ids = m_runIds.value(series);
    const auto nearest = std::min_element(points.cbegin(), points.cend(), [&](const QPointF &a, const QPointF &b) {
        return std::abs(a.x() - point.x()) < std::abs(b.x() - point.x());
    });
    const qsizetype index = nearest - points.cbegin();
    return nearest != points.cend() && index < ids.size() ? ids.at(index) : QString();
}

} // namespace tidemark
