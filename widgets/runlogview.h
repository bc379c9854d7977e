#pragma once

#include "run/runevent.h"

#include <QPlainTextEdit>

namespace tidemark {

// A live run log: one readable line per event (time, what happened, which migration, details).
// Failures are shown in red. Read-only; the text can be selected and copied.
class RunLogView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunLogView)

public:
    enum class Severity { Info, Success, Warning, Error };

    explicit RunLogView(QWidget *parent = nullptr);
    ~RunLogView() override;

    void appendEvent(const RunEvent &event);
    // A line of the application's own, e.g. "connected to sqlite:/data/app.db".
    void appendMessage(const QString &text, Severity severity = Severity::Info);

    int lineCount() const { return m_lineCount; }

    // The line appendEvent writes for an event, without the time.
    static QString describe(const RunEvent &event);
    static Severity severityOf(const RunEvent &event);

private:
    void appendLine(const QDateTime &at, const QString &what, const QString &text, Severity severity);

    int m_lineCount = 0;
    int m_labelWidth = 0; // characters
    QString m_failedRunId; // the run whose migration failed, so that its "run finished" line shows red too
};

} // namespace tidemark
