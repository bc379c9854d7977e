#include "runcontext.h"

#include "core/tr.h"
#include "database/dialect.h"
#include "database/migrationlock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QProcess>

namespace tidemark {
namespace {

// The fields of RunContext by their JSON names (docs/AUDIT.md), plan aside.
const QList<std::pair<const char *, QString RunContext::*>> &contextFields()
{
    static const QList<std::pair<const char *, QString RunContext::*>> fields = {
        {"tool", &RunContext::tool},
        {"command", &RunContext::command},
        {"profile", &RunContext::profile},
        {"environment", &RunContext::environment},
        {"target", &RunContext::target},
        {"database_kind", &RunContext::databaseKind},
        {"server_version", &RunContext::serverVersion},
        {"tidemark_version", &RunContext::tidemarkVersion},
        {"os_user", &RunContext::osUser},
        {"host", &RunContext::host},
        {"database_user", &RunContext::databaseUser},
        {"project", &RunContext::project},
        {"git_commit", &RunContext::gitCommit},
    };
    return fields;
}

QString runGit(const QString &folder, const QStringList &arguments, bool *ok)
{
    QProcess git;
    git.setProgram(QStringLiteral("git"));
    git.setArguments(QStringList{QStringLiteral("-C"), folder} + arguments);
    git.setStandardInputFile(QProcess::nullDevice());
    git.start();
    *ok = git.waitForFinished(5000) && git.exitStatus() == QProcess::NormalExit && git.exitCode() == 0;
    return *ok ? QString::fromUtf8(git.readAllStandardOutput()).trimmed() : QString();
}

} // namespace

QJsonObject RunContext::toJson() const
{
    QJsonObject object;
    for (const auto &[name, field] : contextFields())
        object.insert(QLatin1String(name), this->*field);
    QJsonArray steps;
    for (const PlannedMigration &m : plan)
        steps.append(QJsonObject{{QStringLiteral("direction"), m.direction == Direction::Up ? QStringLiteral("up")
                                                                                            : QStringLiteral("down")},
                                 {QStringLiteral("version"), m.version},
                                 {QStringLiteral("description"), m.description},
                                 {QStringLiteral("script"), m.script},
                                 {QStringLiteral("checksum"), m.checksum}});
    object.insert(QStringLiteral("plan"), steps);
    return object;
}

RunContext RunContext::fromJson(const QJsonObject &object)
{
    RunContext context;
    for (const auto &[name, field] : contextFields())
        context.*field = object.value(QLatin1String(name)).toString();
    for (const QJsonValue &value : object.value(QStringLiteral("plan")).toArray()) {
        const QJsonObject step = value.toObject();
        PlannedMigration m;
        m.direction = step.value(QStringLiteral("direction")).toString() == QLatin1String("down") ? Direction::Down
                                                                                                 : Direction::Up;
        m.version = step.value(QStringLiteral("version")).toString();
        m.description = step.value(QStringLiteral("description")).toString();
        m.script = step.value(QStringLiteral("script")).toString();
        m.checksum = step.value(QStringLiteral("checksum")).toString();
        context.plan.append(m);
    }
    return context;
}

QString RunContext::actor() const
{
    return actorText(osUser, host, databaseUser);
}

QJsonObject RunContext::logLine() const
{
    QJsonObject line{{QStringLiteral("type"), QStringLiteral("context")}};
    for (const auto &[name, field] : contextFields())
        line.insert(QLatin1String(name), this->*field);
    line.insert(QStringLiteral("actor"), actor());
    return line;
}

QString actorText(const QString &osUser, const QString &host, const QString &databaseUser)
{
    QString text = osUser + u'@' + host;
    if (!databaseUser.isEmpty())
        text += Tr::tr(" as %1").arg(databaseUser);
    return text;
}

RunContext completedContext(RunContext context, const QSqlDatabase &db, const Dialect &dialect)
{
    const LockIdentity me = LockIdentity::current({});
    context.tidemarkVersion = QStringLiteral(TIDEMARK_VERSION);
    context.osUser = me.owner;
    context.host = me.host;
    context.databaseUser = dialect.databaseUser(db);
    context.databaseKind = databaseKindName(dialect.kind());
    if (context.serverVersion.isEmpty())
        context.serverVersion = dialect.serverVersion(db);
    if (context.gitCommit.isEmpty() && !context.project.isEmpty())
        context.gitCommit = gitCommitOf(context.project);
    return context;
}

QString gitCommitOf(const QString &folder)
{
    bool ok = false;
    const QString commit = runGit(folder, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}, &ok);
    if (!ok || commit.isEmpty())
        return {};
    const QString changes = runGit(folder, {QStringLiteral("status"), QStringLiteral("--porcelain"), QStringLiteral("--"),
                                            QStringLiteral(".")},
                                   &ok);
    return ok && !changes.isEmpty() ? commit + QStringLiteral("+dirty") : commit;
}

} // namespace tidemark
