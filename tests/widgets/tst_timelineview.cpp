// The timeline view: uniform rows, the tidemark's place, keyboard navigation, accessibility, painting.
#include "timelinedelegate.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"
#include "timelineview.h"
#include "widgetsroles.h"

#include <QtTest>

using namespace tidemark;

namespace {

ProjectStatus status(int count, int applied)
{
    ProjectStatus result;
    for (int i = 1; i <= count; ++i) {
        MigrationStatus m;
        m.version = Version({quint64(i)});
        m.description = QStringLiteral("migration_%1").arg(i);
        m.state = i <= applied ? MigrationState::Applied : MigrationState::Pending;
        if (i <= applied) {
            AppliedMigration row;
            row.version = m.version;
            row.appliedBy = QStringLiteral("bob@ci");
            row.appliedAt = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i * 60);
            row.executionMs = i * 10;
            m.applied = row;
        }
        result.migrations.append(m);
    }
    if (applied > 0)
        result.currentVersion = Version({quint64(applied)});
    return result;
}

} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void uniformRows();
    void tidemarkBoundary();
    void tidemarkFollowsFilter();
    void keyboardNavigation();
    void accessibleAndToolTips();
    void paintsTheTidemark();

private:
    std::unique_ptr<TimelineModel> m_model;
    std::unique_ptr<TimelineFilterModel> m_filter;
    std::unique_ptr<TimelineView> m_view;
};

void TestTimelineView::init()
{
    m_model = std::make_unique<TimelineModel>();
    m_filter = std::make_unique<TimelineFilterModel>();
    m_filter->setSourceModel(m_model.get());
    m_view = std::make_unique<TimelineView>();
    m_view->setModel(m_filter.get());
    m_view->resize(700, 400);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestTimelineView::cleanup()
{
    m_view.reset();
    m_filter.reset();
    m_model.reset();
}

void TestTimelineView::uniformRows()
{
    m_model->setStatus(status(200, 50));
    QVERIFY(m_view->uniformItemSizes());
    QVERIFY(qobject_cast<TimelineDelegate *>(m_view->itemDelegate()));
    const int height = m_view->visualRect(m_filter->index(0, 0)).height();
    QVERIFY(height >= 2 * m_view->fontMetrics().height());
    QCOMPARE(m_view->visualRect(m_filter->index(199, 0)).height(), height);
    QCOMPARE(m_view->visualRect(m_filter->index(1, 0)).top(), m_view->visualRect(m_filter->index(0, 0)).bottom() + 1);
}

void TestTimelineView::tidemarkBoundary()
{
    m_model->setStatus(status(10, 4));
    QCOMPARE(m_view->rowAboveTidemark(), 3); // versions 1 to 4 are at or below the database's version
    m_model->setStatus(status(10, 10));
    QCOMPARE(m_view->rowAboveTidemark(), 9);
    m_model->setStatus(status(10, 0));
    QCOMPARE(m_view->rowAboveTidemark(), -1);
    m_model->clear();
    QCOMPARE(m_view->rowAboveTidemark(), -1);
}

void TestTimelineView::tidemarkFollowsFilter()
{
    m_model->setStatus(status(10, 4));
    m_filter->setStateVisible(DisplayState::Applied, false);
    QCOMPARE(m_view->rowAboveTidemark(), -1); // the mark sits above the first pending one
    m_filter->setStateVisible(DisplayState::Applied, true);
    m_filter->setSearchText(QStringLiteral("migration_3"));
    QCOMPARE(m_view->rowAboveTidemark(), 0);
}

void TestTimelineView::keyboardNavigation()
{
    m_model->setStatus(status(30, 10));
    m_view->setFocus();
    m_view->setCurrentIndex(m_filter->index(0, 0));
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QCOMPARE(m_view->currentIndex().row(), 1);
    QVERIFY(m_view->selectionModel()->isSelected(m_view->currentIndex()));
    QTest::keyClick(m_view.get(), Qt::Key_End);
    QCOMPARE(m_view->currentIndex().row(), 29);
    QVERIFY(m_view->viewport()->rect().intersects(m_view->visualRect(m_view->currentIndex())));
    QTest::keyClick(m_view.get(), Qt::Key_Home);
    QCOMPARE(m_view->currentIndex().row(), 0);
    QCOMPARE(m_view->selectionMode(), QAbstractItemView::SingleSelection);
}

void TestTimelineView::accessibleAndToolTips()
{
    m_model->setStatus(status(3, 1));
    QVERIFY(!m_view->accessibleName().isEmpty());
    const QModelIndex first = m_filter->index(0, 0);
    QCOMPARE(first.data(Qt::AccessibleTextRole).toString(), QStringLiteral("Version 1, migration_1, Applied"));
    QVERIFY(first.data(Qt::AccessibleDescriptionRole).toString().contains(QStringLiteral("bob@ci")));
    QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QStringLiteral("migration_1")));
}

void TestTimelineView::paintsTheTidemark()
{
    m_model->setStatus(status(6, 3));
    const QImage image = m_view->viewport()->grab().toImage();
    // The tidemark's navy runs across the boundary between version 3 and 4.
    const int y = m_view->visualRect(m_filter->index(2, 0)).bottom() + 1;
    int navy = 0;
    for (int x = 0; x < image.width(); ++x) {
        const QColor c = image.pixelColor(x, y);
        navy += c.blue() > 120 && c.red() < 60 && c.green() < 110 ? 1 : 0;
    }
    QVERIFY2(navy > image.width() / 3, qPrintable(QString::number(navy)));
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
