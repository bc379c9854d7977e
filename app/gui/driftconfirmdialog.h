#pragma once

#include "history/migrationstatus.h"
#include "run/runner.h"

#include <QDialog>

class QPushButton;

namespace tidemark {

class ProductionGuard;

// Asks before a drift action: what it does to the file or the history, naming the migration and both checksums; on
// production also the database's name typed exactly, since every action is recorded there. Cancel is the default
// button.
class DriftConfirmDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DriftConfirmDialog)

public:
    DriftConfirmDialog(const MigrationStatus &migration, DriftAction action, bool production,
                       const QString &databaseName, QWidget *parent = nullptr);
    ~DriftConfirmDialog() override;

    QPushButton *confirmButton() const { return m_confirm; }
    ProductionGuard *guard() const { return m_guard; } // null unless the database is production
    QString explanation() const { return m_explanation; }

    void accept() override; // refuses while a production database's name is not typed

private:
    QPushButton *m_confirm = nullptr;
    ProductionGuard *m_guard = nullptr;
    QString m_explanation;
};

} // namespace tidemark
