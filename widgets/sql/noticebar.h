#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace tidemark {

// A coloured strip above an editor with a message and optional buttons (like KMessageWidget).
class NoticeBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeBar)

public:
    enum class Level { Information, Warning, Error };

    explicit NoticeBar(QWidget *parent = nullptr);
    ~NoticeBar() override;

    void setMessage(const QString &text, Level level);
    QString text() const;
    Level level() const { return m_level; }

    // A button on the right; the bar keeps it until clearButtons().
    QPushButton *addButton(const QString &text);
    void clearButtons();

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    Level m_level = Level::Information;
};

} // namespace tidemark
