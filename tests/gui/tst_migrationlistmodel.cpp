#include "migrationlistmodel.h"
#include "migrationstatestyle.h"
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
    m.file = file;
    if (state == MigrationState::Applied || state == MigrationState::Modified) {
        AppliedMigration row;
        row.version = m.version;
        row.description = description;
        row.appliedBy = QStringLiteral("alice@db-laptop");
        row.appliedAt = QDateTime(QDate(2024, 5, 1), QTime(12, 30, 0), Qt::UTC);
        row.executionMs = 42;
        m.applied = row;
    }
    return m;
}

ProjectStatus sampleStatus()
{
    ProjectStatus status;
    status.migrations.append(migration(1, QStringLiteral("create_customers"), MigrationState::Applied));
    status.migrations.append(migration(2, QStringLiteral("create_products"), MigrationState::Modified));
    MigrationStatus failed = migration(3, QStringLiteral("create_orders"), MigrationState::Failed);
    HistoryEvent event;
    event.type = HistoryEvent::Type::Fail;
    event.error = QStringLiteral("003_create_orders.up.sql, statement 1 at line 1: no such table: nope");
    failed.lastFailure = event;
    status.migrations.append(failed);
    status.migrations.append(migration(4, QStringLiteral("add_index"), MigrationState::Pending));
    status.currentVersion = Version({2});
    return status;
}

} // namespace

class TestMigrationListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyModel();
    void rowsAndColumns();
    void roles();
    void stateText_data();
    void stateText();
    void decorationIsStateIcon();
    void durationFormatting();
};

void TestMigrationListModel::emptyModel()
{
    MigrationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(MigrationListModel::ColumnCount));
    QVERIFY(!model.data(model.index(0, 0)).isValid());
    QVERIFY(!model.migrationAt(0));
}

void TestMigrationListModel::rowsAndColumns()
{
    MigrationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setStatus(sampleStatus());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0); // a table: no children
    QCOMPARE(model.headerData(MigrationListModel::VersionColumn, Qt::Horizontal).toString(), QStringLiteral("Version"));
    QCOMPARE(model.headerData(MigrationListModel::AppliedAtColumn, Qt::Horizontal).toString(),
             QStringLiteral("Applied at"));
    QCOMPARE(model.data(model.index(0, MigrationListModel::VersionColumn)).toString(), QStringLiteral("1"));
    QCOMPARE(model.data(model.index(0, MigrationListModel::DescriptionColumn)).toString(),
             QStringLiteral("create_customers"));
    QCOMPARE(model.data(model.index(0, MigrationListModel::AppliedByColumn)).toString(),
             QStringLiteral("alice@db-laptop"));
    QCOMPARE(model.data(model.index(0, MigrationListModel::DurationColumn)).toString(), QStringLiteral("42 ms"));
    QVERIFY(!model.data(model.index(0, MigrationListModel::AppliedAtColumn)).toString().isEmpty());
    QVERIFY(model.data(model.index(3, MigrationListModel::AppliedAtColumn)).toString().isEmpty());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestMigrationListModel::roles()
{
    MigrationListModel model;
    model.setStatus(sampleStatus());
    const QModelIndex applied = model.index(0, MigrationListModel::DescriptionColumn);
    QCOMPARE(applied.data(StateRole).toInt(), int(MigrationState::Applied));
    QCOMPARE(applied.data(StateNameRole).toString(), QStringLiteral("applied"));
    QCOMPARE(applied.data(VersionRole).toString(), QStringLiteral("1"));
    QCOMPARE(applied.data(DescriptionRole).toString(), QStringLiteral("create_customers"));
    QCOMPARE(applied.data(ScriptRole).toString(), QStringLiteral("001_create_customers.up.sql"));
    QCOMPARE(applied.data(AppliedAtRole).toDateTime(), QDateTime(QDate(2024, 5, 1), QTime(12, 30, 0), Qt::UTC));
    QCOMPARE(applied.data(DurationMsRole).toLongLong(), 42);

    const QModelIndex pending = model.index(3, MigrationListModel::VersionColumn);
    QCOMPARE(pending.data(StateRole).toInt(), int(MigrationState::Pending));
    QVERIFY(!pending.data(AppliedAtRole).toDateTime().isValid());
    QCOMPARE(pending.data(DurationMsRole).toLongLong(), -1);
    QCOMPARE(pending.data(OutOfOrderRole).toBool(), false);

    const QModelIndex failed = model.index(2, MigrationListModel::StateColumn);
    QVERIFY(failed.data(LastErrorRole).toString().contains(QStringLiteral("no such table")));
    QCOMPARE(failed.data(Qt::ToolTipRole).toString(), failed.data(LastErrorRole).toString());
    QVERIFY(model.roleNames().value(StateRole) == "state");
}

void TestMigrationListModel::stateText_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("state");
    QTest::newRow("applied") << 0 << QStringLiteral("Applied") << int(MigrationState::Applied);
    QTest::newRow("modified") << 1 << QStringLiteral("Modified") << int(MigrationState::Modified);
    QTest::newRow("failed") << 2 << QStringLiteral("Failed") << int(MigrationState::Failed);
    QTest::newRow("pending") << 3 << QStringLiteral("Pending") << int(MigrationState::Pending);
}

void TestMigrationListModel::stateText()
{
    QFETCH(int, row);
    QFETCH(QString, text);
    QFETCH(int, state);
    MigrationListModel model;
    model.setStatus(sampleStatus());
    const QModelIndex index = model.index(row, MigrationListModel::StateColumn);
    QCOMPARE(index.data().toString(), text);
    QCOMPARE(index.data(Qt::ForegroundRole).value<QColor>(), migrationStateColor(MigrationState(state)));
}

void TestMigrationListModel::decorationIsStateIcon()
{
    MigrationListModel model;
    model.setStatus(sampleStatus());
    const QIcon icon = model.index(0, MigrationListModel::StateColumn).data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!icon.isNull());
    QVERIFY(!model.index(0, MigrationListModel::VersionColumn).data(Qt::DecorationRole).isValid());
}

void TestMigrationListModel::durationFormatting()
{
    QCOMPARE(formatDuration(0), QStringLiteral("0 ms"));
    QCOMPARE(formatDuration(999), QStringLiteral("999 ms"));
    QCOMPARE(formatDuration(2400), QLocale().toString(2.4, 'f', 1) + QStringLiteral(" s"));
    QCOMPARE(formatDuration(192'000), QStringLiteral("3 min 12 s"));
}

QTEST_MAIN(TestMigrationListModel)
#include "tst_migrationlistmodel.moc"
