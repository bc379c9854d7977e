#include "generatehistory.h"

#include "benchfail.h"
#include "core/project.h"
#include "run/session.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace tidemark {
namespace {

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

} // namespace

int generateHistory(const QString &projectDir, const QString &databasePath, int eventCount)
{
    QString error;
    const std::optional<Project> project = Project::load(projectDir, &error);
    if (!project)
        benchFail(error);
    const std::optional<ConnectionUrl> url = ConnectionUrl::parse(QStringLiteral("sqlite:") + databasePath, &error);
    std::unique_ptr<Session> session = Session::open(*project, *url, {}, OpenMode::CreateIfMissing, &error);
    if (!session)
        benchFail(error);
    HistoryStore store(session->database(), session->dialect(), project->tables);
    if (!store.ensureTables(&error))
        benchFail(error);
    session->database().transaction();

    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-25);
    int written = 0;
    const auto append = [&](HistoryEvent event) {
        if (!store.appendEvent(event, &error))
            benchFail(error);
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
                benchFail(error);
            // The file as the project has it now: one in a hundred edited since it ran.
            QFile file(QDir(projectDir).filePath(step.script));
            if (!file.open(QIODevice::WriteOnly))
                benchFail(file.errorString());
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

} // namespace tidemark
