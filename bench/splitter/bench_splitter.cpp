// Throughput of splitSql on a generated ~50 MB script per dialect (MB = 10^6 bytes, best of a few runs).

#include "sql/sqlsplitter.h"

#include <QByteArray>
#include <QElapsedTimer>

#include <cstdio>
#include <limits>

using tidemark::DatabaseKind;

namespace {

constexpr qsizetype targetBytes = 50 * 1000 * 1000;
constexpr int repetitions = 5;

void appendTableAndRows(QByteArray &script, const QByteArray &n, DatabaseKind dialect)
{
    script += "-- step " + n + ": create and fill a table; semicolons in strings must not split\n";
    script += "CREATE TABLE item_" + n + " (id INTEGER PRIMARY KEY, name VARCHAR(80) NOT NULL, note TEXT);\n";
    script += "INSERT INTO item_" + n + " (id, name, note) VALUES\n";
    for (int row = 1; row <= 10; ++row) {
        const QByteArray r = QByteArray::number(row);
        script += "  (" + r + ", 'name " + r + "; with ''quotes''', 'note;" + n + "')";
        script += row < 10 ? ",\n" : ";\n";
    }
    script += "/* keep the first row; mark it */\nUPDATE item_" + n + " SET note = 'done;' WHERE id = 1;\n";
    switch (dialect) {
    case DatabaseKind::Postgres:
        script += "SELECT E'tab\\t; quote \\'' AS \"odd;name\", $1 FROM item_" + n + ";\n";
        break;
    case DatabaseKind::Sqlite:
        script += "SELECT [odd;name], `other;name` FROM item_" + n + ";\n";
        break;
    case DatabaseKind::MySql:
        script += "# a hash comment; still a comment\nSELECT `odd;name`, 'it\\'s; here' FROM item_" + n + ";\n";
        break;
    }
}

void appendBody(QByteArray &script, const QByteArray &n, DatabaseKind dialect)
{
    switch (dialect) {
    case DatabaseKind::Postgres:
        script += "CREATE OR REPLACE FUNCTION touch_" + n + "() RETURNS trigger LANGUAGE plpgsql AS $fn$\n"
                  "BEGIN\n  NEW.note := 'touched; ' || $$inner;$$;\n  RETURN NEW;\nEND;\n$fn$;\n";
        break;
    case DatabaseKind::Sqlite:
        script += "CREATE TRIGGER trg_" + n + " AFTER INSERT ON item_" + n + "\nBEGIN\n"
                  "  UPDATE item_" + n + " SET note = CASE WHEN new.id > 1 THEN 'big;' ELSE 'small' END"
                  " WHERE id = new.id;\n  INSERT INTO audit VALUES (new.id, 'insert;');\nEND;\n";
        break;
    case DatabaseKind::MySql:
        script += "DELIMITER $$\nCREATE PROCEDURE fill_" + n + "()\nBEGIN\n  DECLARE i INT DEFAULT 0;\n"
                  "  WHILE i < 10 DO\n    INSERT INTO item_" + n + " (name) VALUES ('row;');\n    SET i = i + 1;\n"
                  "  END WHILE;\nEND$$\nDELIMITER ;\n";
        break;
    }
}

QByteArray generateScript(DatabaseKind dialect)
{
    QByteArray script;
    script.reserve(targetBytes + 4096);
    for (int step = 0; script.size() < targetBytes; ++step) {
        const QByteArray n = QByteArray::number(step);
        appendTableAndRows(script, n, dialect);
        if (step % 10 == 0)
            appendBody(script, n, dialect);
    }
    return script;
}

} // namespace

int main()
{
    for (const DatabaseKind dialect : {DatabaseKind::Sqlite, DatabaseKind::Postgres, DatabaseKind::MySql}) {
        const QByteArray script = generateScript(dialect);
        qint64 bestNs = std::numeric_limits<qint64>::max();
        qsizetype statements = 0;
        for (int run = 0; run < repetitions; ++run) {
            QElapsedTimer timer;
            timer.start();
            const tidemark::SplitResult result = tidemark::splitSql(script, dialect);
            const qint64 ns = timer.nsecsElapsed();
            if (!result.ok()) {
                std::fprintf(stderr, "splitter %s: %s\n", qPrintable(tidemark::databaseKindName(dialect)),
                             qPrintable(result.error));
                return 1;
            }
            statements = result.statements.size();
            bestNs = qMin(bestNs, ns);
        }
        const double megabytes = double(script.size()) / 1e6;
        const double seconds = double(bestNs) / 1e9;
        std::printf("splitter %s: %.0f MB/s (%lld statements, %.1f MB)\n",
                    qPrintable(tidemark::databaseKindName(dialect)), megabytes / seconds,
                    static_cast<long long>(statements), megabytes);
    }
    return 0;
}
