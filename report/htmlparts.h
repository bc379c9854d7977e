#pragma once

#include "audit/auditrun.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace tidemark::html {

// The pieces the report's HTML is made of, shared by its sections (reporthtml.cpp, runhtml.cpp).
QString esc(const QString &text);
QString code(const QString &text);           // <code>, escaped
QString orNone(const QString &text);         // escaped, or a muted "not recorded"
QString factRow(const QString &label, const QString &valueHtml);
QString factTable(const QString &rowsHtml);  // label and value rows, the labels a fifth of the width
QString gridRow(const QStringList &cellsHtml);
// widths: each column's share of the page in percent, so that times and ids do not wrap; empty: as the text needs.
QString gridTable(const QStringList &headers, const QString &rowsHtml, const QList<int> &widths = {});
QString tableTime(const QDateTime &at);      // a time in a table whose header says UTC
QString outcomeHtml(const AuditRun &run);    // the outcome, coloured ok, warn or bad

} // namespace tidemark::html
