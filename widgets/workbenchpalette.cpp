#include "workbenchpalette.h"

namespace tidemark::workbenchpalette {

QColor productionRed()
{
    return QColor(0xc6, 0x28, 0x28);
}

QColor successGreen()
{
    return QColor(0x2e, 0x7d, 0x32);
}

QColor accentBlue()
{
    return QColor(0x15, 0x65, 0xc0);
}

QColor cautionAmber()
{
    return QColor(0x9a, 0x4f, 0x00);
}

QColor warningAmber()
{
    return QColor(0xb2, 0x5e, 0x00);
}

QColor connectingAmber()
{
    return QColor(0xb2, 0x6a, 0x00);
}

QColor outOfOrderAmber()
{
    return QColor(0x9a, 0x67, 0x00);
}

QColor modifiedOrange()
{
    return QColor(0xd8, 0x4a, 0x00);
}

QColor missingPurple()
{
    return QColor(0x6a, 0x1b, 0x9a);
}

QColor tidemarkNavy()
{
    return QColor(0x0d, 0x47, 0xa1);
}

QColor reviewSeverityColor(RuleSeverity severity)
{
    switch (severity) {
    case RuleSeverity::Error: return productionRed();
    case RuleSeverity::Warning: return cautionAmber();
    case RuleSeverity::Note: break;
    }
    return mutedText();
}

QColor textOnSignal()
{
    return QColor(0xff, 0xff, 0xff);
}

QColor mutedText()
{
    return QColor(0x5f, 0x73, 0x80);
}

QColor inactiveText()
{
    return QColor(0x78, 0x90, 0x9c);
}

QColor errorText()
{
    return QColor(0xb0, 0x00, 0x20);
}

QColor rule()
{
    return QColor(0xd5, 0xdc, 0xe1);
}

QColor productionBand()
{
    return QColor(0xfd, 0xf0, 0xef);
}

QColor warningBannerBackground()
{
    return QColor(0xff, 0xf3, 0xcd);
}

QColor warningBannerText()
{
    return QColor(0x5c, 0x44, 0x00);
}

QColor timelineReached()
{
    return QColor(0x90, 0xa4, 0xae);
}

QColor timelineAhead()
{
    return QColor(0xb0, 0xbe, 0xc5);
}

QColor durationTrack()
{
    return QColor(0xe3, 0xe8, 0xec);
}

QColor durationBar()
{
    return QColor(0x60, 0x7d, 0x8b);
}

QColor toggleBackground()
{
    return QColor(0xff, 0xff, 0xff);
}

QColor toggleText()
{
    return QColor(0x26, 0x32, 0x38);
}

QColor toggleBorder()
{
    return QColor(0xcf, 0xd8, 0xdc);
}

QColor toggleHoverBorder()
{
    return QColor(0x5c, 0x7c, 0x99);
}

QColor toggleCheckedBackground()
{
    return QColor(0xe3, 0xec, 0xf5);
}

QColor toggleCheckedBorder()
{
    return QColor(0x8f, 0xa8, 0xc0);
}

QColor toggleUncheckedText()
{
    return QColor(0x8a, 0x9a, 0xa3);
}

QColor environmentColor(EnvironmentTag tag)
{
    switch (tag) {
    case EnvironmentTag::Development: return successGreen();
    case EnvironmentTag::Staging: return QColor(0xef, 0x8f, 0x00);
    case EnvironmentTag::Production: return productionRed();
    }
    return {};
}

QColor profileColor(const ConnectionProfile &profile)
{
    return profile.color.isEmpty() ? environmentColor(profile.environment) : QColor(profile.color);
}

} // namespace tidemark::workbenchpalette
