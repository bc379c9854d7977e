#include "clirunner.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>

#include <csignal>

#include <memory>
#include <vector>

namespace tidemark::test {

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

QJsonArray CliRun::jsonArray() const
{
    return QJsonDocument::fromJson(out.toUtf8()).array();
}

CliRunner::CliRunner()
    : m_environment(QProcessEnvironment::systemEnvironment())
{
    m_environment.remove(QStringLiteral("TIDEMARK_PASSWORD"));
}

CliRunner CliRunner::withPassword(const QString &password)
{
    CliRunner runner;
    runner.setPassword(password);
    return runner;
}

QString CliRunner::program()
{
    return QStringLiteral(TIDEMARK_CLI);
}

void CliRunner::setPassword(const QString &password)
{
    m_environment.insert(QStringLiteral("TIDEMARK_PASSWORD"), password);
}

CliRun CliRunner::run(const QStringList &arguments, const QByteArray &input) const
{
    QProcess process;
    start(process, arguments);
    if (process.waitForStarted(10000)) {
        process.write(input);
        process.closeWriteChannel();
    }
    return finish(process, arguments);
}

CliRun CliRunner::runAtTerminal(const QStringList &arguments, const QByteArray &input) const
{
    QStringList command{program()};
    command += arguments;
    for (QString &word : command)
        word = u'\'' + word.replace(u'\'', QLatin1String("'\\''")) + u'\''; // for the shell script starts
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setWorkingDirectory(m_workingDir);
    // -e: script exits with the command's exit code; /dev/null: no typescript file.
    process.start(QStringLiteral("script"), {QStringLiteral("-qec"), command.join(u' '), QStringLiteral("/dev/null")});
    if (process.waitForStarted(10000)) {
        process.write(input);
        process.closeWriteChannel();
    }
    return finish(process, arguments);
}

CliRun CliRunner::runUntilKilled(const QStringList &arguments, const QByteArray &marker) const
{
    QProcess process;
    start(process, arguments);
    process.closeWriteChannel();
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning && !out.contains(marker) && timer.elapsed() < m_timeoutMs) {
        process.waitForReadyRead(100);
        out += process.readAllStandardOutput();
    }
    CliRun run;
    if (!out.contains(marker))
        run.err = QStringLiteral("tidemark-cli never printed %1: %2\n")
                      .arg(QString::fromUtf8(marker), arguments.join(u' '));
    if (process.state() != QProcess::NotRunning)
        ::kill(pid_t(process.processId()), SIGKILL);
    process.waitForFinished();
    run.out = QString::fromUtf8(out + process.readAllStandardOutput());
    run.err += QString::fromUtf8(process.readAllStandardError());
    return run;
}

QList<CliRun> CliRunner::runConcurrently(const QStringList &arguments, int count) const
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < count; ++i) {
        processes.push_back(std::make_unique<QProcess>());
        start(*processes.back(), arguments);
    }
    QList<CliRun> runs;
    for (auto &process : processes)
        runs.append(finish(*process, arguments));
    return runs;
}

void CliRunner::start(QProcess &process, const QStringList &arguments) const
{
    process.setProcessEnvironment(m_environment);
    process.setWorkingDirectory(m_workingDir);
    process.start(program(), arguments);
}

QByteArray CliRunner::readUntil(QProcess &process, const QByteArray &marker, int timeoutMs)
{
    QByteArray out;
    QElapsedTimer waited;
    waited.start();
    process.waitForStarted();
    while (!out.contains(marker) && waited.elapsed() < timeoutMs && process.state() == QProcess::Running) {
        process.waitForReadyRead(20);
        out += process.readAllStandardOutput();
    }
    return out;
}

CliRun CliRunner::finish(QProcess &process, const QStringList &arguments) const
{
    CliRun run;
    if (!process.waitForStarted(10000) || !process.waitForFinished(m_timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err =
            QStringLiteral("tidemark-cli did not finish (%1): %2\n").arg(process.errorString(), arguments.join(u' '));
    } else if (process.exitStatus() == QProcess::NormalExit) {
        run.exitCode = process.exitCode();
    }
    run.out += QString::fromUtf8(process.readAllStandardOutput());
    run.err += QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace tidemark::test
