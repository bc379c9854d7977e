#include "allowcomments.h"

#include "core/tr.h"
#include "sql/sqllexer.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tidemark {

QList<AllowComment> findAllowComments(const QString &text, const QString &file, int firstLine, DatabaseKind dialect)
{
    static const QRegularExpression allow(QStringLiteral("^--\\s*tidemark:allow(?:\\s+(\\S+))?\\s*(.*)$"),
                                          QRegularExpression::CaseInsensitiveOption);
    QList<AllowComment> allows;
    if (!text.contains(u"tidemark:allow", Qt::CaseInsensitive))
        return allows; // most scripts: no need to lex them
    const QByteArray utf8 = text.toUtf8();
    const QByteArrayView bytes(utf8);
    SqlLexer lexer(utf8, dialect);
    int line = firstLine;
    qsizetype counted = 0; // bytes whose newlines are in line
    for (SqlToken t = lexer.next(); t.type != SqlToken::Type::End && t.type != SqlToken::Type::Unterminated;
         t = lexer.next()) {
        const QByteArrayView comment = bytes.sliced(t.begin, t.end - t.begin);
        if (t.type != SqlToken::Type::Comment || !comment.startsWith("--"))
            continue;
        line += int(bytes.sliced(counted, t.begin - counted).count('\n'));
        counted = t.begin;
        const QRegularExpressionMatch m = allow.match(QString::fromUtf8(comment).trimmed());
        if (m.hasMatch())
            allows.append({file, line, m.captured(1), m.captured(2).trimmed()});
    }
    return allows;
}

void applyAllowComments(ReviewContext &context, const QList<AllowComment> &allows)
{
    const qsizetype ruleFindings = context.findings.size();
    for (const AllowComment &allow : allows) {
        const std::optional<RuleId> rule = findReviewRule(allow.ruleId);
        const auto report = [&](RuleId meta, const QString &message) {
            context.report(meta, allow.file, allow.line, allow.line, message);
        };
        if (!rule || !reviewRule(*rule).allowable) {
            report(RuleId::AllowUnknownRule,
                   allow.ruleId.isEmpty() ? Tr::tr("the allow comment names no rule; write -- tidemark:allow RULE-ID reason")
                   : rule ? Tr::tr("%1 cannot be allowed").arg(allow.ruleId)
                          : Tr::tr("there is no rule %1 (docs/rules/README.md lists them)").arg(allow.ruleId));
            continue;
        }
        if (allow.reason.isEmpty()) {
            report(RuleId::AllowWithoutReason,
                   Tr::tr("the allow of %1 gives no reason, so it allows nothing; say why after the rule id")
                       .arg(allow.ruleId));
            continue;
        }
        bool used = false;
        for (qsizetype i = 0; i < ruleFindings; ++i) {
            ReviewFinding &finding = context.findings[i];
            if (finding.rule != *rule)
                continue;
            used = true;
            if (finding.allowed)
                continue; // an earlier comment allowed it already
            finding.allowed = true;
            finding.allowReason = allow.reason;
            finding.allowFile = allow.file;
            finding.allowLine = allow.line;
        }
        if (!used)
            report(RuleId::AllowUnused, Tr::tr("allows %1, which finds nothing in this migration").arg(allow.ruleId));
    }
}

} // namespace tidemark
