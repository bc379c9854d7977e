#pragma once

#include "diff/textdiff.h"

#include <QAbstractScrollArea>

namespace tidemark {

// The painted body of a DiffView: a title header, then both sides row by row, aligned and scrolled together
// (one vertical and one horizontal scroll bar). Only visible rows are painted, so 100 000-line diffs scroll
// as fast as small ones. Left-only lines are red, right-only lines green, the changed words of a changed line
// darker, moved lines blue; where one side has no line the row is hatched.
class DiffCanvas final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffCanvas)

public:
    explicit DiffCanvas(QWidget *parent = nullptr);
    ~DiffCanvas() override;

    // The diff must outlive the canvas or the next setDiff.
    void setDiff(const TextDiff *diff);
    void setTitles(const QString &left, const QString &right);
    void setCurrentHunk(int index);

    // Scrolls so that the rows are visible, with a little context above when it has to move.
    void ensureRowsVisible(int firstRow, int rowCount);
    int firstVisibleRow() const;
    int visibleRowCount() const;
    int rowAt(int y) const; // viewport y; -1 below the last row
    int rowHeight() const;

Q_SIGNALS:
    void rowClicked(int row);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Side;
    void updateScrollBars();
    void layoutHeader();
    void paintHeader(QPainter &painter, const QRect &rect) const;
    void paintSide(QPainter &painter, const DiffRow &row, bool left, const QRect &area) const;
    QString rowToolTip(int row) const;
    int numberWidth() const;

    friend class DiffCanvasHeader;

    const TextDiff *m_diff = nullptr;
    QWidget *m_header = nullptr;
    QString m_leftTitle;
    QString m_rightTitle;
    int m_currentHunk = -1;
    int m_maxColumns = 0;
};

} // namespace tidemark
