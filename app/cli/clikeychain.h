#pragma once

#include <QString>

namespace tidemark::cli {

// The keychain for a command-line process: CredentialStore's asynchronous answers waited for in a local
// event loop, which is fine here and nowhere in the GUI.
struct KeychainAnswer
{
    enum class Status { Ok, NotFound, Unavailable, Failed };

    Status status = Status::Failed;
    QString password; // Ok on a read
    QString message; // why, when not Ok; never the password

    bool ok() const { return status == Status::Ok; }
};

KeychainAnswer readPasswordNow(const QString &profileId);
KeychainAnswer writePasswordNow(const QString &profileId, const QString &password);
KeychainAnswer deletePasswordNow(const QString &profileId); // Ok also when there was no entry

} // namespace tidemark::cli
