#pragma once

#include "core/catalog.h"
#include "core/project.h"
#include "review/reviewfinding.h"

#include <QByteArray>
#include <QString>

namespace tidemark::cli {

// What one lint run found, for the three outputs.
struct LintReport
{
    Project project;
    DatabaseKind dialect = DatabaseKind::Sqlite;
    RuleSeverity failOn = RuleSeverity::Error;
    int migrations = 0; // how many were reviewed
    QList<ReviewFinding> findings;
    QList<Diagnostic> diagnostics; // the catalog's: an error among them fails the run as validate does

    // A file of the migrations folder as a path relative to the project root, as every output names it.
    QString projectPath(const QString &migrationsFile) const;
    bool passes() const;
};

QString lintText(const LintReport &report);  // "file:line: severity rule-id: message" lines and a summary
QByteArray lintJson(const LintReport &report);
QByteArray lintSarif(const LintReport &report); // SARIF 2.1.0 (lintsarif.cpp)

} // namespace tidemark::cli
