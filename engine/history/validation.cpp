#include "validation.h"

#include "core/tr.h"
#include "sql/sqlsplitter.h"

#include <QCoreApplication>

namespace tidemark {
namespace {

// Scripts that cannot be cut into statements would fail at run time; find them now.
QList<Diagnostic> cutProblems(const ProjectStatus &status, DatabaseKind dialect)
{
    QList<Diagnostic> problems;
    for (const MigrationStatus &m : status.migrations) {
        if (!m.file)
            continue;
        struct Script { QString file; QString sql; int firstLine; };
        const Script scripts[] = {{m.file->script, m.file->upSql, m.file->upLine},
                                  {m.file->downScript, m.file->downSql, m.file->downLine}};
        for (const Script &script : scripts) {
            const SplitResult split = splitMigrationSql(script.sql.toUtf8(), dialect);
            if (!script.file.isEmpty() && !split.ok())
                problems.append({Diagnostic::Severity::Error, script.file, script.firstLine + split.errorLine - 1,
                                 split.error});
        }
    }
    return problems;
}

ValidationProblem fileProblem(const Diagnostic &d)
{
    ValidationProblem problem;
    problem.kind = ValidationProblem::Kind::FileError;
    problem.file = d.file;
    problem.line = d.line;
    problem.message = d.toString();
    return problem;
}

// No statement to run: the up is empty, or only comments, in the dialect's cut.
bool hasEmptyUp(const Migration &file, DatabaseKind dialect)
{
    const SplitResult split = splitMigrationSql(file.upSql.toUtf8(), dialect);
    return split.ok() && split.statements.isEmpty();
}

// Up would apply it with no statements: recorded as applied, nothing else changed.
bool appliesEmpty(const MigrationStatus &m, DatabaseKind dialect)
{
    return m.state == MigrationState::Pending && !m.ignored && m.file && hasEmptyUp(*m.file, dialect);
}

// The problem with a migration; nullopt when it has none.
std::optional<ValidationProblem> migrationProblem(const MigrationStatus &m, DatabaseKind dialect)
{
    ValidationProblem problem;
    problem.version = m.version;
    problem.description = m.description;
    problem.file = m.script();
    const QString name = m.version.toString() + u' ' + m.description;
    switch (m.state) {
    case MigrationState::Modified:
        problem.kind = ValidationProblem::Kind::Modified;
        problem.message = Tr::tr("%1: changed after it was applied (checksum %2 in the database, %3 in the file)")
                              .arg(name, m.applied->checksum.left(12), m.file->checksum.left(12));
        return problem;
    case MigrationState::Missing:
        problem.kind = ValidationProblem::Kind::Missing;
        problem.message = Tr::tr("%1: applied, but its file %2 is gone").arg(name, m.applied->script);
        return problem;
    case MigrationState::Failed:
        problem.kind = ValidationProblem::Kind::Failed;
        problem.message = Tr::tr("%1: failed: %2")
                              .arg(name, m.lastFailure ? m.lastFailure->error : Tr::tr("stopped part-way"));
        return problem;
    case MigrationState::Pending:
        if (!appliesEmpty(m, dialect))
            break;
        problem.kind = ValidationProblem::Kind::EmptyUp;
        problem.message = Tr::tr("%1: its up script has no statements; write them, or remove the migration").arg(name);
        return problem;
    case MigrationState::Applied:
        break;
    }
    return std::nullopt;
}

} // namespace

Validation validate(const ProjectStatus &status, DatabaseKind dialect)
{
    Validation validation;
    validation.diagnostics = status.diagnostics + cutProblems(status, dialect);
    for (const Diagnostic &d : std::as_const(validation.diagnostics))
        if (d.severity == Diagnostic::Severity::Error)
            validation.problems.append(fileProblem(d));
    for (const MigrationStatus &m : status.migrations)
        if (std::optional<ValidationProblem> problem = migrationProblem(m, dialect))
            validation.problems.append(std::move(*problem));
    return validation;
}

QList<Diagnostic> emptyUpWarnings(const ProjectStatus &status, DatabaseKind dialect)
{
    QList<Diagnostic> warnings;
    for (const MigrationStatus &m : status.migrations)
        if (appliesEmpty(m, dialect))
            warnings.append({Diagnostic::Severity::Warning, m.file->script, 0,
                             Tr::tr("its up script has no statements (it is empty or only comments): applying it "
                                    "only records it as applied")});
    return warnings;
}

} // namespace tidemark
