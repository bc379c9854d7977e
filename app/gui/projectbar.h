#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;

namespace tidemark {

// The bar above the timeline that says where the DBA is: which project, which database and whether it is
// connected, and whether that database is production (for now a checkbox; connection profiles will carry it).
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
    void setProduction(bool production);
    bool isProduction() const;

Q_SIGNALS:
    void productionChanged(bool production);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_project = nullptr;
    QLabel *m_database = nullptr;
    QCheckBox *m_production = nullptr;
    QLabel *m_productionBadge = nullptr;
};

} // namespace tidemark
