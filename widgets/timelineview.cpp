#include "timelineview.h"

#include "timelinedelegate.h"
#include "widgetsroles.h"
#include "workbenchpalette.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace tidemark {

TimelineView::TimelineView(QWidget *parent)
    : QListView(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    setAccessibleName(tr("Migration timeline"));
    setAccessibleDescription(tr("Every migration of the project, oldest first, with its state in the database."));
    setItemDelegate(new TimelineDelegate(this));
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_Hover);
}

TimelineView::~TimelineView() = default;

int TimelineView::rowAboveTidemark() const
{
    const QAbstractItemModel *m = model();
    if (!m)
        return -1;
    // Rows are in version order, so the rows at or below the current version come first: search the boundary.
    int low = 0;
    int high = m->rowCount(rootIndex());
    while (low < high) {
        const int middle = low + (high - low) / 2;
        if (m->index(middle, 0, rootIndex()).data(BeforeTidemarkRole).toBool())
            low = middle + 1;
        else
            high = middle;
    }
    return low - 1;
}

void TimelineView::scrollToTidemark()
{
    if (!model() || model()->rowCount(rootIndex()) == 0)
        return;
    const int row = std::max(0, rowAboveTidemark());
    scrollTo(model()->index(row, 0, rootIndex()), QAbstractItemView::PositionAtCenter);
}

QString TimelineView::currentVersion() const
{
    return model()->index(0, 0, rootIndex()).data(CurrentVersionRole).toString();
}

void TimelineView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    m_tidemarkRect = {};
    // No mark on an empty database: it has no version yet (the status bar says so).
    if (!model() || model()->rowCount(rootIndex()) == 0 || currentVersion().isEmpty())
        return;
    const int above = rowAboveTidemark();
    const int y = above < 0 ? visualRect(model()->index(0, 0, rootIndex())).top()
                            : visualRect(model()->index(above, 0, rootIndex())).bottom() + 1;

    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 0.88);
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int height = metrics.height() + 4;
    const QRect visible = viewport()->rect();
    // Out of view, the mark stays pinned to the edge it is beyond, pointing at it; a click scrolls there.
    const bool pinnedTop = y < visible.top() + height / 2;
    const bool pinnedBottom = y > visible.bottom() - height / 2;
    QString text = tr("Database at version %1").arg(currentVersion());
    if (pinnedTop)
        text.prepend(QStringLiteral("▲ "));
    else if (pinnedBottom)
        text.prepend(QStringLiteral("▼ "));
    const int width = metrics.horizontalAdvance(text) + 2 * 10;
    const int centerY = pinnedTop ? visible.top() + height / 2 + 4
                        : pinnedBottom ? visible.bottom() - height / 2 - 4
                                       : y;
    // In the band between two rows, on the right where the rows' own labels leave room; pinned, in the middle,
    // where the rows are mostly empty between description and state.
    const int left = pinnedTop || pinnedBottom ? visible.center().x() - width / 2 : visible.right() - 14 - width;
    m_tidemarkRect = QRect(left, centerY - height / 2, width, height);

    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    if (!pinnedTop && !pinnedBottom) {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        option.rect = visible;
        const int lineX = TimelineDelegate::lineX(option);
        painter.setPen(QPen(workbenchpalette::tidemarkNavy(), 2, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(QPointF(lineX - 10, y), QPointF(m_tidemarkRect.left(), y));
        painter.setPen(Qt::NoPen);
        painter.setBrush(workbenchpalette::tidemarkNavy());
        painter.drawEllipse(QPointF(lineX, y), 4, 4);
    } else {
        // A soft shadow, so that the pinned mark reads as floating above the rows.
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0, 40));
        painter.drawRoundedRect(QRectF(m_tidemarkRect).translated(0, 1.5).adjusted(-1, -1, 1, 1), height / 2.0 + 1,
                                height / 2.0 + 1);
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(workbenchpalette::tidemarkNavy());
    painter.drawRoundedRect(QRectF(m_tidemarkRect), height / 2.0, height / 2.0);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(m_tidemarkRect, Qt::AlignCenter, text);
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_tidemarkRect.contains(static_cast<QHelpEvent *>(event)->pos())) {
        auto help = static_cast<QHelpEvent *>(event);
        QToolTip::showText(help->globalPos(),
                           tr("The tidemark: the database's current version. The migrations above it are what the "
                              "database has reached; those below are yet to run. Click to scroll to it."),
                           viewport(), m_tidemarkRect);
        return true;
    }
    if (event->type() == QEvent::MouseButtonPress
        && m_tidemarkRect.contains(static_cast<QMouseEvent *>(event)->position().toPoint())) {
        scrollToTidemark();
        return true;
    }
    return QListView::viewportEvent(event);
}

} // namespace tidemark
