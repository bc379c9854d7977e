#include "migrationstatestyle.h"

#include "workbenchpalette.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <algorithm>

namespace tidemark {
namespace {

DisplayState fromEngineState(MigrationState state)
{
    switch (state) {
    case MigrationState::Applied: return DisplayState::Applied;
    case MigrationState::Pending: return DisplayState::Pending;
    case MigrationState::Modified: return DisplayState::Modified;
    case MigrationState::Missing: return DisplayState::Missing;
    case MigrationState::Failed: return DisplayState::Failed;
    }
    return DisplayState::Pending;
}

QPainterPath diamond(const QRectF &box)
{
    QPainterPath path;
    path.moveTo(box.center().x(), box.top());
    path.lineTo(box.right(), box.center().y());
    path.lineTo(box.center().x(), box.bottom());
    path.lineTo(box.left(), box.center().y());
    path.closeSubpath();
    return path;
}

QPainterPath triangle(const QRectF &box)
{
    QPainterPath path;
    path.moveTo(box.center().x(), box.top());
    path.lineTo(box.right(), box.bottom());
    path.lineTo(box.left(), box.bottom());
    path.closeSubpath();
    return path;
}

} // namespace

DisplayState displayState(const MigrationStatus &migration)
{
    if (migration.state == MigrationState::Pending && migration.outOfOrder)
        return DisplayState::OutOfOrder;
    return fromEngineState(migration.state);
}

QString displayStateText(DisplayState state)
{
    switch (state) {
    case DisplayState::Applied: return QCoreApplication::translate("tidemark::MigrationState", "Applied");
    case DisplayState::Pending: return QCoreApplication::translate("tidemark::MigrationState", "Pending");
    case DisplayState::OutOfOrder: return QCoreApplication::translate("tidemark::MigrationState", "Out of order");
    case DisplayState::Failed: return QCoreApplication::translate("tidemark::MigrationState", "Failed");
    case DisplayState::Modified: return QCoreApplication::translate("tidemark::MigrationState", "Modified");
    case DisplayState::Missing: return QCoreApplication::translate("tidemark::MigrationState", "Missing");
    }
    return {};
}

QString displayStateExplanation(DisplayState state)
{
    switch (state) {
    case DisplayState::Applied:
        return QCoreApplication::translate("tidemark::MigrationState", "Applied to the database as the file is now.");
    case DisplayState::Pending:
        return QCoreApplication::translate("tidemark::MigrationState", "Not applied yet; the next apply runs it.");
    case DisplayState::OutOfOrder:
        return QCoreApplication::translate("tidemark::MigrationState",
                                           "Not applied, but older than the database's current version: it would "
                                           "run after migrations that came later.");
    case DisplayState::Failed:
        return QCoreApplication::translate("tidemark::MigrationState",
                                           "The last attempt failed, or it stopped part-way.");
    case DisplayState::Modified:
        return QCoreApplication::translate("tidemark::MigrationState",
                                           "The file changed after it was applied: its checksum differs from the "
                                           "one recorded.");
    case DisplayState::Missing:
        return QCoreApplication::translate("tidemark::MigrationState",
                                           "Applied to the database, but its file is no longer in the project.");
    }
    return {};
}

QColor displayStateColor(DisplayState state)
{
    switch (state) {
    case DisplayState::Applied: return workbenchpalette::successGreen();
    case DisplayState::Pending: return workbenchpalette::accentBlue();
    case DisplayState::OutOfOrder: return workbenchpalette::outOfOrderAmber();
    case DisplayState::Failed: return workbenchpalette::productionRed();
    case DisplayState::Modified: return workbenchpalette::modifiedOrange();
    case DisplayState::Missing: return workbenchpalette::missingPurple();
    }
    return {};
}

void paintStateNode(QPainter *painter, const QRectF &box, DisplayState state)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor color = displayStateColor(state);
    const qreal stroke = std::max(1.5, box.width() / 6.0);
    const QRectF inner = box.adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2);
    switch (state) {
    case DisplayState::Applied:
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawEllipse(box);
        break;
    case DisplayState::Pending:
        painter->setPen(QPen(color, stroke));
        painter->setBrush(Qt::white);
        painter->drawEllipse(inner);
        break;
    case DisplayState::OutOfOrder:
        painter->setPen(QPen(color, stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::white);
        painter->drawPath(triangle(inner.adjusted(-stroke / 4, 0, stroke / 4, 0)));
        break;
    case DisplayState::Modified:
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPath(diamond(box.adjusted(-stroke / 3, -stroke / 3, stroke / 3, stroke / 3)));
        break;
    case DisplayState::Missing: {
        QPen dashed(color, stroke, Qt::SolidLine, Qt::FlatCap);
        dashed.setDashPattern({1.4, 1.1}); // in pen widths: short dashes that read as a broken ring even when small
        painter->setPen(dashed);
        painter->setBrush(Qt::white);
        painter->drawEllipse(inner);
        break;
    }
    case DisplayState::Failed: {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawEllipse(box);
        painter->setPen(QPen(Qt::white, stroke * 0.9, Qt::SolidLine, Qt::RoundCap));
        const qreal arm = box.width() * 0.2;
        const QPointF c = box.center();
        painter->drawLine(c + QPointF(-arm, -arm), c + QPointF(arm, arm));
        painter->drawLine(c + QPointF(arm, -arm), c + QPointF(-arm, arm));
        break;
    }
    }
    painter->restore();
}

QIcon displayStateIcon(DisplayState state)
{
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        const qreal margin = size / 8.0;
        paintStateNode(&painter, QRectF(margin, margin, size - 2 * margin, size - 2 * margin), state);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace tidemark
