#pragma once

#include "core/databasekind.h"
#include "reviewcontext.h"

#include <QList>
#include <QString>

namespace tidemark {

// "-- tidemark:allow RULE-ID reason": allows that rule for the whole migration whose file holds it.
struct AllowComment
{
    QString file;
    int line = 0;    // in the file
    QString ruleId;  // as written; empty when the comment names none
    QString reason;  // the rest of the line, trimmed
};

// The allow comments of text, whose first line is line firstLine of file: `--` comments as the dialect's lexer
// reads them, so that the words in a string, a quoted identifier or a dollar-quoted body never count.
QList<AllowComment> findAllowComments(const QString &text, const QString &file, int firstLine, DatabaseKind dialect);

// Marks the findings the allows allow (a rule that can be allowed, with a reason), and reports each allow that
// names no such rule (allow-unknown-rule), gives no reason (allow-without-reason) or allows nothing (allow-unused).
void applyAllowComments(ReviewContext &context, const QList<AllowComment> &allows);

} // namespace tidemark
