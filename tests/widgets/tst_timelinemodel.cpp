// The timeline's model and its filter: rows, roles, changes in place, and what the filter hides.
#include "migrationstatestyle.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"
#include "widgetsroles.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QtTest>

using namespace tidemark;

namespace {

MigrationStatus migration(quint64 version, const QString &description, MigrationState state)
{
    MigrationStatus m;
    m.version = Version({version});
    m.description = description;
    m.state = state;
    Migration file;
    file.version = m.version;
    file.description = description;
    file.script = QStringLiteral("%1_%2.up.sql").arg(version, 3, 10, QLatin1Char('0')).arg(description);
    file.checksum = QStringLiteral("file-%1").arg(version);
    if (state != MigrationState::Missing)
        m.file = file;
    if (state == MigrationState::Applied || state == MigrationState::Modified || state == MigrationState::Missing) {
        AppliedMigration row;
        row.version = m.version;
        row.description = description;
        row.script = file.script;
        row.checksum = QStringLiteral("applied-%1").arg(version);
        row.appliedBy = QStringLiteral("alice@db-laptop");
        row.appliedAt = QDateTime(QDate(2024, 5, 1), QTime(12, 30, 0), Qt::UTC);
        row.executionMs = qint64(version) * 100;
        row.statementsDone = 3;
        row.statementsTotal = 3;
        m.applied = row;
    }
    return m;
}

// 1 applied, 2 modified, 3 failed, 4 pending out of order, 5 missing, 6 pending; the database is at 5.
ProjectStatus sampleStatus()
{
    ProjectStatus status;
    status.migrations.append(migration(1, QStringLiteral("create_customers"), MigrationState::Applied));
    status.migrations.append(migration(2, QStringLiteral("create_products"), MigrationState::Modified));
    MigrationStatus failed = migration(3, QStringLiteral("create_orders"), MigrationState::Failed);
    HistoryEvent event;
    event.id = 7;
    event.type = HistoryEvent::Type::Fail;
    event.error = QStringLiteral("003_create_orders.up.sql, statement 1 at line 1: no such table: nope");
    failed.lastFailure = event;
    status.migrations.append(failed);
    MigrationStatus outOfOrder = migration(4, QStringLiteral("add_index"), MigrationState::Pending);
    outOfOrder.outOfOrder = true;
    status.migrations.append(outOfOrder);
    status.migrations.append(migration(5, QStringLiteral("drop_legacy"), MigrationState::Missing));
    status.migrations.append(migration(6, QStringLiteral("add_shipments"), MigrationState::Pending));
    status.currentVersion = Version({5});
    return status;
}

ReviewFinding finding(RuleId rule, quint64 version, int line, bool allowed = false)
{
    ReviewFinding f;
    f.rule = rule;
    f.severity = reviewRule(rule).severity;
    f.message = QStringLiteral("%1 at line %2").arg(reviewRule(rule).name()).arg(line);
    f.file = migration(version, QString(), MigrationState::Pending).file->script;
    f.line = f.endLine = line;
    f.allowed = allowed;
    return f;
}

QStringList versions(const QAbstractItemModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row, 0).data(VersionRole).toString());
    return list;
}

} // namespace

class TestTimelineModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyModel();
    void rowsAndRoles();
    void displayStates_data();
    void displayStates();
    void tidemarkRoles();
    void durationFractionIsRelativeToSlowest();
    void sameMigrationsChangeInPlace();
    void otherMigrationsReset();
    void runningVersion();
    void reviewBadgeOnMigrationsStillToRun();
    void filterByState();
    void filterByText_data();
    void filterByText();
};

void TestTimelineModel::emptyModel()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 1);
    QVERIFY(!model.index(0, 0).isValid());
    QVERIFY(!model.data(model.index(0, 0)).isValid());
    QVERIFY(!model.migrationAt(0));
    QCOMPARE(model.rowOf(Version({1})), -1);
}

void TestTimelineModel::rowsAndRoles()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setStatus(sampleStatus());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), 1);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0); // a list: no children
    QVERIFY(!model.index(0, 1).isValid());
    QVERIFY(!model.parent(model.index(2, 0)).isValid());
    QCOMPARE(model.rowOf(Version({4})), 3);
    QCOMPARE(model.rowOf(Version({9})), -1);

    const QModelIndex applied = model.index(0, 0);
    QCOMPARE(applied.data().toString(), QStringLiteral("1 create_customers"));
    QCOMPARE(applied.data(StateRole).toInt(), int(MigrationState::Applied));
    QCOMPARE(applied.data(StateNameRole).toString(), QStringLiteral("applied"));
    QCOMPARE(applied.data(VersionRole).toString(), QStringLiteral("1"));
    QCOMPARE(applied.data(DescriptionRole).toString(), QStringLiteral("create_customers"));
    QCOMPARE(applied.data(ScriptRole).toString(), QStringLiteral("001_create_customers.up.sql"));
    QCOMPARE(applied.data(AppliedAtRole).toDateTime(), QDateTime(QDate(2024, 5, 1), QTime(12, 30, 0), Qt::UTC));
    QCOMPARE(applied.data(AppliedByRole).toString(), QStringLiteral("alice@db-laptop"));
    QCOMPARE(applied.data(DurationMsRole).toLongLong(), 100);
    QCOMPARE(applied.data(ChecksumRole).toString(), QStringLiteral("applied-1"));
    QCOMPARE(applied.data(StatementsDoneRole).toInt(), 3);
    QCOMPARE(applied.data(StatementsTotalRole).toInt(), 3);
    QVERIFY(applied.data(Qt::ToolTipRole).toString().contains(QStringLiteral("alice@db-laptop")));
    QVERIFY(applied.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("create_customers")));
    QVERIFY(!applied.data(Qt::DecorationRole).value<QIcon>().isNull());

    const QModelIndex pending = model.index(5, 0);
    QVERIFY(!pending.data(AppliedAtRole).toDateTime().isValid());
    QCOMPARE(pending.data(DurationMsRole).toLongLong(), -1);
    QCOMPARE(pending.data(StatementsDoneRole).toInt(), -1);
    QCOMPARE(pending.data(ChecksumRole).toString(), QStringLiteral("file-6"));

    const QModelIndex failed = model.index(2, 0);
    QVERIFY(failed.data(LastErrorRole).toString().contains(QStringLiteral("no such table")));
    QVERIFY(failed.data(Qt::ToolTipRole).toString().contains(QStringLiteral("no such table")));
    QCOMPARE(model.roleNames().value(DisplayStateRole), QByteArray("displayState"));
    QCOMPARE(model.roleNames().value(BeforeTidemarkRole), QByteArray("beforeTidemark"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestTimelineModel::displayStates_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("text");
    QTest::newRow("applied") << 0 << int(DisplayState::Applied) << QStringLiteral("Applied");
    QTest::newRow("modified") << 1 << int(DisplayState::Modified) << QStringLiteral("Modified");
    QTest::newRow("failed") << 2 << int(DisplayState::Failed) << QStringLiteral("Failed");
    QTest::newRow("out of order") << 3 << int(DisplayState::OutOfOrder) << QStringLiteral("Out of order");
    QTest::newRow("missing") << 4 << int(DisplayState::Missing) << QStringLiteral("Missing");
    QTest::newRow("pending") << 5 << int(DisplayState::Pending) << QStringLiteral("Pending");
}

void TestTimelineModel::displayStates()
{
    QFETCH(int, row);
    QFETCH(int, state);
    QFETCH(QString, text);
    TimelineModel model;
    model.setStatus(sampleStatus());
    const QModelIndex index = model.index(row, 0);
    QCOMPARE(index.data(DisplayStateRole).toInt(), state);
    QCOMPARE(displayStateText(DisplayState(state)), text);
    QVERIFY(index.data(Qt::AccessibleTextRole).toString().endsWith(text));
    QCOMPARE(index.data(OutOfOrderRole).toBool(), DisplayState(state) == DisplayState::OutOfOrder);
}

void TestTimelineModel::tidemarkRoles()
{
    TimelineModel model;
    model.setStatus(sampleStatus());
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, 0).data(CurrentVersionRole).toString(), QStringLiteral("5"));
        QCOMPARE(model.index(row, 0).data(BeforeTidemarkRole).toBool(), row <= 4); // versions 1 to 5
    }
    ProjectStatus empty = sampleStatus();
    empty.currentVersion.reset();
    model.setStatus(empty);
    QCOMPARE(model.index(0, 0).data(CurrentVersionRole).toString(), QString());
    QCOMPARE(model.index(0, 0).data(BeforeTidemarkRole).toBool(), false);
}

void TestTimelineModel::durationFractionIsRelativeToSlowest()
{
    TimelineModel model;
    model.setStatus(sampleStatus()); // 100, 200 and 500 ms applied
    QCOMPARE(model.index(4, 0).data(DurationFractionRole).toReal(), 1.0);
    const qreal first = model.index(0, 0).data(DurationFractionRole).toReal();
    QVERIFY(first > 0.5 && first < 1.0); // a log scale keeps short ones visible
    QCOMPARE(model.index(5, 0).data(DurationFractionRole).toReal(), -1.0);
}

void TestTimelineModel::sameMigrationsChangeInPlace()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStatus(sampleStatus());
    const QPersistentModelIndex pending(model.index(5, 0));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // The same status again changes nothing.
    model.setStatus(sampleStatus());
    QCOMPARE(changed.count(), 0);

    // Version 6 gets applied; the current version moves, so every row's tidemark role changes.
    ProjectStatus next = sampleStatus();
    next.migrations[5] = migration(6, QStringLiteral("add_shipments"), MigrationState::Applied);
    next.currentVersion = Version({6});
    model.setStatus(next);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 5);
    QVERIFY(pending.isValid());
    QCOMPARE(pending.data(StateRole).toInt(), int(MigrationState::Applied));
    QCOMPARE(pending.data(BeforeTidemarkRole).toBool(), true);

    // Only the failed one is retried and applied: one row changes.
    changed.clear();
    ProjectStatus retried = next;
    retried.migrations[2] = migration(3, QStringLiteral("create_orders"), MigrationState::Applied);
    retried.migrations[2].applied->executionMs = 300;
    model.setStatus(retried);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 2);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 2);
    QCOMPARE(model.index(2, 0).data(DisplayStateRole).toInt(), int(DisplayState::Applied));
}

void TestTimelineModel::otherMigrationsReset()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStatus(sampleStatus());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    ProjectStatus more = sampleStatus();
    more.migrations.append(migration(7, QStringLiteral("add_invoices"), MigrationState::Pending));
    model.setStatus(more);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 7);
}

void TestTimelineModel::runningVersion()
{
    TimelineModel model;
    model.setStatus(sampleStatus());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRunningVersion(Version({6}));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 5);
    QVERIFY(model.index(5, 0).data(RunningRole).toBool());
    QVERIFY(!model.index(4, 0).data(RunningRole).toBool());
    model.setRunningVersion(std::nullopt);
    QCOMPARE(changed.count(), 2);
    QVERIFY(!model.index(5, 0).data(RunningRole).toBool());
}

void TestTimelineModel::reviewBadgeOnMigrationsStillToRun()
{
    const ProjectStatus status = sampleStatus();
    const auto scriptOf = [&status](int row) { return status.migrations.at(row).file->script; };
    QHash<QString, QList<ReviewFinding>> review;
    review.insert(scriptOf(0), {finding(RuleId::DropTable, 1, 2)}); // applied: it ran, nothing left to review
    review.insert(scriptOf(2), {finding(RuleId::Truncate, 3, 1)});  // failed: it runs again
    review.insert(scriptOf(3), {finding(RuleId::DropTable, 4, 1, true), finding(RuleId::NoTransaction, 4, 2)});
    review.insert(scriptOf(5), {finding(RuleId::DdlWithDml, 6, 1), finding(RuleId::DropTable, 6, 4),
                                finding(RuleId::UpdateWithoutWhere, 6, 5)});
    TimelineModel model;
    model.setStatus(status);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setReview(review);
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(ReviewSeverityRole));
    model.setReview(review);
    QCOMPARE(changed.count(), 1); // the same findings: nothing to repaint

    const auto severity = [&model](int row) { return model.index(row, 0).data(ReviewSeverityRole).toInt(); };
    const auto badge = [&model](int row) { return model.index(row, 0).data(ReviewBadgeRole).toString(); };
    QCOMPARE(severity(0), -1);
    QCOMPARE(badge(0), QString());
    QVERIFY(!model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("drop-table")));
    QCOMPARE(severity(2), int(RuleSeverity::Error));
    QCOMPARE(badge(2), QStringLiteral("truncate"));
    QCOMPARE(severity(3), int(RuleSeverity::Note)); // the allowed error does not count
    QCOMPARE(badge(3), QStringLiteral("no-transaction"));
    QCOMPARE(severity(5), int(RuleSeverity::Error));
    QCOMPARE(badge(5), QStringLiteral("drop-table +2"));
    const QString tip = model.index(5, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("drop-table at line 4")) && tip.contains(QStringLiteral("ddl-with-dml")),
             qPrintable(tip));
    QVERIFY(model.index(5, 0).data(Qt::AccessibleDescriptionRole).toString().contains(QStringLiteral("drop-table +2")));

    review[scriptOf(5)] = {finding(RuleId::DropTable, 6, 4, true)};
    model.setReview(review);
    QCOMPARE(severity(5), -1); // every finding allowed: no badge
    QCOMPARE(badge(5), QString());
    QVERIFY(model.index(5, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("allowed")));
}

void TestTimelineModel::filterByState()
{
    TimelineModel model;
    TimelineFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStatus(sampleStatus());
    QCOMPARE(filter.rowCount(), 6);
    QVERIFY(!filter.isFiltering());

    filter.setStateVisible(DisplayState::Applied, false);
    QVERIFY(filter.isFiltering());
    QCOMPARE(versions(filter), (QStringList{"2", "3", "4", "5", "6"}));
    filter.setStateVisible(DisplayState::Pending, false);
    QCOMPARE(versions(filter), (QStringList{"2", "3", "4", "5"})); // out of order is its own state
    filter.setStateVisible(DisplayState::OutOfOrder, false);
    filter.setStateVisible(DisplayState::Missing, false);
    QCOMPARE(versions(filter), (QStringList{"2", "3"}));
    for (DisplayState state : allDisplayStates)
        filter.setStateVisible(state, true);
    QCOMPARE(filter.rowCount(), 6);
    QVERIFY(!filter.isFiltering());

    // A state change in the source moves the row in or out of the filter.
    filter.setStateVisible(DisplayState::Pending, false);
    QCOMPARE(filter.rowCount(), 5);
    ProjectStatus next = sampleStatus();
    next.migrations[5] = migration(6, QStringLiteral("add_shipments"), MigrationState::Applied);
    model.setStatus(next);
    QCOMPARE(versions(filter), (QStringList{"1", "2", "3", "4", "5", "6"}));
}

void TestTimelineModel::filterByText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("shown");
    QTest::newRow("empty") << QString() << QStringList{"1", "2", "3", "4", "5", "6"};
    QTest::newRow("description") << QStringLiteral("create") << QStringList{"1", "2", "3"};
    QTest::newRow("case-insensitive") << QStringLiteral("CREATE_ORD") << QStringList{"3"};
    QTest::newRow("version") << QStringLiteral("4") << QStringList{"4"};
    QTest::newRow("script") << QStringLiteral("005_") << QStringList{"5"};
    QTest::newRow("who") << QStringLiteral("alice") << QStringList{"1", "2", "5"};
    QTest::newRow("every word") << QStringLiteral("alice create") << QStringList{"1", "2"};
    QTest::newRow("nothing") << QStringLiteral("zebra") << QStringList{};
}

void TestTimelineModel::filterByText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, shown);
    TimelineModel model;
    TimelineFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStatus(sampleStatus());
    filter.setSearchText(text);
    QCOMPARE(versions(filter), shown);
    QCOMPARE(filter.searchText(), text.simplified());
}

QTEST_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
