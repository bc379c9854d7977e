#include "pdfflow.h"

#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace tidemark::pdf {
namespace {

// Without ligatures: "ff" in a hash or "fi" in a word would otherwise be one glyph, and text copied or extracted
// from the PDF would no longer match the events.
QFont fontOf(Face face)
{
    const bool mono = face == Face::Mono || face == Face::MonoBold || face == Face::MonoItalic;
    int points = 9;
    switch (face) {
    case Face::Small:
    case Face::SmallBold:
    case Face::Mono:
    case Face::MonoBold:
    case Face::MonoItalic: points = 8; break;
    case Face::H1: points = 18; break;
    case Face::H2: points = 14; break;
    case Face::H3: points = 11; break;
    case Face::H4: points = 10; break;
    default: break;
    }
    QFont font(mono ? QStringLiteral("DejaVu Sans Mono") : QStringLiteral("DejaVu Sans"), points);
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setHintingPreference(QFont::PreferFullHinting); // whole-pixel advances: the PDF engine writes them shorter
    font.setKerning(false); // so that a text is as wide as its characters (Flow::textWidth)
    font.setBold(face != Face::Body && face != Face::Small && face != Face::Mono && face != Face::MonoItalic);
    font.setItalic(face == Face::MonoItalic);
    return font;
}

// The space above and below a heading, in points.
std::pair<double, double> headingSpace(Face face)
{
    switch (face) {
    case Face::H1: return {0, 4};
    case Face::H2: return {10, 3};
    case Face::H3: return {8, 2};
    default: return {6, 2};
    }
}

} // namespace

Flow::Flow(QPaintDevice *device, const QSizeF &body)
    : m_dpi(device->logicalDpiY())
    , m_body(body)
{
    for (int f = 0; f < int(Face::Count); ++f) {
        m_fonts.push_back(fontOf(Face(f)));
        m_metrics.emplace_back(m_fonts.back(), device);
        std::array<double, 128> &ascii = m_ascii.emplace_back();
        for (char16_t c = 0; c < ascii.size(); ++c)
            ascii[c] = m_metrics.back().horizontalAdvance(QChar(c));
    }
    newPage();
}

Flow::Line Flow::emptyLine(Face face) const
{
    Line line;
    line.ascent = metrics(face).ascent();
    line.height = metrics(face).lineSpacing();
    return line;
}

// Breaks the spans into lines of at most width: after a space where there is one, else between spans, else (a
// hash, a long identifier) anywhere. A continued line starts with its text, not the space it broke at.
std::vector<Flow::Line> Flow::wrap(const Spans &spans, double width) const
{
    std::vector<Line> lines(1);
    double x = 0;
    const auto add = [&](const Span &span, qsizetype from, qsizetype n, double advance) {
        std::vector<Piece> &pieces = lines.back().pieces;
        if (!pieces.empty() && pieces.back().face == span.face && pieces.back().colour == span.colour)
            pieces.back().text += QStringView(span.text).mid(from, n);
        else
            pieces.push_back({x, span.face, span.colour, span.text.mid(from, n)});
        x += advance;
    };
    for (const Span &span : spans) {
        const auto advance = [&](qsizetype from, qsizetype n) { return textWidth(span.face, QStringView(span.text).mid(from, n)); };
        qsizetype from = 0;
        while (from < span.text.size()) {
            if (lines.size() > 1 && lines.back().pieces.empty())
                while (from < span.text.size() && span.text.at(from) == u' ')
                    ++from;
            const qsizetype n = span.text.size() - from;
            if (n == 0)
                break;
            const double whole = advance(from, n);
            if (x + whole <= width) {
                add(span, from, n, whole);
                break;
            }
            qsizetype fits = 0; // the longest prefix that fits: fits does, fits + 1 … n do not
            for (qsizetype tooLong = n; tooLong - fits > 1;) {
                const qsizetype mid = (fits + tooLong) / 2;
                (x + advance(from, mid) <= width ? fits : tooLong) = mid;
            }
            // After the last space that fits, or hangs just past the edge.
            const qsizetype space = span.text.lastIndexOf(u' ', from + std::min(fits, n - 1));
            qsizetype cut = space >= from ? space + 1 - from : fits;
            if (space < from && !lines.back().pieces.empty()) {
                lines.emplace_back(); // break between this span and the one before
                x = 0;
                continue;
            }
            cut = std::max<qsizetype>(cut, 1);
            if (cut < n && span.text.at(from + cut - 1).isHighSurrogate())
                ++cut;
            add(span, from, cut, advance(from, cut));
            from += cut;
            if (from < span.text.size()) {
                lines.emplace_back();
                x = 0;
            }
        }
    }
    for (Line &line : lines) {
        double descent = 0;
        for (const Piece &piece : line.pieces) {
            const QFontMetricsF &fm = metrics(piece.face);
            line.ascent = std::max(line.ascent, fm.ascent());
            descent = std::max(descent, fm.lineSpacing() - fm.ascent());
        }
        line.height = line.ascent + descent;
    }
    return lines;
}

// Most of a report is ASCII: its width is the sum of its characters' (whole-pixel, unkerned, unshaped) advances.
double Flow::textWidth(Face face, QStringView text) const
{
    const std::array<double, 128> &ascii = m_ascii.at(size_t(face));
    double width = 0;
    for (const QChar c : text) {
        if (c.unicode() >= ascii.size())
            return metrics(face).horizontalAdvance(text.toString());
        width += ascii[c.unicode()];
    }
    return width;
}

double Flow::heightOf(const std::vector<Line> &lines) const
{
    double height = 0;
    for (const Line &line : lines)
        height += line.height;
    return height;
}

void Flow::place(const std::vector<Line> &lines, double x, double top, double firstAscent)
{
    if (!lines.empty() && firstAscent > lines.front().ascent)
        top += firstAscent - lines.front().ascent; // on the row's first baseline, as the cells beside it
    for (const Line &line : lines) {
        for (const Piece &piece : line.pieces)
            // On whole device units (a 300th of an inch): the PDF engine writes them shorter.
            page().texts.push_back({QPointF(std::round(x + piece.x), std::round(top + line.ascent)), piece.face,
                                    piece.colour, piece.text});
        top += line.height;
    }
}

double Flow::firstAscent(const std::vector<std::pair<double, std::vector<Line>>> &cells)
{
    double ascent = 0;
    for (const auto &cell : cells)
        ascent = std::max(ascent, cell.second.front().ascent);
    return ascent;
}

void Flow::space(double points)
{
    if (m_y > 0)
        m_y = std::min(m_body.height(), m_y + pt(points));
}

void Flow::needSpace(double points)
{
    if (m_y > 0 && left() < pt(points))
        newPage();
}

void Flow::newPage()
{
    m_pages.emplace_back();
    m_y = 0;
}

void Flow::heading(Face face, const QString &text, QRgb colour)
{
    const auto [before, after] = headingSpace(face);
    std::vector<Line> lines = wrap({{text, face, colour}}, m_body.width());
    const double height = heightOf(lines);
    needSpace(before + after + 30 + height * 72.0 / m_dpi); // kept with the first lines after it
    space(before);
    place(lines, 0, m_y);
    m_y += height + pt(after);
}

void Flow::runHeading(const QString &text)
{
    needSpace(150); // the heading, the run's facts and the start of its plan together
    if (m_y > 0) {
        space(10);
        page().boxes.push_back({QRectF(0, m_y, m_body.width(), pt(1.5)), colour::heading, 0});
        m_y += pt(6);
    }
    heading(Face::H2, text);
}

void Flow::paragraph(const Spans &spans, double spaceAfterPt)
{
    for (const Line &line : wrap(spans, m_body.width())) {
        if (m_y > 0 && left() < line.height)
            newPage();
        place({line}, 0, m_y);
        m_y += line.height;
    }
    m_y += pt(spaceAfterPt);
}

void Flow::bullet(const Spans &spans)
{
    const double indent = pt(10);
    std::vector<Line> lines = wrap(spans, m_body.width() - indent);
    for (size_t i = 0; i < lines.size(); ++i) {
        if (m_y > 0 && left() < lines.at(i).height)
            newPage();
        if (i == 0)
            place(wrap({{QStringLiteral("•"), Face::Body, colour::label}}, indent), pt(2), m_y, lines.front().ascent);
        place({lines.at(i)}, indent, m_y);
        m_y += lines.at(i).height;
    }
    m_y += pt(1);
}

void Flow::facts(const QList<Fact> &facts, int columns)
{
    const double width = m_body.width();
    const double labelShare = columns == 1 ? 0.2 : 0.18;
    const double gap = pt(4);
    const double padding = pt(1.2);
    // One row: a fact, or two side by side.
    const auto row = [&](const QList<const Fact *> &cells) {
        const double cellWidth = cells.size() == 1 ? width : width / 2;
        std::vector<std::pair<double, std::vector<Line>>> placed; // each cell's left and lines
        double height = 0;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const double x = double(i) * cellWidth;
            const double labelWidth = width * labelShare;
            placed.push_back({x, wrap({{cells.at(i)->label, Face::Bold, colour::label}}, labelWidth - gap)});
            placed.push_back({x + labelWidth, wrap(cells.at(i)->value, cellWidth - labelWidth - gap)});
        }
        const double ascent = firstAscent(placed);
        for (const auto &cell : placed)
            height = std::max(height, heightOf(cell.second) + ascent - cell.second.front().ascent);
        height += 2 * padding;
        if (m_y > 0 && left() < height)
            newPage();
        for (const auto &[x, lines] : placed)
            place(lines, x, m_y + padding, ascent);
        m_y += height;
    };
    QList<const Fact *> pending;
    for (const Fact &fact : facts) {
        if (columns == 1 || fact.wide) {
            if (!pending.isEmpty())
                row(std::exchange(pending, {}));
            row({&fact});
            continue;
        }
        pending << &fact;
        if (pending.size() == 2)
            row(std::exchange(pending, {}));
    }
    if (!pending.isEmpty())
        row(pending);
    m_y += pt(2);
}

void Flow::grid(const QStringList &headers, const QList<double> &widths, const QList<QList<Spans>> &rows)
{
    const double inset = pt(2);
    const double gap = pt(5);
    const double padding = pt(1.2);
    QList<double> lefts;
    double x = 0;
    for (const double share : widths) {
        lefts << x;
        x += share * m_body.width();
    }
    const auto layoutRow = [&](const QList<Spans> &cells, double *height) {
        std::vector<std::pair<double, std::vector<Line>>> laid; // each cell's left and lines
        for (qsizetype c = 0; c < cells.size() && c < widths.size(); ++c)
            laid.emplace_back(lefts.at(c) + inset, wrap(cells.at(c), widths.at(c) * m_body.width() - inset - gap));
        const double ascent = firstAscent(laid);
        *height = 0;
        for (const auto &cell : laid)
            *height = std::max(*height, heightOf(cell.second) + ascent - cell.second.front().ascent);
        *height += 2 * padding;
        return laid;
    };
    QList<Spans> headerCells;
    for (const QString &header : headers)
        headerCells << Spans{{header, Face::SmallBold, colour::ink}};
    double headerHeight = 0;
    const auto header = layoutRow(headerCells, &headerHeight);
    const auto placeRow = [&](const std::vector<std::pair<double, std::vector<Line>>> &laid, double height, bool shaded) {
        if (shaded)
            page().boxes.push_back({QRectF(0, m_y, m_body.width(), height), colour::gridHeader, 0});
        const double ascent = firstAscent(laid);
        for (const auto &[x, lines] : laid)
            place(lines, x, m_y + padding, ascent);
        m_y += height;
    };
    bool first = true;
    for (const QList<Spans> &cells : rows) {
        double height = 0;
        const auto laid = layoutRow(cells, &height);
        // The header at the table's start, and again on every page it continues on.
        if (first || (m_y > 0 && left() < height)) {
            if (m_y > 0 && left() < (first ? headerHeight : 0) + height)
                newPage();
            placeRow(header, headerHeight, true);
            first = false;
        }
        placeRow(laid, height, false);
    }
    if (first) {
        needSpace(headerHeight * 72.0 / m_dpi);
        placeRow(header, headerHeight, true);
    }
    m_y += pt(3);
}

void Flow::code(const QList<CodeLine> &lines, QRgb fill, QRgb border)
{
    const double pad = pt(3);
    const double width = m_body.width();
    std::vector<std::pair<Line, QRgb>> visual;
    for (const CodeLine &line : lines) {
        std::vector<Line> wrapped = line.spans.isEmpty() ? std::vector<Line>{emptyLine(Face::Mono)}
                                                         : wrap(line.spans, width - 2 * pad);
        for (Line &l : wrapped)
            visual.emplace_back(std::move(l), line.fill);
    }
    space(1);
    needSpace((2 * pad + 2 * emptyLine(Face::Mono).height) * 72.0 / m_dpi);
    size_t box = 0;
    const auto open = [&] {
        box = page().boxes.size();
        page().boxes.push_back({QRectF(0, m_y, width, 0), fill, border}); // its height once its lines are placed
        m_y += pad;
    };
    const auto close = [&] {
        QRectF &rect = page().boxes.at(box).rect;
        rect.setBottom(std::min(m_body.height(), m_y + pad));
        m_y = rect.bottom();
    };
    open();
    for (const auto &[line, lineFill] : visual) {
        if (left() < line.height + pad) {
            close();
            newPage();
            open();
        }
        if (lineFill)
            page().boxes.push_back({QRectF(pt(0.5), m_y, width - pt(1), line.height), lineFill, 0});
        place({line}, pad, m_y);
        m_y += line.height;
    }
    close();
    m_y += pt(4);
}

void Flow::paintPage(QPainter &painter, int index) const
{
    const Page &p = m_pages.at(size_t(index));
    painter.save();
    for (const BoxOp &box : p.boxes) {
        painter.setPen(box.border ? QPen(QColor(box.border), pt(0.6)) : QPen(Qt::NoPen));
        painter.setBrush(QColor(box.fill));
        painter.drawRect(box.rect);
    }
    int face = -1;
    QRgb colour = 0;
    bool colourSet = false;
    for (const TextOp &text : p.texts) {
        if (int(text.face) != face) {
            face = int(text.face);
            painter.setFont(m_fonts.at(size_t(face)));
        }
        if (!colourSet || text.colour != colour) {
            colour = text.colour;
            colourSet = true;
            painter.setPen(QColor(colour));
        }
        painter.drawText(text.baseline, text.text);
    }
    painter.restore();
}

} // namespace tidemark::pdf
