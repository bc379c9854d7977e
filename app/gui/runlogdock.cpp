#include "runlogdock.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>
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
    // Owner-only: the log names the database, its users and hosts.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || file.write(m_log.toJsonLines()) < 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void RunLogDock::exportWithDialog()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("tidemark-run-log-%1.jsonl")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Run Log"), QDir(documents).filePath(name),
                                                      tr("JSON Lines (*.jsonl);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportJsonLines(path, &error)) {
        auto box = new QMessageBox(QMessageBox::Warning, tr("Cannot Export the Run Log"), error, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(QStringLiteral("messageBox"));
        box->open();
        return;
    }
    appendMessage(tr("Exported %n event(s) to %1", nullptr, int(m_log.events().size())).arg(QDir::toNativeSeparators(path)),
                  RunLogView::Severity::Success);
}

} // namespace tidemark
