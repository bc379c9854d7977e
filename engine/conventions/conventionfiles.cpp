#include "conventionfiles.h"

#include "core/version.h"

#include <QDir>

#include <optional>

namespace tidemark {
namespace {

struct Latest
{
    std::optional<Version> version;
    QString text;
};

Latest latestOf(const QStringList &texts)
{
    Latest latest;
    for (const QString &text : texts) {
        const std::optional<Version> v = Version::parse(text);
        if (v && (!latest.version || *latest.version < *v)) {
            latest.version = v;
            latest.text = text;
        }
    }
    return latest;
}

QString timestampOf(const QDateTime &nowUtc)
{
    return nowUtc.toUTC().toString(QStringLiteral("yyyyMMddHHmmss"));
}

// The timestamp, or the latest single-part version plus one when the latest is not before it.
QString timestampAfter(const Latest &latest, const QString &timestamp)
{
    const std::optional<Version> now = Version::parse(timestamp);
    if (!latest.version || !now || *latest.version < *now || latest.version->parts().size() != 1)
        return timestamp;
    return QString::number(latest.version->parts().constFirst() + 1);
}

} // namespace

QString nextVersionText(const QStringList &existingVersionTexts, const QDateTime &nowUtc, FirstVersion first)
{
    const Latest latest = latestOf(existingVersionTexts);
    const QString timestamp = timestampOf(nowUtc);
    if (!latest.version)
        return first == FirstVersion::Timestamp ? timestamp : QStringLiteral("1");
    if (latest.version->parts().size() == 1 && latest.text.size() >= 14)
        return timestampAfter(latest, timestamp);
    // Raise the last part and keep everything before it, separators and widths included.
    qsizetype start = latest.text.size();
    while (start > 0 && latest.text.at(start - 1).isDigit())
        --start;
    const QString lastPart = latest.text.mid(start);
    const quint64 raised = latest.version->parts().constLast() + 1;
    return latest.text.left(start) + QStringLiteral("%1").arg(raised, int(lastPart.size()), 10, QChar(u'0'));
}

QString nextTimestampVersion(const QStringList &existingVersionTexts, const QDateTime &nowUtc)
{
    return timestampAfter(latestOf(existingVersionTexts), timestampOf(nowUtc));
}

QList<ScriptLine> scriptLines(const QString &script)
{
    QList<ScriptLine> lines;
    qsizetype start = 0;
    int number = 1;
    const qsizetype size = script.size();
    while (start < size) {
        qsizetype lf = script.indexOf(u'\n', start);
        const qsizetype next = lf < 0 ? size : lf + 1;
        qsizetype end = lf < 0 ? size : lf;
        if (end > start && script.at(end - 1) == u'\r')
            --end;
        lines.append(ScriptLine{start, end, next, number++});
        start = next;
    }
    return lines;
}

bool isBlankOrComment(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    return trimmed.isEmpty() || trimmed.startsWith(u"--");
}

QStringList sqlFileNames(const QString &dir)
{
    return migrationFileNames(dir, {QStringLiteral("*.sql")});
}

QStringList migrationFileNames(const QString &dir, const QStringList &patterns)
{
    // A broken link is listed so that reading it fails with a diagnostic; sockets and pipes are not.
    const QDir folder(dir);
    QStringList names;
    for (const QFileInfo &info : folder.entryInfoList(patterns, QDir::Files | QDir::System, QDir::Name))
        if (info.isFile() || (info.isSymLink() && !info.exists()))
            names.append(info.fileName());
    return names;
}

Diagnostic conventionError(const QString &file, int line, const QString &message)
{
    return {Diagnostic::Severity::Error, file, line, message};
}

Diagnostic conventionWarning(const QString &file, int line, const QString &message)
{
    return {Diagnostic::Severity::Warning, file, line, message};
}

Diagnostic scriptFileError(const QString &file, const ScriptFile &script)
{
    return conventionError(file, script.errorLine, script.error);
}

} // namespace tidemark
