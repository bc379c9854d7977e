#include "migrationreview.h"

#include "allowcomments.h"
#include "core/scriptfile.h"
#include "core/tr.h"
#include "reviewcontext.h"
#include "rulechecks.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <tuple>

namespace tidemark {
namespace {

void checkReadable(ReviewContext &context)
{
    for (const ReviewedScript *script : context.scripts())
        if (!script->error.isEmpty())
            context.report(RuleId::UnreadableScript, script->file, script->errorLine, script->errorLine,
                           Tr::tr("cannot be cut into statements, so nothing after this line was reviewed: %1")
                               .arg(script->error));
}

QList<AllowComment> allowCommentsOf(const Migration &m, DatabaseKind dialect, const QString &wholeFileText)
{
    if (!wholeFileText.isNull())
        return findAllowComments(wholeFileText, m.script, 1, dialect);
    QList<AllowComment> allows = findAllowComments(m.upSql, m.script, m.upLine, dialect);
    if (m.hasDown)
        allows += findAllowComments(m.downSql, m.downScript, m.downLine, dialect);
    return allows;
}

// goose and dbmate: both scripts are sections of one file, which may hold comments outside them.
bool isSectioned(const Migration &m)
{
    return m.upLine > 1 || (m.hasDown && m.downScript == m.script);
}

} // namespace

QList<ReviewFinding> reviewMigration(const Migration &migration, DatabaseKind dialect, const QString &wholeFileText)
{
    ReviewContext context(migration, dialect);
    checkReadable(context);
    checkDestructive(context);
    checkReversibility(context);
    checkPostgresLocking(context);
    checkMySqlLocking(context);
    checkRenames(context);
    checkTransactions(context);
    applyAllowComments(context, allowCommentsOf(migration, dialect, wholeFileText));
    QList<ReviewFinding> findings = std::move(context.findings);
    const QString &upFile = migration.script;
    std::stable_sort(findings.begin(), findings.end(), [&upFile](const ReviewFinding &a, const ReviewFinding &b) {
        const auto key = [&upFile](const ReviewFinding &f) { return std::tuple(f.file != upFile, f.line, f.rule); };
        return key(a) < key(b);
    });
    return findings;
}

QList<ReviewFinding> reviewMigrationInFolder(const Migration &migration, DatabaseKind dialect,
                                             const QString &migrationsDir)
{
    QString wholeFile;
    if (!migrationsDir.isEmpty() && isSectioned(migration)) {
        const ScriptFile file = readScriptFile(QDir(migrationsDir).filePath(migration.script));
        if (file.error.isEmpty())
            wholeFile = file.text.isNull() ? QStringLiteral("") : file.text;
    }
    return reviewMigration(migration, dialect, wholeFile);
}

QList<ReviewFinding> reviewCatalog(const Catalog &catalog, DatabaseKind dialect, const QString &migrationsDir)
{
    QList<ReviewFinding> findings;
    for (const Migration &m : catalog.migrations)
        findings += reviewMigrationInFolder(m, dialect, migrationsDir);
    return findings;
}

} // namespace tidemark
