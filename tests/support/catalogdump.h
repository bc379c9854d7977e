#pragma once

#include "core/catalog.h"

#include <QString>
#include <QStringList>

namespace tidemark::test {

// What the convention tests compare a catalog with: short, readable lines instead of structs.
enum class MigrationColumns {
    VersionAndDescription, // "1.2 add users"
    WithDown,              // "1.2 add users down" / "1.2 add users -"
    WithKindAndDown,       // "V 1.2 add users down" / "R - my view -"
};

// One line per migration, in catalog order; a migration without a version shows "-".
QStringList migrationsOf(const Catalog &catalog, MigrationColumns columns = MigrationColumns::VersionAndDescription);

// One line per diagnostic, in order: "error:3" / "warning:0", or with the file: "error V2__bad.sql:0".
enum class DiagnosticColumns { SeverityAndLine, SeverityFileAndLine };
QStringList diagnosticsOf(const Catalog &catalog, DiagnosticColumns columns = DiagnosticColumns::SeverityAndLine);

struct DiagnosticCounts
{
    int warnings = 0;
    int errors = 0;
    int withoutFile = 0; // every diagnostic of a convention should name the file it is about
};
DiagnosticCounts countDiagnostics(const Catalog &catalog);

// Every diagnostic in full, one a line: the failure message when a catalog should have been clean.
QString dump(const Catalog &catalog);

} // namespace tidemark::test
