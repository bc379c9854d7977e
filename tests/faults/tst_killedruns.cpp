// tidemark-cli up (and down) killed with SIGKILL at random moments, on every database (ctest runs this suite on SQLite,
// PostgreSQL and MariaDB). After each kill the history must agree with the real schema and rows; then up --resume
// must take the database to the end with every statement run exactly once. Seeded: a failure names the seed,
// kind, iteration and delay, and TIDEMARK_FAULT_SEED=N replays it.
#include "clirunner.h"
#include "testproject.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <csignal>

using namespace tidemark;
using tidemark::test::CliRun;
using tidemark::test::CliRunner;
using tidemark::test::TestProject;

namespace {

constexpr int killsPerKind = 20;
constexpr int migrationCount = 8; // after the setup migration, version 1: migration i is version i + 1

// What one statement leaves behind, so that the test can see whether it ran, and how often.
struct Effect
{
    enum class Type { LedgerRow, Table, Index };
    Type type = Type::LedgerRow;
    QString name; // the ledger note, or the table's or index's name
};

struct Statement
{
    QString sql;
    Effect effect;
    bool slow = false; // leaves nothing; only takes time
};

enum class Kind { Transactional, NoTransaction, Concurrently, SlowStatement, Rollback };

QString sleepSql(DatabaseKind dialect)
{
    switch (dialect) {
    case DatabaseKind::Postgres: return QStringLiteral("SELECT pg_sleep(0.05)");
    case DatabaseKind::MySql: return QStringLiteral("DO SLEEP(0.05)");
    case DatabaseKind::Sqlite: break;
    }
    return QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100000) "
                          "SELECT COUNT(*) FROM c");
}

// Migration i's statements for a kind: tables and ledger rows, and what makes the kind.
QList<Statement> statementsOf(Kind kind, int i, DatabaseKind dialect)
{
    const QString m = QStringLiteral("m%1").arg(i);
    QList<Statement> statements{
        {QStringLiteral("CREATE TABLE %1_t (id INT)").arg(m), {Effect::Type::Table, m + QStringLiteral("_t")}},
        {QStringLiteral("INSERT INTO ledger VALUES ('%1a')").arg(m), {Effect::Type::LedgerRow, m + u'a'}},
    };
    switch (kind) {
    case Kind::Transactional:
    case Kind::NoTransaction:
    case Kind::Rollback:
        statements.append({QStringLiteral("INSERT INTO ledger VALUES ('%1b')").arg(m), {Effect::Type::LedgerRow, m + u'b'}});
        break;
    case Kind::Concurrently:
        statements.append({QStringLiteral("CREATE INDEX CONCURRENTLY %1_i ON big (n)").arg(m), {Effect::Type::Index, m + QStringLiteral("_i")}});
        break;
    case Kind::SlowStatement:
        statements.append({sleepSql(dialect), {}, true});
        statements.append({QStringLiteral("INSERT INTO ledger VALUES ('%1b')").arg(m), {Effect::Type::LedgerRow, m + u'b'}});
        break;
    }
    return statements;
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Transactional: return QStringLiteral("transactional");
    case Kind::NoTransaction: return QStringLiteral("no-transaction");
    case Kind::Concurrently: return QStringLiteral("concurrently");
    case Kind::SlowStatement: return QStringLiteral("slow statement");
    case Kind::Rollback: return QStringLiteral("rollback");
    }
    return {};
}

// Migration i's down without a transaction: each statement undoes one of the up's, in reverse.
QList<Statement> downStatementsOf(int i, DatabaseKind dialect)
{
    QList<Statement> down;
    const QList<Statement> up = statementsOf(Kind::Rollback, i, dialect);
    for (auto s = up.crbegin(); s != up.crend(); ++s) {
        const QString sql = s->effect.type == Effect::Type::Table
                                ? QStringLiteral("DROP TABLE %1").arg(s->effect.name)
                                : QStringLiteral("DELETE FROM ledger WHERE note = '%1'").arg(s->effect.name);
        down.append({sql, s->effect});
    }
    return down;
}

QString downOf(int i, DatabaseKind dialect)
{
    QString sql = QStringLiteral("-- tidemark:no-transaction\n");
    for (const Statement &s : downStatementsOf(i, dialect))
        sql += s.sql + QStringLiteral(";\n");
    return sql;
}

class KillRig
{
public:
    KillRig(Kind kind, TestProject &project)
        : m_kind(kind)
        , m_project(project)
        , m_cli(CliRunner::withPassword(project.password()))
    {
        m_cli.setTimeout(60'000);
        const QString setup = kind == Kind::Concurrently
                                  ? QStringLiteral("CREATE TABLE ledger (note VARCHAR(20));\n"
                                                   "CREATE TABLE big (n INT);\n"
                                                   "INSERT INTO big SELECT generate_series(1, 20000);\n")
                                  : QStringLiteral("CREATE TABLE ledger (note VARCHAR(20));\n");
        project.write(QStringLiteral("001_setup"), setup);
        for (int i = 1; i <= migrationCount; ++i) {
            QString sql = kind == Kind::Transactional ? QString() : QStringLiteral("-- tidemark:no-transaction\n");
            for (const Statement &s : statementsOf(kind, i, project.dialect()))
                sql += s.sql + QStringLiteral(";\n");
            project.write(QStringLiteral("%1_m%2").arg(i + 1, 3, 10, QLatin1Char('0')).arg(i), sql,
                          kind == Kind::Rollback ? downOf(i, project.dialect()) : QString());
        }
    }

    QStringList arguments(const QStringList &command) const
    {
        return command + QStringList{QStringLiteral("--project"), m_project.migrationsDir(), QStringLiteral("--url"),
                                     m_project.urlText(), QStringLiteral("--lock-timeout"), QStringLiteral("30")};
    }

    // Starts up, waits until it has printed `recorded` migrations done, then kills it after delayMs more;
    // whether the kill landed before it finished. Following its output rather than a clock puts the kills inside
    // the work however fast the machine is today, and reading it takes no lock in the database.
    bool upKilledAfter(int recorded, int delayMs) const
    {
        QProcess process;
        start(process);
        QByteArray output;
        while (process.state() == QProcess::Running && output.count("ok (") < recorded) {
            process.waitForReadyRead(5);
            output += process.readAllStandardOutput();
        }
        const bool finished = process.state() != QProcess::Running || process.waitForFinished(delayMs);
        if (!finished)
            ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished(-1);
        return !finished;
    }

    CliRun run(const QStringList &command) const { return m_cli.run(arguments(command)); }

    // The audit record agrees with the history: its hash chain holds, and every migration the history has as
    // done has the event that says so (written in the same transaction, or after its last statement).
    QString auditDisagreement() const
    {
        const CliRun verify = run({QStringLiteral("audit"), QStringLiteral("verify")});
        if (verify.exitCode != 0)
            return QStringLiteral("audit verify exits %1: %2").arg(verify.exitCode).arg(verify.all());
        const QStringList unrecorded = m_project.column(QStringLiteral(
            "SELECT h.version FROM tidemark_history h WHERE h.statements_done = h.statements_total "
            "AND h.pending_statement = 0 AND h.rollback_done IS NULL AND NOT EXISTS (SELECT 1 FROM tidemark_events e "
            "WHERE e.event = 'apply' AND e.version = h.version)"));
        return unrecorded.isEmpty() ? QString()
                                    : QStringLiteral("applied without an apply event: %1").arg(unrecorded.join(u' '));
    }

    // Waits until no session of the killed run is left on the server: a statement it sent may still be running
    // there, and commit while the history is read. SQLite stops with the process.
    void waitUntilTheKilledRunIsGone() const
    {
        QString others;
        switch (m_project.dialect()) {
        case DatabaseKind::Sqlite:
            return;
        case DatabaseKind::Postgres:
            others = QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
                                    "AND pid <> pg_backend_pid()");
            break;
        case DatabaseKind::MySql:
            others = QStringLiteral("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = DATABASE() "
                                    "AND ID <> CONNECTION_ID()");
            break;
        }
        QElapsedTimer waited;
        waited.start();
        while (m_project.count(others) > 0) {
            if (waited.elapsed() > 30'000)
                qFatal("the killed run's session is still on the server after 30 s");
            QTest::qWait(20);
        }
    }

    // Whether the effect is there, and how many times (ledger rows count; an object is there once).
    int presence(const Effect &effect) const
    {
        switch (effect.type) {
        case Effect::Type::LedgerRow:
            return m_project.count(QStringLiteral("SELECT COUNT(*) FROM ledger WHERE note = '%1'").arg(effect.name));
        case Effect::Type::Table:
            return m_project.tableExists(effect.name) ? 1 : 0;
        case Effect::Type::Index:
            return m_project.count(QStringLiteral("SELECT COUNT(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                                                  "WHERE c.relname = '%1' AND i.indisvalid")
                                       .arg(effect.name));
        }
        return 0;
    }

    bool invalidIndexExists(const QString &name) const
    {
        return m_project.count(QStringLiteral("SELECT COUNT(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                                              "WHERE c.relname = '%1' AND NOT i.indisvalid")
                                   .arg(name))
               > 0;
    }

    // The history of migration i against its effects: "" when they agree, else what disagrees.
    QString disagreement(int i) const
    {
        const QString version = QString::number(i + 1);
        const QVariant done = m_project.value(
            QStringLiteral("SELECT statements_done FROM tidemark_history WHERE version = '%1'").arg(version));
        const int pending = m_project.count(
            QStringLiteral("SELECT pending_statement FROM tidemark_history WHERE version = '%1'").arg(version));
        const int recorded = done.isValid() ? done.toInt() : 0;
        const QList<Statement> statements = statementsOf(m_kind, i, m_project.dialect());
        for (int k = 0; k < statements.size(); ++k) {
            if (statements.at(k).slow)
                continue;
            const int seen = presence(statements.at(k).effect);
            const bool unknown = pending == k + 1;
            const bool expected = k < recorded;
            if (seen > 1 || (!unknown && seen != int(expected)))
                return QStringLiteral("migration %1: the history records %2 statements done (pending %3), but the effect of "
                                      "statement %4 (%5) is there %6 times")
                    .arg(version)
                    .arg(recorded)
                    .arg(pending)
                    .arg(k + 1)
                    .arg(statements.at(k).effect.name)
                    .arg(seen);
        }
        return {};
    }

    // The same for a rollback: a row rolling back has undone its first rollback_done down statements.
    QString rollbackDisagreement(int i) const
    {
        const QString version = QString::number(i + 1);
        const bool rowThere = m_project.count(
                                  QStringLiteral("SELECT COUNT(*) FROM tidemark_history WHERE version = '%1'").arg(version))
                              == 1;
        const QVariant doneValue = m_project.value(
            QStringLiteral("SELECT rollback_done FROM tidemark_history WHERE version = '%1'").arg(version));
        const int undone = !rowThere ? 1000 : doneValue.isNull() ? 0 : doneValue.toInt();
        const int pending = m_project.count(
            QStringLiteral("SELECT pending_statement FROM tidemark_history WHERE version = '%1'").arg(version));
        const QList<Statement> down = downStatementsOf(i, m_project.dialect());
        for (int j = 0; j < down.size(); ++j) {
            const int seen = presence(down.at(j).effect);
            const bool unknown = rowThere && pending == j + 1;
            if (seen > 1 || (!unknown && seen != int(j >= undone)))
                return QStringLiteral("migration %1: the history says %2 (%3 down statements done, pending %4), but the "
                                      "effect of down statement %5 (%6) is there %7 times")
                    .arg(version, rowThere ? QStringLiteral("applied or rolling back") : QStringLiteral("rolled back"))
                    .arg(undone)
                    .arg(pending)
                    .arg(j + 1)
                    .arg(down.at(j).effect.name)
                    .arg(seen);
        }
        return {};
    }

    // The DBA's way out of a rollback stopped part-way: finish it by hand, say so with repair, roll back the rest.
    QString rollBackToTheEnd() const
    {
        for (int i = 1; i <= migrationCount; ++i) {
            const QString version = QString::number(i + 1);
            const QVariant done = m_project.value(
                QStringLiteral("SELECT rollback_done FROM tidemark_history WHERE version = '%1'").arg(version));
            if (!done.isValid() || done.isNull())
                continue;
            for (const Statement &s : downStatementsOf(i, m_project.dialect()).mid(done.toInt()))
                if (presence(s.effect) > 0)
                    m_project.exec(s.sql);
            const CliRun repaired = run({QStringLiteral("repair"), version, QStringLiteral("--mark-rolled-back")});
            if (repaired.exitCode != 0)
                return QStringLiteral("repair %1 failed: %2").arg(version, repaired.all());
        }
        const CliRun down = run({QStringLiteral("down"), QStringLiteral("--to"), QStringLiteral("1")});
        if (down.exitCode != 0)
            return QStringLiteral("down --to 1 failed (%1): %2").arg(down.exitCode).arg(down.all());
        for (int i = 1; i <= migrationCount; ++i)
            for (const Statement &s : downStatementsOf(i, m_project.dialect()))
                if (presence(s.effect) != 0)
                    return QStringLiteral("%1 is still there after the rollback").arg(s.effect.name);
        return {};
    }

    QString everyEffectOnce() const
    {
        for (int i = 1; i <= migrationCount; ++i)
            for (const Statement &s : statementsOf(m_kind, i, m_project.dialect()))
                if (!s.slow && presence(s.effect) != 1)
                    return QStringLiteral("%1 is there %2 times").arg(s.effect.name).arg(presence(s.effect));
        return {};
    }

    // up --resume until the end; the DBA's part where Tidemark asks for it: an INVALID index is dropped as the
    // message says, and the statement run again.
    QString resumeToTheEnd() const
    {
        CliRun resumed = run({QStringLiteral("up"), QStringLiteral("--resume")});
        if (resumed.exitCode != 0 && m_kind == Kind::Concurrently && resumed.all().contains(QLatin1String("INVALID"))) {
            for (int i = 1; i <= migrationCount; ++i) {
                const QString index = QStringLiteral("m%1_i").arg(i);
                if (invalidIndexExists(index)) {
                    if (!resumed.all().contains(QStringLiteral("DROP INDEX CONCURRENTLY %1").arg(index)))
                        return QStringLiteral("the refusal does not name DROP INDEX CONCURRENTLY %1: %2").arg(index, resumed.all());
                    m_project.exec(QStringLiteral("DROP INDEX CONCURRENTLY %1").arg(index));
                }
            }
            resumed = run({QStringLiteral("up"), QStringLiteral("--resume"), QStringLiteral("--statement-did-not-run")});
        }
        if (resumed.exitCode != 0)
            return QStringLiteral("up --resume failed (%1): %2").arg(resumed.exitCode).arg(resumed.all());
        return {};
    }

    // Starts what this kind kills, up (down for a rollback), with the password in its environment.
    void start(QProcess &process) const
    {
        m_cli.start(process, arguments(m_kind == Kind::Rollback
                                           ? QStringList{QStringLiteral("down"), QStringLiteral("--to"), QStringLiteral("1")}
                                           : QStringList{QStringLiteral("up")}));
        if (!process.waitForStarted())
            qFatal("could not start %s", qPrintable(CliRunner::program()));
    }

    // How long one migration takes here today, unbroken: the time between the first and the last one done.
    qint64 migrationMs() const
    {
        QProcess process;
        start(process);
        QElapsedTimer timer;
        timer.start();
        QByteArray output;
        qint64 first = -1;
        qint64 last = 0;
        qsizetype done = 0;
        for (bool finished = false; !finished;) {
            finished = process.waitForFinished(2);
            output += process.readAllStandardOutput();
            if (output.count("ok (") > done) {
                done = output.count("ok (");
                last = timer.elapsed();
                first = first < 0 ? last : first;
            }
        }
        if (process.exitCode() != 0 || done < 2)
            qFatal("the unbroken run failed: %s", output.constData());
        return std::max<qint64>((last - first) / (done - 1), 1);
    }

    // Whether the kill left the work part-done: some migrations recorded, not all, or one part-way.
    bool leftPartDone() const
    {
        const int rows = m_project.count(QStringLiteral("SELECT COUNT(*) FROM tidemark_history"));
        const int partial = m_project.count(QStringLiteral("SELECT COUNT(*) FROM tidemark_history WHERE statements_done "
                                                           "< statements_total OR rollback_done IS NOT NULL"));
        const int untouched = m_kind == Kind::Rollback ? 1 : 0; // a rollback ends with the setup migration alone
        return partial > 0 || (rows > untouched && rows < migrationCount + 1);
    }

private:
    Kind m_kind;
    TestProject &m_project;
    CliRunner m_cli;
};

quint32 seed()
{
    bool ok = false;
    const quint32 given = qEnvironmentVariable("TIDEMARK_FAULT_SEED").toUInt(&ok);
    return ok ? given : 20261201u;
}

} // namespace

class TestKilledRuns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void historyTellsTheTruthAfterSigkill_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("transactional") << int(Kind::Transactional);
        QTest::newRow("no-transaction") << int(Kind::NoTransaction);
        QTest::newRow("slow statement") << int(Kind::SlowStatement);
        QTest::newRow("rollback") << int(Kind::Rollback);
        if (qEnvironmentVariable("TIDEMARK_TEST_BACKEND") == u"postgres")
            QTest::newRow("concurrently") << int(Kind::Concurrently);
    }

    void historyTellsTheTruthAfterSigkill()
    {
        QFETCH(int, kind);
        QRandomGenerator random(seed() + quint32(kind));
        // A kill lands after a random number of recorded migrations, a random part of a migration's time later.
        qint64 migrationMs = 0;
        {
            TestProject calibration;
            const KillRig rig(Kind(kind), calibration);
            if (Kind(kind) == Kind::Rollback)
                QCOMPARE(rig.run({QStringLiteral("up")}).exitCode, 0);
            migrationMs = rig.migrationMs();
        }
        int landed = 0;
        int partDone = 0;
        for (int iteration = 0; iteration < killsPerKind; ++iteration) {
            const int recorded = int(random.bounded(quint32(migrationCount))); // two or more still to come
            const int delayMs = int(random.bounded(quint32(migrationMs)));
            const QString where = QStringLiteral("seed %1, %2, iteration %3, killed %4 ms after migration %5 was "
                                                 "recorded (a migration takes %6 ms)")
                                      .arg(seed())
                                      .arg(kindName(Kind(kind)))
                                      .arg(iteration)
                                      .arg(delayMs)
                                      .arg(recorded)
                                      .arg(migrationMs);
            TestProject project;
            const KillRig rig(Kind(kind), project);
            if (Kind(kind) == Kind::Rollback)
                QCOMPARE(rig.run({QStringLiteral("up")}).exitCode, 0);
            landed += rig.upKilledAfter(recorded, delayMs) ? 1 : 0;
            rig.waitUntilTheKilledRunIsGone();
            partDone += rig.leftPartDone() ? 1 : 0;
            for (int i = 1; i <= migrationCount; ++i) {
                const QString wrong = Kind(kind) == Kind::Rollback ? rig.rollbackDisagreement(i) : rig.disagreement(i);
                QVERIFY2(wrong.isEmpty(), qPrintable(where + QStringLiteral(": after the kill, ") + wrong));
            }
            const QString audit = rig.auditDisagreement();
            QVERIFY2(audit.isEmpty(), qPrintable(where + QStringLiteral(": after the kill, ") + audit));
            if (Kind(kind) == Kind::Rollback) {
                const QString stuck = rig.rollBackToTheEnd();
                QVERIFY2(stuck.isEmpty(), qPrintable(where + QStringLiteral(": ") + stuck));
                QCOMPARE(project.count(QStringLiteral("SELECT COUNT(*) FROM tidemark_history")), 1);
                continue;
            }
            const QString resumeProblem = rig.resumeToTheEnd();
            QVERIFY2(resumeProblem.isEmpty(), qPrintable(where + QStringLiteral(": ") + resumeProblem));
            const QString twice = rig.everyEffectOnce();
            QVERIFY2(twice.isEmpty(), qPrintable(where + QStringLiteral(": after resuming, ") + twice));
            const QString resumedAudit = rig.auditDisagreement();
            QVERIFY2(resumedAudit.isEmpty(), qPrintable(where + QStringLiteral(": after resuming, ") + resumedAudit));
            QCOMPARE(project.count(QStringLiteral("SELECT COUNT(*) FROM tidemark_history WHERE statements_done = "
                                                  "statements_total AND pending_statement = 0")),
                     migrationCount + 1);
        }
        // Most kills must land inside the run's work, or the test proves little.
        QVERIFY2(landed >= killsPerKind / 2 && partDone >= killsPerKind / 4,
                 qPrintable(QStringLiteral("of %1 kills only %2 landed before the run ended, %3 left it part-done")
                                .arg(killsPerKind)
                                .arg(landed)
                                .arg(partDone)));
        qInfo("%s: of %d kills %d landed inside the run, %d left it part-done (a migration takes %lld ms)",
              qPrintable(kindName(Kind(kind))), killsPerKind, landed, partDone, migrationMs);
    }
};

QTEST_GUILESS_MAIN(TestKilledRuns)

#include "tst_killedruns.moc"
