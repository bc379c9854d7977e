// bench_lint [COUNT] [RUNS] [DIALECT]: how long the review rules take over a project of COUNT migrations (default
// 1 000) in a golang-migrate folder written to a temporary directory, on DIALECT (default postgres, where the most
// rules read), as the median and spread of RUNS runs (default 9):
//   load + review     loadCatalog and reviewCatalog in process: what `tidemark-cli lint` does besides printing
//   tidemark-cli lint end to end (--format sarif, to /dev/null): the process starting, reading, reviewing, writing
// The migrations mix statements that fire (CREATE INDEX without CONCURRENTLY, volatile defaults, SET NOT NULL,
// type changes, renames, drops, backfills, some allowed) with ones that do not (the same done the safe way, in
// comments, strings and function bodies). Build it optimised (cmake --preset dev; build/bench/lint/bench_lint); it
// is a benchmark, not a test: nothing asserts a time. The goal is under 1 s for 1 000 migrations.
#include "core/project.h"
#include "review/migrationreview.h"
#include "run/session.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace tidemark;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_lint: %s\n", qPrintable(message));
    std::exit(1);
}

void write(const QDir &dir, const QString &name, const QString &text)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
        fail(QStringLiteral("cannot write %1").arg(file.fileName()));
}

// Migration i of the project: one of ten shapes, each an up and a down (every seventh without a down).
void writeMigration(const QDir &dir, int i)
{
    const QString t = QStringLiteral("t%1").arg(i % 97);
    const QString n = QString::number(i);
    QString up;
    QString down;
    switch (i % 10) {
    case 0:
        up = QStringLiteral("-- orders of shop %1\nCREATE TABLE orders_%1 (\n  id bigint PRIMARY KEY,\n  note text "
                            "DEFAULT 'DROP TABLE x; -- not SQL',\n  created timestamptz NOT NULL DEFAULT now()\n);\n"
                            "CREATE INDEX orders_%1_created ON orders_%1 (created);\n"
                            "INSERT INTO orders_%1 (id) VALUES (1), (2);\n")
                 .arg(n);
        down = QStringLiteral("DROP TABLE orders_%1;\n").arg(n);
        break;
    case 1:
        up = QStringLiteral("CREATE INDEX %1_c%2 ON %1 (c%2);\n").arg(t, n);
        down = QStringLiteral("DROP INDEX %1_c%2;\n").arg(t, n);
        break;
    case 2:
        up = QStringLiteral("CREATE INDEX CONCURRENTLY %1_d%2 ON %1 (d%2);\n").arg(t, n);
        down = QStringLiteral("DROP INDEX CONCURRENTLY %1_d%2;\n").arg(t, n);
        break;
    case 3:
        up = QStringLiteral("ALTER TABLE %1 ADD COLUMN ref%2 uuid NOT NULL DEFAULT gen_random_uuid(),\n"
                            "  ADD COLUMN at%2 timestamptz DEFAULT now();\n")
                 .arg(t, n);
        down = QStringLiteral("ALTER TABLE %1 DROP COLUMN ref%2, DROP COLUMN at%2;\n").arg(t, n);
        break;
    case 4:
        up = QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %1_n%2 CHECK (n%2 IS NOT NULL) NOT VALID;\n"
                            "ALTER TABLE %1 VALIDATE CONSTRAINT %1_n%2;\n"
                            "ALTER TABLE %1 ALTER COLUMN n%2 SET NOT NULL;\n"
                            "ALTER TABLE %1 ALTER COLUMN m%2 SET NOT NULL;\n")
                 .arg(t, n);
        down = QStringLiteral("ALTER TABLE %1 ALTER COLUMN n%2 DROP NOT NULL;\nALTER TABLE %1 DROP CONSTRAINT "
                              "%1_n%2;\n")
                   .arg(t, n);
        break;
    case 5:
        up = QStringLiteral("ALTER TABLE %1 ALTER COLUMN v%2 TYPE bigint;\nALTER TABLE %1 ALTER COLUMN s%2 TYPE text;\n"
                            "UPDATE %1 SET v%2 = 0;\n")
                 .arg(t, n);
        down = QStringLiteral("ALTER TABLE %1 ALTER COLUMN v%2 TYPE integer;\n").arg(t, n);
        break;
    case 6:
        up = QStringLiteral("-- tidemark:allow drop-column replaced by w%2 in the previous release\n"
                            "ALTER TABLE %1 DROP COLUMN old%2;\nALTER TABLE %1 RENAME COLUMN a%2 TO b%2;\n")
                 .arg(t, n);
        down = QStringLiteral("ALTER TABLE %1 RENAME COLUMN b%2 TO a%2;\nALTER TABLE %1 ADD COLUMN old%2 text;\n")
                   .arg(t, n);
        break;
    case 7:
        up = QStringLiteral("CREATE FUNCTION f%1() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
                            "  DELETE FROM audit; UPDATE counters SET n = n + 1;\n  RETURN NEW;\nEND $$;\n"
                            "ALTER TABLE %2 ADD CONSTRAINT %2_fk%1 FOREIGN KEY (o) REFERENCES orders_0 (id) NOT VALID;\n")
                 .arg(n, t);
        down = QStringLiteral("DROP FUNCTION f%1();\nALTER TABLE %2 DROP CONSTRAINT %2_fk%1;\n").arg(n, t);
        break;
    case 8:
        up = QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %1_chk%2 CHECK (total >= 0);\nDELETE FROM sessions;\n"
                            "/* TRUNCATE %1; */\n")
                 .arg(t, n);
        down = QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %1_chk%2;\n").arg(t, n);
        break;
    default:
        up = QStringLiteral("CREATE VIEW v%1 AS SELECT id, 'ALTER TABLE x RENAME TO y' AS s FROM orders_0;\n").arg(n);
        down = QStringLiteral("-- nothing to do\n");
        break;
    }
    const QString name = QStringLiteral("%1_change_%2").arg(i, 6, 10, QLatin1Char('0')).arg(n);
    write(dir, name + QStringLiteral(".up.sql"), up);
    if (i % 7 != 3)
        write(dir, name + QStringLiteral(".down.sql"), down);
}

struct Spread
{
    double median = 0;
    double min = 0;
    double max = 0;
};

Spread spreadOf(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return {n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2, values.constFirst(),
            values.constLast()};
}

void print(const char *what, const QList<double> &seconds)
{
    const Spread s = spreadOf(seconds);
    std::printf("%-18s %.3f s [%.3f – %.3f]\n", what, s.median, s.min, s.max);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 1000;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 9;
    const QString dialectName = args.size() > 3 ? args.at(3) : QStringLiteral("postgres");
    std::optional<DatabaseKind> dialect;
    for (DatabaseKind kind : {DatabaseKind::Sqlite, DatabaseKind::Postgres, DatabaseKind::MySql})
        if (databaseKindName(kind) == dialectName)
            dialect = kind;
    if (count < 1 || runs < 1 || !dialect)
        fail(QStringLiteral("usage: bench_lint [COUNT] [RUNS] [sqlite|postgres|mysql]"));

    QTemporaryDir dir;
    if (!dir.isValid())
        fail(QStringLiteral("no temporary folder"));
    for (int i = 1; i <= count; ++i)
        writeMigration(QDir(dir.path()), i);
    QString error;
    const std::optional<Project> project = Project::load(dir.path(), &error);
    if (!project)
        fail(error);

    QList<double> inProcess;
    QList<ReviewFinding> findings;
    qsizetype migrations = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const std::optional<Catalog> catalog = loadCatalog(*project, &error);
        if (!catalog)
            fail(error);
        const QList<ReviewFinding> found = reviewCatalog(*catalog, *dialect, project->migrationsDir);
        inProcess << timer.nsecsElapsed() / 1e9;
        findings = found;
        migrations = catalog->migrations.size();
    }

    QList<double> endToEnd;
    for (int run = 0; run < runs; ++run) {
        QProcess cli;
        cli.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        cli.start(QStringLiteral(TIDEMARK_CLI), {QStringLiteral("lint"), QStringLiteral("--project"), dir.path(),
                                                 QStringLiteral("--dialect"), dialectName, QStringLiteral("--format"),
                                                 QStringLiteral("sarif")});
        if (!cli.waitForFinished(120'000) || cli.exitStatus() != QProcess::NormalExit)
            fail(QStringLiteral("tidemark-cli lint did not finish: %1").arg(cli.errorString()));
        if (cli.exitCode() != 3) // the generated project has findings that fail at error
            fail(QStringLiteral("tidemark-cli lint exited %1: %2").arg(cli.exitCode()).arg(QString::fromUtf8(cli.readAllStandardError())));
        endToEnd << timer.nsecsElapsed() / 1e9;
    }

    std::printf("%lld migrations, %s, %lld findings, median of %d runs [least – most]\n", qlonglong(migrations),
                qPrintable(dialectName), qlonglong(findings.size()), runs);
    QMap<QString, int> perRule;
    for (const ReviewFinding &f : std::as_const(findings))
        ++perRule[f.ruleInfo().name() + (f.allowed ? QStringLiteral(" (allowed)") : QString())];
    QStringList counts;
    for (auto it = perRule.cbegin(); it != perRule.cend(); ++it)
        counts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    std::printf("  %s\n", qPrintable(counts.join(QStringLiteral(", "))));
    print("load + review", inProcess);
    print("tidemark-cli lint", endToEnd);
    return 0;
}
