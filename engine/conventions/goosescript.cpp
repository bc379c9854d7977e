#include "goosescript.h"

#include "conventionfiles.h"
#include "core/tr.h"

#include <QCoreApplication>

namespace tidemark {
namespace {

// goose's own rule for the end of a statement outside StatementBegin/End: the last word of the line before
// any "--" comment ends with ';'.
bool endsWithSemicolon(QStringView line)
{
    QStringView last;
    for (QStringView word : line.split(u' ', Qt::SkipEmptyParts)) {
        for (QStringView part : word.split(u'\t', Qt::SkipEmptyParts)) {
            if (part.startsWith(u"--"))
                return last.endsWith(u';');
            last = part;
        }
    }
    return last.endsWith(u';');
}

class GooseParser
{
public:
    explicit GooseParser(const QString &text) : m_text(text) {}

    GooseScript run();

private:
    QString sectionName() const { return m_section == &m_script.up ? QStringLiteral("Up") : QStringLiteral("Down"); }
    void error(int line, const QString &message) { m_script.diagnostics.append(conventionError({}, line, message)); }
    void warning(int line, const QString &message) { m_script.diagnostics.append(conventionWarning({}, line, message)); }
    void open(GooseSection &section, const ScriptLine &line);
    void close(qsizetype end);
    void onSql(const ScriptLine &line);
    void onAnnotation(GooseAnnotation annotation, const ScriptLine &line, const QString &problem);
    void reportUnterminated();

    const QString &m_text;
    GooseScript m_script;
    GooseSection *m_section = nullptr; // the section being read
    qsizetype m_sectionStart = 0;
    int m_blockLine = 0;               // line of the open StatementBegin, 0 outside a block
    int m_pendingLine = 0;             // first line of a statement not yet ended by ';', 0 when none
    int m_strayLine = 0;               // first SQL line before any section
};

GooseScript GooseParser::run()
{
    for (const ScriptLine &line : scriptLines(m_text)) {
        QString problem;
        const GooseAnnotation annotation = gooseAnnotation(line.text(m_text), &problem);
        if (annotation == GooseAnnotation::None)
            onSql(line);
        else
            onAnnotation(annotation, line, problem);
    }
    close(m_text.size());
    if (!m_script.up.present)
        error(1, Tr::tr("no \"-- +goose Up\" annotation, so goose would not run this file; add it above the SQL "
                        "that applies the migration"));
    else if (m_strayLine)
        error(m_strayLine, Tr::tr("SQL before \"-- +goose Up\" belongs to no section and would never run"));
    return std::move(m_script);
}

void GooseParser::onSql(const ScriptLine &line)
{
    const QStringView text = line.text(m_text);
    if (isBlankOrComment(text))
        return;
    if (!m_section) {
        if (!m_strayLine)
            m_strayLine = line.number;
        return;
    }
    m_section->hasStatements = true;
    if (m_blockLine)
        return;
    if (!m_pendingLine)
        m_pendingLine = line.number;
    if (endsWithSemicolon(text))
        m_pendingLine = 0;
}

void GooseParser::onAnnotation(GooseAnnotation annotation, const ScriptLine &line, const QString &problem)
{
    switch (annotation) {
    case GooseAnnotation::Up:
        if (m_script.up.present) {
            error(line.number, Tr::tr("a second \"-- +goose Up\" (the first is at line %1)").arg(m_script.up.annotationLine));
        } else if (m_script.down.present) {
            error(line.number, Tr::tr("\"-- +goose Up\" after \"-- +goose Down\"; goose expects Up first"));
        } else {
            close(line.start);
            open(m_script.up, line);
        }
        break;
    case GooseAnnotation::Down:
        if (m_script.down.present) {
            error(line.number,
                  Tr::tr("a second \"-- +goose Down\" (the first is at line %1)").arg(m_script.down.annotationLine));
        } else {
            if (!m_script.up.present)
                error(line.number, Tr::tr("\"-- +goose Down\" before \"-- +goose Up\"; goose expects Up first"));
            close(line.start);
            open(m_script.down, line);
        }
        break;
    case GooseAnnotation::StatementBegin:
        if (!m_section) {
            error(line.number, Tr::tr("\"-- +goose StatementBegin\" before \"-- +goose Up\""));
        } else if (m_blockLine) {
            error(line.number, Tr::tr("\"-- +goose StatementBegin\" inside the block opened at line %1; close it with "
                                      "\"-- +goose StatementEnd\" first").arg(m_blockLine));
        } else {
            reportUnterminated();
            m_blockLine = line.number;
        }
        break;
    case GooseAnnotation::StatementEnd:
        if (!m_blockLine)
            error(line.number, Tr::tr("\"-- +goose StatementEnd\" without a \"-- +goose StatementBegin\" before it"));
        m_blockLine = 0;
        break;
    case GooseAnnotation::NoTransaction:
        m_script.transactional = false;
        break;
    case GooseAnnotation::EnvSub:
        error(line.number, Tr::tr("goose ENVSUB replaces ${VAR} in the SQL; Tidemark runs the text as written, so "
                                  "remove the annotation or the variables"));
        break;
    case GooseAnnotation::Invalid:
        error(line.number, problem);
        break;
    case GooseAnnotation::None:
        break;
    }
}

void GooseParser::open(GooseSection &section, const ScriptLine &line)
{
    section.present = true;
    section.annotationLine = line.number;
    section.firstLine = line.number + 1;
    m_section = &section;
    m_sectionStart = line.next;
}

void GooseParser::close(qsizetype end)
{
    if (!m_section)
        return;
    if (m_blockLine) {
        error(m_blockLine, Tr::tr("\"-- +goose StatementBegin\" has no \"-- +goose StatementEnd\" before the end of "
                                  "the %1 section").arg(sectionName()));
        m_blockLine = 0;
    }
    reportUnterminated();
    m_section->text = m_text.mid(m_sectionStart, end - m_sectionStart);
    m_section = nullptr;
}

void GooseParser::reportUnterminated()
{
    if (!m_pendingLine)
        return;
    warning(m_pendingLine, Tr::tr("the SQL of the %1 section from this line on is not closed by ';': goose refuses "
                                  "such a file, and if it is more than one statement they run together as one and "
                                  "fail").arg(sectionName()));
    m_pendingLine = 0;
}

} // namespace

GooseScript parseGooseScript(const QString &text)
{
    return GooseParser(text).run();
}

bool hasGooseAnnotations(const QString &text)
{
    for (const ScriptLine &line : scriptLines(text)) {
        const GooseAnnotation annotation = gooseAnnotation(line.text(text));
        if (annotation == GooseAnnotation::Up || annotation == GooseAnnotation::Down)
            return true;
    }
    return false;
}

} // namespace tidemark
