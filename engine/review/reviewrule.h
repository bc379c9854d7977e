#pragma once

#include "core/databasekind.h"

#include <QList>
#include <QString>

#include <optional>

namespace tidemark {

// Every review rule. The order is the registry's (reviewRules()), which SARIF's ruleIndex counts; append new
// rules at the end of their group and never reuse an id.
enum class RuleId : quint8 {
    DropTable,
    DropColumn,
    DropSchema,
    Truncate,
    DeleteWithoutWhere,
    UpdateWithoutWhere,
    NoDown,
    EmptyDown,
    DownNotUndo,
    PgIndexNotConcurrent,
    PgVolatileDefault,
    PgSetNotNull,
    PgAlterTypeRewrite,
    PgConstraintNotValid,
    MySqlAlterCopiesTable,
    RenameInUse,
    NoTransaction,
    NoTransactionMixed,
    DdlWithDml,
    UnreadableScript,
    AllowWithoutReason,
    AllowUnknownRule,
    AllowUnused,
};

// Ordered: a threshold "at or above Warning" takes Warning and Error. SARIF's levels note, warning and error.
enum class RuleSeverity : quint8 { Note, Warning, Error };

enum class RuleCategory : quint8 { Destructive, Reversibility, Locking, Compatibility, Transactions, File, Allow };

// One rule: its stable id (kebab-case, also the name of its page docs/rules/<id>.md), what it is, and why it matters.
struct ReviewRule
{
    RuleId rule = RuleId::DropTable;
    const char *id = "";
    RuleSeverity severity = RuleSeverity::Warning;
    RuleCategory category = RuleCategory::Destructive;
    quint8 dialects = 0;    // bit (1 << int(DatabaseKind)) for each database the rule reads scripts for
    bool allowable = true;  // a "-- tidemark:allow ID reason" comment may allow it
    const char *titleText = ""; // untranslated; title() and why() translate
    const char *whyText = "";

    QString name() const { return QString::fromLatin1(id); }
    QString title() const; // "CREATE INDEX without CONCURRENTLY"
    QString why() const;   // one line: what goes wrong
    QString docPage() const { return QStringLiteral("docs/rules/%1.md").arg(name()); }
    bool appliesTo(DatabaseKind dialect) const { return dialects & (1u << int(dialect)); }
};

// The registry, in RuleId order.
const QList<ReviewRule> &reviewRules();
const ReviewRule &reviewRule(RuleId rule);
std::optional<RuleId> findReviewRule(QStringView id);

QString ruleSeverityName(RuleSeverity severity); // "note", "warning", "error": SARIF's level
std::optional<RuleSeverity> ruleSeverityFromName(QStringView name);
QString ruleCategoryName(RuleCategory category); // "destructive", "locking", …

} // namespace tidemark
