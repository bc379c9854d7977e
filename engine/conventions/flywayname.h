#pragma once

#include "core/version.h"

#include <QString>

#include <optional>

namespace tidemark {

// A Flyway script name: V<version>__<description>.sql (versioned), U<version>__… (undo of that version),
// B<version>__… (baseline), R__<description>.sql (repeatable). Version parts are separated by '_' or '.',
// the description's underscores read as spaces, as Flyway shows them.
struct FlywayName
{
    enum class Prefix { Versioned, Undo, Baseline, Repeatable };

    Prefix prefix = Prefix::Versioned;
    QString versionText; // as written; empty for a repeatable
    Version version;
    QString description;
};

struct FlywayNameParse
{
    std::optional<FlywayName> name;
    // When name is empty: intended says the file was clearly meant as a Flyway script (a prefix followed by a
    // digit or "__"), and error why it is not one; otherwise it is simply some other file.
    bool intended = false;
    QString error;
};

FlywayNameParse parseFlywayName(const QString &fileName);

} // namespace tidemark
