#include "scriptdocument.h"

#include "core/tr.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

namespace tidemark {
namespace {

bool readAll(const QString &path, QByteArray *bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    *bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error = Tr::tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool ScriptDocument::load(const QString &path)
{
    m_path = path;
    m_error.clear();
    m_changedOnDisk = false;
    QByteArray bytes;
    if (!readAll(path, &bytes, &m_error))
        return false;
    m_bom = bytes.startsWith("\xEF\xBB\xBF");
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(QByteArrayView(bytes).sliced(m_bom ? 3 : 0));
    if (decoder.hasError()) {
        m_error = Tr::tr("%1 is not valid UTF-8; save it as UTF-8 and reload").arg(path);
        return false;
    }
    const qsizetype crlf = bytes.count("\r\n");
    m_crlf = crlf > 0 && crlf * 2 >= bytes.count('\n');
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    m_text = std::move(text);
    m_diskBytes = std::move(bytes);
    return true;
}

ScriptDocument ScriptDocument::draft(const QString &path, const QString &text)
{
    ScriptDocument document;
    document.m_path = path;
    document.m_text = text;
    document.m_draft = true;
    return document;
}

QByteArray ScriptDocument::encode(const QString &text) const
{
    QString out = text;
    if (m_crlf) {
        out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        out.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    }
    QByteArray bytes = out.toUtf8();
    if (m_bom)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

bool ScriptDocument::save(const QString &text, bool checkDisk)
{
    m_error.clear();
    m_changedOnDisk = false;
    if (checkDisk && m_draft) {
        if (QFileInfo::exists(m_path)) {
            m_changedOnDisk = true;
            m_error = Tr::tr("%1 was created by another program since the draft was started").arg(m_path);
            return false;
        }
    } else if (checkDisk) {
        QByteArray current;
        QString ignored;
        if (!readAll(m_path, &current, &ignored) || current != m_diskBytes) {
            m_changedOnDisk = true;
            m_error = Tr::tr("%1 was changed or removed by another program since it was opened").arg(m_path);
            return false;
        }
    }
    const QByteArray bytes = encode(text);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_error = Tr::tr("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    m_text = text;
    m_diskBytes = bytes;
    m_draft = false;
    return true;
}

} // namespace tidemark
