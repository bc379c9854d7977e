#include "lintreport.h"

#include "core/tr.h"
#include "runprinter.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tidemark::cli {
namespace {

int countOf(const LintReport &report, RuleSeverity severity)
{
    return int(std::count_if(report.findings.cbegin(), report.findings.cend(),
                             [severity](const ReviewFinding &f) { return f.severity == severity; }));
}

int allowedCount(const LintReport &report)
{
    return int(std::count_if(report.findings.cbegin(), report.findings.cend(),
                             [](const ReviewFinding &f) { return f.allowed; }));
}

QJsonObject findingJson(const LintReport &report, const ReviewFinding &f)
{
    return {
        {QStringLiteral("rule"), f.ruleInfo().name()},
        {QStringLiteral("severity"), ruleSeverityName(f.severity)},
        {QStringLiteral("category"), ruleCategoryName(f.ruleInfo().category)},
        {QStringLiteral("message"), f.message},
        {QStringLiteral("file"), report.projectPath(f.file)},
        {QStringLiteral("line"), f.line},
        {QStringLiteral("end_line"), f.endLine},
        {QStringLiteral("version"), f.version.isEmpty() ? QJsonValue() : QJsonValue(f.version.toString())},
        {QStringLiteral("description"), f.description},
        {QStringLiteral("allowed"), f.allowed},
        {QStringLiteral("allow_reason"), f.allowed ? QJsonValue(f.allowReason) : QJsonValue()},
        {QStringLiteral("docs"), f.ruleInfo().docPage()},
    };
}

} // namespace

QString LintReport::projectPath(const QString &migrationsFile) const
{
    return QDir(project.rootDir).relativeFilePath(QDir(project.migrationsDir).filePath(migrationsFile));
}

bool LintReport::passes() const
{
    return !hasErrors(diagnostics) && !anyFails(findings, failOn);
}

QString lintText(const LintReport &report)
{
    QString text;
    for (Diagnostic d : report.diagnostics) {
        d.file = report.projectPath(d.file);
        text += d.toString() + u'\n';
    }
    for (ReviewFinding f : report.findings) {
        f.file = report.projectPath(f.file);
        text += f.toString() + u'\n';
    }
    const int failing = int(std::count_if(report.findings.cbegin(), report.findings.cend(),
                                          [&](const ReviewFinding &f) { return f.fails(report.failOn); }));
    text += Tr::tr("%n migration(s) linted for %1: ", nullptr, report.migrations).arg(databaseKindName(report.dialect))
          + QStringList{Tr::tr("%n error(s)", nullptr, countOf(report, RuleSeverity::Error)),
                        Tr::tr("%n warning(s)", nullptr, countOf(report, RuleSeverity::Warning)),
                        Tr::tr("%n note(s)", nullptr, countOf(report, RuleSeverity::Note)),
                        Tr::tr("%n of them allowed", nullptr, allowedCount(report))}
                .join(QStringLiteral(", "))
          + u'\n';
    if (hasErrors(report.diagnostics))
        text += Tr::tr("lint failed: the migration files have errors") + u'\n';
    else if (failing > 0)
        text += Tr::tr("lint failed: %1 finding(s) at %2 or above are not allowed")
                    .arg(failing)
                    .arg(ruleSeverityName(report.failOn))
              + u'\n';
    else
        text += Tr::tr("lint passed (--fail-on %1)").arg(ruleSeverityName(report.failOn)) + u'\n';
    return text;
}

QByteArray lintJson(const LintReport &report)
{
    QJsonArray findings;
    for (const ReviewFinding &f : report.findings)
        findings.append(findingJson(report, f));
    QJsonArray diagnostics;
    for (const Diagnostic &d : report.diagnostics) {
        QJsonObject json = diagnosticJson(d);
        json.insert(QStringLiteral("file"), report.projectPath(d.file));
        diagnostics.append(json);
    }
    const QJsonObject json{
        {QStringLiteral("passed"), report.passes()},
        {QStringLiteral("dialect"), databaseKindName(report.dialect)},
        {QStringLiteral("fail_on"), ruleSeverityName(report.failOn)},
        {QStringLiteral("migrations"), report.migrations},
        {QStringLiteral("counts"),
         QJsonObject{{QStringLiteral("error"), countOf(report, RuleSeverity::Error)},
                     {QStringLiteral("warning"), countOf(report, RuleSeverity::Warning)},
                     {QStringLiteral("note"), countOf(report, RuleSeverity::Note)},
                     {QStringLiteral("allowed"), allowedCount(report)}}},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("diagnostics"), diagnostics},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

} // namespace tidemark::cli
