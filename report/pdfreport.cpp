#include "pdfreport.h"

#include "core/tr.h"
#include "reporthtml.h"
#include "reportstyle.h"
#include "reporttext.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

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
    g.header = QRectF(side, mm(8), page.width() - 2 * side, mm(8));
    g.body = QRectF(side, mm(20), page.width() - 2 * side, page.height() - mm(20) - mm(18));
    g.footer = QRectF(side, page.height() - mm(14), page.width() - 2 * side, mm(8));
    return g;
}

// One line of two texts, the left one elided when both do not fit, with a rule on the side towards the body.
void paintBand(QPainter &painter, const QRectF &band, const QString &left, const QString &right, bool ruleBelow)
{
    painter.save();
    painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 7));
    painter.setPen(QColor(0x4a, 0x58, 0x66));
    const QFontMetricsF metrics(painter.font(), painter.device());
    const double rightWidth = metrics.horizontalAdvance(right);
    const double gap = mm(4);
    const QString elided = metrics.elidedText(left, Qt::ElideMiddle, band.width() - rightWidth - gap);
    painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, elided);
    painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter, right);
    painter.setPen(QPen(QColor(0xc5, 0xd1, 0xda), mm(0.2)));
    const double y = ruleBelow ? band.bottom() : band.top();
    painter.drawLine(QPointF(band.left(), y), QPointF(band.right(), y));
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

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    document.setDocumentMargin(0);
    document.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    QTextOption wrapping = document.defaultTextOption();
    wrapping.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // a long SQL line or hash wraps, never overflows
    document.setDefaultTextOption(wrapping);
    document.setDefaultStyleSheet(reportStyleSheet());
    document.setHtml(reportBodyHtml(content));
    document.setPageSize(g.body.size());

    const int pages = document.pageCount();
    const QString header = Tr::tr("Tidemark audit report · %1").arg(content.target);
    const QString period = periodText(content.period, content.runId);
    const QString head = content.chain.head.isEmpty() ? Tr::tr("chain head: none (%1)").arg(content.chain.summary())
                                                      : Tr::tr("chain head %1").arg(content.chain.head);
    QPainter painter(&writer);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        painter.translate(g.body.left(), g.body.top() - page * g.body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * g.body.height(), g.body.width(), g.body.height());
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        paintBand(painter, g.header, header, period, true);
        paintBand(painter, g.footer, head, Tr::tr("page %1 of %2").arg(page + 1).arg(pages), false);
    }
    painter.end();
    return buffer.data();
}

} // namespace tidemark
