#pragma once

#include <QString>
#include <QStringList>

namespace tidemark::test {

// Files under dir, recursively, whose bytes contain secret (as UTF-8); empty when none does or dir is missing.
QStringList filesContaining(const QString &dir, const QString &secret);

// Every file under dir, for a message when a folder should have stayed empty.
QStringList filesUnder(const QString &dir);

// A password no fixture or message contains by chance.
QString uniqueSecret(const QString &label);

} // namespace tidemark::test
