// The include rules of the source tree, read from the files themselves (TIDEMARK_SOURCE_DIR): the engine knows
// nothing of widgets, the application, the report library or Qt's GUI modules; the report library (report/) uses
// the engine and Qt Gui but no widgets, app header or QtWidgets; the widgets know nothing of the application;
// engine/core and engine/sql need Qt Core alone; and inside the engine a folder includes only from the floors below it, with no
// cycle between modules (a module is x.h with x.cpp). Each failure names the file, the include and the rule.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <optional>

namespace {

// The engine's folders from the bottom floor up; a folder includes only from folders on lower floors.
const QHash<QString, int> engineFloors = {
    {QStringLiteral("core"), 0},        {QStringLiteral("diff"), 0},        {QStringLiteral("sql"), 1},
    {QStringLiteral("database"), 1},    {QStringLiteral("conventions"), 2}, {QStringLiteral("history"), 2},
    {QStringLiteral("connections"), 2}, {QStringLiteral("review"), 2},      {QStringLiteral("run"), 3},
    {QStringLiteral("audit"), 4},
};

// Where a quoted include is looked up after the including file's own folder: the include directories of the targets.
const QStringList includeRoots = {
    QStringLiteral("engine"),    QStringLiteral("report"),           QStringLiteral("widgets"),
    QStringLiteral("widgets/sql"),
    QStringLiteral("app/gui"),   QStringLiteral("app/gui/profiles"), QStringLiteral("app/cli"),
    QStringLiteral("resources"), QStringLiteral("translations"),
};

const QStringList qtGuiModules = {
    QStringLiteral("QtGui"),          QStringLiteral("QtWidgets"), QStringLiteral("QtSvg"),
    QStringLiteral("QtSvgWidgets"),   QStringLiteral("QtOpenGL"),  QStringLiteral("QtOpenGLWidgets"),
    QStringLiteral("QtPrintSupport"),
};

// What the report library may not use of them: it draws PDFs with Qt Gui, and tidemark-cli has no widgets.
const QStringList qtWidgetModules = {
    QStringLiteral("QtWidgets"),       QStringLiteral("QtSvgWidgets"), QStringLiteral("QtOpenGLWidgets"),
    QStringLiteral("QtPrintSupport"),
};

enum class Rule {
    EngineIncludesNoUiHeader,
    EngineUsesNoQtGui,
    ReportIncludesEngineHeadersOnly,
    ReportUsesNoQtWidgets,
    WidgetsIncludeNoAppHeader,
    CoreAndSqlUseQtCoreOnly,
    EveryEngineFolderHasAFloor,
    IncludesPointToLowerFloors,
    NoModuleCycle,
};

struct Include
{
    QString file; // relative to the source root
    int line = 0;
    QString name;
    bool angled = false;

    QString where() const
    {
        return QStringLiteral("%1:%2 includes %3")
            .arg(file)
            .arg(line)
            .arg(angled ? u'<' + name + u'>' : u'"' + name + u'"');
    }
};

class SourceTree
{
public:
    SourceTree(const QString &root, const QString &qtHeaders)
        : m_root(root)
        , m_qtHeaders(qtHeaders)
    {
    }

    // Every include of every .h and .cpp below folder, in file order.
    QList<Include> includesUnder(const QString &folder) const
    {
        static const QRegularExpression directive(QStringLiteral("^\\s*#\\s*include\\s*([<\"])([^>\"]+)[>\"]"));
        QList<Include> includes;
        QStringList files;
        QDirIterator it(m_root.filePath(folder), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << m_root.relativeFilePath(it.next());
        files.sort();
        for (const QString &file : std::as_const(files)) {
            QFile source(m_root.filePath(file));
            if (!source.open(QIODevice::ReadOnly | QIODevice::Text))
                qFatal("cannot read %s", qPrintable(source.fileName()));
            int line = 0;
            while (!source.atEnd()) {
                ++line;
                const QRegularExpressionMatch m = directive.match(QString::fromUtf8(source.readLine()));
                if (m.hasMatch())
                    includes.append({file, line, m.captured(2), m.captured(1) == u"<"});
            }
        }
        return includes;
    }

    // The project file a quoted include names (relative to the root), or an empty string for anything else.
    QString resolve(const Include &include) const
    {
        if (include.angled)
            return {};
        QStringList candidates{QFileInfo(include.file).path() + u'/' + include.name};
        for (const QString &root : includeRoots)
            candidates << root + u'/' + include.name;
        for (const QString &candidate : std::as_const(candidates))
            if (QFileInfo(m_root.filePath(candidate)).isFile())
                return QDir::cleanPath(candidate);
        return {};
    }

    // The Qt modules that have a header of that name: <QColor> is QtGui, <QtSql/QSqlQuery> and <QtSql> are QtSql.
    QStringList qtModulesOf(const QString &name) const
    {
        const QString first = name.section(u'/', 0, 0);
        if (first.startsWith(QLatin1String("Qt")) && QFileInfo(m_qtHeaders.filePath(first)).isDir())
            return {first};
        QStringList modules;
        for (const QString &module : m_qtHeaders.entryList({QStringLiteral("Qt*")}, QDir::Dirs))
            if (QFileInfo(m_qtHeaders.filePath(module + u'/' + name)).isFile())
                modules << module;
        return modules;
    }

    QStringList subfolders(const QString &folder) const
    {
        return QDir(m_root.filePath(folder)).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    }

private:
    QDir m_root;
    QDir m_qtHeaders;
};

// <memory>, <cstring>, <string_view>: a name the C++ standard library gives its headers.
bool isStandardHeader(const QString &name)
{
    static const QRegularExpression standard(QStringLiteral("^[a-z_]+$"));
    return standard.match(name).hasMatch();
}

QString folderOf(const QString &path)
{
    return path.section(u'/', 1, 1); // engine/<folder>/...
}

QString moduleOf(const QString &path)
{
    return folderOf(path) + u'/' + QFileInfo(path).completeBaseName();
}

QStringList uiHeaderViolations(const SourceTree &tree)
{
    QStringList out;
    for (const Include &include : tree.includesUnder(QStringLiteral("engine"))) {
        const QString target = tree.resolve(include);
        if (!target.isEmpty() && !target.startsWith(QLatin1String("engine/")))
            out << QStringLiteral("%1 (%2): the engine includes no header of report/, widgets/ or app/")
                       .arg(include.where(), target);
    }
    return out;
}

QStringList qtGuiViolations(const SourceTree &tree)
{
    QStringList out;
    for (const Include &include : tree.includesUnder(QStringLiteral("engine"))) {
        if (!include.angled)
            continue;
        for (const QString &module : tree.qtModulesOf(include.name))
            if (qtGuiModules.contains(module))
                out << QStringLiteral("%1 (%2): the engine uses no Qt GUI module").arg(include.where(), module);
    }
    return out;
}

QStringList reportHeaderViolations(const SourceTree &tree)
{
    QStringList out;
    for (const Include &include : tree.includesUnder(QStringLiteral("report"))) {
        const QString target = tree.resolve(include);
        if (!target.isEmpty() && !target.startsWith(QLatin1String("engine/")) && !target.startsWith(QLatin1String("report/")))
            out << QStringLiteral("%1 (%2): the report library includes engine headers and its own only")
                       .arg(include.where(), target);
    }
    return out;
}

QStringList reportWidgetViolations(const SourceTree &tree)
{
    QStringList out;
    for (const Include &include : tree.includesUnder(QStringLiteral("report"))) {
        if (!include.angled)
            continue;
        for (const QString &module : tree.qtModulesOf(include.name))
            if (qtWidgetModules.contains(module))
                out << QStringLiteral("%1 (%2): the report library uses Qt Gui, no widgets").arg(include.where(), module);
    }
    return out;
}

QStringList appHeaderViolations(const SourceTree &tree)
{
    QStringList out;
    for (const Include &include : tree.includesUnder(QStringLiteral("widgets"))) {
        const QString target = tree.resolve(include);
        if (target.startsWith(QLatin1String("app/")))
            out << QStringLiteral("%1 (%2): the widgets include no header of app/").arg(include.where(), target);
    }
    return out;
}

QStringList qtCoreOnlyViolations(const SourceTree &tree)
{
    QStringList out;
    for (const QString &folder : {QStringLiteral("engine/core"), QStringLiteral("engine/sql")}) {
        for (const Include &include : tree.includesUnder(folder)) {
            if (!include.angled || isStandardHeader(include.name))
                continue;
            const QStringList modules = tree.qtModulesOf(include.name);
            if (modules.contains(QLatin1String("QtCore")))
                continue;
            out << QStringLiteral("%1 (%2): engine/core and engine/sql use Qt Core and the C++ library only")
                       .arg(include.where(), modules.isEmpty() ? QStringLiteral("not Qt") : modules.join(u", "));
        }
    }
    return out;
}

QStringList floorlessFolders(const SourceTree &tree)
{
    QStringList out;
    for (const QString &folder : tree.subfolders(QStringLiteral("engine")))
        if (!engineFloors.contains(folder))
            out << QStringLiteral("engine/%1: every engine folder has a floor (tests/engine/tst_layering.cpp)")
                       .arg(folder);
    return out;
}

QStringList floorViolations(const SourceTree &tree)
{
    QStringList out;
    for (const Include &include : tree.includesUnder(QStringLiteral("engine"))) {
        const QString target = tree.resolve(include);
        if (!target.startsWith(QLatin1String("engine/")))
            continue;
        const QString from = folderOf(include.file);
        const QString to = folderOf(target);
        if (from == to || !engineFloors.contains(from) || !engineFloors.contains(to))
            continue;
        if (engineFloors.value(to) >= engineFloors.value(from))
            out << QStringLiteral("%1: engine/%2 (floor %3) includes only from lower floors, not engine/%4 (floor %5)")
                       .arg(include.where(), from)
                       .arg(engineFloors.value(from))
                       .arg(to)
                       .arg(engineFloors.value(to));
    }
    return out;
}

QStringList cycleViolations(const SourceTree &tree)
{
    // Module graph: an edge for every include of one engine module by another, remembering the first include.
    QMap<QString, QMap<QString, Include>> edges;
    for (const Include &include : tree.includesUnder(QStringLiteral("engine"))) {
        const QString target = tree.resolve(include);
        if (!target.startsWith(QLatin1String("engine/")))
            continue;
        const QString from = moduleOf(include.file);
        const QString to = moduleOf(target);
        edges[to];
        if (from != to && !edges[from].contains(to))
            edges[from].insert(to, include);
    }

    // Tarjan's strongly connected components; each one with more than one module holds a cycle.
    QHash<QString, int> index;
    QHash<QString, int> low;
    QStringList stack;
    QSet<QString> onStack;
    QList<QStringList> components;
    std::function<void(const QString &)> visit = [&](const QString &v) {
        index[v] = low[v] = int(index.size());
        stack.append(v);
        onStack.insert(v);
        for (auto it = edges[v].cbegin(); it != edges[v].cend(); ++it) {
            const QString &w = it.key();
            if (!index.contains(w)) {
                visit(w);
                low[v] = std::min(low[v], low[w]);
            } else if (onStack.contains(w)) {
                low[v] = std::min(low[v], index[w]);
            }
        }
        if (low[v] == index[v]) {
            QStringList component;
            QString w;
            do {
                w = stack.takeLast();
                onStack.remove(w);
                component.append(w);
            } while (w != v);
            if (component.size() > 1)
                components.append(component);
        }
    };
    for (const QString &v : edges.keys())
        if (!index.contains(v))
            visit(v);

    QStringList out;
    for (const QStringList &component : std::as_const(components)) {
        // One concrete cycle through the component's first module: breadth-first back to it.
        const QString start = *std::min_element(component.cbegin(), component.cend());
        QHash<QString, QString> cameFrom;
        QStringList queue{start};
        std::optional<QString> last;
        while (!queue.isEmpty() && !last) {
            const QString v = queue.takeFirst();
            for (auto it = edges[v].cbegin(); it != edges[v].cend() && !last; ++it) {
                if (!component.contains(it.key()))
                    continue;
                if (it.key() == start)
                    last = v;
                else if (!cameFrom.contains(it.key()) && it.key() != start) {
                    cameFrom.insert(it.key(), v);
                    queue.append(it.key());
                }
            }
        }
        QStringList path{start};
        for (QString v = *last; v != start; v = cameFrom.value(v))
            path.insert(1, v);
        QStringList steps;
        for (qsizetype i = 0; i < path.size(); ++i)
            steps << edges[path.at(i)].value(path.at((i + 1) % path.size())).where();
        out << QStringLiteral("%1 -> %2: engine modules include each other in no cycle (%3)")
                   .arg(path.join(QLatin1String(" -> ")), start, steps.join(QLatin1String("; ")));
    }
    return out;
}

QStringList violations(Rule rule, const QString &root)
{
    const SourceTree tree(root, QLibraryInfo::path(QLibraryInfo::HeadersPath));
    switch (rule) {
    case Rule::EngineIncludesNoUiHeader: return uiHeaderViolations(tree);
    case Rule::EngineUsesNoQtGui: return qtGuiViolations(tree);
    case Rule::ReportIncludesEngineHeadersOnly: return reportHeaderViolations(tree);
    case Rule::ReportUsesNoQtWidgets: return reportWidgetViolations(tree);
    case Rule::WidgetsIncludeNoAppHeader: return appHeaderViolations(tree);
    case Rule::CoreAndSqlUseQtCoreOnly: return qtCoreOnlyViolations(tree);
    case Rule::EveryEngineFolderHasAFloor: return floorlessFolders(tree);
    case Rule::IncludesPointToLowerFloors: return floorViolations(tree);
    case Rule::NoModuleCycle: return cycleViolations(tree);
    }
    return {};
}

void addRuleRows()
{
    QTest::addColumn<int>("rule");
    QTest::newRow("engine includes no widgets/ or app/ header") << int(Rule::EngineIncludesNoUiHeader);
    QTest::newRow("engine uses no Qt GUI module") << int(Rule::EngineUsesNoQtGui);
    QTest::newRow("report includes engine headers only") << int(Rule::ReportIncludesEngineHeadersOnly);
    QTest::newRow("report uses no Qt widgets") << int(Rule::ReportUsesNoQtWidgets);
    QTest::newRow("widgets include no app/ header") << int(Rule::WidgetsIncludeNoAppHeader);
    QTest::newRow("engine/core and engine/sql use Qt Core only") << int(Rule::CoreAndSqlUseQtCoreOnly);
    QTest::newRow("every engine folder has a floor") << int(Rule::EveryEngineFolderHasAFloor);
    QTest::newRow("engine folders include only from lower floors") << int(Rule::IncludesPointToLowerFloors);
    QTest::newRow("engine modules have no include cycle") << int(Rule::NoModuleCycle);
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourceTreeFollowsTheRule_data() { addRuleRows(); }

    void sourceTreeFollowsTheRule()
    {
        QFETCH(int, rule);
        QVERIFY(QFileInfo(QStringLiteral(TIDEMARK_SOURCE_DIR "/engine/core")).isDir());
        const QStringList found = violations(Rule(rule), QStringLiteral(TIDEMARK_SOURCE_DIR));
        QVERIFY2(found.isEmpty(), qPrintable(u'\n' + found.join(u'\n')));
    }

    // Each rule on a small tree that breaks it, so that a rule that can no longer fail shows here.
    void ruleCatchesABreach_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<QStringList>("files"); // "path: content" of the files besides a clean engine/core/a.h
        QTest::addColumn<QString>("expected");  // part of the one failure
        QTest::newRow("engine includes an app header")
            << int(Rule::EngineIncludesNoUiHeader)
            << QStringList{"engine/run/r.cpp: #include \"mainwindow.h\"", "app/gui/mainwindow.h: "}
            << "engine/run/r.cpp:1 includes \"mainwindow.h\" (app/gui/mainwindow.h)";
        QTest::newRow("engine includes a widgets header")
            << int(Rule::EngineIncludesNoUiHeader)
            << QStringList{"engine/core/b.h: #include \"timelineview.h\"", "widgets/timelineview.h: "}
            << "engine/core/b.h:1 includes \"timelineview.h\" (widgets/timelineview.h)";
        QTest::newRow("engine includes <QColor>")
            << int(Rule::EngineUsesNoQtGui) << QStringList{"engine/history/h.cpp: #include <QColor>"}
            << "engine/history/h.cpp:1 includes <QColor> (QtGui)";
        QTest::newRow("engine includes <QtWidgets/QWidget>")
            << int(Rule::EngineUsesNoQtGui)
            << QStringList{"engine/run/r.h: #include <QString>\n#include <QtWidgets/QWidget>"}
            << "engine/run/r.h:2 includes <QtWidgets/QWidget> (QtWidgets)";
        QTest::newRow("engine includes a report header")
            << int(Rule::EngineIncludesNoUiHeader)
            << QStringList{"engine/audit/t.cpp: #include \"auditreport.h\"", "report/auditreport.h: "}
            << "engine/audit/t.cpp:1 includes \"auditreport.h\" (report/auditreport.h)";
        QTest::newRow("report includes a widgets header")
            << int(Rule::ReportIncludesEngineHeadersOnly)
            << QStringList{"report/pdfreport.cpp: #include \"sql/sqlsplitter.h\"\n#include \"sqltheme.h\"",
                           "engine/sql/sqlsplitter.h: ", "widgets/sql/sqltheme.h: "}
            << "report/pdfreport.cpp:2 includes \"sqltheme.h\" (widgets/sql/sqltheme.h)";
        QTest::newRow("report includes <QTextDocument> and <QWidget>")
            << int(Rule::ReportUsesNoQtWidgets)
            << QStringList{"report/pdfreport.cpp: #include <QTextDocument>\n#include <QPdfWriter>\n#include <QWidget>"}
            << "report/pdfreport.cpp:3 includes <QWidget> (QtWidgets)";
        QTest::newRow("widgets include an app header")
            << int(Rule::WidgetsIncludeNoAppHeader)
            << QStringList{"widgets/sql/w.cpp: #include \"profilesdialog.h\"", "app/gui/profiles/profilesdialog.h: "}
            << "widgets/sql/w.cpp:1 includes \"profilesdialog.h\" (app/gui/profiles/profilesdialog.h)";
        QTest::newRow("engine/sql includes QtSql")
            << int(Rule::CoreAndSqlUseQtCoreOnly) << QStringList{"engine/sql/s.cpp: #include <QSqlQuery>"}
            << "engine/sql/s.cpp:1 includes <QSqlQuery> (QtSql)";
        QTest::newRow("engine/core includes the keychain")
            << int(Rule::CoreAndSqlUseQtCoreOnly) << QStringList{"engine/core/k.cpp: #include <qt6keychain/keychain.h>"}
            << "engine/core/k.cpp:1 includes <qt6keychain/keychain.h> (not Qt)";
        QTest::newRow("a folder without a floor")
            << int(Rule::EveryEngineFolderHasAFloor) << QStringList{"engine/plugins/p.h: "} << "engine/plugins:";
        QTest::newRow("include from a higher floor")
            << int(Rule::IncludesPointToLowerFloors)
            << QStringList{"engine/sql/s.h: #include \"run/plan.h\"", "engine/run/plan.h: "}
            << "engine/sql/s.h:1 includes \"run/plan.h\": engine/sql (floor 1) includes only from lower floors, "
               "not engine/run (floor 3)";
        QTest::newRow("include from the same floor")
            << int(Rule::IncludesPointToLowerFloors)
            << QStringList{"engine/core/b.h: #include \"diff/d.h\"", "engine/diff/d.h: "}
            << "engine/core/b.h:1 includes \"diff/d.h\": engine/core (floor 0) includes only from lower floors, "
               "not engine/diff (floor 0)";
        QTest::newRow("cycle through a .cpp")
            << int(Rule::NoModuleCycle)
            << QStringList{"engine/core/b.h: #include \"c.h\"",
                           "engine/core/c.h: ", "engine/core/c.cpp: #include \"c.h\"\n#include \"a.h\"",
                           "engine/core/a.cpp: #include \"a.h\"\n#include \"b.h\""}
            << "core/a -> core/b -> core/c -> core/a";
    }

    void ruleCatchesABreach()
    {
        QFETCH(int, rule);
        QFETCH(QStringList, files);
        QFETCH(QString, expected);
        QTemporaryDir root;
        QVERIFY(root.isValid());
        files.prepend(QStringLiteral("engine/core/a.h: #include <QString>"));
        for (const QString &file : std::as_const(files)) {
            const QString path = root.filePath(file.section(QLatin1String(": "), 0, 0));
            QVERIFY(QDir().mkpath(QFileInfo(path).path()));
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(file.section(QLatin1String(": "), 1).toUtf8() + '\n');
        }
        const QStringList found = violations(Rule(rule), root.path());
        QVERIFY2(found.size() == 1, qPrintable(u'\n' + found.join(u'\n')));
        QVERIFY2(found.constFirst().contains(expected), qPrintable(found.constFirst()));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
