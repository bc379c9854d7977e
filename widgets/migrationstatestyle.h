#pragma once

#include "migrationstatus.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace tidemark {

// How a migration state looks everywhere in the GUI, so that the table, the timeline and the legends agree.
QString migrationStateText(MigrationState state); // translated, for people
QColor migrationStateColor(MigrationState state);
// A small coloured mark: a filled dot when applied, a ring when pending, a warning shape when something is off.
QIcon migrationStateIcon(MigrationState state);

} // namespace tidemark
