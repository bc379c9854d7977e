#pragma once

#include "migrationstatestyle.h"

#include <QSortFilterProxyModel>

namespace tidemark {

// Filters a TimelineModel by state and by text. Text matches the version, the description, the script and who
// applied it, case-insensitively; words must all match. Keeps the source's order.
class TimelineFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineFilterModel)

public:
    explicit TimelineFilterModel(QObject *parent = nullptr);
    ~TimelineFilterModel() override;

    void setStateVisible(DisplayState state, bool visible);
    bool isStateVisible(DisplayState state) const;
    void setSearchText(const QString &text);
    QString searchText() const { return m_words.join(u' '); }
    // True when some rows may be hidden.
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    unsigned m_hiddenStates = 0; // one bit per DisplayState
    QStringList m_words;
};

} // namespace tidemark
