#include "pdfcode.h"

#include "sql/sqlhighlightlexer.h"

#include <QStringList>

#include <algorithm>

namespace tidemark::pdf {
namespace {

// What a highlighted kind looks like; kind -1 is plain text.
std::pair<Face, QRgb> lookOf(int kind)
{
    switch (kind) {
    case int(SqlHighlightKind::Keyword): return {Face::MonoBold, 0x1a4fa0};
    case int(SqlHighlightKind::Type): return {Face::Mono, 0x6f3fa0};
    case int(SqlHighlightKind::Number): return {Face::Mono, 0xa05a00};
    case int(SqlHighlightKind::String): return {Face::Mono, 0x2d7a2d};
    case int(SqlHighlightKind::QuotedIdentifier): return {Face::Mono, 0x7a4a1a};
    case int(SqlHighlightKind::Comment): return {Face::MonoItalic, colour::muted};
    case int(SqlHighlightKind::Annotation): return {Face::MonoItalic, 0x8a1a6a};
    case int(SqlHighlightKind::DollarTag): return {Face::Mono, 0xa0301a};
    case int(SqlHighlightKind::DollarBody): return {Face::Mono, 0x3a4652};
    default: return {Face::Mono, colour::ink};
    }
}

// Tabs to spaces, to the next of every fourth column: the PDF has no tab stops.
QString expandTabs(const QString &line)
{
    if (!line.contains(u'\t'))
        return line;
    QString out;
    for (const QChar c : line) {
        if (c == u'\t')
            out.append(QString(4 - out.size() % 4, u' '));
        else
            out.append(c);
    }
    return out;
}

} // namespace

QList<CodeLine> sqlLines(const QString &sql, DatabaseKind dialect)
{
    QList<CodeLine> result;
    SqlLineState state;
    QStringList lines = sql.split(u'\n');
    if (lines.size() > 1 && lines.constLast().isEmpty())
        lines.removeLast(); // the line break that ends the file
    for (const QString &raw : std::as_const(lines)) {
        const QString text = expandTabs(raw);
        QStringView line(text);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const SqlHighlightedLine highlighted = highlightSqlLine(line, state, dialect);
        state = highlighted.end;
        // One kind per character: a body first, then what is embedded in it over it.
        QList<int> kinds(line.size(), -1);
        for (const bool embedded : {false, true})
            for (const SqlHighlightSpan &span : highlighted.spans)
                if (span.embedded == embedded)
                    std::fill(kinds.begin() + span.start, kinds.begin() + span.start + span.length, int(span.kind));
        // A space between two words of a kind is of their kind: one stretch to draw, not three.
        for (qsizetype i = 1; i < line.size(); ++i)
            if (line.at(i) == u' ' && kinds.at(i) == -1)
                kinds[i] = kinds.at(i - 1);
        CodeLine codeLine;
        qsizetype runStart = 0;
        for (qsizetype i = 1; i <= line.size(); ++i) {
            if (i == line.size() || kinds.at(i) != kinds.at(runStart)) {
                const auto [face, colour] = lookOf(kinds.at(runStart));
                codeLine.spans.append({line.mid(runStart, i - runStart).toString(), face, colour});
                runStart = i;
            }
        }
        result.append(codeLine);
    }
    return result;
}

QList<CodeLine> diffLines(const QString &diff)
{
    QList<CodeLine> result;
    const QStringList lines = diff.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = expandTabs(lines.at(i));
        if (line.isEmpty() && i + 1 == lines.size())
            break;
        // The first two lines name the files; after them "---" is a removed SQL comment, not a header.
        CodeLine codeLine{{{line, Face::Mono, colour::ink}}, 0};
        if (i < 2)
            codeLine.spans.first() = {line, Face::MonoBold, colour::label};
        else if (line.startsWith(QLatin1String("@@")))
            codeLine.spans.first().colour = 0x5a4ab0;
        else if (line.startsWith(u'+'))
            codeLine = {{{line, Face::Mono, 0x1f6a2a}}, 0xe6f4e8};
        else if (line.startsWith(u'-'))
            codeLine = {{{line, Face::Mono, 0x9a1f1a}}, 0xfae8e7};
        if (line.isEmpty())
            codeLine.spans.clear();
        result.append(codeLine);
    }
    return result;
}

} // namespace tidemark::pdf
