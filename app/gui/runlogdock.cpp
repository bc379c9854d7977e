#include "runlogdock.h"

#include <QSaveFile>

namespace tidemark {

RunLogDock::RunLogDock(QWidget *parent)
    : QDockWidget(tr("Run Log"), parent)
    , m_view(new RunLogView(this))
{
    setObjectName(QStringLiteral("runLogDock"));
    m_view->setObjectName(QStringLiteral("runLog"));
    m_view->setAccessibleName(tr("Run log"));
    m_view->setFrameShape(QFrame::NoFrame);
    setWidget(m_view);
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
}

RunLogDock::~RunLogDock() = default;

void RunLogDock::appendEvent(const RunEvent &event)
{
    m_log.append(event);
    m_view->appendEvent(event);
    if (m_log.events().size() == 1)
        Q_EMIT eventsChanged();
}

void RunLogDock::appendMessage(const QString &text, RunLogView::Severity severity)
{
    m_view->appendMessage(text, severity);
}

bool RunLogDock::exportJsonLines(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_log.toJsonLines()) < 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace tidemark
