// Saved connections end to end: the connection dialog checks the form in words, saves a profile
// whose password goes to a real keychain (GNOME Keyring in a private D-Bus session, see
// tests/support/with-keyring.sh) and not to the database, imports an MQTTX export; the main
// window then connects with the profile to a mosquitto that requires that password and
// subscribes to the profile's filters.

#include "Broker.h"
#include "MainWindow.h"
#include "connection/ConnectionManager.h"
#include "WindowTerms.h"
#include "dialogs/ConnectionDialog.h"
#include "ingest/Engine.h"
#include "mqtt/PahoSession.h"
#include "widgets/FileField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace deck;
using namespace deck::test;

class TstConnections : public QObject
{
    Q_OBJECT
private slots:
    void savesProfilesAndConnectsWithThem()
    {
        if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs a keychain: run through tests/support/with-keyring.sh");
        Broker::Options options;
        options.allowAnonymous = false;
        options.users = {{QStringLiteral("ops"), QStringLiteral("k3ychain-pw")}};
        Broker broker(options);
        const QString started = broker.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));

        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("profiles.sqlite"));
        profiles::ProfileStore store;
        QCOMPARE(store.open(dbPath), QString());
        profiles::SecretStore secrets(QStringLiteral("MQTT Deck tests"));

        profiles::ConnectionProfile saved;
        {
            ui::ConnectionDialog dialog(&store, &secrets);
            QVERIFY2(
                store.list().size() == 1,
                qPrintable(dialog.problems()->text())); // an empty store starts with a new profile
            auto field = [&](const char *label) {
                // Form fields are found by the text of their row label.
                for (QLabel *l : dialog.findChildren<QLabel *>())
                    if (l->text() == QLatin1String(label))
                        return l->buddy();
                return static_cast<QWidget *>(nullptr);
            };
            auto *name = qobject_cast<QLineEdit *>(field("Name"));
            auto *host = qobject_cast<QLineEdit *>(field("Host"));
            auto *port = qobject_cast<QSpinBox *>(field("Port"));
            auto *user = qobject_cast<QLineEdit *>(field("User name"));
            auto *password = qobject_cast<QLineEdit *>(field("Password"));
            QVERIFY(name && host && port && user && password);
            name->setText(QStringLiteral("Lab broker"));
            host->setText(QStringLiteral("bad host name"));
            QVERIFY(!dialog.problems()->text().isEmpty());
            QVERIFY(!dialog.saveForm().isEmpty());
            host->setText(QStringLiteral("127.0.0.1"));
            port->setValue(broker.tcpPort());
            user->setText(QStringLiteral("ops"));
            password->setText(QStringLiteral("k3ychain-pw"));
            dialog.findChild<QCheckBox *>(QStringLiteral("savePassword"))->setChecked(true);
            auto *subs = dialog.findChild<QPlainTextEdit *>(QStringLiteral("subscriptions"));
            subs->setPlainText(QStringLiteral("lab/#\nlab/+/status 1\nbad/#/filter"));
            QVERIFY(dialog.problems()->text().contains(QStringLiteral("line 3")));
            subs->setPlainText(QStringLiteral("lab/#\nlab/+/status 1"));
            // MQTT 5 CONNECT user properties, refused in words under MQTT 3.1.1.
            auto *userProps = dialog.findChild<QPlainTextEdit *>(QStringLiteral("userProperties"));
            userProps->setPlainText(QStringLiteral("team=support\nsite = lyon"));
            auto *version = qobject_cast<QComboBox *>(field("MQTT version"));
            version->setCurrentIndex(version->findData(int(deck::mqtt::MqttVersion::V311)));
            QVERIFY2(dialog.problems()->text().contains(QStringLiteral("MQTT 5")),
                     qPrintable(dialog.problems()->text()));
            version->setCurrentIndex(version->findData(int(deck::mqtt::MqttVersion::V5)));
            QCOMPARE(dialog.saveForm(), QString());
            saved = dialog.chosen();
            QCOMPARE(saved.options.userProperties.value(1).second, QStringLiteral("lyon"));
            QVERIFY(saved.savePassword);

            // Import: an MQTTX export adds its connections beside ours.
            const QString exportPath = dir.filePath(QStringLiteral("mqttx.json"));
            QFile f(exportPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"([{"name": "Lab broker", "host": "other", "port": 1883, "protocol": "mqtt",
                        "mqttVersion": "5.0", "subscriptions": []}])");
            f.close();
            const QString said = dialog.importFile(exportPath);
            QVERIFY2(said.contains(QStringLiteral("Imported 1 connection")), qPrintable(said));
            QVERIFY(store.findByName(QStringLiteral("Lab broker (2)")));
        }
        // The password is in the keychain, not in the database.
        QFile db(dbPath);
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains("k3ychain-pw"));
        QTRY_VERIFY(secrets.readNow(saved.passwordKey()).ok());

        ConnectionManager connections;
        ui::MainWindow window(&connections);
        window.setProfiles(&store, &secrets);
        window.connectWithProfile(*store.findByName(QStringLiteral("Lab broker")));
        deck::mqtt::Session &session = *window.session(); // the connection's own
        QTRY_VERIFY_WITH_TIMEOUT(session.activeSubscriptions().size() == 2, 15000);
        QCOMPARE(session.options().password, QStringLiteral("k3ychain-pw"));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Lab broker")));
        session.close();
        secrets.removeNow(saved.passwordKey());
    }

    // Issue 10: a port typed as 99999 is refused in words (it silently became 9999).
    void portOutOfRangeIsSaid()
    {
        QTemporaryDir dir;
        profiles::ProfileStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("profiles.sqlite"))), QString());
        profiles::SecretStore secrets(QStringLiteral("MQTT Deck tests"));
        ui::ConnectionDialog dialog(&store, &secrets);
        QSpinBox *port = nullptr;
        for (QLabel *l : dialog.findChildren<QLabel *>())
            if (l->text() == QLatin1String("Port"))
                port = qobject_cast<QSpinBox *>(l->buddy());
        QVERIFY(port);
        port->selectAll();
        QTest::keyClicks(port, QStringLiteral("99999"));
        QCOMPARE(port->value(), 99999);
        QTRY_VERIFY2(dialog.problems()->text().contains(QStringLiteral("99999 is out of range")),
                     qPrintable(dialog.problems()->text()));
        QVERIFY(!dialog.saveForm().isEmpty());

        // Issue 10: a CA file given with transport TCP turns TLS on, as the CLI does (it was an
        // error in the dialog only).
        QComboBox *transport = nullptr;
        ui::FileField *ca = nullptr;
        for (QLabel *l : dialog.findChildren<QLabel *>()) {
            if (l->text() == QLatin1String("Transport"))
                transport = qobject_cast<QComboBox *>(l->buddy());
            if (l->text() == QLatin1String("CA certificate"))
                ca = qobject_cast<ui::FileField *>(l->buddy());
        }
        QVERIFY(transport && ca);
        transport->setCurrentIndex(transport->findData(int(deck::mqtt::Transport::Tcp)));
        ca->setPath(dir.filePath(QStringLiteral("ca.pem")));
        QCOMPARE(transport->currentData().toInt(), int(deck::mqtt::Transport::Tls));
        QVERIFY(!dialog.problems()->text().contains(QStringLiteral("no TLS")));

        // Issue 10: the window's sentences point to where a setting is in the window, not to a
        // command-line flag.
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>())
            if (box->text() == QLatin1String("Clean start (no session kept)"))
                box->setChecked(false);
        QTRY_VERIFY2(dialog.problems()->text().contains(
                         QStringLiteral("(Client id, in Connections… › General)")),
                     qPrintable(dialog.problems()->text()));
        QVERIFY(!dialog.problems()->text().contains(QStringLiteral("(-i)")));
        // The window's connection errors too: the probe's TLS advice names the dialog's field.
        QCOMPARE(ui::inWindowTerms(QStringLiteral("Give the CA file that issued it (--cafile), or "
                                                  "turn off hostname verification (--insecure).")),
                 QStringLiteral("Give the CA file that issued it (CA certificate, in Connections… "
                                "› TLS), or turn off hostname verification (untick “Verify that it "
                                "names the host” in Connections… › TLS)."));

        // Issue 10: a new connection is named after its host (no translated default name),
        // and the name follows the host as it is typed until the user names it.
        QLineEdit *host = nullptr;
        QLineEdit *nameField = nullptr;
        for (QLabel *l : dialog.findChildren<QLabel *>()) {
            if (l->text() == QLatin1String("Host"))
                host = qobject_cast<QLineEdit *>(l->buddy());
            if (l->text() == QLatin1String("Name"))
                nameField = qobject_cast<QLineEdit *>(l->buddy());
        }
        QVERIFY(host && nameField);
        QCOMPARE(nameField->text(), QStringLiteral("localhost"));
        host->selectAll();
        QTest::keyClicks(host, QStringLiteral("broker.lab"));
        QCOMPARE(nameField->text(), QStringLiteral("broker.lab"));

        // Issue 10: the list follows the name as it is typed.
        QLineEdit *name = nullptr;
        for (QLabel *l : dialog.findChildren<QLabel *>())
            if (l->text() == QLatin1String("Name"))
                name = qobject_cast<QLineEdit *>(l->buddy());
        QVERIFY(name);
        name->setText(QStringLiteral("Lab 7"));
        QCOMPARE(dialog.findChild<QListWidget *>()->currentItem()->text().section(u'\n', 0, 0),
                 QStringLiteral("Lab 7"));
    }

    // Issue 11 (9): the password field says what the keychain holds, and says so when there is
    // no keychain at all (run without a D-Bus session by ui.tst_connections.nokeychain).
    void passwordFieldSaysWhatTheKeychainHolds()
    {
        const bool keychain = qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
        QTemporaryDir dir;
        profiles::ProfileStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("profiles.sqlite"))), QString());
        profiles::SecretStore secrets(QStringLiteral("MQTT Deck tests"));
        profiles::ConnectionProfile withSecret;
        withSecret.name = QStringLiteral("With secret");
        withSecret.savePassword = true;
        withSecret.options.username = QStringLiteral("ops");
        QCOMPARE(store.save(withSecret), QString());
        withSecret = *store.findByName(withSecret.name);
        profiles::ConnectionProfile without = withSecret;
        without.id.clear();
        without.name = QStringLiteral("Without secret");
        QCOMPARE(store.save(without), QString());
        if (keychain)
            QVERIFY(secrets.writeNow(withSecret.passwordKey(), QStringLiteral("pw")).ok());

        ui::ConnectionDialog dialog(&store, &secrets);
        QLineEdit *password = nullptr;
        for (QLabel *l : dialog.findChildren<QLabel *>())
            if (l->text() == QLatin1String("Password"))
                password = qobject_cast<QLineEdit *>(l->buddy());
        QVERIFY(password);
        dialog.select(withSecret.name);
        if (keychain) {
            QTRY_COMPARE(password->placeholderText(),
                         QStringLiteral("kept in the keychain; type to change it"));
            dialog.select(without.name);
            QTRY_COMPARE(password->placeholderText(),
                         QStringLiteral("not in the keychain yet; type it to save it"));
            secrets.removeNow(withSecret.passwordKey());
        } else {
            QTRY_COMPARE_WITH_TIMEOUT(password->placeholderText(),
                                      QStringLiteral("no keychain here: asked at each connection"),
                                      15000);
        }
    }
};

QTEST_MAIN(TstConnections)
#include "tst_connections.moc"
