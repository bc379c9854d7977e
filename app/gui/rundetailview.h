#pragma once

#include "audit/auditrun.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace tidemark {

class RunEventsModel;
class RunPlanModel;

// One run of the History view in full: who ran what from where (its recorded context), how it ended, or that no
// end was recorded and what it wrote last; then, in two tabs that each have the whole width for an error or a
// migration's name, its events, and the plan it set out with and what became of each step.
class RunDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDetailView)

public:
    explicit RunDetailView(QWidget *parent = nullptr);
    ~RunDetailView() override;

    void showRun(const AuditRun *run); // nullptr: the placeholder
    QString shownRunId() const { return m_runId; }

    QLabel *title() const { return m_title; }
    QLabel *noEndBanner() const { return m_noEnd; }
    QTableView *eventsView() const { return m_events; }
    QTableView *planView() const { return m_plan; }
    QTabWidget *tabs() const { return m_tabs; }
    RunEventsModel *eventsModel() const { return m_eventsModel; }
    RunPlanModel *planModel() const { return m_planModel; }

private:
    QWidget *createHeader();
    QWidget *createTables();
    QString facts(const AuditRun &run) const;
    QString noEndText(const AuditRun &run) const;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_outcome = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_noEnd = nullptr;
    QLabel *m_planCaption = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_events = nullptr;
    QTableView *m_plan = nullptr;
    RunEventsModel *m_eventsModel = nullptr;
    RunPlanModel *m_planModel = nullptr;
    QString m_runId;
};

} // namespace tidemark
