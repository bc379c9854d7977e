#include "runeventsmodel.h"

#include "displayformat.h"
#include "runoutcomestyle.h"
#include "widgetsroles.h"

#include <QFont>
#include <QJsonDocument>
#include <QJsonObject>

namespace tidemark {
namespace {

bool hasDuration(HistoryEvent::Type type)
{
    using T = HistoryEvent::Type;
    return type == T::Apply || type == T::Rollback || type == T::Fail || type == T::Cancel || type == T::RunEnd
           || type == T::LockWait;
}

bool ranStatements(HistoryEvent::Type type)
{
    using T = HistoryEvent::Type;
    return type == T::Apply || type == T::Rollback || type == T::Fail || type == T::Cancel;
}

// "Failed: 3 create orders failed …": the outcome, and the run's message in words.
QString runEndText(const HistoryEvent &event)
{
    const QJsonObject data = QJsonDocument::fromJson(event.data.toUtf8()).object();
    const QString title = runOutcomeTitle(data.value(QStringLiteral("outcome")).toString(event.details));
    const QString message = data.value(QStringLiteral("message")).toString();
    return message.isEmpty() ? title : QStringLiteral("%1: %2").arg(title, message);
}

} // namespace

RunEventsModel::RunEventsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

RunEventsModel::~RunEventsModel() = default;

void RunEventsModel::setRun(const AuditRun &run)
{
    beginResetModel();
    m_events = run.events;
    m_noEnd = !run.hasEnd();
    endResetModel();
}

void RunEventsModel::clear()
{
    beginResetModel();
    m_events.clear();
    m_noEnd = false;
    endResetModel();
}

const HistoryEvent *RunEventsModel::eventAt(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events.at(row) : nullptr;
}

int RunEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size()) + (m_noEnd ? 1 : 0);
}

int RunEventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunEventsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    const HistoryEvent *event = eventAt(index.row());
    if (!event)
        return noEndRow(index.column(), role);
    switch (role) {
    case Qt::DisplayRole: return display(*event, index.column());
    case Qt::ToolTipRole:
        if (index.column() == At)
            return formatFullTime(event->at);
        if (index.column() == Details)
            return display(*event, Details);
        return {};
    case Qt::ForegroundRole:
        if (event->type == HistoryEvent::Type::Fail && (index.column() == Event || index.column() == Details))
            return runOutcomeColor(QStringLiteral("failed"));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Duration || index.column() == Statements
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case SortRole: return index.column() == At ? QVariant(event->at) : display(*event, index.column());
    default: return {};
    }
}

QVariant RunEventsModel::display(const HistoryEvent &event, int column) const
{
    switch (column) {
    case Event: return historyEventTitle(event.type);
    case Migration:
        return event.isRunLevel() ? QString()
                                  : QStringLiteral("%1 %2").arg(event.version.toString(), event.description);
    case At: return event.at.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case Duration: return hasDuration(event.type) ? formatDuration(event.durationMs) : QString();
    case Statements: return ranStatements(event.type) ? QVariant(event.statements) : QVariant(QString());
    case Details:
        if (!event.error.isEmpty())
            return event.error; // it names the script, the statement and the line itself
        if (event.type == HistoryEvent::Type::RunEnd)
            return runEndText(event);
        if (event.type == HistoryEvent::Type::Start) // its details are the direction
            return tr("%1, %n statement(s) to run", nullptr, event.statements)
                .arg(event.details == u"down" ? tr("down") : tr("up"));
        return event.type == HistoryEvent::Type::RunStart ? QString() : event.details; // its command is the run's
    default: return {};
    }
}

QVariant RunEventsModel::noEndRow(int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == Event)
            return runOutcomeTitle({});
        return column == Details ? tr("nothing after the event above was written") : QVariant(QString());
    case Qt::ToolTipRole: return runOutcomeExplanation({});
    case Qt::ForegroundRole: return runOutcomeColor({});
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    default: return {};
    }
}

QVariant RunEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Event: return tr("Event");
    case Migration: return tr("Migration");
    case At: return tr("At");
    case Duration: return tr("Duration");
    case Statements: return tr("Statements");
    case Details: return tr("Error or details");
    default: return {};
    }
}

} // namespace tidemark
