#pragma once

#include "database/connectionurl.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace tidemark {

// Asks where the target database is: a URL (sqlite:PATH needs only a file), for a server database the
// password, which is used for this connection only and never stored, and whether the database is production
// (then every change needs its name typed to confirm).
class OpenUrlDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenUrlDialog)

public:
    OpenUrlDialog(const QString &currentUrl, bool production, QWidget *parent = nullptr);
    ~OpenUrlDialog() override;

    // Valid once the dialog was accepted.
    const ConnectionUrl &url() const { return m_url; }
    QString password() const;
    bool isProduction() const;

    void accept() override;

private:
    void browseSqliteFile();
    void updatePasswordField();

    QLineEdit *m_urlEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QCheckBox *m_production = nullptr;
    QLabel *m_error = nullptr;
    ConnectionUrl m_url;
};

} // namespace tidemark
