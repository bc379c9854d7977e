// bench_report [EVENTS] [N] [DIR]: how long an audit report of EVENTS events (default 10 000) takes, per format, as
// the median and spread of N runs (default 7); and the CSV report against the raw client, in interleaved pairs.
// DIR (default: a temporary folder, removed afterwards) keeps the generated project and database; N 0 only makes them.
//
// The events are written into an SQLite database through the engine's own HistoryStore::appendEvent, so the hash
// chain is real: runs of five migrations (run-start with context and plan, start and apply with the SQL of each,
// run-end), every ninth run failing at its third migration, every twentieth waiting for the lock. The project folder
// holds the migrations' files, one in a hundred edited since it ran (a diff in the report, and drift).
// Reported, each as median [min – max] of N:
//   tidemark-cli report --format F --output FILE     end to end: start, read and verify, lay out, write
//   writeAuditReport(F), in process                   the report library alone, on a trail already loaded
//   loadAuditTrail, in process                        reading the events, the history and the files
// and for CSV, N interleaved pairs (tidemark-cli report --format csv, then sqlite3 -csv -header DB
// "SELECT * FROM tidemark_events"), with the median of the pair ratios and their spread.
#include "audit/audittrail.h"
#include "auditreport.h"
#include "core/project.h"
#include "run/session.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace tidemark;

namespace {

struct Spread
{
    double median = 0;
    double min = 0;
    double max = 0;
};

Spread spreadOf(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    const double median = n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
    return {median, values.constFirst(), values.constLast()};
}

QString spreadText(const Spread &s, const char *unit)
{
    return QStringLiteral("%1 %4 [%2 – %3]").arg(s.median, 0, 'f', 3).arg(s.min, 0, 'f', 3).arg(s.max, 0, 'f', 3)
        .arg(QLatin1String(unit));
}

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_report: %s\n", qPrintable(message));
    std::exit(1);
}

QString migrationSql(int version)
{
    return QStringLiteral("-- change %1: the customer table of shop %1\n"
                          "CREATE TABLE customers_%1 (\n"
                          "    id BIGINT PRIMARY KEY,\n"
                          "    name VARCHAR(200) NOT NULL,\n"
                          "    email VARCHAR(320) UNIQUE,\n"
                          "    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP\n"
                          ");\n"
                          "CREATE INDEX customers_%1_name ON customers_%1 (name);\n"
                          "INSERT INTO customers_%1 (id, name, email) VALUES (1, 'Ada, \"the first\"', 'ada@example.org'),"
                          " (2, 'Grace', 'grace@example.org');\n")
        .arg(version);
}

QString scriptName(int version)
{
    return QStringLiteral("%1_customers_%2.up.sql").arg(version, 6, 10, QLatin1Char('0')).arg(version);
}

QString checksumOf(const QString &sql)
{
    return QString::fromLatin1(QCryptographicHash::hash(sql.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// Writes the files and the events; returns how many events were written.
int generate(const QString &projectDir, const QString &databasePath, int eventCount)
{
    QString error;
    const std::optional<Project> project = Project::load(projectDir, &error);
    if (!project)
        die(error);
    const std::optional<ConnectionUrl> url = ConnectionUrl::parse(QStringLiteral("sqlite:") + databasePath, &error);
    std::unique_ptr<Session> session = Session::open(*project, *url, {}, OpenMode::CreateIfMissing, &error);
    if (!session)
        die(error);
    HistoryStore store(session->database(), session->dialect(), project->tables);
    if (!store.ensureTables(&error))
        die(error);
    session->database().transaction();

    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-25);
    int written = 0;
    const auto append = [&](HistoryEvent event) {
        if (!store.appendEvent(event, &error))
            die(error);
        ++written;
    };
    int version = 0;
    for (int run = 0; written < eventCount; ++run) {
        const QString runId = QStringLiteral("00000000-0000-4000-8000-%1").arg(run, 12, 10, QLatin1Char('0'));
        const QString actor = run % 3 ? QStringLiteral("alice@db-admin as app_owner") : QStringLiteral("ci@runner-7 as deploy");
        QDateTime at = start.addSecs(qint64(run) * 2400);
        const auto event = [&](HistoryEvent::Type type) {
            HistoryEvent e;
            e.type = type;
            e.runId = runId;
            e.actor = actor;
            at = at.addMSecs(137);
            e.at = at;
            return e;
        };
        if (run == 0)
            append(event(HistoryEvent::Type::ChainStart));
        RunContext context;
        context.tool = QStringLiteral("tidemark-cli");
        context.command = QStringLiteral("up");
        context.environment = QStringLiteral("production");
        context.target = QStringLiteral("postgres://deploy@db-primary.internal:5432/shop");
        context.databaseKind = QStringLiteral("postgres");
        context.serverVersion = QStringLiteral("PostgreSQL 15.5");
        context.tidemarkVersion = QStringLiteral(TIDEMARK_VERSION);
        context.osUser = actor.section(u'@', 0, 0);
        context.host = actor.section(u'@', 1).section(u' ', 0, 0);
        context.project = QStringLiteral("/srv/shop/migrations");
        context.gitCommit = QStringLiteral("%1").arg(run * 7919 + 1, 40, 16, QLatin1Char('a'));
        for (int m = 1; m <= 5; ++m)
            context.plan.append({Direction::Up, QString::number(version + m), QStringLiteral("customers_%1").arg(version + m),
                                 scriptName(version + m),
                                 checksumOf(migrationSql(version + m))});
        HistoryEvent runStart = event(HistoryEvent::Type::RunStart);
        runStart.details = context.command;
        runStart.data = QString::fromUtf8(QJsonDocument(context.toJson()).toJson(QJsonDocument::Compact));
        append(runStart);
        if (run % 20 == 19) {
            HistoryEvent wait = event(HistoryEvent::Type::LockWait);
            wait.durationMs = 1200 + run;
            wait.details = QStringLiteral("waited %1 ms for ci@runner-3 (pid 4242)").arg(wait.durationMs);
            append(wait);
        }
        const bool fails = run % 9 == 8;
        QString outcome = QStringLiteral("succeeded");
        for (int m = 1; m <= 5; ++m) {
            ++version;
            const QString sql = migrationSql(version);
            HistoryEvent step = event(HistoryEvent::Type::Start);
            step.version = Version({quint64(version)});
            step.description = QStringLiteral("customers_%1").arg(version);
            step.script = scriptName(version);
            step.checksum = checksumOf(sql);
            step.statements = 3;
            step.details = QStringLiteral("up");
            append(step);
            HistoryEvent done = step;
            done.at = at = at.addMSecs(40 + version % 200);
            done.details.clear();
            done.sql = sql;
            done.durationMs = 40 + version % 200;
            if (fails && m == 3) {
                done.type = HistoryEvent::Type::Fail;
                done.statements = 1;
                done.errorStatement = 2;
                done.errorLine = 8;
                done.error = QStringLiteral("%1, statement 2 at line 8: relation \"customers_%2_name\" already exists")
                                 .arg(step.script).arg(version);
                append(done);
                outcome = QStringLiteral("failed");
                break;
            }
            done.type = HistoryEvent::Type::Apply;
            append(done);
            AppliedMigration row;
            row.version = step.version;
            row.description = step.description;
            row.script = step.script;
            row.checksum = step.checksum;
            row.upSql = sql;
            row.appliedBy = actor;
            row.appliedAt = done.at;
            row.executionMs = done.durationMs;
            row.statementsDone = row.statementsTotal = 3;
            row.runId = runId;
            if (!store.insertApplied(row, &error))
                die(error);
            // The file as the project has it now: one in a hundred edited since it ran.
            QFile file(QDir(projectDir).filePath(step.script));
            if (!file.open(QIODevice::WriteOnly))
                die(file.errorString());
            file.write((version % 100 == 50 ? sql + QStringLiteral("ALTER TABLE customers_%1 ADD COLUMN note TEXT;\n").arg(version)
                                            : sql)
                           .toUtf8());
        }
        HistoryEvent end = event(HistoryEvent::Type::RunEnd);
        end.durationMs = at.toMSecsSinceEpoch() - runStart.at.toMSecsSinceEpoch();
        end.details = outcome;
        end.data = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("outcome"), outcome},
                                                               {QStringLiteral("message"), fails ? QStringLiteral("a migration failed")
                                                                                                 : QStringLiteral("migrations done: 5")}})
                                         .toJson(QJsonDocument::Compact));
        append(end);
        if (fails)
            --version; // the next run applies the failed one again, fixed
    }
    session->database().commit();
    return written;
}

double secondsOf(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e9;
}

void runProcess(const QString &program, const QStringList &arguments, const QString &outputFile = {})
{
    QProcess process;
    if (!outputFile.isEmpty())
        process.setStandardOutputFile(outputFile);
    process.start(program, arguments);
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        die(QStringLiteral("%1 %2 failed: %3").arg(program, arguments.join(u' '), QString::fromUtf8(process.readAllStandardError())));
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // the PDF's fonts, without a display
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int eventCount = arguments.value(1, QStringLiteral("10000")).toInt();
    const int n = arguments.value(2, QStringLiteral("7")).toInt();
    const QString cli = QStringLiteral(TIDEMARK_CLI);
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        die(QStringLiteral("sqlite3 is missing (apt-get install sqlite3)"));

    QTemporaryDir temporary;
    const QDir dir(arguments.value(3, temporary.path()));
    if (!dir.exists() || !dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty())
        die(QStringLiteral("%1 must be an empty folder").arg(dir.path()));
    const QString projectDir = dir.filePath(QStringLiteral("migrations"));
    const QString database = dir.filePath(QStringLiteral("events.db"));
    QDir().mkpath(projectDir);
    QElapsedTimer generating;
    generating.start();
    const int written = generate(projectDir, database, eventCount);
    std::printf("%d events in %s, written in %.1f s through HistoryStore::appendEvent\n", written, qPrintable(database),
                double(generating.elapsed()) / 1000);
    if (n <= 0)
        return 0; // generated only, into DIR

    QString error;
    const std::optional<Project> project = Project::load(projectDir, &error);
    const std::optional<ConnectionUrl> url = ConnectionUrl::parse(QStringLiteral("sqlite:") + database, &error);
    std::unique_ptr<Session> session = Session::open(*project, *url, {}, OpenMode::ExistingOnly, &error);
    if (!session)
        die(error);
    std::optional<AuditTrail> trail;
    QList<double> loads;
    for (int i = 0; i < n; ++i)
        loads << secondsOf([&] {
            trail = loadAuditTrail(*session, &error);
            if (!trail)
                die(error);
        });
    std::printf("chain: %s\n", qPrintable(trail->chain.summary()));
    std::printf("\n%-8s %-34s %-34s %s\n", "format", "tidemark-cli report (s)", "writeAuditReport (s)", "size");
    ReportRequest request;
    request.generatedBy = QStringLiteral("bench@localhost");
    for (const ReportFormat format : {ReportFormat::Html, ReportFormat::Pdf, ReportFormat::Csv, ReportFormat::JsonLines}) {
        const QString name = reportFormatName(format);
        const QString out = dir.filePath(QStringLiteral("report.") + reportFileSuffix(format));
        QList<double> cliRuns;
        QList<double> libraryRuns;
        for (int i = 0; i < n; ++i) {
            cliRuns << secondsOf([&] {
                runProcess(cli, {QStringLiteral("report"), QStringLiteral("--project"), projectDir, QStringLiteral("--url"),
                                 url->redacted(), QStringLiteral("--format"), name, QStringLiteral("--output"), out});
            });
            libraryRuns << secondsOf([&] {
                if (!writeAuditReport(*trail, request, format, out, &error))
                    die(error);
            });
        }
        std::printf("%-8s %-34s %-34s %.1f MB\n", qPrintable(name), qPrintable(spreadText(spreadOf(cliRuns), "")),
                    qPrintable(spreadText(spreadOf(libraryRuns), "")), double(QFileInfo(out).size()) / 1e6);
    }
    std::printf("loadAuditTrail, in process: %s s\n", qPrintable(spreadText(spreadOf(loads), "")));

    // CSV against the raw client, A B A B …: the machine's speed drifts, a pair does not.
    QList<double> ratios;
    QList<double> ours;
    QList<double> raw;
    for (int i = 0; i < n; ++i) {
        const double a = secondsOf([&] {
            runProcess(cli, {QStringLiteral("report"), QStringLiteral("--project"), projectDir, QStringLiteral("--url"),
                             url->redacted(), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"),
                             dir.filePath(QStringLiteral("a.csv"))});
        });
        const double b = secondsOf([&] {
            runProcess(sqlite3, {QStringLiteral("-csv"), QStringLiteral("-header"), database,
                                 QStringLiteral("SELECT * FROM tidemark_events")},
                       dir.filePath(QStringLiteral("b.csv")));
        });
        ours << a;
        raw << b;
        ratios << a / b;
    }
    std::printf("\nCSV, %d interleaved pairs:\n  tidemark-cli report --format csv  %s s\n  sqlite3 -csv -header             %s s\n"
                "  ratio (tidemark / sqlite3)        %s\n",
                n, qPrintable(spreadText(spreadOf(ours), "")), qPrintable(spreadText(spreadOf(raw), "")),
                qPrintable(spreadText(spreadOf(ratios), "x")));
    return 0;
}
