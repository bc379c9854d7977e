#include "redaction.h"

#include <QRegularExpression>

namespace tidemark {

QString redactSecret(QString text, const QString &secret)
{
    if (secret.size() >= 4)
        text.replace(secret, QStringLiteral("***"));
    return text;
}

QString redactUrlPasswords(QString text)
{
    // scheme://user:password@ — the user part stops at ':', '@', '/' or white space.
    static const QRegularExpression url(QStringLiteral(R"(([A-Za-z][A-Za-z0-9+.\-]*://[^\s:@/]*):[^\s@/]*@)"));
    static const QRegularExpression conninfo(
        QStringLiteral(R"((\bpassword\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s;]+))"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(url, QStringLiteral("\\1:***@"));
    text.replace(conninfo, QStringLiteral("\\1***"));
    return text;
}

QString redactSqlPasswords(QString text)
{
    // A quoted literal, with '' or \' inside it, after the words that introduce a password.
    static const QRegularExpression clause(
        QStringLiteral(R"(((?:\bPASSWORD|\bIDENTIFIED(?:\s+WITH\s+\S+)?\s+(?:BY|AS)(?:\s+PASSWORD)?)\s*\(?\s*))"
                       R"('(?:[^'\\]|\\.|'')*')"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(clause, QStringLiteral("\\1'***'"));
    return text;
}

QString redact(const QString &text, const QString &secret)
{
    return redactSqlPasswords(redactUrlPasswords(redactSecret(text, secret)));
}

} // namespace tidemark
