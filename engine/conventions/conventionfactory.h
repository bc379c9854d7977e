#pragma once

#include "convention.h"
#include "core/project.h"

#include <QStringList>

#include <memory>

namespace tidemark {

std::unique_ptr<Convention> conventionByName(const QString &name);
// The convention the folder's files follow; golang-migrate when nothing else fits (also for an empty folder).
std::unique_ptr<Convention> detectConvention(const QString &dir);
QStringList conventionNames();
// The convention tidemark.json names, else the one the files follow. nullptr, with an error that lists the known
// names, when tidemark.json names none of them.
std::unique_ptr<Convention> projectConvention(const Project &project, QString *error);

} // namespace tidemark
