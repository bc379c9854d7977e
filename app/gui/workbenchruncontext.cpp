#include "workbenchruncontext.h"

namespace tidemark {

QString operationCommand(OperationRequest::Kind kind)
{
    switch (kind) {
    case OperationRequest::Kind::UpAll:
    case OperationRequest::Kind::UpTo: return QStringLiteral("up");
    case OperationRequest::Kind::DownSteps:
    case OperationRequest::Kind::DownTo: return QStringLiteral("down");
    case OperationRequest::Kind::Goto: return QStringLiteral("goto");
    }
    return {};
}

RunContext workbenchRunContext(OperationRequest::Kind kind, const std::optional<ConnectionProfile> &profile,
                               bool production)
{
    RunContext context;
    context.tool = QStringLiteral("tidemark");
    context.command = operationCommand(kind);
    if (profile) {
        context.profile = profile->name;
        context.environment = ConnectionProfile::environmentName(profile->environment);
    } else if (production) {
        context.environment = ConnectionProfile::environmentName(EnvironmentTag::Production);
    }
    return context;
}

} // namespace tidemark
