#include "migrationstatestyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace tidemark {
namespace {

constexpr int iconSize = 32; // drawn large, scaled down by the view

QPixmap stateMark(MigrationState state)
{
    QPixmap pixmap(iconSize, iconSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = migrationStateColor(state);
    const QRectF box(5, 5, iconSize - 10, iconSize - 10);
    switch (state) {
    case MigrationState::Applied:
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(box);
        break;
    case MigrationState::Pending:
        painter.setPen(QPen(color, 4));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(box.adjusted(2, 2, -2, -2));
        break;
    case MigrationState::Modified: {
        QPainterPath diamond;
        diamond.moveTo(box.center().x(), box.top() - 2);
        diamond.lineTo(box.right() + 2, box.center().y());
        diamond.lineTo(box.center().x(), box.bottom() + 2);
        diamond.lineTo(box.left() - 2, box.center().y());
        diamond.closeSubpath();
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawPath(diamond);
        break;
    }
    case MigrationState::Missing:
        painter.setPen(QPen(color, 4, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(box.adjusted(2, 2, -2, -2));
        break;
    case MigrationState::Failed:
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(box);
        painter.setPen(QPen(Qt::white, 4, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(box.center() + QPointF(-5, -5), box.center() + QPointF(5, 5));
        painter.drawLine(box.center() + QPointF(5, -5), box.center() + QPointF(-5, 5));
        break;
    }
    return pixmap;
}

} // namespace

QString migrationStateText(MigrationState state)
{
    switch (state) {
    case MigrationState::Applied: return QCoreApplication::translate("tidemark::MigrationState", "Applied");
    case MigrationState::Pending: return QCoreApplication::translate("tidemark::MigrationState", "Pending");
    case MigrationState::Modified: return QCoreApplication::translate("tidemark::MigrationState", "Modified");
    case MigrationState::Missing: return QCoreApplication::translate("tidemark::MigrationState", "Missing");
    case MigrationState::Failed: return QCoreApplication::translate("tidemark::MigrationState", "Failed");
    }
    return {};
}

QColor migrationStateColor(MigrationState state)
{
    switch (state) {
    case MigrationState::Applied: return QColor(0x2e, 0x7d, 0x32);  // green
    case MigrationState::Pending: return QColor(0x15, 0x65, 0xc0);  // blue: work to do, nothing wrong
    case MigrationState::Modified: return QColor(0xe6, 0x5c, 0x00); // orange
    case MigrationState::Missing: return QColor(0x6a, 0x1b, 0x9a);  // purple
    case MigrationState::Failed: return QColor(0xc6, 0x28, 0x28);   // red
    }
    return {};
}

QIcon migrationStateIcon(MigrationState state)
{
    return QIcon(stateMark(state));
}

} // namespace tidemark
