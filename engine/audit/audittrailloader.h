#pragma once

#include "audittrail.h"

#include <QMetaType>
#include <QObject>

namespace tidemark {

class RunController;

// Reads the audit trail on the run controller's worker thread, with its session, after the requests queued before
// it (a run, a connect), and answers with a queued signal. A child of the controller: the controller's destructor
// waits for the worker, so no read outlives this object.
class AuditTrailLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTrailLoader)

public:
    explicit AuditTrailLoader(RunController *controller);
    ~AuditTrailLoader() override;

    void load();

Q_SIGNALS:
    void loaded(const tidemark::AuditTrail &trail);
    void failed(const QString &message);

private:
    RunController *m_controller = nullptr;
};

} // namespace tidemark

Q_DECLARE_METATYPE(tidemark::AuditTrail)
