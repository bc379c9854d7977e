#include "reportreaders.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace tidemark::test {

std::optional<QStringList> pdfPages(const QString &path, QString *error)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        *error = QStringLiteral("pdftotext is missing: install poppler-utils (tools/setup.sh installs it)");
        return std::nullopt;
    }
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                              QStringLiteral("-")});
    const bool finished = process.waitForFinished(60000);
    // Poppler reads a broken file as far as it can and says what is wrong on stderr ("Syntax Error", "Invalid Font
    // Weight"): a PDF it complains about is not a good one.
    const QString complaints = QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || !complaints.isEmpty()) {
        *error = QStringLiteral("pdftotext %1 failed: %2").arg(path, complaints);
        return std::nullopt;
    }
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(u'\f');
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast(); // pdftotext ends every page, the last one too, with a form feed
    return pages;
}

QString htmlText(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.remove(tag);
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

QStringList externalReferences(const QString &html)
{
    static const QRegularExpression reference(
        QStringLiteral(R"(\bsrc\s*=|\bhref\s*=|url\s*\(|@import|<script|<link|<iframe|<object|<embed|https?://)"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    for (auto it = reference.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        found << html.mid(std::max<qsizetype>(0, m.capturedStart() - 30), 80);
    }
    return found;
}

} // namespace tidemark::test
