#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QProcess;

namespace tidemark::test {

// One finished tidemark-cli process.
struct CliRun
{
    int exitCode = -1; // -1 when it crashed or did not finish
    QString out;
    QString err;

    QString all() const { return out + err; }
    QJsonObject json() const;     // stdout as a JSON object
    QJsonArray jsonArray() const; // stdout as a JSON array
};

// Runs this build's tidemark-cli as a script would. Its environment is the test's, without TIDEMARK_PASSWORD
// unless setPassword gives one (passwords go through the environment, never the command line). A test that uses
// it is declared with CLI in tidemark_add_test, so that ctest runs it after tidemark-cli is built.
class CliRunner
{
public:
    CliRunner();
    static CliRunner withPassword(const QString &password);
    static QString program();

    void setPassword(const QString &password); // also an empty one: TIDEMARK_PASSWORD set but empty
    void setEnvironment(const QString &name, const QString &value) { m_environment.insert(name, value); }
    void setWorkingDirectory(const QString &dir) { m_workingDir = dir; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    CliRun run(const QStringList &arguments, const QByteArray &input = {}) const;
    // The same at a terminal: stdin, stdout and stderr a pseudo-terminal (util-linux script), input typed into it.
    // What the command printed and the echoed input are all in out.
    CliRun runAtTerminal(const QStringList &arguments, const QByteArray &input) const;
    // Runs the command until its standard output contains marker, then kills it with SIGKILL, as a crash or a
    // pulled plug would stop it. exitCode stays -1; out holds what it printed. A run that finished or timed out
    // before the marker says so in err.
    CliRun runUntilKilled(const QStringList &arguments, const QByteArray &marker) const;
    // count copies of the same command at once; waits for all of them.
    QList<CliRun> runConcurrently(const QStringList &arguments, int count) const;
    // Starts the command in the background, with this runner's environment, for a test that acts while it runs.
    void start(QProcess &process, const QStringList &arguments) const;
    // Reads the running process's standard output until it contains marker, the process ends or timeoutMs pass;
    // what it read.
    static QByteArray readUntil(QProcess &process, const QByteArray &marker, int timeoutMs = 20'000);

private:
    CliRun finish(QProcess &process, const QStringList &arguments) const;

    QProcessEnvironment m_environment;
    QString m_workingDir;
    int m_timeoutMs = 240000;
};

} // namespace tidemark::test
