#include "pdfwriter.h"

#include "core/tr.h"
#include "pdfsyntax.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QGlyphRun>
#include <QPainterPath>
#include <QRawFont>
#include <QTextLayout>

#include <cmath>

namespace tidemark::pdf {
namespace {

// Qt's layout of text a Font cannot draw plainly (other scripts, marks, characters the font lacks), in the same
// font at size points: its glyphs from whatever fonts Qt falls back to, and its width.
struct Shaped
{
    QList<QGlyphRun> runs;
    double width = 0;
};

Shaped shape(QFont font, double size, QStringView text)
{
    font.setPixelSize(std::max(1, int(std::lround(size)))); // a pixel a point
    QTextLayout layout(text.toString(), font);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    if (!line.isValid())
        return {};
    Shaped shaped{layout.glyphRuns(), line.naturalTextWidth()};
    const double ascent = line.ascent();
    for (QGlyphRun &run : shaped.runs) { // positions from the baseline, not the line's top
        QList<QPointF> positions = run.positions();
        for (QPointF &p : positions)
            p.ry() -= ascent;
        run.setPositions(positions);
    }
    return shaped;
}

void appendColour(QByteArray &out, QRgb colour, const char *op)
{
    for (const int c : {qRed(colour), qGreen(colour), qBlue(colour)}) {
        const int thousandths = int(std::lround(c * 1000 / 255.0));
        if (thousandths == 0 || thousandths == 1000) {
            out += thousandths ? '1' : '0';
        } else {
            out += '.';
            out += QByteArray::number(thousandths).rightJustified(3, '0');
            while (out.endsWith('0'))
                out.chop(1);
        }
        out += ' ';
    }
    out += op;
    out += '\n';
}

QByteArray reference(int object)
{
    return QByteArray::number(object) + " 0 R";
}

} // namespace

Writer::Writer(const QSizeF &pageSize)
    : m_pageSize(pageSize)
    , m_offsets(1, 0)
{
    m_out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    reserveObject(); // 1: the catalog
    m_pagesObject = reserveObject();
    m_resourcesObject = reserveObject();
}

int Writer::reserveObject()
{
    m_offsets.push_back(0);
    return int(m_offsets.size() - 1);
}

void Writer::beginObject(int object)
{
    m_offsets.at(size_t(object)) = m_out.size();
    appendInt(m_out, object);
    m_out += " 0 obj\n";
}

void Writer::writeStream(int object, const QByteArray &packed, const QByteArray &entries)
{
    beginObject(object);
    m_out += "<< /Length ";
    appendInt(m_out, int(packed.size()));
    m_out += " /Filter /FlateDecode " + entries + " >>\nstream\n";
    m_out += packed;
    m_out += "\nendstream\nendobj\n";
}

void Writer::writeCompressed()
{
    PendingStream &oldest = m_compressing.front();
    writeStream(oldest.object, oldest.packed.get());
    m_compressing.pop_front();
}

std::optional<int> Writer::addFont(const QFont &qfont, QString *error)
{
    auto font = std::make_unique<Font>(QRawFont::fromFont(qfont));
    if (!font->isTrueType()) {
        *error = Tr::tr("the font %1 is not a TrueType font, the only kind the PDF report embeds "
                        "(install fonts-dejavu-core)")
                     .arg(qfont.family());
        return std::nullopt;
    }
    m_fonts.push_back({std::move(font), qfont, reserveObject()});
    return int(m_fonts.size() - 1);
}

double Writer::textWidth(int font, double size, QStringView text) const
{
    const FontEntry &entry = m_fonts.at(size_t(font));
    return entry.font->isPlain(text) ? entry.font->width(text, size) : shape(entry.qfont, size, text).width;
}

void Writer::beginPage()
{
    m_page.clear();
    m_fill.reset();
    m_stroke.reset();
    m_pageFont = -1;
}

void Writer::appendPoint(const QPointF &point)
{
    appendNumber(m_page, point.x());
    m_page += ' ';
    appendNumber(m_page, m_pageSize.height() - point.y());
    m_page += ' ';
}

void Writer::setFill(QRgb colour)
{
    if (m_fill != colour)
        appendColour(m_page, colour, "rg");
    m_fill = colour;
}

void Writer::setStroke(QRgb colour)
{
    if (m_stroke != colour)
        appendColour(m_page, colour, "RG");
    m_stroke = colour;
}

void Writer::box(const QRectF &rect, QRgb fill, QRgb border, double borderWidth)
{
    setFill(fill);
    if (border) {
        setStroke(border);
        appendNumber(m_page, borderWidth);
        m_page += " w ";
    }
    appendPoint(rect.bottomLeft());
    appendNumber(m_page, rect.width());
    m_page += ' ';
    appendNumber(m_page, rect.height());
    m_page += border ? " re B\n" : " re f\n";
}

void Writer::line(const QPointF &from, const QPointF &to, QRgb colour, double width)
{
    setStroke(colour);
    appendNumber(m_page, width);
    m_page += " w ";
    appendPoint(from);
    m_page += "m ";
    appendPoint(to);
    m_page += "l S\n";
}

void Writer::text(int font, double size, const QPointF &baseline, QRgb colour, QStringView text)
{
    FontEntry &entry = m_fonts.at(size_t(font));
    setFill(colour);
    if (!entry.font->isPlain(text)) {
        shapedText(font, size, baseline, text);
        return;
    }
    useFont(font, size);
    m_glyphs.resize(0); // keeps its capacity, for the next text
    entry.font->encode(text, &m_glyphs);
    m_page += "BT ";
    appendPoint(baseline);
    m_page += "Td ";
    appendLiteral(m_page, m_glyphs);
    m_page += " Tj ET\n";
}

void Writer::useFont(int font, double size)
{
    if (m_pageFont == font && m_pageFontSize == size)
        return;
    m_page += "/F";
    appendInt(m_page, font);
    m_page += ' ';
    appendNumber(m_page, size);
    m_page += " Tf\n";
    m_pageFont = font;
    m_pageFontSize = size;
}

// Drawn as the glyphs' outlines, whatever kind of font Qt fell back to; for search and copy, the text itself as
// ActualText over invisible placeholders in the report's font.
void Writer::shapedText(int font, double size, const QPointF &baseline, QStringView text)
{
    const Shaped shaped = shape(m_fonts.at(size_t(font)).qfont, size, text);
    for (const QGlyphRun &run : shaped.runs) {
        const QRawFont raw = run.rawFont();
        const QList<quint32> glyphs = run.glyphIndexes();
        const QList<QPointF> positions = run.positions();
        for (qsizetype i = 0; i < glyphs.size() && i < positions.size(); ++i) {
            const QPainterPath path = raw.pathForGlyph(glyphs.at(i)).translated(baseline + positions.at(i));
            for (int e = 0; e < path.elementCount(); ++e) {
                const QPainterPath::Element element = path.elementAt(e);
                appendPoint(element);
                if (element.isMoveTo())
                    m_page += "m ";
                else if (element.isLineTo())
                    m_page += "l ";
                else if (element.type == QPainterPath::CurveToDataElement
                         && (e + 1 == path.elementCount()
                             || path.elementAt(e + 1).type != QPainterPath::CurveToDataElement))
                    m_page += "c "; // a curve is its first control point, then the second and its end
            }
            if (!path.isEmpty())
                m_page += "f\n";
        }
    }
    // Glyph 0, which has no ToUnicode entry: the ActualText stands for it.
    const QByteArray placeholders(2 * text.size(), '\0');
    m_page += "/Span << /ActualText " + textString(text.toString()) + " >> BDC\n";
    useFont(font, size);
    m_page += "3 Tr BT "; // invisible
    appendPoint(baseline);
    m_page += "Td ";
    appendLiteral(m_page, placeholders);
    m_page += " Tj ET 0 Tr\nEMC\n";
}

void Writer::endPage()
{
    // Compressed on another core while the next pages are drawn: zlib is about a fifth of the PDF's time.
    const int contents = reserveObject();
    m_compressing.push_back({contents, std::async(std::launch::async, deflated, std::exchange(m_page, {}))});
    while (m_compressing.size() > 2)
        writeCompressed();
    const int page = reserveObject();
    beginObject(page);
    m_out += "<< /Type /Page /Parent " + reference(m_pagesObject) + " /Resources " + reference(m_resourcesObject)
             + " /Contents " + reference(contents) + " >>\nendobj\n";
    m_pageObjects.push_back(page);
}

void Writer::writeFont(const FontEntry &entry)
{
    const Font &font = *entry.font;
    // A subset's name starts with a tag of six capitals, different for different subsets (ISO 32000-1, 9.6.4).
    const QByteArray digest =
        QCryptographicHash::hash(font.widthsArray() + font.name().toLatin1(), QCryptographicHash::Sha1);
    QByteArray name;
    for (int i = 0; i < 6; ++i)
        name += char('A' + quint8(digest.at(i)) % 26);
    name += '+' + font.name().toLatin1();
    const int cidFont = reserveObject(), descriptor = reserveObject(), file = reserveObject(),
              toUnicode = reserveObject();
    beginObject(entry.object);
    m_out += "<< /Type /Font /Subtype /Type0 /BaseFont /" + name + " /Encoding /Identity-H /DescendantFonts ["
             + reference(cidFont) + "] /ToUnicode " + reference(toUnicode) + " >>\nendobj\n";
    beginObject(cidFont);
    m_out += "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + name
             + " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor "
             + reference(descriptor) + " /CIDToGIDMap /Identity /W " + font.widthsArray() + " >>\nendobj\n";
    beginObject(descriptor);
    m_out += "<< /Type /FontDescriptor /FontName /" + name + ' ' + font.descriptorEntries() + " /FontFile2 "
             + reference(file) + " >>\nendobj\n";
    const QByteArray subset = font.subsetFile();
    writeStream(file, deflated(subset), "/Length1 " + QByteArray::number(subset.size()));
    writeStream(toUnicode, deflated(font.toUnicodeMap()));
}

QByteArray Writer::finish(const QString &title, const QString &creator)
{
    while (!m_compressing.empty())
        writeCompressed();
    for (const FontEntry &entry : m_fonts)
        writeFont(entry);
    beginObject(m_resourcesObject);
    m_out += "<< /ProcSet [/PDF /Text] /Font <<";
    for (size_t f = 0; f < m_fonts.size(); ++f)
        m_out += " /F" + QByteArray::number(qulonglong(f)) + ' ' + reference(m_fonts[f].object);
    m_out += " >> >>\nendobj\n";
    beginObject(m_pagesObject);
    m_out += "<< /Type /Pages /Count " + QByteArray::number(qulonglong(m_pageObjects.size())) + " /MediaBox [0 0 ";
    appendNumber(m_out, m_pageSize.width());
    m_out += ' ';
    appendNumber(m_out, m_pageSize.height());
    m_out += "] /Kids [";
    for (const int page : m_pageObjects)
        m_out += reference(page) + ' ';
    m_out += "] >>\nendobj\n";
    beginObject(1);
    m_out += "<< /Type /Catalog /Pages " + reference(m_pagesObject) + " >>\nendobj\n";
    const int info = reserveObject();
    beginObject(info);
    m_out +=
        "<< /Title " + textString(title) + " /Creator " + textString(creator) + " /Producer " + textString(creator)
        + " /CreationDate (D:" + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1()
        + "Z) >>\nendobj\n";
    const qsizetype xref = m_out.size();
    m_out += "xref\n0 " + QByteArray::number(qulonglong(m_offsets.size())) + "\n0000000000 65535 f \n";
    for (size_t i = 1; i < m_offsets.size(); ++i)
        m_out += QByteArray::number(m_offsets[i]).rightJustified(10, '0') + " 00000 n \n";
    const QByteArray id = QCryptographicHash::hash(m_out, QCryptographicHash::Md5).toHex();
    m_out += "trailer\n<< /Size " + QByteArray::number(qulonglong(m_offsets.size())) + " /Root 1 0 R /Info "
             + reference(info) + " /ID [<" + id + "> <" + id + ">] >>\nstartxref\n" + QByteArray::number(xref)
             + "\n%%EOF\n";
    return std::move(m_out);
}

} // namespace tidemark::pdf
