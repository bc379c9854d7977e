// The report's own PDF writer: numbers and strings as PDF syntax, text measured with the fonts' advances, and a
// document in every face the report uses read back by poppler (pdftotext, pdffonts, pdfinfo): its text, its
// embedded subset fonts with their Unicode maps, its pages.
#include "pdfflow.h"
#include "pdfsyntax.h"
#include "pdfwriter.h"
#include "reportreaders.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tidemark;
using namespace tidemark::pdf;

namespace {

constexpr QSizeF a4{595.28, 841.89};

QString popplerOutput(const QString &tool, const QString &path)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(tool), {path});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("%1 failed: %2").arg(tool, QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestPdfWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbersHaveAtMostTwoDecimals_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("zero") << 0.0 << QByteArray("0");
        QTest::newRow("whole") << 595.0 << QByteArray("595");
        QTest::newRow("one decimal") << 12.5 << QByteArray("12.5");
        QTest::newRow("two decimals") << 841.89 << QByteArray("841.89");
        QTest::newRow("a leading zero decimal") << 7.05 << QByteArray("7.05");
        QTest::newRow("rounded to the hundredth") << 12.346 << QByteArray("12.35");
        QTest::newRow("rounded up to whole") << 2.999 << QByteArray("3");
        QTest::newRow("negative") << -3.1 << QByteArray("-3.1");
        QTest::newRow("too small to write") << 0.004 << QByteArray("0");
    }

    void numbersHaveAtMostTwoDecimals()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, written);
        QByteArray out;
        appendNumber(out, value);
        QCOMPARE(out, written);
    }

    void literalStringsEscapeWhatPdfReadsSpecially_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("plain") << QByteArray("abc") << QByteArray("(abc)");
        QTest::newRow("parentheses") << QByteArray("f(x)") << QByteArray("(f\\(x\\))");
        QTest::newRow("backslash") << QByteArray("a\\b") << QByteArray("(a\\\\b)");
        QTest::newRow("CR, read as LF unescaped") << QByteArray("a\rb") << QByteArray("(a\\rb)");
        QTest::newRow("LF kept") << QByteArray("a\nb") << QByteArray("(a\nb)");
        QTest::newRow("glyph bytes with NUL") << QByteArray("\0\x28\0\x29", 4) << QByteArray("(\0\\(\0\\))", 8);
        QTest::newRow("empty") << QByteArray() << QByteArray("()");
    }

    void literalStringsEscapeWhatPdfReadsSpecially()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, written);
        QByteArray out = "x ";
        appendLiteral(out, bytes);
        QCOMPARE(out, "x " + written);
    }

    void plainTextIsAsWideAsItsCharacters()
    {
        Writer writer(a4);
        QString error;
        const std::optional<Faces> faces = addFaces(writer, &error);
        QVERIFY2(faces, qPrintable(error));
        const FaceFont body = faces->at(size_t(Face::Body));
        const FaceFont mono = faces->at(size_t(Face::Mono));
        const auto width = [&](const FaceFont &f, const QString &text) { return writer.textWidth(f.font, f.size, text); };
        QVERIFY(width(body, QStringLiteral("iiii")) < width(body, QStringLiteral("WWWW")));
        QCOMPARE(width(mono, QStringLiteral("iiii")), width(mono, QStringLiteral("WWWW"))); // a monospaced face
        // No kerning, no ligatures: a text is the sum of its parts.
        QCOMPARE(width(body, QStringLiteral("AVoffice")), width(body, QStringLiteral("AV")) + width(body, QStringLiteral("office")));
        QVERIFY(width(body, QStringLiteral("Größe")) > 0);
        QCOMPARE(width(body, QStringLiteral("x")) * 2, writer.textWidth(body.font, body.size * 2, QStringLiteral("x")));
    }

    void everyFaceReadsBackAsItsText()
    {
        Writer writer(a4);
        QString error;
        const std::optional<Faces> faces = addFaces(writer, &error);
        QVERIFY2(faces, qPrintable(error));
        const QStringList texts{QStringLiteral("office affine (a\\b) ff fi"), QStringLiteral("Größe ✓ – Ελληνικά Кириллица"),
                                QStringLiteral("Cafe\u0301 日本語"), QStringLiteral("0123456789abcdef")};
        const int pages = 3;
        for (int page = 0; page < pages; ++page) {
            writer.beginPage();
            double y = 60;
            for (int f = 0; f < int(Face::Count); ++f) {
                const FaceFont face = faces->at(size_t(f));
                writer.text(face.font, face.size, QPointF(50, y), 0x1d2733, texts.at(f % texts.size()));
                y += 24;
            }
            writer.box(QRectF(50, y, 200, 20), 0xe6edf2, 0xc5d1da, 0.6);
            writer.line(QPointF(50, y + 30), QPointF(300, y + 30), 0xc5d1da, 0.5);
            writer.text(faces->at(0).font, 9, QPointF(50, y + 50), 0x1d2733, QStringLiteral("page %1").arg(page + 1));
            writer.endPage();
        }
        const QByteArray pdf = writer.finish(QStringLiteral("Größe report"), QStringLiteral("Tidemark test"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("writer.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(pdf) == pdf.size());
        file.close();
        // Five fonts of about 300–750 KB each: only subsets keep the file this small.
        QVERIFY2(pdf.size() < 80000, qPrintable(QString::number(pdf.size())));

        const std::optional<QStringList> read = test::pdfPages(path, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->size(), pages);
        for (int page = 0; page < pages; ++page) {
            const QString &text = read->at(page);
            for (const QString &expected : texts)
                QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
            QVERIFY(text.contains(QStringLiteral("page %1").arg(page + 1)));
        }

        const QString fonts = popplerOutput(QStringLiteral("pdffonts"), path);
        for (const char *name : {"DejaVuSans-Book", "DejaVuSans-Bold", "DejaVuSansMono-Book", "DejaVuSansMono-Bold",
                                 "DejaVuSansMono-Oblique"}) {
            const QRegularExpression row(QStringLiteral("[A-Z]{6}\\+%1 +CID TrueType +Identity-H +yes +yes +yes").arg(QLatin1String(name)));
            QVERIFY2(fonts.contains(row), qPrintable(fonts)); // embedded, a subset, with a ToUnicode map
        }
        const QString info = popplerOutput(QStringLiteral("pdfinfo"), path);
        QVERIFY2(info.contains(QLatin1String("Page size:       595.28 x 841.89 pts (A4)")), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("Title:           Größe report")), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("Pages:           %1").arg(pages)), qPrintable(info));
    }
};

QTEST_MAIN(TestPdfWriter)
#include "tst_pdfwriter.moc"
