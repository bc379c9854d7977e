#include "profilecommands.h"

#include "clikeychain.h"
#include "connections/connectionprobe.h"
#include "connections/profilestore.h"
#include "core/tr.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace tidemark::cli {
namespace {

QJsonObject profileJson(const ConnectionProfile &p)
{
    return QJsonObject{
        {QStringLiteral("name"), p.name},
        {QStringLiteral("id"), p.id},
        {QStringLiteral("driver"), databaseKindName(p.driver)},
        {QStringLiteral("url"), p.redactedUrl()},
        {QStringLiteral("host"), p.host},
        {QStringLiteral("port"), p.driver == DatabaseKind::Sqlite ? QJsonValue() : QJsonValue(p.effectivePort())},
        {QStringLiteral("database"), p.database},
        {QStringLiteral("user"), p.user},
        {QStringLiteral("schema"), p.schema},
        {QStringLiteral("tls"), ConnectionProfile::tlsModeName(p.tlsMode)},
        {QStringLiteral("environment"), ConnectionProfile::environmentName(p.environment)},
        {QStringLiteral("production"), p.isProduction()},
        {QStringLiteral("color"), p.color}, // empty: the environment's colour
        {QStringLiteral("project"), p.projectDir},
    };
}

void printJson(CliContext &context, const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    context.out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    context.out().flush();
}

// The whole of stdin less one trailing line break: `printf %s "$PW" |` and `echo "$PW" |` both work.
std::optional<QString> readPasswordFromStdin(CliContext &context)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        context.fail(UsageError, Tr::tr("cannot read the password from standard input"));
        return std::nullopt;
    }
    QString password = QString::fromUtf8(in.readAll());
    if (password.endsWith(u'\n'))
        password.chop(1);
    if (password.endsWith(u'\r'))
        password.chop(1);
    if (password.isEmpty()) {
        context.fail(UsageError, Tr::tr("--password-stdin read an empty password"));
        return std::nullopt;
    }
    return password;
}

std::optional<ConnectionProfile> namedProfile(CliContext &context, const QString &name)
{
    std::optional<ConnectionProfile> profile = ProfileStore().find(name);
    if (!profile)
        context.fail(UsageError, Tr::tr("there is no profile named \"%1\"; see tidemark-cli profile list").arg(name));
    return profile;
}

// Writes the password first, so that nothing is saved when the keychain is not there.
bool savePassword(CliContext &context, const ConnectionProfile &profile, const QString &password)
{
    const KeychainAnswer answer = writePasswordNow(profile.id, password);
    if (answer.ok())
        return true;
    if (answer.status == KeychainAnswer::Status::Unavailable)
        context.fail(UsageError, Tr::tr("cannot save the password of profile \"%1\": %2. Nothing was saved; "
                                        "in CI, set TIDEMARK_PASSWORD instead")
                                     .arg(profile.name, answer.message));
    else
        context.fail(RunFailed, Tr::tr("cannot save the password of profile \"%1\": %2. Nothing was saved")
                                    .arg(profile.name, answer.message));
    return false;
}

int addProfile(CliContext &context, const QString &name)
{
    if (!context.parser().isSet(QStringLiteral("url")))
        return context.fail(UsageError, Tr::tr("profile add needs --url, e.g. tidemark-cli profile add staging "
                                               "--url postgres://app@db:5432/shop"));
    QString error;
    const std::optional<ConnectionUrl> url = ConnectionUrl::parse(context.parser().value(QStringLiteral("url")), &error);
    if (!url)
        return context.fail(UsageError, error);
    ConnectionProfile profile = ConnectionProfile::fromUrl(*url, name);
    if (context.parser().isSet(QStringLiteral("env"))) {
        const std::optional<EnvironmentTag> env =
            ConnectionProfile::parseEnvironment(context.parser().value(QStringLiteral("env")));
        if (!env)
            return context.fail(UsageError, Tr::tr("--env is development, staging or production"));
        profile.environment = *env;
    }
    if (context.parser().isSet(QStringLiteral("project")))
        profile.projectDir = QDir(context.parser().value(QStringLiteral("project"))).absolutePath();
    if (const QString invalid = profile.validationError(); !invalid.isEmpty())
        return context.fail(UsageError, invalid);
    ProfileStore store;
    if (const std::optional<ConnectionProfile> existing = store.find(name))
        return context.fail(UsageError, Tr::tr("there is already a profile named \"%1\"; remove it first, or "
                                               "change its password with profile password")
                                            .arg(existing->name));

    const bool withPassword = context.parser().isSet(QStringLiteral("password-stdin"));
    if (withPassword && !profile.needsPassword())
        return context.fail(UsageError, Tr::tr("a SQLite profile has no password"));
    if (withPassword) {
        const std::optional<QString> password = readPasswordFromStdin(context);
        if (!password || !savePassword(context, profile, *password))
            return context.exitCode();
    }
    if (!store.save(profile, &error)) {
        if (withPassword)
            deletePasswordNow(profile.id);
        return context.fail(RunFailed, error);
    }
    if (context.json()) {
        QJsonObject json = profileJson(profile);
        json.insert(QStringLiteral("password_saved"), withPassword);
        printJson(context, json);
    } else {
        context.out() << Tr::tr("saved profile \"%1\" (%2, %3)")
                             .arg(profile.name, profile.redactedUrl(),
                                  ConnectionProfile::environmentName(profile.environment))
                      << Qt::endl;
        if (withPassword)
            context.out() << Tr::tr("the password is in the OS keychain") << Qt::endl;
        else if (profile.needsPassword())
            context.out() << Tr::tr("no password saved: set TIDEMARK_PASSWORD, or save one with "
                                    "tidemark-cli profile password %1 --password-stdin")
                                 .arg(profile.name)
                          << Qt::endl;
    }
    return Success;
}

int setPassword(CliContext &context, const QString &name)
{
    if (!context.parser().isSet(QStringLiteral("password-stdin")))
        return context.fail(UsageError, Tr::tr("profile password reads the password with --password-stdin only"));
    const std::optional<ConnectionProfile> profile = namedProfile(context, name);
    if (!profile)
        return context.exitCode();
    if (!profile->needsPassword())
        return context.fail(UsageError, Tr::tr("a SQLite profile has no password"));
    const std::optional<QString> password = readPasswordFromStdin(context);
    if (!password || !savePassword(context, *profile, *password))
        return context.exitCode();
    if (!context.json())
        context.out() << Tr::tr("saved the password of profile \"%1\" in the OS keychain").arg(profile->name)
                      << Qt::endl;
    return Success;
}

int listProfiles(CliContext &context)
{
    const QList<ConnectionProfile> profiles = ProfileStore().profiles();
    if (context.json()) {
        QJsonArray array;
        for (const ConnectionProfile &p : profiles)
            array.append(profileJson(p));
        printJson(context, array);
        return Success;
    }
    if (profiles.isEmpty()) {
        context.out() << Tr::tr("no profiles yet; add one with tidemark-cli profile add NAME --url URL") << Qt::endl;
        return Success;
    }
    qsizetype nameWidth = 4;
    for (const ConnectionProfile &p : profiles)
        nameWidth = std::max(nameWidth, p.name.size());
    for (const ConnectionProfile &p : profiles) {
        context.out() << p.name.leftJustified(nameWidth + 2)
                      << ConnectionProfile::environmentName(p.environment).leftJustified(13) << p.redactedUrl();
        if (!p.projectDir.isEmpty())
            context.out() << "  " << QDir::toNativeSeparators(p.projectDir);
        context.out() << Qt::endl;
    }
    return Success;
}

int removeProfile(CliContext &context, const QString &name)
{
    const std::optional<ConnectionProfile> profile = namedProfile(context, name);
    if (!profile)
        return context.exitCode();
    if (profile->needsPassword()) {
        const KeychainAnswer answer = deletePasswordNow(profile->id);
        if (!answer.ok())
            context.err() << Tr::tr("warning: could not delete the password of profile \"%1\" from the keychain: %2")
                                 .arg(profile->name, answer.message)
                          << Qt::endl;
    }
    QString error;
    if (!ProfileStore().remove(profile->id, &error))
        return context.fail(RunFailed, error);
    if (!context.json())
        context.out() << Tr::tr("removed profile \"%1\"").arg(profile->name) << Qt::endl;
    return Success;
}

int testProfile(CliContext &context, const QString &name)
{
    const std::optional<ConnectionProfile> profile = namedProfile(context, name);
    if (!profile)
        return context.exitCode();
    const QString password = context.profilePassword(*profile);
    const ProbeResult result = ConnectionProbe::run(profile->toUrl(), password);
    if (context.json()) {
        printJson(context, QJsonObject{
                               {QStringLiteral("profile"), profile->name},
                               {QStringLiteral("outcome"), probeOutcomeName(result.outcome)},
                               {QStringLiteral("message"), result.message},
                               {QStringLiteral("detail"), result.detail},
                               {QStringLiteral("server_version"), result.serverVersion},
                               {QStringLiteral("elapsed_ms"), result.elapsedMs},
                           });
        return result.ok() ? Success : RunFailed;
    }
    if (!result.ok())
        return context.fail(RunFailed, result.detail.isEmpty() || result.outcome == ProbeOutcome::Failed
                                           ? result.message
                                           : Tr::tr("%1 (%2)").arg(result.message, result.detail));
    context.out() << Tr::tr("%1: %2 in %3 ms").arg(result.message, result.serverVersion).arg(result.elapsedMs)
                  << Qt::endl;
    return Success;
}

} // namespace

int profileCommand(CliContext &context)
{
    const QStringList args = context.arguments();
    const QString sub = args.value(0);
    const auto needName = [&](const QString &usage) -> std::optional<QString> {
        if (args.size() != 2) {
            context.fail(UsageError, Tr::tr("usage: tidemark-cli profile %1").arg(usage));
            return std::nullopt;
        }
        return args.at(1);
    };
    if (sub == u"list") {
        if (args.size() != 1)
            return context.fail(UsageError, Tr::tr("usage: tidemark-cli profile list [--format json]"));
        return listProfiles(context);
    }
    if (sub == u"add") {
        const std::optional<QString> name =
            needName(QStringLiteral("add NAME --url URL [--env ENV] [--project DIR] [--password-stdin]"));
        return name ? addProfile(context, *name) : context.exitCode();
    }
    if (sub == u"remove") {
        const std::optional<QString> name = needName(QStringLiteral("remove NAME"));
        return name ? removeProfile(context, *name) : context.exitCode();
    }
    if (sub == u"password") {
        const std::optional<QString> name = needName(QStringLiteral("password NAME --password-stdin"));
        return name ? setPassword(context, *name) : context.exitCode();
    }
    if (sub == u"test") {
        const std::optional<QString> name = needName(QStringLiteral("test NAME"));
        return name ? testProfile(context, *name) : context.exitCode();
    }
    return context.fail(UsageError, Tr::tr("profile needs one of add, list, remove, password or test"));
}

} // namespace tidemark::cli
