// Dialect::schemaSnapshot on SQLite, PostgreSQL and MariaDB (ctest runs this suite once per backend): what each
// object reads as, that the same schema reads the same in another database, that Tidemark's own tables stay out,
// that a change shows and rows do not.
#include "database/database.h"
#include "database/dialectfactory.h"
#include "schemasnapshotcases.h"
#include "testproject.h"
#include "testservers.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace tidemark;
using Kind = SchemaObject::Kind;
using namespace tidemark::test;

namespace {

DatabaseKind backend()
{
    const QString name = qEnvironmentVariable("TIDEMARK_TEST_BACKEND", QStringLiteral("sqlite"));
    return name == u"postgres" ? DatabaseKind::Postgres : name == u"mysql" ? DatabaseKind::MySql : DatabaseKind::Sqlite;
}

// One empty database of the backend under test and a connection of its own to it: a SQLite file, or a fresh
// database on the test server.
class Scratch
{
public:
    Scratch()
        : m_dialect(createDialect(backend()))
    {
        if (backend() != DatabaseKind::Sqlite) {
            m_server = std::make_unique<TestDatabase>(backend());
            m_db = m_server->connect();
            return;
        }
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        m_db.setDatabaseName(m_dir.filePath(QStringLiteral("scratch.db")));
        if (!m_db.open())
            qFatal("cannot open a SQLite file: %s", qPrintable(m_db.lastError().text()));
    }
    ~Scratch()
    {
        if (!m_server) {
            m_db.close();
            m_db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
        }
    }
    Q_DISABLE_COPY_MOVE(Scratch)

    QSqlDatabase &db() { return m_db; }
    // The database's name on a server, for statements that qualify by it.
    QString name() const { return m_server ? m_server->name() : QString(); }

    // Runs each statement ("%db" standing for this database's name); false naming the one that failed.
    bool exec(const QStringList &statements, QString *error)
    {
        for (QString sql : statements) {
            sql.replace(QStringLiteral("%db"), name());
            QSqlQuery query(m_db);
            if (!query.exec(sql)) {
                *error = sql + QStringLiteral(": ") + query.lastError().text();
                return false;
            }
        }
        return true;
    }

    SchemaSnapshot snapshot(const TableNames &tables = TableNames())
    {
        QString error;
        const std::optional<SchemaSnapshot> snapshot = m_dialect->schemaSnapshot(m_db, tables, &error);
        if (!snapshot)
            qFatal("the schema snapshot failed: %s", qPrintable(error));
        return *snapshot;
    }

    const Dialect &dialect() const { return *m_dialect; }

private:
    std::unique_ptr<Dialect> m_dialect;
    std::unique_ptr<TestDatabase> m_server; // declared before m_db, so the connection goes first
    QTemporaryDir m_dir;
    QString m_connection = uniqueConnectionName(QStringLiteral("scratch"));
    QSqlDatabase m_db;
};

// Runs statements (a QStringList, braced or not) on a Scratch, failing the test with the statement's error.
#define EXEC(scratch, ...)                                                                                             \
    do {                                                                                                               \
        QString execError;                                                                                             \
        QVERIFY2((scratch).exec(__VA_ARGS__, &execError), qPrintable(execError));                                      \
    } while (false)

// A schema as groups of statements; each group stands on its own, so the groups run in any order.
QList<QStringList> schemaGroups()
{
    switch (backend()) {
    case DatabaseKind::Sqlite:
        return {
            {QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT 'x')"),
             QStringLiteral("CREATE UNIQUE INDEX parent_name ON parent (name)"),
             QStringLiteral("CREATE VIEW names AS SELECT name FROM parent")},
            {QStringLiteral("CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id))"),
             QStringLiteral("CREATE INDEX child_parent ON child (parent_id)"),
             QStringLiteral("CREATE TRIGGER child_check BEFORE INSERT ON child BEGIN SELECT RAISE(ABORT, 'no') "
                            "WHERE NEW.id < 0; END")},
        };
    case DatabaseKind::Postgres:
        return {
            {QStringLiteral("CREATE TYPE mood AS ENUM ('sad', 'ok')"),
             QStringLiteral("CREATE TABLE parent (id serial PRIMARY KEY, name text NOT NULL DEFAULT 'x', m mood)"),
             QStringLiteral("CREATE UNIQUE INDEX parent_name ON parent (lower(name))"),
             QStringLiteral("CREATE TABLE child (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                            "parent_id int REFERENCES parent(id))"),
             QStringLiteral("CREATE VIEW names AS SELECT p.name FROM parent p JOIN child c ON c.parent_id = p.id")},
            {QStringLiteral("CREATE SCHEMA app"), QStringLiteral("CREATE SEQUENCE app.counter START 7"),
             QStringLiteral("CREATE TABLE app.notes (id int PRIMARY KEY, body text COLLATE \"C\", CHECK (id > 0))")},
            {QStringLiteral("CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$"),
             QStringLiteral("CREATE TABLE logs (at timestamptz NOT NULL DEFAULT now())"),
             QStringLiteral("CREATE TRIGGER logs_touch BEFORE INSERT ON logs FOR EACH ROW EXECUTE FUNCTION touch()"),
             QStringLiteral("CREATE PROCEDURE tidy(keep int) LANGUAGE sql AS $$ DELETE FROM logs WHERE keep < 0 $$")},
        };
    case DatabaseKind::MySql:
        return {
            {QStringLiteral("CREATE TABLE parent (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(20) NOT NULL DEFAULT 'x', "
                            "UNIQUE KEY parent_name (name))"),
             QStringLiteral("INSERT INTO parent (name) VALUES ('a'), ('b')"),
             QStringLiteral("CREATE TABLE child (id INT PRIMARY KEY, parent_id INT, KEY child_parent (parent_id), "
                            "CONSTRAINT child_fk FOREIGN KEY (parent_id) REFERENCES parent (id))"),
             QStringLiteral("CREATE VIEW names AS SELECT `%db`.`parent`.`name` FROM `%db`.`parent`"),
             QStringLiteral("CREATE TRIGGER child_check BEFORE INSERT ON child FOR EACH ROW "
                            "SET NEW.parent_id = COALESCE(NEW.parent_id, 1)")},
            {QStringLiteral("CREATE SEQUENCE counter START WITH 7")},
            {QStringLiteral("CREATE FUNCTION add1(x INT) RETURNS INT DETERMINISTIC RETURN x + 1"),
             QStringLiteral("CREATE PROCEDURE count_parents(OUT n INT) BEGIN SELECT COUNT(*) INTO n FROM `%db`.`parent`; END")},
        };
    }
    return {};
}

bool createSchema(Scratch &scratch, bool reversed, QString *error)
{
    QList<QStringList> groups = schemaGroups();
    if (reversed)
        std::reverse(groups.begin(), groups.end());
    return std::all_of(groups.cbegin(), groups.cend(), [&](const QStringList &group) { return scratch.exec(group, error); });
}

#define CREATE_SCHEMA(scratch, reversed)                                                                               \
    do {                                                                                                               \
        QString schemaError;                                                                                           \
        QVERIFY2(createSchema(scratch, reversed, &schemaError), qPrintable(schemaError));                              \
    } while (false)

// Where an object's DDL goes when the schema is copied: tables (FOREIGN_KEY_CHECKS off) before what reads them.
int copyStage(Kind kind)
{
    switch (kind) {
    case Kind::Sequence: case Kind::Table: return 0;
    case Kind::View: return 1;
    case Kind::Function: case Kind::Procedure: return 2;
    default: return 3;
    }
}

} // namespace

class TestSchemaSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (backend() != DatabaseKind::Sqlite)
            tidemark::test::TestServers::instance(); // stops here, saying why, when the servers are not running
    }

    void init()
    {
        // No Qt SQL warning, ever ("QSqlQuery::exec: database not open", QPSQL's "Unable to free statement", …).
        // Not every warning: TestDatabase warns when the server will not drop a database, as PostgreSQL once would
        // not here ("must be a member of the role whose process is being terminated", an autovacuum worker's, it seems).
        QTest::failOnWarning(QRegularExpression(QStringLiteral("^(QSql|QPSQL|QMYSQL|QSQLITE|Unable to free statement)")));
    }

    void objects_data()
    {
        QTest::addColumn<QStringList>("setup");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("fragments");
        QTest::addColumn<QStringList>("absent");
        switch (backend()) {
        case DatabaseKind::Sqlite: addSqliteObjectCases(); break;
        case DatabaseKind::Postgres: addPostgresObjectCases(); break;
        case DatabaseKind::MySql: addMySqlObjectCases(); break;
        }
    }

    void objects()
    {
        QFETCH(QStringList, setup);
        QFETCH(Kind, kind);
        QFETCH(QString, name);
        QFETCH(QStringList, fragments);
        QFETCH(QStringList, absent);
        Scratch scratch;
        EXEC(scratch, setup);
        const SchemaSnapshot snapshot = scratch.snapshot();
        const SchemaObject *object = snapshot.find(kind, name);
        QVERIFY2(object, qPrintable(QStringLiteral("no %1 %2 in:\n%3").arg(schemaObjectKindName(kind), name, snapshot.text())));
        for (QString fragment : std::as_const(fragments)) {
            fragment.replace(QStringLiteral("%db"), scratch.name());
            QVERIFY2(object->ddl.contains(fragment),
                     qPrintable(QStringLiteral("%1\nlacks\n%2").arg(object->ddl, fragment)));
        }
        for (QString fragment : std::as_const(absent)) {
            fragment.replace(QStringLiteral("%db"), scratch.name());
            QVERIFY2(!object->ddl.contains(fragment), qPrintable(QStringLiteral("%1\nhas\n%2").arg(object->ddl, fragment)));
        }
        QVERIFY(object->ddl.endsWith(u';'));
        QVERIFY(!object->ddl.endsWith(QStringLiteral(";;")));
        QVERIFY2(snapshot.text().contains(object->ddl), qPrintable(snapshot.text()));
    }

    void objectsAreOrderedByKindThenName()
    {
        Scratch scratch;
        CREATE_SCHEMA(scratch, false);
        const SchemaSnapshot snapshot = scratch.snapshot();
        QVERIFY(snapshot.objects.size() >= 6);
        QList<SchemaObject> sorted = snapshot.objects;
        sortSchemaObjects(sorted);
        QCOMPARE(snapshot.objects, sorted);
        QVERIFY(std::is_sorted(snapshot.objects.cbegin(), snapshot.objects.cend(),
                               [](const SchemaObject &a, const SchemaObject &b) { return a.kind < b.kind; }));
    }

    void theSameSchemaInAnotherDatabaseReadsEqual()
    {
        Scratch first;
        Scratch second;
        CREATE_SCHEMA(first, false);
        CREATE_SCHEMA(second, true);
        if (backend() != DatabaseKind::Sqlite)
            QVERIFY(first.name() != second.name());
        const SchemaSnapshot a = first.snapshot();
        const SchemaSnapshot b = second.snapshot();
        QCOMPARE(b.text(), a.text());
        QCOMPARE(b, a);
        if (backend() != DatabaseKind::Sqlite)
            QVERIFY2(!a.text().contains(first.name()), qPrintable(a.text()));
    }

    void runningEachObjectsDdlCopiesTheSchema()
    {
        if (backend() == DatabaseKind::Postgres)
            return; // a PostgreSQL rehearsal runs in a transaction; its DDL need not run elsewhere
        Scratch original;
        CREATE_SCHEMA(original, false);
        const SchemaSnapshot snapshot = original.snapshot();
        Scratch copy;
        if (backend() == DatabaseKind::MySql)
            EXEC(copy, {QStringLiteral("SET FOREIGN_KEY_CHECKS = 0")});
        for (int stage = 0; stage <= 3; ++stage) {
            if (stage == 1 && backend() == DatabaseKind::MySql)
                EXEC(copy, {QStringLiteral("SET FOREIGN_KEY_CHECKS = 1")});
            for (const SchemaObject &object : snapshot.objects)
                if (copyStage(object.kind) == stage)
                    EXEC(copy, {object.ddl}); // one statement each, with its ";", as the rehearsal runs it
        }
        QCOMPARE(copy.snapshot().text(), snapshot.text());
        QCOMPARE(copy.snapshot(), snapshot);
    }

    void tidemarksTablesAreLeftOut()
    {
        TestProject p;
        p.write(QStringLiteral("001_orders"), ordersMigration(), QStringLiteral("DROP TABLE orders;\n"));
        auto session = p.open();
        const RunResult result = tidemark::test::runFreshPlan(
            *session, [&](const ProjectStatus &s) { return planUp(s, session->planDialect()); });
        QCOMPARE(result.outcome, RunOutcome::Succeeded);

        QString error;
        const std::optional<SchemaSnapshot> snapshot =
            session->dialect().schemaSnapshot(session->database(), p.project().tables, &error);
        QVERIFY2(snapshot, qPrintable(error));
        const QString orders = backend() == DatabaseKind::Postgres ? QStringLiteral("public.orders") : QStringLiteral("orders");
        QVERIFY2(snapshot->find(Kind::Table, orders), qPrintable(snapshot->text()));
        QVERIFY2(!snapshot->text().contains(QLatin1String("tidemark_")), qPrintable(snapshot->text()));
        QVERIFY2(!snapshot->text().contains(QLatin1String("append_only")), qPrintable(snapshot->text()));
        const int migrationObjects = backend() == DatabaseKind::MySql ? 2 : 3; // MySQL's index is in its table
        QCOMPARE(snapshot->objects.size(), migrationObjects);

        // Left out because they are the project's tables, not because the snapshot misses them: under other names
        // they show.
        const TableNames others{QStringLiteral("h"), QStringLiteral("e"), QStringLiteral("l")};
        const std::optional<SchemaSnapshot> unfiltered = session->dialect().schemaSnapshot(session->database(), others, &error);
        QVERIFY2(unfiltered, qPrintable(error));
        QVERIFY2(unfiltered->text().contains(QLatin1String("tidemark_history")), qPrintable(unfiltered->text()));
        QVERIFY2(unfiltered->text().contains(QLatin1String("tidemark_events")), qPrintable(unfiltered->text()));
        QVERIFY(unfiltered->objects.size() > snapshot->objects.size() + 2);
    }

    void tidemarksTablesInTheUrlsSchemaAreLeftOut()
    {
        if (backend() != DatabaseKind::Postgres)
            return; // only PostgreSQL takes ?schema=
        TestProject p;
        p.write(QStringLiteral("001_orders"), ordersMigration());
        TestDatabase db(DatabaseKind::Postgres);
        auto session = db.open(p.project(), QStringLiteral("schema=app"));
        QCOMPARE(tidemark::test::runFreshPlan(*session, [&](const ProjectStatus &s) { return planUp(s, session->planDialect()); })
                     .outcome,
                 RunOutcome::Succeeded);
        QString error;
        const std::optional<SchemaSnapshot> snapshot =
            session->dialect().schemaSnapshot(session->database(), p.project().tables, &error);
        QVERIFY2(snapshot, qPrintable(error));
        QVERIFY2(snapshot->find(Kind::Table, QStringLiteral("app.orders")), qPrintable(snapshot->text()));
        QVERIFY2(snapshot->find(Kind::Schema, QStringLiteral("app")), qPrintable(snapshot->text()));
        QVERIFY2(!snapshot->text().contains(QLatin1String("tidemark_")), qPrintable(snapshot->text()));
        QVERIFY2(!snapshot->text().contains(QLatin1String("append_only")), qPrintable(snapshot->text()));
        // The session's search_path (app first) is its own again afterwards.
        QSqlQuery path(session->database());
        QVERIFY(path.exec(QStringLiteral("SHOW search_path")) && path.next());
        QVERIFY2(path.value(0).toString().startsWith(QLatin1String("app")), qPrintable(path.value(0).toString()));
    }

    void rowsDoNotShowAndAChangeDoes()
    {
        Scratch scratch;
        CREATE_SCHEMA(scratch, false);
        const SchemaSnapshot before = scratch.snapshot();
        EXEC(scratch, {backend() == DatabaseKind::Postgres
                           ? QStringLiteral("INSERT INTO parent (name) SELECT 'n' || g FROM generate_series(1, 50) g")
                           : QStringLiteral("INSERT INTO parent (name) VALUES ('n1'), ('n2'), ('n3')")});
        EXEC(scratch, {backend() == DatabaseKind::Postgres ? QStringLiteral("SELECT nextval('app.counter')")
                       : backend() == DatabaseKind::MySql  ? QStringLiteral("SELECT NEXTVAL(counter)")
                                                           : QStringLiteral("SELECT 1")});
        QCOMPARE(scratch.snapshot().text(), before.text());

        EXEC(scratch, {QStringLiteral("ALTER TABLE parent ADD COLUMN note VARCHAR(10)")});
        const SchemaSnapshot after = scratch.snapshot();
        QVERIFY(after != before);
        QCOMPARE(after.objects.size(), before.objects.size());
        const QString parent = backend() == DatabaseKind::Postgres ? QStringLiteral("public.parent") : QStringLiteral("parent");
        QVERIFY(after.find(Kind::Table, parent)->ddl != before.find(Kind::Table, parent)->ddl);
        QVERIFY2(after.find(Kind::Table, parent)->ddl.contains(QLatin1String("note")), qPrintable(after.text()));
        for (const SchemaObject &object : after.objects)
            if (object.name != parent)
                QCOMPARE(object, *before.find(object.kind, object.name));
    }

    void aChangeInsideARolledBackTransactionLeavesNothing()
    {
        if (backend() == DatabaseKind::MySql)
            return; // MariaDB commits DDL at once
        Scratch scratch;
        CREATE_SCHEMA(scratch, false);
        const SchemaSnapshot before = scratch.snapshot();
        QVERIFY(scratch.db().transaction());
        EXEC(scratch, {QStringLiteral("CREATE TABLE extra (id INT)"), QStringLiteral("DROP VIEW names")});
        const SchemaSnapshot inside = scratch.snapshot();
        QVERIFY(inside.find(Kind::Table, backend() == DatabaseKind::Postgres ? QStringLiteral("public.extra") : QStringLiteral("extra")));
        QVERIFY(!inside.find(Kind::View, backend() == DatabaseKind::Postgres ? QStringLiteral("public.names") : QStringLiteral("names")));
        QVERIFY(scratch.db().rollback());
        QCOMPARE(scratch.snapshot(), before);
    }

    void theSessionsSearchPathDoesNotChangeTheText()
    {
        if (backend() != DatabaseKind::Postgres)
            return; // only PostgreSQL has a search_path
        Scratch scratch;
        CREATE_SCHEMA(scratch, false);
        const SchemaSnapshot before = scratch.snapshot();
        EXEC(scratch, {QStringLiteral("SET search_path = app")}); // public.mood and public.parent no longer visible
        QCOMPARE(scratch.snapshot().text(), before.text());
        QSqlQuery path(scratch.db());
        QVERIFY(path.exec(QStringLiteral("SHOW search_path")) && path.next());
        QCOMPARE(path.value(0).toString(), QStringLiteral("app"));
    }

    void aFailedCatalogQueryGivesTheMessage()
    {
        Scratch scratch;
        CREATE_SCHEMA(scratch, false);
        scratch.db().close();
        QString error;
        QVERIFY(!scratch.dialect().schemaSnapshot(scratch.db(), TableNames(), &error));
        QVERIFY(!error.isEmpty());
    }

    void aQueryInAnAbortedTransactionFailsWithTheDatabasesMessage()
    {
        if (backend() != DatabaseKind::Postgres)
            return; // only PostgreSQL refuses every statement after a failed one until the rollback
        Scratch scratch;
        CREATE_SCHEMA(scratch, false);
        const SchemaSnapshot before = scratch.snapshot();
        QVERIFY(scratch.db().transaction());
        QString error;
        QVERIFY(!scratch.exec({QStringLiteral("SELECT * FROM no_such_table")}, &error));
        QVERIFY(!scratch.dialect().schemaSnapshot(scratch.db(), TableNames(), &error));
        QVERIFY2(error.contains(QLatin1String("current transaction is aborted")), qPrintable(error));
        QVERIFY(scratch.db().rollback());
        QCOMPARE(scratch.snapshot(), before);
    }

    void aFailedQueryOnALiveConnectionGivesTheDatabasesMessage()
    {
        if (backend() == DatabaseKind::Sqlite)
            return; // a SQLite file is read as long as it is open
        Scratch scratch;
        CREATE_SCHEMA(scratch, false);
        // The server ends the session: the next query fails with the server's own message.
        QSqlQuery id(scratch.db());
        QVERIFY(id.exec(backend() == DatabaseKind::Postgres ? QStringLiteral("SELECT pg_backend_pid()")
                                                           : QStringLiteral("SELECT CONNECTION_ID()"))
                && id.next());
        TestDatabase killer(backend());
        QSqlDatabase other = killer.connect();
        QSqlQuery kill(other);
        QVERIFY2(kill.exec((backend() == DatabaseKind::Postgres ? QStringLiteral("SELECT pg_terminate_backend(%1)")
                                                               : QStringLiteral("KILL %1"))
                               .arg(id.value(0).toLongLong())),
                 qPrintable(kill.lastError().text()));
        id = QSqlQuery();
        QTest::qWait(200);
        QString error;
        QVERIFY(!scratch.dialect().schemaSnapshot(scratch.db(), TableNames(), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(!error.contains(QLatin1String("the driver gave no reason")), qPrintable(error)); // the server's words
    }

private:
    static QString ordersMigration()
    {
        switch (backend()) {
        case DatabaseKind::Sqlite:
            return QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, total INT);\n"
                                  "CREATE INDEX orders_total ON orders (total);\n"
                                  "CREATE TRIGGER orders_guard BEFORE DELETE ON orders BEGIN SELECT RAISE(ABORT, 'kept'); END;\n");
        case DatabaseKind::Postgres:
            return QStringLiteral("CREATE TABLE orders (id serial PRIMARY KEY, total int);\n"
                                  "CREATE INDEX orders_total ON orders (total);\n"
                                  "CREATE FUNCTION orders_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END $$;\n");
        case DatabaseKind::MySql:
            return QStringLiteral("CREATE TABLE orders (id INT AUTO_INCREMENT PRIMARY KEY, total INT);\n"
                                  "CREATE INDEX orders_total ON orders (total);\n"
                                  "CREATE TRIGGER orders_guard BEFORE DELETE ON orders FOR EACH ROW SET @deleted = OLD.id;\n");
        }
        return {};
    }
};

QTEST_GUILESS_MAIN(TestSchemaSnapshot)
#include "tst_schemasnapshot.moc"
