#pragma once

#include <QByteArray>
#include <QString>

namespace tidemark {

// A script file as an editor holds it: the text with LF line breaks, and how the file stores it (a UTF-8
// byte order mark, CRLF line breaks), so that saving writes it back the same way and a Windows checkout
// does not turn into a whole-file change. A file with mixed line breaks is saved with the ones it has most.
class ScriptDocument
{
public:
    // Reads the file (UTF-8 only); false with error() when it cannot be read or is not UTF-8.
    bool load(const QString &path);
    // A file not written yet (a new migration's draft), with its first text: the first save() creates it, and
    // refuses (changedOnDisk()) when another program created it meanwhile.
    static ScriptDocument draft(const QString &path, const QString &text);
    bool isDraft() const { return m_draft; }
    // Writes the text atomically (QSaveFile). With checkDisk, refuses (false, changedOnDisk() true) when
    // the file no longer holds what was last loaded or saved. The text uses LF; CRLF files get CRLF back.
    bool save(const QString &text, bool checkDisk = true);

    QString path() const { return m_path; }
    QString text() const { return m_text; } // as loaded or last saved
    bool hasByteOrderMark() const { return m_bom; }
    bool usesCrLf() const { return m_crlf; }
    QString error() const { return m_error; }
    bool changedOnDisk() const { return m_changedOnDisk; }

    // The bytes that save() writes for a text.
    QByteArray encode(const QString &text) const;

private:
    QString m_path;
    QString m_text;
    QByteArray m_diskBytes;
    bool m_bom = false;
    bool m_crlf = false;
    bool m_changedOnDisk = false;
    bool m_draft = false;
    QString m_error;
};

} // namespace tidemark
