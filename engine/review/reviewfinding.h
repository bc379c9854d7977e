#pragma once

#include "core/version.h"
#include "reviewrule.h"

#include <QList>
#include <QString>

#include <optional>

namespace tidemark {

// One thing a review rule found in a migration, located in its file.
struct ReviewFinding
{
    RuleId rule = RuleId::DropTable;
    RuleSeverity severity = RuleSeverity::Warning; // the rule's
    QString message;  // names the object: "drops table orders"
    QString file;     // relative to the migrations folder, as Migration::script
    int line = 0;     // 1-based, in the file (goose and dbmate sections start mid-file)
    int endLine = 0;  // the last line of the statement, >= line
    Version version;  // the migration's; empty for a repeatable one
    QString description;
    bool allowed = false; // a "-- tidemark:allow RULE reason" comment of the migration allows it
    QString allowReason;
    QString allowFile;    // where that comment is
    int allowLine = 0;

    const ReviewRule &ruleInfo() const { return reviewRule(rule); }
    // Not allowed, and at or above the threshold: it fails a lint run.
    bool fails(RuleSeverity threshold) const { return !allowed && severity >= threshold; }
    // "002_orders.up.sql:3: error drop-table: drops table orders", and " (allowed: reason)" when allowed.
    QString toString() const;

    friend bool operator==(const ReviewFinding &, const ReviewFinding &) = default;
};

bool anyFails(const QList<ReviewFinding> &findings, RuleSeverity threshold);
// The most severe finding that is not allowed, for a badge; nullopt when every finding is allowed or there is none.
std::optional<RuleSeverity> worstUnallowed(const QList<ReviewFinding> &findings);

} // namespace tidemark
