#pragma once

#include "core/catalogobject.h"
#include "core/databasekind.h"

#include <QByteArrayView>

#include <optional>

namespace tidemark {

// What a DDL statement creates or drops, read from its words, so that the catalog can tell afterwards whether it
// took effect. Only statements whose whole effect is one object's existence have a target: CREATE and DROP of a
// table, index, view, routine, trigger, sequence, schema or type, and ALTER TABLE ... ADD or DROP of one column.
struct StatementTarget
{
    enum class Effect { Creates, Drops };

    Effect effect = Effect::Creates;
    CatalogObject object;
    bool replaces = false;     // CREATE OR REPLACE: the object's existence shows nothing, and running it again is safe
    bool concurrently = false; // CREATE INDEX CONCURRENTLY, which a crash can leave INVALID
};

std::optional<StatementTarget> statementTarget(QByteArrayView statement, DatabaseKind dialect);

} // namespace tidemark
