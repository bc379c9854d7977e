#include "connections/credentialstore.h"
#include "connections/profilestore.h"
#include "secretscan.h"
#include "testservers.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace tidemark;
using tidemark::test::TestServers;

namespace {

// The arguments of the one signal the store answered with, waiting for it.
QList<QVariant> answer(QSignalSpy &spy)
{
    if (spy.isEmpty() && !spy.wait(10000))
        return {};
    return spy.takeFirst();
}

} // namespace

// QtKeychain against the real Secret Service: gnome-keyring on the private session bus of the test harness.
class TestCredentialStore : public QObject
{
    Q_OBJECT

private:
    QStringList m_secrets;

    QString secret(const QString &label)
    {
        m_secrets << test::uniqueSecret(label);
        return m_secrets.constLast();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        TestServers::instance().useKeychain(); // before QtKeychain first touches D-Bus
        qRegisterMetaType<CredentialStore::Availability>();
        qRegisterMetaType<CredentialStore::Operation>();
    }

    void available()
    {
        CredentialStore store;
        QCOMPARE(store.availability(), CredentialStore::Availability::Unknown);
        QSignalSpy checked(&store, &CredentialStore::availabilityChecked);
        QSignalSpy changed(&store, &CredentialStore::availabilityChanged);
        store.checkAvailability();
        const QList<QVariant> args = answer(checked);
        QVERIFY(!args.isEmpty());
        QCOMPARE(args.at(0).value<CredentialStore::Availability>(), CredentialStore::Availability::Available);
        QCOMPARE(store.availability(), CredentialStore::Availability::Available);
        QCOMPARE(changed.size(), 1);
        QVERIFY(store.unavailableReason().isEmpty());
    }

    void writeReadUpdateDelete()
    {
        CredentialStore store;
        QSignalSpy read(&store, &CredentialStore::passwordRead);
        QSignalSpy notFound(&store, &CredentialStore::passwordNotFound);
        QSignalSpy written(&store, &CredentialStore::passwordWritten);
        QSignalSpy deleted(&store, &CredentialStore::passwordDeleted);
        QSignalSpy failed(&store, &CredentialStore::failed);
        const QString id = ConnectionProfile::newId();

        store.readPassword(id);
        QCOMPARE(answer(notFound).value(0).toString(), id);

        const QString first = secret(QStringLiteral("first"));
        store.writePassword(id, first);
        QCOMPARE(store.pendingOperations(), 1);
        QCOMPARE(answer(written).value(0).toString(), id);
        QCOMPARE(store.pendingOperations(), 0);
        store.readPassword(id);
        QList<QVariant> args = answer(read);
        QCOMPARE(args.value(0).toString(), id);
        QCOMPARE(args.value(1).toString(), first);

        const QString second = secret(QStringLiteral("second"));
        store.writePassword(id, second);
        QVERIFY(!answer(written).isEmpty());
        store.readPassword(id);
        QCOMPARE(answer(read).value(1).toString(), second);

        // Another store, as another window or process would: the same entry.
        CredentialStore other;
        QSignalSpy otherRead(&other, &CredentialStore::passwordRead);
        other.readPassword(id);
        QCOMPARE(answer(otherRead).value(1).toString(), second);

        store.deletePassword(id);
        QCOMPARE(answer(deleted).value(0).toString(), id);
        store.readPassword(id);
        QCOMPARE(answer(notFound).value(0).toString(), id);
        store.deletePassword(id); // nothing there: still done
        QVERIFY(!answer(deleted).isEmpty());
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));
        QCOMPARE(store.availability(), CredentialStore::Availability::Available);
    }

    void entriesAreSeparatePerProfile()
    {
        CredentialStore store;
        QSignalSpy written(&store, &CredentialStore::passwordWritten);
        QSignalSpy read(&store, &CredentialStore::passwordRead);
        QSignalSpy deleted(&store, &CredentialStore::passwordDeleted);
        const QString a = ConnectionProfile::newId();
        const QString b = ConnectionProfile::newId();
        const QString secretA = secret(QStringLiteral("a"));
        const QString secretB = secret(QStringLiteral("b"));
        store.writePassword(a, secretA);
        store.writePassword(b, secretB);
        QTRY_COMPARE(written.size(), 2);
        store.readPassword(b);
        store.readPassword(a);
        QTRY_COMPARE(read.size(), 2);
        QHash<QString, QString> got;
        for (const QList<QVariant> &args : std::as_const(read))
            got.insert(args.at(0).toString(), args.at(1).toString());
        QCOMPARE(got.value(a), secretA);
        QCOMPARE(got.value(b), secretB);
        store.deletePassword(a);
        store.deletePassword(b);
        QTRY_COMPARE(deleted.size(), 2);
    }

    void unicodePassword()
    {
        CredentialStore store;
        QSignalSpy written(&store, &CredentialStore::passwordWritten);
        QSignalSpy read(&store, &CredentialStore::passwordRead);
        QSignalSpy deleted(&store, &CredentialStore::passwordDeleted);
        const QString id = ConnectionProfile::newId();
        const QString password = secret(QStringLiteral("Grüße-ü€ 'quote\" ;"));
        store.writePassword(id, password);
        QVERIFY(!answer(written).isEmpty());
        store.readPassword(id);
        QCOMPARE(answer(read).value(1).toString(), password);
        store.deletePassword(id);
        QVERIFY(!answer(deleted).isEmpty());
    }

    void memoryPasswordsStayInMemory()
    {
        CredentialStore store;
        const QString id = ConnectionProfile::newId();
        QVERIFY(!store.memoryPassword(id));
        store.keepInMemory(id, secret(QStringLiteral("memory")));
        QCOMPARE(*store.memoryPassword(id), m_secrets.constLast());
        store.forgetInMemory(id);
        QVERIFY(!store.memoryPassword(id));
    }

    // After all of the above: no password in any settings file this process could have written.
    void cleanupTestCase()
    {
        const QStringList dirs = {
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
            QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
            qEnvironmentVariable("XDG_CONFIG_HOME"),
        };
        for (const QString &secret : std::as_const(m_secrets))
            for (const QString &dir : dirs) {
                const QStringList leaks = test::filesContaining(dir, secret);
                QVERIFY2(leaks.isEmpty(), qPrintable(QStringLiteral("a password is in ") + leaks.join(u", ")));
            }
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
