#pragma once

#include "core/databasekind.h"

#include <QString>

namespace tidemark {

// The SQL as HTML-escaped text with <span class="…"> around what the editor colours (sql/sqlhighlightlexer.h):
// k keyword, t type, n number, s string, q quoted identifier, c comment, a goose or dbmate annotation, d dollar
// tag, b dollar-quoted body. Line breaks stay line breaks; it belongs in a <pre>.
QString highlightedSqlHtml(const QString &sql, DatabaseKind dialect);

} // namespace tidemark
