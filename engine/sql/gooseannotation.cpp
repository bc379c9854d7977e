#include "gooseannotation.h"

#include "core/tr.h"

namespace tidemark {

GooseAnnotation gooseAnnotation(QStringView line, QString *problem)
{
    const QStringView trimmed = line.trimmed();
    if (!trimmed.startsWith(u"--"))
        return GooseAnnotation::None;
    const QStringView rest = trimmed.mid(2).trimmed();
    if (!rest.startsWith(u"+goose", Qt::CaseInsensitive))
        return GooseAnnotation::None;
    auto invalid = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return GooseAnnotation::Invalid;
    };
    if (!rest.startsWith(u"+goose"))
        return invalid(Tr::tr("goose only reads \"+goose\" in lower case and takes this line for a plain comment; "
                              "write \"-- +goose …\""));
    if (line.front().isSpace())
        return invalid(Tr::tr("a goose annotation must start the line; goose rejects it with blanks before it"));
    const QString command = rest.mid(6).trimmed().toString().toLower();
    if (command == u"up")
        return GooseAnnotation::Up;
    if (command == u"down")
        return GooseAnnotation::Down;
    if (command == u"statementbegin")
        return GooseAnnotation::StatementBegin;
    if (command == u"statementend")
        return GooseAnnotation::StatementEnd;
    if (command == u"no transaction")
        return GooseAnnotation::NoTransaction;
    if (command == u"envsub on" || command == u"envsub off")
        return GooseAnnotation::EnvSub;
    return invalid(Tr::tr("unknown goose annotation \"%1\"; goose knows Up, Down, StatementBegin, StatementEnd, "
                          "NO TRANSACTION and ENVSUB ON/OFF").arg(rest.toString()));
}

} // namespace tidemark
