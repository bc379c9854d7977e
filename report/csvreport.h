#pragma once

#include "reportcontent.h"

#include <QByteArray>

namespace tidemark {

// One row per event (eventFields() as columns) after a header row; RFC 4180, UTF-8 without a byte order mark.
QByteArray csvReport(const ReportContent &content);

} // namespace tidemark
