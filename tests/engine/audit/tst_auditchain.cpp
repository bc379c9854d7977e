// The events table as the audit record, on every database (ctest runs this suite on SQLite, PostgreSQL and
// MariaDB): what each run writes, the hash chain over it, and `tidemark-cli audit verify` naming the first event
// someone changed or deleted behind the append-only triggers.
#include "audit/chainverdict.h"
#include "clirunner.h"
#include "history/eventchain.h"
#include "testproject.h"
#include "testservers.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace tidemark;
using tidemark::test::CliRun;
using tidemark::test::CliRunner;
using tidemark::test::TestProject;

namespace {

QList<HistoryEvent> eventsOf(Session &session)
{
    QString error;
    const HistoryStore store(session.database(), session.dialect(), session.project().tables);
    const std::optional<QList<HistoryEvent>> events = store.readEvents(&error);
    if (!events)
        qFatal("could not read the events: %s", qPrintable(error));
    return *events;
}

QList<HistoryEvent> ofType(const QList<HistoryEvent> &events, HistoryEvent::Type type)
{
    QList<HistoryEvent> found;
    for (const HistoryEvent &e : events)
        if (e.type == type)
            found.append(e);
    return found;
}

QJsonObject dataOf(const HistoryEvent &event)
{
    return QJsonDocument::fromJson(event.data.toUtf8()).object();
}

// What lets someone with owner rights change the events: the append-only triggers dropped.
void dropAppendOnlyGuard(const TestProject &p)
{
    switch (p.dialect()) {
    case DatabaseKind::Sqlite:
        QVERIFY(p.exec(QStringLiteral("DROP TRIGGER tidemark_events_no_update")));
        QVERIFY(p.exec(QStringLiteral("DROP TRIGGER tidemark_events_no_delete")));
        break;
    case DatabaseKind::Postgres:
        QVERIFY(p.exec(QStringLiteral("DROP TRIGGER tidemark_events_append_only ON tidemark_events")));
        break;
    case DatabaseKind::MySql:
        QVERIFY(p.exec(QStringLiteral("DROP TRIGGER tidemark_events_no_update")));
        QVERIFY(p.exec(QStringLiteral("DROP TRIGGER tidemark_events_no_delete")));
        break;
    }
}

CliRun cli(const TestProject &p, const QStringList &arguments)
{
    return CliRunner::withPassword(p.password())
        .run(arguments + QStringList{QStringLiteral("--project"), p.migrationsDir(), QStringLiteral("--url"), p.urlText()});
}

CliRun verify(const TestProject &p, const QStringList &extra = {})
{
    return cli(p, QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + extra);
}

RunResult upAll(Session &session)
{
    return tidemark::test::runFreshPlan(session, [&](const ProjectStatus &status) {
        return planUp(status, session.dialect().kind(), UpOptions{});
    });
}

} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT

private slots:
    void aRunRecordsItsContextPlanAndEveryMigration();
    void theChainHoldsAndVerifyPrintsItsHead();
    void aFailedRunRecordsTheFailureAndItsEnd();
    void anEditedEventIsNamed();
    void aDeletedEventIsNamedByTheOneAfterIt();
    void aDeletedTailIsCaughtByAnEarlierHead();
    void theChainCannotFork();
    void anOlderDatabaseIsUpgradedAndItsEventsSealed();
    void aLockWaitIsRecorded();
};

void TestAuditChain::aRunRecordsItsContextPlanAndEveryMigration()
{
    TestProject p;
    tidemark::test::writeTableMigrations(p, 3);
    const CliRun run = cli(p, {QStringLiteral("up")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    const std::unique_ptr<Session> session = p.open();
    const QList<HistoryEvent> events = eventsOf(*session);

    QCOMPARE(events.first().type, HistoryEvent::Type::ChainStart);
    const QList<HistoryEvent> starts = ofType(events, HistoryEvent::Type::RunStart);
    QCOMPARE(starts.size(), 1);
    const RunContext context = RunContext::fromJson(dataOf(starts.first()));
    QCOMPARE(context.tool, QStringLiteral("tidemark-cli"));
    QCOMPARE(context.command, QStringLiteral("up"));
    QCOMPARE(context.target, p.url().redacted());
    QCOMPARE(context.databaseKind, databaseKindName(p.dialect()));
    QVERIFY2(!context.serverVersion.isEmpty(), qPrintable(starts.first().data));
    QCOMPARE(context.tidemarkVersion, QStringLiteral(TIDEMARK_VERSION));
    QVERIFY(!context.osUser.isEmpty());
    QVERIFY(!context.host.isEmpty());
    QCOMPARE(context.project, p.project().rootDir);
    QCOMPARE(context.gitCommit, QString()); // a temporary folder is no git checkout
    if (p.dialect() != DatabaseKind::Sqlite)
        QCOMPARE(context.databaseUser, p.url().user);
    QCOMPARE(context.plan.size(), 3);

    QString error;
    const std::optional<ProjectStatus> status = session->status(&error);
    QVERIFY2(status, qPrintable(error));
    const QList<HistoryEvent> applied = ofType(events, HistoryEvent::Type::Apply);
    QCOMPARE(applied.size(), 3);
    QCOMPARE(ofType(events, HistoryEvent::Type::Start).size(), 3);
    for (int i = 0; i < 3; ++i) {
        const MigrationStatus &m = status->migrations.at(i);
        QCOMPARE(context.plan.at(i).version, m.version.toString());
        QCOMPARE(context.plan.at(i).checksum, m.file->checksum);
        QCOMPARE(applied.at(i).version, m.version);
        QCOMPARE(applied.at(i).checksum, m.file->checksum);
        QCOMPARE(applied.at(i).sql, m.file->upSql);
        QCOMPARE(applied.at(i).statements, 2);
        QVERIFY(applied.at(i).durationMs >= 0);
        QCOMPARE(applied.at(i).runId, starts.first().runId);
    }
    const HistoryEvent end = events.last();
    QCOMPARE(end.type, HistoryEvent::Type::RunEnd);
    QCOMPARE(dataOf(end).value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(dataOf(end).value(QStringLiteral("steps_done")).toInt(), 3);
    QVERIFY(!events.last().data.contains(p.password()) || p.password().isEmpty());

    // Nothing to do writes nothing.
    const qsizetype before = events.size();
    QCOMPARE(cli(p, {QStringLiteral("up")}).exitCode, 0);
    QCOMPARE(eventsOf(*session).size(), before);
}

void TestAuditChain::theChainHoldsAndVerifyPrintsItsHead()
{
    TestProject p;
    tidemark::test::writeTableMigrations(p, 2);
    const std::unique_ptr<Session> session = p.open();
    QCOMPARE(upAll(*session).outcome, RunOutcome::Succeeded);
    tidemark::test::writeTableMigrations(p, 3);
    QCOMPARE(upAll(*session).outcome, RunOutcome::Succeeded);

    const QList<HistoryEvent> events = eventsOf(*session);
    QCOMPARE(ofType(events, HistoryEvent::Type::ChainStart).size(), 1);
    QCOMPARE(events.first().prevHash, QString());
    for (qsizetype i = 1; i < events.size(); ++i) {
        QCOMPARE(events.at(i).prevHash, events.at(i - 1).hash);
        QCOMPARE(chainHash(events.at(i).prevHash, canonicalEventContent(eventContent(events.at(i)))), events.at(i).hash);
    }
    const ChainVerdict verdict = verifyChain(events);
    QVERIFY(verdict.started);
    QVERIFY2(verdict.holds, qPrintable(verdict.summary()));
    QCOMPARE(verdict.head, events.last().hash);

    const CliRun run = verify(p);
    QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    QVERIFY2(run.out.contains(events.last().hash), qPrintable(run.out));
    const CliRun json = verify(p, {QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.json().value(QStringLiteral("holds")).toBool(), true);
    QCOMPARE(json.json().value(QStringLiteral("chained_events")).toInt(), int(events.size()));
}

void TestAuditChain::aFailedRunRecordsTheFailureAndItsEnd()
{
    TestProject p;
    p.write(QStringLiteral("001_good"), QStringLiteral("CREATE TABLE good (id INT);\n"), QStringLiteral("DROP TABLE good;\n"));
    p.write(QStringLiteral("002_bad"), QStringLiteral("CREATE TABLE bad (id INT);\nINSERT INTO no_such_table VALUES (1);\n"),
            QStringLiteral("DROP TABLE bad;\n"));
    const CliRun run = cli(p, {QStringLiteral("up")});
    QCOMPARE(run.exitCode, 1);
    const std::unique_ptr<Session> session = p.open();
    const QList<HistoryEvent> events = eventsOf(*session);
    const QList<HistoryEvent> failed = ofType(events, HistoryEvent::Type::Fail);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().version.toString(), QStringLiteral("2"));
    QCOMPARE(failed.first().errorStatement, 2);
    QCOMPARE(failed.first().errorLine, 2);
    QCOMPARE(failed.first().statements, 1); // ran before the one that failed
    QVERIFY(failed.first().sql.contains(QLatin1String("no_such_table")));
    QVERIFY(failed.first().error.contains(QLatin1String("no_such_table")));
    QCOMPARE(events.last().type, HistoryEvent::Type::RunEnd);
    QCOMPARE(dataOf(events.last()).value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
    QVERIFY(verifyChain(events).holds);
}

void TestAuditChain::anEditedEventIsNamed()
{
    TestProject p;
    tidemark::test::writeTableMigrations(p, 3);
    QCOMPARE(cli(p, {QStringLiteral("up")}).exitCode, 0);
    const std::unique_ptr<Session> session = p.open();
    const HistoryEvent target = ofType(eventsOf(*session), HistoryEvent::Type::Apply).at(1);
    dropAppendOnlyGuard(p);
    QVERIFY(p.exec(QStringLiteral("UPDATE tidemark_events SET actor = 'mallory' WHERE id = %1").arg(target.id)));

    const CliRun run = verify(p);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.contains(QStringLiteral("event %1 ").arg(target.id)), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("content was changed")), qPrintable(run.out));
    const ChainVerdict verdict = verifyChain(eventsOf(*session));
    QCOMPARE(verdict.brokenAt, target.id);
}

void TestAuditChain::aDeletedEventIsNamedByTheOneAfterIt()
{
    TestProject p;
    tidemark::test::writeTableMigrations(p, 3);
    QCOMPARE(cli(p, {QStringLiteral("up")}).exitCode, 0);
    const std::unique_ptr<Session> session = p.open();
    const QList<HistoryEvent> events = eventsOf(*session);
    const qsizetype gone = events.size() / 2;
    dropAppendOnlyGuard(p);
    QVERIFY(p.exec(QStringLiteral("DELETE FROM tidemark_events WHERE id = %1").arg(events.at(gone).id)));

    const CliRun run = verify(p);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.contains(QStringLiteral("event %1 ").arg(events.at(gone + 1).id)), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("does not follow event %1").arg(events.at(gone - 1).id)), qPrintable(run.out));
}

void TestAuditChain::aDeletedTailIsCaughtByAnEarlierHead()
{
    TestProject p;
    tidemark::test::writeTableMigrations(p, 2);
    QCOMPARE(cli(p, {QStringLiteral("up")}).exitCode, 0);
    const std::unique_ptr<Session> session = p.open();
    const QList<HistoryEvent> events = eventsOf(*session);
    const QString head = events.last().hash;
    QCOMPARE(verify(p, {QStringLiteral("--head"), head}).exitCode, 0);

    dropAppendOnlyGuard(p);
    QVERIFY(p.exec(QStringLiteral("DELETE FROM tidemark_events WHERE id = %1").arg(events.last().id)));
    QCOMPARE(verify(p).exitCode, 0); // what is left is still a chain, only shorter
    const CliRun anchored = verify(p, {QStringLiteral("--head"), head});
    QCOMPARE(anchored.exitCode, 3);
    QVERIFY2(anchored.out.contains(head) && anchored.out.contains(QLatin1String("not in the chain")), qPrintable(anchored.out));
}

void TestAuditChain::theChainCannotFork()
{
    TestProject p;
    tidemark::test::writeTableMigrations(p, 1);
    QCOMPARE(cli(p, {QStringLiteral("up")}).exitCode, 0);
    const std::unique_ptr<Session> session = p.open();
    const HistoryEvent last = eventsOf(*session).last();
    // A second event chained to the same predecessor, as a writer without the lock would make it.
    const bool forked = p.exec(QStringLiteral("INSERT INTO tidemark_events (event, actor, at, prev_hash, hash) "
                                              "VALUES ('run-start', 'x', '%1', '%2', 'f')")
                                   .arg(QStringLiteral("2026-01-01 00:00:00"), last.prevHash));
    QVERIFY(!forked);
    QVERIFY(p.exec(QStringLiteral("INSERT INTO tidemark_events (event, actor, at, prev_hash, hash) "
                                  "VALUES ('run-start', 'x', '%1', 'another', 'f')")
                       .arg(QStringLiteral("2026-01-01 00:00:00")))); // the same row chained elsewhere is taken
}

void TestAuditChain::anOlderDatabaseIsUpgradedAndItsEventsSealed()
{
    TestProject p;
    tidemark::test::writeTableMigrations(p, 2);
    {
        // The tables as Tidemark's first version made them, with two events from then.
        const std::unique_ptr<Session> session = p.open();
        for (const QString &sql : session->dialect().createTablesSql(session->project().tables))
            QVERIFY2(p.exec(sql), qPrintable(sql));
        for (int i = 0; i < 2; ++i)
            QVERIFY(p.exec(QStringLiteral("INSERT INTO tidemark_events (event, version, description, script, run_id, actor, "
                                          "at) VALUES ('repair', '9%1', 'old', 'old.sql', 'r0', 'olddba@host', "
                                          "'%2')")
                               .arg(i + 1)
                               .arg(p.dialect() == DatabaseKind::Sqlite ? QStringLiteral("2025-11-0%1T10:00:00.000Z").arg(i + 1)
                                                                        : QStringLiteral("2025-11-0%1 10:00:00").arg(i + 1))));
    }
    QCOMPARE(cli(p, {QStringLiteral("up")}).exitCode, 0);
    const std::unique_ptr<Session> session = p.open();
    const QList<HistoryEvent> events = eventsOf(*session);
    QCOMPARE(events.at(0).hash, QString());
    QCOMPARE(events.at(2).type, HistoryEvent::Type::ChainStart);
    const HistoryEvent upgrade = events.at(3);
    QCOMPARE(upgrade.type, HistoryEvent::Type::Upgrade);
    const QJsonArray added = dataOf(upgrade).value(QStringLiteral("added")).toArray();
    QVERIFY2(added.contains(QStringLiteral("tidemark_events.hash")), qPrintable(upgrade.data));
    QVERIFY2(added.contains(QStringLiteral("tidemark_history.pending_statement")), qPrintable(upgrade.data));
    ChainVerdict verdict = verifyChain(events);
    QVERIFY2(verdict.holds, qPrintable(verdict.summary()));
    QCOMPARE(verdict.sealedEvents, 2);

    // The next run upgrades nothing.
    tidemark::test::writeTableMigrations(p, 3);
    QCOMPARE(cli(p, {QStringLiteral("up")}).exitCode, 0);
    QCOMPARE(ofType(eventsOf(*session), HistoryEvent::Type::Upgrade).size(), 1);

    // An older event changed after the chain sealed it.
    dropAppendOnlyGuard(p);
    QVERIFY(p.exec(QStringLiteral("UPDATE tidemark_events SET actor = 'mallory' WHERE id = %1").arg(events.at(0).id)));
    const CliRun run = verify(p);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.contains(QStringLiteral("event %1 ").arg(events.at(2).id)), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("before the chain start")), qPrintable(run.out));
}

void TestAuditChain::aLockWaitIsRecorded()
{
    TestProject p;
    tidemark::test::writeTableMigrations(p, 1);
    const std::unique_ptr<Session> holder = p.open();
    QString error;
    QVERIFY2(HistoryStore(holder->database(), holder->dialect(), holder->project().tables).ensureTables(&error),
             qPrintable(error));
    const std::unique_ptr<MigrationLock> lock = holder->dialect().createLock(
        holder->database(), holder->project().tables, LockIdentity::current(QStringLiteral("holding-run")));
    QVERIFY(lock->tryAcquire().acquired);
    const std::optional<LockHolder> held = lock->holder(&error);
    QVERIFY2(held, qPrintable(error));

    QProcess waiting;
    CliRunner::withPassword(p.password())
        .start(waiting, {QStringLiteral("up"), QStringLiteral("--project"), p.migrationsDir(), QStringLiteral("--url"),
                         p.urlText(), QStringLiteral("--lock-timeout"), QStringLiteral("60")});
    QVERIFY(waiting.waitForStarted());
    QTest::qWait(2000);
    QCOMPARE(waiting.state(), QProcess::Running); // still waiting
    lock->release();
    QVERIFY(waiting.waitForFinished(60000));
    QCOMPARE(waiting.exitCode(), 0);

    const QList<HistoryEvent> waits = ofType(eventsOf(*holder), HistoryEvent::Type::LockWait);
    QCOMPARE(waits.size(), 1);
    QVERIFY2(waits.first().durationMs >= 1000, qPrintable(QString::number(waits.first().durationMs)));
    QCOMPARE(dataOf(waits.first()).value(QStringLiteral("holder")).toString(), held->describe());
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
