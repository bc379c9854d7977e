#pragma once

#include <QStyledItemDelegate>

namespace tidemark {

// Paints one migration of the timeline: its node on the vertical line (shape and colour by state), version and
// description, who applied it and when (or what went wrong), a state label, the review rules' worst finding on
// a migration still to run, and the duration as a small bar.
// Every row has the same height, so a view with uniform item sizes lays out 10 000 rows at once and paints only
// the visible ones. Reads the roles of widgetsroles.h; the tidemark itself is drawn by TimelineView.
class TimelineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineDelegate)

public:
    explicit TimelineDelegate(QObject *parent = nullptr);
    ~TimelineDelegate() override;

    // Where the vertical line runs, from the row's left edge; the view draws the tidemark from there.
    static int lineX(const QStyleOptionViewItem &option);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Layout;

    Layout layout(const QStyleOptionViewItem &option) const;
    void paintBackground(QPainter *painter, const QStyleOptionViewItem &option) const;
    void paintLine(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintTexts(QPainter *painter, const QStyleOptionViewItem &option, const Layout &layout,
                    const QModelIndex &index) const;
    void paintStateLabel(QPainter *painter, const QRect &rect, const Layout &layout, const QModelIndex &index) const;
    // The review rules' worst finding on a migration still to run, outlined in its severity's colour, ending at
    // right; returns its width, 0 when there is none.
    int paintReviewBadge(QPainter *painter, int right, const QRect &rect, const Layout &layout,
                         const QModelIndex &index) const;
    void paintDuration(QPainter *painter, const QRect &rect, const Layout &layout, const QModelIndex &index) const;
};

} // namespace tidemark
