#include "reviewfindingtext.h"

namespace tidemark {

QString ReviewFindingText::severity(RuleSeverity severity)
{
    switch (severity) {
    case RuleSeverity::Error: return tr("error");
    case RuleSeverity::Warning: return tr("warning");
    case RuleSeverity::Note: break;
    }
    return tr("note");
}

QString ReviewFindingText::describe(const ReviewFinding &f)
{
    const QString text = tr("%1 %2: %3 (line %4)").arg(severity(f.severity), f.ruleInfo().name(), f.message).arg(f.line);
    return f.allowed ? tr("%1, allowed: %2").arg(text, f.allowReason) : text;
}

} // namespace tidemark
