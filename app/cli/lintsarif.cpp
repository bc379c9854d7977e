// lint --format sarif: SARIF 2.1.0 (OASIS), so that code-scanning tools show each finding on its lines. Every
// registered rule is in tool.driver.rules, in registry order, so that a result's ruleIndex is its RuleId. Paths are
// relative to the project root under the base id %SRCROOT%; allowed findings carry an inSource suppression with
// the allow comment's reason; the catalog's diagnostics are the invocation's tool execution notifications.
#include "lintreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace tidemark::cli {
namespace {

QJsonObject text(const QString &value)
{
    return {{QStringLiteral("text"), value}};
}

// "pg-index-not-concurrent" → "PgIndexNotConcurrent": SARIF's name, an identifier a person can read.
QString pascalCase(const QString &id)
{
    QString name;
    for (const QString &part : id.split(u'-', Qt::SkipEmptyParts))
        name += part.front().toUpper() + part.mid(1);
    return name;
}

QJsonObject ruleJson(const ReviewRule &rule)
{
    const QString page = rule.docPage();
    return {
        {QStringLiteral("id"), rule.name()},
        {QStringLiteral("name"), pascalCase(rule.name())},
        {QStringLiteral("shortDescription"), text(rule.title())},
        {QStringLiteral("fullDescription"), text(rule.why())},
        {QStringLiteral("help"),
         QJsonObject{{QStringLiteral("text"), QStringLiteral("%1 See %2 in Tidemark's documentation.").arg(rule.why(), page)},
                     {QStringLiteral("markdown"),
                      QStringLiteral("**%1**\n\n%2\n\nSee `%3` in Tidemark's documentation.").arg(rule.title(), rule.why(), page)}}},
        {QStringLiteral("defaultConfiguration"), QJsonObject{{QStringLiteral("level"), ruleSeverityName(rule.severity)}}},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("docs"), page},
                     {QStringLiteral("category"), ruleCategoryName(rule.category)},
                     {QStringLiteral("tags"), QJsonArray{ruleCategoryName(rule.category)}}}},
    };
}

QJsonObject location(const LintReport &report, const QString &file, int line, int endLine)
{
    QJsonObject physical{{QStringLiteral("artifactLocation"),
                          QJsonObject{{QStringLiteral("uri"), report.projectPath(file)},
                                      {QStringLiteral("uriBaseId"), QStringLiteral("%SRCROOT%")}}}};
    if (line > 0) // 0: the file as a whole, which has no region
        physical.insert(QStringLiteral("region"),
                        QJsonObject{{QStringLiteral("startLine"), line}, {QStringLiteral("endLine"), std::max(line, endLine)}});
    return {{QStringLiteral("physicalLocation"), physical}};
}

QJsonObject resultJson(const LintReport &report, const ReviewFinding &f)
{
    QJsonObject result{
        {QStringLiteral("ruleId"), f.ruleInfo().name()},
        {QStringLiteral("ruleIndex"), int(f.rule)},
        {QStringLiteral("level"), ruleSeverityName(f.severity)},
        {QStringLiteral("message"), text(f.message)},
        {QStringLiteral("locations"), QJsonArray{location(report, f.file, f.line, f.endLine)}},
    };
    if (!f.version.isEmpty())
        result.insert(QStringLiteral("properties"), QJsonObject{{QStringLiteral("version"), f.version.toString()}});
    if (f.allowed)
        result.insert(QStringLiteral("suppressions"),
                      QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("inSource")},
                                             {QStringLiteral("justification"), f.allowReason},
                                             {QStringLiteral("location"),
                                              location(report, f.allowFile, f.allowLine, f.allowLine)}}});
    return result;
}

QJsonObject invocationJson(const LintReport &report)
{
    QJsonArray notifications;
    for (const Diagnostic &d : report.diagnostics)
        notifications.append(QJsonObject{
            {QStringLiteral("level"), d.severity == Diagnostic::Severity::Error ? "error" : "warning"},
            {QStringLiteral("message"), text(d.message)},
            {QStringLiteral("locations"), QJsonArray{location(report, d.file, d.line, d.line)}},
        });
    QJsonObject invocation{{QStringLiteral("executionSuccessful"), !hasErrors(report.diagnostics)}};
    if (!notifications.isEmpty())
        invocation.insert(QStringLiteral("toolExecutionNotifications"), notifications);
    return invocation;
}

} // namespace

QByteArray lintSarif(const LintReport &report)
{
    QJsonArray rules;
    for (const ReviewRule &rule : reviewRules())
        rules.append(ruleJson(rule));
    QJsonArray results;
    for (const ReviewFinding &f : report.findings)
        results.append(resultJson(report, f));
    QString root = QUrl::fromLocalFile(report.project.rootDir).toString();
    if (!root.endsWith(u'/'))
        root += u'/'; // a base URI names a folder
    const QJsonObject run{
        {QStringLiteral("tool"),
         QJsonObject{{QStringLiteral("driver"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("tidemark")},
                                  {QStringLiteral("version"), QStringLiteral(TIDEMARK_VERSION)},
                                  {QStringLiteral("rules"), rules}}}}},
        {QStringLiteral("originalUriBaseIds"),
         QJsonObject{{QStringLiteral("%SRCROOT%"), QJsonObject{{QStringLiteral("uri"), root}}}}},
        {QStringLiteral("invocations"), QJsonArray{invocationJson(report)}},
        {QStringLiteral("results"), results},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("dialect"), databaseKindName(report.dialect)}}},
    };
    const QJsonObject log{
        {QStringLiteral("$schema"), QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
        {QStringLiteral("version"), QStringLiteral("2.1.0")},
        {QStringLiteral("runs"), QJsonArray{run}},
    };
    return QJsonDocument(log).toJson(QJsonDocument::Indented);
}

} // namespace tidemark::cli
