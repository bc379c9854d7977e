#pragma once

#include "history/migrationstatus.h"

#include <QColor>
#include <QIcon>
#include <QString>

#include <array>

class QPainter;
class QRectF;

namespace tidemark {

// A migration's state as the GUI shows it: the engine's state, with a pending migration that is older than
// what the database already has (MigrationStatus::outOfOrder) told apart, because it needs the DBA's attention.
enum class DisplayState { Applied, Pending, OutOfOrder, Failed, Modified, Missing };

inline constexpr std::array allDisplayStates{DisplayState::Applied,  DisplayState::Pending,
                                             DisplayState::OutOfOrder, DisplayState::Failed,
                                             DisplayState::Modified, DisplayState::Missing};

DisplayState displayState(const MigrationStatus &migration);

// How a state looks everywhere in the GUI, so that the timeline, the detail pane and the legends agree.
QString displayStateText(DisplayState state);        // translated, short: "Out of order"
QString displayStateExplanation(DisplayState state); // translated, one sentence for tooltips
QColor displayStateColor(DisplayState state);
// The node drawn on the timeline, inside box: a filled dot when applied, a ring when pending, a hollow triangle
// when out of order, a red dot with a cross when failed, a diamond when modified, a dashed ring when missing.
void paintStateNode(QPainter *painter, const QRectF &box, DisplayState state);
QIcon displayStateIcon(DisplayState state);

} // namespace tidemark
