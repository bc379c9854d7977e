#pragma once

#include <QByteArray>
#include <QRawFont>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace tidemark::pdf {

// A TrueType font as the PDF writer embeds it: glyphs addressed by their index (Identity-H, two bytes a glyph), only
// the glyphs used kept in the embedded file, and a ToUnicode map so that text extracted from the PDF is the text.
// Widths are the font's design advances, the same ones the layout measures with: no hinting, no kerning, no shaping.
class Font
{
public:
    explicit Font(const QRawFont &raw);

    bool isTrueType() const { return m_glyf; }
    QString name() const; // the PostScript-style name, "DejaVuSans-Bold"

    // In points at size points.
    double ascent(double size) const { return m_ascent * size; }
    double descent(double size) const { return m_descent * size; }
    double lineSpacing(double size) const { return (m_ascent + m_descent + m_leading) * size; }

    // Text this font draws glyph by glyph, each character its own glyph: the scripts written left to right without
    // joining, every character in the font. Other text goes through Qt's shaping and font fallback (pdfcanvas.cpp).
    bool isPlain(QStringView text) const;
    double width(QStringView text, double size) const; // of plain text
    // Appends the text's glyph indexes, big-endian, and notes the glyphs as used and what characters they draw.
    void encode(QStringView text, QByteArray *out);
    void useGlyph(quint32 glyph);           // a glyph placed by Qt's shaping; its text goes into the PDF as ActualText
    double glyphWidth(quint32 glyph) const; // in 1/1000 em

    // The embedded file: the tables a PDF viewer needs, the unused glyphs' outlines left out.
    QByteArray subsetFile() const;
    QByteArray widthsArray() const; // the CIDFont's /W
    QByteArray toUnicodeMap() const;
    QByteArray descriptorEntries() const; // /Flags, /FontBBox, /Ascent … for the FontDescriptor

private:
    quint32 glyphOf(char16_t c) const;

    QRawFont m_raw; // at a pixel size of its units per em: advances in font units
    bool m_glyf = false;
    double m_unitsPerEm = 1000;
    double m_ascent = 0, m_descent = 0, m_leading = 0; // per point of size
    bool m_fixedPitch = false;
    bool m_italic = false;
    mutable std::vector<quint32> m_glyphOfChar; // the BMP's glyphs, looked up once; ~0u: not yet
    mutable std::vector<float> m_advance;       // per glyph, in points at size 1; < 0: not yet
    std::vector<bool> m_used;
    std::vector<char16_t> m_unicodeOf; // per glyph, what it was first encoded for
};

} // namespace tidemark::pdf
