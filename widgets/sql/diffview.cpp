#include "diffview.h"

#include "diffcanvas.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace tidemark {
namespace {

QString lineEndingName(LineEnding ending)
{
    switch (ending) {
    case LineEnding::CrLf:
        return QStringLiteral("CRLF");
    case LineEnding::Lf:
        return QStringLiteral("LF");
    case LineEnding::Mixed:
        return DiffView::tr("mixed");
    case LineEnding::None:
        break;
    }
    return DiffView::tr("none");
}

} // namespace

DiffView::DiffView(QWidget *parent)
    : QWidget(parent), m_canvas(new DiffCanvas(this)), m_previous(new QToolButton(this)), m_next(new QToolButton(this)),
      m_copy(new QToolButton(this)), m_ignoreWhitespace(new QCheckBox(tr("Ignore whitespace"), this)),
      m_position(new QLabel(this)), m_summary(new QLabel(this))
{
    m_previous->setText(tr("Previous"));
    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_previous->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_previous->setToolTip(tr("Previous change (Alt+Up)"));
    m_next->setText(tr("Next"));
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_next->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_next->setToolTip(tr("Next change (Alt+Down)"));
    m_copy->setText(tr("Copy unified diff"));
    m_copy->setToolTip(tr("Copy the differences to the clipboard in unified diff format"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true); // a long summary takes a second line rather than widening the detail pane
    m_position->setMinimumWidth(fontMetrics().horizontalAdvance(tr("Change %1 of %2").arg(8888).arg(8888)));

    auto *toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(4, 2, 4, 2);
    toolbar->addWidget(m_previous);
    toolbar->addWidget(m_next);
    toolbar->addSpacing(8);
    toolbar->addWidget(m_position);
    toolbar->addWidget(m_summary, 1);
    toolbar->addWidget(m_ignoreWhitespace);
    toolbar->addWidget(m_copy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(toolbar);
    layout->addWidget(m_canvas, 1);

    connect(m_previous, &QToolButton::clicked, this, &DiffView::previousChange);
    connect(m_next, &QToolButton::clicked, this, &DiffView::nextChange);
    connect(m_copy, &QToolButton::clicked, this, &DiffView::copyUnifiedDiff);
    connect(m_ignoreWhitespace, &QCheckBox::toggled, this, [this](bool on) {
        TextDiffOptions options = m_options;
        options.ignoreWhitespace = on;
        setOptions(options);
    });
    connect(m_canvas, &DiffCanvas::rowClicked, this, [this](int row) {
        for (int h = 0; h < m_diff.hunks.size(); ++h) {
            const DiffHunk &hunk = m_diff.hunks.at(h);
            if (row >= hunk.firstRow && row < hunk.firstRow + hunk.rowCount) {
                setCurrentChange(h);
                return;
            }
        }
    });
    auto addShortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { nextChange(); });
    addShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { previousChange(); });
    updateStatus();
}

DiffView::~DiffView() = default;

void DiffView::setTexts(const QString &leftTitle, const QString &left, const QString &rightTitle, const QString &right)
{
    m_leftTitle = leftTitle;
    m_rightTitle = rightTitle;
    m_left = left;
    m_right = right;
    m_canvas->setTitles(leftTitle, rightTitle);
    rediff();
}

void DiffView::clear()
{
    setTexts({}, {}, {}, {});
}

void DiffView::setOptions(const TextDiffOptions &options)
{
    m_options = options;
    {
        const QSignalBlocker blocker(m_ignoreWhitespace);
        m_ignoreWhitespace->setChecked(options.ignoreWhitespace);
    }
    rediff();
}

void DiffView::rediff()
{
    m_diff = diffTexts(m_left, m_right, m_options);
    m_canvas->setDiff(&m_diff);
    m_current = -1;
    if (m_diff.hunks.isEmpty()) {
        updateStatus();
        Q_EMIT currentChangeChanged(-1, 0);
    } else {
        setCurrentChange(0);
    }
}

void DiffView::setCurrentChange(int index)
{
    if (m_diff.hunks.isEmpty())
        return;
    m_current = std::clamp(index, 0, int(m_diff.hunks.size()) - 1);
    const DiffHunk &hunk = m_diff.hunks.at(m_current);
    m_canvas->setCurrentHunk(m_current);
    m_canvas->ensureRowsVisible(hunk.firstRow, hunk.rowCount);
    updateStatus();
    Q_EMIT currentChangeChanged(m_current, changeCount());
}

bool DiffView::nextChange()
{
    if (m_current + 1 >= changeCount())
        return false;
    setCurrentChange(m_current + 1);
    return true;
}

bool DiffView::previousChange()
{
    if (m_current <= 0)
        return false;
    setCurrentChange(m_current - 1);
    return true;
}

QString DiffView::unifiedDiffText(int context) const
{
    return unifiedDiff(m_diff, m_leftTitle, m_rightTitle, context);
}

void DiffView::copyUnifiedDiff() const
{
    QGuiApplication::clipboard()->setText(unifiedDiffText());
}

void DiffView::updateStatus()
{
    m_previous->setEnabled(m_current > 0);
    m_next->setEnabled(m_current + 1 < changeCount());
    m_copy->setEnabled(!m_diff.identical());
    m_position->setText(changeCount() == 0 ? QString() : tr("Change %1 of %2").arg(m_current + 1).arg(changeCount()));

    QStringList notes;
    if (m_left.isEmpty() && m_right.isEmpty()) {
        notes << tr("Nothing to compare");
    } else if (m_diff.identical()) {
        notes << tr("The texts are identical");
    } else {
        int removed = 0, added = 0;
        for (const DiffHunk &hunk : m_diff.hunks) {
            removed += hunk.leftCount;
            added += hunk.rightCount;
        }
        notes << tr("%n line(s) removed", nullptr, removed) + QStringLiteral(", ") + tr("%n added", nullptr, added);
    }
    if (m_options.ignoreLineEndings && m_diff.lineEndingsDiffer())
        notes << tr("line endings differ (%1 / %2), ignored")
                     .arg(lineEndingName(m_diff.leftLineEnding), lineEndingName(m_diff.rightLineEnding));
    if (m_diff.approximate)
        notes << tr("large difference: alignment simplified");
    m_summary->setText(notes.join(QStringLiteral(" · ")));
}

} // namespace tidemark
