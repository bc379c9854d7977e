#pragma once

#include "core/databasekind.h"
#include "pdfflow.h"

namespace tidemark::pdf {

// The SQL as lines of spans, coloured as the editor colours it (sql/sqlhighlightlexer.h), with the browser
// report's colours (reportstyle.cpp).
QList<CodeLine> sqlLines(const QString &sql, DatabaseKind dialect);

// A unified diff as lines: the file names, hunk headers, added and removed lines each in their colour.
QList<CodeLine> diffLines(const QString &diff);

} // namespace tidemark::pdf
