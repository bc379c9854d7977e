#include "sqlhighlight.h"

#include "sql/sqlhighlightlexer.h"

#include <QList>

#include <algorithm>

namespace tidemark {
namespace {

char classOf(SqlHighlightKind kind)
{
    switch (kind) {
    case SqlHighlightKind::Keyword: return 'k';
    case SqlHighlightKind::Type: return 't';
    case SqlHighlightKind::Number: return 'n';
    case SqlHighlightKind::String: return 's';
    case SqlHighlightKind::QuotedIdentifier: return 'q';
    case SqlHighlightKind::Comment: return 'c';
    case SqlHighlightKind::Annotation: return 'a';
    case SqlHighlightKind::DollarTag: return 'd';
    case SqlHighlightKind::DollarBody: return 'b';
    }
    return 0;
}

void appendRun(QString &html, QStringView text, char cls)
{
    if (text.isEmpty())
        return;
    const QString escaped = text.toString().toHtmlEscaped();
    if (cls == 0)
        html += escaped;
    else
        html += QStringLiteral("<span class=\"%1\">%2</span>").arg(QLatin1Char(cls)).arg(escaped);
}

} // namespace

QString highlightedSqlHtml(const QString &sql, DatabaseKind dialect)
{
    QString html;
    html.reserve(sql.size() * 2);
    SqlLineState state;
    const QStringList lines = sql.split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QStringView line(lines.at(n));
        if (line.endsWith(u'\r'))
            line.chop(1);
        const SqlHighlightedLine highlighted = highlightSqlLine(line, state, dialect);
        state = highlighted.end;
        // One class per character: a body first, then what is embedded in it over it.
        QList<char> classes(line.size(), 0);
        for (const bool embedded : {false, true})
            for (const SqlHighlightSpan &span : highlighted.spans)
                if (span.embedded == embedded)
                    std::fill(classes.begin() + span.start, classes.begin() + span.start + span.length, classOf(span.kind));
        qsizetype runStart = 0;
        for (qsizetype i = 1; i <= line.size(); ++i) {
            if (i == line.size() || classes.at(i) != classes.at(runStart)) {
                appendRun(html, line.mid(runStart, i - runStart), classes.value(runStart));
                runStart = i;
            }
        }
        if (n + 1 < lines.size())
            html += u'\n';
    }
    return html;
}

} // namespace tidemark
