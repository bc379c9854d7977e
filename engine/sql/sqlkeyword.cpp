#include "sqlkeyword.h"

#include <array>
#include <cstring>
#include <string_view>

namespace tidemark {

namespace {

struct Entry
{
    std::string_view text; // lower case
    SqlKeyword keyword = SqlKeyword::None;
};

constexpr Entry keywords[] = {
    {"abort", SqlKeyword::Abort}, {"add", SqlKeyword::Add}, {"alter", SqlKeyword::Alter},
    {"atomic", SqlKeyword::Atomic},
    {"begin", SqlKeyword::Begin}, {"case", SqlKeyword::Case}, {"commit", SqlKeyword::Commit},
    {"concurrently", SqlKeyword::Concurrently}, {"create", SqlKeyword::Create},
    {"database", SqlKeyword::Database}, {"delimiter", SqlKeyword::Delimiter}, {"drop", SqlKeyword::Drop},
    {"end", SqlKeyword::End}, {"event", SqlKeyword::Event}, {"foreign_keys", SqlKeyword::ForeignKeys},
    {"fulltext", SqlKeyword::Fulltext}, {"function", SqlKeyword::Function}, {"if", SqlKeyword::If},
    {"index", SqlKeyword::Index}, {"journal_mode", SqlKeyword::JournalMode},
    {"logfile", SqlKeyword::Logfile}, {"loop", SqlKeyword::Loop}, {"not", SqlKeyword::Not},
    {"or", SqlKeyword::Or}, {"pragma", SqlKeyword::Pragma}, {"prepare", SqlKeyword::Prepare},
    {"prepared", SqlKeyword::Prepared}, {"procedure", SqlKeyword::Procedure},
    {"reindex", SqlKeyword::Reindex}, {"repeat", SqlKeyword::Repeat}, {"replace", SqlKeyword::Replace},
    {"resource", SqlKeyword::Resource}, {"role", SqlKeyword::Role}, {"rollback", SqlKeyword::Rollback},
    {"schema", SqlKeyword::Schema}, {"sequence", SqlKeyword::Sequence}, {"server", SqlKeyword::Server},
    {"spatial", SqlKeyword::Spatial}, {"start", SqlKeyword::Start},
    {"subscription", SqlKeyword::Subscription}, {"system", SqlKeyword::System},
    {"table", SqlKeyword::Table}, {"tablespace", SqlKeyword::Tablespace}, {"temp", SqlKeyword::Temp},
    {"temporary", SqlKeyword::Temporary}, {"to", SqlKeyword::To},
    {"transaction", SqlKeyword::Transaction}, {"trigger", SqlKeyword::Trigger},
    {"type", SqlKeyword::Type}, {"unique", SqlKeyword::Unique}, {"user", SqlKeyword::User},
    {"vacuum", SqlKeyword::Vacuum}, {"value", SqlKeyword::Value}, {"view", SqlKeyword::View},
    {"while", SqlKeyword::While},
};

constexpr std::size_t maxLength = 12;
constexpr std::size_t maxPerLength = 12;

// Keywords grouped by length, so a lookup compares against a handful of candidates at most.
struct Buckets
{
    std::array<std::array<Entry, maxPerLength>, maxLength + 1> entries{};
    std::array<std::size_t, maxLength + 1> counts{};
};

constexpr Buckets makeBuckets()
{
    Buckets buckets;
    for (const Entry &entry : keywords) {
        const std::size_t length = entry.text.size();
        if (length > maxLength || buckets.counts[length] == maxPerLength)
            throw "keyword table too small"; // fails constant evaluation, never runs
        buckets.entries[length][buckets.counts[length]++] = entry;
    }
    return buckets;
}

constexpr Buckets buckets = makeBuckets();

} // namespace

SqlKeyword sqlKeyword(const char *word, qsizetype length)
{
    if (length <= 0 || std::size_t(length) > maxLength)
        return SqlKeyword::None;
    char lower[maxLength];
    for (qsizetype i = 0; i < length; ++i) {
        const char c = word[i];
        lower[i] = (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
    }
    const std::size_t n = std::size_t(length);
    for (std::size_t i = 0; i < buckets.counts[n]; ++i) {
        const Entry &entry = buckets.entries[n][i];
        if (std::memcmp(entry.text.data(), lower, n) == 0)
            return entry.keyword;
    }
    return SqlKeyword::None;
}

} // namespace tidemark
