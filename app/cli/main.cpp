#include "auditcommand.h"
#include "baselinecommand.h"
#include "clicontext.h"
#include "core/debuglog.h"
#include "core/tr.h"
#include "createcommand.h"
#include "driftcommand.h"
#include "lintcommand.h"
#include "profilecommands.h"
#include "reportcommand.h"
#include "runcommands.h"
#include "statuscommands.h"
#include "translator.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <functional>
#include <map>

using namespace tidemark::cli;
using tidemark::Tr;

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        Tr::tr("Database migrations from the command line.\n\n"
           "Commands:\n"
           "  status                 what is applied, pending, modified, missing or failed\n"
           "  up [--to V]            apply pending migrations (--dry-run: the plan; --rehearse: run it and undo it)\n"
           "  down (--steps N|--to V) roll back\n"
           "  goto V                 roll back or apply until exactly V is current\n"
           "  repair V (--mark-applied|--mark-rolled-back)  settle a failed migration fixed by hand\n"
           "  drift V (--accept-file|--restore-file)  settle a modified or missing migration: record the edited\n"
           "                         file in the history, or write the applied text back to its file\n"
           "  baseline V | baseline --from TOOL  record migrations as applied without running them\n"
           "  break-lock             SQLite: take over and release a lock whose holder is provably gone (recorded)\n"
           "  validate               check files and history for problems and drift (exit 3)\n"
           "  lint [V…] [--dialect sqlite|postgres|mysql] [--format text|json|sarif] [--fail-on error|warning]\n"
           "                         the review rules over the migration files (docs/rules); exit 3 when a finding\n"
           "                         at or above --fail-on is not allowed; needs no database (the dialect is\n"
           "                         --url's or --profile's, without connecting, else --dialect)\n"
           "  create NAME            write the next migration in the project's convention\n"
           "  audit verify [--head HASH]  check the events' hash chain (exit 3 naming the first event that does not match)\n"
           "  report [--since DATE] [--until DATE] [--run ID] [--format html|pdf|csv|jsonl] [--output FILE]\n"
           "                         the audit report of the events (default: the last 30 days, HTML, to stdout)\n"
           "  profile add NAME --url URL [--env ENV] [--password-stdin]  save a connection profile\n"
           "  profile list | remove NAME | password NAME --password-stdin | test NAME\n\n"
           "The password comes from the TIDEMARK_PASSWORD environment variable, else from the OS keychain for\n"
           "--profile; never from the command line.\n"
           "A production database (a production profile, or --url reaching one's database) changes only with\n"
           "--confirm DATABASE, or its name typed at a terminal; status, validate, lint, report and --dry-run need nothing.\n"
           "--rehearse asks too: it takes the locks the plan takes, for as long as it runs.\n"
           "Exit codes: 0 success, 1 a run failed, 2 usage or bad input, 3 validation or lint found problems, "
           "4 lock not acquired."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), Tr::tr("status, up, down, goto, repair, drift, baseline, validate, lint or create"));
    parser.addOptions({
        {QStringLiteral("project"), Tr::tr("The project folder (default: the current folder)."), Tr::tr("DIR")},
        {QStringLiteral("url"), Tr::tr("The database: sqlite:PATH, postgres://USER@HOST:PORT/DB, mysql://USER@HOST:PORT/DB."),
         Tr::tr("URL")},
        {QStringLiteral("profile"), Tr::tr("A saved connection profile, in place of --url."), Tr::tr("NAME")},
        {QStringLiteral("env"), Tr::tr("profile add: development, staging or production."), Tr::tr("ENV")},
        {QStringLiteral("password-stdin"), Tr::tr("profile add/password: read the password from standard input.")},
        {QStringLiteral("format"),
         Tr::tr("Output format: text or json; for lint also sarif; for report html, pdf, csv or jsonl."),
         Tr::tr("FORMAT"), QStringLiteral("text")},
        {QStringLiteral("dialect"), Tr::tr("lint: the database the scripts are for, when no --url or --profile says."),
         Tr::tr("DIALECT")},
        {QStringLiteral("fail-on"), Tr::tr("lint: exit 3 on a finding at this severity or above: error or warning."),
         Tr::tr("SEVERITY"), QStringLiteral("error")},
        {QStringLiteral("to"), Tr::tr("Target version for up or down."), Tr::tr("VERSION")},
        {QStringLiteral("steps"), Tr::tr("How many migrations down rolls back."), Tr::tr("N")},
        {QStringLiteral("dry-run"), Tr::tr("Print the plan and change nothing.")},
        {QStringLiteral("rehearse"),
         Tr::tr("up/down/goto: run the plan for real and undo it (a rolled-back transaction; on MariaDB a scratch "
                "database): each step's outcome, time, rows and locks, and the schema diff. Nothing is kept.")},
        {QStringLiteral("resume"), Tr::tr("up: continue a migration that stopped part-way from its next statement.")},
        {QStringLiteral("statement-ran"),
         Tr::tr("up --resume: the statement a stopped run left unknown took effect (you looked).")},
        {QStringLiteral("statement-did-not-run"),
         Tr::tr("up --resume: the statement a stopped run left unknown did not take effect (you looked); it runs again.")},
        {QStringLiteral("ignore-baseline-scripts"),
         Tr::tr("up: on an empty database, run the versioned chain instead of the latest baseline script.")},
        {QStringLiteral("single-transaction"),
         Tr::tr("up/down/goto: run the whole plan in one transaction, all or nothing (CI and dev databases).")},
        {QStringLiteral("from"), Tr::tr("baseline: take over what golang-migrate, goose, flyway or dbmate recorded."),
         Tr::tr("TOOL")},
        {QStringLiteral("mark-applied"), Tr::tr("repair: the failed migration was completed by hand.")},
        {QStringLiteral("mark-rolled-back"), Tr::tr("repair: what the failed migration did was undone by hand.")},
        {QStringLiteral("accept-file"),
         Tr::tr("drift: the edit of a modified migration's file is intended; the history takes its text (nothing runs).")},
        {QStringLiteral("restore-file"),
         Tr::tr("drift: write the applied text back to a modified migration's file, or a missing one's file again.")},
        {QStringLiteral("lock-timeout"), Tr::tr("Seconds to wait for the migration lock."), Tr::tr("SECONDS"),
         QStringLiteral("30")},
        {QStringLiteral("log"), Tr::tr("Append the run log to FILE as JSON Lines."), Tr::tr("FILE")},
        {QStringLiteral("confirm"), Tr::tr("Changing a production database: its name, as a confirmation (at a "
                                           "terminal the name is asked for instead)."),
         Tr::tr("DATABASE")},
        {QStringLiteral("head"), Tr::tr("audit verify: a chain head printed earlier, which the chain must still contain."),
         Tr::tr("HASH")},
        {QStringLiteral("since"), Tr::tr("report: from this day (YYYY-MM-DD, UTC) or time (ISO-8601)."), Tr::tr("DATE")},
        {QStringLiteral("until"), Tr::tr("report: up to and including this day or time."), Tr::tr("DATE")},
        {QStringLiteral("run"), Tr::tr("report: only the run with this id."), Tr::tr("ID")},
        {QStringLiteral("output"), Tr::tr("report: write to FILE (owner-only) instead of standard output."),
         Tr::tr("FILE")},
    });
}

} // namespace

int main(int argc, char *argv[])
{
    tidemark::routeQtMessagesToDebugLog();
    // A PDF is laid out with fonts, which need a QGuiApplication: on the offscreen platform, so that no display is.
    std::unique_ptr<QCoreApplication> application;
    if (wantsPdfReport(argumentsOf(argc, argv))) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Tidemark"));
    QCoreApplication::setApplicationName(QStringLiteral("tidemark"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIDEMARK_VERSION));
    tidemark::installTranslator(app);

    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(app.arguments())) {
        QTextStream(stderr) << Tr::tr("error: %1").arg(parser.errorText()) << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(Success);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    CliContext context(parser);
    const std::map<QString, std::function<int(CliContext &)>> commands = {
        {QStringLiteral("status"), statusCommand},   {QStringLiteral("validate"), validateCommand},
        {QStringLiteral("up"), upCommand},           {QStringLiteral("down"), downCommand},
        {QStringLiteral("goto"), gotoCommand},       {QStringLiteral("create"), createCommand},
        {QStringLiteral("repair"), repairCommand},   {QStringLiteral("baseline"), baselineCommand},
        {QStringLiteral("drift"), driftCommand},     {QStringLiteral("break-lock"), breakLockCommand},
        {QStringLiteral("profile"), profileCommand},   {QStringLiteral("audit"), auditCommand},
        {QStringLiteral("report"), reportCommand},   {QStringLiteral("lint"), lintCommand},
    };
    const QStringList positional = parser.positionalArguments();
    // report has formats of its own and checks them itself; lint also writes SARIF.
    const QString format = parser.value(QStringLiteral("format"));
    const bool lintFormat = positional.value(0) == u"lint" && format == u"sarif";
    if (positional.value(0) != u"report" && format != u"text" && format != u"json" && !lintFormat)
        return context.fail(UsageError, positional.value(0) == u"lint" ? Tr::tr("--format is text, json or sarif")
                                                                       : Tr::tr("--format is text or json"));
    const auto command = positional.isEmpty() ? commands.end() : commands.find(positional.constFirst());
    if (command == commands.end())
        return context.fail(UsageError, positional.isEmpty()
                                            ? Tr::tr("no command given; try tidemark-cli --help")
                                            : Tr::tr("unknown command \"%1\"; try tidemark-cli --help")
                                                  .arg(positional.constFirst()));
    return command->second(context);
}
