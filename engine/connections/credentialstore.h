#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

namespace tidemark {

// Profile passwords in the OS keychain (QtKeychain: the Secret Service on Linux, Keychain on macOS, the
// Credential Manager on Windows), service "tidemark", one entry per profile id. Every operation is
// asynchronous and answers with a signal on the caller's thread; nothing blocks, so the GUI thread may use it.
//
// Without a keychain (no Secret Service on the session bus, no session bus at all) the store says so:
// availability() turns Unavailable and unavailableMessage() is what to show. There is never a plain-text
// fallback: a caller may keep a password the person typed in memory for this process (keepInMemory), and
// that is all.
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    enum class Availability { Unknown, Available, Unavailable };
    Q_ENUM(Availability)
    enum class Operation { Check, Read, Write, Delete };
    Q_ENUM(Operation)

    explicit CredentialStore(QObject *parent = nullptr);
    ~CredentialStore() override;

    static QString serviceName() { return QStringLiteral("tidemark"); }
    // "no Secret Service available: the password will be asked for each time and kept in memory only"
    static QString unavailableMessage();

    Availability availability() const { return m_availability; }
    // The unavailable message with the keychain's own reason, e.g. "Could not connect: No such file or directory".
    QString unavailableReason() const { return m_unavailableReason; }

    // How long a keychain answer may take before the store gives up on it (a locked keyring may be waiting on a
    // password prompt nobody sees). Default 20 s.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Asks the keychain whether it is there, without reading or writing an entry: availabilityChecked().
    void checkAvailability();
    // passwordRead(), passwordNotFound() or failed(). When the keychain is unavailable, a password kept in memory
    // for this profile answers instead.
    void readPassword(const QString &profileId);
    // passwordWritten() or failed(). A failure writes nothing anywhere.
    void writePassword(const QString &profileId, const QString &password);
    // passwordDeleted() (also when there was no entry) or failed(). Forgets a password kept in memory too.
    void deletePassword(const QString &profileId);

    // For this process only, when the keychain is unavailable and the person typed the password.
    void keepInMemory(const QString &profileId, const QString &password) { m_memory.insert(profileId, password); }
    std::optional<QString> memoryPassword(const QString &profileId) const;
    void forgetInMemory(const QString &profileId) { m_memory.remove(profileId); }

    int pendingOperations() const { return m_pending; }

Q_SIGNALS:
    void availabilityChanged(tidemark::CredentialStore::Availability availability);
    void availabilityChecked(tidemark::CredentialStore::Availability availability);
    void passwordRead(const QString &profileId, const QString &password);
    void passwordNotFound(const QString &profileId);
    void passwordWritten(const QString &profileId);
    void passwordDeleted(const QString &profileId);
    // message is for the person and never contains the password.
    void failed(const QString &profileId, tidemark::CredentialStore::Operation operation, const QString &message);

private:
    void start(QKeychain::Job *job, Operation operation, const QString &profileId);
    void finish(QKeychain::Job *job, Operation operation, const QString &profileId);
    void fail(const QString &profileId, Operation operation, const QString &message);
    void setAvailability(Availability availability, const QString &reason = QString());
    void answerLater(const std::function<void()> &emitter);

    Availability m_availability = Availability::Unknown;
    QString m_unavailableReason;
    std::chrono::milliseconds m_timeout{20000};
    QHash<QString, QString> m_memory;
    int m_pending = 0;
};

} // namespace tidemark
