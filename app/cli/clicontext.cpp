#include "clicontext.h"

#include "clikeychain.h"
#include "connections/profilestore.h"
#include "conventions/conventionfactory.h"

#include <QCoreApplication>
#include <QDir>

namespace tidemark::cli {

CliContext::CliContext(const QCommandLineParser &parser)
    : m_parser(parser)
    , m_out(stdout)
    , m_err(stderr)
{
}

int CliContext::fail(ExitCode code, const QString &message)
{
    m_err << QCoreApplication::translate("tidemark", "error: %1").arg(message) << Qt::endl;
    m_exitCode = code;
    return code;
}

std::optional<Project> CliContext::loadProject()
{
    if (m_project)
        return m_project;
    const QString dir = m_parser.isSet(QStringLiteral("project")) ? m_parser.value(QStringLiteral("project"))
                                                                   : QDir::currentPath();
    QString error;
    m_project = Project::load(dir, &error);
    // A convention tidemark.json names is checked with the file: a wrong one is bad input, not a failed run.
    if (m_project && !m_project->convention.isEmpty() && !projectConvention(*m_project, &error))
        m_project.reset();
    if (!m_project)
        fail(UsageError, error);
    return m_project;
}

std::optional<ConnectionUrl> CliContext::connectionUrl()
{
    if (m_urlResolved)
        return m_url; // an error was reported the first time
    m_urlResolved = true;
    const bool byProfile = m_parser.isSet(QStringLiteral("profile"));
    const bool byUrl = m_parser.isSet(QStringLiteral("url"));
    if (byProfile && byUrl) {
        fail(UsageError, QCoreApplication::translate("tidemark", "use either --profile or --url, not both"));
        return std::nullopt;
    }
    if (byProfile) {
        if (const std::optional<ConnectionProfile> saved = profile())
            m_url = saved->toUrl();
        return m_url;
    }
    if (!byUrl) {
        fail(UsageError, QCoreApplication::translate("tidemark", "--url is required (or --profile NAME), e.g. "
                                                                 "--url sqlite:app.db or --profile staging"));
        return std::nullopt;
    }
    QString error;
    m_url = ConnectionUrl::parse(m_parser.value(QStringLiteral("url")), &error);
    if (!m_url)
        fail(UsageError, error);
    return m_url;
}

std::optional<ConnectionProfile> CliContext::profile()
{
    if (m_profile || !m_parser.isSet(QStringLiteral("profile")))
        return m_profile;
    const QString name = m_parser.value(QStringLiteral("profile"));
    m_profile = ProfileStore().find(name);
    if (!m_profile)
        fail(UsageError, QCoreApplication::translate("tidemark", "there is no profile named \"%1\"; "
                                                                 "see tidemark-cli profile list")
                             .arg(name));
    return m_profile;
}

QString CliContext::password()
{
    // For CI; a person's password lives in the keychain.
    if (!qEnvironmentVariableIsEmpty("TIDEMARK_PASSWORD"))
        return qEnvironmentVariable("TIDEMARK_PASSWORD");
    const std::optional<ConnectionProfile> saved = m_parser.isSet(QStringLiteral("profile")) ? profile()
                                                                                              : std::nullopt;
    return saved ? profilePassword(*saved) : QString();
}

QString CliContext::profilePassword(const ConnectionProfile &saved)
{
    if (!qEnvironmentVariableIsEmpty("TIDEMARK_PASSWORD"))
        return qEnvironmentVariable("TIDEMARK_PASSWORD");
    if (!saved.needsPassword())
        return {};
    const KeychainAnswer answer = readPasswordNow(saved.id);
    switch (answer.status) {
    case KeychainAnswer::Status::Ok: return answer.password;
    case KeychainAnswer::Status::NotFound:
        m_err << QCoreApplication::translate("tidemark", "note: no password is saved for profile \"%1\"; "
                                                          "connecting without one")
                     .arg(saved.name)
              << Qt::endl;
        return {};
    case KeychainAnswer::Status::Unavailable:
    case KeychainAnswer::Status::Failed:
        m_err << QCoreApplication::translate("tidemark", "note: %1; set TIDEMARK_PASSWORD instead")
                     .arg(answer.message)
              << Qt::endl;
        return {};
    }
    return {};
}

std::unique_ptr<Session> CliContext::openSession(OpenMode mode)
{
    const std::optional<Project> project = loadProject();
    if (!project)
        return nullptr;
    const std::optional<ConnectionUrl> url = connectionUrl();
    if (!url)
        return nullptr;
    QString error;
    std::unique_ptr<Session> session = Session::open(*project, *url, password(), mode, &error);
    if (!session)
        fail(RunFailed, error);
    return session;
}

std::optional<ProjectStatus> CliContext::readStatus(const Session *session)
{
    if (!session)
        return std::nullopt; // openSession reported why
    QString error;
    std::optional<ProjectStatus> status = session->status(&error);
    if (!status)
        fail(RunFailed, error);
    return status;
}

} // namespace tidemark::cli
