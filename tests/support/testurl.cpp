#include "testurl.h"

#include <QtGlobal>

namespace tidemark::test {

ConnectionUrl parsedUrl(const QString &text)
{
    QString error;
    const std::optional<ConnectionUrl> url = ConnectionUrl::parse(text, &error);
    if (!url)
        qFatal("bad URL %s: %s", qPrintable(text), qPrintable(error));
    return *url;
}

} // namespace tidemark::test
