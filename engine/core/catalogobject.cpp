#include "catalogobject.h"

namespace tidemark {

QString CatalogObject::describe() const
{
    static const char *const names[] = {"table", "index", "view", "function", "procedure", "trigger",
                                        "sequence", "schema", "type", "column"};
    QString qualified = schema.isEmpty() ? name : schema + u'.' + name;
    if (type == Type::Column)
        qualified = (table.isEmpty() ? QString() : table + u'.') + name;
    return QLatin1String(names[int(type)]) + u' ' + qualified;
}

} // namespace tidemark
