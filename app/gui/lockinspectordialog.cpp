#include "lockinspectordialog.h"

#include "workbenchpalette.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tidemark {
namespace {

constexpr int pollMs = 2000;

QString utcText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QString();
}

} // namespace

LockInspectorDialog::LockInspectorDialog(DatabaseKind dialect, QWidget *parent)
    : QDialog(parent)
    , m_dialect(dialect)
{
    setObjectName(QStringLiteral("lockInspector"));
    setWindowTitle(tr("Migration Lock"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("lockSummary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    // A grid, not a QFormLayout: Qt 6.4.2's form layout writes past its row array when word-wrapped rows hide.
    m_form = new QGridLayout;
    m_form->setColumnStretch(1, 1);
    m_form->setHorizontalSpacing(12);
    m_owner = addRow(tr("Held by:"), "lockOwner");
    m_host = addRow(tr("Host:"), "lockHost");
    m_process = addRow(tr("Process:"), "lockProcess");
    m_since = addRow(tr("Since:"), "lockSince");
    m_heartbeat = addRow(tr("Heartbeat:"), "lockHeartbeat");
    m_activity = addRow(tr("Runs now:"), "lockActivity");
    m_activity->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_standing = addRow(tr("Standing:"), "lockStanding");
    m_ending = addRow(tr("How it ends:"), "lockEnding");
    m_readAt = new QLabel(this);
    m_readAt->setObjectName(QStringLiteral("lockReadAt"));
    m_readAt->setForegroundRole(QPalette::PlaceholderText);

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_refresh = buttons->addButton(tr("Read Again"), QDialogButtonBox::ActionRole);
    m_refresh->setObjectName(QStringLiteral("readLockButton"));
    m_break = buttons->addButton(tr("Break Lock…"), QDialogButtonBox::ActionRole);
    m_break->setObjectName(QStringLiteral("breakLockButton"));
    m_break->setVisible(dialect == DatabaseKind::Sqlite); // the servers end a session lock with its session
    m_break->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refresh, &QPushButton::clicked, this, &LockInspectorDialog::readRequested);
    connect(m_break, &QPushButton::clicked, this, &LockInspectorDialog::breakRequested);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(m_form);
    layout->addWidget(m_readAt);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    resize(640, sizeHint().height());

    m_poll.setInterval(pollMs);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_readable)
            Q_EMIT readRequested();
    });
    showReading({});
    m_summary->setText(tr("Reading the migration lock…"));
    m_readAt->clear();
}

LockInspectorDialog::~LockInspectorDialog() = default;

QLabel *LockInspectorDialog::addRow(const QString &label, const char *objectName)
{
    auto field = new QLabel(this);
    field->setObjectName(QLatin1String(objectName));
    field->setWordWrap(true);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const int row = m_form->rowCount();
    m_form->addWidget(new QLabel(label, this), row, 0, Qt::AlignTop);
    m_form->addWidget(field, row, 1);
    return field;
}

void LockInspectorDialog::setRow(QLabel *field, const QString &text)
{
    field->setText(text);
    field->setVisible(!text.isEmpty());
    int row = 0, column = 0, rows = 0, columns = 0;
    m_form->getItemPosition(m_form->indexOf(field), &row, &column, &rows, &columns);
    m_form->itemAtPosition(row, 0)->widget()->setVisible(!text.isEmpty());
}

void LockInspectorDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_poll.start();
}

void LockInspectorDialog::hideEvent(QHideEvent *event)
{
    m_poll.stop();
    QDialog::hideEvent(event);
}

void LockInspectorDialog::setReadable(bool readable)
{
    if (readable == m_readable)
        return;
    m_readable = readable;
    m_refresh->setEnabled(readable);
    if (!readable) {
        m_break->setEnabled(false);
        m_readAt->setText(tr("%1 A run is in progress: the lock is read again when it has ended.")
                              .arg(m_readAt->text()));
    }
}

QString LockInspectorDialog::endingText(const LockHolder &h) const
{
    if (!h.endSession.isEmpty())
        return tr("The server releases the lock when that session ends. To end it, a DBA with the right to can run "
                  "%1").arg(h.endSession);
    if (!h.staleReason.isEmpty())
        return tr("The next run takes the lock over and records that. Break Lock does it now, without running "
                  "anything.");
    return tr("Its run deletes the lock row when it ends. If its process dies, the next run on %1 takes the lock "
              "over; from another machine, after %2 s without a heartbeat.")
        .arg(h.host)
        .arg(h.leaseSeconds);
}

void LockInspectorDialog::showReading(const LockReading &reading)
{
    m_holder = reading.holder;
    const std::optional<LockHolder> &h = reading.holder;
    if (!reading.error.isEmpty())
        m_summary->setText(tr("The lock could not be read: %1").arg(reading.error));
    else if (!h)
        m_summary->setText(tr("Nobody holds the migration lock: a run can start."));
    else
        m_summary->setText(tr("%1 on %2 holds the migration lock.").arg(h->owner, h->host));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    setRow(m_owner, h ? h->owner : QString());
    setRow(m_host, h ? h->host : QString());
    QString process;
    if (h) {
        process = h->pid > 0 ? tr("pid %1").arg(h->pid) : QString();
        const QString session = h->runId; // a Tidemark run's id, or the server's session
        if (!session.isEmpty())
            process = process.isEmpty() ? session : tr("%1, %2").arg(process, session);
    }
    setRow(m_process, process);
    setRow(m_since, h ? utcText(h->since) : QString());
    setRow(m_heartbeat, h && h->heartbeat.isValid()
                            ? tr("%1, %2 s ago; valid for %3 s")
                                  .arg(utcText(h->heartbeat))
                                  .arg(h->heartbeat.secsTo(now))
                                  .arg(h->leaseSeconds)
                            : QString());
    setRow(m_activity, h ? (h->state.isEmpty() && m_dialect == DatabaseKind::Sqlite
                                ? tr("SQLite cannot say what another process runs.")
                                : h->activity(now))
                         : QString());
    const QString standing = !h                          ? QString()
                             : !h->staleReason.isEmpty() ? tr("Gone: %1.").arg(h->staleReason)
                             : m_dialect == DatabaseKind::Sqlite ? tr("Alive: its process runs, or its heartbeat is recent.")
                                                                 : tr("Alive: its session is connected.");
    setRow(m_standing, standing);
    m_standing->setStyleSheet(h && !h->staleReason.isEmpty()
                                  ? QStringLiteral("color: %1;").arg(workbenchpalette::cautionAmber().name())
                                  : QString());
    setRow(m_ending, h ? endingText(*h) : QString());
    m_break->setEnabled(m_readable && h && !h->staleReason.isEmpty());
    m_break->setToolTip(m_break->isEnabled()
                            ? tr("Take the lock over, record that, and release it; nothing runs")
                            : tr("Only a lock whose holder is provably gone can be broken"));
    m_readAt->setText(tr("Read at %1.").arg(utcText(now)));
    if (const int needed = heightForWidth(width()); needed > height()) // wrapped rows grew
        resize(width(), needed);
}

} // namespace tidemark
