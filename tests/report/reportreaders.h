#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace tidemark::test {

// A PDF's text as poppler's pdftotext reads it (-layout), one string per page; nullopt with why (pdftotext missing:
// install poppler-utils, as tools/setup.sh does).
std::optional<QStringList> pdfPages(const QString &path, QString *error);

// The text a browser shows of HTML: tags removed, the entities toHtmlEscaped writes decoded.
QString htmlText(const QString &html);

// The URLs, scripts, frames and other resources an HTML file would fetch from elsewhere: each "src=", "href=",
// "url(", "@import", "<script", "<link", "<iframe", "http://" and "https://" found.
QStringList externalReferences(const QString &html);

} // namespace tidemark::test
