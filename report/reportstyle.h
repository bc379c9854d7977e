#pragma once

#include <QString>

namespace tidemark {

// The colours and type of the HTML report, once (the classes of reporthtml.h and sqlhighlight.h), with what the
// browser adds: print rules, page breaks.
QString reportStyleSheet();
QString browserStyleSheet();

} // namespace tidemark
