#pragma once

#include <QString>
#include <QStringView>

namespace tidemark {

enum class DbmateMarker {
    None,    // not a marker: SQL, a blank line or an ordinary comment
    Up,      // "-- migrate:up", as dbmate reads it
    Down,    // "-- migrate:down"
    Invalid, // an up or down marker dbmate does not read: blanks before it or not in lower case; see the message
    Other,   // "-- migrate:" and something else ("-- migrate:upgrade notes"): dbmate takes it for a plain comment
};

// What a line of a dbmate file is, as dbmate reads it: "--" at the start of the line, blanks, then
// "migrate:up" or "migrate:down" in lower case, then the end of the line or a blank ("--migrate:down",
// "-- migrate:up transaction:false"). For Up and Down, *options gets the rest of the line after the marker;
// for Invalid, *problem says why.
DbmateMarker dbmateMarker(QStringView line, QString *problem = nullptr, QStringView *options = nullptr);

} // namespace tidemark
