#include "diffcanvas.h"

#include "sqltheme.h"

#include <QApplication>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

namespace tidemark {

class DiffCanvasHeader final : public QWidget
{
public:
    explicit DiffCanvasHeader(DiffCanvas *canvas) : QWidget(canvas), m_canvas(canvas) {}

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        m_canvas->paintHeader(painter, rect());
    }

private:
    DiffCanvas *m_canvas;
};

namespace {

constexpr int Separator = 3;
constexpr int TabWidth = 4;
constexpr int LongLine = 4000; // longer lines are painted in slices, assuming a monospace font

// The line with tabs expanded to stops every TabWidth columns; map[i] is the display column of character i
// (map has one more entry, for the end of the line).
QString expandTabs(const QString &line, QList<int> *map)
{
    map->clear();
    if (!line.contains(u'\t'))
        return line;
    QString out;
    out.reserve(line.size() + 16);
    map->reserve(line.size() + 1);
    for (QChar c : line) {
        map->append(int(out.size()));
        if (c == u'\t')
            out += QString(TabWidth - out.size() % TabWidth, u' ');
        else
            out += c;
    }
    map->append(int(out.size()));
    return out;
}

int mapped(const QList<int> &map, int index)
{
    return map.isEmpty() ? index : map.at(std::clamp(index, 0, int(map.size()) - 1));
}

} // namespace

DiffCanvas::DiffCanvas(QWidget *parent) : QAbstractScrollArea(parent), m_header(new DiffCanvasHeader(this))
{
    m_header->setFont(QApplication::font());
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    viewport()->setAutoFillBackground(false);
    setFocusPolicy(Qt::StrongFocus);
    layoutHeader();
}

DiffCanvas::~DiffCanvas() = default;

void DiffCanvas::setDiff(const TextDiff *diff)
{
    m_diff = diff;
    m_currentHunk = -1;
    m_maxColumns = 0;
    if (diff) {
        for (const QStringList *lines : {&diff->leftLines, &diff->rightLines}) {
            for (const QString &line : *lines)
                m_maxColumns = std::max(m_maxColumns, int(line.size() + line.count(u'\t') * (TabWidth - 1)));
        }
    }
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
}

void DiffCanvas::setTitles(const QString &left, const QString &right)
{
    m_leftTitle = left;
    m_rightTitle = right;
    m_header->update();
}

void DiffCanvas::setCurrentHunk(int index)
{
    m_currentHunk = index;
    viewport()->update();
}

int DiffCanvas::rowHeight() const
{
    return fontMetrics().lineSpacing() + 2;
}

int DiffCanvas::firstVisibleRow() const
{
    return verticalScrollBar()->value();
}

int DiffCanvas::visibleRowCount() const
{
    return std::max(1, viewport()->height() / rowHeight());
}

int DiffCanvas::rowAt(int y) const
{
    if (!m_diff || y < 0)
        return -1;
    const int row = firstVisibleRow() + y / rowHeight();
    return row < m_diff->rows.size() ? row : -1;
}

int DiffCanvas::numberWidth() const
{
    const qsizetype lines = m_diff ? std::max(m_diff->leftLines.size(), m_diff->rightLines.size()) : 0;
    return fontMetrics().horizontalAdvance(u'9') * std::max(3, int(QString::number(lines).size())) + 10;
}

void DiffCanvas::ensureRowsVisible(int firstRow, int rowCount)
{
    const int top = firstVisibleRow(), visible = visibleRowCount();
    if (firstRow >= top && firstRow + std::min(rowCount, visible) <= top + visible)
        return;
    const int context = std::min(3, visible / 4);
    verticalScrollBar()->setValue(std::max(0, firstRow - context));
}

void DiffCanvas::updateScrollBars()
{
    const int rows = m_diff ? int(m_diff->rows.size()) : 0;
    const int visible = visibleRowCount();
    verticalScrollBar()->setRange(0, std::max(0, rows - visible));
    verticalScrollBar()->setPageStep(visible);
    verticalScrollBar()->setSingleStep(1);
    const int half = (viewport()->width() - Separator) / 2;
    const int textWidth = half - numberWidth() - fontMetrics().horizontalAdvance(u'+') - 12;
    const int contentWidth = m_maxColumns * fontMetrics().horizontalAdvance(u'x') + 40;
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth - textWidth));
    horizontalScrollBar()->setPageStep(std::max(1, textWidth));
    horizontalScrollBar()->setSingleStep(fontMetrics().horizontalAdvance(u'x') * 4);
}

void DiffCanvas::layoutHeader()
{
    const int height = fontMetrics().height() + 10;
    setViewportMargins(0, height, 0, 0);
    const QRect cr = contentsRect();
    m_header->setGeometry(cr.left(), cr.top(), viewport()->width() > 0 ? viewport()->width() : cr.width(), height);
}

void DiffCanvas::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    layoutHeader();
    updateScrollBars();
}

void DiffCanvas::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        layoutHeader();
        updateScrollBars();
        viewport()->update();
    }
}

void DiffCanvas::mousePressEvent(QMouseEvent *event)
{
    const int row = rowAt(int(event->position().y()));
    if (row >= 0)
        Q_EMIT rowClicked(row);
    QAbstractScrollArea::mousePressEvent(event);
}

bool DiffCanvas::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = rowToolTip(rowAt(help->pos().y()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

QString DiffCanvas::rowToolTip(int row) const
{
    if (!m_diff || row < 0)
        return {};
    const DiffRow &r = m_diff->rows.at(row);
    if (r.leftMoved || r.rightMoved)
        return tr("This line moved: the same text is %1 elsewhere in this diff.")
            .arg(r.leftMoved ? tr("inserted") : tr("deleted"));
    return {};
}

void DiffCanvas::paintHeader(QPainter &painter, const QRect &rect) const
{
    const QPalette pal = palette();
    painter.fillRect(rect, sqltheme::gutter(pal));
    painter.setPen(sqltheme::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.25));
    painter.drawLine(rect.bottomLeft(), rect.bottomRight());
    QFont bold = painter.font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(pal.color(QPalette::Text));
    const int half = (rect.width() - Separator) / 2;
    const QFontMetrics fm(bold);
    const QRect left(8, 0, half - 16, rect.height()), right(half + Separator + 8, 0, half - 16, rect.height());
    painter.drawText(left, Qt::AlignVCenter | Qt::AlignLeft, fm.elidedText(m_leftTitle, Qt::ElideMiddle, left.width()));
    painter.drawText(right, Qt::AlignVCenter | Qt::AlignLeft, fm.elidedText(m_rightTitle, Qt::ElideMiddle, right.width()));
    painter.fillRect(QRect(half, 0, Separator, rect.height()), sqltheme::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.25));
}

void DiffCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette pal = palette();
    const QRect area = viewport()->rect();
    painter.fillRect(area, pal.color(QPalette::Base));
    const int half = (area.width() - Separator) / 2;
    const QRect leftArea(0, 0, half, area.height()), rightArea(half + Separator, 0, area.width() - half - Separator, area.height());
    if (m_diff) {
        const int h = rowHeight();
        const int first = firstVisibleRow();
        const int last = std::min(int(m_diff->rows.size()), first + area.height() / h + 2);
        for (int r = first; r < last; ++r) {
            const int y = (r - first) * h;
            const DiffRow &row = m_diff->rows.at(r);
            paintSide(painter, row, true, QRect(leftArea.left(), y, leftArea.width(), h));
            paintSide(painter, row, false, QRect(rightArea.left(), y, rightArea.width(), h));
        }
        if (m_currentHunk >= 0 && m_currentHunk < m_diff->hunks.size()) {
            const DiffHunk &hunk = m_diff->hunks.at(m_currentHunk);
            const QRect frame(0, (hunk.firstRow - first) * h, area.width() - 1, hunk.rowCount * h - 1);
            QPen pen(pal.color(QPalette::Highlight));
            pen.setWidth(2);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(frame.adjusted(1, 1, -1, 0));
        }
    }
    painter.fillRect(QRect(half, 0, Separator, area.height()), sqltheme::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.25));
}

void DiffCanvas::paintSide(QPainter &painter, const DiffRow &row, bool left, const QRect &area) const
{
    const QPalette pal = palette();
    const int line = left ? row.left : row.right;
    const QFontMetrics fm = fontMetrics();
    const int numberColumn = numberWidth();
    const int signColumn = fm.horizontalAdvance(u'+') + 8;
    const QRect textArea(area.left() + numberColumn + signColumn, area.top(), area.width() - numberColumn - signColumn, area.height());

    if (line < 0) { // the other side has a line here
        painter.fillRect(area, sqltheme::filler(pal));
        painter.fillRect(area, QBrush(sqltheme::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.15), Qt::BDiagPattern));
        return;
    }
    const bool moved = left ? row.leftMoved : row.rightMoved;
    const bool changed = row.kind != DiffRow::Kind::Equal;
    QColor background = pal.color(QPalette::Base);
    if (moved)
        background = sqltheme::moved(pal);
    else if (changed)
        background = left ? sqltheme::deleted(pal) : sqltheme::inserted(pal);
    painter.fillRect(area, background);
    if (changed)
        painter.fillRect(QRect(area.left(), area.top(), numberColumn, area.height()),
                         sqltheme::mix(background, pal.color(QPalette::Text), 0.04));
    else
        painter.fillRect(QRect(area.left(), area.top(), numberColumn, area.height()), sqltheme::gutter(pal));

    const int baseline = area.top() + (area.height() - fm.height()) / 2 + fm.ascent();
    painter.setPen(sqltheme::lineNumber(pal));
    painter.drawText(QRect(area.left(), area.top(), numberColumn - 6, area.height()), Qt::AlignRight | Qt::AlignVCenter,
                     QString::number(line + 1));
    if (changed) {
        const QColor strong = left ? sqltheme::deleted(pal, true) : sqltheme::inserted(pal, true);
        painter.setPen(sqltheme::isDark(pal) ? strong.lighter(190) : strong.darker(170));
        const QString sign = moved ? QStringLiteral("\u00bb") : left ? QStringLiteral("\u2212") : QStringLiteral("+");
        painter.drawText(QRect(area.left() + numberColumn, area.top(), signColumn, area.height()), Qt::AlignCenter, sign);
    }

    painter.save();
    painter.setClipRect(textArea.adjusted(2, 0, 0, 0));
    const QString &source = left ? m_diff->leftLines.at(line) : m_diff->rightLines.at(line);
    QList<int> map;
    const QString text = expandTabs(source, &map);
    const int x0 = textArea.left() + 4 - horizontalScrollBar()->value();
    const int charWidth = fm.horizontalAdvance(u'x');
    const bool sliced = text.size() > LongLine;
    auto xOf = [&](int column) {
        return x0 + (sliced ? column * charWidth : fm.horizontalAdvance(text.left(column)));
    };
    const QList<DiffSpan> &spans = left ? row.leftSpans : row.rightSpans;
    const QColor strong = left ? sqltheme::deleted(pal, true) : sqltheme::inserted(pal, true);
    for (const DiffSpan &span : spans) {
        const int a = xOf(mapped(map, span.start)), b = xOf(mapped(map, span.start + span.length));
        painter.fillRect(QRect(a, area.top() + 1, std::max(2, b - a), area.height() - 2), strong);
    }
    painter.setPen(pal.color(QPalette::Text));
    if (sliced) {
        const int firstColumn = std::max(0, (textArea.left() - x0) / charWidth - 8);
        const int columns = textArea.width() / charWidth + 16;
        painter.drawText(x0 + firstColumn * charWidth, baseline, text.mid(firstColumn, columns));
    } else {
        painter.drawText(x0, baseline, text);
    }
    const bool lastLine = line == (left ? m_diff->leftLines.size() : m_diff->rightLines.size()) - 1;
    const bool noNewline = !(left ? m_diff->leftEndsWithNewline : m_diff->rightEndsWithNewline);
    if (lastLine && noNewline && m_diff->leftEndsWithNewline != m_diff->rightEndsWithNewline) {
        QFont italic = painter.font();
        italic.setItalic(true);
        painter.setFont(italic);
        painter.setPen(sqltheme::lineNumber(pal));
        painter.drawText(xOf(int(text.size())) + charWidth, baseline, tr("(no newline at end of file)"));
    }
    painter.restore();
}

} // namespace tidemark
