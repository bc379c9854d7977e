#pragma once

#include "connections/connectionprofile.h"
#include "review/reviewrule.h"

#include <QColor>

namespace tidemark {

// The workbench's own colours, named for what they mean, so that a red or an amber means the same everywhere.
// The SQL editor and the diff view derive theirs from the widget's palette instead (sqltheme).
namespace workbenchpalette {

// What needs the DBA's attention, and how much.
QColor productionRed();   // production, and what is as alarming: a failure, an error, a name typed wrong
QColor successGreen();    // applied, connected, a step that succeeded
QColor accentBlue();      // pending work, nothing wrong; keyboard focus
QColor cautionAmber();    // look twice: a held migration lock, statements outside a transaction
QColor warningAmber();    // a warning in the run log
QColor connectingAmber(); // a connection on its way
QColor outOfOrderAmber(); // a pending migration older than the database's version
QColor modifiedOrange();  // a file changed after it was applied
QColor missingPurple();   // applied, but its file is gone
QColor tidemarkNavy();    // the tidemark on the timeline: the navy of the application icon
// A review finding: an error red, a warning amber, a note muted.
QColor reviewSeverityColor(RuleSeverity severity);

// Text and surfaces.
QColor textOnSignal();            // white, on production red or an environment's colour
QColor mutedText();               // captions and form labels, a step quieter than their values
QColor inactiveText();            // not connected
QColor errorText();               // what went wrong, in a dialog's status line
QColor rule();                    // hairlines between areas
QColor productionBand();          // the project bar's background when the database is production
QColor warningBannerBackground(); // a banner that warns, with warningBannerText on it
QColor warningBannerText();

// The timeline.
QColor timelineReached(); // the line where the database has been
QColor timelineAhead();   // the line where it has yet to go
QColor durationTrack();
QColor durationBar();

// The state toggles above the timeline.
QColor toggleBackground();
QColor toggleText();
QColor toggleBorder();
QColor toggleHoverBorder();
QColor toggleCheckedBackground();
QColor toggleCheckedBorder();
QColor toggleUncheckedText();

// Development green, staging amber, production red.
QColor environmentColor(EnvironmentTag tag);
// The colour the DBA chose for the profile, or else its environment's.
QColor profileColor(const ConnectionProfile &profile);

} // namespace workbenchpalette
} // namespace tidemark
