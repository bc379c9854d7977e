#pragma once

// The rows of tst_schemasnapshot's objects() table for one database: the statements that make an object, its kind
// and name, what its DDL must say (%db: the database's name) and what it must not.
#include "database/schemasnapshot.h"

#include <QMetaType>

Q_DECLARE_METATYPE(tidemark::SchemaObject::Kind)

namespace tidemark::test {

void addSqliteObjectCases();
void addPostgresObjectCases();
void addMySqlObjectCases();

} // namespace tidemark::test
