#pragma once

#include "core/diagnostic.h"

#include <QList>
#include <QString>

namespace tidemark {

// A Flyway script configuration file (V1__x.sql.conf): key=value lines, '#' comments.
struct FlywayScriptConfig
{
    bool transactional = true;     // executeInTransaction
    QList<Diagnostic> diagnostics; // named after the .conf file; errors mean the script must not run
};

FlywayScriptConfig readFlywayScriptConfig(const QString &path, const QString &fileName);
FlywayScriptConfig parseFlywayScriptConfig(const QString &text, const QString &fileName);

} // namespace tidemark
