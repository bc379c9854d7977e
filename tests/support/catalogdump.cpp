#include "catalogdump.h"

namespace tidemark::test {
namespace {

QString kindLetter(MigrationKind kind)
{
    switch (kind) {
    case MigrationKind::Versioned: return QStringLiteral("V");
    case MigrationKind::Repeatable: return QStringLiteral("R");
    case MigrationKind::Baseline: return QStringLiteral("B");
    }
    return {};
}

QString severityName(const Diagnostic &diagnostic)
{
    return diagnostic.severity == Diagnostic::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

} // namespace

QStringList migrationsOf(const Catalog &catalog, MigrationColumns columns)
{
    QStringList out;
    for (const Migration &m : catalog.migrations) {
        QString line = QStringLiteral("%1 %2").arg(m.version.isEmpty() ? QStringLiteral("-") : m.version.toString(),
                                                   m.description);
        if (columns == MigrationColumns::WithKindAndDown)
            line.prepend(kindLetter(m.kind) + u' ');
        if (columns != MigrationColumns::VersionAndDescription)
            line += m.hasDown ? QStringLiteral(" down") : QStringLiteral(" -");
        out << line;
    }
    return out;
}

QStringList diagnosticsOf(const Catalog &catalog, DiagnosticColumns columns)
{
    QStringList out;
    for (const Diagnostic &d : catalog.diagnostics) {
        if (columns == DiagnosticColumns::SeverityFileAndLine)
            out << QStringLiteral("%1 %2:%3").arg(severityName(d), d.file).arg(d.line);
        else
            out << QStringLiteral("%1:%2").arg(severityName(d)).arg(d.line);
    }
    return out;
}

DiagnosticCounts countDiagnostics(const Catalog &catalog)
{
    DiagnosticCounts counts;
    for (const Diagnostic &d : catalog.diagnostics) {
        (d.severity == Diagnostic::Severity::Error ? counts.errors : counts.warnings)++;
        counts.withoutFile += d.file.isEmpty() ? 1 : 0;
    }
    return counts;
}

QString dump(const Catalog &catalog)
{
    QStringList lines;
    for (const Diagnostic &d : catalog.diagnostics)
        lines << d.toString();
    return lines.join(u'\n');
}

} // namespace tidemark::test
