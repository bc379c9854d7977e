#pragma once

#include "connections/connectionprofile.h"
#include "run/runcontext.h"
#include "run/runrequest.h"

#include <optional>

namespace tidemark {

// The command line equivalent of what the DBA asked for: "up", "down" or "goto", as the CLI records it.
QString operationCommand(OperationRequest::Kind kind);

// The environment the workbench names for its connection: the profile's; for a URL typed in, "production" when the
// DBA ticked it so, else none.
QString workbenchEnvironment(const std::optional<ConnectionProfile> &profile, bool production);

// What the workbench records of a run it starts: tool "tidemark", the command ("up", "down", "goto", "repair"), and
// the connection profile's name and environment; a URL typed in has no profile, and is "production" when the DBA
// ticked it so.
RunContext workbenchRunContext(const QString &command, const std::optional<ConnectionProfile> &profile,
                               bool production);

} // namespace tidemark
