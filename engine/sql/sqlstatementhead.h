#pragma once

#include "core/databasekind.h"
#include "sqlkeyword.h"
#include "sqlstatement.h"

#include <array>

namespace tidemark {

// The first words of a statement, when its first token is a word that can matter: enough to tell
// whether the statement has a compound body, controls the transaction or must run outside one.
class SqlStatementHead
{
public:
    static constexpr int capacity = 8;

    enum class Body {
        Undecided,
        Plain,          // the delimiter always ends it
        Compound,       // BEGIN ... END (and CASE ... END) bodies hold delimiters
        OpenedCompound, // MariaDB BEGIN NOT ATOMIC: a compound whose BEGIN was already read
    };

    // Whether a statement starting with this word needs a head at all.
    static bool isWorthReading(SqlKeyword first);

    void clear() { m_count = 0; }
    bool isEmpty() const { return m_count == 0; }
    void append(SqlKeyword keyword) { m_words[std::size_t(m_count++)] = keyword; }
    bool isFull() const { return m_count == capacity; }

    Body body(DatabaseKind dialect) const;
    SqlStatement::Kind kind(DatabaseKind dialect) const;
    bool noTransaction(DatabaseKind dialect) const;
    bool addsEnumValue(DatabaseKind dialect) const; // ALTER TYPE … ADD VALUE

private:
    SqlKeyword at(int index) const { return index < m_count ? m_words[std::size_t(index)] : SqlKeyword::None; }
    bool contains(SqlKeyword keyword, int from) const;
    bool containsPair(SqlKeyword first, SqlKeyword second) const;
    Body mySqlBody() const;

    std::array<SqlKeyword, capacity> m_words{};
    int m_count = 0;
};

} // namespace tidemark
