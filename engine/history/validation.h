#pragma once

#include "core/databasekind.h"
#include "core/diagnostic.h"
#include "migrationstatus.h"

#include <QList>
#include <QString>

namespace tidemark {

// One reason the project does not validate.
struct ValidationProblem
{
    enum class Kind {
        FileError, // an error in the migration files, or a script that cannot be cut into statements
        Modified,  // applied, but its file changed since
        Missing,   // applied, but its file is gone
        Failed,    // its last attempt failed, or it stopped part-way
        EmptyUp,   // pending, and its up has no statements: applying it would change nothing but the history
    };

    Kind kind = Kind::FileError;
    Version version;     // the migration (Modified, Missing, Failed, EmptyUp); empty for a file error or a repeatable
    QString description;
    QString file;        // the file the error is in, or the migration's script
    int line = 0;        // of a file error in file; 0 when it is about the file as a whole or a migration
    QString message;     // the problem in one line, naming its file or migration, as `validate` prints it
};

// What `validate` decides from a status: the files must read and cut without error, every applied migration
// must still match its file and none may have failed, and no pending migration may have an empty up.
struct Validation
{
    QList<Diagnostic> diagnostics; // the files' diagnostics, warnings too, then the scripts that cannot be cut
    QList<ValidationProblem> problems; // the errors among diagnostics first, then the migrations in status order

    bool passes() const { return problems.isEmpty(); }
};

// dialect: the database's, whose splitter must cut every script (as the runner will).
Validation validate(const ProjectStatus &status, DatabaseKind dialect);

// A warning naming the file of each migration that up would apply with no statements: it would be recorded as
// applied, and nothing else would change. Applied migrations are left alone: their files cannot change any more.
QList<Diagnostic> emptyUpWarnings(const ProjectStatus &status, DatabaseKind dialect);

} // namespace tidemark
