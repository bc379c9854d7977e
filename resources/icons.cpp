#include "icons.h"

namespace tidemark {

QIcon icon(QStringView name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

} // namespace tidemark
