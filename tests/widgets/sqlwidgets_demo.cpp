// Renders the SQL widgets with demo content to PNG files, for looking at them without a desktop:
//   QT_QPA_PLATFORM=offscreen sqlwidgets_demo [OUTPUT_DIR] [--dark]   (default /tmp; --dark: a dark palette)
// writes sql-diff.png (an edited 002_create_products.up.sql against the text that was applied) and
// sql-editor.png (a new migration in the editor, up and down side by side, after Check).

#include "diffview.h"
#include "migrationauthoringwidget.h"
#include "sqleditor.h"
#include "sqleditorpanel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPalette>
#include <QTemporaryDir>

#include <cstdio>

using namespace tidemark;

namespace {

QString readDemo(const QString &name)
{
    QFile file(QStringLiteral(TIDEMARK_DEMO_DIR "/") + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool shoot(QWidget &widget, const QString &path)
{
    widget.show();
    QApplication::processEvents(); // a demo, not production code: let the layouts settle before grabbing
    const bool ok = widget.grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "could not write", qPrintable(path));
    return ok;
}

bool diffShot(const QString &out)
{
    const QString applied = readDemo(QStringLiteral("002_create_products.up.sql"));
    QString edited = applied;
    edited.replace(QStringLiteral("-- Book catalogue; prices are stored in cents (integers only; never floats)."),
                   QStringLiteral("-- Book catalogue; prices are stored in cents (integers only)."));
    edited.replace(QStringLiteral("    author      TEXT,\n"), QStringLiteral("    author      TEXT,\n    isbn        TEXT    UNIQUE,\n"));
    edited.replace(QStringLiteral("price_cents INTEGER NOT NULL CHECK (price_cents >= 0)"),
                   QStringLiteral("price_cents BIGINT  NOT NULL CHECK (price_cents > 0)"));
    edited.replace(QStringLiteral("    sku         TEXT    NOT NULL UNIQUE,\n"), QString());
    edited += QStringLiteral("\nCREATE INDEX idx_products_title ON products (title);\n");

    DiffView view;
    view.setWindowTitle(QStringLiteral("Diff"));
    view.setTexts(QStringLiteral("Applied 2024-03-02 09:14 UTC by dba@build-01"), applied,
                  QStringLiteral("migrations/002_create_products.up.sql (file)"), edited);
    view.resize(1280, 420);
    view.nextChange();
    return shoot(view, QDir(out).filePath(QStringLiteral("sql-diff.png")));
}

bool editorShot(const QString &out)
{
    QTemporaryDir dir;
    for (const QString &name : QDir(QStringLiteral(TIDEMARK_DEMO_DIR)).entryList({QStringLiteral("*.sql")}))
        QFile::copy(QStringLiteral(TIDEMARK_DEMO_DIR "/") + name, QDir(dir.path()).filePath(name));

    MigrationAuthoringWidget widget;
    widget.setProject(dir.path(), QStringLiteral("golang-migrate"), DatabaseKind::Postgres);
    QString error;
    if (!widget.createMigration(QStringLiteral("Add product ISBN"), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    widget.upEditor()->selectAll();
    widget.upEditor()->insertPlainText(QStringLiteral(
        "-- Add product ISBN\n"
        "ALTER TABLE products ADD COLUMN isbn TEXT;\n"
        "\n"
        "/* Backfill from the SKU for the old catalogue;\n"
        "   new rows get theirs from the import. */\n"
        "UPDATE products SET isbn = 'urn:isbn:' || sku;\n"
        "\n"
        "CREATE UNIQUE INDEX CONCURRENTLY idx_products_isbn\n"
        "    ON products (isbn);\n"
        "\n"
        "CREATE FUNCTION isbn_ok(code TEXT) RETURNS boolean\n"
        "LANGUAGE sql IMMUTABLE AS $$\n"
        "    SELECT code ~ '^[0-9]{13}$' -- 13 digits\n"
        "$$;\n"));
    widget.downEditor()->selectAll();
    widget.downEditor()->insertPlainText(QStringLiteral(
        "-- undo: Add product ISBN\n"
        "DROP FUNCTION isbn_ok(TEXT);\n"
        "DROP INDEX CONCURRENTLY idx_products_isbn;\n"
        "ALTER TABLE products DROP COLUMN isbn;\n"));
    for (SqlEditorPanel *panel : widget.panels())
        panel->editor()->rescanNow();
    widget.upEditor()->goToLine(8);
    widget.check();
    widget.resize(1280, 760);
    return shoot(widget, QDir(out).filePath(QStringLiteral("sql-editor.png")));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStringList args = app.arguments();
    if (args.removeAll(QStringLiteral("--dark"))) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
        QApplication::setPalette(dark);
    }
    const QString out = args.size() > 1 ? args.at(1) : QStringLiteral("/tmp");
    const bool ok = diffShot(out) && editorShot(out);
    return ok ? 0 : 1;
}
