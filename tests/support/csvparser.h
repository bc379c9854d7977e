#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tidemark::test {

// A strict RFC 4180 reader, written apart from the report's writer so that each checks the other: records end in
// CRLF, a field in double quotes may hold commas, CR, LF and doubled quotes, and a quote anywhere else is an error.
// nullopt with the 1-based record and why.
std::optional<QList<QStringList>> parseCsv(const QString &text, QString *error);

} // namespace tidemark::test
