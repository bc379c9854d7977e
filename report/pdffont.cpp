#include "pdffont.h"

#include "pdfsyntax.h"

#include <QtEndian>

#include <algorithm>
#include <array>
#include <map>

namespace tidemark::pdf {
namespace {

constexpr quint32 notLookedUp = ~0u;

quint16 u16(const QByteArray &table, qsizetype at)
{
    return at + 2 <= table.size() ? qFromBigEndian<quint16>(table.constData() + at) : 0;
}

quint32 u32(const QByteArray &table, qsizetype at)
{
    return at + 4 <= table.size() ? qFromBigEndian<quint32>(table.constData() + at) : 0;
}

void put16(QByteArray &out, quint16 v)
{
    const char b[2] = {char(v >> 8), char(v)};
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    const char b[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
    out.append(b, 4);
}

quint32 tableChecksum(const QByteArray &table)
{
    quint32 sum = 0;
    for (qsizetype i = 0; i < table.size(); i += 4) {
        quint32 word = 0;
        for (int b = 0; b < 4; ++b)
            word = (word << 8) | (i + b < table.size() ? quint8(table.at(i + b)) : 0u);
        sum += word;
    }
    return sum;
}

// An sfnt file of the given tables (tag, data), in tag order as the format wants.
QByteArray sfnt(std::map<QByteArray, QByteArray> tables)
{
    const quint16 count = quint16(tables.size());
    quint16 power = 1, log2 = 0;
    while (power * 2 <= count) {
        power *= 2;
        ++log2;
    }
    QByteArray out;
    put32(out, 0x00010000);
    put16(out, count);
    put16(out, quint16(power * 16));
    put16(out, log2);
    put16(out, quint16(count * 16 - power * 16));
    quint32 offset = 12 + 16 * count;
    for (const auto &[tag, data] : tables) {
        out.append(tag);
        put32(out, tableChecksum(data));
        put32(out, offset);
        put32(out, quint32(data.size()));
        offset += (quint32(data.size()) + 3) & ~3u;
    }
    for (const auto &[tag, data] : tables) {
        out.append(data);
        out.append((4 - data.size() % 4) % 4, '\0');
    }
    return out;
}

// The glyphs a composite glyph is made of.
void addComponents(const QByteArray &glyph, std::vector<quint32> *todo)
{
    if (glyph.size() < 10 || qint16(u16(glyph, 0)) >= 0)
        return;
    constexpr quint16 argsAreWords = 0x1, haveScale = 0x8, moreComponents = 0x20, haveXYScale = 0x40, have2x2 = 0x80;
    qsizetype at = 10;
    quint16 flags = 0;
    do {
        flags = u16(glyph, at);
        todo->push_back(u16(glyph, at + 2));
        at += 4 + ((flags & argsAreWords) ? 4 : 2);
        at += (flags & haveScale) ? 2 : (flags & haveXYScale) ? 4 : (flags & have2x2) ? 8 : 0;
    } while ((flags & moreComponents) && at < glyph.size());
}

bool isPlainScript(QChar::Script script)
{
    return script == QChar::Script_Common || script == QChar::Script_Latin || script == QChar::Script_Greek
           || script == QChar::Script_Cyrillic;
}

} // namespace

Font::Font(const QRawFont &raw)
    : m_raw(raw)
{
    m_unitsPerEm = std::max<qreal>(16, m_raw.unitsPerEm());
    m_raw.setPixelSize(m_unitsPerEm);
    m_glyf = !m_raw.fontTable("glyf").isEmpty() && !m_raw.fontTable("loca").isEmpty();
    m_ascent = m_raw.ascent() / m_unitsPerEm;
    m_descent = m_raw.descent() / m_unitsPerEm;
    m_leading = m_raw.leading() / m_unitsPerEm;
    const QByteArray post = m_raw.fontTable("post");
    m_fixedPitch = u32(post, 12) != 0;
    m_italic = m_raw.style() != QFont::StyleNormal;
    const quint16 glyphs = u16(m_raw.fontTable("maxp"), 4);
    m_advance.assign(glyphs, -1.f);
    m_used.assign(glyphs, false);
    m_unicodeOf.assign(glyphs, 0);
    m_glyphOfChar.assign(0x10000, notLookedUp);
    if (glyphs > 0)
        m_used[0] = true; // .notdef, which every TrueType font must have
}

QString Font::name() const
{
    QString name = m_raw.familyName() + u'-' + m_raw.styleName();
    name.remove(u' ');
    for (QChar &c : name)
        if (c.unicode() < 33 || c.unicode() > 126 || QStringView(u"()<>[]{}/%#").contains(c))
            c = u'_';
    return name;
}

quint32 Font::glyphOf(char16_t c) const
{
    quint32 &glyph = m_glyphOfChar[c];
    if (glyph == notLookedUp) {
        const QChar ch(c);
        int n = 1;
        quint32 found = 0;
        if (!m_raw.glyphIndexesForChars(&ch, 1, &found, &n) || n != 1)
            found = 0;
        glyph = found < m_advance.size() ? found : 0;
    }
    return glyph;
}

bool Font::isPlain(QStringView text) const
{
    for (const QChar c : text) {
        if (c.isSurrogate() || !isPlainScript(c.script()) || c.isMark() || c.unicode() < 0x20
            || glyphOf(c.unicode()) == 0)
            return false;
    }
    return true;
}

double Font::glyphWidth(quint32 glyph) const
{
    if (glyph >= m_advance.size())
        return 0;
    float &advance = m_advance[glyph];
    if (advance < 0) {
        QPointF point;
        m_raw.advancesForGlyphIndexes(&glyph, &point, 1, QRawFont::SeparateAdvances | QRawFont::UseDesignMetrics);
        advance = float(point.x() / m_unitsPerEm);
    }
    return advance * 1000.0;
}

double Font::width(QStringView text, double size) const
{
    double thousandths = 0;
    for (const QChar c : text)
        thousandths += glyphWidth(glyphOf(c.unicode()));
    return thousandths * size / 1000.0;
}

void Font::encode(QStringView text, QByteArray *out)
{
    const qsizetype at = out->size();
    out->resize(at + 2 * text.size());
    char *bytes = out->data() + at;
    for (const QChar c : text) {
        const quint32 glyph = glyphOf(c.unicode());
        if (!m_used[glyph]) {
            m_used[glyph] = true;
            m_unicodeOf[glyph] = c.unicode();
        }
        *bytes++ = char(glyph >> 8);
        *bytes++ = char(glyph);
    }
}

void Font::useGlyph(quint32 glyph)
{
    if (glyph < m_used.size())
        m_used[glyph] = true;
}

QByteArray Font::subsetFile() const
{
    const QByteArray head = m_raw.fontTable("head");
    const QByteArray loca = m_raw.fontTable("loca");
    const QByteArray glyf = m_raw.fontTable("glyf");
    const bool longOffsets = u16(head, 50) != 0;
    const auto offsetOf = [&](quint32 glyph) -> quint32 {
        return longOffsets ? u32(loca, glyph * 4) : quint32(u16(loca, glyph * 2)) * 2;
    };
    const auto outline = [&](quint32 glyph) {
        const quint32 from = std::min<quint32>(offsetOf(glyph), quint32(glyf.size()));
        const quint32 to = std::clamp<quint32>(offsetOf(glyph + 1), from, quint32(glyf.size()));
        return glyf.mid(from, to - from);
    };
    std::vector<bool> keep = m_used;
    std::vector<quint32> todo;
    for (quint32 g = 0; g < keep.size(); ++g)
        if (keep[g])
            addComponents(outline(g), &todo);
    while (!todo.empty()) {
        const quint32 g = todo.back();
        todo.pop_back();
        if (g < keep.size() && !keep[g]) {
            keep[g] = true;
            addComponents(outline(g), &todo);
        }
    }
    QByteArray newGlyf;
    QByteArray newLoca;
    for (quint32 g = 0; g < keep.size(); ++g) {
        put32(newLoca, quint32(newGlyf.size()));
        if (keep[g]) {
            newGlyf.append(outline(g));
            newGlyf.append((4 - newGlyf.size() % 4) % 4, '\0');
        }
    }
    put32(newLoca, quint32(newGlyf.size()));
    QByteArray newHead = head;
    if (newHead.size() >= 54) {
        qToBigEndian<quint32>(0, newHead.data() + 8);  // checkSumAdjustment: no viewer needs it
        qToBigEndian<quint16>(1, newHead.data() + 50); // long loca offsets
    }
    std::map<QByteArray, QByteArray> tables{{"head", newHead}, {"loca", newLoca}, {"glyf", newGlyf}};
    for (const char *tag : {"hhea", "hmtx", "maxp", "cvt ", "fpgm", "prep"}) {
        const QByteArray table = m_raw.fontTable(tag);
        if (!table.isEmpty())
            tables.emplace(tag, table);
    }
    return sfnt(std::move(tables));
}

QByteArray Font::widthsArray() const
{
    QByteArray out = "[";
    for (quint32 g = 0; g < m_used.size(); ++g) {
        if (!m_used[g] || (g > 0 && m_used[g - 1]))
            continue;
        appendInt(out, int(g));
        out += " [";
        for (quint32 run = g; run < m_used.size() && m_used[run]; ++run) {
            appendInt(out, int(std::lround(glyphWidth(run))));
            out += ' ';
        }
        out += "]\n";
    }
    out += ']';
    return out;
}

QByteArray Font::toUnicodeMap() const
{
    std::vector<std::pair<quint32, char16_t>> mapped;
    for (quint32 g = 0; g < m_unicodeOf.size(); ++g)
        if (m_unicodeOf[g])
            mapped.emplace_back(g, m_unicodeOf[g]);
    QByteArray out = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                     "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    for (size_t i = 0; i < mapped.size(); i += 100) {
        const size_t n = std::min<size_t>(100, mapped.size() - i);
        appendInt(out, int(n));
        out += " beginbfchar\n";
        for (size_t j = i; j < i + n; ++j) {
            // Plain text is of the BMP only (Font::isPlain): one UTF-16 unit a glyph.
            out += '<' + QByteArray::number(mapped[j].first, 16).rightJustified(4, '0') + "> <"
                   + QByteArray::number(quint32(mapped[j].second), 16).rightJustified(4, '0') + ">\n";
        }
        out += "endbfchar\n";
    }
    out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return out;
}

QByteArray Font::descriptorEntries() const
{
    const QByteArray head = m_raw.fontTable("head");
    const auto scaled = [&](qsizetype at) { return int(std::lround(qint16(u16(head, at)) * 1000.0 / m_unitsPerEm)); };
    QByteArray out = "/Flags ";
    appendInt(out, 4 | (m_fixedPitch ? 1 : 0) | (m_italic ? 64 : 0));
    out += " /FontBBox [";
    for (const qsizetype at : {36, 38, 40, 42}) {
        appendInt(out, scaled(at));
        out += ' ';
    }
    out += "] /ItalicAngle ";
    appendInt(out, m_italic ? -12 : 0);
    out += " /Ascent ";
    appendInt(out, int(std::lround(m_ascent * 1000)));
    out += " /Descent ";
    appendInt(out, -int(std::lround(m_descent * 1000)));
    out += " /CapHeight ";
    appendInt(out, int(std::lround(m_ascent * 1000)));
    out += " /StemV 80";
    return out;
}

} // namespace tidemark::pdf
