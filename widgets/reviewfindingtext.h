#pragma once

#include "review/reviewfinding.h"

#include <QCoreApplication>

namespace tidemark {

// A review finding in one line for the workbench: "error drop-table: drops table orders (line 3)", and
// ", allowed: REASON" when an allow comment accepts it. The rule's id stays as lint and the allow comments spell it.
class ReviewFindingText
{
    Q_DECLARE_TR_FUNCTIONS(tidemark::ReviewFindingText)

public:
    static QString describe(const ReviewFinding &finding);
    static QString severity(RuleSeverity severity); // "error", "warning", "note", translated
};

} // namespace tidemark
