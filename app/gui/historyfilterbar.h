#pragma once

#include "audit/auditrun.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace tidemark {

// The History view's filters in one row: the period (the last 7, 30 or 90 days, all, or custom dates), the user,
// the outcome and a migration (its version or words of its description). Says when any of them changed.
class HistoryFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryFilterBar)

public:
    enum class Period { Last7Days, Last30Days, Last90Days, All, Custom };

    explicit HistoryFilterBar(QWidget *parent = nullptr);
    ~HistoryFilterBar() override;

    // The runs' actors to choose from; the chosen one stays chosen when it is still among them.
    void setUsers(const QStringList &actors);

    void setPeriodChoice(Period period);
    // Custom dates, both included, in local time.
    void setCustomDates(const QDate &from, const QDate &until);
    void setUser(const QString &actor);
    void setOutcome(const std::optional<QString> &outcome);
    void setMigration(const QString &text);

    Period periodChoice() const;
    AuditPeriod period() const;             // as of now
    QString user() const;                   // empty: everyone
    std::optional<QString> outcome() const; // nullopt: any; empty: no end recorded
    QString migration() const;

Q_SIGNALS:
    void changed();

private:
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_until = nullptr;
    QComboBox *m_user = nullptr;
    QComboBox *m_outcome = nullptr;
    QLineEdit *m_migration = nullptr;
};

} // namespace tidemark
