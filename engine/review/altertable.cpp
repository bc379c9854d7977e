#include "altertable.h"

namespace tidemark {

std::optional<AlterTable> readAlterTable(const StatementWords &words)
{
    if (!words.isWord(0, "ALTER"))
        return std::nullopt;
    qsizetype k = words.skipWords(1, {"ONLINE", "IGNORE"});
    if (!words.isWord(k, "TABLE"))
        return std::nullopt;
    k = words.skipIfExists(k + 1);
    k = words.skipWords(k, {"ONLY"});
    AlterTable alter;
    alter.table = words.name(k, &k);
    if (alter.table.isEmpty())
        return std::nullopt;
    if (words.isPunct(k, '*'))
        ++k;
    alter.actions = words.splitAtCommas(k, words.size());
    return alter;
}

} // namespace tidemark
