#include "pdfreport.h"

#include "core/tr.h"
#include "pdfflow.h"
#include "pdfsections.h"
#include "pdfwriter.h"
#include "reporttext.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace tidemark {
namespace {

constexpr double mm(double millimetres)
{
    return millimetres / 25.4 * 72;
}

constexpr QSizeF a4{mm(210), mm(297)};
constexpr QRgb bandColour = 0x4a5866;
constexpr QRgb ruleColour = 0xc5d1da;

// Where things go on a page, in points from its top left.
struct PageGeometry
{
    QRectF header; // above the body
    QRectF body;
    QRectF footer; // below the body
};

constexpr double side = mm(15);
constexpr PageGeometry geometry{QRectF(side, mm(7), a4.width() - 2 * side, mm(9)),
                                QRectF(side, mm(21), a4.width() - 2 * side, a4.height() - mm(21) - mm(18)),
                                QRectF(side, a4.height() - mm(14), a4.width() - 2 * side, mm(8))};

// The page's header and footer, in the band's face.
class Bands
{
public:
    Bands(pdf::Writer &writer, const pdf::FaceFont &face)
        : m_writer(writer)
        , m_face(face)
    {
    }

    // Two lines (the report and its target, then the period), each elided in the middle when too long, ruled below.
    void header(const QString &title, const QString &period)
    {
        const QRectF &band = geometry.header;
        const QRectF first(band.left(), band.top(), band.width(), band.height() / 2);
        draw(first, elided(title, band.width()), false);
        draw(first.translated(0, band.height() / 2), elided(period, band.width()), false);
        m_writer.line(band.bottomLeft(), band.bottomRight(), ruleColour, mm(0.2));
    }

    // The chain head on the left and the page number on the right, ruled above.
    void footer(const QString &head, const QString &page)
    {
        const QRectF &band = geometry.footer;
        draw(band, elided(head, band.width() - width(page) - mm(4)), false);
        draw(band, page, true);
        m_writer.line(band.topLeft(), band.topRight(), ruleColour, mm(0.2));
    }

private:
    double width(const QString &text) const { return m_writer.textWidth(m_face.font, m_face.size, text); }

    QString elided(const QString &text, double available) const
    {
        if (width(text) <= available)
            return text;
        QString left = text.left(text.size() / 2), right = text.mid(text.size() / 2);
        while (!left.isEmpty() && width(left + u'…' + right) > available) {
            if (left.size() > right.size())
                left.chop(1);
            else
                right.remove(0, 1);
        }
        return left + u'…' + right;
    }

    // Centred on the band's height, on its left or right.
    void draw(const QRectF &band, const QString &text, bool alignRight)
    {
        const pdf::Font &font = m_writer.font(m_face.font);
        const double height = font.ascent(m_face.size) + font.descent(m_face.size);
        const double x = alignRight ? band.right() - width(text) : band.left();
        const double baseline = band.top() + (band.height() - height) / 2 + font.ascent(m_face.size);
        m_writer.text(m_face.font, m_face.size, QPointF(x, baseline), bandColour, text);
    }

    pdf::Writer &m_writer;
    pdf::FaceFont m_face;
};

} // namespace

std::optional<QByteArray> pdfReport(const ReportContent &content, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = Tr::tr("a PDF report needs fonts, and with them a QGuiApplication (the offscreen platform will do)");
        return std::nullopt;
    }
    pdf::Writer writer(a4);
    const std::optional<pdf::Faces> faces = pdf::addFaces(writer, error);
    if (!faces)
        return std::nullopt;

    // Laid out first, then drawn: the footer says how many pages there are.
    pdf::Flow flow(writer, *faces, geometry.body.size());
    pdf::coverSection(flow, content);
    if (!content.runs.isEmpty())
        flow.newPage(); // the runs start on the page after the cover, summary and drift
    for (const ReportRun &run : content.runs)
        pdf::runSection(flow, run, content.dialect);
    const QString header = Tr::tr("Tidemark audit report · %1").arg(content.target);
    const QString period = periodText(content.period, content.runId);
    const QString head = content.chain.head.isEmpty() ? Tr::tr("chain head: none (%1)").arg(content.chain.summary())
                                                      : Tr::tr("chain head %1").arg(content.chain.head);
    Bands bands(writer, faces->at(size_t(pdf::Face::Band)));
    for (int page = 0; page < flow.pageCount(); ++page) {
        writer.beginPage();
        flow.paintPage(writer, page, geometry.body.topLeft());
        bands.header(header, period);
        bands.footer(head, Tr::tr("page %1 of %2").arg(page + 1).arg(flow.pageCount()));
        writer.endPage();
    }
    return writer.finish(Tr::tr("Tidemark audit report: %1").arg(content.target),
                         QStringLiteral("Tidemark %1").arg(content.tidemarkVersion));
}

} // namespace tidemark
