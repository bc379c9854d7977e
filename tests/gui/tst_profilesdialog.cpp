#include "profileform.h"
#include "profilesdialog.h"
#include "secretscan.h"
#include "testservers.h"
#include "workbenchpalette.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tidemark;
using tidemark::test::TestServers;

namespace {

template<typename T>
T *field(const QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

void type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void choose(QComboBox *combo, int data)
{
    combo->setCurrentIndex(combo->findData(data));
}

// Clicks the button of the next message box that opens.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, qApp, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            qFatal("no message box opened");
        box->button(button)->click();
    });
}

// What the keychain holds for a profile id, read with a store of its own.
std::optional<QString> keychainPassword(const QString &id)
{
    CredentialStore store;
    QSignalSpy read(&store, &CredentialStore::passwordRead);
    QSignalSpy notFound(&store, &CredentialStore::passwordNotFound);
    store.readPassword(id);
    if (!QTest::qWaitFor([&] { return !read.isEmpty() || !notFound.isEmpty(); }, 10000))
        qFatal("the keychain did not answer");
    return read.isEmpty() ? std::nullopt : std::optional(read.at(0).at(1).toString());
}

} // namespace

class TestProfilesDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_secrets;

    ProfileStore store() const { return ProfileStore(m_dir.filePath(QStringLiteral("profiles.ini"))); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        TestServers::instance().useKeychain();
        qRegisterMetaType<ConnectionProfile>();
        qRegisterMetaType<ProbeResult>();
        m_secrets << TestServers::instance().password(DatabaseKind::Postgres);
    }

    void startsWithANewProfile()
    {
        ProfilesDialog dialog(store(), nullptr);
        QCOMPARE(dialog.profileList()->count(), 0);
        QCOMPARE(field<QLineEdit>(&dialog, "profileName")->text(), QStringLiteral("New profile"));
        QVERIFY(field<QPushButton>(&dialog, "saveButton")->isEnabled());
        QVERIFY(!field<QPushButton>(&dialog, "duplicateButton")->isEnabled());
    }

    void invalidProfileIsNotSaved()
    {
        ProfilesDialog dialog(store(), nullptr);
        type(field<QLineEdit>(&dialog, "profileName"), QString());
        QVERIFY(!dialog.saveProfile());
        QVERIFY(field<QLabel>(&dialog, "profileStatus")->text().contains(QLatin1String("name")));
        QVERIFY(store().profiles().isEmpty());
    }

    void sqliteHidesServerFields()
    {
        ProfilesDialog dialog(store(), nullptr);
        dialog.show();
        auto *password = field<QLineEdit>(&dialog, "profilePassword");
        QVERIFY(password->isVisible());
        choose(field<QComboBox>(&dialog, "profileDriver"), int(DatabaseKind::Sqlite));
        QVERIFY(!password->isVisible());
        QVERIFY(!field<QLineEdit>(&dialog, "profileHost")->isVisible());
        QVERIFY(!field<QComboBox>(&dialog, "profileTls")->isVisible());
        choose(field<QComboBox>(&dialog, "profileDriver"), int(DatabaseKind::MySql));
        QVERIFY(password->isVisible());
        QVERIFY(!field<QLineEdit>(&dialog, "profileSchema")->isVisible());
    }

    void addEditDuplicateDelete()
    {
        const ConnectionUrl pg = TestServers::instance().baseUrl(DatabaseKind::Postgres);
        const QString password = TestServers::instance().password(DatabaseKind::Postgres);
        auto credentials = std::make_unique<CredentialStore>();
        ProfilesDialog dialog(store(), credentials.get());
        dialog.show();
        QSignalSpy settled(&dialog, &ProfilesDialog::passwordSettled);
        QSignalSpy changed(&dialog, &ProfilesDialog::profilesChanged);

        // Add.
        type(field<QLineEdit>(&dialog, "profileName"), QStringLiteral("Shop"));
        type(field<QLineEdit>(&dialog, "profileHost"), pg.host);
        field<QSpinBox>(&dialog, "profilePort")->setValue(pg.port);
        type(field<QLineEdit>(&dialog, "profileDatabase"), pg.database);
        type(field<QLineEdit>(&dialog, "profileUser"), pg.user);
        type(field<QLineEdit>(&dialog, "profilePassword"), password);
        choose(field<QComboBox>(&dialog, "profileEnvironment"), int(EnvironmentTag::Production));
        QVERIFY(dialog.saveProfile());
        QCOMPARE(changed.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 10000);
        QList<ConnectionProfile> saved = store().profiles();
        QCOMPARE(saved.size(), 1);
        const ConnectionProfile shop = saved.at(0);
        QCOMPARE(shop.name, QStringLiteral("Shop"));
        QCOMPARE(shop.toUrl().redacted(), pg.redacted());
        QVERIFY(shop.isProduction());
        QCOMPARE(keychainPassword(shop.id), password);
        QCOMPARE(field<QLabel>(&dialog, "passwordState")->text(), tr("The password is saved in the keychain."));

        // The production tag's colour: on the list item, the colour button and the production note.
        const QColor red = workbenchpalette::environmentColor(EnvironmentTag::Production);
        QCOMPARE(red, QColor(QStringLiteral("#c62828")));
        QListWidgetItem *item = dialog.profileList()->item(0);
        QCOMPARE(item->data(Qt::DecorationRole).value<QColor>(), red);
        QVERIFY(item->font().bold());
        QCOMPARE(dialog.form()->environmentColor(), red);
        QVERIFY(field<QPushButton>(&dialog, "profileColor")->styleSheet().contains(red.name()));
        auto *note = field<QLabel>(&dialog, "productionNote");
        QVERIFY(note->isVisible());
        QVERIFY(note->styleSheet().contains(red.name()));
        const QImage shot = dialog.grab().toImage();
        const QPoint inNote = note->mapTo(&dialog, QPoint(2, 2)) * shot.devicePixelRatio();
        QCOMPARE(QColor(shot.pixel(inNote)), red);

        // Edit: staging is amber and has no production note.
        type(field<QLineEdit>(&dialog, "profileSchema"), QStringLiteral("shop"));
        choose(field<QComboBox>(&dialog, "profileEnvironment"), int(EnvironmentTag::Staging));
        QVERIFY(dialog.form()->isEdited());
        QVERIFY(dialog.saveProfile());
        QCOMPARE(store().profiles().at(0).schema, QStringLiteral("shop"));
        QCOMPARE(store().profiles().at(0).environment, EnvironmentTag::Staging);
        QCOMPARE(dialog.profileList()->item(0)->data(Qt::DecorationRole).value<QColor>(),
                 workbenchpalette::environmentColor(EnvironmentTag::Staging));
        QVERIFY(!dialog.profileList()->item(0)->font().bold());
        QVERIFY(!note->isVisible());

        // Test connection, off the GUI thread.
        QSignalSpy tested(&dialog, &ProfilesDialog::testFinished);
        dialog.testConnection();
        QVERIFY(!field<QPushButton>(&dialog, "testButton")->isEnabled());
        QVERIFY(tested.wait(20000));
        QCOMPARE(tested.at(0).at(0).value<ProbeResult>().outcome, ProbeOutcome::Connected);
        QVERIFY(field<QPushButton>(&dialog, "testButton")->isEnabled());
        QVERIFY(field<QLabel>(&dialog, "profileStatus")->text().contains(QLatin1String("PostgreSQL")));

        // Duplicate, password and all.
        settled.clear();
        dialog.duplicateProfile();
        QCOMPARE(store().profiles().size(), 2);
        const std::optional<ConnectionProfile> copy = store().find(QStringLiteral("Shop (copy)"));
        QVERIFY(copy);
        QCOMPARE(dialog.currentProfileId(), copy->id);
        QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 10000);
        QCOMPARE(keychainPassword(copy->id), password);

        // Delete the copy: gone from the store and the keychain.
        settled.clear();
        answerNextMessageBox(QMessageBox::Yes);
        dialog.deleteProfile();
        QCOMPARE(store().profiles().size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 10000);
        QCOMPARE(keychainPassword(copy->id), std::nullopt);
        QCOMPARE(dialog.currentProfileId(), shop.id);

        // Declining keeps it.
        answerNextMessageBox(QMessageBox::No);
        dialog.deleteProfile();
        QCOMPARE(store().profiles().size(), 1);
    }

    void reopenReadsThePasswordAndConnects()
    {
        QCOMPARE(store().profiles().size(), 1);
        const ConnectionProfile shop = store().profiles().at(0);
        ProfilesDialog dialog(store(), nullptr);
        QSignalSpy settled(&dialog, &ProfilesDialog::passwordSettled);
        QSignalSpy chosen(&dialog, &ProfilesDialog::profileChosen);
        QCOMPARE(dialog.currentProfileId(), shop.id);
        // Connect right away: the dialog waits for the keychain instead of blocking on it.
        dialog.connectToProfile();
        QVERIFY(chosen.isEmpty() || !settled.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(chosen.size(), 1, 10000);
        QCOMPARE(chosen.at(0).at(0).value<ConnectionProfile>(), shop);
        QCOMPARE(chosen.at(0).at(1).toString(), TestServers::instance().password(DatabaseKind::Postgres));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void wrongPasswordTestsAsSuch()
    {
        ProfilesDialog dialog(store(), nullptr);
        QSignalSpy settled(&dialog, &ProfilesDialog::passwordSettled);
        QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 10000);
        const QString wrong = test::uniqueSecret(QStringLiteral("wrong"));
        m_secrets << wrong;
        type(field<QLineEdit>(&dialog, "profilePassword"), wrong);
        QSignalSpy tested(&dialog, &ProfilesDialog::testFinished);
        dialog.testConnection();
        QVERIFY(tested.wait(20000));
        QCOMPARE(tested.at(0).at(0).value<ProbeResult>().outcome, ProbeOutcome::WrongPassword);
        QVERIFY(!field<QLabel>(&dialog, "profileStatus")->text().contains(wrong));
        // Not saved: closing asks, and discarding leaves the keychain alone.
        answerNextMessageBox(QMessageBox::Discard);
        dialog.reject();
        QCOMPARE(keychainPassword(store().profiles().at(0).id),
                 TestServers::instance().password(DatabaseKind::Postgres));
    }

    void cleanupTestCase()
    {
        const QStringList dirs = {m_dir.path(), QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                                  QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)};
        for (const QString &secret : std::as_const(m_secrets))
            for (const QString &dir : dirs) {
                const QStringList leaks = test::filesContaining(dir, secret);
                QVERIFY2(leaks.isEmpty(), qPrintable(QStringLiteral("a password is in ") + leaks.join(u", ")));
            }
        for (const ConnectionProfile &p : store().profiles()) {
            CredentialStore credentials;
            QSignalSpy deleted(&credentials, &CredentialStore::passwordDeleted);
            credentials.deletePassword(p.id);
            deleted.wait(10000);
        }
    }
};

QTEST_MAIN(TestProfilesDialog)
#include "tst_profilesdialog.moc"
