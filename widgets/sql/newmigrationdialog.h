#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tidemark {

// Asks for the name of a new migration and shows the files it will become in the folder's convention
// ("Creates 012_add_customer_phone.up.sql and 012_add_customer_phone.down.sql"). It does not create
// anything: the caller passes migrationName() to MigrationAuthoringWidget::createMigration().
class NewMigrationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewMigrationDialog)

public:
    // conventionName empty: the folder's detected convention.
    NewMigrationDialog(const QString &migrationsDir, const QString &conventionName, QWidget *parent = nullptr);
    ~NewMigrationDialog() override;

    QString migrationName() const;
    void setMigrationName(const QString &name);
    // The names the files would get now (the version may move on if another migration appears first).
    QStringList previewFileNames() const;

private:
    void updatePreview();

    QString m_dir;
    QString m_convention;
    QStringList m_templateNames; // created in a scratch copy of the folder's names, for "tidemark_preview"
    QLineEdit *m_name = nullptr;
    QLabel *m_preview = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace tidemark
