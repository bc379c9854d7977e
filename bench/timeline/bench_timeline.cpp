// bench_timeline [COUNT] [RUNS]: how long the workbench window takes to show a project of COUNT migrations
// (default 10 000) as a painted timeline, on the offscreen platform unless another is set.
//
// A synthetic ProjectStatus (applied, modified, failed, missing, out-of-order and pending migrations, with who,
// when and how long) is built in memory, so the figure is the GUI's alone, not the engine's reading of files.
// Reported, as the median of RUNS (default 5):
//   status → painted   the window is up; a status arrives; until the timeline's first paint has finished
//   cold → painted     from constructing the window, given the status and shown, to the same point
//   scroll frame       one page of scrolling through the middle of the timeline, repainted
#include "mainwindow.h"
#include "run/runrequest.h"
#include "timelinepanel.h"
#include "timelineview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest/QTest>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace tidemark;

namespace {

StatusSnapshot syntheticStatus(int count)
{
    StatusSnapshot snapshot;
    ProjectStatus &status = snapshot.status;
    status.migrations.reserve(count);
    const int appliedUpTo = count * 9 / 10;
    const QDateTime start(QDate(2021, 1, 4), QTime(9, 0), Qt::UTC);
    for (int i = 1; i <= count; ++i) {
        MigrationStatus m;
        m.version = Version({quint64(20210104090000ULL + quint64(i) * 100)});
        m.description = QStringLiteral("change_%1_%2").arg(i % 7 == 0 ? QStringLiteral("orders_index")
                                                                      : QStringLiteral("customer_table"))
                            .arg(i);
        Migration file;
        file.version = m.version;
        file.description = m.description;
        file.script = QStringLiteral("%1_%2.up.sql").arg(m.version.toString(), m.description);
        file.upSql = QStringLiteral("ALTER TABLE t%1 ADD COLUMN c%1 INTEGER;\n").arg(i);
        file.downSql = QStringLiteral("ALTER TABLE t%1 DROP COLUMN c%1;\n").arg(i);
        file.hasDown = true;
        file.checksum = QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0'));
        if (i % 500 != 250) // a few files are gone: missing
            m.file = file;
        if (i <= appliedUpTo && i % 1000 != 999) { // a few older ones were skipped: out of order
            AppliedMigration row;
            row.version = m.version;
            row.description = m.description;
            row.script = file.script;
            row.checksum = i % 300 == 0 ? QStringLiteral("edited") : file.checksum;
            row.appliedBy = i % 3 ? QStringLiteral("alice@db-admin (app_owner)") : QStringLiteral("ci@runner-7");
            row.appliedAt = start.addSecs(qint64(i) * 3600);
            row.executionMs = (i * 7919) % 5000;
            row.statementsDone = 1;
            row.statementsTotal = 1;
            m.applied = row;
            m.state = !m.file ? MigrationState::Missing
                      : row.checksum != file.checksum ? MigrationState::Modified
                                                      : MigrationState::Applied;
        } else {
            m.state = MigrationState::Pending;
            m.outOfOrder = i <= appliedUpTo;
        }
        status.migrations.append(std::move(m));
    }
    status.migrations[appliedUpTo].state = MigrationState::Failed;
    HistoryEvent failure;
    failure.type = HistoryEvent::Type::Fail;
    failure.error = QStringLiteral("statement 1 at line 1: duplicate column name");
    status.migrations[appliedUpTo].lastFailure = failure;
    status.currentVersion = status.migrations.at(appliedUpTo - 1).version;
    return snapshot;
}

// Runs action, then returns the milliseconds until the widget's next paint event has been handled.
qint64 timeToPaint(QWidget *widget, const std::function<void()> &action)
{
    struct PaintWatch : QObject
    {
        bool painted = false;
        qint64 at = -1;
        QElapsedTimer *clock = nullptr;
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && !painted) {
                painted = true;
                // Fires once this paint, and the flush that follows it, are done.
                QTimer::singleShot(0, this, [this] { at = clock->elapsed(); });
            }
            return QObject::eventFilter(watched, event);
        }
    } watch;
    QElapsedTimer clock;
    watch.clock = &clock;
    widget->installEventFilter(&watch);
    clock.start();
    action();
    if (!QTest::qWaitFor([&] { return watch.at >= 0; }, 30'000))
        return -1;
    widget->removeEventFilter(&watch);
    return watch.at;
}

// The offscreen platform warns on every window shown that it cannot propagate size hints; not news here.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (!message.contains(QLatin1String("propagateSizeHints")))
        std::fprintf(stderr, "%s%s\n", type >= QtWarningMsg ? "warning: " : "", qPrintable(message));
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(quietMessages);
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // no settings of the person running it are read or written
    const QStringList args = QCoreApplication::arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 10'000;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 5;
    if (count <= 0 || runs <= 0) {
        std::fprintf(stderr, "usage: bench_timeline [COUNT] [RUNS]\n");
        return 2;
    }
    QElapsedTimer build;
    build.start();
    const StatusSnapshot snapshot = syntheticStatus(count);
    std::printf("synthetic status of %d migrations built in %lld ms (not counted)\n", count, build.elapsed());

    QList<qint64> warm;
    QList<qint64> cold;
    QList<qint64> scroll;
    for (int run = 0; run < runs; ++run) {
        {
            MainWindow window;
            window.setWindowState(Qt::WindowNoState);
            window.setGeometry(0, 0, 1440, 900);
            window.show();
            if (!QTest::qWaitForWindowExposed(&window))
                return 1;
            QTest::qWait(50);
            TimelineView *view = window.findChild<TimelinePanel *>()->view();
            warm.append(timeToPaint(view->viewport(), [&] { window.showStatus(snapshot); }));
            if (view->model()->rowCount() != count) {
                std::fprintf(stderr, "the timeline shows %d rows, not %d\n", view->model()->rowCount(), count);
                return 1;
            }
            // One page at a time through the middle: each frame is a layout lookup and the visible rows.
            QScrollBar *bar = view->verticalScrollBar();
            QList<qint64> frames;
            for (int page = 0; page < 20; ++page)
                frames.append(timeToPaint(view->viewport(), [&] {
                    bar->setValue(bar->maximum() / 2 + page * bar->pageStep());
                }));
            scroll.append(median(frames));
        }
        QElapsedTimer clock;
        clock.start();
        MainWindow window;
        window.setWindowState(Qt::WindowNoState);
        window.setGeometry(0, 0, 1440, 900);
        TimelineView *view = window.findChild<TimelinePanel *>()->view();
        const qint64 constructed = clock.elapsed();
        cold.append(constructed + timeToPaint(view->viewport(), [&] {
                        window.showStatus(snapshot);
                        window.show();
                    }));
    }
    std::printf("timeline of %d migrations, median of %d runs on %s:\n", count, runs,
                qPrintable(QGuiApplication::platformName()));
    std::printf("  status -> painted: %lld ms\n", median(warm));
    std::printf("  cold -> painted:   %lld ms (window constructed, status shown, window shown)\n", median(cold));
    std::printf("  scroll frame:      %lld ms (one page, median)\n", median(scroll));
    return median(warm) >= 0 && median(warm) < 300 ? 0 : 1;
}
