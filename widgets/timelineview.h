#pragma once

#include <QListView>

namespace tidemark {

// The migration timeline: a list with a TimelineDelegate, uniform row heights (so 10 000 rows lay out at once
// and only the visible ones are painted), single selection, keyboard navigation, and across the line the
// tidemark: a mark between the database's current version and the first migration it has yet to reach. When that
// boundary is scrolled out of view, the mark stays pinned to the edge, pointing at it; clicking it scrolls there.
// Works on a TimelineModel or a proxy of one (it reads BeforeTidemarkRole and CurrentVersionRole).
class TimelineView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    // The row just above the tidemark (-1: the mark is above the first row), in the view's model.
    int rowAboveTidemark() const;
    // Scrolls so that the tidemark is in the middle of the view.
    void scrollToTidemark();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    QString currentVersion() const; // empty: the database has none

    QRect m_tidemarkRect; // where the mark's label was last painted, for its tooltip
};

} // namespace tidemark
