#include "conventionfactory.h"

#include "conventionfiles.h"
#include "core/tr.h"
#include "core/scriptfile.h"
#include "dbmateconvention.h"
#include "flywayconvention.h"
#include "flywayname.h"
#include "golangmigrateconvention.h"
#include "gooseconvention.h"
#include "goosescript.h"
#include "singlefilemigrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace tidemark {
namespace {

const QRegularExpression &golangMigratePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]+_.*)\\.(up|down)\\.sql$"));
    return pattern;
}

} // namespace

std::unique_ptr<Convention> conventionByName(const QString &name)
{
    if (name == u"golang-migrate")
        return std::make_unique<GolangMigrateConvention>();
    if (name == u"goose")
        return std::make_unique<GooseConvention>();
    if (name == u"flyway")
        return std::make_unique<FlywayConvention>();
    if (name == u"dbmate")
        return std::make_unique<DbmateConvention>();
    return nullptr;
}

QStringList conventionNames()
{
    return {QStringLiteral("golang-migrate"), QStringLiteral("goose"), QStringLiteral("flyway"),
            QStringLiteral("dbmate")};
}

// Each migration in the folder votes for the convention its file follows: golang-migrate by its .up/.down
// name (a pair is one vote), Flyway by a V/B/R name (undo scripts go with their V), goose and dbmate, whose
// NNN_name.sql names are alike, by the annotations inside. The majority wins, ties in conventionNames()
// order; the files of the others then become the chosen convention's diagnostics when it reads the folder.
// Single-file names with neither kind of annotation count only when nothing else does (as goose, which
// then names what is missing in each file).
std::unique_ptr<Convention> detectConvention(const QString &dir)
{
    QHash<QString, int> votes;
    QSet<QString> golangMigrations;
    int unannotated = 0;
    const QDir folder(dir);
    for (const QString &file : sqlFileNames(dir)) {
        if (const QRegularExpressionMatch m = golangMigratePattern().match(file); m.hasMatch()) {
            golangMigrations.insert(m.captured(1));
        } else if (const std::optional<FlywayName> flyway = parseFlywayName(file).name) {
            if (flyway->prefix != FlywayName::Prefix::Undo)
                ++votes[QStringLiteral("flyway")];
        } else if (isSingleFileMigrationName(file)) {
            const ScriptFile script = readScriptFile(folder.filePath(file));
            if (hasGooseAnnotations(script.text))
                ++votes[QStringLiteral("goose")];
            else if (hasDbmateMarkers(script.text))
                ++votes[QStringLiteral("dbmate")];
            else
                ++unannotated;
        }
    }
    votes[QStringLiteral("golang-migrate")] += int(golangMigrations.size());
    QString best;
    int most = 0;
    for (const QString &name : conventionNames()) {
        if (votes.value(name) > most) {
            most = votes.value(name);
            best = name;
        }
    }
    if (best.isEmpty())
        best = unannotated > 0 ? QStringLiteral("goose") : QStringLiteral("golang-migrate");
    return conventionByName(best);
}

std::unique_ptr<Convention> projectConvention(const Project &project, QString *error)
{
    if (project.convention.isEmpty())
        return detectConvention(project.migrationsDir);
    std::unique_ptr<Convention> convention = conventionByName(project.convention);
    if (!convention)
        *error = Tr::tr("tidemark.json names an unknown convention \"%1\"; known: %2")
                     .arg(project.convention, conventionNames().join(QStringLiteral(", ")));
    return convention;
}

} // namespace tidemark
