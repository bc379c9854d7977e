#pragma once

#include "reportcontent.h"

#include <QByteArray>

namespace tidemark {

// One JSON object per event and line (eventFields() as keys, data as an object), LF line ends, UTF-8.
QByteArray jsonLinesReport(const ReportContent &content);

} // namespace tidemark
