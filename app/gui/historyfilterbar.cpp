#include "historyfilterbar.h"

#include "historyfiltermodel.h"
#include "icons.h"
#include "runoutcomestyle.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace tidemark {

HistoryFilterBar::HistoryFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_until(new QDateEdit(this))
    , m_user(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_migration(new QLineEdit(this))
{
    setObjectName(QStringLiteral("historyFilterBar"));
    m_period->setObjectName(QStringLiteral("historyPeriod"));
    m_period->setAccessibleName(tr("Period"));
    m_period->setToolTip(tr("Show the runs that started in this period"));
    m_period->addItem(tr("Last 7 days"), int(Period::Last7Days));
    m_period->addItem(tr("Last 30 days"), int(Period::Last30Days));
    m_period->addItem(tr("Last 90 days"), int(Period::Last90Days));
    m_period->addItem(tr("All time"), int(Period::All));
    m_period->addItem(tr("Custom dates"), int(Period::Custom));
    m_period->setCurrentIndex(1);

    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_until}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMaximumDate(today);
        edit->setVisible(false);
    }
    m_from->setObjectName(QStringLiteral("historyFrom"));
    m_from->setAccessibleName(tr("From"));
    m_from->setToolTip(tr("The first day shown"));
    m_from->setDate(today.addDays(-30));
    m_until->setObjectName(QStringLiteral("historyUntil"));
    m_until->setAccessibleName(tr("Until"));
    m_until->setToolTip(tr("The last day shown"));
    m_until->setDate(today);

    m_user->setObjectName(QStringLiteral("historyUser"));
    m_user->setAccessibleName(tr("User"));
    m_user->setToolTip(tr("Show only the runs of this user"));
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_user->setMinimumContentsLength(12);
    m_user->addItem(tr("All users"));

    m_outcome->setObjectName(QStringLiteral("historyOutcome"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->setToolTip(tr("Show only the runs with this outcome"));
    m_outcome->addItem(tr("Any outcome"));
    for (const QString &outcome : runOutcomeOrder())
        m_outcome->addItem(runOutcomeTitle(outcome), outcome);

    m_migration->setObjectName(QStringLiteral("historyMigration"));
    m_migration->setAccessibleName(tr("Migration"));
    m_migration->setPlaceholderText(tr("Migration version or description"));
    m_migration->setToolTip(tr("Show the runs that planned or touched this migration"));
    m_migration->setClearButtonEnabled(true);
    m_migration->addAction(icon(u"search"), QLineEdit::LeadingPosition);

    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 4);
    layout->setSpacing(6);
    layout->addWidget(m_period);
    layout->addWidget(m_from);
    layout->addWidget(m_until);
    layout->addSpacing(6);
    layout->addWidget(m_user);
    layout->addWidget(m_outcome);
    layout->addWidget(m_migration, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = periodChoice() == Period::Custom;
        m_from->setVisible(custom);
        m_until->setVisible(custom);
        Q_EMIT changed();
    });
    for (QDateEdit *edit : {m_from, m_until})
        connect(edit, &QDateEdit::dateChanged, this, &HistoryFilterBar::changed);
    connect(m_user, &QComboBox::currentIndexChanged, this, &HistoryFilterBar::changed);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &HistoryFilterBar::changed);
    connect(m_migration, &QLineEdit::textChanged, this, &HistoryFilterBar::changed);
}

HistoryFilterBar::~HistoryFilterBar() = default;

void HistoryFilterBar::setUsers(const QStringList &actors)
{
    const QString chosen = user();
    const QSignalBlocker blocker(m_user);
    while (m_user->count() > 1)
        m_user->removeItem(1);
    for (const QString &actor : actors)
        m_user->addItem(actor, actor);
    const int index = chosen.isEmpty() ? 0 : m_user->findData(chosen);
    m_user->setCurrentIndex(std::max(index, 0));
    if (index < 0)
        Q_EMIT changed();
}

void HistoryFilterBar::setPeriodChoice(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void HistoryFilterBar::setCustomDates(const QDate &from, const QDate &until)
{
    m_from->setDate(from);
    m_until->setDate(until);
}

void HistoryFilterBar::setUser(const QString &actor)
{
    m_user->setCurrentIndex(actor.isEmpty() ? 0 : std::max(m_user->findData(actor), 0));
}

void HistoryFilterBar::setOutcome(const std::optional<QString> &outcome)
{
    m_outcome->setCurrentIndex(outcome ? std::max(m_outcome->findData(*outcome), 0) : 0);
}

void HistoryFilterBar::setMigration(const QString &text)
{
    m_migration->setText(text);
}

HistoryFilterBar::Period HistoryFilterBar::periodChoice() const
{
    return Period(m_period->currentData().toInt());
}

AuditPeriod HistoryFilterBar::period() const
{
    switch (periodChoice()) {
    case Period::Last7Days: return AuditPeriod::lastDays(7);
    case Period::Last30Days: return AuditPeriod::lastDays(30);
    case Period::Last90Days: return AuditPeriod::lastDays(90);
    case Period::All: return {};
    case Period::Custom: return localDays(m_from->date(), m_until->date());
    }
    return {};
}

QString HistoryFilterBar::user() const
{
    return m_user->currentData().toString();
}

std::optional<QString> HistoryFilterBar::outcome() const
{
    const QVariant data = m_outcome->currentData();
    return data.isValid() ? std::optional<QString>(data.toString()) : std::nullopt;
}

QString HistoryFilterBar::migration() const
{
    return m_migration->text();
}

} // namespace tidemark
