#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;

namespace tidemark {

// The bar above the timeline that says where the DBA is: which project, which database and whether it is
// connected, and whether that database is production. Connected through a profile, it shows the profile's name
// and environment colour and the profile decides production; connected to a URL typed in, a checkbox does.
// Its buttons trigger the window's Open Project and Connect actions.
class ProjectBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectBar)

public:
    enum class ConnectionState { Disconnected, Connecting, Connected };

    ProjectBar(QAction *openProject, QAction *connectDatabase, QWidget *parent = nullptr);
    ~ProjectBar() override;

    void setProject(const QString &name, const QString &dir); // empty name: no project
    void setConnection(const QString &redactedUrl, ConnectionState state);
    // For a URL connection: the checkbox.
    void setProduction(bool production);
    bool isProduction() const;
    // The connection profile in use: its name, translated environment and colour, and whether it is production.
    // The checkbox hides while a profile is in use.
    void setProfile(const QString &name, const QString &environment, const QColor &color, bool production);
    void clearProfile();
    QString profileName() const { return m_profileName; }
    QColor profileColor() const { return m_profileColor; }

Q_SIGNALS:
    void productionChanged(bool production);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_project = nullptr;
    QLabel *m_database = nullptr;
    QCheckBox *m_production = nullptr;
    QLabel *m_productionBadge = nullptr;
    QString m_profileName;
    QString m_environment;
    QColor m_profileColor;
    bool m_profileProduction = false;
    QString m_redactedUrl;
    ConnectionState m_state = ConnectionState::Disconnected;
};

} // namespace tidemark
