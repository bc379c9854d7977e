#include "timelinefiltermodel.h"

#include "widgetsroles.h"

#include <algorithm>

namespace tidemark {
namespace {

constexpr unsigned bit(DisplayState state)
{
    return 1u << unsigned(state);
}

} // namespace

TimelineFilterModel::TimelineFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

TimelineFilterModel::~TimelineFilterModel() = default;

void TimelineFilterModel::setStateVisible(DisplayState state, bool visible)
{
    const unsigned hidden = visible ? m_hiddenStates & ~bit(state) : m_hiddenStates | bit(state);
    if (hidden == m_hiddenStates)
        return;
    m_hiddenStates = hidden;
    invalidateRowsFilter();
}

bool TimelineFilterModel::isStateVisible(DisplayState state) const
{
    return (m_hiddenStates & bit(state)) == 0;
}

void TimelineFilterModel::setSearchText(const QString &text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

bool TimelineFilterModel::isFiltering() const
{
    return m_hiddenStates != 0 || !m_words.isEmpty();
}

bool TimelineFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_hiddenStates & bit(DisplayState(index.data(DisplayStateRole).toInt())))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = QStringList{index.data(VersionRole).toString(), index.data(DescriptionRole).toString(),
                                         index.data(ScriptRole).toString(), index.data(AppliedByRole).toString()}
                                 .join(u'\n');
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&](const QString &word) { return haystack.contains(word, Qt::CaseInsensitive); });
}

} // namespace tidemark
