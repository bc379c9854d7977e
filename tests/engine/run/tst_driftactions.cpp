// Drift actions (Runner::settleDrift): a modified migration's file accepted or given the applied text back, a missing
// one's file written again, in each convention; on SQLite, PostgreSQL and MariaDB (TIDEMARK_TEST_BACKEND).
#include "audit/chainverdict.h"
#include "conventions/conventionfactory.h"
#include "core/checksum.h"
#include "testproject.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tidemark;
using tidemark::test::TestProject;

namespace {

using Files = QList<std::pair<QString, QString>>; // file name and text, the up's file first

// Migration VERSION creating TABLE in the convention's files, with a down.
Files migrationFiles(const QString &convention, int version, const QString &table)
{
    const QString up = QStringLiteral("CREATE TABLE %1 (id INTEGER);\n").arg(table);
    const QString down = QStringLiteral("DROP TABLE %1;\n").arg(table);
    const QString number = QStringLiteral("%1").arg(version, 3, 10, QLatin1Char('0'));
    if (convention == u"golang-migrate")
        return {{QStringLiteral("%1_%2.up.sql").arg(number, table), up},
                {QStringLiteral("%1_%2.down.sql").arg(number, table), down}};
    if (convention == u"flyway")
        return {{QStringLiteral("V%1__%2.sql").arg(version).arg(table), up},
                {QStringLiteral("U%1__%2.sql").arg(version).arg(table), down}};
    const QString marker = convention == u"goose" ? QStringLiteral("-- +goose ") : QStringLiteral("-- migrate:");
    const QString upMarker = marker + (convention == u"goose" ? QStringLiteral("Up") : QStringLiteral("up"));
    const QString downMarker = marker + (convention == u"goose" ? QStringLiteral("Down") : QStringLiteral("down"));
    return {{QStringLiteral("%1_%2.sql").arg(number, table),
             QStringLiteral("%1\n-- keep: a comment above the statement\n%2\n%3\n%4").arg(upMarker, up, downMarker, down)}};
}

QString readText(const TestProject &p, const QString &fileName)
{
    QFile file(QDir(p.migrationsDir()).filePath(fileName));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool exists(const TestProject &p, const QString &fileName)
{
    return QFile::exists(QDir(p.migrationsDir()).filePath(fileName));
}

void writeFiles(const TestProject &p, const Files &files)
{
    for (const auto &[name, text] : files)
        p.writeFile(name, text.toUtf8());
}

// A project in the convention with migrations 1 (table a) and 2 (table b), both applied.
Files setUpApplied(const TestProject &p, const QString &convention)
{
    p.writeFile(QStringLiteral("tidemark.json"), QStringLiteral("{\"convention\": \"%1\"}").arg(convention).toUtf8());
    writeFiles(p, migrationFiles(convention, 1, QStringLiteral("a")));
    const Files second = migrationFiles(convention, 2, QStringLiteral("b"));
    writeFiles(p, second);
    const std::unique_ptr<Session> session = p.open();
    const RunResult up = tidemark::test::runFreshPlan(*session, [&](const ProjectStatus &s) {
        return planUp(s, session->planDialect());
    });
    if (up.outcome != RunOutcome::Succeeded)
        qFatal("up failed: %s", qPrintable(up.message));
    return second;
}

ProjectStatus statusOf(const Session &session)
{
    QString error;
    const std::optional<ProjectStatus> status = session.status(&error);
    if (!status)
        qFatal("status: %s", qPrintable(error));
    return *status;
}

MigrationStatus migrationOf(const Session &session, int version)
{
    const ProjectStatus status = statusOf(session);
    const MigrationStatus *found = status.find(Version::parse(QString::number(version)).value());
    if (!found)
        qFatal("no migration %d", version);
    return *found;
}

QList<HistoryEvent> eventsOf(const Session &session)
{
    QString error;
    const HistoryStore store(session.database(), session.dialect(), session.project().tables);
    const std::optional<QList<HistoryEvent>> events = store.readEvents(&error);
    if (!events)
        qFatal("could not read the events: %s", qPrintable(error));
    return *events;
}

QList<HistoryEvent> driftEvents(const Session &session)
{
    QList<HistoryEvent> found;
    for (const HistoryEvent &event : eventsOf(session))
        if (event.type == HistoryEvent::Type::Drift)
            found.append(event);
    return found;
}

QJsonObject dataOf(const HistoryEvent &event)
{
    return QJsonDocument::fromJson(event.data.toUtf8()).object();
}

// The checksum the migration's file has now, as its convention reads the folder.
QString fileChecksum(const TestProject &p, const QString &convention, int version)
{
    const Catalog catalog = conventionByName(convention)->read(p.migrationsDir());
    const Migration *m = catalog.find(Version::parse(QString::number(version)).value());
    return m ? m->checksum : QString();
}

RunResult settle(Session &session, const MigrationStatus &migration, DriftAction action)
{
    return session.settleDrift(migration, action, {});
}

void addConventions()
{
    QTest::addColumn<QString>("convention");
    for (const char *name : {"golang-migrate", "goose", "flyway", "dbmate"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

} // namespace

class TestDriftActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restoresAModifiedFileToTheAppliedText_data() { addConventions(); }
    void restoresAModifiedFileToTheAppliedText()
    {
        QFETCH(QString, convention);
        TestProject p;
        const Files second = setUpApplied(p, convention);
        const QString upFile = second.first().first;
        const QString original = second.first().second;
        p.writeFile(upFile, QString(original).replace(QStringLiteral("(id INTEGER)"),
                                                      QStringLiteral("(id INTEGER, note VARCHAR(10))")).toUtf8());
        const std::unique_ptr<Session> session = p.open();
        const MigrationStatus modified = migrationOf(*session, 2);
        QCOMPARE(modified.state, MigrationState::Modified);
        const QString applied = modified.applied->checksum;
        const QString edited = modified.file->checksum;

        const RunResult result = settle(*session, modified, DriftAction::RestoreAppliedText);

        QVERIFY2(result.outcome == RunOutcome::Succeeded, qPrintable(result.message));
        QCOMPARE(fileChecksum(p, convention, 2), applied);
        QCOMPARE(readText(p, upFile), original); // the rest of the file kept as it was
        QCOMPARE(migrationOf(*session, 2).state, MigrationState::Applied);
        const QList<HistoryEvent> drift = driftEvents(*session);
        QCOMPARE(drift.size(), 1);
        QCOMPARE(drift.first().checksum, applied);
        QCOMPARE(dataOf(drift.first()).value(QStringLiteral("action")).toString(), QStringLiteral("restore-file"));
        QCOMPARE(dataOf(drift.first()).value(QStringLiteral("old_checksum")).toString(), edited);
        QCOMPARE(dataOf(drift.first()).value(QStringLiteral("new_checksum")).toString(), applied);
        QVERIFY(drift.first().details.contains(edited.left(12)));
        QVERIFY(drift.first().details.contains(applied.left(12)));
        QVERIFY(!drift.first().actor.isEmpty());
        // The history row is not touched.
        QCOMPARE(p.value(QStringLiteral("SELECT checksum FROM tidemark_history WHERE version = '2'")).toString(), applied);
        QVERIFY(verifyChain(eventsOf(*session)).holds);
    }

    void restoresAMissingFileFromTheHistory_data() { addConventions(); }
    void restoresAMissingFileFromTheHistory()
    {
        QFETCH(QString, convention);
        TestProject p;
        const Files second = setUpApplied(p, convention);
        for (const auto &file : second)
            p.remove(file.first);
        const std::unique_ptr<Session> session = p.open();
        const MigrationStatus missing = migrationOf(*session, 2);
        QCOMPARE(missing.state, MigrationState::Missing);
        const QString applied = missing.applied->checksum;

        const RunResult result = settle(*session, missing, DriftAction::RestoreMissingFile);

        QVERIFY2(result.outcome == RunOutcome::Succeeded, qPrintable(result.message));
        QCOMPARE(fileChecksum(p, convention, 2), applied);
        for (const auto &[name, text] : second) // up and down, in the convention's own format
            QCOMPARE(readText(p, name), text);
        QCOMPARE(migrationOf(*session, 2).state, MigrationState::Applied);
        const QList<HistoryEvent> drift = driftEvents(*session);
        QCOMPARE(drift.size(), 1);
        QCOMPARE(drift.first().checksum, applied);
        QCOMPARE(dataOf(drift.first()).value(QStringLiteral("action")).toString(),
                 QStringLiteral("restore-missing-file"));
        QCOMPARE(dataOf(drift.first()).value(QStringLiteral("new_checksum")).toString(), applied);
        QVERIFY(drift.first().details.contains(second.first().first));
        QVERIFY(verifyChain(eventsOf(*session)).holds);
    }

    void acceptingTheFileRecordsItsTextInTheHistory()
    {
        TestProject p;
        const Files second = setUpApplied(p, QStringLiteral("golang-migrate"));
        const QString editedUp = QStringLiteral("CREATE TABLE b (id INTEGER);\nCREATE TABLE c (id INTEGER);\n");
        const QString editedDown = QStringLiteral("DROP TABLE c;\nDROP TABLE b;\n");
        p.writeFile(second.at(0).first, editedUp.toUtf8());
        p.writeFile(second.at(1).first, editedDown.toUtf8());
        const std::unique_ptr<Session> session = p.open();
        const MigrationStatus modified = migrationOf(*session, 2);
        QCOMPARE(modified.state, MigrationState::Modified);
        const QString old = modified.applied->checksum;
        const int eventsBefore = int(eventsOf(*session).size());

        const RunResult result = settle(*session, modified, DriftAction::AcceptFile);

        QVERIFY2(result.outcome == RunOutcome::Succeeded, qPrintable(result.message));
        const QString history = QStringLiteral("SELECT %1 FROM tidemark_history WHERE version = '2'");
        QCOMPARE(p.value(history.arg(QStringLiteral("checksum"))).toString(), scriptChecksum(editedUp));
        QCOMPARE(p.value(history.arg(QStringLiteral("up_sql"))).toString(), editedUp);
        QCOMPARE(p.value(history.arg(QStringLiteral("down_sql"))).toString(), editedDown);
        QCOMPARE(p.count(QStringLiteral("SELECT COUNT(*) FROM tidemark_history")), 2);
        QVERIFY(!p.tableExists(QStringLiteral("c"))); // nothing ran
        QCOMPARE(readText(p, second.at(0).first), editedUp);
        QCOMPARE(migrationOf(*session, 2).state, MigrationState::Applied);

        const QList<HistoryEvent> events = eventsOf(*session);
        const QList<HistoryEvent> drift = driftEvents(*session);
        QCOMPARE(drift.size(), 1);
        const HistoryEvent &event = drift.first();
        QCOMPARE(event.version.toString(), QStringLiteral("2"));
        QCOMPARE(event.checksum, scriptChecksum(editedUp));
        QCOMPARE(dataOf(event).value(QStringLiteral("action")).toString(), QStringLiteral("accept-file"));
        QCOMPARE(dataOf(event).value(QStringLiteral("old_checksum")).toString(), old);
        QCOMPARE(dataOf(event).value(QStringLiteral("new_checksum")).toString(), scriptChecksum(editedUp));
        QCOMPARE(event.details, QStringLiteral("file accepted: checksum %1 in the history replaced by %2 from the file")
                                    .arg(old.left(12), scriptChecksum(editedUp).left(12)));
        QVERIFY(event.actor.contains(QStringLiteral("@")));
        // A run of its own: run-start, drift, run-end, and nothing else.
        QCOMPARE(int(events.size()) - eventsBefore, 3);
        QCOMPARE(events.at(eventsBefore).type, HistoryEvent::Type::RunStart);
        QCOMPARE(events.last().type, HistoryEvent::Type::RunEnd);
        QCOMPARE(event.runId, events.last().runId);
        QVERIFY(events.at(eventsBefore).at <= event.at && event.at <= events.last().at);
        const ChainVerdict verdict = verifyChain(events);
        QVERIFY2(verdict.holds, qPrintable(verdict.summary()));
        QCOMPARE(verdict.head, events.last().hash);
    }

    void refusedWhenTheHistoryChangedSinceTheStatus()
    {
        TestProject p;
        const Files second = setUpApplied(p, QStringLiteral("golang-migrate"));
        const QString edited = QStringLiteral("CREATE TABLE b (id INTEGER, note VARCHAR(10));\n");
        p.writeFile(second.first().first, edited.toUtf8());
        const std::unique_ptr<Session> mine = p.open();
        const MigrationStatus seen = migrationOf(*mine, 2);
        QCOMPARE(seen.state, MigrationState::Modified);
        {
            // Another DBA accepts the file first.
            const std::unique_ptr<Session> theirs = p.open();
            QCOMPARE(settle(*theirs, migrationOf(*theirs, 2), DriftAction::AcceptFile).outcome, RunOutcome::Succeeded);
        }

        const RunResult restore = settle(*mine, seen, DriftAction::RestoreAppliedText);
        QCOMPARE(restore.outcome, RunOutcome::Failed);
        QVERIFY2(restore.message.contains(QStringLiteral("the history of 2 b changed")), qPrintable(restore.message));
        QVERIFY(restore.message.contains(QStringLiteral("look at status again")));
        QCOMPARE(readText(p, second.first().first), edited); // the file is left alone
        const RunResult accept = settle(*mine, seen, DriftAction::AcceptFile);
        QCOMPARE(accept.outcome, RunOutcome::Failed);
        QVERIFY2(accept.message.contains(QStringLiteral("changed")), qPrintable(accept.message));
        QCOMPARE(driftEvents(*mine).size(), 1); // theirs only
        QVERIFY(verifyChain(eventsOf(*mine)).holds);
    }

    void refusedWhenTheFileChangedSinceTheStatus()
    {
        TestProject p;
        const Files second = setUpApplied(p, QStringLiteral("golang-migrate"));
        p.writeFile(second.first().first, QByteArrayLiteral("CREATE TABLE b (id INTEGER, note VARCHAR(10));\n"));
        const std::unique_ptr<Session> session = p.open();
        const MigrationStatus seen = migrationOf(*session, 2);
        const QByteArray later = QByteArrayLiteral("CREATE TABLE b (id INTEGER, note VARCHAR(20));\n");
        p.writeFile(second.first().first, later);

        for (const DriftAction action : {DriftAction::AcceptFile, DriftAction::RestoreAppliedText}) {
            const RunResult result = settle(*session, seen, action);
            QCOMPARE(result.outcome, RunOutcome::Failed);
            QVERIFY2(result.message.contains(QStringLiteral("the file of 2 b changed")), qPrintable(result.message));
        }
        QCOMPARE(readText(p, second.first().first).toUtf8(), later);
        QCOMPARE(p.value(QStringLiteral("SELECT checksum FROM tidemark_history WHERE version = '2'")).toString(),
                 seen.applied->checksum);
        QVERIFY(driftEvents(*session).isEmpty());
    }

    void refusedWhenTheActionDoesNotFitTheState()
    {
        TestProject p;
        const Files second = setUpApplied(p, QStringLiteral("golang-migrate"));
        const std::unique_ptr<Session> session = p.open();
        const int eventsBefore = int(eventsOf(*session).size());
        const MigrationStatus applied = migrationOf(*session, 2);
        QCOMPARE(applied.state, MigrationState::Applied);
        for (const DriftAction action :
             {DriftAction::AcceptFile, DriftAction::RestoreAppliedText, DriftAction::RestoreMissingFile}) {
            const RunResult result = settle(*session, applied, action);
            QCOMPARE(result.outcome, RunOutcome::Failed);
            QVERIFY2(result.message.contains(QStringLiteral("2 b is applied, not ")), qPrintable(result.message));
        }

        p.writeFile(second.first().first, QByteArrayLiteral("CREATE TABLE b (id INTEGER, note VARCHAR(10));\n"));
        const RunResult missingOnModified = settle(*session, migrationOf(*session, 2), DriftAction::RestoreMissingFile);
        QCOMPARE(missingOnModified.outcome, RunOutcome::Failed);
        QVERIFY2(missingOnModified.message.contains(QStringLiteral("not missing")), qPrintable(missingOnModified.message));

        p.remove(second.at(0).first);
        p.remove(second.at(1).first);
        const MigrationStatus missing = migrationOf(*session, 2);
        QCOMPARE(missing.state, MigrationState::Missing);
        for (const DriftAction action : {DriftAction::AcceptFile, DriftAction::RestoreAppliedText}) {
            const RunResult result = settle(*session, missing, action);
            QCOMPARE(result.outcome, RunOutcome::Failed);
            QVERIFY2(result.message.contains(QStringLiteral("not modified")), qPrintable(result.message));
        }
        QVERIFY(!exists(p, second.at(0).first));
        QCOMPARE(int(eventsOf(*session).size()), eventsBefore); // a refusal before the lock records nothing
    }

    void aRestoreThatReadsBackDifferentlyIsTakenBack()
    {
        // A goose up without a final line break cannot be followed by its Down section without changing it: the
        // restored file would read with another checksum, so it is removed again.
        TestProject p;
        const Files second = setUpApplied(p, QStringLiteral("goose"));
        const QString up = QStringLiteral("CREATE TABLE b (id INTEGER);");
        QVERIFY(p.exec(QStringLiteral("UPDATE tidemark_history SET up_sql = '%1', checksum = '%2' WHERE version = '2'")
                           .arg(up, scriptChecksum(up))));
        p.remove(second.first().first);
        const std::unique_ptr<Session> session = p.open();
        const MigrationStatus missing = migrationOf(*session, 2);
        QCOMPARE(missing.state, MigrationState::Missing);

        const RunResult result = settle(*session, missing, DriftAction::RestoreMissingFile);

        QCOMPARE(result.outcome, RunOutcome::Failed);
        QVERIFY2(result.message.contains(QStringLiteral("not the applied")), qPrintable(result.message));
        QVERIFY2(result.message.contains(QStringLiteral("is as it was")), qPrintable(result.message));
        QVERIFY(!exists(p, second.first().first));
        QVERIFY(driftEvents(*session).isEmpty());
    }

    void aRestoreWhoseEventCannotBeRecordedIsTakenBack()
    {
        TestProject p;
        const Files second = setUpApplied(p, QStringLiteral("golang-migrate"));
        const QByteArray edited = QByteArrayLiteral("CREATE TABLE b (id INTEGER, note VARCHAR(10));\n");
        p.writeFile(second.first().first, edited);
        refuseDriftEvents(p);
        const std::unique_ptr<Session> session = p.open();

        const RunResult result = settle(*session, migrationOf(*session, 2), DriftAction::RestoreAppliedText);

        QCOMPARE(result.outcome, RunOutcome::Failed);
        QVERIFY2(result.message.contains(QStringLiteral("no drift events here")), qPrintable(result.message));
        QVERIFY2(result.message.contains(QStringLiteral("the file is as it was")), qPrintable(result.message));
        QCOMPARE(readText(p, second.first().first).toUtf8(), edited);
        QCOMPARE(migrationOf(*session, 2).state, MigrationState::Modified);
        QVERIFY(driftEvents(*session).isEmpty());
    }

    void aModifiedFileThatNoLongerHoldsItsSectionIsRefused()
    {
        // The status was read from one text; the file on disk holds another at the same checksum-covered place only
        // when nothing moved. Here the section moved a line down: the restore refuses rather than guess.
        TestProject p;
        const Files second = setUpApplied(p, QStringLiteral("dbmate"));
        const QString upFile = second.first().first;
        const QString edited = QString(second.first().second).replace(QStringLiteral("(id INTEGER)"),
                                                                     QStringLiteral("(id INTEGER, n INTEGER)"));
        p.writeFile(upFile, edited.toUtf8());
        const std::unique_ptr<Session> session = p.open();
        MigrationStatus seen = migrationOf(*session, 2);
        QCOMPARE(seen.state, MigrationState::Modified);
        seen.file->upLine += 1; // as if the catalog had read it a line further down

        const RunResult result = settle(*session, seen, DriftAction::RestoreAppliedText);

        QCOMPARE(result.outcome, RunOutcome::Failed);
        QVERIFY2(result.message.contains(QStringLiteral("no longer holds, at line 3")), qPrintable(result.message));
        QCOMPARE(readText(p, upFile), edited);
        QVERIFY(driftEvents(*session).isEmpty());
    }

private:
    // A trigger in each database's words that refuses the drift event, and only it.
    static void refuseDriftEvents(const TestProject &p)
    {
        switch (p.dialect()) {
        case DatabaseKind::Sqlite:
            QVERIFY(p.exec(QStringLiteral("CREATE TRIGGER no_drift BEFORE INSERT ON tidemark_events WHEN NEW.event = "
                                          "'drift' BEGIN SELECT RAISE(ABORT, 'no drift events here'); END")));
            break;
        case DatabaseKind::Postgres:
            QVERIFY(p.exec(QStringLiteral("CREATE FUNCTION no_drift() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF "
                                          "NEW.event = 'drift' THEN RAISE EXCEPTION 'no drift events here'; END IF; "
                                          "RETURN NEW; END $$")));
            QVERIFY(p.exec(QStringLiteral("CREATE TRIGGER no_drift BEFORE INSERT ON tidemark_events FOR EACH ROW "
                                          "EXECUTE FUNCTION no_drift()")));
            break;
        case DatabaseKind::MySql:
            QVERIFY(p.exec(QStringLiteral("CREATE TRIGGER no_drift BEFORE INSERT ON tidemark_events FOR EACH ROW BEGIN "
                                          "IF NEW.event = 'drift' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = "
                                          "'no drift events here'; END IF; END")));
            break;
        }
    }
};

QTEST_GUILESS_MAIN(TestDriftActions)
#include "tst_driftactions.moc"
