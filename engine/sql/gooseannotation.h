#pragma once

#include <QString>
#include <QStringView>

namespace tidemark {

enum class GooseAnnotation {
    None, // not an annotation: SQL, a blank line or an ordinary comment
    Up,
    Down,
    StatementBegin,
    StatementEnd,
    NoTransaction,
    EnvSub,         // ENVSUB ON / OFF: goose substitutes ${VAR}; Tidemark does not
    Invalid,        // looks like one but goose would reject or misread it; see the message
};

// What a line of a goose file is, as goose reads it: "--" at the start of the line, "+goose", then the
// annotation in any case ("-- +goose Up", "--+goose statementbegin", "-- +goose NO TRANSACTION").
// For Invalid, *problem says why.
GooseAnnotation gooseAnnotation(QStringView line, QString *problem = nullptr);

} // namespace tidemark
