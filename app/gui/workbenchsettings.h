#pragma once

#include <QSettings>
#include <QStringList>

#include <chrono>

class QMainWindow;
class QSplitter;

namespace tidemark {

// What the workbench remembers between sessions, in QSettings: recent projects, the window's geometry and
// layout, the split between the timeline and the detail pane, and whether the History shows its chart. Never a password or a connection secret.
class WorkbenchSettings
{
public:
    static constexpr int maxRecentProjects = 8;

    QStringList recentProjects() const;
    // Puts a folder first in the list (absolute path), dropping the oldest beyond the maximum.
    void addRecentProject(const QString &dir);
    void clearRecentProjects();

    void saveWindow(const QMainWindow &window, const QSplitter &splitter);
    // Restores what saveWindow kept; a first start fills the screen instead. False when nothing was saved.
    bool restoreWindow(QMainWindow &window, QSplitter &splitter);
    // Whether the History shows its chart: the DBA's last choice; until there is one, only on a screen tall enough
    // for the chart, the runs and a run's details together (900 px; at 768 the runs need the room).
    bool historyChartVisible(const QMainWindow &window) const;
    void setHistoryChartVisible(bool visible);
    // How long a run waits for a held migration lock before it gives up ("run/lockTimeoutSeconds", 30 s as the CLI).
    std::chrono::milliseconds lockTimeout() const;

private:
    QSettings m_settings;
};

} // namespace tidemark
