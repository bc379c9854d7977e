#pragma once

#include <QCoreApplication>

namespace tidemark {

// The translation context of engine and CLI messages: Tr::tr("…") from anywhere, read by lupdate.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(tidemark)
};

} // namespace tidemark
