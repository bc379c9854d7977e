#pragma once

#include "core/databasekind.h"
#include "run/rehearsal.h"

#include <QDialog>

class QTreeWidget;

namespace tidemark {

// What a rehearsal found: each step's outcome, time, rows and locks, the statements it could not send and the one
// that failed (statement, line, message); the schema before and after, diffed; and whether the database reads as
// before it. Nothing here changes anything.
class RehearsalDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RehearsalDialog)

public:
    enum StepColumn { ResultColumn, StepColumn, StatementsColumn, TimeColumn, RowsColumn };

    RehearsalDialog(const RehearsalReport &report, DatabaseKind kind, QWidget *parent = nullptr);
    ~RehearsalDialog() override;

private:
    QTreeWidget *createStepList(const RehearsalReport &report);
};

} // namespace tidemark
