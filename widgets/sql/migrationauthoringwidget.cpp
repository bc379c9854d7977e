#include "migrationauthoringwidget.h"

#include "conventions/convention.h"
#include "conventions/conventionfactory.h"
#include "conventions/goosescript.h"
#include "core/checksum.h"
#include "newmigrationdialog.h"
#include "review/migrationreview.h"
#include "noticebar.h"
#include "sql/dbmatemarker.h"
#include "sql/gooseannotation.h"
#include "sqlcheckview.h"
#include "sqleditorpanel.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

namespace tidemark {
namespace {

bool isSingleFile(const QString &convention)
{
    return convention == u"goose" || convention == u"dbmate";
}

QToolButton *toolButton(QWidget *parent, const QString &text, QStyle::StandardPixmap icon, const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setToolTip(tip);
    return button;
}

} // namespace

MigrationAuthoringWidget::MigrationAuthoringWidget(QWidget *parent)
    : QWidget(parent),
      m_new(toolButton(this, tr("New Migration…"), QStyle::SP_FileIcon, tr("Create the next migration in the project's convention"))),
      m_save(toolButton(this, tr("Save"), QStyle::SP_DialogSaveButton, tr("Save the scripts (Ctrl+S)"))),
      m_check(toolButton(this, tr("Check"), QStyle::SP_DialogApplyButton,
                         tr("Review the migration with the lint rules, list its statements as the runner splits them, and rehearse it against the connected database"))),
      m_upSection(new QToolButton(this)), m_downSection(new QToolButton(this)), m_location(new QLabel(this)),
      m_notice(new NoticeBar(this)), m_editors(new QSplitter(Qt::Horizontal, this)), m_empty(new QLabel(this)),
      m_checkView(new SqlCheckView(this))
{
    m_upSection->setText(tr("Up section"));
    m_downSection->setText(tr("Down section"));
    m_location->setTextFormat(Qt::PlainText);
    m_location->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_empty->setText(tr("Open a migration, or create a new one with New Migration…"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_editors->setChildrenCollapsible(false);

    auto *toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(4, 2, 4, 2);
    for (QToolButton *b : {m_new, m_save, m_check, m_upSection, m_downSection})
        toolbar->addWidget(b);
    toolbar->addWidget(m_location, 1);

    auto *body = m_body = new QSplitter(Qt::Vertical, this);
    auto *editorArea = new QWidget(body);
    auto *editorLayout = new QVBoxLayout(editorArea);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_editors, 1);
    editorLayout->addWidget(m_empty, 1);
    body->addWidget(editorArea);
    body->addWidget(m_checkView);
    body->setStretchFactor(0, 3);
    body->setStretchFactor(1, 1);
    m_checkView->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(toolbar);
    layout->addWidget(m_notice);
    layout->addWidget(body, 1);

    auto *saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveAction);
    auto saveInteractive = [this] {
        QString error;
        if (!save(&error) && !error.isEmpty())
            ask(QMessageBox::Warning, tr("Save"), error, QMessageBox::Ok, QMessageBox::Ok);
    };
    connect(saveAction, &QAction::triggered, this, saveInteractive);
    connect(m_save, &QToolButton::clicked, this, saveInteractive);
    connect(m_new, &QToolButton::clicked, this, &MigrationAuthoringWidget::showNewMigrationDialog);
    connect(m_check, &QToolButton::clicked, this, &MigrationAuthoringWidget::check);
    auto jump = [this](int which) {
        const QList<std::pair<QString, int>> found = sections();
        if (which < found.size() && upEditor())
            upEditor()->goToLine(found.at(which).second);
    };
    connect(m_upSection, &QToolButton::clicked, this, [jump] { jump(0); });
    connect(m_downSection, &QToolButton::clicked, this, [jump] { jump(1); });
    connect(m_checkView, &SqlCheckView::statementActivated, this, [this](int script, int line) {
        if (script >= 0 && script < m_panels.size())
            m_panels.at(script)->editor()->goToLine(line);
    });
    m_noticeTimer.setSingleShot(true);
    m_noticeTimer.setInterval(250);
    connect(&m_noticeTimer, &QTimer::timeout, this, &MigrationAuthoringWidget::updateAppliedNotice);
    updateChrome();
}

MigrationAuthoringWidget::~MigrationAuthoringWidget() = default;

QMessageBox::StandardButton MigrationAuthoringWidget::ask(QMessageBox::Icon icon, const QString &title, const QString &text,
                                                          QMessageBox::StandardButtons buttons,
                                                          QMessageBox::StandardButton defaultButton)
{
    if (m_prompt)
        return m_prompt(icon, title, text, buttons, defaultButton);
    QMessageBox box(icon, title, text, buttons, this);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

void MigrationAuthoringWidget::setProject(const QString &migrationsDir, const QString &conventionName, DatabaseKind dialect)
{
    m_dir = migrationsDir;
    std::unique_ptr<Convention> convention = conventionName.isEmpty() ? nullptr : conventionByName(conventionName);
    if (!convention)
        convention = detectConvention(migrationsDir);
    m_convention = convention->name();
    m_dialect = dialect;
    for (SqlEditorPanel *panel : std::as_const(m_panels))
        panel->editor()->setDialect(dialect);
    updateChrome();
}

bool MigrationAuthoringWidget::isSingleFileConvention() const
{
    return isSingleFile(m_convention);
}

bool MigrationAuthoringWidget::showNewMigrationDialog()
{
    if (!maybeSave())
        return false;
    NewMigrationDialog dialog(m_dir, m_convention, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QString error;
    if (create(dialog.migrationName(), &error))
        return true;
    if (!error.isEmpty())
        ask(QMessageBox::Warning, tr("New Migration"), error, QMessageBox::Ok, QMessageBox::Ok);
    return false;
}

bool MigrationAuthoringWidget::createMigration(const QString &name, QString *error)
{
    return maybeSave() && create(name, error);
}

bool MigrationAuthoringWidget::create(const QString &name, QString *error)
{
    std::unique_ptr<Convention> convention = conventionByName(m_convention);
    const MigrationDraft draft = convention->draft(m_dir, name, QDateTime::currentDateTimeUtc());
    if (!draft.error.isEmpty()) {
        if (error)
            *error = draft.error;
        return false;
    }
    QList<ScriptDocument> documents;
    for (const MigrationDraft::File &file : draft.files)
        documents << ScriptDocument::draft(file.path, file.text);
    showDocuments(documents);
    upEditor()->moveCursor(QTextCursor::End);
    upEditor()->setFocus();
    return true;
}

bool MigrationAuthoringWidget::isDraft() const
{
    return std::any_of(m_documents.cbegin(), m_documents.cend(), [](const ScriptDocument &d) { return d.isDraft(); });
}

bool MigrationAuthoringWidget::openMigration(const Migration &migration, QString *error)
{
    const QDir dir(m_dir);
    QStringList paths{dir.filePath(migration.script)};
    if (!migration.downScript.isEmpty() && migration.downScript != migration.script)
        paths << dir.filePath(migration.downScript);
    return openFiles(paths, error);
}

SqlEditorPanel *MigrationAuthoringWidget::addPanel(const QString &title)
{
    auto *panel = new SqlEditorPanel(m_editors);
    panel->setTitle(title);
    panel->editor()->setDialect(m_dialect);
    m_editors->addWidget(panel);
    m_panels.append(panel);
    QTextDocument *document = panel->editor()->document();
    connect(document, &QTextDocument::modificationChanged, this, [this] {
        m_save->setEnabled(canSave());
        Q_EMIT unsavedChangesChanged(hasUnsavedChanges());
    });
    connect(document, &QTextDocument::contentsChanged, &m_noticeTimer, qOverload<>(&QTimer::start));
    return panel;
}

bool MigrationAuthoringWidget::openFiles(const QStringList &paths, QString *error)
{
    QList<ScriptDocument> documents;
    for (const QString &path : paths) {
        ScriptDocument document;
        if (!document.load(path)) {
            if (error)
                *error = document.error();
            return false;
        }
        documents.append(document);
    }
    showDocuments(documents);
    return true;
}

void MigrationAuthoringWidget::showDocuments(const QList<ScriptDocument> &documents)
{
    closeFiles();
    m_documents = documents;
    for (qsizetype k = 0; k < documents.size(); ++k) {
        SqlEditorPanel *panel = addPanel(panelTitle(k));
        panel->editor()->setPlainText(documents.at(k).text());
        panel->editor()->document()->setModified(false);
        panel->editor()->rescanNow();
    }
    m_applied = m_editingApplied = false;
    m_appliedChecksum.clear();
    updateChrome();
    updateAppliedNotice();
    Q_EMIT unsavedChangesChanged(false);
}

QString MigrationAuthoringWidget::panelTitle(qsizetype k) const
{
    const bool single = isSingleFileConvention() && m_documents.size() == 1;
    const QString file = QFileInfo(m_documents.at(k).path()).fileName();
    const QString role = single ? tr("Up and down") : k == 0 ? tr("Up") : tr("Down");
    return m_documents.at(k).isDraft() ? tr("%1 — %2 (new, not saved yet)").arg(role, file)
                                       : tr("%1 — %2").arg(role, file);
}

void MigrationAuthoringWidget::relabelPanels()
{
    for (qsizetype k = 0; k < m_panels.size(); ++k)
        m_panels.at(k)->setTitle(panelTitle(k));
}

void MigrationAuthoringWidget::closeFiles()
{
    qDeleteAll(m_panels);
    m_panels.clear();
    m_documents.clear();
    m_checkView->clear();
    m_checkView->hide();
    m_applied = m_editingApplied = false;
    updateChrome();
    updateAppliedNotice();
}

QStringList MigrationAuthoringWidget::files() const
{
    QStringList paths;
    for (const ScriptDocument &document : m_documents)
        paths << document.path();
    return paths;
}

SqlEditor *MigrationAuthoringWidget::upEditor() const
{
    return m_panels.isEmpty() ? nullptr : m_panels.first()->editor();
}

SqlEditor *MigrationAuthoringWidget::downEditor() const
{
    return m_panels.size() < 2 ? nullptr : m_panels.at(1)->editor();
}

bool MigrationAuthoringWidget::hasUnsavedChanges() const
{
    return std::any_of(m_panels.cbegin(), m_panels.cend(),
                       [](const SqlEditorPanel *p) { return p->editor()->document()->isModified(); });
}

bool MigrationAuthoringWidget::save(QString *error)
{
    const bool wasDraft = isDraft();
    QStringList written;
    for (qsizetype k = 0; k < m_panels.size(); ++k) {
        QTextDocument *document = m_panels.at(k)->editor()->document();
        if (!document->isModified() && !m_documents.at(k).isDraft()) // a draft's files are written together
            continue;
        ScriptDocument &file = m_documents[k];
        const QString text = document->toPlainText();
        if (!file.save(text)) {
            const bool overwrite = file.changedOnDisk()
                && ask(QMessageBox::Warning, tr("Save"),
                       tr("%1 was changed by another program since it was opened. Overwrite it with your version?")
                           .arg(QFileInfo(file.path()).fileName()),
                       QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Save;
            if (!overwrite || !file.save(text, false)) {
                if (error)
                    *error = overwrite || !file.changedOnDisk() ? file.error() : QString();
                return false;
            }
        }
        document->setModified(false);
        written << file.path();
    }
    if (!written.isEmpty()) {
        if (m_checkView->isVisible())
            check();
        if (wasDraft)
            relabelPanels();
        Q_EMIT saved(written);
        if (wasDraft)
            Q_EMIT migrationCreated(files());
    }
    updateChrome();
    return true;
}

bool MigrationAuthoringWidget::maybeSave()
{
    if (!hasUnsavedChanges())
        return true;
    QStringList names;
    for (qsizetype k = 0; k < m_panels.size(); ++k) {
        if (m_panels.at(k)->editor()->document()->isModified())
            names << QFileInfo(m_documents.at(k).path()).fileName();
    }
    const QMessageBox::StandardButton choice =
        ask(QMessageBox::Question, tr("Unsaved Changes"),
            tr("Save the changes to %1?").arg(names.join(tr(" and "))),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (choice == QMessageBox::Cancel)
        return false;
    if (choice == QMessageBox::Discard)
        return true;
    QString error;
    if (save(&error))
        return true;
    if (!error.isEmpty())
        ask(QMessageBox::Warning, tr("Save"), error, QMessageBox::Ok, QMessageBox::Ok);
    return false;
}

void MigrationAuthoringWidget::setApplied(bool applied, const QString &appliedChecksum)
{
    m_applied = applied;
    m_editingApplied = false;
    m_appliedChecksum = applied ? appliedChecksum : QString();
    for (SqlEditorPanel *panel : std::as_const(m_panels))
        panel->editor()->setReadOnly(applied);
    updateChrome();
    updateAppliedNotice();
}

void MigrationAuthoringWidget::allowEditingApplied()
{
    if (!m_applied)
        return;
    m_editingApplied = true;
    for (SqlEditorPanel *panel : std::as_const(m_panels))
        panel->editor()->setReadOnly(false);
    updateChrome();
    updateAppliedNotice();
}

QString MigrationAuthoringWidget::currentUpChecksum() const
{
    if (!upEditor())
        return {};
    if (!isSingleFile(m_convention) || m_documents.size() != 1)
        return scriptChecksum(upEditor()->toPlainText());
    // The up section as the convention reads it: the text in a scratch folder, read back.
    QTemporaryDir scratch;
    const QString name = QFileInfo(m_documents.first().path()).fileName();
    QFile file(QDir(scratch.path()).filePath(name));
    if (!scratch.isValid() || !file.open(QIODevice::WriteOnly) || file.write(upEditor()->toPlainText().toUtf8()) < 0)
        return {};
    file.close();
    const Catalog catalog = conventionByName(m_convention)->read(scratch.path());
    return catalog.migrations.isEmpty() ? QString() : catalog.migrations.first().checksum;
}

void MigrationAuthoringWidget::updateAppliedNotice()
{
    m_notice->clearButtons();
    if (!m_applied || m_panels.isEmpty()) {
        m_notice->hide();
        return;
    }
    const QString file = QFileInfo(m_documents.first().path()).fileName();
    if (!m_editingApplied) {
        m_notice->setMessage(tr("%1 has been applied to the database, so it is shown read-only. Editing it does not "
                                "change the database; status would report the migration as modified.").arg(file),
                             NoticeBar::Level::Information);
        QPushButton *edit = m_notice->addButton(tr("Edit Anyway"));
        connect(edit, &QPushButton::clicked, this, &MigrationAuthoringWidget::allowEditingApplied);
    } else {
        const bool differs = m_appliedChecksum.isEmpty() ? hasUnsavedChanges() : currentUpChecksum() != m_appliedChecksum;
        m_notice->setMessage(
            differs ? tr("You are editing a migration that has already been applied. Once saved, status will report it "
                         "as modified: its checksum no longer matches the one recorded when it ran, and the database "
                         "keeps what was applied. To change the database, write a new migration instead.")
                    : tr("You are editing a migration that has already been applied. Its up script still matches what "
                         "was applied; any change to it will be reported as modified."),
            NoticeBar::Level::Warning);
    }
    m_notice->show();
}

QList<std::pair<QString, int>> MigrationAuthoringWidget::sections() const
{
    QList<std::pair<QString, int>> found; // up first, then down
    if (!upEditor() || !isSingleFile(m_convention))
        return found;
    int up = 0, down = 0, number = 1;
    for (QTextBlock block = upEditor()->document()->firstBlock(); block.isValid(); block = block.next(), ++number) {
        const QString text = block.text();
        if (m_convention == u"goose") {
            const GooseAnnotation a = gooseAnnotation(text);
            if (a == GooseAnnotation::Up && !up)
                up = number;
            else if (a == GooseAnnotation::Down && !down)
                down = number;
        } else if (const DbmateMarker m = dbmateMarker(text); m == DbmateMarker::Up || m == DbmateMarker::Down) {
            int &line = m == DbmateMarker::Up ? up : down;
            if (!line)
                line = number;
        }
    }
    found.append({tr("Up"), up ? up : 1});
    if (down)
        found.append({tr("Down"), down});
    return found;
}

void MigrationAuthoringWidget::updateChrome()
{
    const bool open = !m_panels.isEmpty();
    m_editors->setVisible(open);
    m_empty->setVisible(!open);
    m_new->setEnabled(!m_dir.isEmpty());
    m_save->setEnabled(canSave());
    m_check->setEnabled(open);
    const bool sectioned = open && isSingleFile(m_convention) && m_panels.size() == 1;
    m_upSection->setVisible(sectioned);
    m_downSection->setVisible(sectioned);
    m_location->setText(m_dir.isEmpty() ? QString()
                                         : tr("%1 · %2 · %3").arg(QDir::toNativeSeparators(m_dir), m_convention,
                                                                  databaseKindName(m_dialect)));
}

void MigrationAuthoringWidget::check()
{
    QList<SqlCheckView::Script> scripts;
    const QList<ScriptText> texts = scriptTexts();
    for (qsizetype i = 0; i < m_panels.size(); ++i)
        scripts.append({m_panels.at(i)->title(), checkMigrationSql(m_panels.at(i)->editor()->toPlainText(), m_dialect),
                        i < texts.size() ? texts.at(i).fileName : QString()});
    m_checkView->setResults(scripts);
    QString error;
    if (const std::optional<Migration> migration = unsavedMigration(&error))
        // goose and dbmate: the editor holds the whole file, allow comments outside the sections count too
        m_checkView->setReview(reviewMigration(*migration, m_dialect,
                                               isSingleFileConvention() ? texts.constFirst().text : QString()));
    else
        m_checkView->setReview({}, error);
    if (m_checkView->isHidden()) {
        // Shown for the first time, a splitter pane takes its size hint; keep the editors the main thing.
        m_checkView->show();
        const int height = m_body->height();
        m_body->setSizes({height * 3 / 4, height - height * 3 / 4});
    }
    Q_EMIT checked();
}

std::optional<Migration> MigrationAuthoringWidget::unsavedMigration(QString *error) const
{
    const std::unique_ptr<Convention> convention = conventionByName(m_convention);
    if (!convention) {
        *error = tr("no convention is called %1").arg(m_convention);
        return std::nullopt;
    }
    return readUnsavedMigration(*convention, scriptTexts(), error);
}

QList<ScriptText> MigrationAuthoringWidget::scriptTexts() const
{
    QList<ScriptText> scripts;
    for (qsizetype i = 0; i < m_documents.size() && i < m_panels.size(); ++i)
        scripts.append({QFileInfo(m_documents.at(i).path()).fileName(), m_panels.at(i)->editor()->toPlainText()});
    return scripts;
}

} // namespace tidemark
