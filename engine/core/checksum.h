#pragma once

#include <QString>

namespace tidemark {

// Hex SHA-256 of a script with CRLF and CR normalised to LF, so a checkout on Windows does not look edited.
QString scriptChecksum(const QString &script);

} // namespace tidemark
