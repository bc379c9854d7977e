#pragma once

#include "core/databasekind.h"
#include "conventions/unsavedmigration.h"
#include "core/migration.h"
#include "scriptdocument.h"

#include <QMessageBox>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QSplitter;
class QToolButton;

namespace tidemark {

class NoticeBar;
class SqlCheckView;
class SqlEditor;
class SqlEditorPanel;

// Writing and editing the scripts of one migration in the project's convention.
//
// - setProject() first: the migrations folder, the convention ("golang-migrate", "goose", "flyway",
//   "dbmate"; empty: detected from the folder) and the SQL dialect.
// - createMigration(name) (or the New button / showNewMigrationDialog()) opens the next migration's files as a
//   draft (Convention::draft): up and down side by side for golang-migrate (and Flyway with undo scripts), the
//   whole file in one editor for goose and dbmate, with buttons that jump to the sections. Nothing is written
//   until the first save, which writes every file of the draft and emits migrationCreated; a draft closed
//   untouched leaves no file, an edited one asks Save / Discard as any other change.
// - openMigration() / openFiles() open existing scripts; call setApplied() afterwards for an applied one:
//   it is then read-only with an "Edit anyway" button, and once edited a warning bar says that status will
//   report it as modified (with the applied checksum, only while the up text differs from what ran).
// - Check lists what the review rules find in the migration as it would be saved (engine/review, the rules of
//   `tidemark-cli lint`), then splits every script as the runner will (goose blocks whole) and lists each
//   statement with its line, flagging destructive ones (DROP TABLE, DROP COLUMN, TRUNCATE, DELETE/UPDATE
//   without WHERE) and those that cannot run in a transaction; double-click jumps to the line.
// - Save (Ctrl+S) writes atomically, keeping each file's BOM and CRLF line breaks, and refuses to overwrite
//   a file changed by another program unless the user agrees. The window calls maybeSave() before closing
//   or before opening something else: it asks Save / Discard / Cancel and returns false on Cancel.
class MigrationAuthoringWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationAuthoringWidget)

public:
    // How the widget asks the user; replaceable for tests. Returns the button chosen.
    using Prompt = std::function<QMessageBox::StandardButton(QMessageBox::Icon icon, const QString &title,
                                                             const QString &text, QMessageBox::StandardButtons buttons,
                                                             QMessageBox::StandardButton defaultButton)>;

    explicit MigrationAuthoringWidget(QWidget *parent = nullptr);
    ~MigrationAuthoringWidget() override;

    void setProject(const QString &migrationsDir, const QString &conventionName, DatabaseKind dialect);
    QString migrationsDir() const { return m_dir; }
    QString conventionName() const { return m_convention; }
    DatabaseKind dialect() const { return m_dialect; }

    // Asks to save unsaved changes first; false (with *error unless the user cancelled) when nothing was created.
    bool createMigration(const QString &name, QString *error = nullptr);
    bool showNewMigrationDialog();
    // Opens the migration's up and down files (one file for goose and dbmate). Does not ask to save.
    bool openMigration(const Migration &migration, QString *error = nullptr);
    // One file: edited whole (or an up without a down); two files: up, then down.
    bool openFiles(const QStringList &paths, QString *error = nullptr);
    void closeFiles();
    QStringList files() const;
    bool isSingleFileConvention() const;

    QList<SqlEditorPanel *> panels() const { return m_panels; }
    SqlEditor *upEditor() const;   // the first script's editor (the whole file for goose and dbmate)
    SqlEditor *downEditor() const; // null without a separate down file

    bool hasUnsavedChanges() const;
    bool isDraft() const; // a new migration not saved yet: its files are not in the folder
    bool save(QString *error = nullptr);
    bool maybeSave();

    void setApplied(bool applied, const QString &appliedChecksum = {});
    bool isApplied() const { return m_applied; }
    void allowEditingApplied(); // what "Edit anyway" does
    NoticeBar *noticeBar() const { return m_notice; }

    void check(); // then checked(), for a rehearsal against the database where there is one
    SqlCheckView *checkView() const { return m_checkView; }
    // Every open script's file name and text as the editors hold it, saved or not.
    QList<ScriptText> scriptTexts() const;
    // The migration those texts make once saved, as the convention reads it; nullopt with why when they make none.
    std::optional<Migration> unsavedMigration(QString *error) const;

    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }

Q_SIGNALS:
    void unsavedChangesChanged(bool unsaved);
    void saved(const QStringList &files);
    void migrationCreated(const QStringList &files);
    void checked();

private:
    QMessageBox::StandardButton ask(QMessageBox::Icon icon, const QString &title, const QString &text,
                                    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
    bool create(const QString &name, QString *error);
    void showDocuments(const QList<ScriptDocument> &documents);
    QString panelTitle(qsizetype panel) const;
    void relabelPanels(); // a draft once saved
    bool canSave() const { return hasUnsavedChanges() || isDraft(); } // a draft may be saved as it is
    SqlEditorPanel *addPanel(const QString &title);
    void updateAppliedNotice();
    QString currentUpChecksum() const;
    QList<std::pair<QString, int>> sections() const;
    void updateChrome();

    QString m_dir;
    QString m_convention = QStringLiteral("golang-migrate");
    DatabaseKind m_dialect = DatabaseKind::Sqlite;
    QList<ScriptDocument> m_documents;
    QList<SqlEditorPanel *> m_panels;
    bool m_applied = false;
    bool m_editingApplied = false;
    QString m_appliedChecksum;
    Prompt m_prompt;
    QTimer m_noticeTimer;

    QToolButton *m_new = nullptr;
    QToolButton *m_save = nullptr;
    QToolButton *m_check = nullptr;
    QToolButton *m_upSection = nullptr;
    QToolButton *m_downSection = nullptr;
    QLabel *m_location = nullptr;
    NoticeBar *m_notice = nullptr;
    QSplitter *m_editors = nullptr;
    QSplitter *m_body = nullptr; // the editors above, the check results below
    QLabel *m_empty = nullptr;
    SqlCheckView *m_checkView = nullptr;
};

} // namespace tidemark
