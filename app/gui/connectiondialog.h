#pragma once

#include "connectionurl.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace tidemark {

// Asks where the target database is: a URL (sqlite:PATH needs only a file), and for a server database the
// password, which is used for this connection only and never stored.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    explicit ConnectionDialog(const QString &currentUrl, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // Valid once the dialog was accepted.
    const ConnectionUrl &url() const { return m_url; }
    QString password() const;

    void accept() override;

private:
    void browseSqliteFile();
    void updatePasswordField();

    QLineEdit *m_urlEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLabel *m_error = nullptr;
    ConnectionUrl m_url;
};

} // namespace tidemark
