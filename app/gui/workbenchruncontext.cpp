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

QString workbenchEnvironment(const std::optional<ConnectionProfile> &profile, bool production)
{
    if (profile)
        return ConnectionProfile::environmentName(profile->environment);
    return production ? ConnectionProfile::environmentName(EnvironmentTag::Production) : QString();
}

RunContext workbenchRunContext(const QString &command, const std::optional<ConnectionProfile> &profile,
                               bool production)
{
    RunContext context;
    context.tool = QStringLiteral("tidemark");
    context.command = command;
    context.profile = profile ? profile->name : QString();
    context.environment = workbenchEnvironment(profile, production);
    return context;
}

} // namespace tidemark
