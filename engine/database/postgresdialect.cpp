#include "postgresdialect.h"

#include "core/tr.h"
#include "postgreslock.h"
#include "postgresschema.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tidemark {

QStringList PostgresDialect::createTablesSql(const TableNames &t) const
{
    const QString history = t.history.toLower();
    const QString events = t.events.toLower();
    const QString guard = postgresEventsGuardName(events);
    const QString noTruncate = derivedName(events, QStringLiteral("_no_truncate"), postgresIdentifierLength);
    // One DO block: one transaction, so the tables come whole or not at all, and no NOTICE ("already exists,
    // skipping") reaches the terminal on every run, since client_min_messages is raised for this transaction only.
    return {
        QStringLiteral("DO $tidemark$ BEGIN "
                       "PERFORM set_config('client_min_messages', 'warning', true); ")
        // The schema of ?schema= (see postgresTargetSchemaSql), created when missing. search_path names it first, so once it
        // exists it is current_schema() and the tables below land in it.
        + QStringLiteral("IF coalesce(current_setting('tidemark.schema', true), '') <> '' AND NOT EXISTS ("
                         "SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = current_setting('tidemark.schema', true)) "
                         "THEN EXECUTE format('CREATE SCHEMA IF NOT EXISTS %I', current_setting('tidemark.schema', true)); "
                         "END IF; ")
        + QStringLiteral("CREATE TABLE IF NOT EXISTS %1 ("
                         "installed_rank BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, version TEXT NOT NULL, "
                         "description TEXT NOT NULL, kind TEXT NOT NULL, script TEXT NOT NULL, checksum TEXT NOT NULL, "
                         "up_sql TEXT NOT NULL, down_sql TEXT, applied_by TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL, "
                         "execution_ms BIGINT NOT NULL, statements_done INTEGER NOT NULL, "
                         "statements_total INTEGER NOT NULL, run_id TEXT NOT NULL); ")
              .arg(history)
        + QStringLiteral("CREATE TABLE IF NOT EXISTS %1 ("
                         "id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, event TEXT NOT NULL, version TEXT, "
                         "description TEXT, script TEXT, run_id TEXT, actor TEXT NOT NULL, at TIMESTAMPTZ NOT NULL, "
                         "error TEXT, details TEXT, error_statement INTEGER, error_line INTEGER); ")
              .arg(events)
        // The append-only guard: a function and two triggers, created when missing rather than replaced, so a run by
        // another role that does not own them does not fail. Everything resolves in the current schema.
        + QStringLiteral(
              "IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_proc WHERE proname = '%2' AND pronamespace = "
              "(SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = current_schema())) THEN "
              "CREATE OR REPLACE FUNCTION %2() RETURNS trigger LANGUAGE plpgsql AS $guard$ BEGIN "
              "RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP; END $guard$; "
              "END IF; "
              "IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_trigger WHERE tgname = '%2' AND tgrelid = '%1'::regclass) "
              "THEN CREATE TRIGGER %2 BEFORE UPDATE OR DELETE ON %1 FOR EACH ROW EXECUTE FUNCTION %2(); "
              "END IF; "
              "IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_trigger WHERE tgname = '%3' AND tgrelid = '%1'::regclass) "
              "THEN CREATE TRIGGER %3 BEFORE TRUNCATE ON %1 FOR EACH STATEMENT EXECUTE FUNCTION %2(); "
              "END IF; END $tidemark$")
              .arg(events, guard, noTruncate),
    };
}

bool PostgresDialect::createUniqueIndex(const QSqlDatabase &db, const QString &table, const QString &column,
                                        QString *error) const
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("DO $tidemark$ BEGIN PERFORM set_config('client_min_messages', 'warning', true); "
                                  "CREATE UNIQUE INDEX IF NOT EXISTS %1 ON %2 (%3); END $tidemark$")
                       .arg(uniqueIndexName(table.toLower(), column), table, column)))
        return true;
    *error = databaseMessage(query.lastError());
    return false;
}

std::unique_ptr<MigrationLock> PostgresDialect::createLock(const QSqlDatabase &db, const TableNames &tables,
                                                           const LockIdentity &) const
{
    return std::make_unique<PostgresLock>(db, tables.history);
}

bool PostgresDialect::tableExists(const QSqlDatabase &db, const QString &table) const
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c "
                                 "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                                 "WHERE n.nspname = %1 AND c.relname = ? AND c.relkind IN ('r', 'p'))")
                      .arg(QLatin1String(postgresTargetSchemaSql)));
    query.addBindValue(table.toLower()); // unquoted names fold to lower case
    return query.exec() && query.next() && query.value(0).toBool();
}

QString PostgresDialect::databaseUser(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT current_user")) && query.next())
        return query.value(0).toString();
    return db.userName();
}

bool PostgresDialect::addsEnumValuesInTransaction(const QSqlDatabase &db) const
{
    // Unread, the version counts as older: the value is then added outside a transaction, as every version allows.
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SHOW server_version_num")) && query.next() && query.value(0).toInt() >= 120000;
}

} // namespace tidemark
