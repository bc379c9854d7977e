#include "timelinedelegate.h"

#include "displayformat.h"
#include "migrationstatestyle.h"
#include "widgetsroles.h"
#include "workbenchpalette.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace tidemark {
namespace {

constexpr int padding = 9;       // above and below the two lines of text
constexpr int lineSpacing = 3;   // between them
constexpr int gutter = 44;       // the vertical line runs through its middle
constexpr int nodeSize = 14;
constexpr int barWidth = 64;
constexpr int barHeight = 6;
constexpr int gap = 12;
constexpr int maxBadgeText = 150;      // a review badge's text, its rule name elided beyond
constexpr int maxNarrowBadgeText = 96; // the same on a timeline too narrow for the state label

QFont smallFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.88);
    return small;
}

QColor secondaryText(const QPalette &palette)
{
    // Between text and background: quieter than the description, still well above 4.5:1 on white.
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF(text.redF() * 0.62 + base.redF() * 0.38, text.greenF() * 0.62 + base.greenF() * 0.38,
                            text.blueF() * 0.62 + base.blueF() * 0.38);
}

// The second line: who and when, or why the migration needs a look.
QString detailText(const QModelIndex &index, DisplayState state)
{
    if (index.data(RunningRole).toBool())
        return TimelineDelegate::tr("Running…");
    const QString by = index.data(AppliedByRole).toString();
    const QString when = formatShortTime(index.data(AppliedAtRole).toDateTime());
    const QString error = index.data(LastErrorRole).toString();
    switch (state) {
    case DisplayState::Applied: return TimelineDelegate::tr("%1 · %2").arg(by, when);
    case DisplayState::Pending: { // the file it will run from tells more than "not applied" next to "Pending"
        const QString script = index.data(ScriptRole).toString();
        return script.isEmpty() ? TimelineDelegate::tr("Not applied") : script;
    }
    case DisplayState::OutOfOrder:
        return TimelineDelegate::tr("Not applied, older than the database's version %1")
            .arg(index.data(CurrentVersionRole).toString());
    case DisplayState::Modified: return TimelineDelegate::tr("File changed since applied · %1 · %2").arg(by, when);
    case DisplayState::Missing: return TimelineDelegate::tr("File missing · %1 · %2").arg(by, when);
    case DisplayState::Failed: {
        const int done = index.data(StatementsDoneRole).toInt();
        const int total = index.data(StatementsTotalRole).toInt();
        const QString stopped =
            total > 0 ? TimelineDelegate::tr("Stopped after %1 of %2 statements").arg(done).arg(total) : QString();
        if (error.isEmpty())
            return stopped.isEmpty() ? TimelineDelegate::tr("Failed") : stopped;
        return stopped.isEmpty() ? error : TimelineDelegate::tr("%1 · %2").arg(stopped, error);
    }
    }
    return {};
}

} // namespace

struct TimelineDelegate::Layout
{
    QFont font;
    QFont boldFont;
    QFont small;
    QFont smallBold;
    QColor text;
    QColor highlight;
    int labelWidth = 0;    // the widest state label
    int durationWidth = 0; // the widest duration text
    bool showLabel = true;
    bool showDuration = true;
};

TimelineDelegate::TimelineDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

TimelineDelegate::~TimelineDelegate() = default;

int TimelineDelegate::lineX(const QStyleOptionViewItem &option)
{
    return option.rect.left() + gutter / 2;
}

TimelineDelegate::Layout TimelineDelegate::layout(const QStyleOptionViewItem &option) const
{
    Layout l;
    l.font = option.font;
    l.boldFont = option.font;
    l.boldFont.setBold(true);
    l.small = smallFont(option.font);
    l.smallBold = l.small;
    l.smallBold.setWeight(QFont::DemiBold);
    l.text = option.palette.color(QPalette::Text);
    l.highlight = option.palette.color(QPalette::Highlight);
    const QFontMetrics labelMetrics(l.smallBold);
    for (DisplayState state : allDisplayStates)
        l.labelWidth = std::max(l.labelWidth, labelMetrics.horizontalAdvance(displayStateText(state)) + 18);
    l.durationWidth = QFontMetrics(l.small).horizontalAdvance(formatDuration(59'900));
    // Narrow views keep the text; the bar and then the label give way.
    const int width = option.rect.width();
    l.showDuration = width >= 560;
    l.showLabel = width >= 380;
    return l;
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int height = padding + QFontMetrics(option.font).height() + lineSpacing
                       + QFontMetrics(smallFont(option.font)).height() + padding;
    return {gutter + 320, height};
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    paintBackground(painter, option);
    paintLine(painter, option, index);

    const DisplayState state = DisplayState(index.data(DisplayStateRole).toInt());
    const QPointF center(lineX(option), option.rect.center().y() + 0.5);
    const QRectF node(center.x() - nodeSize / 2.0, center.y() - nodeSize / 2.0, nodeSize, nodeSize);
    if (index.data(RunningRole).toBool()) {
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(node.adjusted(-4, -4, 4, 4));
    }
    paintStateNode(painter, node, state);

    const Layout l = layout(option);
    paintTexts(painter, option, l, index);
    painter->restore();
}

void TimelineDelegate::paintBackground(QPainter *painter, const QStyleOptionViewItem &option) const
{
    const QRect rect = option.rect;
    QColor highlight = option.palette.color(QPalette::Highlight);
    if (option.state & QStyle::State_Selected) {
        QColor tint = highlight;
        tint.setAlpha(option.state & QStyle::State_Active ? 46 : 30);
        painter->fillRect(rect, tint);
        painter->fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), highlight);
    } else if (option.state & QStyle::State_MouseOver) {
        highlight.setAlpha(16);
        painter->fillRect(rect, highlight);
    }
    if ((option.state & QStyle::State_HasFocus) && !(option.state & QStyle::State_Selected)) {
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5));
    }
    // A hairline between rows, from the text on: the line and its nodes stay uninterrupted.
    QColor separator = option.palette.color(QPalette::Text);
    separator.setAlpha(22);
    painter->fillRect(QRect(rect.left() + gutter, rect.bottom(), rect.width() - gutter, 1), separator);
}

void TimelineDelegate::paintLine(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const QRect rect = option.rect;
    const int x = lineX(option);
    const bool first = index.row() == 0;
    const bool last = !index.sibling(index.row() + 1, 0).isValid();
    const int top = first ? rect.center().y() : rect.top();
    const int bottom = last ? rect.center().y() : rect.bottom() + 1;
    // Solid where the database has been (up to its current version), dashed where it has yet to go.
    const bool reached = index.data(BeforeTidemarkRole).toBool();
    QPen pen(reached ? workbenchpalette::timelineReached() : workbenchpalette::timelineAhead(), 2, Qt::SolidLine,
             Qt::FlatCap);
    if (!reached)
        pen.setDashPattern({3, 2});
    painter->setPen(pen);
    if (top < bottom)
        painter->drawLine(QPointF(x, top), QPointF(x, bottom));
}

void TimelineDelegate::paintTexts(QPainter *painter, const QStyleOptionViewItem &option, const Layout &l,
                                  const QModelIndex &index) const
{
    const QRect rect = option.rect;
    const DisplayState state = DisplayState(index.data(DisplayStateRole).toInt());
    int right = rect.right() - gap;
    if (l.showDuration) {
        paintDuration(painter, QRect(right - l.durationWidth - 8 - barWidth, rect.top(),
                                     l.durationWidth + 8 + barWidth, rect.height()),
                      l, index);
        right -= l.durationWidth + 8 + barWidth + 2 * gap;
    }
    if (l.showLabel) {
        paintStateLabel(painter, QRect(right - l.labelWidth, rect.top(), l.labelWidth, rect.height()), l, index);
        right -= l.labelWidth + gap;
    }
    // Even a narrow timeline shows what the review found: the node tells the state, the badge nothing else does.
    if (const int badge = paintReviewBadge(painter, right, rect, l, index))
        right -= badge + gap;

    const int left = rect.left() + gutter;
    const int width = std::max(0, right - left);
    const QFontMetrics metrics(l.font);
    const QFontMetrics boldMetrics(l.boldFont);
    const int firstBaseline = rect.top() + padding + metrics.ascent();

    // Line one: the version in bold, then the description.
    const QString version = index.data(VersionRole).toString();
    const QString elidedVersion = boldMetrics.elidedText(version, Qt::ElideMiddle, width);
    painter->setFont(l.boldFont);
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(QPoint(left, firstBaseline), elidedVersion);
    const int descriptionLeft = left + boldMetrics.horizontalAdvance(elidedVersion) + metrics.horizontalAdvance(u' ') * 2;
    painter->setFont(l.font);
    painter->drawText(QPoint(descriptionLeft, firstBaseline),
                      metrics.elidedText(index.data(DescriptionRole).toString(), Qt::ElideRight,
                                         std::max(0, left + width - descriptionLeft)));

    // Line two: who and when, or what is wrong, in the state's colour when it needs a look.
    const QFontMetrics smallMetrics(l.small);
    const int secondBaseline = rect.top() + padding + metrics.height() + lineSpacing + smallMetrics.ascent();
    const bool running = index.data(RunningRole).toBool();
    const bool alarming = state == DisplayState::Failed || state == DisplayState::Modified
                          || state == DisplayState::Missing || state == DisplayState::OutOfOrder;
    painter->setFont(running ? l.smallBold : l.small);
    painter->setPen(running ? option.palette.color(QPalette::Highlight)
                    : alarming ? displayStateColor(state)
                               : secondaryText(option.palette));
    painter->drawText(QPoint(left, secondBaseline),
                      smallMetrics.elidedText(detailText(index, state), Qt::ElideRight, width));
}

void TimelineDelegate::paintStateLabel(QPainter *painter, const QRect &rect, const Layout &l,
                                       const QModelIndex &index) const
{
    const DisplayState state = DisplayState(index.data(DisplayStateRole).toInt());
    const bool running = index.data(RunningRole).toBool();
    const QColor color = running ? l.highlight : displayStateColor(state);
    const QFontMetrics metrics(l.smallBold);
    const QRectF pill(rect.left(), rect.center().y() - metrics.height() / 2.0 - 2, rect.width(),
                      metrics.height() + 4);
    QColor fill = color;
    fill.setAlpha(26);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    painter->setFont(l.smallBold);
    painter->setPen(color.darker(112));
    painter->drawText(pill, Qt::AlignCenter, running ? tr("Running") : displayStateText(state));
}

int TimelineDelegate::paintReviewBadge(QPainter *painter, int right, const QRect &rect, const Layout &l,
                                       const QModelIndex &index) const
{
    const QVariant severity = index.data(ReviewSeverityRole);
    if (!severity.isValid() || severity.toInt() < 0)
        return 0;
    const QColor color = workbenchpalette::reviewSeverityColor(RuleSeverity(severity.toInt()));
    const QFontMetrics metrics(l.small);
    // The rule's name gives way before the count of the others: "drop-ta… +2".
    const QString badgeText = index.data(ReviewBadgeRole).toString();
    const qsizetype plus = badgeText.lastIndexOf(QStringLiteral(" +"));
    const QString others = plus < 0 ? QString() : badgeText.mid(plus);
    const int maxRule = (l.showLabel ? maxBadgeText : maxNarrowBadgeText) - metrics.horizontalAdvance(others);
    const QString text = metrics.elidedText(badgeText.left(plus < 0 ? badgeText.size() : plus), Qt::ElideRight, maxRule)
                         + others;
    const int width = metrics.horizontalAdvance(text) + 14;
    const QRectF badge(right - width + 0.5, rect.center().y() - metrics.height() / 2.0 - 1.5, width - 1,
                       metrics.height() + 3);
    painter->setPen(QPen(color, 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(badge, 3, 3);
    painter->setFont(l.small);
    painter->drawText(badge, Qt::AlignCenter, text);
    return width;
}

void TimelineDelegate::paintDuration(QPainter *painter, const QRect &rect, const Layout &l,
                                     const QModelIndex &index) const
{
    const qreal fraction = index.data(DurationFractionRole).toReal();
    if (fraction < 0)
        return;
    const QRectF track(rect.left(), rect.center().y() - barHeight / 2.0 + 0.5, barWidth, barHeight);
    painter->setPen(Qt::NoPen);
    painter->setBrush(workbenchpalette::durationTrack());
    painter->drawRoundedRect(track, barHeight / 2.0, barHeight / 2.0);
    QRectF filled = track;
    filled.setWidth(std::max<qreal>(barHeight, track.width() * std::clamp<qreal>(fraction, 0, 1)));
    painter->setBrush(workbenchpalette::durationBar());
    painter->drawRoundedRect(filled, barHeight / 2.0, barHeight / 2.0);

    painter->setFont(l.small);
    painter->setPen(l.text);
    const QRect text(rect.right() - l.durationWidth + 1, rect.top(), l.durationWidth, rect.height());
    painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter,
                      formatDuration(index.data(DurationMsRole).toLongLong()));
}

} // namespace tidemark
