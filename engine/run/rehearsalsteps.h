#pragma once

#include "rehearsalreport.h"

namespace tidemark {

// Runs the steps of a rehearsal, one after the other, on a connection already inside the rehearsal's transaction
// (SQLite, PostgreSQL) or on the scratch database (MariaDB/MySQL). Internal to Rehearsal.
class RehearsalSteps
{
public:
    RehearsalSteps(QSqlDatabase db, const PlanDialect &planDialect, const RehearsalOptions &options);

    // MySQL: the target's own name, which a statement must not name (run here it would change the target itself).
    void setTargetDatabase(const QString &name) { m_targetDatabase = name; }
    // PostgreSQL: the relations that existed before, whose locks are reported (see readHeldLocks).
    void setExistingRelations(QList<quint32> oids, QList<HeldLock> heldBefore);

    RehearsedStep run(const PlanStep &step);

private:
    bool inTransaction() const { return m_planDialect.kind != DatabaseKind::MySql; }
    // Why a statement is not sent in this rehearsal; empty when it is.
    QString whyNotRun(const SqlStatement &statement, const QByteArray &script) const;
    bool exec(const QString &sql, QString *error);
    void readLocks(RehearsedStep &rehearsed);

    QSqlDatabase m_db;
    PlanDialect m_planDialect;
    const RehearsalOptions &m_options;
    QString m_targetDatabase;
    bool m_readsLocks = false;
    QList<quint32> m_existing;
    QList<HeldLock> m_held; // every lock the steps so far took
};

} // namespace tidemark
