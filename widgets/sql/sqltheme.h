#pragma once

#include <QColor>
#include <QPalette>

namespace tidemark {

// Colours shared by the SQL editor and the diff view, derived from the widget's palette so that they stay
// readable on light and dark themes.
namespace sqltheme {

bool isDark(const QPalette &palette);
// base mixed with tint: amount 0 is base, 1 is tint.
QColor mix(const QColor &base, const QColor &tint, qreal amount);

QColor deleted(const QPalette &palette, bool strong = false); // red tints
QColor inserted(const QPalette &palette, bool strong = false); // green tints
QColor moved(const QPalette &palette);                         // blue tint
QColor filler(const QPalette &palette);                        // where the other side has a line
QColor gutter(const QPalette &palette);
QColor lineNumber(const QPalette &palette);
QColor currentLine(const QPalette &palette);
QColor searchMatch(const QPalette &palette);
QColor noTransaction(const QPalette &palette); // orange: statements that run outside a transaction
QColor transactionControl(const QPalette &palette);
QColor statementBar(const QPalette &palette);
QColor error(const QPalette &palette);

} // namespace sqltheme
} // namespace tidemark
