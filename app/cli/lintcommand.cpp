#include "lintcommand.h"

#include "core/tr.h"
#include "lintreport.h"
#include "review/migrationreview.h"
#include "run/session.h"

#include <QCoreApplication>

namespace tidemark::cli {
namespace {

std::optional<DatabaseKind> dialectNamed(const QString &name)
{
    for (DatabaseKind kind : {DatabaseKind::Sqlite, DatabaseKind::Postgres, DatabaseKind::MySql})
        if (name == databaseKindName(kind))
            return kind;
    return std::nullopt;
}

// --url's or --profile's driver (nothing connects), else --dialect.
std::optional<DatabaseKind> lintDialect(CliContext &context)
{
    const QCommandLineParser &parser = context.parser();
    std::optional<DatabaseKind> named;
    if (parser.isSet(QStringLiteral("dialect"))) {
        named = dialectNamed(parser.value(QStringLiteral("dialect")));
        if (!named) {
            context.fail(UsageError, Tr::tr("--dialect is sqlite, postgres or mysql"));
            return std::nullopt;
        }
    }
    if (!parser.isSet(QStringLiteral("url")) && !parser.isSet(QStringLiteral("profile"))) {
        if (!named)
            context.fail(UsageError, Tr::tr("lint reads the scripts as one database does: give --dialect "
                                            "sqlite|postgres|mysql, or --url or --profile (it does not connect)"));
        return named;
    }
    const std::optional<ConnectionUrl> url = context.connectionUrl();
    if (!url)
        return std::nullopt;
    if (named && *named != url->dialect) {
        context.fail(UsageError, Tr::tr("--dialect %1 is not the database of %2 (%3)")
                                     .arg(databaseKindName(*named), url->redacted(), databaseKindName(url->dialect)));
        return std::nullopt;
    }
    return url->dialect;
}

// Only the versions given as arguments, when there are any; every one must be in the catalog.
bool selectVersions(CliContext &context, Catalog &catalog)
{
    const QStringList arguments = context.arguments();
    if (arguments.isEmpty())
        return true;
    QList<Migration> selected;
    for (const QString &argument : arguments) {
        const std::optional<Version> version = Version::parse(argument);
        if (!version) {
            context.fail(UsageError, Tr::tr("\"%1\" is not a version").arg(argument));
            return false;
        }
        const Migration *m = catalog.find(*version);
        if (!m) {
            context.fail(UsageError, Tr::tr("there is no migration %1 in the project").arg(version->toString()));
            return false;
        }
        selected.append(*m);
    }
    catalog.migrations = std::move(selected);
    return true;
}

} // namespace

int lintCommand(CliContext &context)
{
    const QString failOn = context.parser().value(QStringLiteral("fail-on"));
    const std::optional<RuleSeverity> threshold = ruleSeverityFromName(failOn);
    if (!threshold || *threshold == RuleSeverity::Note)
        return context.fail(UsageError, Tr::tr("--fail-on is error or warning"));
    const std::optional<DatabaseKind> dialect = lintDialect(context);
    if (!dialect)
        return context.exitCode();
    const std::optional<Project> project = context.loadProject();
    if (!project)
        return context.exitCode();
    QString error;
    std::optional<Catalog> catalog = loadCatalog(*project, &error);
    if (!catalog)
        return context.fail(UsageError, error);
    if (!selectVersions(context, *catalog))
        return context.exitCode();

    LintReport report;
    report.project = *project;
    report.dialect = *dialect;
    report.failOn = *threshold;
    report.migrations = int(catalog->migrations.size());
    report.findings = reviewCatalog(*catalog, *dialect, project->migrationsDir);
    report.diagnostics = catalog->diagnostics;
    const QString format = context.parser().value(QStringLiteral("format"));
    if (format == u"sarif")
        context.out() << lintSarif(report);
    else if (format == u"json")
        context.out() << lintJson(report);
    else
        context.out() << lintText(report);
    context.out().flush();
    return report.passes() ? Success : ValidationFailed;
}

} // namespace tidemark::cli
