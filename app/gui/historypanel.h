#pragma once

#include "audit/audittrail.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class QToolButton;

namespace tidemark {

class HistoryChart;
class HistoryFilterBar;
class HistoryFilterModel;
class HistoryRunModel;
class RunDetailView;

// The History view: every run of the database from its events (any machine, the CLI or the workbench), newest
// first, filtered by period, user, outcome and migration; the chart of those runs over time; whether the events'
// hash chain holds; and the selected run's events and plan. Keeps the selected run across reloads.
class HistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    explicit HistoryPanel(QWidget *parent = nullptr);
    ~HistoryPanel() override;

    void setLoading();
    void setTrail(const AuditTrail &trail);
    void setError(const QString &message);
    void clear();

    const std::optional<AuditTrail> &trail() const { return m_trail; }
    const AuditRun *selectedRun() const;
    void selectRun(const QString &runId);
    // The chart above the runs; its toggle in the status row says chartToggled.
    void setChartVisible(bool visible);
    bool isChartVisible() const;

    HistoryFilterBar *filterBar() const { return m_filterBar; }
    HistoryRunModel *model() const { return m_model; }
    HistoryFilterModel *filter() const { return m_filter; }
    QTableView *runsView() const { return m_runs; }
    HistoryChart *chart() const { return m_chart; }
    RunDetailView *detail() const { return m_detail; }
    QLabel *chainLabel() const { return m_chain; }
    QPushButton *exportButton() const { return m_export; }
    QToolButton *chartToggle() const { return m_chartToggle; }

Q_SIGNALS:
    void exportReportRequested();
    void chartToggled(bool visible);

private:
    QWidget *createStatusRow();
    QTableView *createRunsView();
    void applyFilters();
    void showChain(const ChainVerdict &verdict);
    void updateShownCount();
    void onSelectionChanged();

    HistoryFilterBar *m_filterBar = nullptr;
    HistoryRunModel *m_model = nullptr;
    HistoryFilterModel *m_filter = nullptr;
    QLabel *m_chain = nullptr;
    QLabel *m_shown = nullptr;
    QPushButton *m_export = nullptr;
    QToolButton *m_chartToggle = nullptr;
    QSplitter *m_splitter = nullptr;
    HistoryChart *m_chart = nullptr;
    QTableView *m_runs = nullptr;
    RunDetailView *m_detail = nullptr;
    std::optional<AuditTrail> m_trail;
    QString m_selectedRunId; // survives a reload
};

} // namespace tidemark
