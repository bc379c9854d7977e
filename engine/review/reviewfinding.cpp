#include "reviewfinding.h"

#include "core/tr.h"

#include <QCoreApplication>

#include <algorithm>

namespace tidemark {

QString ReviewFinding::toString() const
{
    QString text = QStringLiteral("%1:%2: %3 %4: %5")
                       .arg(file)
                       .arg(line)
                       .arg(ruleSeverityName(severity), ruleInfo().name(), message);
    if (allowed)
        text += u' ' + Tr::tr("(allowed: %1)").arg(allowReason);
    return text;
}

bool anyFails(const QList<ReviewFinding> &findings, RuleSeverity threshold)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [threshold](const ReviewFinding &f) { return f.fails(threshold); });
}

std::optional<RuleSeverity> worstUnallowed(const QList<ReviewFinding> &findings)
{
    std::optional<RuleSeverity> worst;
    for (const ReviewFinding &f : findings)
        if (!f.allowed && (!worst || f.severity > *worst))
            worst = f.severity;
    return worst;
}

} // namespace tidemark
