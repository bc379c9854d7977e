#pragma once

#include "statementwords.h"

#include <optional>

namespace tidemark {

// ALTER TABLE [IF EXISTS] [ONLY] name [*] action, action, … (MariaDB/MySQL also ALTER [ONLINE] [IGNORE] TABLE):
// the table, and each action's tokens, cut at the commas outside parentheses.
struct AlterTable
{
    ObjectName table;
    QList<TokenRange> actions;
};

std::optional<AlterTable> readAlterTable(const StatementWords &words);

} // namespace tidemark
