#include "reviewrule.h"

#include "core/tr.h"

#include <QCoreApplication>

namespace tidemark {
namespace {

constexpr quint8 sqlite = 1u << int(DatabaseKind::Sqlite);
constexpr quint8 postgres = 1u << int(DatabaseKind::Postgres);
constexpr quint8 mysql = 1u << int(DatabaseKind::MySql);
constexpr quint8 every = sqlite | postgres | mysql;

using S = RuleSeverity;
using C = RuleCategory;

// clang-format off
const ReviewRule registry[] = {
    {RuleId::DropTable, "drop-table", S::Error, C::Destructive, every, true,
     QT_TRANSLATE_NOOP("tidemark", "DROP TABLE"),
     QT_TRANSLATE_NOOP("tidemark", "The table and every row in it are gone; a down script cannot bring the rows back.")},
    {RuleId::DropColumn, "drop-column", S::Error, C::Destructive, every, true,
     QT_TRANSLATE_NOOP("tidemark", "ALTER TABLE … DROP COLUMN"),
     QT_TRANSLATE_NOOP("tidemark", "The column's values are gone, and code still reading the column fails.")},
    {RuleId::DropSchema, "drop-schema", S::Error, C::Destructive, every, true,
     QT_TRANSLATE_NOOP("tidemark", "DROP SCHEMA or DROP DATABASE"),
     QT_TRANSLATE_NOOP("tidemark", "Every object in the schema or database, and all their data, is gone.")},
    {RuleId::Truncate, "truncate", S::Error, C::Destructive, every, true,
     QT_TRANSLATE_NOOP("tidemark", "TRUNCATE"),
     QT_TRANSLATE_NOOP("tidemark", "Every row of the table is gone; on MariaDB/MySQL it also commits at once.")},
    {RuleId::DeleteWithoutWhere, "delete-without-where", S::Error, C::Destructive, every, true,
     QT_TRANSLATE_NOOP("tidemark", "DELETE without WHERE"),
     QT_TRANSLATE_NOOP("tidemark", "Every row of the table is deleted, which is rarely what a migration means.")},
    {RuleId::UpdateWithoutWhere, "update-without-where", S::Warning, C::Destructive, every, true,
     QT_TRANSLATE_NOOP("tidemark", "UPDATE without WHERE"),
     QT_TRANSLATE_NOOP("tidemark", "Every row of the table is rewritten, and the values it overwrites are lost.")},
    {RuleId::NoDown, "no-down", S::Warning, C::Reversibility, every, true,
     QT_TRANSLATE_NOOP("tidemark", "Migration without a down script"),
     QT_TRANSLATE_NOOP("tidemark", "The migration cannot be rolled back: down stops at it.")},
    {RuleId::EmptyDown, "empty-down", S::Warning, C::Reversibility, every, true,
     QT_TRANSLATE_NOOP("tidemark", "Down script without statements"),
     QT_TRANSLATE_NOOP("tidemark", "Rolling back only removes the history row; what the up did stays in the database.")},
    {RuleId::DownNotUndo, "down-not-undo", S::Warning, C::Reversibility, every, true,
     QT_TRANSLATE_NOOP("tidemark", "Down does not drop what the up creates"),
     QT_TRANSLATE_NOOP("tidemark", "After a rollback the object is still there, and applying the migration again fails.")},
    {RuleId::PgIndexNotConcurrent, "pg-index-not-concurrent", S::Warning, C::Locking, postgres, true,
     QT_TRANSLATE_NOOP("tidemark", "CREATE INDEX without CONCURRENTLY on an existing table"),
     QT_TRANSLATE_NOOP("tidemark", "Building the index blocks every write to the table until it is done.")},
    {RuleId::PgVolatileDefault, "pg-volatile-default", S::Warning, C::Locking, postgres, true,
     QT_TRANSLATE_NOOP("tidemark", "ADD COLUMN with a volatile default"),
     QT_TRANSLATE_NOOP("tidemark", "PostgreSQL rewrites the whole table under an ACCESS EXCLUSIVE lock to fill the column.")},
    {RuleId::PgSetNotNull, "pg-set-not-null", S::Warning, C::Locking, postgres, true,
     QT_TRANSLATE_NOOP("tidemark", "SET NOT NULL without a validated CHECK"),
     QT_TRANSLATE_NOOP("tidemark", "PostgreSQL scans the whole table under an ACCESS EXCLUSIVE lock to prove no row is NULL.")},
    {RuleId::PgAlterTypeRewrite, "pg-alter-type-rewrite", S::Warning, C::Locking, postgres, true,
     QT_TRANSLATE_NOOP("tidemark", "ALTER COLUMN TYPE that rewrites the table"),
     QT_TRANSLATE_NOOP("tidemark", "PostgreSQL rewrites the table and its indexes under an ACCESS EXCLUSIVE lock.")},
    {RuleId::PgConstraintNotValid, "pg-constraint-not-valid", S::Warning, C::Locking, postgres, true,
     QT_TRANSLATE_NOOP("tidemark", "FOREIGN KEY or CHECK added without NOT VALID"),
     QT_TRANSLATE_NOOP("tidemark", "PostgreSQL checks every row while it holds a lock that blocks writes.")},
    {RuleId::MySqlAlterCopiesTable, "mysql-alter-copies-table", S::Warning, C::Locking, mysql, true,
     QT_TRANSLATE_NOOP("tidemark", "ALTER TABLE that copies the table, without ALGORITHM or LOCK"),
     QT_TRANSLATE_NOOP("tidemark", "The server may copy the whole table and block writes while it does; nothing says so up front.")},
    {RuleId::RenameInUse, "rename-in-use", S::Warning, C::Compatibility, every, true,
     QT_TRANSLATE_NOOP("tidemark", "Renaming a table or column that exists"),
     QT_TRANSLATE_NOOP("tidemark", "Code that is running still uses the old name and fails from the moment the rename commits.")},
    {RuleId::NoTransaction, "no-transaction", S::Note, C::Transactions, sqlite | postgres, true,
     QT_TRANSLATE_NOOP("tidemark", "Statement that cannot run inside a transaction"),
     QT_TRANSLATE_NOOP("tidemark", "The migration runs without a transaction: a failure cannot be rolled back.")},
    {RuleId::NoTransactionMixed, "no-transaction-mixed", S::Warning, C::Transactions, sqlite | postgres, true,
     QT_TRANSLATE_NOOP("tidemark", "Statement that cannot run inside a transaction, among others"),
     QT_TRANSLATE_NOOP("tidemark", "The whole migration runs without a transaction, so a failure leaves it part-way.")},
    {RuleId::DdlWithDml, "ddl-with-dml", S::Warning, C::Transactions, every, true,
     QT_TRANSLATE_NOOP("tidemark", "DDL and DML in one migration"),
     QT_TRANSLATE_NOOP("tidemark", "Data changes hold the schema change's locks for as long as they run; on MariaDB/MySQL "
                                   "a failure leaves the DDL done and the data half-changed.")},
    {RuleId::UnreadableScript, "unreadable-script", S::Error, C::File, every, false,
     QT_TRANSLATE_NOOP("tidemark", "Script that cannot be cut into statements"),
     QT_TRANSLATE_NOOP("tidemark", "The script would fail when it runs, and nothing after the error was reviewed.")},
    {RuleId::AllowWithoutReason, "allow-without-reason", S::Error, C::Allow, every, false,
     QT_TRANSLATE_NOOP("tidemark", "Allow comment without a reason"),
     QT_TRANSLATE_NOOP("tidemark", "An allowed finding must say why, so that a reviewer can judge the exception.")},
    {RuleId::AllowUnknownRule, "allow-unknown-rule", S::Error, C::Allow, every, false,
     QT_TRANSLATE_NOOP("tidemark", "Allow comment naming no rule that can be allowed"),
     QT_TRANSLATE_NOOP("tidemark", "A misspelt id allows nothing, and the finding it meant still stands.")},
    {RuleId::AllowUnused, "allow-unused", S::Note, C::Allow, every, false,
     QT_TRANSLATE_NOOP("tidemark", "Allow comment for a rule that does not fire"),
     QT_TRANSLATE_NOOP("tidemark", "A stale allow would silently allow the next finding of that rule in this migration.")},
};
// clang-format on

static_assert(std::size(registry) == std::size_t(RuleId::AllowUnused) + 1, "one registry entry per RuleId");

} // namespace

QString ReviewRule::title() const
{
    return Tr::tr(titleText);
}

QString ReviewRule::why() const
{
    return Tr::tr(whyText);
}

const QList<ReviewRule> &reviewRules()
{
    static const QList<ReviewRule> rules(std::begin(registry), std::end(registry));
    return rules;
}

const ReviewRule &reviewRule(RuleId rule)
{
    return registry[std::size_t(rule)];
}

std::optional<RuleId> findReviewRule(QStringView id)
{
    for (const ReviewRule &rule : registry)
        if (id == QLatin1String(rule.id))
            return rule.rule;
    return std::nullopt;
}

QString ruleSeverityName(RuleSeverity severity)
{
    switch (severity) {
    case RuleSeverity::Note: return QStringLiteral("note");
    case RuleSeverity::Warning: return QStringLiteral("warning");
    case RuleSeverity::Error: return QStringLiteral("error");
    }
    return {};
}

std::optional<RuleSeverity> ruleSeverityFromName(QStringView name)
{
    for (RuleSeverity s : {RuleSeverity::Note, RuleSeverity::Warning, RuleSeverity::Error})
        if (name == ruleSeverityName(s))
            return s;
    return std::nullopt;
}

QString ruleCategoryName(RuleCategory category)
{
    switch (category) {
    case RuleCategory::Destructive: return QStringLiteral("destructive");
    case RuleCategory::Reversibility: return QStringLiteral("reversibility");
    case RuleCategory::Locking: return QStringLiteral("locking");
    case RuleCategory::Compatibility: return QStringLiteral("compatibility");
    case RuleCategory::Transactions: return QStringLiteral("transactions");
    case RuleCategory::File: return QStringLiteral("file");
    case RuleCategory::Allow: return QStringLiteral("allow");
    }
    return {};
}

} // namespace tidemark
