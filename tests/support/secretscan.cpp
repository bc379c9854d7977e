#include "secretscan.h"

#include <QDirIterator>
#include <QFile>
#include <QUuid>

namespace tidemark::test {

QStringList filesContaining(const QString &dir, const QString &secret)
{
    QStringList found;
    const QByteArray needle = secret.toUtf8();
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << file.fileName();
    }
    return found;
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

QString uniqueSecret(const QString &label)
{
    return QStringLiteral("tm-%1-%2").arg(label, QUuid::createUuid().toString(QUuid::Id128).left(16));
}

} // namespace tidemark::test
