#include "clikeychain.h"

#include "connections/credentialstore.h"

#include <QEventLoop>

#include <functional>

namespace tidemark::cli {
namespace {

// Starts one operation on a fresh store and runs a local event loop until it answers (the store's own
// timeout bounds the wait).
KeychainAnswer wait(const std::function<void(CredentialStore &)> &operation)
{
    CredentialStore store;
    KeychainAnswer answer;
    QEventLoop loop;
    const auto done = [&](KeychainAnswer::Status status, const QString &password, const QString &message) {
        answer.status = status;
        answer.password = password;
        answer.message = message;
        loop.quit();
    };
    QObject::connect(&store, &CredentialStore::passwordRead, &loop,
                     [&](const QString &, const QString &password) { done(KeychainAnswer::Status::Ok, password, {}); });
    QObject::connect(&store, &CredentialStore::passwordWritten, &loop,
                     [&] { done(KeychainAnswer::Status::Ok, {}, {}); });
    QObject::connect(&store, &CredentialStore::passwordDeleted, &loop,
                     [&] { done(KeychainAnswer::Status::Ok, {}, {}); });
    QObject::connect(&store, &CredentialStore::passwordNotFound, &loop,
                     [&] { done(KeychainAnswer::Status::NotFound, {}, {}); });
    QObject::connect(&store, &CredentialStore::failed, &loop,
                     [&](const QString &, CredentialStore::Operation, const QString &message) {
                         done(store.availability() == CredentialStore::Availability::Unavailable
                                  ? KeychainAnswer::Status::Unavailable
                                  : KeychainAnswer::Status::Failed,
                              {}, message);
                     });
    operation(store);
    loop.exec();
    return answer;
}

} // namespace

KeychainAnswer readPasswordNow(const QString &profileId)
{
    return wait([&](CredentialStore &store) { store.readPassword(profileId); });
}

KeychainAnswer writePasswordNow(const QString &profileId, const QString &password)
{
    return wait([&](CredentialStore &store) { store.writePassword(profileId, password); });
}

KeychainAnswer deletePasswordNow(const QString &profileId)
{
    return wait([&](CredentialStore &store) { store.deletePassword(profileId); });
}

} // namespace tidemark::cli
