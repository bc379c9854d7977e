#include "sqlpanel.h"

#include "noticebar.h"
#include "sqleditor.h"
#include "sqleditorpanel.h"

#include <QVBoxLayout>

#include <algorithm>

namespace tidemark {

SqlPanel::SqlPanel(QWidget *parent)
    : QWidget(parent)
    , m_text(new SqlEditorPanel(this))
    , m_notice(new NoticeBar(this))
{
    m_text->setObjectName(QStringLiteral("sqlEditorPanel"));
    SqlEditor *text = m_text->editor();
    text->setObjectName(QStringLiteral("sqlText"));
    text->setReadOnly(true);
    text->setAccessibleName(tr("SQL"));

    m_notice->setObjectName(QStringLiteral("sqlMarkMessage"));

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_notice);
    layout->addWidget(m_text, 1);
}

SqlPanel::~SqlPanel() = default;

SqlEditor *SqlPanel::editor() const
{
    return m_text->editor();
}

void SqlPanel::setDialect(DatabaseKind dialect)
{
    if (editor()->dialect() != dialect)
        editor()->setDialect(dialect);
}

void SqlPanel::setSql(const QString &sql, const QString &emptyText)
{
    editor()->setPlainText(sql);
    editor()->setPlaceholderText(emptyText);
    clearMark();
}

QString SqlPanel::sql() const
{
    return editor()->toPlainText();
}

int SqlPanel::markedLine() const
{
    return editor()->markedFirstLine();
}

QString SqlPanel::markMessage() const
{
    return m_notice->isVisibleTo(this) ? m_notice->text() : QString(); // also while its tab is not the current one
}

void SqlPanel::markLines(int first, int last, const QString &message)
{
    m_notice->setMessage(message, NoticeBar::Level::Error);
    m_notice->setVisible(!message.isEmpty());
    const int lines = editor()->document()->blockCount();
    if (first <= 0 || first > lines) {
        editor()->setMarkedLines(0, 0);
        return;
    }
    editor()->setMarkedLines(first, std::clamp(last, first, lines));
}

} // namespace tidemark
