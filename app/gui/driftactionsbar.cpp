#include "driftactionsbar.h"

#include "workbenchpalette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace tidemark {

DriftActionsBar::DriftActionsBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_accept(new QPushButton(tr("Accept the File"), this))
    , m_restoreApplied(new QPushButton(tr("Restore from Applied Text"), this))
    , m_restoreFile(new QPushButton(tr("Restore the File"), this))
{
    setObjectName(QStringLiteral("driftActions"));
    m_text->setObjectName(QStringLiteral("driftText"));
    m_text->setWordWrap(true);
    m_accept->setObjectName(QStringLiteral("acceptFileButton"));
    m_accept->setToolTip(tr("The edit is intended: the history records the file's text. Nothing runs."));
    m_restoreApplied->setObjectName(QStringLiteral("restoreAppliedTextButton"));
    m_restoreApplied->setToolTip(tr("The edit was a mistake: the file gets back the text that ran."));
    m_restoreFile->setObjectName(QStringLiteral("restoreFileButton"));
    m_restoreFile->setToolTip(tr("Writes the file again from the text the history keeps."));
    connect(m_accept, &QPushButton::clicked, this,
            [this] { Q_EMIT driftRequested(m_version, DriftAction::AcceptFile); });
    connect(m_restoreApplied, &QPushButton::clicked, this,
            [this] { Q_EMIT driftRequested(m_version, DriftAction::RestoreAppliedText); });
    connect(m_restoreFile, &QPushButton::clicked, this,
            [this] { Q_EMIT driftRequested(m_version, DriftAction::RestoreMissingFile); });

    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_accept);
    layout->addWidget(m_restoreApplied);
    layout->addWidget(m_restoreFile);
    hide();
}

DriftActionsBar::~DriftActionsBar() = default;

void DriftActionsBar::showFor(const MigrationStatus &migration)
{
    const bool modified = migration.state == MigrationState::Modified && migration.applied && migration.file;
    const bool missing = migration.state == MigrationState::Missing && migration.applied;
    m_version = migration.version;
    m_text->setText(modified ? tr("The file was edited after it ran. Accept the edit into the history, or give "
                                  "the file the applied text back.")
                             : tr("The file is gone. Write it again from the text the history keeps."));
    m_text->setStyleSheet(QStringLiteral("color: %1;").arg(workbenchpalette::mutedText().name()));
    m_accept->setVisible(modified);
    m_restoreApplied->setVisible(modified);
    m_restoreFile->setVisible(missing);
    setVisible(modified || missing);
}

} // namespace tidemark
