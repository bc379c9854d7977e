#pragma once

#include <QtGlobal>

namespace tidemark {

// The few keywords the splitter looks at: statement heads and compound-statement bodies.
enum class SqlKeyword : quint8 {
    None, // any other word
    Abort, Add, Alter, Atomic, Begin, Case, Commit, Concurrently, Create, Database,
    Delimiter, Drop, End, Event, ForeignKeys, Fulltext, Function, If, Index, JournalMode, Logfile,
    Loop, Not, Or, Pragma, Prepare, Prepared, Procedure, Reindex, Repeat, Replace, Resource, Role,
    Rollback, Schema, Sequence, Server, Spatial, Start, Subscription, System, Table, Tablespace,
    Temp, Temporary, To, Transaction, Trigger, Type, Unique, User, Vacuum, Value, View, While,
};

// Case-insensitive lookup of a whole word.
SqlKeyword sqlKeyword(const char *word, qsizetype length);

} // namespace tidemark
