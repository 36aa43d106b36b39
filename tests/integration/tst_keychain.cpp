// Secrets in the OS keychain through QtKeychain: a real GNOME Keyring in a private D-Bus session
// (tests/support/with-keyring.sh), and the same binary without any session bus, where the store
// must say that no keychain is available instead of falling back to a file.

#include "profiles/SecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QtTest>

using namespace deck::profiles;

class TstKeychain : public QObject
{
    Q_OBJECT
    static bool haveBus() { return qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"); }

private slots:
    void roundTripsSecretsInTheKeychain()
    {
        if (!haveBus())
            QSKIP("no session bus: run through tests/support/with-keyring.sh");
        SecretStore store(QStringLiteral("MQTT Deck tests"));
        const QString key =
            QStringLiteral("profile:test-%1:password").arg(QCoreApplication::applicationPid());
        SecretResult w = store.writeNow(key, QStringLiteral("s3cret-é"));
        QVERIFY2(w.ok(), qPrintable(w.error));
        SecretResult r = store.readNow(key);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.secret.value(), QStringLiteral("s3cret-é"));
        QVERIFY(store.removeNow(key).ok());
        r = store.readNow(key);
        QCOMPARE(r.status, SecretResult::Status::NotFound);
        QVERIFY(!r.error.isEmpty());
        // The secret went to the keyring, not to a settings file under the home directory.
        QDirIterator it(QDir::homePath(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains("s3cret"), qPrintable(f.fileName()));
        }
    }

    void saysWhenThereIsNoKeychain()
    {
        if (haveBus())
            QSKIP("a session bus is present: this case runs without one");
        SecretStore store(QStringLiteral("MQTT Deck tests"));
        const SecretResult w =
            store.writeNow(QStringLiteral("profile:x:password"), QStringLiteral("pw"));
        QVERIFY2(w.status == SecretResult::Status::NoKeychain, qPrintable(w.error));
        QVERIFY2(w.error.contains(QStringLiteral("No keychain is available")), qPrintable(w.error));
        // The session-only memory is what the console falls back to, after asking the user.
        store.rememberForSession(QStringLiteral("profile:x:password"), QStringLiteral("pw"));
        QCOMPARE(store.sessionSecret(QStringLiteral("profile:x:password")).value(),
                 QStringLiteral("pw"));
    }
};

QTEST_GUILESS_MAIN(TstKeychain)
#include "tst_keychain.moc"
