#pragma once

#include "run/runevent.h"
#include "runlogview.h"

#include <QDockWidget>

namespace tidemark {

// The run log area, docked below the timeline: every event of this session's runs as it happens, and the
// application's own messages. Keeps the events so that they can be exported as JSON Lines.
class RunLogDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunLogDock)

public:
    explicit RunLogDock(QWidget *parent = nullptr);
    ~RunLogDock() override;

    // Who runs the events that follow, from where: the export writes it as a "context" line before them.
    void setContext(const RunContext &context) { m_log.setContext(context); }
    void appendEvent(const RunEvent &event);
    void appendMessage(const QString &text, RunLogView::Severity severity = RunLogView::Severity::Info);

    RunLogView *view() const { return m_view; }
    const RunLog &runLog() const { return m_log; }
    bool hasEvents() const { return !m_log.events().isEmpty(); }
    // Writes every event of this session as JSON Lines. False with a message when the file cannot be written.
    bool exportJsonLines(const QString &path, QString *error) const;
    // Asks where to save (Documents by default), exports, and says in the log or a message box how it went.
    void exportWithDialog();

Q_SIGNALS:
    void eventsChanged();

private:
    RunLogView *m_view = nullptr;
    RunLog m_log;
};

} // namespace tidemark
