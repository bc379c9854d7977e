#include "audittrailloader.h"

#include "core/tr.h"
#include "run/runcontroller.h"

#include <QCoreApplication>

namespace tidemark {

AuditTrailLoader::AuditTrailLoader(RunController *controller)
    : QObject(controller)
    , m_controller(controller)
{
    qRegisterMetaType<AuditTrail>();
}

AuditTrailLoader::~AuditTrailLoader() = default;

void AuditTrailLoader::load()
{
    // Emitted on the worker thread, so connections to objects on the caller's thread are queued.
    m_controller->inspect([this](const Session *session) {
        if (!session) {
            Q_EMIT failed(Tr::tr("not connected to a database"));
            return;
        }
        QString error;
        std::optional<AuditTrail> trail = loadAuditTrail(*session, &error);
        if (trail)
            Q_EMIT loaded(*trail);
        else
            Q_EMIT failed(error);
    });
}

} // namespace tidemark
