#include "htmlreport.h"

#include "core/tr.h"
#include "reporthtml.h"
#include "reportstyle.h"
#include "reporttext.h"

#include <QCoreApplication>

namespace tidemark {

QByteArray htmlReport(const ReportContent &content)
{
    const QString title = Tr::tr("Tidemark audit report: %1, %2").arg(content.target, periodText(content.period, content.runId));
    const QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                                        "<title>%1</title>\n<style>\n%2</style>\n</head>\n<body>\n%3</body>\n</html>\n")
                             .arg(title.toHtmlEscaped(), browserStyleSheet(), reportSectionsHtml(content).join(QString()));
    return html.toUtf8();
}

} // namespace tidemark
