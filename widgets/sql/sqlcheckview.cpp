#include "sqlcheckview.h"

#include "sqltheme.h"

#include <QHeaderView>

#include <algorithm>

namespace tidemark {
namespace {

constexpr int ScriptRole = Qt::UserRole;
constexpr int LineRole = Qt::UserRole + 1;

QColor severityColor(RuleSeverity severity, const QPalette &palette)
{
    switch (severity) {
    case RuleSeverity::Error: return sqltheme::error(palette);
    case RuleSeverity::Warning: return sqltheme::noTransaction(palette);
    case RuleSeverity::Note: break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QString severityText(RuleSeverity severity)
{
    switch (severity) {
    case RuleSeverity::Error: return SqlCheckView::tr("Error");
    case RuleSeverity::Warning: return SqlCheckView::tr("Warning");
    case RuleSeverity::Note: break;
    }
    return SqlCheckView::tr("Note");
}

QFont boldened(QFont font)
{
    font.setBold(true);
    return font;
}

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

QString SqlCheckView::reviewSummary(const QList<ReviewFinding> &findings)
{
    int counts[3] = {0, 0, 0};
    int allowed = 0;
    for (const ReviewFinding &f : findings)
        f.allowed ? ++allowed : ++counts[int(f.severity)];
    QStringList parts;
    if (const int n = counts[int(RuleSeverity::Error)])
        parts << tr("%n error(s)", nullptr, n);
    if (const int n = counts[int(RuleSeverity::Warning)])
        parts << tr("%n warning(s)", nullptr, n);
    if (const int n = counts[int(RuleSeverity::Note)])
        parts << tr("%n note(s)", nullptr, n);
    if (allowed)
        parts << tr("%n allowed", nullptr, allowed);
    return parts.isEmpty() ? tr("the rules find nothing to look at") : parts.join(QStringLiteral(" · "));
}

void SqlCheckView::setResults(const QList<Script> &scripts)
{
    m_scripts = scripts;
    clear();
    m_rehearsal = nullptr;
    m_review = nullptr;
    const QPalette pal = palette();
    const QColor danger = sqltheme::error(pal), caution = sqltheme::noTransaction(pal);
    for (int s = 0; s < scripts.size(); ++s) {
        const SqlCheckResult &result = scripts.at(s).result;
        auto *top = new QTreeWidgetItem(this, {scripts.at(s).title + QStringLiteral(":  ") + summary(result)});
        top->setFirstColumnSpanned(true);
        top->setFont(0, boldened(top->font(0)));
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

void SqlCheckView::setReview(const QList<ReviewFinding> &findings, const QString &notReviewed)
{
    delete m_review;
    const QString title = notReviewed.isEmpty() ? tr("Review rules:  %1").arg(reviewSummary(findings))
                                                : tr("Review rules:  not read, %1").arg(notReviewed);
    m_review = new QTreeWidgetItem({title});
    insertTopLevelItem(m_rehearsal ? 1 : 0, m_review);
    m_review->setFirstColumnSpanned(true);
    m_review->setFont(0, boldened(m_review->font(0)));
    if (const std::optional<RuleSeverity> worst = worstUnallowed(findings))
        m_review->setForeground(0, severityColor(*worst, palette()));
    for (const ReviewFinding &f : findings) {
        const ReviewRule &rule = f.ruleInfo();
        QString check = tr("%1 %2: %3").arg(severityText(f.severity), rule.name(), f.message);
        if (f.allowed)
            check = tr("%1, allowed at line %2: %3").arg(check).arg(f.allowLine).arg(f.allowReason);
        const auto found = std::find_if(m_scripts.cbegin(), m_scripts.cend(),
                                        [&f](const Script &s) { return s.file == f.file; });
        const int script = found == m_scripts.cend() ? 0 : int(found - m_scripts.cbegin());
        if (script > 0) // the line is the down file's
            check = tr("%1, in %2").arg(check, f.file);
        auto *item = new QTreeWidgetItem(m_review, {QString::number(f.line), rule.title(), check});
        item->setData(0, ScriptRole, script);
        item->setData(0, LineRole, f.line);
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setForeground(2, f.allowed ? palette().color(QPalette::PlaceholderText) : severityColor(f.severity, palette()));
        QString tip = rule.why();
        if (!f.allowed && rule.allowable)
            tip += u'\n' + tr("If it is intended, say why in the migration: -- tidemark:allow %1 <reason>").arg(rule.name());
        item->setToolTip(1, tip);
        item->setToolTip(2, tip);
    }
    m_review->setExpanded(true);
}

void SqlCheckView::setRehearsal(const QString &text, bool failed, int line)
{
    delete m_rehearsal;
    m_rehearsal = new QTreeWidgetItem({text});
    insertTopLevelItem(0, m_rehearsal);
    m_rehearsal->setFirstColumnSpanned(true);
    m_rehearsal->setToolTip(0, text);
    m_rehearsal->setFont(0, boldened(m_rehearsal->font(0)));
    if (failed)
        m_rehearsal->setForeground(0, sqltheme::error(palette()));
    if (line > 0) {
        m_rehearsal->setData(0, ScriptRole, 0);
        m_rehearsal->setData(0, LineRole, line);
    }
}

} // namespace tidemark
