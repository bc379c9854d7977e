#pragma once

#include <QString>

namespace tidemark {

// The colours and type of the report, once: the browser's style sheet adds print rules to what the PDF's
// QTextDocument can render (the classes of reporthtml.h and sqlhighlight.h).
QString reportStyleSheet();
QString browserStyleSheet();

} // namespace tidemark
