#include "statementscanner.h"

#include "sql/sqlsplitter.h"

#include <QThread>

#include <algorithm>

namespace tidemark {

int StatementScan::statementAtLine(int line) const
{
    const auto it = std::upper_bound(statements.cbegin(), statements.cend(), line,
                                     [](int l, const StatementMark &m) { return l < m.firstLine; });
    if (it == statements.cbegin())
        return -1;
    const auto candidate = std::prev(it);
    return line <= candidate->lastLine ? int(candidate - statements.cbegin()) : -1;
}

StatementScan scanStatements(const QString &text, DatabaseKind dialect)
{
    const QByteArray utf8 = text.toUtf8();
    const SplitResult split = splitMigrationSql(utf8, dialect);
    StatementScan scan;
    scan.error = split.error;
    scan.errorLine = split.errorLine;
    scan.statements.reserve(split.statements.size());
    for (const SqlStatement &s : split.statements) {
        const int newlines = int(std::count(utf8.cbegin() + s.offset, utf8.cbegin() + s.offset + s.length, '\n'));
        scan.statements.append({s.line, s.line + newlines, s.noTransaction,
                                s.kind == SqlStatement::Kind::TransactionControl});
    }
    return scan;
}

StatementScanner::StatementScanner(QObject *parent)
    : QObject(parent), m_thread(std::make_unique<QThread>()), m_worker(new QObject)
{
    m_thread->setObjectName(QStringLiteral("tidemark-statement-scanner"));
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

StatementScanner::~StatementScanner()
{
    m_latest->store(~quint64(0)); // drop whatever is queued
    m_thread->quit();
    m_thread->wait();
}

void StatementScanner::scan(const QString &text, DatabaseKind dialect)
{
    const quint64 generation = ++*m_latest;
    std::shared_ptr<std::atomic<quint64>> latest = m_latest;
    // `this` outlives the worker's lambdas: the destructor waits for the thread, and an event posted to the
    // scanner meanwhile is discarded with it.
    QMetaObject::invokeMethod(m_worker, [this, latest, generation, text, dialect] {
        if (latest->load() != generation)
            return; // a newer text is queued
        StatementScan result = scanStatements(text, dialect);
        if (latest->load() != generation)
            return;
        QMetaObject::invokeMethod(this, [this, latest, generation, result = std::move(result)] {
            if (latest->load() == generation)
                Q_EMIT finished(result);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

} // namespace tidemark
