#include "statuscommands.h"

#include "core/tr.h"
#include "history/validation.h"
#include "runprinter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tidemark::cli {
namespace {


struct StatusView
{
    ProjectStatus status;
    std::optional<LockHolder> lock;
    QString database;
    QString note;
};

// Reads the status; a SQLite file that does not exist yet reads as a database with nothing applied.
std::optional<StatusView> readStatus(CliContext &context)
{
    const std::optional<ConnectionUrl> url = context.connectionUrl();
    const std::optional<Project> project = context.loadProject();
    if (!url || !project)
        return std::nullopt;
    QString error;
    if (url->dialect == DatabaseKind::Sqlite && !QFileInfo::exists(url->path)) {
        const std::optional<Catalog> catalog = loadCatalog(*project, &error);
        if (!catalog) {
            context.fail(UsageError, error);
            return std::nullopt;
        }
        ProjectStatus status = computeStatus(*catalog, {}, {});
        status.diagnostics += emptyUpWarnings(status, url->dialect);
        return StatusView{std::move(status), std::nullopt, url->redacted(),
                          Tr::tr("the database file does not exist yet; `up` creates it")};
    }
    const std::unique_ptr<Session> session = context.openSession(OpenMode::ExistingOnly);
    if (!session)
        return std::nullopt;
    std::optional<ProjectStatus> status = session->status(&error);
    if (!status) {
        context.fail(RunFailed, error);
        return std::nullopt;
    }
    std::optional<LockHolder> lock = session->lockHolder(&error);
    return StatusView{std::move(*status), std::move(lock), url->redacted(), {}};
}

QString idText(const MigrationStatus &m)
{
    switch (m.kind) {
    case MigrationKind::Repeatable: return QStringLiteral("R");
    case MigrationKind::Baseline: return QStringLiteral("B") + m.version.toString();
    case MigrationKind::Versioned: break;
    }
    return m.version.toString();
}

// Why a row reads as it does, where the state alone would mislead.
QString noteText(const MigrationStatus &m)
{
    if (m.coveredByBaseline)
        return Tr::tr("created by the baseline script");
    if (m.ignored)
        return Tr::tr("baseline script, ignored: the database already has migrations");
    if (m.outdated)
        return Tr::tr("repeatable, changed since it ran: runs again");
    if (m.kind == MigrationKind::Baseline)
        return Tr::tr("baseline script");
    if (m.kind == MigrationKind::Repeatable)
        return Tr::tr("repeatable");
    return {};
}

QString appliedAtText(const MigrationStatus &m)
{
    return m.applied ? m.applied->appliedAt.toUTC().toString(Qt::ISODate) : QString();
}

QString partialRunName(PartialRun state)
{
    switch (state) {
    case PartialRun::Running: return QStringLiteral("running");
    case PartialRun::OutcomeUnknown: return QStringLiteral("outcome_unknown");
    case PartialRun::Stopped: return QStringLiteral("stopped");
    case PartialRun::None: break;
    }
    return {};
}

QJsonObject migrationJson(const MigrationStatus &m, const std::optional<LockHolder> &lock)
{
    QJsonObject json{
        {QStringLiteral("version"), m.version.toString()},
        {QStringLiteral("kind"), migrationKindName(m.kind)},
        {QStringLiteral("description"), m.description},
        {QStringLiteral("state"), migrationStateName(m.state)},
        {QStringLiteral("script"), m.script()},
        {QStringLiteral("applied_at"), m.applied ? QJsonValue(appliedAtText(m)) : QJsonValue()},
        {QStringLiteral("applied_by"), m.applied ? QJsonValue(m.applied->appliedBy) : QJsonValue()},
        {QStringLiteral("checksum"), m.file ? m.file->checksum : m.applied->checksum},
        {QStringLiteral("out_of_order"), m.outOfOrder},
        {QStringLiteral("covered_by_baseline"), m.coveredByBaseline},
        {QStringLiteral("ignored"), m.ignored},
        {QStringLiteral("has_down"), m.file ? m.file->hasDown : !m.applied->downSql.isEmpty()},
    };
    if (m.applied) {
        json.insert(QStringLiteral("applied_checksum"), m.applied->checksum);
        json.insert(QStringLiteral("execution_ms"), m.applied->executionMs);
        json.insert(QStringLiteral("statements_done"), m.applied->statementsDone);
        json.insert(QStringLiteral("statements_total"), m.applied->statementsTotal);
        json.insert(QStringLiteral("pending_statement"), m.applied->pendingStatement);
        if (m.applied->isRollingBack()) {
            json.insert(QStringLiteral("rollback_done"), *m.applied->rollbackDone);
            json.insert(QStringLiteral("rollback_total"), m.applied->rollbackTotal);
        }
    }
    if (const PartialRun partial = partialRun(m, lock); partial != PartialRun::None)
        json.insert(QStringLiteral("part_way"), partialRunName(partial));
    if (m.lastFailure)
        json.insert(QStringLiteral("error"), m.lastFailure->error);
    return json;
}

QJsonArray diagnosticsJson(const QList<Diagnostic> &diagnostics)
{
    QJsonArray array;
    for (const Diagnostic &d : diagnostics)
        array.append(diagnosticJson(d));
    return array;
}

void printJson(CliContext &context, const StatusView &view)
{
    QJsonArray migrations;
    for (const MigrationStatus &m : view.status.migrations)
        migrations.append(migrationJson(m, view.lock));
    QJsonObject json{
        {QStringLiteral("database"), view.database},
        {QStringLiteral("current_version"),
         view.status.currentVersion ? QJsonValue(view.status.currentVersion->toString()) : QJsonValue()},
        {QStringLiteral("migrations"), migrations},
        {QStringLiteral("diagnostics"), diagnosticsJson(view.status.diagnostics)},
        {QStringLiteral("lock_holder"), view.lock ? QJsonValue(view.lock->describe()) : QJsonValue()},
    };
    if (!view.note.isEmpty())
        json.insert(QStringLiteral("note"), view.note);
    if (const std::optional<ForeignHistory> &other = view.status.otherTool) {
        QJsonArray applied;
        for (const MigrationStatus &m : view.status.migrations)
            if (m.kind == MigrationKind::Versioned && other->records(m.version))
                applied.append(m.version.toString());
        QJsonArray failed;
        for (const Version &v : other->failed)
            failed.append(v.toString());
        json.insert(QStringLiteral("other_tool"),
                    QJsonObject{{QStringLiteral("tool"), other->tool},
                                {QStringLiteral("table"), other->table},
                                {QStringLiteral("summary"), other->summary()},
                                {QStringLiteral("applied"), applied},
                                {QStringLiteral("failed"), failed}});
    }
    context.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
}

void printText(CliContext &context, const StatusView &view)
{
    QTextStream &out = context.out();
    out << Tr::tr("Database: %1").arg(view.database) << '\n';
    out << Tr::tr("Current version: %1")
               .arg(view.status.currentVersion ? view.status.currentVersion->toString() : Tr::tr("none"))
        << '\n';
    if (view.lock) {
        out << Tr::tr("Locked by: %1").arg(view.lock->describe()) << '\n';
        if (const QString now = view.lock->activity(); !now.isEmpty())
            out << Tr::tr("  runs now: %1").arg(now) << '\n';
        if (!view.lock->staleReason.isEmpty())
            out << Tr::tr("  stale: %1; the next run takes the lock over").arg(view.lock->staleReason) << '\n';
        if (!view.lock->endSession.isEmpty())
            out << Tr::tr("  released when that session ends (%1)").arg(view.lock->endSession) << '\n';
    }
    if (view.status.otherTool)
        out << Tr::tr("Also recorded by %1").arg(view.status.otherTool->summary()) << '\n';
    if (!view.note.isEmpty())
        out << Tr::tr("Note: %1").arg(view.note) << '\n';
    out << '\n';
    int versionWidth = 7;
    for (const MigrationStatus &m : view.status.migrations)
        versionWidth = std::max(versionWidth, int(idText(m).size()));
    out << Tr::tr("VERSION").leftJustified(versionWidth) << "  " << Tr::tr("STATE").leftJustified(9) << "  "
        << Tr::tr("APPLIED AT (UTC)").leftJustified(20) << "  " << Tr::tr("DESCRIPTION") << '\n';
    for (const MigrationStatus &m : view.status.migrations) {
        QString state = partialRun(m, view.lock) == PartialRun::Running ? Tr::tr("running") : migrationStateName(m.state);
        if (m.outOfOrder)
            state += u'*';
        QString note = noteText(m);
        if (view.status.otherTool && m.kind == MigrationKind::Versioned) {
            const QString other = view.status.otherTool->records(m.version)
                                      ? Tr::tr("%1: applied").arg(view.status.otherTool->tool)
                                      : Tr::tr("%1: not applied").arg(view.status.otherTool->tool);
            note = note.isEmpty() ? other : note + QStringLiteral("; ") + other;
        }
        out << idText(m).leftJustified(versionWidth) << "  " << state.leftJustified(9) << "  "
            << appliedAtText(m).leftJustified(20) << "  " << m.description
            << (note.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(note)) << '\n';
        const QString indent(versionWidth + 2, u' ');
        if (const QString partial = partialRunText(m, view.lock); !partial.isEmpty())
            out << indent << partial << '\n';
        if (m.lastFailure)
            out << indent << Tr::tr("last error: %1").arg(m.lastFailure->error) << '\n';
    }
    if (std::any_of(view.status.migrations.cbegin(), view.status.migrations.cend(),
                    [](const MigrationStatus &m) { return m.outOfOrder; }))
        out << Tr::tr("* pending, but older than the current version (out of order)") << '\n';
    for (const Diagnostic &d : view.status.diagnostics)
        out << d.toString() << '\n';
    out << '\n'
        << Tr::tr("%1 applied, %2 pending, %3 modified, %4 missing, %5 failed")
               .arg(view.status.count(MigrationState::Applied))
               .arg(view.status.count(MigrationState::Pending))
               .arg(view.status.count(MigrationState::Modified))
               .arg(view.status.count(MigrationState::Missing))
               .arg(view.status.count(MigrationState::Failed))
        << Qt::endl;
}

} // namespace

int statusCommand(CliContext &context)
{
    const std::optional<StatusView> view = readStatus(context);
    if (!view)
        return context.exitCode();
    context.json() ? printJson(context, *view) : printText(context, *view);
    return Success;
}

int validateCommand(CliContext &context)
{
    const std::optional<StatusView> view = readStatus(context);
    if (!view)
        return context.exitCode();
    const Validation validation = validate(view->status, context.connectionUrl()->dialect);
    if (context.json()) {
        QJsonArray problems;
        for (const ValidationProblem &problem : validation.problems)
            problems.append(problem.message);
        QJsonObject json{{QStringLiteral("valid"), validation.passes()},
                         {QStringLiteral("problems"), problems},
                         {QStringLiteral("diagnostics"), diagnosticsJson(validation.diagnostics)}};
        context.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        for (const Diagnostic &d : validation.diagnostics)
            if (d.severity == Diagnostic::Severity::Warning)
                context.out() << d.toString() << '\n';
        for (const ValidationProblem &problem : validation.problems)
            context.out() << problem.message << '\n';
        context.out() << (validation.passes() ? Tr::tr("valid: no problems and no drift in %1 migrations")
                                                    .arg(view->status.migrations.size())
                                              : Tr::tr("problems found: %1").arg(validation.problems.size()))
                      << Qt::endl;
    }
    return validation.passes() ? Success : ValidationFailed;
}

} // namespace tidemark::cli
