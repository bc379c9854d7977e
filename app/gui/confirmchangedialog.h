#pragma once

#include <QDialog>
#include <QList>

class QPushButton;

namespace tidemark {

class ProductionGuard;

// Asks before a change that runs no migration but changes what the database records (a repair, breaking a stale
// lock): the question, what it means, that the history records it, and, on production, the database's name typed
// exactly. Cancel is the default button.
class ConfirmChangeDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmChangeDialog)

public:
    struct Paragraph
    {
        QString text;
        QString objectName; // for tests and scripts; may be empty
    };
    struct Text
    {
        QString windowTitle;
        QString question; // in bold
        QList<Paragraph> paragraphs;
        QString record;  // how the history records it, in grey
        QString confirm; // the confirm button's text
    };

    ConfirmChangeDialog(const Text &text, bool production, const QString &databaseName, QWidget *parent = nullptr);
    ~ConfirmChangeDialog() override;

    QPushButton *confirmButton() const { return m_confirm; }
    ProductionGuard *guard() const { return m_guard; }

    void accept() override; // refuses while a production database's name is not typed

private:
    QPushButton *m_confirm = nullptr;
    ProductionGuard *m_guard = nullptr;
};

} // namespace tidemark
