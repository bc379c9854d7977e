#include "profileform.h"
#include "profilesdialog.h"
#include "secretscan.h"
#include "workbenchpalette.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tidemark;

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

} // namespace

// The Profiles dialog without a Secret Service: it says so, and a typed password lives in memory only.
class TestProfilesDialogNoKeychain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QString m_secret = test::uniqueSecret(QStringLiteral("dialog-nokeychain"));

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tidemark-test-bus");
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    }

    void bannerAndMemoryOnlyPassword()
    {
        const ProfileStore store(m_config.filePath(QStringLiteral("Tidemark/profiles.ini")));
        CredentialStore credentials; // shared with the workbench, so memory outlives the dialog
        {
            ProfilesDialog dialog(store, &credentials);
            dialog.show();
            auto *banner = field<QLabel>(&dialog, "keychainBanner");
            QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
            QVERIFY2(banner->text().contains(QLatin1String("no Secret Service available: the password will be asked "
                                                           "for each time and kept in memory only")),
                     qPrintable(banner->text()));

            type(field<QLineEdit>(&dialog, "profileName"), QStringLiteral("Local"));
            type(field<QLineEdit>(&dialog, "profileDatabase"), QStringLiteral("shop"));
            type(field<QLineEdit>(&dialog, "profileUser"), QStringLiteral("app"));
            type(field<QLineEdit>(&dialog, "profilePassword"), m_secret);
            QSignalSpy settled(&dialog, &ProfilesDialog::passwordSettled);
            QVERIFY(dialog.saveProfile());
            QVERIFY(settled.wait(10000));
            QCOMPARE(store.profiles().size(), 1);
            const QString id = store.profiles().at(0).id;
            QCOMPARE(credentials.memoryPassword(id), m_secret);
            QVERIFY(field<QLabel>(&dialog, "passwordState")->text().contains(QLatin1String("memory")));
        }
        {
            // Opened again in the same session: the password comes back from memory.
            ProfilesDialog dialog(store, &credentials);
            QSignalSpy settled(&dialog, &ProfilesDialog::passwordSettled);
            QVERIFY(settled.wait(10000));
            QCOMPARE(field<QLineEdit>(&dialog, "profilePassword")->text(), m_secret);
        }
        {
            // A new session (a new store): nothing remembered, nothing on disk.
            CredentialStore fresh;
            ProfilesDialog dialog(store, &fresh);
            QSignalSpy settled(&dialog, &ProfilesDialog::passwordSettled);
            QVERIFY(settled.wait(10000));
            QVERIFY(field<QLineEdit>(&dialog, "profilePassword")->text().isEmpty());
            QVERIFY(field<QLabel>(&dialog, "passwordState")->text().contains(QLatin1String("Type the password")));
        }
    }

    // The engine keeps only a colour the DBA chose; the workbench knows each environment's.
    void profileColour()
    {
        ConnectionProfile p;
        p.environment = EnvironmentTag::Production;
        QCOMPARE(workbenchpalette::profileColor(p), QColor(QStringLiteral("#c62828")));
        p.color = QStringLiteral("#123456");
        QCOMPARE(workbenchpalette::profileColor(p), QColor(QStringLiteral("#123456")));
        QCOMPARE(workbenchpalette::environmentColor(EnvironmentTag::Development), QColor(QStringLiteral("#2e7d32")));
        QCOMPARE(workbenchpalette::environmentColor(EnvironmentTag::Staging), QColor(QStringLiteral("#ef8f00")));
    }

    void cleanupTestCase()
    {
        for (const QString &dir : {m_config.path(), QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)}) {
            const QStringList leaks = test::filesContaining(dir, m_secret);
            QVERIFY2(leaks.isEmpty(), qPrintable(QStringLiteral("a password is in ") + leaks.join(u", ")));
        }
        QVERIFY(!test::filesUnder(m_config.path()).isEmpty()); // the profile itself was written
    }
};

QTEST_MAIN(TestProfilesDialogNoKeychain)
#include "tst_profilesdialog_nokeychain.moc"
