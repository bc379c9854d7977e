// RunLog's JSON Lines: a "context" line before the events it describes, again only when the context changed, and
// none for a context no event followed.
#include "run/runevent.h"

#include <QJsonDocument>
#include <QtTest>

using namespace tidemark;

namespace {

RunContext context(const QString &command, const QString &target)
{
    RunContext c;
    c.tool = QStringLiteral("tidemark");
    c.command = command;
    c.target = target;
    c.osUser = QStringLiteral("alice");
    c.host = QStringLiteral("laptop");
    c.databaseUser = QStringLiteral("shop");
    c.plan.append({Direction::Up, QStringLiteral("1"), QStringLiteral("t1"), QStringLiteral("1_t1.up.sql"), {}});
    return c;
}

RunEvent makeEvent(RunEvent::Type type)
{
    RunEvent e;
    e.type = type;
    return e;
}

QStringList types(const RunLog &log)
{
    QStringList out;
    for (const QByteArray &line : log.toJsonLines().trimmed().split('\n'))
        out << QJsonDocument::fromJson(line).object().value(u"type").toString();
    return out;
}

} // namespace

class TestRunLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutAContextOnlyEvents()
    {
        RunLog log;
        log.append(makeEvent(RunEvent::Type::RunStarted));
        log.append(makeEvent(RunEvent::Type::RunFinished));
        QCOMPARE(types(log), (QStringList{"run_started", "run_finished"}));
    }

    void contextLineBeforeItsEventsAndAgainWhenItChanges()
    {
        RunLog log;
        log.setContext(context(QStringLiteral("up"), QStringLiteral("sqlite:a.db")));
        log.append(makeEvent(RunEvent::Type::RunStarted));
        log.append(makeEvent(RunEvent::Type::RunFinished));
        log.setContext(context(QStringLiteral("up"), QStringLiteral("sqlite:a.db"))); // the same: not repeated
        log.append(makeEvent(RunEvent::Type::RunStarted));
        log.setContext(context(QStringLiteral("down"), QStringLiteral("sqlite:b.db"))); // no event follows it…
        log.setContext(context(QStringLiteral("up"), QStringLiteral("sqlite:a.db"))); // …and this one is the same again
        log.append(makeEvent(RunEvent::Type::RunFinished));
        log.setContext(context(QStringLiteral("down"), QStringLiteral("sqlite:b.db")));
        log.append(makeEvent(RunEvent::Type::RunStarted));
        QCOMPARE(types(log), (QStringList{"context", "run_started", "run_finished", "run_started", "run_finished",
                                          "context", "run_started"}));
        const QJsonObject first = QJsonDocument::fromJson(log.toJsonLines().split('\n').first()).object();
        QCOMPARE(first.value(u"actor").toString(), QStringLiteral("alice@laptop as shop"));
        QCOMPARE(first.value(u"command").toString(), QStringLiteral("up"));
        QVERIFY(!first.contains(u"plan")); // the run_started line lists it
    }
};

QTEST_GUILESS_MAIN(TestRunLog)
#include "tst_runlog.moc"
