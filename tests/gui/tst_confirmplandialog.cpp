// The confirmation before any change: exactly the plan, with direction and transaction mode, and for a production
// database a confirmation that cannot be passed without typing the database's name exactly.
#include "confirmplandialog.h"
#include "sql/sqlcheck.h"
#include "sqleditor.h"
#include "workbenchpalette.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QtTest>

using namespace tidemark;

namespace {

PlanStep step(Direction direction, quint64 version, const QString &description, bool transactional = true,
              const QString &why = {})
{
    PlanStep s;
    s.direction = direction;
    s.version = Version({version});
    s.description = description;
    s.script = QStringLiteral("%1_%2.sql").arg(version).arg(description);
    s.statementCount = 2;
    s.transactional = transactional;
    s.whyNoTransaction = why;
    return s;
}

Plan upPlan()
{
    Plan plan;
    plan.steps = {step(Direction::Up, 4, QStringLiteral("add_index"), false,
                       QStringLiteral("line 3 cannot run inside a transaction")),
                  step(Direction::Up, 5, QStringLiteral("add_column"))};
    return plan;
}

PlanTarget target(bool production)
{
    PlanTarget t;
    t.redactedUrl = QStringLiteral("postgres://dba@db.example.com:5432/shop");
    t.databaseName = QStringLiteral("shop");
    t.transactionalDdl = true;
    t.production = production;
    return t;
}

} // namespace

class TestConfirmPlanDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsThePlanInOrder();
    void rollBackSaysSo();
    void withoutTransactionalDdlNothingIsTransactional();
    void cancelIsTheDefault();
    void productionNeedsTheExactName_data();
    void productionNeedsTheExactName();
    void productionEnterConfirmsOnlyWhenMatching();
    void showsEachStepsSqlAndItsHazards();
    void driftNeedsEachOneTicked();
    void saysWhoHoldsTheLock();
    void rehearseOnProductionWaitsForTheName();
    void showsTheReviewFindingsOfEachStep();
};

void TestConfirmPlanDialog::listsThePlanInOrder()
{
    ConfirmPlanDialog dialog(upPlan(), target(false));
    auto steps = dialog.findChild<QTreeWidget *>(QStringLiteral("planSteps"));
    QVERIFY(steps);
    QCOMPARE(steps->topLevelItemCount(), 2);
    const QTreeWidgetItem *first = steps->topLevelItem(0);
    QCOMPARE(first->text(ConfirmPlanDialog::OrderColumn), QStringLiteral("1"));
    QCOMPARE(first->text(ConfirmPlanDialog::DirectionColumn), QStringLiteral("Up"));
    QCOMPARE(first->text(ConfirmPlanDialog::VersionColumn), QStringLiteral("4"));
    QCOMPARE(first->text(ConfirmPlanDialog::MigrationColumn), QStringLiteral("add_index"));
    QCOMPARE(first->text(ConfirmPlanDialog::TransactionColumn),
             QStringLiteral("No: line 3 cannot run inside a transaction"));
    QCOMPARE(steps->topLevelItem(1)->text(ConfirmPlanDialog::TransactionColumn), QStringLiteral("Yes"));
    QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("productionBanner")));
    const QString summary = dialog.findChild<QLabel *>(QStringLiteral("planSummary"))->text();
    QVERIFY(summary.contains(QStringLiteral("Without a transaction: 1")));
    QCOMPARE(dialog.confirmButton()->text(), QStringLiteral("Apply"));
    QVERIFY(dialog.confirmButton()->isEnabled());
}

void TestConfirmPlanDialog::rollBackSaysSo()
{
    Plan plan;
    plan.steps = {step(Direction::Down, 5, QStringLiteral("add_column")),
                  step(Direction::Down, 4, QStringLiteral("add_index"))};
    ConfirmPlanDialog dialog(plan, target(false));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Confirm Roll Back"));
    QCOMPARE(dialog.confirmButton()->text(), QStringLiteral("Roll Back"));
    auto steps = dialog.findChild<QTreeWidget *>(QStringLiteral("planSteps"));
    QCOMPARE(steps->topLevelItem(0)->text(ConfirmPlanDialog::DirectionColumn), QStringLiteral("Down"));
    QCOMPARE(steps->topLevelItem(0)->text(ConfirmPlanDialog::VersionColumn), QStringLiteral("5"));
}

void TestConfirmPlanDialog::withoutTransactionalDdlNothingIsTransactional()
{
    PlanTarget t = target(false);
    t.transactionalDdl = false;
    ConfirmPlanDialog dialog(upPlan(), t);
    auto steps = dialog.findChild<QTreeWidget *>(QStringLiteral("planSteps"));
    QVERIFY(steps->topLevelItem(1)->text(ConfirmPlanDialog::TransactionColumn).startsWith(QStringLiteral("No: ")));
}

void TestConfirmPlanDialog::cancelIsTheDefault()
{
    ConfirmPlanDialog dialog(upPlan(), target(false));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(accepted.count(), 0);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestConfirmPlanDialog::productionNeedsTheExactName_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("nothing") << QString() << false;
    QTest::newRow("prefix") << QStringLiteral("sho") << false;
    QTest::newRow("other case") << QStringLiteral("Shop") << false;
    QTest::newRow("trailing space") << QStringLiteral("shop ") << false;
    QTest::newRow("longer") << QStringLiteral("shops") << false;
    QTest::newRow("exact") << QStringLiteral("shop") << true;
}

void TestConfirmPlanDialog::productionNeedsTheExactName()
{
    QFETCH(QString, typed);
    QFETCH(bool, enabled);
    ConfirmPlanDialog dialog(upPlan(), target(true));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("productionBanner")));
    QVERIFY(!dialog.confirmButton()->isEnabled());
    auto name = dialog.findChild<QLineEdit *>(QStringLiteral("confirmNameEdit"));
    QVERIFY(name);
    QCOMPARE(QApplication::focusWidget(), name);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::keyClicks(name, typed);
    QCOMPARE(dialog.confirmButton()->isEnabled(), enabled);
    // Neither a click on the button nor accept() gets past a wrong name.
    QTest::mouseClick(dialog.confirmButton(), Qt::LeftButton);
    QCOMPARE(accepted.count(), enabled ? 1 : 0);
    if (!enabled) {
        dialog.accept();
        QCOMPARE(accepted.count(), 0);
        QVERIFY(dialog.isVisible());
    }
}

void TestConfirmPlanDialog::productionEnterConfirmsOnlyWhenMatching()
{
    ConfirmPlanDialog dialog(upPlan(), target(true));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto name = dialog.findChild<QLineEdit *>(QStringLiteral("confirmNameEdit"));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QTest::keyClicks(name, QStringLiteral("shp"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(accepted.count(), 0);
    QCOMPARE(rejected.count(), 0); // Enter does not fall through to Cancel either
    QVERIFY(dialog.isVisible());
    name->clear();
    QTest::keyClicks(name, QStringLiteral("shop"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(accepted.count(), 1);
}

// What will run is on screen: each step's hazards in its row, and the selected step's SQL below, cut into statements
// as the runner cuts them. (Before, DROP TABLE and DELETE without WHERE showed as "2 statements, transaction: yes".)
void TestConfirmPlanDialog::showsEachStepsSqlAndItsHazards()
{
    Plan plan = upPlan();
    plan.steps[0].sql = QStringLiteral("DROP TABLE shipments;\nDELETE FROM order_audit;\nDROP TABLE shipments;\n");
    plan.steps[0].statementCount = 3;
    plan.steps[1].sql = QStringLiteral("ALTER TABLE orders ADD COLUMN note TEXT;\nUPDATE orders SET note = '' WHERE id = 1;\n");
    plan.steps[1].statementCount = 2;
    PlanTarget t = target(false);
    t.dialect = DatabaseKind::Postgres;
    ConfirmPlanDialog dialog(plan, t);
    auto steps = dialog.findChild<QTreeWidget *>(QStringLiteral("planSteps"));
    const QString hazards = steps->topLevelItem(0)->text(ConfirmPlanDialog::HazardColumn);
    QCOMPARE(hazards, describeSqlHazard({SqlHazard::Kind::DropTable, QStringLiteral("shipments")}) + QStringLiteral("; ")
                          + describeSqlHazard({SqlHazard::Kind::DeleteWithoutWhere, QStringLiteral("order_audit")}));
    QVERIFY(steps->topLevelItem(1)->text(ConfirmPlanDialog::HazardColumn).isEmpty()); // an UPDATE with its WHERE

    auto sql = dialog.findChild<SqlEditor *>(QStringLiteral("stepSql"));
    QVERIFY(sql);
    QVERIFY(sql->isReadOnly());
    QCOMPARE(sql->dialect(), DatabaseKind::Postgres);
    QCOMPARE(sql->toPlainText(), plan.steps[0].sql); // the first step, selected as the dialog opens
    QCOMPARE(sql->statementScan().statements.size(), 3);
    auto look = dialog.findChild<QLabel *>(QStringLiteral("stepHazards"));
    QVERIFY(look);
    QCOMPARE(look->text(), QStringLiteral("Look at: ") + hazards);
    QVERIFY(!look->isHidden());
    steps->setCurrentItem(steps->topLevelItem(1));
    QCOMPARE(sql->toPlainText(), plan.steps[1].sql);
    QCOMPARE(sql->statementScan().statements.size(), 2);
    QVERIFY(look->isHidden());
}

// Drift is never applied past silently: each migration edited or missing since it ran is named, and Apply waits
// until every one is ticked, on production after the name as well.
void TestConfirmPlanDialog::driftNeedsEachOneTicked()
{
    for (const bool production : {false, true}) {
        PlanTarget t = target(production);
        t.drift = {QStringLiteral("2 create_orders: changed after it was applied (checksum 1a2b in the database, 3c4d in the file)"),
                   QStringLiteral("3 add_status: applied, but its file is missing")};
        ConfirmPlanDialog dialog(upPlan(), t);
        const QList<QCheckBox *> boxes = dialog.findChildren<QCheckBox *>(QStringLiteral("driftCheck"));
        QCOMPARE(boxes.size(), 2);
        QCOMPARE(boxes.at(0)->text(), t.drift.at(0));
        QCOMPARE(boxes.at(1)->text(), t.drift.at(1));
        if (production)
            QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("confirmNameEdit")), t.databaseName);
        QVERIFY(!dialog.confirmButton()->isEnabled());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not accepted: nothing would run
        boxes.at(0)->setChecked(true);
        QVERIFY(!dialog.confirmButton()->isEnabled());
        boxes.at(1)->setChecked(true);
        QVERIFY(dialog.confirmButton()->isEnabled());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    ConfirmPlanDialog clean(upPlan(), target(false));
    QVERIFY(!clean.findChild<QWidget *>(QStringLiteral("driftAcknowledgement")));
    QVERIFY(clean.confirmButton()->isEnabled());
}

void TestConfirmPlanDialog::saysWhoHoldsTheLock()
{
    PlanTarget t = target(false);
    t.lockHolder = QStringLiteral("alice on db-laptop (pid 4242) since 12:01:02 UTC");
    ConfirmPlanDialog dialog(upPlan(), t);
    auto lock = dialog.findChild<QLabel *>(QStringLiteral("lockHolder"));
    QVERIFY(lock);
    QVERIFY2(lock->text().contains(t.lockHolder), qPrintable(lock->text()));
    QVERIFY(dialog.confirmButton()->isEnabled()); // the run waits for the lock; confirming is still the DBA's call
    ConfirmPlanDialog free(upPlan(), target(false));
    QVERIFY(!free.findChild<QLabel *>(QStringLiteral("lockHolder")));
}

// A rehearsal takes the plan's locks for as long as it runs: on production it asks for the name as Apply does, and
// while it runs neither Rehearse nor Apply starts anything.
void TestConfirmPlanDialog::rehearseOnProductionWaitsForTheName()
{
    ConfirmPlanDialog dialog(upPlan(), target(true));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy requested(&dialog, &ConfirmPlanDialog::rehearseRequested);
    QVERIFY(!dialog.rehearseButton()->isEnabled());
    QVERIFY(!dialog.rehearse());
    QCOMPARE(requested.count(), 0);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("confirmNameEdit")), QStringLiteral("shop"));
    QVERIFY(dialog.rehearseButton()->isEnabled());
    QTest::mouseClick(dialog.rehearseButton(), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).value<Plan>().steps.size(), 2);
    dialog.setRehearsing(true);
    QVERIFY(!dialog.rehearseButton()->isEnabled());
    QVERIFY(!dialog.confirmButton()->isEnabled());
    QVERIFY(!dialog.rehearse());
    dialog.setRehearsing(false);
    QVERIFY(dialog.confirmButton()->isEnabled());
}

// The review rules' findings show in the row of the step whose part of the file they are in, with rule and line;
// an allowed one says so and why. A step without a reviewed file falls back to the destructive statements.
void TestConfirmPlanDialog::showsTheReviewFindingsOfEachStep()
{
    Plan plan = upPlan();
    plan.steps[0].sql = QStringLiteral("CREATE INDEX i ON orders (id);\n");
    plan.steps[1].sql = QStringLiteral("DROP TABLE carts;\nDELETE FROM orders;\n");
    plan.steps[1].firstLine = 1;
    PlanTarget t = target(false);
    t.dialect = DatabaseKind::Postgres;
    t.reviewedScripts = {plan.steps[0].script};
    ReviewFinding index;
    index.rule = RuleId::PgIndexNotConcurrent;
    index.severity = RuleSeverity::Warning;
    index.message = QStringLiteral("builds index i on orders while writes wait");
    index.file = plan.steps[0].script;
    index.line = 1;
    ReviewFinding elsewhere = index; // another file's: not this step's
    elsewhere.file = QStringLiteral("9_other.sql");
    ReviewFinding allowed = index;
    allowed.rule = RuleId::DdlWithDml;
    allowed.message = QStringLiteral("mixes schema and data changes");
    allowed.allowed = true;
    allowed.allowReason = QStringLiteral("seed rows");
    t.review = {index, elsewhere, allowed};
    ConfirmPlanDialog dialog(plan, t);
    auto steps = dialog.findChild<QTreeWidget *>(QStringLiteral("planSteps"));
    const QString first = steps->topLevelItem(0)->toolTip(ConfirmPlanDialog::HazardColumn);
    QCOMPARE(first, QStringLiteral("warning pg-index-not-concurrent: builds index i on orders while writes wait (line 1)\n"
                                   "warning ddl-with-dml: mixes schema and data changes (line 1), allowed: seed rows"));
    QCOMPARE(steps->topLevelItem(0)->foreground(ConfirmPlanDialog::HazardColumn).color(),
             workbenchpalette::cautionAmber());
    // Not reviewed: what sql/sqlcheck.h finds destructive, in red.
    QVERIFY(steps->topLevelItem(1)->text(ConfirmPlanDialog::HazardColumn).contains(QLatin1String("carts")));
    QCOMPARE(steps->topLevelItem(1)->foreground(ConfirmPlanDialog::HazardColumn).color(),
             workbenchpalette::productionRed());
}

QTEST_MAIN(TestConfirmPlanDialog)
#include "tst_confirmplandialog.moc"
