#pragma once

#include <QString>

namespace tidemark {

// The colours and type of the report, once (the classes of reporthtml.h and sqlhighlight.h), with what the browser
// and the PDF's QTextDocument each add: print rules, page breaks.
QString reportStyleSheet();
QString browserStyleSheet();
QString pdfStyleSheet(); // QTextDocument's, drawn quickly


} // namespace tidemark
