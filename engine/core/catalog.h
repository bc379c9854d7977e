#pragma once

#include "diagnostic.h"
#include "migration.h"

#include <QList>

namespace tidemark {

// What the project's files say: the migrations in version order, and every problem found reading them.
struct Catalog
{
    QList<Migration> migrations;
    QList<Diagnostic> diagnostics;

    const Migration *find(const Version &version) const;
};

} // namespace tidemark
