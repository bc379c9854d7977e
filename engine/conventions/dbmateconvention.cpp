#include "dbmateconvention.h"

#include "conventionfiles.h"
#include "core/tr.h"
#include "goosescript.h"
#include "singlefilemigrations.h"
#include "sql/dbmatemarker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace tidemark {
namespace {

class DbmateParser
{
public:
    explicit DbmateParser(const QString &text) : m_text(text) {}

    FileSections run();

private:
    struct Section
    {
        int markerLine = 0;
        qsizetype start = 0;
        qsizetype end = -1; // -1: to the end of the file
        bool hasStatements = false;
    };

    void error(int line, const QString &message) { m_result.diagnostics.append(conventionError({}, line, message)); }
    void warning(int line, const QString &message) { m_result.diagnostics.append(conventionWarning({}, line, message)); }
    void onMarker(bool up, QStringView options, const ScriptLine &line);
    bool transactionOption(const QString &options, int line);
    QString textOf(const Section &section) const;

    const QString &m_text;
    FileSections m_result;
    Section m_up;
    Section m_down;
    Section *m_current = nullptr;
};

FileSections DbmateParser::run()
{
    int strayLine = 0; // first SQL line before any section
    for (const ScriptLine &line : scriptLines(m_text)) {
        const QStringView text = line.text(m_text);
        QString problem;
        QStringView options;
        const DbmateMarker marker = dbmateMarker(text, &problem, &options);
        if (marker == DbmateMarker::Up || marker == DbmateMarker::Down) {
            onMarker(marker == DbmateMarker::Up, options, line);
        } else if (marker == DbmateMarker::Invalid) {
            error(line.number, problem);
        } else if (!isBlankOrComment(text)) {
            if (m_current)
                m_current->hasStatements = true;
            else if (!strayLine)
                strayLine = line.number;
        }
    }
    if (!m_up.markerLine) {
        error(1, Tr::tr("no \"-- migrate:up\" line, so dbmate would not run this file; add it above the SQL that "
                        "applies the migration"));
        return std::move(m_result);
    }
    if (strayLine)
        error(strayLine, Tr::tr("SQL before \"-- migrate:up\" belongs to no section; dbmate refuses the file"));
    m_result.upSql = textOf(m_up);
    m_result.upLine = m_up.markerLine + 1;
    if (m_down.markerLine) {
        m_result.hasDown = true;
        m_result.downSql = textOf(m_down);
        m_result.downLine = m_down.markerLine + 1;
        if (!m_down.hasStatements)
            warning(m_down.markerLine, Tr::tr("the migrate:down section has no statements: rolling back only removes "
                                              "the history row"));
    } else {
        warning(0, Tr::tr("has no \"-- migrate:down\" section, so it cannot be rolled back"));
    }
    return std::move(m_result);
}

void DbmateParser::onMarker(bool up, QStringView options, const ScriptLine &line)
{
    Section &section = up ? m_up : m_down;
    const QString keyword = up ? QStringLiteral("-- migrate:up") : QStringLiteral("-- migrate:down");
    if (section.markerLine) {
        error(line.number, Tr::tr("a second \"%1\" (the first is at line %2)").arg(keyword).arg(section.markerLine));
        return;
    }
    if (up && m_down.markerLine)
        error(line.number, Tr::tr("\"-- migrate:up\" after \"-- migrate:down\"; dbmate requires up first"));
    if (!up && !m_up.markerLine)
        error(line.number, Tr::tr("\"-- migrate:down\" before \"-- migrate:up\"; dbmate requires up first"));
    if (m_current)
        m_current->end = line.start;
    section.markerLine = line.number;
    section.start = line.next;
    m_current = &section;
    const bool transactional = transactionOption(options.toString(), line.number);
    (up ? m_result.transactional : m_result.downTransactional) = transactional;
}

// The "transaction:false" option of a marker line; other options are warnings.
bool DbmateParser::transactionOption(const QString &options, int line)
{
    bool transactional = true;
    static const QRegularExpression blanks(QStringLiteral("\\s+"));
    for (const QString &option : options.split(blanks, Qt::SkipEmptyParts)) {
        const qsizetype colon = option.indexOf(u':');
        const QString key = option.left(colon);
        const QString value = option.mid(colon + 1);
        if (colon > 0 && key == u"transaction" && (value == u"false" || value == u"true"))
            transactional = value == u"true";
        else
            warning(line, Tr::tr("dbmate ignores \"%1\" here; the only option is transaction:false").arg(option));
    }
    return transactional;
}

QString DbmateParser::textOf(const Section &section) const
{
    const qsizetype end = section.end < 0 ? m_text.size() : section.end;
    return end > section.start ? m_text.mid(section.start, end - section.start) : QString();
}

FileSections dbmateSections(const QString &text)
{
    return DbmateParser(text).run();
}

QString foreignToDbmate(const QString &fileName, const QString &text)
{
    if (hasDbmateMarkers(text))
        return {};
    if (hasGooseAnnotations(text))
        return Tr::tr("has goose annotations (-- +goose Up), not dbmate sections");
    if (isGolangMigrateName(fileName))
        return Tr::tr("is a golang-migrate file (.up.sql / .down.sql) without dbmate sections");
    return {};
}

} // namespace

bool hasDbmateMarkers(const QString &text)
{
    const QList<ScriptLine> lines = scriptLines(text);
    return std::any_of(lines.cbegin(), lines.cend(), [&text](const ScriptLine &line) {
        const DbmateMarker marker = dbmateMarker(line.text(text));
        return marker == DbmateMarker::Up || marker == DbmateMarker::Down;
    });
}

bool DbmateConvention::recognises(const QStringList &fileNames) const
{
    return std::any_of(fileNames.cbegin(), fileNames.cend(), isSingleFileMigrationName);
}

Catalog DbmateConvention::read(const QString &dir) const
{
    return readSingleFileMigrations(dir, {name(), dbmateSections, foreignToDbmate});
}

MigrationDraft DbmateConvention::draft(const QString &dir, const QString &name, const QDateTime &nowUtc) const
{
    return draftSingleFileMigration(dir, name, nowUtc, true, [](const QString &title) {
        return QStringLiteral("-- migrate:up\n-- %1\n\n-- migrate:down\n-- undo: %1\n").arg(title);
    });
}

MigrationDraft DbmateConvention::restoredFiles(const QString &dirPath, const AppliedScript &applied) const
{
    if (!isSingleFileMigrationName(QFileInfo(applied.script).fileName()))
        return {{}, Tr::tr("%1 is not a dbmate file name (NNN_name.sql)").arg(applied.script)};
    // A section runs from the line after its marker to the next marker, so the up ends on a line break when a down
    // follows it (it always did in the file it was read from).
    QString text = QStringLiteral("-- migrate:up\n") + applied.upSql;
    if (!applied.downSql.isEmpty()) {
        if (!text.endsWith(u'\n'))
            text += u'\n';
        text += QStringLiteral("-- migrate:down\n") + applied.downSql;
    }
    return {{{QDir(dirPath).filePath(applied.script), text}}, {}};
}

} // namespace tidemark
