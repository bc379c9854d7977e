#include "conventions/convention.h"
#include "conventions/conventionfactory.h"
#include "core/checksum.h"
#include "migrationauthoringwidget.h"
#include "newmigrationdialog.h"
#include "noticebar.h"
#include "sqlcheckview.h"
#include "sqleditor.h"
#include "sqleditorpanel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tidemark;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void replaceText(SqlEditor *editor, const QString &text)
{
    editor->selectAll();
    editor->insertPlainText(text);
}

// A prompt that answers with the given buttons in turn and records the questions.
struct ScriptedPrompt
{
    QList<QMessageBox::StandardButton> answers;
    QStringList asked;

    MigrationAuthoringWidget::Prompt prompt()
    {
        return [this](QMessageBox::Icon, const QString &, const QString &text, QMessageBox::StandardButtons,
                      QMessageBox::StandardButton) {
            asked << text;
            return answers.isEmpty() ? QMessageBox::Cancel : answers.takeFirst();
        };
    }
};

} // namespace

class TestMigrationAuthoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void keepsBomAndCrlf();
    void maybeSaveAsks();
    void draftLeavesNoFileUntilSaved();
    void refusesToOverwriteChangesOnDisk();
    void appliedMigrationIsReadOnlyWithWarning();
    void appliedSingleFileComparesUpSection();
    void checkListsStatementsAndHazards();
    void checkListsReviewFindings_data();
    void checkListsReviewFindings();
    void newMigrationDialogPreviewsNames();
    void openMigrationFromCatalog();
};

void TestMigrationAuthoring::roundTrip_data()
{
    QTest::addColumn<QString>("convention");
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<QStringList>("expectedNames"); // with {ts} for a timestamp
    QTest::addColumn<QString>("up");
    QTest::addColumn<QString>("down");

    QTest::newRow("golang-migrate") << "golang-migrate" << QStringList{"001_init.up.sql", "001_init.down.sql"}
                                    << QStringList{"002_add_customer_phone.up.sql", "002_add_customer_phone.down.sql"}
                                    << "ALTER TABLE customers ADD COLUMN phone TEXT;\n"
                                    << "ALTER TABLE customers DROP COLUMN phone;\n";
    QTest::newRow("flyway without undo") << "flyway" << QStringList{"V1__init.sql"}
                                         << QStringList{"V2__add_customer_phone.sql"}
                                         << "ALTER TABLE customers ADD COLUMN phone TEXT;\n" << QString();
    QTest::newRow("flyway with undo") << "flyway" << QStringList{"V1__init.sql", "U1__init.sql"}
                                      << QStringList{"V2__add_customer_phone.sql", "U2__add_customer_phone.sql"}
                                      << "ALTER TABLE customers ADD COLUMN phone TEXT;\n"
                                      << "ALTER TABLE customers DROP COLUMN phone;\n";
    QTest::newRow("goose") << "goose" << QStringList{"001_init.sql"} << QStringList{"002_add_customer_phone.sql"}
                           << "-- +goose Up\nALTER TABLE customers ADD COLUMN phone TEXT;\n\n-- +goose Down\n"
                              "ALTER TABLE customers DROP COLUMN phone;\n"
                           << QString();
    QTest::newRow("dbmate") << "dbmate" << QStringList{} << QStringList{"{ts}_add_customer_phone.sql"}
                            << "-- migrate:up\nALTER TABLE customers ADD COLUMN phone TEXT;\n\n-- migrate:down\n"
                               "ALTER TABLE customers DROP COLUMN phone;\n"
                            << QString();
}

void TestMigrationAuthoring::roundTrip()
{
    QFETCH(QString, convention);
    QFETCH(QStringList, existing);
    QFETCH(QStringList, expectedNames);
    QFETCH(QString, up);
    QFETCH(QString, down);

    QTemporaryDir dir;
    for (const QString &name : existing) {
        const QByteArray text = convention == u"goose" ? "-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 1;\n"
                                                       : "SELECT 1;\n";
        writeFile(QDir(dir.path()).filePath(name), text);
    }

    MigrationAuthoringWidget widget;
    widget.setProject(dir.path(), convention, DatabaseKind::Sqlite);
    QCOMPARE(widget.conventionName(), convention);
    QSignalSpy created(&widget, &MigrationAuthoringWidget::migrationCreated);
    QString error;
    QVERIFY2(widget.createMigration(QStringLiteral("Add customer phone"), &error), qPrintable(error));
    QVERIFY(widget.isDraft()); // nothing in the folder until the first save
    QCOMPARE(created.size(), 0);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), existing.size());

    QStringList names;
    for (const QString &path : widget.files())
        names << QFileInfo(path).fileName().replace(QRegularExpression(QStringLiteral("^\\d{14}")), QStringLiteral("{ts}"));
    QCOMPARE(names, expectedNames);
    QCOMPARE(widget.panels().size(), expectedNames.size());
    QCOMPARE(widget.downEditor() != nullptr, expectedNames.size() == 2);
    QVERIFY(!widget.hasUnsavedChanges());
    QVERIFY(widget.upEditor()->toPlainText().contains(QStringLiteral("Add customer phone")));

    // Edit, save, reload.
    QSignalSpy unsaved(&widget, &MigrationAuthoringWidget::unsavedChangesChanged);
    replaceText(widget.upEditor(), up);
    if (widget.downEditor())
        replaceText(widget.downEditor(), down);
    QVERIFY(widget.hasUnsavedChanges());
    QVERIFY(!unsaved.isEmpty());
    QVERIFY(unsaved.last().at(0).toBool());
    QSignalSpy saved(&widget, &MigrationAuthoringWidget::saved);
    QVERIFY2(widget.save(&error), qPrintable(error));
    QVERIFY(!widget.hasUnsavedChanges());
    QVERIFY(!widget.isDraft());
    QCOMPARE(saved.size(), 1);
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.first().at(0).toStringList(), widget.files());
    QCOMPARE(readFile(widget.files().at(0)), up.toUtf8());
    if (widget.downEditor())
        QCOMPARE(readFile(widget.files().at(1)), down.toUtf8());

    MigrationAuthoringWidget reloaded;
    reloaded.setProject(dir.path(), convention, DatabaseKind::Sqlite);
    QVERIFY(reloaded.openFiles(widget.files(), &error));
    QCOMPARE(reloaded.upEditor()->toPlainText(), up);
    if (reloaded.downEditor())
        QCOMPARE(reloaded.downEditor()->toPlainText(), down);

    // And the convention reads what was written.
    const Catalog catalog = conventionByName(convention)->read(dir.path());
    QVERIFY(!catalog.migrations.isEmpty());
    QVERIFY(catalog.migrations.last().upSql.contains(QStringLiteral("ADD COLUMN phone")));
    if (convention != u"flyway" || expectedNames.size() == 2)
        QVERIFY(catalog.migrations.last().downSql.contains(QStringLiteral("DROP COLUMN phone")));
}

void TestMigrationAuthoring::keepsBomAndCrlf()
{
    QTemporaryDir dir;
    const QString up = QDir(dir.path()).filePath(QStringLiteral("001_a.up.sql"));
    const QString down = QDir(dir.path()).filePath(QStringLiteral("001_a.down.sql"));
    writeFile(up, "\xEF\xBB\xBF" "CREATE TABLE a (\r\n  id INT\r\n);\r\n");
    writeFile(down, "DROP TABLE a;\n");
    MigrationAuthoringWidget widget;
    widget.setProject(dir.path(), QString(), DatabaseKind::Sqlite);
    QVERIFY(widget.openFiles({up, down}));
    QCOMPARE(widget.upEditor()->toPlainText(), QStringLiteral("CREATE TABLE a (\n  id INT\n);\n"));
    widget.upEditor()->moveCursor(QTextCursor::End);
    widget.upEditor()->insertPlainText(QStringLiteral("CREATE INDEX i ON a (id);\n"));
    widget.downEditor()->moveCursor(QTextCursor::End);
    widget.downEditor()->insertPlainText(QStringLiteral("-- done\n"));
    QVERIFY(widget.save());
    QCOMPARE(readFile(up), QByteArray("\xEF\xBB\xBF" "CREATE TABLE a (\r\n  id INT\r\n);\r\nCREATE INDEX i ON a (id);\r\n"));
    QCOMPARE(readFile(down), QByteArray("DROP TABLE a;\n-- done\n"));
}

void TestMigrationAuthoring::maybeSaveAsks()
{
    QTemporaryDir dir;
    const QString up = QDir(dir.path()).filePath(QStringLiteral("001_a.up.sql"));
    writeFile(up, "SELECT 1;\n");
    MigrationAuthoringWidget widget;
    ScriptedPrompt prompt;
    widget.setPrompt(prompt.prompt());
    widget.setProject(dir.path(), QStringLiteral("golang-migrate"), DatabaseKind::Sqlite);
    QVERIFY(widget.openFiles({up}));
    QVERIFY(widget.maybeSave()); // nothing to save: no question
    QVERIFY(prompt.asked.isEmpty());

    widget.upEditor()->insertPlainText(QStringLiteral("-- x\n"));
    prompt.answers = {QMessageBox::Cancel};
    QVERIFY(!widget.maybeSave());
    QCOMPARE(prompt.asked.size(), 1);
    QVERIFY(prompt.asked.first().contains(QStringLiteral("001_a.up.sql")));
    QVERIFY(widget.hasUnsavedChanges());

    prompt.answers = {QMessageBox::Discard};
    QVERIFY(widget.maybeSave());
    QCOMPARE(readFile(up), QByteArray("SELECT 1;\n"));

    prompt.answers = {QMessageBox::Save};
    QVERIFY(widget.maybeSave());
    QVERIFY(!widget.hasUnsavedChanges());
    QCOMPARE(readFile(up), QByteArray("-- x\nSELECT 1;\n"));

    // Creating a migration with unsaved changes asks first; Cancel creates nothing.
    widget.upEditor()->insertPlainText(QStringLiteral("-- y\n"));
    prompt.answers = {QMessageBox::Cancel};
    QVERIFY(!widget.createMigration(QStringLiteral("next")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
}

// New Migration writes nothing until the first save: a draft closed untouched, or edited and discarded, leaves the
// folder as it was (an empty pending migration would otherwise be applied with 0 statements); one saved untouched
// writes all its files; one whose file another program created meanwhile is not written over.
void TestMigrationAuthoring::draftLeavesNoFileUntilSaved()
{
    QTemporaryDir dir;
    writeFile(QDir(dir.path()).filePath(QStringLiteral("001_a.up.sql")), "SELECT 1;\n");
    const auto files = [&] { return QDir(dir.path()).entryList(QDir::Files); };
    MigrationAuthoringWidget widget;
    ScriptedPrompt prompt;
    widget.setPrompt(prompt.prompt());
    widget.setProject(dir.path(), QStringLiteral("golang-migrate"), DatabaseKind::Sqlite);

    QVERIFY(widget.createMigration(QStringLiteral("untouched")));
    QVERIFY(widget.isDraft());
    QVERIFY(widget.panels().first()->title().contains(QStringLiteral("not saved yet")));
    QVERIFY(widget.maybeSave()); // nothing typed: nothing to ask, nothing to keep
    QVERIFY(prompt.asked.isEmpty());
    widget.closeFiles();
    QCOMPARE(files(), QStringList{"001_a.up.sql"});

    QVERIFY(widget.createMigration(QStringLiteral("edited")));
    widget.upEditor()->insertPlainText(QStringLiteral("CREATE TABLE b (id INT);\n"));
    prompt.answers = {QMessageBox::Discard};
    QVERIFY(widget.maybeSave());
    QCOMPARE(prompt.asked.size(), 1);
    widget.closeFiles();
    QCOMPARE(files(), QStringList{"001_a.up.sql"});

    QVERIFY(widget.createMigration(QStringLiteral("as it is")));
    QVERIFY(!widget.hasUnsavedChanges());
    QString error;
    QVERIFY2(widget.save(&error), qPrintable(error)); // the template, up and down together
    QCOMPARE(files(), (QStringList{"001_a.up.sql", "002_as_it_is.down.sql", "002_as_it_is.up.sql"}));
    QVERIFY(!widget.panels().first()->title().contains(QStringLiteral("not saved yet")));

    QVERIFY(widget.createMigration(QStringLiteral("raced")));
    const QString taken = widget.files().at(0);
    writeFile(taken, "-- theirs\n");
    widget.upEditor()->insertPlainText(QStringLiteral("-- mine\n"));
    prompt.answers = {QMessageBox::Cancel};
    QVERIFY(!widget.save(&error));
    QCOMPARE(readFile(taken), QByteArray("-- theirs\n"));
}

void TestMigrationAuthoring::refusesToOverwriteChangesOnDisk()
{
    QTemporaryDir dir;
    const QString up = QDir(dir.path()).filePath(QStringLiteral("001_a.up.sql"));
    writeFile(up, "SELECT 1;\n");
    MigrationAuthoringWidget widget;
    ScriptedPrompt prompt;
    widget.setPrompt(prompt.prompt());
    QVERIFY(widget.openFiles({up}));
    widget.upEditor()->insertPlainText(QStringLiteral("-- mine\n"));
    writeFile(up, "SELECT 2; -- theirs\n");
    prompt.answers = {QMessageBox::Cancel};
    QString error;
    QVERIFY(!widget.save(&error));
    QVERIFY(error.isEmpty()); // the user chose not to
    QCOMPARE(prompt.asked.size(), 1);
    QCOMPARE(readFile(up), QByteArray("SELECT 2; -- theirs\n"));
    prompt.answers = {QMessageBox::Save};
    QVERIFY(widget.save(&error));
    QCOMPARE(readFile(up), QByteArray("-- mine\nSELECT 1;\n"));
}

void TestMigrationAuthoring::appliedMigrationIsReadOnlyWithWarning()
{
    QTemporaryDir dir;
    const QString up = QDir(dir.path()).filePath(QStringLiteral("002_create_products.up.sql"));
    const QString down = QDir(dir.path()).filePath(QStringLiteral("002_create_products.down.sql"));
    writeFile(up, "CREATE TABLE products (id INTEGER PRIMARY KEY);\n");
    writeFile(down, "DROP TABLE products;\n");
    MigrationAuthoringWidget widget;
    widget.setProject(dir.path(), QString(), DatabaseKind::Sqlite);
    QVERIFY(widget.openFiles({up, down}));
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QVERIFY(!widget.noticeBar()->isVisible());

    widget.setApplied(true, scriptChecksum(QStringLiteral("CREATE TABLE products (id INTEGER PRIMARY KEY);\n")));
    QVERIFY(widget.noticeBar()->isVisible());
    QVERIFY(widget.upEditor()->isReadOnly());
    QVERIFY(widget.downEditor()->isReadOnly());
    QVERIFY(widget.noticeBar()->text().contains(QStringLiteral("read-only")));
    auto *edit = widget.noticeBar()->findChild<QPushButton *>();
    QVERIFY(edit);
    edit->click();
    QVERIFY(!widget.upEditor()->isReadOnly());
    QCOMPARE(widget.noticeBar()->level(), NoticeBar::Level::Warning);
    QVERIFY(widget.noticeBar()->text().contains(QStringLiteral("still matches")));

    widget.upEditor()->moveCursor(QTextCursor::End);
    widget.upEditor()->insertPlainText(QStringLiteral("CREATE INDEX i ON products (id);\n"));
    QTRY_VERIFY(widget.noticeBar()->text().contains(QStringLiteral("will report it as modified")));
    widget.upEditor()->undo();
    QTRY_VERIFY(widget.noticeBar()->text().contains(QStringLiteral("still matches")));
    // The down script is not part of the checksum.
    widget.downEditor()->insertPlainText(QStringLiteral("-- note\n"));
    QTest::qWait(400);
    QVERIFY(widget.noticeBar()->text().contains(QStringLiteral("still matches")));

    // Without a checksum, any edit is reported.
    widget.setApplied(true);
    widget.allowEditingApplied();
    QVERIFY(widget.noticeBar()->text().contains(QStringLiteral("will report it as modified")));
    widget.setApplied(false);
    QVERIFY(!widget.noticeBar()->isVisible());
    QVERIFY(!widget.upEditor()->isReadOnly());
}

void TestMigrationAuthoring::appliedSingleFileComparesUpSection()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("002_products.sql"));
    writeFile(path, "-- +goose Up\nCREATE TABLE products (id INT);\n\n-- +goose Down\nDROP TABLE products;\n");
    const Catalog catalog = conventionByName(QStringLiteral("goose"))->read(dir.path());
    QCOMPARE(catalog.migrations.size(), 1);
    MigrationAuthoringWidget widget;
    widget.setProject(dir.path(), QStringLiteral("goose"), DatabaseKind::Sqlite);
    QVERIFY(widget.openMigration(catalog.migrations.first()));
    QCOMPARE(widget.panels().size(), 1);
    QVERIFY(widget.panels().first()->title().contains(QStringLiteral("002_products.sql")));
    widget.setApplied(true, catalog.migrations.first().checksum);
    widget.allowEditingApplied();
    QVERIFY(widget.noticeBar()->text().contains(QStringLiteral("still matches")));
    // An edit in the Down section keeps the up checksum.
    widget.upEditor()->moveCursor(QTextCursor::End);
    widget.upEditor()->insertPlainText(QStringLiteral("-- down note\n"));
    QTest::qWait(400);
    QVERIFY(widget.noticeBar()->text().contains(QStringLiteral("still matches")));
    widget.upEditor()->moveCursor(QTextCursor::Start);
    widget.upEditor()->moveCursor(QTextCursor::Down);
    widget.upEditor()->insertPlainText(QStringLiteral("CREATE INDEX i ON products (id);\n"));
    QTRY_VERIFY(widget.noticeBar()->text().contains(QStringLiteral("will report it as modified")));
}

void TestMigrationAuthoring::checkListsStatementsAndHazards()
{
    QTemporaryDir dir;
    const QString up = QDir(dir.path()).filePath(QStringLiteral("003_cleanup.up.sql"));
    writeFile(up, "-- cleanup\nDELETE FROM sessions;\nCREATE INDEX CONCURRENTLY i ON a (x);\n"
                  "UPDATE a SET x = 1 WHERE id = 2;\nDROP TABLE legacy;\n");
    MigrationAuthoringWidget widget;
    widget.setProject(dir.path(), QStringLiteral("golang-migrate"), DatabaseKind::Postgres);
    QVERIFY(widget.openFiles({up}));
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    widget.check();
    QVERIFY(widget.checkView()->isVisible());
    QCOMPARE(widget.checkView()->results().size(), 1);
    const SqlCheckResult &result = widget.checkView()->results().first().result;
    QCOMPARE(result.statements.size(), 4);
    QCOMPARE(result.hazardCount(), 2);
    QCOMPARE(result.noTransactionCount(), 1);
    QVERIFY(widget.checkView()->topLevelItem(0)->text(0).startsWith(QStringLiteral("Review rules:")));
    QTreeWidgetItem *top = widget.checkView()->topLevelItem(1);
    QCOMPARE(top->childCount(), 4);
    QCOMPARE(top->child(0)->text(0), QStringLiteral("2"));
    QVERIFY(top->child(0)->text(2).contains(QStringLiteral("sessions")));
    QVERIFY(top->child(1)->text(2).contains(QStringLiteral("transaction")));
    QVERIFY(top->child(2)->text(2).isEmpty());
    Q_EMIT widget.checkView()->itemActivated(top->child(3), 0);
    QCOMPARE(widget.upEditor()->currentLine(), 5);
}

void TestMigrationAuthoring::checkListsReviewFindings_data()
{
    QTest::addColumn<QString>("convention");
    QTest::addColumn<QStringList>("files");    // name, text, name, text …
    QTest::addColumn<QString>("editedUp");     // typed into the first editor and not saved; empty: no edit
    QTest::addColumn<QString>("summary");      // in the review line, untranslated
    QTest::addColumn<QStringList>("findings"); // "line rule", " allowed" appended for an allowed one

    QTest::newRow("unsaved edit is reviewed")
        << QStringLiteral("golang-migrate")
        << QStringList{QStringLiteral("003_x.up.sql"), QStringLiteral("CREATE TABLE legacy (id INT);\n"),
                       QStringLiteral("003_x.down.sql"), QStringLiteral("CREATE TABLE legacy (id INT);\n")}
        << QStringLiteral("-- drop it\n\nDROP TABLE legacy;\n") << QStringLiteral("1 error(s)") // untranslated
        << QStringList{QStringLiteral("3 drop-table")};
    QTest::newRow("goose allow comment outside the sections")
        << QStringLiteral("goose")
        << QStringList{QStringLiteral("004_drop.sql"),
                       QStringLiteral("-- tidemark:allow drop-table legacy is unused since 2024\n-- +goose Up\n"
                                      "DROP TABLE legacy;\n\n-- +goose Down\nCREATE TABLE legacy (id INT);\n")}
        << QString() << QStringLiteral("1 allowed") << QStringList{QStringLiteral("3 drop-table allowed")};
    QTest::newRow("nothing found")
        << QStringLiteral("golang-migrate")
        << QStringList{QStringLiteral("005_t.up.sql"), QStringLiteral("CREATE TABLE t (id INT);\n"),
                       QStringLiteral("005_t.down.sql"), QStringLiteral("DROP TABLE t;\n")}
        << QString() << QStringLiteral("nothing to look at") << QStringList();
    QTest::newRow("not a migration file")
        << QStringLiteral("golang-migrate") << QStringList{QStringLiteral("notes.sql"), QStringLiteral("DROP TABLE t;\n")}
        << QString() << QStringLiteral("not read") << QStringList();
}

void TestMigrationAuthoring::checkListsReviewFindings()
{
    QFETCH(QString, convention);
    QFETCH(QStringList, files);
    QFETCH(QString, editedUp);
    QFETCH(QString, summary);
    QFETCH(QStringList, findings);
    QTemporaryDir dir;
    QStringList paths;
    for (qsizetype i = 0; i + 1 < files.size(); i += 2) {
        paths << QDir(dir.path()).filePath(files.at(i));
        writeFile(paths.constLast(), files.at(i + 1).toUtf8());
    }
    MigrationAuthoringWidget widget;
    widget.setProject(dir.path(), convention, DatabaseKind::Sqlite);
    QVERIFY(widget.openFiles(paths));
    if (!editedUp.isEmpty())
        replaceText(widget.upEditor(), editedUp);
    widget.check();

    QTreeWidgetItem *review = widget.checkView()->topLevelItem(0);
    QVERIFY2(review->text(0).startsWith(QStringLiteral("Review rules:")), qPrintable(review->text(0)));
    QVERIFY2(review->text(0).contains(summary), qPrintable(review->text(0)));
    QStringList found;
    for (int i = 0; i < review->childCount(); ++i) {
        const QTreeWidgetItem *item = review->child(i);
        const QString rule = item->text(2).section(u':', 0, 0).section(u' ', 1);
        found << item->text(0) + u' ' + rule + (item->text(2).contains(QStringLiteral("allowed")) ? QStringLiteral(" allowed") : QString());
    }
    QCOMPARE(found, findings);
    if (review->childCount() > 0) { // a finding takes the editor to its line
        Q_EMIT widget.checkView()->itemActivated(review->child(0), 0);
        QCOMPARE(widget.upEditor()->currentLine(), review->child(0)->text(0).toInt());
    }
    if (!editedUp.isEmpty()) // what was reviewed is the editor's text: the file still holds the saved one
        QCOMPARE(readFile(paths.constFirst()), files.at(1).toUtf8());
}

void TestMigrationAuthoring::newMigrationDialogPreviewsNames()
{
    QTemporaryDir dir;
    writeFile(QDir(dir.path()).filePath(QStringLiteral("009_a.up.sql")), "SELECT 1;\n");
    writeFile(QDir(dir.path()).filePath(QStringLiteral("009_a.down.sql")), "SELECT 1;\n");
    NewMigrationDialog dialog(dir.path(), QString());
    QVERIFY(dialog.previewFileNames().isEmpty());
    dialog.setMigrationName(QStringLiteral("Add order notes!"));
    QCOMPARE(dialog.previewFileNames(),
             (QStringList{"010_add_order_notes.up.sql", "010_add_order_notes.down.sql"}));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2); // the preview writes nothing here
}

void TestMigrationAuthoring::openMigrationFromCatalog()
{
    QTemporaryDir dir;
    writeFile(QDir(dir.path()).filePath(QStringLiteral("001_a.up.sql")), "CREATE TABLE a (id INT);\n");
    writeFile(QDir(dir.path()).filePath(QStringLiteral("001_a.down.sql")), "DROP TABLE a;\n");
    const Catalog catalog = conventionByName(QStringLiteral("golang-migrate"))->read(dir.path());
    MigrationAuthoringWidget widget;
    widget.setProject(dir.path(), QStringLiteral("golang-migrate"), DatabaseKind::Sqlite);
    QVERIFY(widget.openMigration(catalog.migrations.first()));
    QCOMPARE(widget.upEditor()->toPlainText(), catalog.migrations.first().upSql);
    QCOMPARE(widget.downEditor()->toPlainText(), catalog.migrations.first().downSql);
    QString error;
    QVERIFY(!widget.openFiles({QDir(dir.path()).filePath(QStringLiteral("missing.sql"))}, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(widget.panels().size(), 2); // a failed open keeps what was open
}

QTEST_MAIN(TestMigrationAuthoring)
#include "tst_migrationauthoring.moc"
