#pragma once

#include "pdfwriter.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace tidemark::pdf {

// The PDF report's own layout: text wrapped with the fonts' own advances and placed on pages as a list of what to
// draw, so that the page count is known before the first page is painted ("page i of N"). It replaces
// QTextDocument, whose HTML import and layout took about 9 ms of CPU per page. Units are points.

// The typefaces the report uses (the colours are the browser report's, reportstyle.cpp); Band is the header's
// and footer's.
enum class Face : quint8 { Body, Bold, Small, SmallBold, Mono, MonoBold, MonoItalic, H1, H2, H3, H4, Band, Count };

// Each face's font in the writer, and its size in points.
struct FaceFont
{
    int font = 0;
    double size = 9;
};
using Faces = std::array<FaceFont, size_t(Face::Count)>;
// DejaVu Sans and DejaVu Sans Mono, added to the writer; nullopt, with why, when they are not TrueType.
std::optional<Faces> addFaces(Writer &writer, QString *error);

namespace colour {
constexpr QRgb ink = 0x1d2733;
constexpr QRgb heading = 0x0b4f6c;
constexpr QRgb label = 0x4a5866;
constexpr QRgb muted = 0x7a8793;
constexpr QRgb ok = 0x1f7a3a;
constexpr QRgb warn = 0x9a6200;
constexpr QRgb bad = 0xb3261e;
constexpr QRgb rule = 0xc5d1da;
constexpr QRgb gridHeader = 0xe6edf2;
constexpr QRgb code = 0xf5f7f9;
constexpr QRgb codeBorder = 0xdde3e8;
constexpr QRgb failed = 0xfbeeee;
constexpr QRgb failedBorder = 0xe2b4b4;
} // namespace colour

// A stretch of text in one face and colour.
struct Span
{
    QString text;
    Face face = Face::Body;
    QRgb colour = colour::ink;
};
using Spans = QList<Span>;

// A line of a code block (SQL, a diff), with the colour of its background, 0 for the block's.
struct CodeLine
{
    Spans spans;
    QRgb fill = 0;
};

// A label and its value in a fact table; a wide fact takes a whole row of a two-column table.
struct Fact
{
    QString label;
    Spans value;
    bool wide = false;
};

class Flow
{
public:
    // body: a page's body, in points; the writer measures the text (the flow draws into it only in paintPage).
    Flow(const Writer &writer, const Faces &faces, const QSizeF &body);

    void heading(Face face, const QString &text, QRgb colour = colour::heading);
    void runHeading(const QString &text); // a rule above it, unless it starts a page
    void paragraph(const Spans &spans, double spaceAfterPt = 3);
    void bullet(const Spans &spans); // an item of a list, its lines indented after the bullet
    void facts(const QList<Fact> &facts, int columns = 1);
    // widths: each column's share of the body; cells in Face::Small unless their spans say otherwise.
    void grid(const QStringList &headers, const QList<double> &widths, const QList<QList<Spans>> &rows);
    void code(const QList<CodeLine> &lines, QRgb fill = colour::code, QRgb border = colour::codeBorder);
    void needSpace(double points); // a new page unless that much is left on this one
    void newPage();

    int pageCount() const { return int(m_pages.size()); }
    void paintPage(Writer &writer, int page, const QPointF &origin) const; // origin: the body's top left

private:
    struct Piece
    {
        double x;
        Face face;
        QRgb colour;
        QString text;
    };
    struct Line
    {
        std::vector<Piece> pieces;
        double ascent = 0;
        double height = 0;
    };
    struct TextOp
    {
        QPointF baseline;
        Face face;
        QRgb colour;
        QString text;
    };
    struct BoxOp
    {
        QRectF rect;
        QRgb fill;
        QRgb border; // 0: none
    };
    struct Page
    {
        std::vector<BoxOp> boxes;
        std::vector<TextOp> texts;
    };

    double ascent(Face face) const;
    double lineSpacing(Face face) const;
    double textWidth(Face face, QStringView text) const;
    std::vector<Line> wrap(const Spans &spans, double width) const;
    double carryAfterLastSpace(std::vector<Line> *lines) const;
    Line emptyLine(Face face) const;
    double heightOf(const std::vector<Line> &lines) const;
    // firstAscent: the ascent of the row's first line, so that cells of different faces share a baseline.
    void place(const std::vector<Line> &lines, double x, double top, double firstAscent = 0);
    static double firstAscent(const std::vector<std::pair<double, std::vector<Line>>> &cells);
    void space(double points); // vertical space, none at the top of a page
    double left() const { return m_body.height() - m_y; }
    Page &page() { return m_pages.back(); }

    const Writer &m_writer;
    Faces m_faces;
    QSizeF m_body;
    std::vector<Page> m_pages;
    double m_y = 0; // where the next block goes on the current page
};

} // namespace tidemark::pdf
