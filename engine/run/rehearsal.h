#pragma once

#include "database/dialect.h"
#include "plan.h"
#include "rehearsalreport.h"

#include <QSqlDatabase>

#include <optional>

namespace tidemark {

class RehearsalSteps;

// Runs a plan for real and undoes it, so that a DBA sees before production whether it runs, how long each step
// takes, what it locks and what the schema becomes. Nothing of it is kept and nothing is recorded:
// - SQLite and PostgreSQL: the whole plan in one transaction that is rolled back, each step behind a savepoint;
//   a statement that cannot run in a transaction is not sent, and the report says so;
// - MariaDB/MySQL, whose DDL commits: on a scratch database made with the target's schema, dropped afterwards.
// It holds the migration lock throughout, so no run changes the database meanwhile.
class Rehearsal
{
public:
    Rehearsal(QSqlDatabase db, const Dialect &dialect, PlanDialect planDialect, TableNames tables);

    RehearsalReport rehearse(const Plan &plan, const RehearsalOptions &options);

private:
    // SQLite, PostgreSQL: one transaction, rolled back.
    void rehearseInTransaction(const Plan &plan, const RehearsalOptions &options, RehearsalReport &report);
    // MariaDB/MySQL: a scratch database with the target's schema, dropped (rehearsalscratch.cpp).
    void rehearseOnScratch(const Plan &plan, const RehearsalOptions &options, RehearsalReport &report);
    // SQLite has no session lock: the write transaction is the rehearsal's lock, taken once no run holds
    // Tidemark's lock row. False with the outcome set in report when it could not be.
    bool beginExclusive(const RehearsalOptions &options, RehearsalReport &report);
    void runSteps(const Plan &plan, RehearsalSteps &steps, const RehearsalOptions &options, RehearsalReport &report);
    // The schema and the history as a text that changes when either does.
    std::optional<QString> historyFingerprint(QString *error) const;
    std::optional<SchemaSnapshot> snapshot(QString *error) const;
    // After the rehearsal was undone: whether the target reads as before it.
    void checkNothingLeft(const QString &historyBefore, const SchemaSnapshot &schemaBefore,
                          RehearsalReport &report) const;

    QSqlDatabase m_db;
    const Dialect &m_dialect;
    PlanDialect m_planDialect;
    TableNames m_tables;
};

} // namespace tidemark
