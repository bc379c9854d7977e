#pragma once

#include "convention.h"

#include <QStringList>

#include <memory>

namespace tidemark {

std::unique_ptr<Convention> conventionByName(const QString &name);
// The convention the folder's files follow; golang-migrate when nothing else fits (also for an empty folder).
std::unique_ptr<Convention> detectConvention(const QString &dir);
QStringList conventionNames();

} // namespace tidemark
