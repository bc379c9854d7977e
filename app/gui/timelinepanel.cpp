#include "timelinepanel.h"

#include "flowlayout.h"
#include "icons.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"
#include "timelineview.h"
#include "workbenchpalette.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tidemark {
namespace {

QString stateToggleStyle()
{
    using namespace workbenchpalette;
    return QStringLiteral(R"(
QToolButton[stateToggle="true"] {
    border: 1px solid %1; border-radius: 11px; padding: 2px 9px 2px 6px; background: %2; color: %3;
}
QToolButton[stateToggle="true"]:checked { background: %4; border-color: %5; }
QToolButton[stateToggle="true"]:!checked { color: %6; border-style: dashed; }
QToolButton[stateToggle="true"]:hover { border-color: %7; }
QToolButton[stateToggle="true"]:focus { border-color: %8; }
)")
        .arg(toggleBorder().name(), toggleBackground().name(), toggleText().name(), toggleCheckedBackground().name(),
             toggleCheckedBorder().name(), toggleUncheckedText().name(), toggleHoverBorder().name(),
             accentBlue().name());
}

} // namespace

TimelinePanel::TimelinePanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new TimelineModel(this))
    , m_filter(new TimelineFilterModel(this))
    , m_view(new TimelineView(this))
    , m_search(new QLineEdit(this))
    , m_shown(new QLabel(this))
{
    setObjectName(QStringLiteral("timelinePanel"));
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createFilterBar());
    auto rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Plain);
    rule->setStyleSheet(QStringLiteral("color: %1;").arg(workbenchpalette::rule().name()));
    layout->addWidget(rule);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TimelinePanel::onSelectionChanged);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &TimelinePanel::updateCounts);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &TimelinePanel::updateCounts);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &TimelinePanel::updateCounts);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &TimelinePanel::updateCounts);
    updateCounts();
}

TimelinePanel::~TimelinePanel() = default;

QWidget *TimelinePanel::createFilterBar()
{
    auto bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("timelineFilterBar"));
    bar->setStyleSheet(stateToggleStyle());

    m_search->setObjectName(QStringLiteral("timelineSearch"));
    m_search->setPlaceholderText(tr("Search version, description, file or who applied it"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search migrations"));
    m_search->addAction(icon(u"search"), QLineEdit::LeadingPosition);
    connect(m_search, &QLineEdit::textChanged, m_filter, &TimelineFilterModel::setSearchText);
    auto find = new QAction(tr("Find Migration"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);
    m_search->setToolTip(tr("Filter the timeline (%1); every word must match.")
                             .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));

    m_shown->setObjectName(QStringLiteral("timelineShownCount"));
    m_shown->setForegroundRole(QPalette::PlaceholderText);

    auto searchRow = new QHBoxLayout;
    searchRow->setSpacing(10);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_shown);

    // On as many lines as the panel's width needs: a narrow window wraps them instead of growing.
    auto toggles = new FlowLayout(6, 6);
    for (DisplayState state : allDisplayStates)
        toggles->addWidget(createStateToggle(state));

    auto layout = new QVBoxLayout(bar);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(8);
    layout->addLayout(searchRow);
    layout->addLayout(toggles);
    return bar;
}

QToolButton *TimelinePanel::createStateToggle(DisplayState state)
{
    auto toggle = new QToolButton(this);
    toggle->setObjectName(QStringLiteral("showState_%1").arg(int(state)));
    toggle->setProperty("stateToggle", true);
    toggle->setCheckable(true);
    toggle->setChecked(true);
    toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toggle->setIcon(displayStateIcon(state));
    toggle->setIconSize(QSize(12, 12));
    toggle->setFocusPolicy(Qt::TabFocus);
    toggle->setToolTip(tr("Show or hide: %1").arg(displayStateExplanation(state)));
    connect(toggle, &QToolButton::toggled, m_filter,
            [this, state](bool visible) { m_filter->setStateVisible(state, visible); });
    m_toggles.emplace(state, toggle);
    return toggle;
}

void TimelinePanel::updateCounts()
{
    std::map<DisplayState, int> counts;
    for (const MigrationStatus &migration : m_model->status().migrations)
        ++counts[displayState(migration)];
    for (const auto &[state, toggle] : m_toggles) {
        const int count = counts[state];
        toggle->setText(QStringLiteral("%1  %2").arg(displayStateText(state)).arg(count));
        toggle->setAccessibleName(tr("%1: %2 migrations").arg(displayStateText(state)).arg(count));
    }
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    m_shown->setText(shown == total ? tr("%n migration(s)", nullptr, total)
                                    : tr("%1 of %n shown", nullptr, total).arg(shown));
}

void TimelinePanel::setStatus(const ProjectStatus &status)
{
    const bool wasEmpty = m_model->rowCount() == 0;
    m_model->setStatus(status);
    updateCounts();
    // After a reset, the selection is gone: find the migration again, or choose one worth looking at.
    if (!m_view->currentIndex().isValid()) {
        if (m_selected && m_model->rowOf(*m_selected) >= 0)
            selectVersion(*m_selected);
        else
            selectInitialMigration();
    }
    if (wasEmpty) // a project just opened: show where the database is
        m_view->scrollToTidemark();
    Q_EMIT selectionChanged(); // the selected migration's state may have changed
}

void TimelinePanel::clear()
{
    m_model->clear();
    m_selected.reset();
    updateCounts();
    Q_EMIT selectionChanged();
}

void TimelinePanel::setRunningVersion(const std::optional<Version> &version)
{
    m_model->setRunningVersion(version);
    if (version && m_model->rowOf(*version) >= 0) {
        const QModelIndex index = m_filter->mapFromSource(m_model->index(m_model->rowOf(*version), 0));
        if (index.isValid())
            m_view->scrollTo(index);
    }
}

// The first migration the next apply would run, else the newest: where a DBA looks first.
void TimelinePanel::selectInitialMigration()
{
    const QList<MigrationStatus> &migrations = m_model->status().migrations;
    if (migrations.isEmpty())
        return;
    auto next = std::find_if(migrations.cbegin(), migrations.cend(),
                             [](const MigrationStatus &m) { return !m.applied; });
    selectVersion(next != migrations.cend() ? next->version : migrations.constLast().version);
}

const MigrationStatus *TimelinePanel::selectedMigration() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isSelected(current))
        return nullptr;
    return m_model->migrationAt(m_filter->mapToSource(current).row());
}

void TimelinePanel::selectVersion(const Version &version)
{
    const int row = m_model->rowOf(version);
    if (row < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) { // hidden by the filter: show everything again
        m_search->clear();
        for (const auto &[state, toggle] : m_toggles)
            toggle->setChecked(true);
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(index);
}

void TimelinePanel::onSelectionChanged()
{
    if (const MigrationStatus *migration = selectedMigration())
        m_selected = migration->version;
    Q_EMIT selectionChanged();
}

} // namespace tidemark
