#include "repairconfirmdialog.h"

#include "productionguard.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace tidemark {
namespace {

// The statements, by number, that an outcome covers: "3, 4".
QString numbers(const FailedMigration &failed, std::initializer_list<StatementOutcome> outcomes)
{
    QStringList list;
    for (const StatementStanding &s : failed.statements)
        if (std::find(outcomes.begin(), outcomes.end(), s.outcome) != outcomes.end())
            list << QString::number(s.number);
    return list.join(QStringLiteral(", "));
}

QString consequence(const FailedMigration &failed, RepairAction action)
{
    if (action == RepairAction::MarkApplied) {
        const QString open = numbers(failed, {StatementOutcome::Failed, StatementOutcome::Unknown,
                                              StatementOutcome::NotRun, StatementOutcome::RolledBack});
        return open.isEmpty()
                   ? RepairConfirmDialog::tr("It is recorded as applied. Nothing runs.")
                   : RepairConfirmDialog::tr("It is recorded as applied, and statements %1 will never run: do this "
                                             "only when you made their changes by hand. Nothing runs now.")
                         .arg(open);
    }
    const QString kept = numbers(failed, {StatementOutcome::Done, StatementOutcome::Unknown});
    return kept.isEmpty()
               ? RepairConfirmDialog::tr("It is recorded as not applied, and runs again from its first statement on "
                                         "the next Apply. Nothing runs now.")
               : RepairConfirmDialog::tr("It is recorded as not applied, and runs again from its first statement on "
                                         "the next Apply: do this only when you undid statements %1 by hand. Nothing "
                                         "runs now.")
                     .arg(kept);
}

} // namespace

RepairConfirmDialog::RepairConfirmDialog(const MigrationStatus &migration, const FailedMigration &failed,
                                         RepairAction action, bool production, const QString &databaseName,
                                         QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("repairConfirmDialog"));
    const bool applied = action == RepairAction::MarkApplied;
    const QString name = QStringLiteral("%1 %2").arg(migration.version.toString(), migration.description);
    setWindowTitle(applied ? tr("Mark %1 Applied").arg(name) : tr("Mark %1 Rolled Back").arg(name));
    setWindowModality(Qt::WindowModal);

    auto title = new QLabel(applied ? tr("Record %1 as applied by hand?").arg(name)
                                    : tr("Record %1 as rolled back by hand?").arg(name),
                            this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto standing = new QLabel(failed.summary(), this);
    standing->setWordWrap(true);
    auto meaning = new QLabel(consequence(failed, action), this);
    meaning->setObjectName(QStringLiteral("repairConsequence"));
    meaning->setWordWrap(true);
    auto record = new QLabel(tr("The history records it as a repair, with your name and the time."), this);
    record->setWordWrap(true);
    record->setForegroundRole(QPalette::PlaceholderText);

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(applied ? tr("Mark Applied") : tr("Mark Rolled Back"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setAutoDefault(false);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RepairConfirmDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    if (production)
        layout->addWidget(createProductionBanner(databaseName, this));
    layout->addWidget(title);
    layout->addWidget(standing);
    layout->addWidget(meaning);
    layout->addWidget(record);
    if (production) {
        m_guard = new ProductionGuard(databaseName, this);
        layout->addWidget(m_guard);
        connect(m_guard, &ProductionGuard::matchChanged, m_confirm, &QPushButton::setEnabled);
        connect(m_guard, &ProductionGuard::confirmed, this, &RepairConfirmDialog::accept);
        m_confirm->setEnabled(false);
    }
    layout->addStretch(1);
    layout->addWidget(buttons);
    if (m_guard)
        m_guard->nameEdit()->setFocus();
    else
        cancel->setFocus();
    resize(std::min(620, (parent ? parent->screen() : screen())->availableGeometry().width() - 40),
           heightForWidth(620));
}

RepairConfirmDialog::~RepairConfirmDialog() = default;

void RepairConfirmDialog::accept()
{
    if (m_guard && !m_guard->matches())
        return;
    QDialog::accept();
}

} // namespace tidemark
