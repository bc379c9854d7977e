#include "htmlparts.h"

#include "core/tr.h"
#include "reporttext.h"

#include <QCoreApplication>

namespace tidemark::html {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString factRow(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><th width=\"20%\">%1</th><td>%2</td></tr>\n").arg(esc(label), valueHtml);
}

QString factTable(const QString &rowsHtml)
{
    return QStringLiteral("<table class=\"facts\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">\n%1</table>\n")
        .arg(rowsHtml);
}

QString gridRow(const QStringList &cellsHtml)
{
    QString row = QStringLiteral("<tr>");
    for (const QString &html : cellsHtml)
        row += QStringLiteral("<td>%1</td>").arg(html);
    return row + QStringLiteral("</tr>\n");
}

QString gridTable(const QStringList &headers, const QString &rowsHtml, const QList<int> &widths)
{
    QString header = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < headers.size(); ++i)
        header += i < widths.size() ? QStringLiteral("<th width=\"%1%\">%2</th>").arg(widths.at(i)).arg(esc(headers.at(i)))
                                    : QStringLiteral("<th>%1</th>").arg(esc(headers.at(i)));
    return QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">\n%1</tr>\n%2</table>\n")
        .arg(header, rowsHtml);
}

QString tableTime(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString code(const QString &text)
{
    return QStringLiteral("<code>%1</code>").arg(esc(text));
}

QString orNone(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("<span class=\"muted\">%1</span>").arg(esc(Tr::tr("not recorded")))
                          : esc(text);
}

QString outcomeHtml(const AuditRun &run)
{
    const QString cls = run.outcome == u"succeeded" ? QStringLiteral("ok")
                        : run.outcome.isEmpty()     ? QStringLiteral("warn")
                        : run.outcome == u"stopped" ? QStringLiteral("warn")
                                                    : QStringLiteral("bad");
    return QStringLiteral("<span class=\"%1\">%2</span>").arg(cls, esc(outcomeText(run)));
}

} // namespace tidemark::html
