#include "statussummary.h"

#include "migrationstatestyle.h"

#include <QLabel>
#include <QStatusBar>

namespace tidemark {
namespace {

// Permanent fields stay visible while the bar shows a passing message or an action's status tip on its left.
QLabel *addField(QStatusBar *bar, const QString &objectName)
{
    auto label = new QLabel(bar);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setContentsMargins(6, 0, 6, 0);
    bar->addPermanentWidget(label);
    return label;
}

QString countText(const ProjectStatus &status, MigrationState state)
{
    const int count = status.count(state);
    QString text;
    switch (state) {
    case MigrationState::Applied: text = StatusSummary::tr("Applied: %1").arg(count); break;
    case MigrationState::Pending: text = StatusSummary::tr("Pending: %1").arg(count); break;
    case MigrationState::Failed: text = StatusSummary::tr("Failed: %1").arg(count); break;
    case MigrationState::Modified: text = StatusSummary::tr("Modified: %1").arg(count); break;
    case MigrationState::Missing: text = StatusSummary::tr("Missing: %1").arg(count); break;
    }
    // Counts that need attention stand out; zeros stay quiet.
    const bool alarming = state == MigrationState::Failed || state == MigrationState::Modified
                          || state == MigrationState::Missing;
    if (count == 0 || !alarming)
        return text.toHtmlEscaped();
    return QStringLiteral("<b style=\"color:%1\">%2</b>")
        .arg(migrationStateColor(state).name(), text.toHtmlEscaped());
}

} // namespace

StatusSummary::StatusSummary(QStatusBar *bar)
    : QObject(bar)
    , m_connection(addField(bar, QStringLiteral("connectionLabel")))
    , m_lock(addField(bar, QStringLiteral("lockLabel")))
    , m_version(addField(bar, QStringLiteral("versionLabel")))
    , m_counts(addField(bar, QStringLiteral("countsLabel")))
{
    m_counts->setTextFormat(Qt::RichText);
    m_lock->setStyleSheet(QStringLiteral("QLabel { color: #b25e00; font-weight: bold; }"));
    setConnection({});
    clearSnapshot();
}

StatusSummary::~StatusSummary() = default;

void StatusSummary::setConnection(const QString &redactedUrl)
{
    m_connection->setText(redactedUrl.isEmpty() ? tr("Not connected") : tr("Connected to %1").arg(redactedUrl));
}

void StatusSummary::setSnapshot(const StatusSnapshot &snapshot)
{
    const ProjectStatus &status = snapshot.status;
    m_version->setText(status.currentVersion ? tr("Database at version %1").arg(status.currentVersion->toString())
                                             : tr("No migration applied yet"));
    QStringList counts{countText(status, MigrationState::Applied), countText(status, MigrationState::Pending),
                       countText(status, MigrationState::Failed), countText(status, MigrationState::Modified)};
    if (status.count(MigrationState::Missing) > 0)
        counts.append(countText(status, MigrationState::Missing));
    m_counts->setText(counts.join(QStringLiteral(" · ")));
    m_lock->setVisible(snapshot.lockHolder.has_value());
    if (snapshot.lockHolder)
        m_lock->setText(tr("Locked by %1").arg(snapshot.lockHolder->describe()));
}

void StatusSummary::clearSnapshot()
{
    m_version->setText(tr("Database version unknown"));
    m_counts->clear();
    m_lock->clear();
    m_lock->hide();
}

} // namespace tidemark
