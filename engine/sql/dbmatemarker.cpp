#include "dbmatemarker.h"

#include "core/tr.h"

namespace tidemark {
namespace {

// Blanks as dbmate's regular expression reads them: ASCII white space only.
bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\v' || c == u'\f' || c == u'\r';
}

qsizetype skipBlanks(QStringView text, qsizetype from)
{
    while (from < text.size() && isBlank(text.at(from)))
        ++from;
    return from;
}

} // namespace

DbmateMarker dbmateMarker(QStringView line, QString *problem, QStringView *options)
{
    const qsizetype dashes = skipBlanks(line, 0);
    if (line.mid(dashes).startsWith(u"--")) {
        const QStringView rest = line.mid(skipBlanks(line, dashes + 2));
        const bool up = rest.startsWith(u"migrate:up", Qt::CaseInsensitive);
        const bool down = !up && rest.startsWith(u"migrate:down", Qt::CaseInsensitive);
        const QStringView keyword = up ? QStringView(u"migrate:up") : QStringView(u"migrate:down");
        if ((up || down) && (rest.size() == keyword.size() || isBlank(rest.at(keyword.size())))) {
            if (dashes == 0 && rest.startsWith(keyword)) {
                if (options)
                    *options = rest.mid(keyword.size());
                return up ? DbmateMarker::Up : DbmateMarker::Down;
            }
            if (problem)
                *problem = Tr::tr("dbmate only reads \"-- migrate:up\" and \"-- migrate:down\" in lower case at the "
                                  "start of the line and takes this one for a plain comment");
            return DbmateMarker::Invalid;
        }
    }
    const QStringView trimmed = line.trimmed();
    if (trimmed.startsWith(u"--") && trimmed.mid(2).trimmed().startsWith(u"migrate:", Qt::CaseInsensitive))
        return DbmateMarker::Other;
    return DbmateMarker::None;
}

} // namespace tidemark
