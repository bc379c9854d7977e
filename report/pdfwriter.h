#pragma once

#include "pdffont.h"

#include <QByteArray>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QRgb>
#include <QSizeF>

#include <deque>
#include <future>
#include <memory>
#include <optional>
#include <vector>

namespace tidemark::pdf {

// A PDF of text and boxes, written by Tidemark itself: Qt's PDF engine writes each glyph as an operator of its own
// and took about 4 s of a 10 000-event report's 4.2 (bench/report/README.md). Here a text is one string of glyph
// indexes, a colour or font is written only when it changes, and the fonts are embedded once, as subsets, at the end.
// Coordinates are points from the page's top left.
class Writer
{
public:
    explicit Writer(const QSizeF &pageSize);

    // A TrueType font the pages can use; nullopt, with why, for another kind (the PDF embeds TrueType only).
    std::optional<int> addFont(const QFont &font, QString *error);
    const Font &font(int font) const { return *m_fonts.at(size_t(font)).font; }
    double textWidth(int font, double size, QStringView text) const;

    void beginPage();
    void box(const QRectF &rect, QRgb fill, QRgb border = 0, double borderWidth = 0); // border 0: none
    void line(const QPointF &from, const QPointF &to, QRgb colour, double width);
    void text(int font, double size, const QPointF &baseline, QRgb colour, QStringView text);
    void endPage();

    QByteArray finish(const QString &title, const QString &creator);

private:
    struct FontEntry
    {
        std::unique_ptr<Font> font;
        QFont qfont; // for the text a Font cannot draw plainly: Qt shapes it, with fallback fonts
        int object;
    };
    int reserveObject();
    void beginObject(int object);
    void writeStream(int object, const QByteArray &packed, const QByteArray &entries = {}); // packed: deflated
    void writeCompressed(); // the oldest page's contents, once compressed
    void writeFont(const FontEntry &entry);
    void useFont(int font, double size); // Tf, when it changes
    void shapedText(int font, double size, const QPointF &baseline, QStringView text);
    void setFill(QRgb colour);
    void setStroke(QRgb colour);
    void appendPoint(const QPointF &point); // x y, flipped: PDF's origin is the page's bottom left

    QSizeF m_pageSize;
    QByteArray m_out;
    std::vector<qsizetype> m_offsets; // of each object, by number; 0 is the free list's head
    std::vector<FontEntry> m_fonts;
    std::vector<int> m_pageObjects;
    struct PendingStream
    {
        int object;
        std::future<QByteArray> packed;
    };
    std::deque<PendingStream> m_compressing;
    int m_pagesObject;
    int m_resourcesObject;
    // The page being drawn, and its graphics state as written so far.
    QByteArray m_page;
    QByteArray m_glyphs; // the glyphs of the text being drawn
    std::optional<QRgb> m_fill, m_stroke;
    int m_pageFont = -1;
    double m_pageFontSize = 0;
};

} // namespace tidemark::pdf
