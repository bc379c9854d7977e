#include "workbenchsettings.h"

#include <QDir>
#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSplitter>

namespace tidemark {
namespace {

const QString recentKey = QStringLiteral("workbench/recentProjects");
const QString geometryKey = QStringLiteral("workbench/geometry");
const QString stateKey = QStringLiteral("workbench/windowState");
const QString splitterKey = QStringLiteral("workbench/splitter");
const QString historyChartKey = QStringLiteral("workbench/historyChart");
const QString lockTimeoutKey = QStringLiteral("run/lockTimeoutSeconds");
constexpr int chartScreenHeight = 860; // available height: a 900 px screen less a panel
constexpr int stateVersion = 2; // bump when the docks or toolbars change

} // namespace

QStringList WorkbenchSettings::recentProjects() const
{
    return m_settings.value(recentKey).toStringList();
}

void WorkbenchSettings::addRecentProject(const QString &dir)
{
    const QString path = QDir(dir).absolutePath();
    QStringList recent = recentProjects();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecentProjects)
        recent.removeLast();
    m_settings.setValue(recentKey, recent);
}

void WorkbenchSettings::clearRecentProjects()
{
    m_settings.remove(recentKey);
}

void WorkbenchSettings::saveWindow(const QMainWindow &window, const QSplitter &splitter)
{
    m_settings.setValue(geometryKey, window.saveGeometry());
    m_settings.setValue(stateKey, window.saveState(stateVersion));
    m_settings.setValue(splitterKey, splitter.saveState());
}

bool WorkbenchSettings::restoreWindow(QMainWindow &window, QSplitter &splitter)
{
    splitter.restoreState(m_settings.value(splitterKey).toByteArray());
    window.restoreState(m_settings.value(stateKey).toByteArray(), stateVersion);
    if (window.restoreGeometry(m_settings.value(geometryKey).toByteArray()))
        return true;
    // First start: the whole screen. The explicit geometry counts where no window manager maximizes.
    if (const QScreen *screen = window.screen() ? window.screen() : QGuiApplication::primaryScreen()) {
        window.setGeometry(screen->availableGeometry());
        window.setWindowState(window.windowState() | Qt::WindowMaximized);
    }
    return false;
}

} // namespace tidemark

namespace tidemark {

bool WorkbenchSettings::historyChartVisible(const QMainWindow &window) const
{
    const QScreen *screen = window.screen() ? window.screen() : QGuiApplication::primaryScreen();
    const bool tallEnough = !screen || screen->availableGeometry().height() >= chartScreenHeight;
    return m_settings.value(historyChartKey, tallEnough).toBool();
}

void WorkbenchSettings::setHistoryChartVisible(bool visible)
{
    m_settings.setValue(historyChartKey, visible);
}

std::chrono::milliseconds WorkbenchSettings::lockTimeout() const
{
    bool ok = false;
    const int seconds = m_settings.value(lockTimeoutKey, 30).toInt(&ok);
    return std::chrono::seconds(ok && seconds >= 0 ? seconds : 30);
}

} // namespace tidemark
