#include "timelinemodel.h"

#include "displayformat.h"
#include "migrationstatestyle.h"
#include "widgetsroles.h"

#include <algorithm>
#include <cmath>

namespace tidemark {
namespace {

// What a view shows of a migration; rows that agree on all of it need no repaint.
bool sameRow(const MigrationStatus &a, const MigrationStatus &b)
{
    auto appliedKey = [](const MigrationStatus &m) {
        return m.applied ? std::make_tuple(m.applied->installedRank, m.applied->checksum, m.applied->statementsDone,
                                           m.applied->executionMs, m.applied->appliedAt, m.applied->appliedBy)
                         : std::make_tuple(qint64(-1), QString(), -1, qint64(-1), QDateTime(), QString());
    };
    return a.state == b.state && a.outOfOrder == b.outOfOrder && a.description == b.description
           && a.file.has_value() == b.file.has_value() && (!a.file || a.file->checksum == b.file->checksum)
           && a.lastFailure.has_value() == b.lastFailure.has_value()
           && (!a.lastFailure || a.lastFailure->id == b.lastFailure->id) && appliedKey(a) == appliedKey(b);
}

// "drop-table", or "drop-table +2" with two more findings not allowed; empty when every finding is allowed.
QString reviewBadge(const QList<ReviewFinding> &findings)
{
    const ReviewFinding *worst = nullptr;
    int unallowed = 0;
    for (const ReviewFinding &f : findings) {
        if (f.allowed)
            continue;
        ++unallowed;
        if (!worst || f.severity > worst->severity)
            worst = &f;
    }
    if (!worst)
        return {};
    const QString rule = worst->ruleInfo().name();
    return unallowed == 1 ? rule : QStringLiteral("%1 +%2").arg(rule).arg(unallowed - 1);
}

qint64 slowest(const ProjectStatus &status)
{
    qint64 ms = 0;
    for (const MigrationStatus &m : status.migrations)
        if (m.applied)
            ms = std::max(ms, m.applied->executionMs);
    return ms;
}

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

TimelineModel::~TimelineModel() = default;

void TimelineModel::setStatus(const ProjectStatus &status)
{
    const QString currentVersionText = status.currentVersion ? status.currentVersion->toString() : QString();
    const qint64 slowestMs = slowest(status);
    if (!sameMigrations(status)) {
        beginResetModel();
        m_status = status;
        m_currentVersionText = currentVersionText;
        m_slowestMs = slowestMs;
        endResetModel();
        return;
    }
    // The same migrations: repaint what changed, or every row when what they are measured against changed.
    const bool everyRow = currentVersionText != m_currentVersionText || slowestMs != m_slowestMs;
    int first = -1;
    int last = -1;
    for (int row = 0; row < status.migrations.size(); ++row) {
        if (everyRow || !sameRow(m_status.migrations.at(row), status.migrations.at(row))) {
            first = first < 0 ? row : first;
            last = row;
        }
    }
    m_status = status;
    m_currentVersionText = currentVersionText;
    m_slowestMs = slowestMs;
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, 0));
}

void TimelineModel::clear()
{
    setStatus({});
    m_review.clear();
}

void TimelineModel::setReview(const QHash<QString, QList<ReviewFinding>> &review)
{
    if (review == m_review)
        return;
    m_review = review;
    if (!m_status.migrations.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_status.migrations.size()) - 1, 0),
                           {ReviewSeverityRole, ReviewBadgeRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole});
}

QList<ReviewFinding> TimelineModel::reviewOf(const MigrationStatus &migration) const
{
    if (!migration.file || migration.applied)
        return {};
    return m_review.value(migration.file->script);
}

bool TimelineModel::sameMigrations(const ProjectStatus &status) const
{
    return !status.migrations.isEmpty()
           && std::equal(m_status.migrations.cbegin(), m_status.migrations.cend(), status.migrations.cbegin(),
                         status.migrations.cend(),
                         [](const MigrationStatus &a, const MigrationStatus &b) { return a.version == b.version; });
}

const MigrationStatus *TimelineModel::migrationAt(int row) const
{
    return row >= 0 && row < m_status.migrations.size() ? &m_status.migrations.at(row) : nullptr;
}

int TimelineModel::rowOf(const Version &version) const
{
    // In version order, as computeStatus sorts them.
    const auto it = std::lower_bound(m_status.migrations.cbegin(), m_status.migrations.cend(), version,
                                     [](const MigrationStatus &m, const Version &v) { return m.version < v; });
    return it != m_status.migrations.cend() && it->version == version
               ? int(std::distance(m_status.migrations.cbegin(), it))
               : -1;
}

void TimelineModel::setRunningVersion(const std::optional<Version> &version)
{
    if (m_running == version)
        return;
    const std::optional<Version> before = std::exchange(m_running, version);
    if (before)
        emitRowChanged(rowOf(*before));
    if (version)
        emitRowChanged(rowOf(*version));
}

void TimelineModel::emitRowChanged(int row)
{
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, 0));
}

QModelIndex TimelineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || column != 0 || row < 0 || row >= m_status.migrations.size())
        return {};
    return createIndex(row, column);
}

QModelIndex TimelineModel::parent(const QModelIndex &) const
{
    return {};
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_status.migrations.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    const MigrationStatus *migration = index.isValid() ? migrationAt(index.row()) : nullptr;
    if (!migration)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 %2").arg(migration->version.toString(), migration->description);
    case Qt::ToolTipRole: return toolTip(*migration);
    case Qt::DecorationRole: {
        const DisplayState state = displayState(*migration);
        QIcon &icon = m_stateIcons.at(size_t(state));
        if (icon.isNull())
            icon = displayStateIcon(state);
        return icon;
    }
    case Qt::AccessibleTextRole:
        return tr("Version %1, %2, %3")
            .arg(migration->version.toString(), migration->description,
                 displayStateText(displayState(*migration)));
    case Qt::AccessibleDescriptionRole: return accessibleDescription(*migration);
    default: return customRole(*migration, role);
    }
}

QVariant TimelineModel::customRole(const MigrationStatus &migration, int role) const
{
    const std::optional<AppliedMigration> &applied = migration.applied;
    switch (role) {
    case StateRole: return int(migration.state);
    case StateNameRole: return migrationStateName(migration.state);
    case VersionRole: return migration.version.toString();
    case DescriptionRole: return migration.description;
    case ScriptRole: return migration.script();
    case AppliedAtRole: return applied ? applied->appliedAt.toUTC() : QDateTime();
    case AppliedByRole: return applied ? applied->appliedBy : QString();
    case DurationMsRole: return applied ? applied->executionMs : qint64(-1);
    case OutOfOrderRole: return migration.outOfOrder;
    case LastErrorRole: return migration.lastFailure ? migration.lastFailure->error : QString();
    case DisplayStateRole: return int(displayState(migration));
    case DurationFractionRole: return durationFraction(migration);
    case ChecksumRole: return applied ? applied->checksum : migration.file ? migration.file->checksum : QString();
    case StatementsDoneRole: return applied ? applied->statementsDone : -1;
    case StatementsTotalRole: return applied ? applied->statementsTotal : -1;
    case BeforeTidemarkRole:
        return m_status.currentVersion.has_value() && migration.version <= *m_status.currentVersion;
    case CurrentVersionRole: return m_currentVersionText;
    case RunningRole: return m_running.has_value() && *m_running == migration.version;
    case ReviewSeverityRole: {
        const std::optional<RuleSeverity> worst = worstUnallowed(reviewOf(migration));
        return worst ? int(*worst) : -1;
    }
    case ReviewBadgeRole: return reviewBadge(reviewOf(migration));
    }
    return {};
}

qreal TimelineModel::durationFraction(const MigrationStatus &migration) const
{
    if (!migration.applied)
        return -1;
    if (m_slowestMs <= 0)
        return 0;
    // A log scale, so that a 5 ms migration still shows next to a 20 minute one.
    return std::log1p(double(migration.applied->executionMs)) / std::log1p(double(m_slowestMs));
}

QString TimelineModel::toolTip(const MigrationStatus &migration) const
{
    const DisplayState state = displayState(migration);
    QStringList lines{QStringLiteral("<b>%1 %2</b>").arg(migration.version.toString().toHtmlEscaped(),
                                                          migration.description.toHtmlEscaped()),
                      QStringLiteral("<span style=\"color:%1\">%2</span> — %3")
                          .arg(displayStateColor(state).name(), displayStateText(state).toHtmlEscaped(),
                               displayStateExplanation(state).toHtmlEscaped())};
    if (migration.applied)
        lines.append(tr("Applied by %1 on %2 in %3")
                         .arg(migration.applied->appliedBy, formatFullTime(migration.applied->appliedAt),
                              formatDuration(migration.applied->executionMs))
                         .toHtmlEscaped());
    if (migration.lastFailure)
        lines.append(QStringLiteral("<span style=\"color:%1\">%2</span>")
                         .arg(displayStateColor(DisplayState::Failed).name(),
                              migration.lastFailure->error.toHtmlEscaped()));
    if (!migration.script().isEmpty())
        lines.append(QStringLiteral("<i>%1</i>").arg(migration.script().toHtmlEscaped()));
    const QList<ReviewFinding> findings = reviewOf(migration);
    if (!findings.isEmpty())
        lines.append(tr("What the review rules found:"));
    for (const ReviewFinding &finding : findings)
        lines.append(finding.toString().toHtmlEscaped());
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(lines.join(QStringLiteral("<br>")));
}

QString TimelineModel::accessibleDescription(const MigrationStatus &migration) const
{
    QStringList parts{displayStateExplanation(displayState(migration))};
    if (migration.applied)
        parts.append(tr("Applied by %1 on %2 in %3")
                         .arg(migration.applied->appliedBy, formatFullTime(migration.applied->appliedAt),
                              formatDuration(migration.applied->executionMs)));
    if (migration.lastFailure)
        parts.append(migration.lastFailure->error);
    if (const QString badge = reviewBadge(reviewOf(migration)); !badge.isEmpty())
        parts.append(tr("Review rules: %1.").arg(badge));
    return parts.join(u' ');
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(StateRole, "state");
    names.insert(StateNameRole, "stateName");
    names.insert(VersionRole, "version");
    names.insert(DescriptionRole, "description");
    names.insert(ScriptRole, "script");
    names.insert(AppliedAtRole, "appliedAt");
    names.insert(AppliedByRole, "appliedBy");
    names.insert(DurationMsRole, "durationMs");
    names.insert(OutOfOrderRole, "outOfOrder");
    names.insert(LastErrorRole, "lastError");
    names.insert(DisplayStateRole, "displayState");
    names.insert(DurationFractionRole, "durationFraction");
    names.insert(ChecksumRole, "checksum");
    names.insert(StatementsDoneRole, "statementsDone");
    names.insert(StatementsTotalRole, "statementsTotal");
    names.insert(BeforeTidemarkRole, "beforeTidemark");
    names.insert(CurrentVersionRole, "currentVersion");
    names.insert(RunningRole, "running");
    names.insert(ReviewSeverityRole, "reviewSeverity");
    names.insert(ReviewBadgeRole, "reviewBadge");
    return names;
}

} // namespace tidemark
