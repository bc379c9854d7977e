#pragma once

#include <QString>

namespace tidemark {

// Text that may reach a person, a log or an export with the secrets taken out. ConnectionUrl::redacted() is
// the form to print a connection; these clean text that came from elsewhere (driver messages, pasted URLs).

// Every occurrence of secret replaced by ***. Secrets shorter than 4 characters are left alone: replacing
// every "a" in a message hides nothing and garbles it.
QString redactSecret(QString text, const QString &secret);

// The password of every URL (scheme://user:password@host) and of every libpq-style password=VALUE
// replaced by ***.
QString redactUrlPasswords(QString text);

// The password literal of every SQL clause that sets one (PASSWORD 'x', PASSWORD('x'), IDENTIFIED BY 'x')
// replaced by '***': statements another session runs, shown in the lock inspector.
QString redactSqlPasswords(QString text);

// All of the above.
QString redact(const QString &text, const QString &secret);

} // namespace tidemark
