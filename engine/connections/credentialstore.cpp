#include "credentialstore.h"

#include "core/tr.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace tidemark {
namespace {

// Answers to the availability check; no entry is ever written under this key.
const QString probeKey = QStringLiteral("tidemark-availability-check");

// Errors that mean there is no usable keychain at all, as opposed to a problem with one entry.
bool isBackendError(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}

QString operationText(CredentialStore::Operation operation)
{
    switch (operation) {
    case CredentialStore::Operation::Check: return Tr::tr("reach the keychain");
    case CredentialStore::Operation::Read: return Tr::tr("read the password from the keychain");
    case CredentialStore::Operation::Write: return Tr::tr("save the password in the keychain");
    case CredentialStore::Operation::Delete: return Tr::tr("delete the password from the keychain");
    }
    return {};
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::unavailableMessage()
{
    return Tr::tr("no Secret Service available: the password will be asked for each time and kept in memory only");
}

std::optional<QString> CredentialStore::memoryPassword(const QString &profileId) const
{
    const auto it = m_memory.constFind(profileId);
    return it == m_memory.cend() ? std::nullopt : std::optional(*it);
}

void CredentialStore::checkAvailability()
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(probeKey);
    start(job, Operation::Check, QString());
}

void CredentialStore::readPassword(const QString &profileId)
{
    if (profileId.isEmpty()) {
        answerLater([this] { Q_EMIT passwordNotFound(QString()); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(profileId);
    start(job, Operation::Read, profileId);
}

void CredentialStore::writePassword(const QString &profileId, const QString &password)
{
    if (profileId.isEmpty()) {
        answerLater([this] { fail(QString(), Operation::Write, Tr::tr("the profile has no id")); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(profileId);
    job->setTextData(password);
    start(job, Operation::Write, profileId);
}

void CredentialStore::deletePassword(const QString &profileId)
{
    m_memory.remove(profileId);
    if (profileId.isEmpty()) {
        answerLater([this] { Q_EMIT passwordDeleted(QString()); });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(profileId);
    start(job, Operation::Delete, profileId);
}

// The job deletes itself once finished and has no parent: deleting one in flight is not safe with every
// backend. A job that outlives this store finds its connection gone; one that never answers is abandoned
// after the timeout.
void CredentialStore::start(QKeychain::Job *job, Operation operation, const QString &profileId)
{
    ++m_pending;
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, timer, answered, operation, profileId] {
        timer->deleteLater();
        if (*answered)
            return;
        *answered = true;
        --m_pending;
        const QString reason = Tr::tr("the keychain did not answer within %1 s (a locked keyring may be waiting "
                                      "for a password prompt nobody can see)")
                                   .arg(m_timeout.count() / 1000.0);
        setAvailability(Availability::Unavailable, reason);
        fail(profileId, operation, m_unavailableReason);
    });
    connect(job, &QKeychain::Job::finished, this, [this, timer, answered, operation, profileId](QKeychain::Job *j) {
        timer->stop();
        timer->deleteLater();
        if (*answered)
            return;
        *answered = true;
        --m_pending;
        finish(j, operation, profileId);
    });
    job->setAutoDelete(true);
    timer->start(m_timeout);
    job->start();
}

void CredentialStore::finish(QKeychain::Job *job, Operation operation, const QString &profileId)
{
    const QKeychain::Error error = job->error();
    if (isBackendError(error)) {
        setAvailability(Availability::Unavailable, job->errorString());
        if (operation == Operation::Check) {
            Q_EMIT availabilityChecked(m_availability);
            return;
        }
        if (operation == Operation::Read) {
            if (const std::optional<QString> remembered = memoryPassword(profileId)) {
                Q_EMIT passwordRead(profileId, *remembered);
                return;
            }
        }
        fail(profileId, operation, m_unavailableReason);
        return;
    }
    setAvailability(Availability::Available);
    switch (operation) {
    case Operation::Check:
        Q_EMIT availabilityChecked(m_availability);
        return;
    case Operation::Read:
        if (error == QKeychain::NoError)
            Q_EMIT passwordRead(profileId, static_cast<QKeychain::ReadPasswordJob *>(job)->textData());
        else if (error == QKeychain::EntryNotFound)
            Q_EMIT passwordNotFound(profileId);
        else
            fail(profileId, operation, Tr::tr("could not %1: %2").arg(operationText(operation), job->errorString()));
        return;
    case Operation::Write:
        if (error == QKeychain::NoError)
            Q_EMIT passwordWritten(profileId);
        else
            fail(profileId, operation, Tr::tr("could not %1: %2").arg(operationText(operation), job->errorString()));
        return;
    case Operation::Delete:
        if (error == QKeychain::NoError || error == QKeychain::EntryNotFound)
            Q_EMIT passwordDeleted(profileId);
        else
            fail(profileId, operation, Tr::tr("could not %1: %2").arg(operationText(operation), job->errorString()));
        return;
    }
}

void CredentialStore::fail(const QString &profileId, Operation operation, const QString &message)
{
    if (operation == Operation::Check) {
        Q_EMIT availabilityChecked(m_availability);
        return;
    }
    Q_EMIT failed(profileId, operation, message);
}

void CredentialStore::setAvailability(Availability availability, const QString &reason)
{
    m_unavailableReason = availability == Availability::Unavailable
                              ? (reason.isEmpty() ? unavailableMessage()
                                                  : Tr::tr("%1 (%2)").arg(unavailableMessage(), reason))
                              : QString();
    if (m_availability == availability)
        return;
    m_availability = availability;
    Q_EMIT availabilityChanged(availability);
}

void CredentialStore::answerLater(const std::function<void()> &emitter)
{
    QMetaObject::invokeMethod(this, emitter, Qt::QueuedConnection);
}

} // namespace tidemark
