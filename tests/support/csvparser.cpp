#include "csvparser.h"

namespace tidemark::test {

std::optional<QList<QStringList>> parseCsv(const QString &text, QString *error)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto fail = [&](const QString &why) {
        *error = QStringLiteral("record %1, offset %2: %3").arg(records.size() + 1).arg(i).arg(why);
        return std::nullopt;
    };
    while (i < n) {
        if (text.at(i) == u'"') {
            ++i;
            for (;;) {
                if (i >= n)
                    return fail(QStringLiteral("a quoted field does not end"));
                if (text.at(i) == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
            if (i < n && text.at(i) != u',' && text.at(i) != u'\r')
                return fail(QStringLiteral("text after a closing quote"));
        } else {
            while (i < n && text.at(i) != u',' && text.at(i) != u'\r' && text.at(i) != u'\n') {
                if (text.at(i) == u'"')
                    return fail(QStringLiteral("a quote inside an unquoted field"));
                field += text.at(i++);
            }
            if (i < n && text.at(i) == u'\n')
                return fail(QStringLiteral("a bare LF ends a record (RFC 4180 wants CRLF)"));
        }
        record << field;
        field.clear();
        if (i >= n)
            return fail(QStringLiteral("the last record does not end in CRLF"));
        if (text.at(i) == u',') {
            ++i;
            if (i >= n)
                return fail(QStringLiteral("a comma ends the text"));
            continue;
        }
        if (i + 1 >= n || text.at(i + 1) != u'\n')
            return fail(QStringLiteral("a CR without LF"));
        i += 2;
        records << record;
        record.clear();
    }
    return records;
}

} // namespace tidemark::test
