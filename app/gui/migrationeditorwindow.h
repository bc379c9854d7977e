#pragma once

#include "core/databasekind.h"
#include "core/project.h"
#include "history/migrationstatus.h"

#include <QWidget>

namespace tidemark {

class MigrationAuthoringWidget;

// A window of its own, beside the workbench, for writing a new migration or editing one: the authoring widget of
// widgets/sql on the open project (its convention, the connection's dialect). Closing it asks to save unsaved
// scripts first; filesChanged() tells the workbench to read the folder again.
class MigrationEditorWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationEditorWindow)

public:
    explicit MigrationEditorWindow(QWidget *parent = nullptr);
    ~MigrationEditorWindow() override;

    void setProject(const Project &project, DatabaseKind dialect);
    // Asks for the name and creates the next migration's files; false when cancelled or refused.
    bool newMigration();
    // Asks to save what is open, then opens the migration's scripts; an applied one read-only until
    // "Edit anyway", with the warning that status will report it as modified.
    bool editMigration(const MigrationStatus &migration);

    MigrationAuthoringWidget *authoring() const { return m_authoring; }

Q_SIGNALS:
    // Scripts were created or saved: the timeline is out of date.
    void filesChanged(const QStringList &files);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateTitle();

    MigrationAuthoringWidget *m_authoring = nullptr;
    QString m_projectName;
};

} // namespace tidemark
