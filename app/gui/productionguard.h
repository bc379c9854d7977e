#pragma once

#include <QWidget>

class QLineEdit;

namespace tidemark {

// The red banner that opens a change to a production database.
QWidget *createProductionBanner(const QString &databaseName, QWidget *parent);

// The field where the DBA types a production database's name to confirm a change. The change may go ahead only
// while the typed name matches exactly (case and spaces included). Enter in the field confirms when it matches
// and never falls through to the dialog's default button.
class ProductionGuard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductionGuard)

public:
    ProductionGuard(const QString &databaseName, QWidget *parent = nullptr);
    ~ProductionGuard() override;

    bool matches() const;
    QLineEdit *nameEdit() const { return m_name; }

Q_SIGNALS:
    void matchChanged(bool matches);
    void confirmed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString m_databaseName;
    QLineEdit *m_name = nullptr;
};

} // namespace tidemark
