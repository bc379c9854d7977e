#include "migrationeditorwindow.h"

#include "icons.h"
#include "migrationauthoringwidget.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QVBoxLayout>

namespace tidemark {

MigrationEditorWindow::MigrationEditorWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_authoring(new MigrationAuthoringWidget(this))
{
    setObjectName(QStringLiteral("migrationEditorWindow"));
    setWindowIcon(icon(u"tidemark"));
    m_authoring->setObjectName(QStringLiteral("migrationAuthoring"));
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_authoring);
    resize(1100, 720);

    connect(m_authoring, &MigrationAuthoringWidget::unsavedChangesChanged, this, &QWidget::setWindowModified);
    connect(m_authoring, &MigrationAuthoringWidget::saved, this, &MigrationEditorWindow::filesChanged);
    connect(m_authoring, &MigrationAuthoringWidget::migrationCreated, this, [this](const QStringList &files) {
        updateTitle();
        Q_EMIT filesChanged(files);
    });
    updateTitle();
}

MigrationEditorWindow::~MigrationEditorWindow() = default;

void MigrationEditorWindow::setProject(const Project &project, DatabaseKind dialect)
{
    m_projectName = project.name;
    m_authoring->setProject(project.migrationsDir, project.convention, dialect);
    updateTitle();
}

bool MigrationEditorWindow::newMigration()
{
    const bool created = m_authoring->showNewMigrationDialog();
    updateTitle();
    return created;
}

bool MigrationEditorWindow::editMigration(const MigrationStatus &migration)
{
    if (!migration.file || !m_authoring->maybeSave())
        return false;
    QString error;
    if (!m_authoring->openMigration(*migration.file, &error)) {
        QMessageBox::warning(this, tr("Cannot Open the Migration"), error);
        return false;
    }
    // An applied migration is read-only until "Edit anyway"; the warning compares with what ran.
    m_authoring->setApplied(migration.applied.has_value(),
                            migration.applied ? migration.applied->checksum : QString());
    updateTitle();
    return true;
}

void MigrationEditorWindow::closeEvent(QCloseEvent *event)
{
    if (m_authoring->maybeSave())
        event->accept();
    else
        event->ignore();
}

void MigrationEditorWindow::updateTitle()
{
    const QStringList files = m_authoring->files();
    const QString what = files.isEmpty() ? tr("Migration Editor") : QFileInfo(files.first()).fileName();
    setWindowTitle(m_projectName.isEmpty() ? tr("%1[*] — Tidemark").arg(what)
                                           : tr("%1[*] — %2 — Tidemark").arg(what, m_projectName));
}

} // namespace tidemark
