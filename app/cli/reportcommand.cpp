#include "reportcommand.h"

#include "audit/audittrail.h"
#include "auditreport.h"
#include "connections/connectionprofile.h"
#include "core/tr.h"
#include "database/migrationlock.h"
#include "reportperiod.h"
#include "reportrender.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace tidemark::cli {
namespace {

bool hasRun(const AuditTrail &trail, const QString &runId)
{
    return std::any_of(trail.runs.cbegin(), trail.runs.cend(), [&](const AuditRun &run) { return run.runId == runId; });
}

int writeToStandardOutput(CliContext &context, const QByteArray &bytes)
{
    context.out().flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush())
        return context.fail(RunFailed, Tr::tr("cannot write the report to standard output: %1").arg(out.errorString()));
    return Success;
}

} // namespace

bool wantsPdfReport(const QStringList &arguments)
{
    const qsizetype format = arguments.indexOf(QStringLiteral("--format"));
    return arguments.contains(QStringLiteral("report"))
           && (arguments.contains(QStringLiteral("--format=pdf"))
               || (format >= 0 && arguments.value(format + 1) == QLatin1String("pdf")));
}

int reportCommand(CliContext &context)
{
    const QCommandLineParser &parser = context.parser();
    if (!context.arguments().isEmpty())
        return context.fail(UsageError, Tr::tr("report takes no arguments: report [--since DATE] [--until DATE] "
                                               "[--run ID] [--format html|pdf|csv|jsonl] [--output FILE]"));
    const QString formatName = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format"))
                                                                       : QStringLiteral("html");
    const std::optional<ReportFormat> format = reportFormatFromName(formatName);
    if (!format)
        return context.fail(UsageError, Tr::tr("--format for report is html, pdf, csv or jsonl, not \"%1\"").arg(formatName));
    const QString output = parser.value(QStringLiteral("output"));
    if (*format == ReportFormat::Pdf && output.isEmpty())
        return context.fail(UsageError, Tr::tr("a PDF report needs --output FILE: it is not written to a terminal"));

    ReportRequest request;
    request.runId = parser.value(QStringLiteral("run")).trimmed();
    const QString since = parser.value(QStringLiteral("since"));
    const QString until = parser.value(QStringLiteral("until"));
    if (parser.isSet(QStringLiteral("run")) && request.runId.isEmpty())
        return context.fail(UsageError, Tr::tr("--run needs a run id, as the report or the run log shows it"));
    if (!request.runId.isEmpty() && (!since.isEmpty() || !until.isEmpty()))
        return context.fail(UsageError, Tr::tr("--run reports one run: leave out --since and --until"));
    QString error;
    const std::optional<AuditPeriod> period = reportPeriod(since, until, &error);
    if (!period)
        return context.fail(UsageError, error);
    request.period = *period;
    const LockIdentity me = LockIdentity::current({});
    request.generatedBy = me.owner + u'@' + me.host;
    if (const std::optional<ConnectionProfile> profile = context.profile())
        request.environment = ConnectionProfile::environmentName(profile->environment);

    const std::unique_ptr<Session> session = context.openSession(OpenMode::ExistingOnly);
    if (!session)
        return context.exitCode();
    const std::optional<AuditTrail> trail = loadAuditTrail(*session, &error);
    if (!trail)
        return context.fail(RunFailed, error);
    if (!request.runId.isEmpty() && !hasRun(*trail, request.runId))
        return context.fail(UsageError, Tr::tr("there is no run \"%1\" in the events of %2").arg(request.runId, trail->target));
    if (!trail->chain.holds)
        context.err() << Tr::tr("warning: the events' hash chain is %1; the report says so on its cover")
                             .arg(trail->chain.summary())
                      << Qt::endl;

    if (output.isEmpty()) {
        const std::optional<QByteArray> bytes = renderAuditReport(*trail, request, *format, &error);
        return bytes ? writeToStandardOutput(context, *bytes) : context.fail(RunFailed, error);
    }
    if (!writeAuditReport(*trail, request, *format, output, &error))
        return context.fail(RunFailed, error);
    const qsizetype runs = runsIn(trail->runs, request.period, request.runId).size();
    context.out() << Tr::tr("wrote the %1 report to %2 (runs: %3)").arg(formatName, output).arg(runs) << Qt::endl;
    return Success;
}

} // namespace tidemark::cli
