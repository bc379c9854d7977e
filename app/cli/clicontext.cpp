#include "clicontext.h"

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
    if (!m_project)
        fail(UsageError, error);
    return m_project;
}

std::optional<ConnectionUrl> CliContext::connectionUrl()
{
    if (!m_parser.isSet(QStringLiteral("url"))) {
        fail(UsageError, QCoreApplication::translate("tidemark", "--url is required, e.g. --url sqlite:app.db"));
        return std::nullopt;
    }
    QString error;
    std::optional<ConnectionUrl> url = ConnectionUrl::parse(m_parser.value(QStringLiteral("url")), &error);
    if (!url)
        fail(UsageError, error);
    return url;
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
    // For CI; a person's password lives in the keychain.
    const QString password = qEnvironmentVariable("TIDEMARK_PASSWORD");
    std::unique_ptr<Session> session = Session::open(*project, *url, password, mode, &error);
    if (!session)
        fail(RunFailed, error);
    return session;
}

} // namespace tidemark::cli
