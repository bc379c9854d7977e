#pragma once

#include "sqlstatement.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace tidemark {

// A value ALTER TYPE … ADD VALUE adds, and where the same script names it next.
struct NewEnumValue
{
    QByteArray literal; // as written, quotes included: 'happy'
    int usedAtLine = 0; // 1-based line in the script; 0 when the script does not name it again
};

// PostgreSQL 12 and later run ALTER TYPE … ADD VALUE inside a transaction block, but the new value cannot be used
// until that transaction commits ("unsafe use of new value"). statements[index] adds an enum value; this finds
// its literal and the first string or dollar-quoted body after it that names that literal, counted even where
// it may be plain text, not the enum's. A later ADD VALUE is no use (… AFTER a value added just before is
// allowed), and neither is a comment. nullopt when the statement names no value.
std::optional<NewEnumValue> newEnumValue(const QByteArray &script, const QList<SqlStatement> &statements,
                                         qsizetype index);

} // namespace tidemark
