#pragma once

#include "connections/connectionprofile.h"
#include "core/project.h"
#include "database/connectionurl.h"
#include "exitcode.h"
#include "run/session.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>
#include <optional>

namespace tidemark::cli {

// What every command shares: the parsed options, the project, and where to write.
class CliContext
{
public:
    explicit CliContext(const QCommandLineParser &parser);

    const QCommandLineParser &parser() const { return m_parser; }
    QStringList arguments() const { return m_parser.positionalArguments().mid(1); }
    bool json() const { return m_parser.value(QStringLiteral("format")) == u"json"; }

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    int fail(ExitCode code, const QString &message); // prints "error: …" and returns code

    // Each reports its own error and returns nullopt/nullptr; exitCode() then says why.
    std::optional<Project> loadProject();
    // From --url, or from the saved profile --profile names.
    std::optional<ConnectionUrl> connectionUrl();
    // The saved profile --profile names; nullopt without --profile (and after an error, see exitCode()).
    std::optional<ConnectionProfile> profile();
    // TIDEMARK_PASSWORD when set (CI), else the keychain entry of --profile; never the command line.
    QString password();
    // The same for a given profile: TIDEMARK_PASSWORD when set, else its keychain entry (a note on stderr when
    // there is none or the keychain is unavailable).
    QString profilePassword(const ConnectionProfile &profile);
    std::unique_ptr<Session> openSession(OpenMode mode);
    // The session's status read afresh; nullopt (reported) when the session is null or the read fails.
    std::optional<ProjectStatus> readStatus(const Session *session);
    int exitCode() const { return m_exitCode; }

private:
    const QCommandLineParser &m_parser;
    QTextStream m_out;
    QTextStream m_err;
    int m_exitCode = Success;
    std::optional<Project> m_project;
    bool m_urlResolved = false;
    std::optional<ConnectionUrl> m_url;
    std::optional<ConnectionProfile> m_profile;
};

} // namespace tidemark::cli
