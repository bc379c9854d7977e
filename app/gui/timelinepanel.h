#pragma once

#include "history/migrationstatus.h"
#include "migrationstatestyle.h"

#include <QWidget>

#include <map>
#include <optional>

class QLabel;
class QLineEdit;
class QToolButton;

namespace tidemark {

class TimelineFilterModel;
class TimelineModel;
class TimelineView;

// The timeline area: the migrations on their line with the tidemark, a search field, and one toggle per state
// that shows how many migrations are in it and hides or shows them (the toggles double as the legend).
// Keeps the selected migration across refreshes and runs.
class TimelinePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelinePanel)

public:
    explicit TimelinePanel(QWidget *parent = nullptr);
    ~TimelinePanel() override;

    void setStatus(const ProjectStatus &status);
    void clear();
    void setRunningVersion(const std::optional<Version> &version);

    const MigrationStatus *selectedMigration() const;
    // Selects a migration and scrolls to it, showing it first if the filter hides it.
    void selectVersion(const Version &version);

    TimelineModel *model() const { return m_model; }
    TimelineFilterModel *filter() const { return m_filter; }
    TimelineView *view() const { return m_view; }

Q_SIGNALS:
    void selectionChanged();

private:
    QWidget *createFilterBar();
    QToolButton *createStateToggle(DisplayState state);
    void updateCounts();
    void selectInitialMigration();
    void onSelectionChanged();

    TimelineModel *m_model = nullptr;
    TimelineFilterModel *m_filter = nullptr;
    TimelineView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_shown = nullptr;
    std::map<DisplayState, QToolButton *> m_toggles;
    std::optional<Version> m_selected; // survives a reset of the model
};

} // namespace tidemark
