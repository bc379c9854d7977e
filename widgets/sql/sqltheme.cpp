#include "sqltheme.h"

namespace tidemark::sqltheme {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor mix(const QColor &base, const QColor &tint, qreal amount)
{
    const qreal k = 1.0 - amount;
    return QColor::fromRgbF(float(base.redF() * k + tint.redF() * amount),
                            float(base.greenF() * k + tint.greenF() * amount),
                            float(base.blueF() * k + tint.blueF() * amount));
}

QColor deleted(const QPalette &palette, bool strong)
{
    const bool dark = isDark(palette);
    return mix(palette.color(QPalette::Base), QColor(0xe5, 0x3e, 0x3e), strong ? (dark ? 0.45 : 0.38) : (dark ? 0.22 : 0.14));
}

QColor inserted(const QPalette &palette, bool strong)
{
    const bool dark = isDark(palette);
    return mix(palette.color(QPalette::Base), QColor(0x2f, 0xa8, 0x4f), strong ? (dark ? 0.45 : 0.38) : (dark ? 0.22 : 0.16));
}

QColor moved(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), QColor(0x3b, 0x82, 0xf6), isDark(palette) ? 0.25 : 0.14);
}

QColor filler(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.05);
}

QColor gutter(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), isDark(palette) ? 0.06 : 0.04);
}

QColor lineNumber(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.45);
}

QColor currentLine(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight), isDark(palette) ? 0.16 : 0.08);
}

QColor searchMatch(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), QColor(0xf5, 0xc5, 0x18), isDark(palette) ? 0.45 : 0.55);
}

QColor noTransaction(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf5, 0x9e, 0x0b) : QColor(0xd9, 0x77, 0x06);
}

QColor transactionControl(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xa7, 0x8b, 0xfa) : QColor(0x7c, 0x3a, 0xed);
}

QColor statementBar(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.55);
}

QColor error(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf8, 0x71, 0x71) : QColor(0xdc, 0x26, 0x26);
}

} // namespace tidemark::sqltheme
