#include "projectbar.h"

#include "icons.h"
#include "workbenchpalette.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>

namespace tidemark {
namespace {

constexpr int pathBudget = 200; // pixels for a folder or URL before it is elided in the middle: both fit 1024 px

QString mutedColor()
{
    return workbenchpalette::mutedText().name();
}

// An icon, a small caption above a value, and the button that changes it.
QWidget *block(QWidget *parent, const QIcon &icon, const QString &caption, QLabel *value, QAction *action)
{
    auto widget = new QWidget(parent);
    auto picture = new QLabel(widget);
    picture->setPixmap(icon.pixmap(24, 24));
    auto captionLabel = new QLabel(caption, widget);
    QFont small = captionLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    captionLabel->setFont(small);
    captionLabel->setStyleSheet(QStringLiteral("color: %1;").arg(mutedColor()));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto button = new QToolButton(widget);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto grid = new QGridLayout(widget);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(0);
    grid->addWidget(picture, 0, 0, 2, 1, Qt::AlignVCenter);
    grid->addWidget(captionLabel, 0, 1);
    grid->addWidget(value, 1, 1);
    grid->addWidget(button, 0, 2, 2, 1, Qt::AlignVCenter);
    return widget;
}

QString elided(const QLabel *label, const QString &text)
{
    return label->fontMetrics().elidedText(text, Qt::ElideMiddle, pathBudget);
}

} // namespace

ProjectBar::ProjectBar(QAction *openProject, QAction *connectDatabase, QWidget *parent)
    : QWidget(parent)
    , m_project(new QLabel(this))
    , m_database(new QLabel(this))
    , m_production(new QCheckBox(tr("Production database"), this))
    , m_productionBadge(new QLabel(tr("PRODUCTION"), this))
{
    setObjectName(QStringLiteral("projectBar"));
    m_project->setObjectName(QStringLiteral("projectLabel"));
    m_database->setObjectName(QStringLiteral("databaseLabel"));
    m_production->setObjectName(QStringLiteral("productionCheck"));
    m_production->setToolTip(tr("Changes to a production database need its name typed to confirm."));
    m_productionBadge->setObjectName(QStringLiteral("productionBadge"));
    m_productionBadge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold; "
                                                    "border-radius: 3px; padding: 2px 8px; }")
                                         .arg(workbenchpalette::productionRed().name(),
                                              workbenchpalette::textOnSignal().name()));
    m_productionBadge->hide();

    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(24);
    layout->addWidget(block(this, icon(u"open-folder"), tr("Project"), m_project, openProject));
    layout->addWidget(block(this, icon(u"database"), tr("Database"), m_database, connectDatabase));
    layout->addStretch(1);
    layout->addWidget(m_productionBadge);
    layout->addWidget(m_production);

    connect(m_production, &QCheckBox::toggled, this, [this](bool production) {
        if (!m_profileName.isEmpty())
            return;
        m_productionBadge->setVisible(production);
        update();
        Q_EMIT productionChanged(production);
    });
    setProject({}, {});
    setConnection({}, ConnectionState::Disconnected);
}

ProjectBar::~ProjectBar() = default;

void ProjectBar::setProject(const QString &name, const QString &dir)
{
    if (name.isEmpty()) {
        m_project->setText(tr("No project open"));
        m_project->setToolTip({});
        return;
    }
    const QString path = QDir::toNativeSeparators(dir);
    m_project->setText(QStringLiteral("<b>%1</b>&nbsp;&nbsp;<span style=\"color:%2\">%3</span>")
                           .arg(name.toHtmlEscaped(), mutedColor(), elided(m_project, path).toHtmlEscaped()));
    m_project->setToolTip(path);
}

void ProjectBar::setConnection(const QString &redactedUrl, ConnectionState state)
{
    m_redactedUrl = redactedUrl;
    m_state = state;
    m_database->setToolTip(m_profileName.isEmpty()
                               ? redactedUrl
                               : tr("Profile %1 (%2): %3").arg(m_profileName, m_environment, redactedUrl));
    if (redactedUrl.isEmpty()) {
        m_database->setText(tr("Not connected"));
        return;
    }
    QColor color;
    QString text;
    switch (state) {
    case ConnectionState::Disconnected: color = workbenchpalette::inactiveText(); text = tr("not connected"); break;
    case ConnectionState::Connecting: color = workbenchpalette::connectingAmber(); text = tr("connecting…"); break;
    case ConnectionState::Connected: color = workbenchpalette::successGreen(); text = tr("connected"); break;
    }
    QString profile;
    if (!m_profileName.isEmpty())
        profile = QStringLiteral("<span style=\"color:%1\">■</span>&nbsp;<b>%2</b>&nbsp;&nbsp;")
                      .arg(m_profileColor.name(), m_profileName.toHtmlEscaped());
    m_database->setText(QStringLiteral("%1%2&nbsp;&nbsp;<span style=\"color:%3\">●</span>&nbsp;%4")
                            .arg(profile, elided(m_database, redactedUrl).toHtmlEscaped(), color.name(),
                                 text.toHtmlEscaped()));
}

void ProjectBar::setProduction(bool production)
{
    m_production->setChecked(production);
}

bool ProjectBar::isProduction() const
{
    return m_profileName.isEmpty() ? m_production->isChecked() : m_profileProduction;
}

void ProjectBar::setProfile(const QString &name, const QString &environment, const QColor &color, bool production)
{
    const bool wasProduction = isProduction();
    m_profileName = name;
    m_environment = environment;
    m_profileColor = color;
    m_profileProduction = production;
    m_production->setVisible(name.isEmpty());
    m_productionBadge->setVisible(isProduction());
    setConnection(m_redactedUrl, m_state);
    update();
    if (wasProduction != isProduction())
        Q_EMIT productionChanged(isProduction());
}

void ProjectBar::clearProfile()
{
    setProfile({}, {}, {}, false);
}

void ProjectBar::paintEvent(QPaintEvent *event)
{
    // A quiet band, red-tinted with a red edge when the database is production.
    QPainter painter(this);
    // A profile's own colour marks the edge, so that staging and production never look alike.
    const bool production = isProduction();
    painter.fillRect(rect(),
                     production ? workbenchpalette::productionBand() : palette().color(QPalette::Window).lighter(103));
    if (!m_profileName.isEmpty() && m_profileColor.isValid())
        painter.fillRect(QRect(0, 0, 4, height()), m_profileColor);
    else if (production)
        painter.fillRect(QRect(0, 0, 4, height()), workbenchpalette::productionRed());
    painter.fillRect(QRect(0, height() - 1, width(), 1), workbenchpalette::rule());
    QWidget::paintEvent(event);
}

} // namespace tidemark
