// tidemark: the migration workbench. Opens a project folder and a database, by default the bundled demo
// project on an SQLite file under the user's data folder.
#include "core/debuglog.h"
#include "icons.h"
#include "mainwindow.h"
#include "translator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>

namespace {

QString defaultUrl()
{
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    return QStringLiteral("sqlite:") + QDir(dataDir).filePath(QStringLiteral("demo.db"));
}

} // namespace

int main(int argc, char *argv[])
{
    tidemark::routeQtMessagesToDebugLog();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tidemark"));
    QCoreApplication::setApplicationName(QStringLiteral("tidemark"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIDEMARK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("tidemark"));
    QApplication::setWindowIcon(tidemark::icon(u"tidemark"));
    tidemark::installTranslator(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Tidemark: a workbench for database migrations."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption projectOption(
        QStringLiteral("project"),
        QApplication::translate("main", "Folder of migrations to open (default: the bundled demo project)."),
        QApplication::translate("main", "DIR"), QStringLiteral(TIDEMARK_DEMO_DIR));
    const QCommandLineOption urlOption(
        QStringLiteral("url"),
        QApplication::translate("main", "Database to connect to, e.g. sqlite:app.db or postgres://user@host/db. "
                                        "A password comes from TIDEMARK_PASSWORD, never from the URL."),
        QApplication::translate("main", "URL"));
    parser.addOption(projectOption);
    parser.addOption(urlOption);
    parser.process(app);

    QString error;
    const QString urlText = parser.isSet(urlOption) ? parser.value(urlOption) : defaultUrl();
    const std::optional<tidemark::ConnectionUrl> url = tidemark::ConnectionUrl::parse(urlText, &error);
    if (!url) {
        std::fprintf(stderr, "tidemark: %s\n", qPrintable(error));
        return 2;
    }

    tidemark::MainWindow window;
    window.show();
    window.openProject(parser.value(projectOption)); // errors are shown in the window
    const QString password =
        url->dialect == tidemark::DatabaseKind::Sqlite ? QString() : qEnvironmentVariable("TIDEMARK_PASSWORD");
    window.connectTo(*url, password);
    return QApplication::exec();
}
