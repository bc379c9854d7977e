#include "sqleditor.h"

#include "sqlhighlighter.h"
#include "sqltheme.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QToolTip>

namespace tidemark {

// The left margin: line numbers, then a strip with one bar per statement.
class SqlEditorGutter final : public QWidget
{
public:
    explicit SqlEditorGutter(SqlEditor *editor) : QWidget(editor), m_editor(editor) {}

    QSize sizeHint() const override { return {m_editor->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            const QString text = m_editor->gutterToolTip(help->pos().y());
            if (text.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), text, this);
            return true;
        }
        return QWidget::event(event);
    }

private:
    SqlEditor *m_editor;
};

namespace {

constexpr int StripWidth = 12;
constexpr int IndentWidth = 4;

} // namespace

SqlEditor::SqlEditor(QWidget *parent)
    : QPlainTextEdit(parent), m_highlighter(new SqlHighlighter(document())), m_gutter(new SqlEditorGutter(this))
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleHint(QFont::Monospace);
    setFont(font);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * IndentWidth);
    applyTheme();

    m_rescanTimer.setSingleShot(true);
    m_rescanTimer.setInterval(100);
    connect(&m_rescanTimer, &QTimer::timeout, this, [this] { m_scanner.scan(toPlainText(), dialect()); });
    connect(&m_scanner, &StatementScanner::finished, this, [this](const StatementScan &scan) {
        m_scan = scan;
        m_gutter->update();
        Q_EMIT statementsChanged();
    });
    connect(document(), &QTextDocument::contentsChanged, &m_rescanTimer, qOverload<>(&QTimer::start));
    connect(this, &QPlainTextEdit::blockCountChanged, this, &SqlEditor::updateGutterGeometry);
    connect(this, &QPlainTextEdit::updateRequest, this, &SqlEditor::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        updateExtraSelections();
        m_gutter->update();
    });
    updateGutterGeometry();
    updateExtraSelections();
}

SqlEditor::~SqlEditor() = default;

DatabaseKind SqlEditor::dialect() const
{
    return m_highlighter->dialect();
}

void SqlEditor::setDialect(DatabaseKind dialect)
{
    if (dialect == m_highlighter->dialect())
        return;
    m_highlighter->setDialect(dialect);
    m_rescanTimer.start();
}

void SqlEditor::rescanNow()
{
    m_rescanTimer.stop();
    m_scan = scanStatements(toPlainText(), dialect());
    m_gutter->update();
    Q_EMIT statementsChanged();
}

int SqlEditor::gutterWidth() const
{
    int digits = 2;
    for (int max = std::max(1, blockCount()); max >= 100; max /= 10)
        ++digits;
    return 10 + fontMetrics().horizontalAdvance(u'9') * digits + StripWidth;
}

void SqlEditor::updateGutterGeometry()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void SqlEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterGeometry();
}

void SqlEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateGutterGeometry();
}

void SqlEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ReadOnlyChange)
        applyTheme();
    else if (event->type() == QEvent::FontChange)
        setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * IndentWidth);
}

void SqlEditor::applyTheme()
{
    const bool dark = sqltheme::isDark(palette());
    m_highlighter->setDarkBackground(dark);
    // Read-only text sits on the window colour, so an applied migration does not look editable.
    QPalette p = viewport()->palette();
    p.setColor(QPalette::Base, isReadOnly() ? sqltheme::mix(palette().color(QPalette::Base),
                                                            palette().color(QPalette::Window), 0.6)
                                            : palette().color(QPalette::Base));
    viewport()->setPalette(p);
    updateExtraSelections();
}

int SqlEditor::lineAt(int y) const
{
    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid()) {
        const qreal bottom = top + blockBoundingRect(block).height();
        if (y >= top && y < bottom)
            return block.blockNumber() + 1;
        if (top > y)
            break;
        top = bottom;
        block = block.next();
    }
    return -1;
}

void SqlEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), sqltheme::gutter(pal));
    const int stripX = m_gutter->width() - StripWidth;
    const int numberRight = stripX - 4;
    const int current = textCursor().blockNumber();

    // Visible lines and where they are.
    struct Row
    {
        int line;
        int top;
        int bottom;
    };
    QList<Row> rows;
    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = blockBoundingRect(block).height();
        if (block.isVisible())
            rows.append({block.blockNumber() + 1, int(top), int(top + height)});
        top += height;
        block = block.next();
    }
    if (rows.isEmpty())
        return;

    QFont bold = font();
    bold.setBold(true);
    const int lineHeight = fontMetrics().height();
    for (const Row &row : rows) {
        const bool isCurrent = row.line - 1 == current;
        painter.setFont(isCurrent ? bold : font());
        painter.setPen(isCurrent ? pal.color(QPalette::Text) : sqltheme::lineNumber(pal));
        painter.drawText(0, row.top, numberRight, lineHeight, Qt::AlignRight | Qt::AlignVCenter, QString::number(row.line));
    }

    // Statement bars: from each statement's first line to its last, a tick where it starts.
    const int firstLine = rows.first().line, lastLine = rows.last().line;
    auto rowOf = [&rows, firstLine](int line) { return rows.at(line - firstLine); };
    const QList<StatementMark> &marks = m_scan.statements;
    auto it = std::lower_bound(marks.cbegin(), marks.cend(), firstLine,
                               [](const StatementMark &m, int line) { return m.lastLine < line; });
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (; it != marks.cend() && it->firstLine <= lastLine; ++it) {
        const bool startsHere = it->firstLine >= firstLine;
        const int y0 = startsHere ? rowOf(it->firstLine).top + 2 : event->rect().top();
        const int y1 = it->lastLine <= lastLine ? rowOf(it->lastLine).bottom - 2 : event->rect().bottom();
        const QColor color = it->noTransaction        ? sqltheme::noTransaction(pal)
                             : it->transactionControl ? sqltheme::transactionControl(pal)
                                                      : sqltheme::statementBar(pal);
        const int width = it->noTransaction || it->transactionControl ? 4 : 2;
        painter.fillRect(QRect(stripX + 3, y0, width, std::max(1, y1 - y0)), color);
        if (startsHere)
            painter.fillRect(QRect(stripX + 3, y0, StripWidth - 5, 2), color);
    }
    if (m_scan.errorLine >= firstLine && m_scan.errorLine <= lastLine) {
        const Row row = rowOf(m_scan.errorLine);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setBrush(sqltheme::error(pal));
        painter.setPen(Qt::NoPen);
        const int d = std::min(StripWidth - 3, row.bottom - row.top - 4);
        painter.drawEllipse(QRect(stripX + 2, row.top + (row.bottom - row.top - d) / 2, d, d));
    }
}

QString SqlEditor::gutterToolTip(int y) const
{
    const int line = lineAt(y);
    if (line < 0)
        return {};
    if (line == m_scan.errorLine)
        return tr("The statement splitter stopped here: %1").arg(m_scan.error);
    const int index = m_scan.statementAtLine(line);
    if (index < 0)
        return {};
    const StatementMark &mark = m_scan.statements.at(index);
    QString text = mark.firstLine == mark.lastLine
        ? tr("Statement %1 of %2, line %3").arg(index + 1).arg(m_scan.statements.size()).arg(mark.firstLine)
        : tr("Statement %1 of %2, lines %3–%4")
              .arg(index + 1).arg(m_scan.statements.size()).arg(mark.firstLine).arg(mark.lastLine);
    if (mark.noTransaction)
        text += u'\n' + tr("Cannot run inside a transaction: the migration runs without one, and a failure "
                           "can leave it half applied.");
    if (mark.transactionControl)
        text += u'\n' + tr("Controls the transaction itself (BEGIN, COMMIT, ROLLBACK).");
    return text;
}

void SqlEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection line;
    line.format.setBackground(sqltheme::currentLine(palette()));
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = textCursor();
    line.cursor.clearSelection();
    selections.append(line);
    if (m_markFirst > 0) {
        QTextEdit::ExtraSelection mark;
        mark.format.setBackground(sqltheme::mix(palette().color(QPalette::Base), sqltheme::error(palette()),
                                                sqltheme::isDark(palette()) ? 0.30 : 0.16));
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        const int last = std::min(m_markLast, m_markFirst + 10000);
        for (QTextBlock b = document()->findBlockByNumber(m_markFirst - 1); b.isValid() && b.blockNumber() < last;
             b = b.next()) {
            mark.cursor = QTextCursor(b);
            selections.append(mark);
        }
    }
    selections += m_searchSelections;
    setExtraSelections(selections);
}

QTextCursor SqlEditor::findFrom(const QTextCursor &from, const QString &text, const FindOptions &options,
                                bool backward) const
{
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (options.caseSensitive)
        flags |= QTextDocument::FindCaseSensitively;
    if (options.regularExpression || options.wholeWords) {
        // Whole words as SQL sees them: '_' belongs to a word (QTextDocument::FindWholeWords would find
        // "id" inside "order_id").
        QString pattern = options.regularExpression ? text : QRegularExpression::escape(text);
        if (options.wholeWords)
            pattern = QStringLiteral("(?<![\\w$])(?:%1)(?![\\w$])").arg(pattern);
        QRegularExpression expression(pattern, options.caseSensitive ? QRegularExpression::NoPatternOption
                                                                     : QRegularExpression::CaseInsensitiveOption);
        if (!expression.isValid())
            return {};
        return document()->find(expression, from, flags);
    }
    return document()->find(text, from, flags);
}

bool SqlEditor::find(const QString &text, const FindOptions &options, bool backward)
{
    if (text.isEmpty())
        return false;
    QTextCursor found = findFrom(textCursor(), text, options, backward);
    if (found.isNull()) { // wrap around
        QTextCursor start(document());
        if (backward)
            start.movePosition(QTextCursor::End);
        found = findFrom(start, text, options, backward);
    }
    if (found.isNull() || !found.hasSelection())
        return false;
    setTextCursor(found);
    return true;
}

bool SqlEditor::selectionMatches(const QString &text, const FindOptions &options) const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return false;
    QTextCursor start(document());
    start.setPosition(cursor.selectionStart());
    const QTextCursor found = findFrom(start, text, options, false);
    return !found.isNull() && found.selectionStart() == cursor.selectionStart()
        && found.selectionEnd() == cursor.selectionEnd();
}

bool SqlEditor::replaceCurrent(const QString &text, const QString &replacement, const FindOptions &options)
{
    if (isReadOnly() || text.isEmpty())
        return false;
    bool replaced = false;
    if (selectionMatches(text, options)) {
        textCursor().insertText(replacement);
        replaced = true;
    }
    find(text, options);
    return replaced;
}

int SqlEditor::replaceAll(const QString &text, const QString &replacement, const FindOptions &options)
{
    if (isReadOnly() || text.isEmpty())
        return 0;
    int count = 0;
    QTextCursor edit(document());
    edit.beginEditBlock();
    QTextCursor found = findFrom(QTextCursor(document()), text, options, false);
    while (!found.isNull() && found.hasSelection()) {
        found.insertText(replacement);
        ++count;
        found = findFrom(found, text, options, false);
    }
    edit.endEditBlock();
    return count;
}

int SqlEditor::setSearchHighlight(const QString &text, const FindOptions &options)
{
    m_searchSelections.clear();
    if (!text.isEmpty()) {
        QTextEdit::ExtraSelection match;
        match.format.setBackground(sqltheme::searchMatch(palette()));
        QTextCursor found = findFrom(QTextCursor(document()), text, options, false);
        while (!found.isNull() && found.hasSelection() && m_searchSelections.size() < 10000) {
            match.cursor = found;
            m_searchSelections.append(match);
            found = findFrom(found, text, options, false);
        }
    }
    updateExtraSelections();
    return int(m_searchSelections.size());
}

void SqlEditor::goToLine(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::clamp(line, 1, blockCount()) - 1);
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, std::clamp(column - 1, 0, block.length() - 1));
    setTextCursor(cursor);
    centerCursor();
    setFocus();
}

void SqlEditor::setMarkedLines(int first, int last)
{
    m_markFirst = first > 0 ? first : 0;
    m_markLast = first > 0 ? std::max(first, last) : 0;
    updateExtraSelections();
    if (m_markFirst > 0) {
        QTextCursor cursor(document()->findBlockByNumber(std::min(m_markFirst, blockCount()) - 1));
        setTextCursor(cursor);
        centerCursor();
    }
}

int SqlEditor::currentLine() const
{
    return textCursor().blockNumber() + 1;
}

void SqlEditor::indentSelection(bool unindent)
{
    QTextCursor cursor = textCursor();
    const QTextBlock first = document()->findBlock(cursor.selectionStart());
    QTextBlock last = document()->findBlock(cursor.selectionEnd());
    if (cursor.hasSelection() && last != first && cursor.selectionEnd() == last.position())
        last = last.previous(); // a selection ending at a line start leaves that line alone
    cursor.beginEditBlock();
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        QTextCursor at(b);
        if (unindent) {
            int spaces = 0;
            while (spaces < IndentWidth && spaces < b.text().size() && b.text().at(spaces) == u' ')
                ++spaces;
            if (spaces == 0 && b.text().startsWith(u'\t'))
                spaces = 1;
            at.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor, spaces);
            at.removeSelectedText();
        } else {
            at.insertText(QString(IndentWidth, u' '));
        }
        if (b == last)
            break;
    }
    cursor.endEditBlock();
}

void SqlEditor::keyPressEvent(QKeyEvent *event)
{
    if (isReadOnly()) {
        QPlainTextEdit::keyPressEvent(event);
        return;
    }
    QTextCursor cursor = textCursor();
    const bool multiLine = cursor.hasSelection()
        && document()->findBlock(cursor.selectionStart()) != document()->findBlock(cursor.selectionEnd());
    if (event->key() == Qt::Key_Backtab || (event->key() == Qt::Key_Tab && event->modifiers() & Qt::ShiftModifier)) {
        indentSelection(true);
        return;
    }
    if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier) {
        if (multiLine) {
            indentSelection(false);
        } else {
            const int column = cursor.positionInBlock();
            cursor.insertText(QString(IndentWidth - column % IndentWidth, u' '));
        }
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && !(event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier))) {
        const QString text = cursor.block().text().left(cursor.positionInBlock());
        qsizetype indent = 0;
        while (indent < text.size() && (text.at(indent) == u' ' || text.at(indent) == u'\t'))
            ++indent;
        cursor.beginEditBlock();
        cursor.insertText(QStringLiteral("\n") + text.left(indent));
        cursor.endEditBlock();
        ensureCursorVisible();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace tidemark
