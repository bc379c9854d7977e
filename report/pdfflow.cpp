#include "pdfflow.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace tidemark::pdf {
namespace {

struct FaceLook
{
    bool mono, bold, italic;
    double size;
};

FaceLook lookOf(Face face)
{
    switch (face) {
    case Face::Body: return {false, false, false, 9};
    case Face::Bold: return {false, true, false, 9};
    case Face::Small: return {false, false, false, 8};
    case Face::SmallBold: return {false, true, false, 8};
    case Face::Mono: return {true, false, false, 8};
    case Face::MonoBold: return {true, true, false, 8};
    case Face::MonoItalic: return {true, false, true, 8};
    case Face::H1: return {false, true, false, 18};
    case Face::H2: return {false, true, false, 14};
    case Face::H3: return {false, true, false, 11};
    case Face::H4: return {false, true, false, 10};
    case Face::Band: return {false, false, false, 7};
    case Face::Count: break;
    }
    return {false, false, false, 9};
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

std::optional<Faces> addFaces(Writer &writer, QString *error)
{
    Faces faces;
    std::map<std::tuple<bool, bool, bool>, int> fonts; // a font for each family and style, whatever its sizes
    for (int f = 0; f < int(Face::Count); ++f) {
        const FaceLook look = lookOf(Face(f));
        auto font = fonts.find({look.mono, look.bold, look.italic});
        if (font == fonts.end()) {
            QFont qfont(look.mono ? QStringLiteral("DejaVu Sans Mono") : QStringLiteral("DejaVu Sans"));
            qfont.setBold(look.bold);
            qfont.setItalic(look.italic);
            const std::optional<int> added = writer.addFont(qfont, error);
            if (!added)
                return std::nullopt;
            font = fonts.emplace(std::tuple{look.mono, look.bold, look.italic}, *added).first;
        }
        faces[size_t(f)] = {font->second, look.size};
    }
    return faces;
}

Flow::Flow(const Writer &writer, const Faces &faces, const QSizeF &body)
    : m_writer(writer)
    , m_faces(faces)
    , m_body(body)
{
    newPage();
}

double Flow::ascent(Face face) const
{
    const FaceFont &f = m_faces.at(size_t(face));
    return m_writer.font(f.font).ascent(f.size);
}

double Flow::lineSpacing(Face face) const
{
    const FaceFont &f = m_faces.at(size_t(face));
    return m_writer.font(f.font).lineSpacing(f.size);
}

Flow::Line Flow::emptyLine(Face face) const
{
    Line line;
    line.ascent = ascent(face);
    line.height = lineSpacing(face);
    return line;
}

// Breaks the spans into lines of at most width: at a line break; after a space where there is one, else between
// spans, else (a hash, a long identifier) anywhere. A continued line starts with its text, not the space it broke at.
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
    bool wrapped = false; // the last line was broken at the width, not at a line break
    for (const Span &whole : spans) {
        const QStringList parts = QString(whole.text).replace(u'\t', u' ').remove(u'\r').split(u'\n');
        for (qsizetype part = 0; part < parts.size(); ++part) {
            if (part > 0) {
                lines.emplace_back(); // a message of several lines keeps them
                x = 0;
                wrapped = false;
            }
            const Span span{parts.at(part), whole.face, whole.colour};
            const auto advance = [&](qsizetype from, qsizetype n) {
                return textWidth(span.face, QStringView(span.text).mid(from, n));
            };
            qsizetype from = 0;
            while (from < span.text.size()) {
                if (wrapped && lines.back().pieces.empty())
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
                    // At the line's last space, so that "'Grace', 'grace@…'" does not go on with its comma; else
                    // between this span and the one before.
                    x = carryAfterLastSpace(&lines);
                    wrapped = true;
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
                    wrapped = true;
                }
            }
        }
    }
    for (Line &line : lines) {
        double descent = 0;
        for (const Piece &piece : line.pieces) {
            line.ascent = std::max(line.ascent, ascent(piece.face));
            descent = std::max(descent, lineSpacing(piece.face) - ascent(piece.face));
        }
        line.height = line.ascent + descent;
    }
    return lines;
}

// Starts a new line with what the last one has after its last space (no space: nothing); returns where the new
// line's text ends.
double Flow::carryAfterLastSpace(std::vector<Line> *lines) const
{
    std::vector<Piece> &pieces = lines->back().pieces;
    for (auto piece = pieces.end(); piece != pieces.begin();) {
        --piece;
        const qsizetype space = piece->text.lastIndexOf(u' ');
        if (space < 0)
            continue;
        Line next;
        double shift = piece->x + textWidth(piece->face, QStringView(piece->text).left(space + 1));
        if (space + 1 < piece->text.size()) {
            next.pieces.push_back({0, piece->face, piece->colour, piece->text.mid(space + 1)});
            piece->text.truncate(space + 1);
        }
        for (auto moved = piece + 1; moved != pieces.end(); ++moved)
            next.pieces.push_back({moved->x - shift, moved->face, moved->colour, moved->text});
        pieces.erase(piece + 1, pieces.end());
        lines->push_back(std::move(next));
        if (lines->back().pieces.empty())
            return 0;
        const Piece &last = lines->back().pieces.back();
        return last.x + textWidth(last.face, last.text);
    }
    lines->emplace_back();
    return 0;
}

double Flow::textWidth(Face face, QStringView text) const
{
    const FaceFont &f = m_faces.at(size_t(face));
    return m_writer.textWidth(f.font, f.size, text);
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
            page().texts.push_back({QPointF(x + piece.x, top + line.ascent), piece.face, piece.colour, piece.text});
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
        m_y = std::min(m_body.height(), m_y + points);
}

void Flow::needSpace(double points)
{
    if (m_y > 0 && left() < points)
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
    needSpace(before + after + 30 + height); // kept with the first lines after it
    space(before);
    place(lines, 0, m_y);
    m_y += height + after;
}

void Flow::runHeading(const QString &text)
{
    needSpace(150); // the heading, the run's facts and the start of its plan together
    if (m_y > 0) {
        space(10);
        page().boxes.push_back({QRectF(0, m_y, m_body.width(), 1.5), colour::heading, 0});
        m_y += 6;
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
    m_y += spaceAfterPt;
}

void Flow::bullet(const Spans &spans)
{
    const double indent = 10;
    std::vector<Line> lines = wrap(spans, m_body.width() - indent);
    for (size_t i = 0; i < lines.size(); ++i) {
        if (m_y > 0 && left() < lines.at(i).height)
            newPage();
        if (i == 0)
            place(wrap({{QStringLiteral("•"), Face::Body, colour::label}}, indent), 2, m_y, lines.front().ascent);
        place({lines.at(i)}, indent, m_y);
        m_y += lines.at(i).height;
    }
    m_y += 1;
}

void Flow::facts(const QList<Fact> &facts, int columns)
{
    const double width = m_body.width();
    const double labelShare = columns == 1 ? 0.2 : 0.18;
    const double gap = 4;
    const double padding = 1.2;
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
    m_y += 2;
}

void Flow::grid(const QStringList &headers, const QList<double> &widths, const QList<QList<Spans>> &rows)
{
    const double inset = 2;
    const double gap = 5;
    const double padding = 1.2;
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
    const auto placeRow = [&](const std::vector<std::pair<double, std::vector<Line>>> &laid, double height,
                              bool shaded) {
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
        needSpace(headerHeight);
        placeRow(header, headerHeight, true);
    }
    m_y += 3;
}

void Flow::code(const QList<CodeLine> &lines, QRgb fill, QRgb border)
{
    const double pad = 3;
    const double width = m_body.width();
    std::vector<std::pair<Line, QRgb>> visual;
    for (const CodeLine &line : lines) {
        std::vector<Line> wrapped =
            line.spans.isEmpty() ? std::vector<Line>{emptyLine(Face::Mono)} : wrap(line.spans, width - 2 * pad);
        for (Line &l : wrapped)
            visual.emplace_back(std::move(l), line.fill);
    }
    space(1);
    needSpace((2 * pad + 2 * emptyLine(Face::Mono).height));
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
            page().boxes.push_back({QRectF(0.5, m_y, width - 1, line.height), lineFill, 0});
        place({line}, pad, m_y);
        m_y += line.height;
    }
    close();
    m_y += 4;
}

void Flow::paintPage(Writer &writer, int index, const QPointF &origin) const
{
    const Page &p = m_pages.at(size_t(index));
    for (const BoxOp &box : p.boxes)
        writer.box(box.rect.translated(origin), box.fill, box.border, 0.6);
    for (const TextOp &text : p.texts) {
        const FaceFont &f = m_faces.at(size_t(text.face));
        writer.text(f.font, f.size, text.baseline + origin, text.colour, text.text);
    }
}

} // namespace tidemark::pdf
