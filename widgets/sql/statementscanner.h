#pragma once

#include "core/databasekind.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace tidemark {

// Where one statement of an editor's text lies, by 1-based line.
struct StatementMark
{
    int firstLine = 1; // line of its first token
    int lastLine = 1;  // line of its last byte
    bool noTransaction = false;
    bool transactionControl = false;

    friend bool operator==(const StatementMark &, const StatementMark &) = default;
};

struct StatementScan
{
    QList<StatementMark> statements; // in order
    QString error;                   // the splitter's error; statements then holds those before it
    int errorLine = 0;

    // The statement whose lines hold `line`, or -1.
    int statementAtLine(int line) const;
};

// Splits a script as the runner will (splitMigrationSql: goose StatementBegin/End blocks stay whole) and
// returns the line ranges.
StatementScan scanStatements(const QString &text, DatabaseKind dialect);

// Runs scanStatements on a thread of its own, so that a huge script never stalls typing. scan() may be
// called at any rate: a request replaces any that has not started, and only the newest text's result is
// reported (finished(), on the thread that owns the scanner).
class StatementScanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatementScanner)

public:
    explicit StatementScanner(QObject *parent = nullptr);
    ~StatementScanner() override;

    void scan(const QString &text, DatabaseKind dialect);

Q_SIGNALS:
    void finished(const tidemark::StatementScan &scan);

private:
    std::unique_ptr<QThread> m_thread;
    QObject *m_worker = nullptr; // lives in m_thread
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
};

} // namespace tidemark
