#pragma once

#include <QString>

#include <optional>

namespace tidemark {

// Names of Tidemark's own tables in the target database.
struct TableNames
{
    QString history = QStringLiteral("tidemark_history");
    QString events = QStringLiteral("tidemark_events");
    QString lock = QStringLiteral("tidemark_lock");
};

// A folder of migrations, described by tidemark.json when it has one.
struct Project
{
    QString rootDir;       // absolute
    QString migrationsDir; // absolute
    QString name;
    QString convention;    // empty: detected from the files
    TableNames tables;

    static constexpr auto configFileName = "tidemark.json";

    // Loads DIR/tidemark.json, or takes DIR itself as the migrations folder when there is none.
    static std::optional<Project> load(const QString &dir, QString *error);
};

// True for names safe to splice into SQL as a table name.
bool isPlainIdentifier(const QString &name);

} // namespace tidemark
