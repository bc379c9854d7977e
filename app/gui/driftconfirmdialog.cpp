#include "driftconfirmdialog.h"

namespace tidemark {
namespace {

QString shortChecksum(const QString &checksum)
{
    return checksum.left(12);
}

QString question(DriftAction action, const QString &name)
{
    switch (action) {
    case DriftAction::AcceptFile: return DriftConfirmDialog::tr("Accept the edited file of %1?").arg(name);
    case DriftAction::RestoreAppliedText: return DriftConfirmDialog::tr("Give the file of %1 its applied text back?").arg(name);
    case DriftAction::RestoreMissingFile: return DriftConfirmDialog::tr("Write the file of %1 again?").arg(name);
    }
    return {};
}

QString consequence(const MigrationStatus &m, DriftAction action)
{
    const QString applied = m.applied ? shortChecksum(m.applied->checksum) : QString();
    const QString file = m.file ? shortChecksum(m.file->checksum) : QString();
    switch (action) {
    case DriftAction::AcceptFile:
        return DriftConfirmDialog::tr("The history then records the file's text: checksum %1 (as applied) is replaced "
                                      "by %2 (the file's), with the file's up and down. Nothing runs: the database "
                                      "keeps what the applied text did, so accept only an edit that needs nothing "
                                      "more, or one you made in the database by hand.")
            .arg(applied, file);
    case DriftAction::RestoreAppliedText:
        return DriftConfirmDialog::tr("%1 is rewritten: the text now there (checksum %2) is replaced by the text that "
                                      "ran (checksum %3); the rest of the file stays. The edit is lost unless you "
                                      "keep it elsewhere. The history is not changed.")
            .arg(m.file->script, file, applied);
    case DriftAction::RestoreMissingFile:
        return DriftConfirmDialog::tr("%1 is written again, in the folder's format, from the text the history keeps "
                                      "(checksum %2)%3. No file is written over. The history is not changed.")
            .arg(m.applied->script, applied,
                 m.applied->downSql.isEmpty() ? QString() : DriftConfirmDialog::tr(", with its down"));
    }
    return {};
}

QString buttonText(DriftAction action)
{
    switch (action) {
    case DriftAction::AcceptFile: return DriftConfirmDialog::tr("Accept the File");
    case DriftAction::RestoreAppliedText: return DriftConfirmDialog::tr("Restore from Applied Text");
    case DriftAction::RestoreMissingFile: return DriftConfirmDialog::tr("Restore the File");
    }
    return {};
}

ConfirmChangeDialog::Text driftText(const MigrationStatus &migration, DriftAction action)
{
    const QString name = QStringLiteral("%1 %2").arg(migration.version.toString(), migration.description);
    ConfirmChangeDialog::Text text;
    text.windowTitle = buttonText(action);
    text.question = question(action, name);
    text.paragraphs = {{consequence(migration, action), QStringLiteral("driftConsequence")}};
    text.record = DriftConfirmDialog::tr("The history records it as a drift event, with your name, the time and both "
                                         "checksums.");
    text.confirm = buttonText(action);
    return text;
}

} // namespace

DriftConfirmDialog::DriftConfirmDialog(const MigrationStatus &migration, DriftAction action, bool production,
                                       const QString &databaseName, QWidget *parent)
    : ConfirmChangeDialog(driftText(migration, action), production, databaseName, parent)
    , m_explanation(consequence(migration, action))
{
    setObjectName(QStringLiteral("driftConfirmDialog"));
}

DriftConfirmDialog::~DriftConfirmDialog() = default;

} // namespace tidemark
