#include "sqlstatementhead.h"

namespace tidemark {

using K = SqlKeyword;

bool SqlStatementHead::isWorthReading(SqlKeyword first)
{
    switch (first) {
    case K::Create: case K::Drop: case K::Alter: case K::Reindex: case K::Vacuum: case K::Pragma:
    case K::Begin: case K::Start: case K::Commit: case K::End: case K::Rollback: case K::Abort:
    case K::Prepare:
        return true;
    default:
        return false;
    }
}

bool SqlStatementHead::contains(SqlKeyword keyword, int from) const
{
    for (int i = from; i < m_count; ++i) {
        if (m_words[std::size_t(i)] == keyword)
            return true;
    }
    return false;
}

bool SqlStatementHead::containsPair(SqlKeyword first, SqlKeyword second) const
{
    for (int i = 0; i + 1 < m_count; ++i) {
        if (m_words[std::size_t(i)] == first && m_words[std::size_t(i) + 1] == second)
            return true;
    }
    return false;
}

SqlStatementHead::Body SqlStatementHead::body(DatabaseKind dialect) const
{
    const auto decidedBy = [this](int index) { return m_count > index; };
    const auto isRoutine = [](SqlKeyword k) { return k == K::Function || k == K::Procedure; };

    switch (at(0)) {
    case K::Create:
        if (!decidedBy(1))
            return Body::Undecided;
        switch (dialect) {
        case DatabaseKind::Sqlite: // CREATE [TEMP|TEMPORARY] TRIGGER ... BEGIN ... END
            if (at(1) == K::Trigger)
                return Body::Compound;
            if (at(1) != K::Temp && at(1) != K::Temporary)
                return Body::Plain;
            if (!decidedBy(2))
                return Body::Undecided;
            return at(2) == K::Trigger ? Body::Compound : Body::Plain;
        case DatabaseKind::Postgres: // CREATE [OR REPLACE] FUNCTION|PROCEDURE ... BEGIN ATOMIC ... END, as psql
            if (isRoutine(at(1)))
                return Body::Compound;
            if (at(1) != K::Or)
                return Body::Plain;
            if (!decidedBy(3))
                return Body::Undecided;
            return at(2) == K::Replace && isRoutine(at(3)) ? Body::Compound : Body::Plain;
        case DatabaseKind::MySql:
            return mySqlBody();
        }
        return Body::Plain;
    case K::Begin: // MariaDB: BEGIN NOT ATOMIC ... END
        if (dialect != DatabaseKind::MySql)
            return Body::Plain;
        if (!decidedBy(1))
            return Body::Undecided;
        if (at(1) != K::Not)
            return Body::Plain;
        if (!decidedBy(2))
            return Body::Undecided;
        return at(2) == K::Atomic ? Body::OpenedCompound : Body::Plain;
    default:
        return Body::Plain;
    }
}

// CREATE [OR REPLACE] [DEFINER = user] [AGGREGATE] PROCEDURE|FUNCTION|TRIGGER|EVENT: the object type is the
// first word that names one; the definer may be any word.
SqlStatementHead::Body SqlStatementHead::mySqlBody() const
{
    for (int i = 1; i < m_count; ++i) {
        switch (m_words[std::size_t(i)]) {
        case K::Procedure: case K::Function: case K::Trigger: case K::Event:
            return Body::Compound;
        case K::Table: case K::View: case K::Index: case K::Unique: case K::Fulltext: case K::Spatial:
        case K::Database: case K::Schema: case K::User: case K::Role: case K::Server: case K::Tablespace:
        case K::Logfile: case K::Sequence: case K::Resource: case K::Temporary:
            return Body::Plain;
        default:
            break;
        }
    }
    return isFull() ? Body::Plain : Body::Undecided;
}

SqlStatement::Kind SqlStatementHead::kind(DatabaseKind dialect) const
{
    using Kind = SqlStatement::Kind;
    const bool postgres = dialect == DatabaseKind::Postgres;
    switch (at(0)) {
    case K::Begin:
        return dialect == DatabaseKind::MySql && at(1) == K::Not ? Kind::Ordinary : Kind::TransactionControl;
    case K::Start:
        return at(1) == K::Transaction ? Kind::TransactionControl : Kind::Ordinary;
    case K::Commit:
        return at(1) == K::Prepared ? Kind::Ordinary : Kind::TransactionControl;
    case K::End:
        return dialect != DatabaseKind::MySql ? Kind::TransactionControl : Kind::Ordinary;
    case K::Rollback: // ROLLBACK [WORK|TRANSACTION] TO [SAVEPOINT] stays inside the transaction
        if (at(1) == K::Prepared || at(1) == K::To || at(2) == K::To)
            return Kind::Ordinary;
        return Kind::TransactionControl;
    case K::Abort:
        return postgres ? Kind::TransactionControl : Kind::Ordinary;
    case K::Prepare:
        return postgres && at(1) == K::Transaction ? Kind::TransactionControl : Kind::Ordinary;
    default:
        return Kind::Ordinary;
    }
}

bool SqlStatementHead::noTransaction(DatabaseKind dialect) const
{
    if (dialect == DatabaseKind::Sqlite) {
        const auto pragmaOutsideTransaction = [](SqlKeyword k) {
            return k == K::ForeignKeys || k == K::JournalMode; // a no-op or an error inside one
        };
        return at(0) == K::Vacuum
            || (at(0) == K::Pragma && (pragmaOutsideTransaction(at(1)) || pragmaOutsideTransaction(at(2))));
    }
    if (dialect != DatabaseKind::Postgres)
        return false; // MySQL commits around DDL by itself

    const auto wholeClusterObject = [](SqlKeyword k) {
        return k == K::Database || k == K::Tablespace || k == K::Subscription;
    };
    const bool indexConcurrently = (at(1) == K::Index && at(2) == K::Concurrently)
        || (at(1) == K::Unique && at(2) == K::Index && at(3) == K::Concurrently);
    switch (at(0)) {
    case K::Create:
    case K::Drop:
        return indexConcurrently || wholeClusterObject(at(1));
    case K::Reindex:
        return contains(K::Concurrently, 1);
    case K::Vacuum:
        return true;
    case K::Alter: // ALTER TYPE ... ADD VALUE could not run in a transaction before PostgreSQL 12
        return at(1) == K::System || addsEnumValue(dialect);
    case K::Commit:
    case K::Rollback:
        return at(1) == K::Prepared;
    default:
        return false;
    }
}

bool SqlStatementHead::addsEnumValue(DatabaseKind dialect) const
{
    return dialect == DatabaseKind::Postgres && at(0) == K::Alter && at(1) == K::Type && containsPair(K::Add, K::Value);
}

} // namespace tidemark
