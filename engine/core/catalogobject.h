#pragma once

#include <QString>

namespace tidemark {

// An object in a database's catalog, named as a statement names it.
struct CatalogObject
{
    enum class Type { Table, Index, View, Function, Procedure, Trigger, Sequence, Schema, EnumType, Column };

    Type type = Type::Table;
    QString schema; // empty when the statement did not qualify the name
    QString name;   // a column's own name for Column
    QString table;  // the table of a Column, and of an Index or Trigger where the statement names it

    // "index orders_customer_idx", "column orders.note"
    QString describe() const;
};

// Whether an object exists, as the catalog says.
enum class CatalogPresence {
    Absent,
    Present,
    Invalid, // PostgreSQL: an index left INVALID by an interrupted CREATE INDEX CONCURRENTLY
};

} // namespace tidemark
