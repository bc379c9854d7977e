#include "pdfreport.h"

#include "core/tr.h"
#include "pdfflow.h"
#include "pdfsections.h"
#include "reporttext.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace tidemark {
namespace {

constexpr int dotsPerInch = 300;

double mm(double millimetres)
{
    return millimetres / 25.4 * dotsPerInch;
}

// Where things go on a page, in device units (the page's top left is 0,0).
struct PageGeometry
{
    QRectF page;
    QRectF header; // above the body
    QRectF body;
    QRectF footer; // below the body
};

PageGeometry geometry(const QPdfWriter &writer)
{
    const QRectF page(0, 0, writer.width(), writer.height());
    const double side = mm(15);
    PageGeometry g;
    g.page = page;
    g.header = QRectF(side, mm(7), page.width() - 2 * side, mm(9));
    g.body = QRectF(side, mm(21), page.width() - 2 * side, page.height() - mm(21) - mm(18));
    g.footer = QRectF(side, page.height() - mm(14), page.width() - 2 * side, mm(8));
    return g;
}

QFont bandFont()
{
    QFont font(QStringLiteral("DejaVu Sans"), 7);
    font.setStyleStrategy(QFont::PreferNoShaping); // no ligatures: the chain head extracts as its hex digits
    font.setHintingPreference(QFont::PreferFullHinting); // as the body's (pdfflow.cpp)
    return font;
}

void useBandStyle(QPainter &painter)
{
    painter.setFont(bandFont());
    painter.setPen(QColor(0x4a, 0x58, 0x66));
}

void drawRule(QPainter &painter, double left, double right, double y)
{
    painter.save();
    painter.setPen(QPen(QColor(0xc5, 0xd1, 0xda), mm(0.2)));
    painter.drawLine(QPointF(left, y), QPointF(right, y));
    painter.restore();
}

// Two lines (the report and its target, then the period), each elided in the middle when too long, ruled below.
void paintHeader(QPainter &painter, const QRectF &band, const QString &title, const QString &period)
{
    painter.save();
    useBandStyle(painter);
    const QFontMetricsF metrics(painter.font(), painter.device());
    const QRectF first(band.left(), band.top(), band.width(), band.height() / 2);
    const QRectF second = first.translated(0, band.height() / 2);
    painter.drawText(first, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(title, Qt::ElideMiddle, band.width()));
    painter.drawText(second, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(period, Qt::ElideMiddle, band.width()));
    drawRule(painter, band.left(), band.right(), band.bottom());
    painter.restore();
}

// The chain head on the left and the page number on the right, ruled above.
void paintFooter(QPainter &painter, const QRectF &band, const QString &head, const QString &page)
{
    painter.save();
    useBandStyle(painter);
    const QFontMetricsF metrics(painter.font(), painter.device());
    const double pageWidth = metrics.horizontalAdvance(page) + mm(4);
    painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(head, Qt::ElideMiddle, band.width() - pageWidth));
    painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter, page);
    drawRule(painter, band.left(), band.right(), band.top());
    painter.restore();
}

} // namespace

std::optional<QByteArray> pdfReport(const ReportContent &content, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = Tr::tr("a PDF report needs fonts, and with them a QGuiApplication (the offscreen platform will do)");
        return std::nullopt;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(dotsPerInch);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0)); // the header, body and footer are placed below
    writer.setTitle(Tr::tr("Tidemark audit report: %1").arg(content.target));
    writer.setCreator(QStringLiteral("Tidemark %1").arg(content.tidemarkVersion));
    const PageGeometry g = geometry(writer);

    // Laid out first, then painted: the footer says how many pages there are.
    pdf::Flow flow(&writer, g.body.size());
    pdf::coverSection(flow, content);
    if (!content.runs.isEmpty())
        flow.newPage(); // the runs start on the page after the cover, summary and drift
    for (const ReportRun &run : content.runs)
        pdf::runSection(flow, run, content.dialect);
    const QString header = Tr::tr("Tidemark audit report · %1").arg(content.target);
    const QString period = periodText(content.period, content.runId);
    const QString head = content.chain.head.isEmpty() ? Tr::tr("chain head: none (%1)").arg(content.chain.summary())
                                                      : Tr::tr("chain head %1").arg(content.chain.head);
    QPainter painter(&writer);
    for (int page = 0; page < flow.pageCount(); ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        painter.translate(std::round(g.body.left()), std::round(g.body.top()));
        flow.paintPage(painter, page);
        painter.restore();
        paintHeader(painter, g.header, header, period);
        paintFooter(painter, g.footer, head, Tr::tr("page %1 of %2").arg(page + 1).arg(flow.pageCount()));
    }
    painter.end();
    return buffer.data();
}

} // namespace tidemark
