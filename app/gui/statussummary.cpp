#include "statussummary.h"

#include "run/runrequest.h"
#include "workbenchpalette.h"

#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

#include <algorithm>

namespace tidemark {
namespace {

// Permanent fields stay visible while the bar shows a passing message or an action's status tip on its left.
QLabel *addField(QStatusBar *bar, const QString &objectName)
{
    auto label = new QLabel(bar);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setContentsMargins(8, 0, 8, 0);
    bar->addPermanentWidget(label);
    return label;
}

QProgressBar *addProgress(QStatusBar *bar)
{
    auto progress = new QProgressBar(bar);
    progress->setObjectName(QStringLiteral("runProgress"));
    progress->setMaximumWidth(160);
    progress->setMaximumHeight(14);
    progress->setTextVisible(false);
    bar->addPermanentWidget(progress);
    return progress;
}

QToolButton *addCancelWaiting(QStatusBar *bar)
{
    auto button = new QToolButton(bar);
    button->setObjectName(QStringLiteral("cancelWaitingButton"));
    button->setText(StatusSummary::tr("Cancel Waiting"));
    button->setToolTip(StatusSummary::tr("Stop waiting for the migration lock; nothing runs"));
    bar->addPermanentWidget(button);
    return button;
}

} // namespace

StatusSummary::StatusSummary(QStatusBar *bar)
    : QObject(bar)
    , m_runStep(addField(bar, QStringLiteral("runStepLabel")))
    , m_cancelWaiting(addCancelWaiting(bar))
    , m_progress(addProgress(bar))
    , m_lock(addField(bar, QStringLiteral("lockLabel")))
    , m_version(addField(bar, QStringLiteral("versionLabel")))
    , m_connection(addField(bar, QStringLiteral("connectionLabel")))
{
    m_lock->setStyleSheet(
        QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(workbenchpalette::cautionAmber().name()));
    m_lock->setTextFormat(Qt::RichText);
    m_lock->setToolTip(tr("Who holds the migration lock, and what it runs now"));
    connect(m_lock, &QLabel::linkActivated, this, &StatusSummary::lockInspectionRequested);
    connect(m_cancelWaiting, &QToolButton::clicked, this, &StatusSummary::cancelWaitingRequested);
    m_waitTick.setInterval(1000);
    connect(&m_waitTick, &QTimer::timeout, this, &StatusSummary::showLockWait);
    m_connection->setTextFormat(Qt::RichText);
    setConnection({}, false);
    clearSnapshot();
    clearRunProgress();
}

StatusSummary::~StatusSummary() = default;

void StatusSummary::setConnection(const QString &redactedUrl, bool production)
{
    if (redactedUrl.isEmpty()) {
        m_connection->setText(tr("Not connected").toHtmlEscaped());
        return;
    }
    QString text = tr("Connected to %1").arg(redactedUrl).toHtmlEscaped();
    if (production)
        text += QStringLiteral("&nbsp;&nbsp;<b style=\"color:%1\">%2</b>")
                    .arg(workbenchpalette::productionRed().name(), tr("PRODUCTION").toHtmlEscaped());
    m_connection->setText(text);
}

void StatusSummary::setSnapshot(const StatusSnapshot &snapshot)
{
    const ProjectStatus &status = snapshot.status;
    m_version->setText(status.currentVersion ? tr("Database at version %1").arg(status.currentVersion->toString())
                                             : tr("No migration applied yet"));
    m_lock->setVisible(snapshot.lockHolder.has_value());
    m_lock->setText(snapshot.lockHolder
                        ? QStringLiteral("<a href=\"lock\" style=\"color:%1\">%2</a>")
                              .arg(workbenchpalette::cautionAmber().name(),
                                   tr("Locked by %1").arg(snapshot.lockHolder->describe()).toHtmlEscaped())
                        : QString());
}

void StatusSummary::clearSnapshot()
{
    m_version->setText(tr("Database version unknown"));
    m_lock->clear();
    m_lock->hide();
}

void StatusSummary::setRunProgress(int done, int total, const QString &current, double currentFraction)
{
    constexpr int steps = 100; // per migration, for its statements
    m_progress->setRange(0, std::max(total, 1) * steps);
    m_progress->setValue(std::min(done * steps + int(currentFraction * steps), m_progress->maximum()));
    m_progress->show();
    m_runStep->setText(current.isEmpty() ? tr("Step %1 of %2").arg(std::min(done + 1, total)).arg(total)
                                         : tr("Step %1 of %2: %3").arg(std::min(done + 1, total)).arg(total).arg(current));
    m_runStep->show();
}

void StatusSummary::clearRunProgress()
{
    clearLockWait();
    m_progress->hide();
    m_runStep->hide();
    m_runStep->clear();
}

void StatusSummary::setLockWait(const QString &holder, qint64 remainingMs)
{
    m_waitHolder = holder;
    m_waitDeadline.setRemainingTime(remainingMs);
    m_waitTick.start();
    m_cancelWaiting->show();
    m_cancelWaiting->setEnabled(true);
    showLockWait();
}

void StatusSummary::showLockWait()
{
    const qint64 seconds = (m_waitDeadline.remainingTime() + 999) / 1000;
    m_runStep->setText(tr("Waiting for the migration lock held by %1: %2 s left").arg(m_waitHolder).arg(seconds));
    m_runStep->show();
}

void StatusSummary::clearLockWait()
{
    m_waitTick.stop();
    m_waitHolder.clear();
    m_cancelWaiting->hide();
}

} // namespace tidemark
