#include "workbench.h"

#include "confirmplandialog.h"
#include "database/connectionurl.h"
#include "mainwindow.h"
#include "timelinemodel.h"
#include "timelinepanel.h"
#include "widgetsroles.h"

#include <QAction>
#include <QDir>
#include <QTest>

// QVERIFY for a function that returns bool: records the failure and returns false.
#define WORKBENCH_VERIFY(statement)                                                                                    \
    do {                                                                                                               \
        if (!QTest::qVerify(static_cast<bool>(statement), #statement, "", __FILE__, __LINE__))                         \
            return false;                                                                                              \
    } while (false)

namespace tidemark::test {
namespace {

constexpr int demoMigrations = 11;

} // namespace

Workbench::Workbench(const WorkbenchOptions &options)
    : m_options(options)
{
}

Workbench::~Workbench()
{
    close();
}

bool Workbench::open()
{
    WORKBENCH_VERIFY(m_dir.isValid());
    const QDir demo(QStringLiteral(TIDEMARK_DEMO_DIR));
    const QDir target(m_dir.path());
    for (const QString &project : std::as_const(m_options.projects)) {
        WORKBENCH_VERIFY(target.mkdir(project));
        for (const QString &name : demo.entryList({QStringLiteral("*.sql")}, QDir::Files))
            WORKBENCH_VERIFY(QFile::copy(demo.filePath(name), target.filePath(project + u'/' + name)));
    }
    QString error;
    const std::optional<ConnectionUrl> url =
        ConnectionUrl::parse(QStringLiteral("sqlite:") + filePath(m_options.database), &error);
    if (!QTest::qVerify(url.has_value(), "url", qPrintable(error), __FILE__, __LINE__))
        return false;

    m_window = std::make_unique<MainWindow>();
    if (m_options.profileStore)
        m_window->setProfileStore(ProfileStore(filePath(QStringLiteral("profiles.ini"))));
    m_window->setWindowState(Qt::WindowNoState);
    m_window->setGeometry(QRect(QPoint(0, 0), m_options.size));
    m_window->show();
    WORKBENCH_VERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    WORKBENCH_VERIFY(m_window->openProject(projectDir()));
    m_window->connectTo(*url);
    WORKBENCH_VERIFY(QTest::qWaitFor([this] { return timeline()->model()->rowCount() == demoMigrations; }));
    WORKBENCH_VERIFY(QTest::qWaitFor([this] { return action("applyPendingAction")->isEnabled(); }));
    return true;
}

void Workbench::close()
{
    m_window.reset();
}

TimelinePanel *Workbench::timeline() const
{
    return m_window->findChild<TimelinePanel *>();
}

QAction *Workbench::action(const char *name) const
{
    QAction *found = m_window->findChild<QAction *>(QLatin1String(name));
    if (!found)
        qFatal("no action %s", name);
    return found;
}

int Workbench::countInState(MigrationState state) const
{
    const QAbstractItemModel *model = timeline()->model();
    int count = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        count += model->index(row, 0).data(StateRole).toInt() == int(state) ? 1 : 0;
    return count;
}

ConfirmPlanDialog *Workbench::waitForConfirmation(int timeoutMs) const
{
    ConfirmPlanDialog *found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            for (ConfirmPlanDialog *dialog : m_window->findChildren<ConfirmPlanDialog *>())
                if (dialog->isVisible())
                    found = dialog;
            return found != nullptr;
        },
        timeoutMs);
    return shown ? found : nullptr;
}

bool Workbench::applyAll()
{
    action("applyPendingAction")->trigger();
    ConfirmPlanDialog *dialog = waitForConfirmation();
    WORKBENCH_VERIFY(dialog);
    dialog->accept();
    WORKBENCH_VERIFY(
        QTest::qWaitFor([this] { return countInState(MigrationState::Applied) == demoMigrations; }, 30'000));
    WORKBENCH_VERIFY(QTest::qWaitFor([this] { return action("refreshAction")->isEnabled(); }));
    return true;
}

} // namespace tidemark::test
