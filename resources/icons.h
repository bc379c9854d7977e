#pragma once

#include <QIcon>
#include <QStringView>

namespace tidemark {

// One of Tidemark's own icons from :/icons, by its file name without ".svg", e.g. icon(u"apply").
// The SVG icon engine renders them sharp at every size.
QIcon icon(QStringView name);

} // namespace tidemark
