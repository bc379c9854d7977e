#include "sqlcheckview.h"

#include "sqltheme.h"

#include <QHeaderView>

namespace tidemark {
namespace {

constexpr int ScriptRole = Qt::UserRole;
constexpr int LineRole = Qt::UserRole + 1;

} // namespace

SqlCheckView::SqlCheckView(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(3);
    setHeaderLabels({tr("Line"), tr("Statement"), tr("Check")});
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(true);
    header()->resizeSection(0, fontMetrics().horizontalAdvance(QStringLiteral("99999")) + 40);
    header()->resizeSection(1, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 60);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QVariant line = item->data(0, LineRole);
        if (line.isValid())
            Q_EMIT statementActivated(item->data(0, ScriptRole).toInt(), line.toInt());
    });
}

SqlCheckView::~SqlCheckView() = default;

QString SqlCheckView::summary(const SqlCheckResult &result)
{
    QStringList parts{tr("%n statement(s)", nullptr, int(result.statements.size()))};
    if (const int hazards = result.hazardCount())
        parts << tr("%n destructive", nullptr, hazards);
    if (const int outside = result.noTransactionCount())
        parts << tr("%n outside a transaction", nullptr, outside);
    if (!result.ok())
        parts << tr("splitting failed at line %1").arg(result.errorLine);
    if (parts.size() == 1 && result.ok())
        parts << tr("nothing to look at twice");
    return parts.join(QStringLiteral(" · "));
}

void SqlCheckView::setResults(const QList<Script> &scripts)
{
    m_scripts = scripts;
    clear();
    m_rehearsal = nullptr;
    const QPalette pal = palette();
    const QColor danger = sqltheme::error(pal), caution = sqltheme::noTransaction(pal);
    for (int s = 0; s < scripts.size(); ++s) {
        const SqlCheckResult &result = scripts.at(s).result;
        auto *top = new QTreeWidgetItem(this, {scripts.at(s).title + QStringLiteral(":  ") + summary(result)});
        top->setFirstColumnSpanned(true);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        if (result.hazardCount() > 0 || !result.ok())
            top->setForeground(0, danger);
        for (const CheckedStatement &statement : result.statements) {
            QStringList notes;
            for (const SqlHazard &hazard : statement.hazards)
                notes << describeSqlHazard(hazard);
            if (statement.noTransaction)
                notes << tr("cannot run inside a transaction");
            if (statement.transactionControl)
                notes << tr("controls the transaction");
            auto *item = new QTreeWidgetItem(top, {QString::number(statement.line), statement.summary, notes.join(QStringLiteral("; "))});
            item->setData(0, ScriptRole, s);
            item->setData(0, LineRole, statement.line);
            item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
            if (!statement.hazards.isEmpty())
                item->setForeground(2, danger);
            else if (statement.noTransaction || statement.transactionControl)
                item->setForeground(2, caution);
        }
        if (!result.ok()) {
            auto *item = new QTreeWidgetItem(top, {QString::number(result.errorLine), tr("The splitter stopped here"), result.error});
            item->setData(0, ScriptRole, s);
            item->setData(0, LineRole, result.errorLine);
            item->setForeground(2, danger);
        }
        top->setExpanded(true);
    }
}

void SqlCheckView::setRehearsal(const QString &text, bool failed, int line)
{
    delete m_rehearsal;
    m_rehearsal = new QTreeWidgetItem({text});
    insertTopLevelItem(0, m_rehearsal);
    m_rehearsal->setFirstColumnSpanned(true);
    m_rehearsal->setToolTip(0, text);
    QFont bold = m_rehearsal->font(0);
    bold.setBold(true);
    m_rehearsal->setFont(0, bold);
    if (failed)
        m_rehearsal->setForeground(0, sqltheme::error(palette()));
    if (line > 0) {
        m_rehearsal->setData(0, ScriptRole, 0);
        m_rehearsal->setData(0, LineRole, line);
    }
}

} // namespace tidemark
