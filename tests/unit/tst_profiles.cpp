// Saved connections: the SQLite store (create, save, rename, unique names, delete, secrets never
// written, migration from schema 1, a newer or foreign file refused in words) and the import of
// MQTT Explorer and MQTTX exports.

#include "profiles/ProfileImport.h"
#include "profiles/ProfileStore.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace deck;
using namespace deck::profiles;

class TestProfiles : public QObject
{
    Q_OBJECT
private slots:
    void savesAndReadsProfilesWithoutSecrets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p/profiles.sqlite"));
        {
            ProfileStore store;
            QCOMPARE(store.open(path), QString());
            QCOMPARE(store.schemaVersion(), ProfileStore::kSchemaVersion);
            ConnectionProfile p;
            p.name = QStringLiteral("Production EU");
            p.colour = QStringLiteral("#c62828");
            p.production = true;
            p.options.host = QStringLiteral("broker.example");
            p.options.port = 8883;
            p.options.transport = mqtt::Transport::Tls;
            p.options.username = QStringLiteral("ops");
            p.options.password = QStringLiteral("hunter2");
            p.options.tls.caFile = QStringLiteral("/etc/ca.pem");
            p.options.tls.keyPassphrase = QStringLiteral("pass-phrase");
            p.options.will.topic = QStringLiteral("ops/console/status");
            p.options.will.payload = QByteArray("\x00offline", 8);
            p.options.sessionExpirySeconds = 300;
            p.options.userProperties = {{QStringLiteral("team"), QStringLiteral("support")}};
            p.savePassword = true;
            mqtt::Subscription a, b;
            a.filter = QStringLiteral("prod/#");
            a.qos = 1;
            b.filter = QStringLiteral("$SYS/#");
            p.subscriptions = {a, b};
            QCOMPARE(store.save(p), QString());
            QVERIFY(!p.id.isEmpty());

            ConnectionProfile dup;
            dup.name = QStringLiteral("production eu");
            QVERIFY(store.save(dup).contains(QStringLiteral("already called")));
            ConnectionProfile unnamed;
            QVERIFY(!store.save(unnamed).isEmpty());
        }
        // The file never holds the secrets.
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(!bytes.contains("hunter2"));
        QVERIFY(!bytes.contains("pass-phrase"));

        ProfileStore store;
        QCOMPARE(store.open(path), QString());
        const auto p = store.findByName(QStringLiteral("PRODUCTION eu"));
        QVERIFY(p);
        QCOMPARE(p->options.host, QStringLiteral("broker.example"));
        QCOMPARE(p->options.transport, mqtt::Transport::Tls);
        QCOMPARE(p->options.password, QString());
        QCOMPARE(p->options.tls.caFile, QStringLiteral("/etc/ca.pem"));
        QCOMPARE(p->options.will.payload, QByteArray("\x00offline", 8));
        QCOMPARE(p->options.sessionExpirySeconds, quint32(300));
        QCOMPARE(p->options.userProperties.value(0).second, QStringLiteral("support"));
        QCOMPARE(p->subscriptions.size(), 2);
        QCOMPARE(p->subscriptions[0].filter, QStringLiteral("prod/#"));
        QCOMPARE(p->subscriptions[0].qos, 1);
        QVERIFY(p->savePassword);
        QCOMPARE(p->colour, QStringLiteral("#c62828"));
        QVERIFY(p->production); // schema 5
        QCOMPARE(p->boards.preset, QStringLiteral("auto")); // schema 6: the defaults
        fleet::BoardSettings boards;
        boards.preset = QStringLiteral("stream");
        boards.staleAfterSeconds = 120;
        boards.retainedLargeBytes = 2048;
        QCOMPARE(store.saveBoards(p->id, boards), QString());
        const auto withBoards = store.findById(p->id);
        QCOMPARE(withBoards->boards.preset, QStringLiteral("stream"));
        QCOMPARE(withBoards->boards.staleAfterSeconds, 120);
        QCOMPARE(withBoards->boards.retainedLargeBytes, qint64(2048));
        QCOMPARE(withBoards->options.host, QStringLiteral("broker.example")); // the rest kept

        // Rename keeps the id; delete removes its subscriptions too.
        ConnectionProfile renamed = *p;
        renamed.name = QStringLiteral("Prod EU");
        renamed.subscriptions.removeLast();
        QCOMPARE(store.save(renamed), QString());
        QCOMPARE(renamed.id, p->id);
        QCOMPARE(store.list().size(), 1);
        QCOMPARE(store.findById(p->id)->subscriptions.size(), 1);
        QCOMPARE(store.remove(p->id), QString());
        QVERIFY(store.list().isEmpty());
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery left(db);
            QVERIFY(left.exec(QStringLiteral("SELECT COUNT(*) FROM subscriptions")) && left.next());
            QCOMPARE(left.value(0).toInt(), 0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void migratesSchemaOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            // A database as the first release wrote it (schema 1: no subscriptions table).
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE profiles (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE "
                "NOCASE, "
                "colour TEXT NOT NULL DEFAULT '', options TEXT NOT NULL, save_password INTEGER NOT "
                "NULL DEFAULT 0, "
                "save_key_passphrase INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL)")));
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO profiles (id, name, options, updated_at) VALUES "
                               "('id-1', 'Lab', '{\"host\":\"lab.local\",\"port\":1884}', 1)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        ProfileStore store;
        QCOMPARE(store.open(path), QString());
        QCOMPARE(store.schemaVersion(), ProfileStore::kSchemaVersion);
        const auto lab = store.findByName(QStringLiteral("Lab"));
        QVERIFY(lab);
        QCOMPARE(lab->options.host, QStringLiteral("lab.local"));
        QCOMPARE(lab->options.port, 1884);
        QVERIFY(!lab->production); // an old profile is not a production one until said so
        ConnectionProfile edited = *lab;
        mqtt::Subscription s;
        s.filter = QStringLiteral("lab/#");
        edited.subscriptions = {s};
        QCOMPARE(store.save(edited), QString());
        QCOMPARE(store.findByName(QStringLiteral("Lab"))->subscriptions.size(), 1);
    }

    void refusesNewerOrForeignFiles()
    {
        QTemporaryDir dir;
        const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(newer);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 9"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        ProfileStore a;
        const QString e = a.open(newer);
        QVERIFY2(e.contains(QStringLiteral("newer MQTT Deck")) &&
                     e.contains(QStringLiteral("schema 9")),
                 qPrintable(e));

        const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        ProfileStore b;
        const QString e2 = b.open(junk);
        QVERIFY2(e2.contains(QStringLiteral("not an SQLite database")) &&
                     e2.contains(QStringLiteral("the saved connections")),
                 qPrintable(e2));
    }

    void importsMqttExplorer()
    {
        QTemporaryDir dir;
        const QByteArray settings = R"({
          "ConnectionManager_connections": {
            "abc": {"configVersion": 1, "type": "mqtt", "id": "abc", "name": "Home", "host": "home.local",
                    "port": 8883, "protocol": "mqtt", "encryption": true, "certValidation": false,
                    "username": "me", "password": "pw1", "clientId": "mqtt-explorer-1",
                    "selfSignedCertificate": {"name": "ca.crt", "data": "LS0tLS1CRUdJTg=="},
                    "clientKey": {"name": "me.key", "data": "S0VZ"},
                    "subscriptions": [{"topic": "#", "qos": 0}, {"topic": "$SYS/#", "qos": 0}]},
            "ws": {"configVersion": 1, "type": "mqtt", "id": "ws", "name": "Web", "host": "w.local",
                   "port": 9001, "protocol": "ws", "basePath": "mqtt", "encryption": false,
                   "certValidation": true, "subscriptions": []}
          },
          "Settings": {"theme": "dark"}})";
        const ImportResult r = ProfileImport::fromJson(settings, dir.path());
        QCOMPARE(r.error, QString());
        QCOMPARE(r.format, QStringLiteral("MQTT Explorer"));
        QCOMPARE(r.profiles.size(), 2);
        const ConnectionProfile &home = r.profiles[0];
        QCOMPARE(home.name, QStringLiteral("Home"));
        QCOMPARE(home.options.transport, mqtt::Transport::Tls);
        QCOMPARE(home.options.version, mqtt::MqttVersion::V311);
        QVERIFY(!home.options.tls.verifyPeer);
        QCOMPARE(home.subscriptions.size(), 2);
        QCOMPARE(r.passwords.value(home.id), QStringLiteral("pw1"));
        QFile ca(home.options.tls.caFile);
        QVERIFY(ca.open(QIODevice::ReadOnly));
        QCOMPARE(ca.readAll(), QByteArray("-----BEGIN"));
        // The client key: readable by its owner only, and the summary says where it went.
        const QFileInfo key(home.options.tls.keyFile);
        QVERIFY(key.isFile() && !key.isSymLink());
        QCOMPARE(key.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY2(r.notes.join(u'\n').contains(home.options.tls.keyFile),
                 qPrintable(r.notes.join(u'\n')));
        QCOMPARE(r.profiles[1].options.transport, mqtt::Transport::WebSocket);
        QCOMPARE(r.profiles[1].options.webSocketPath, QStringLiteral("/mqtt"));
    }

    void importsMqttx()
    {
        const QByteArray exported = R"([
          {"id": "1", "name": "EMQX cloud", "clientId": "mqttx_1", "clean": false, "protocol": "mqtts",
           "host": "x.emqxsl.com", "port": 8883, "keepalive": 30, "username": "u", "password": "p",
           "ssl": true, "mqttVersion": "5.0", "rejectUnauthorized": true, "ca": "/certs/ca.pem",
           "cert": "", "key": "", "clientIdWithTime": true,
           "properties": {"sessionExpiryInterval": 3600, "receiveMaximum": 50},
           "will": {"lastWillTopic": "dev/lwt", "lastWillPayload": "gone", "lastWillQos": 1,
                    "lastWillRetain": true, "properties": {"willDelayInterval": 5}},
           "subscriptions": [{"topic": "dev/#", "qos": 1}]},
          {"id": "2", "name": "", "clientId": "c2", "clean": true, "protocol": "ws", "path": "/ws",
           "host": "local", "port": 8083, "keepalive": 60, "ssl": false, "mqttVersion": "3.1.1",
           "subscriptions": []}
        ])";
        const ImportResult r = ProfileImport::fromJson(exported, QString());
        QCOMPARE(r.error, QString());
        QCOMPARE(r.format, QStringLiteral("MQTTX"));
        QCOMPARE(r.profiles.size(), 2);
        const ConnectionProfile &c = r.profiles[0];
        QCOMPARE(c.options.transport, mqtt::Transport::Tls);
        QCOMPARE(c.options.version, mqtt::MqttVersion::V5);
        QVERIFY(!c.options.cleanStart);
        QCOMPARE(c.options.keepAliveSeconds, 30);
        QCOMPARE(c.options.sessionExpirySeconds, quint32(3600));
        QCOMPARE(c.options.receiveMaximum.value(), quint16(50));
        QCOMPARE(c.options.will.topic, QStringLiteral("dev/lwt"));
        QCOMPARE(c.options.will.delaySeconds, quint32(5));
        QVERIFY(c.options.will.retain);
        QCOMPARE(c.options.tls.caFile, QStringLiteral("/certs/ca.pem"));
        QCOMPARE(r.passwords.value(c.id), QStringLiteral("p"));
        QCOMPARE(r.notes.size(), 1);
        QCOMPARE(r.profiles[1].name, QStringLiteral("local")); // unnamed: named after its host
        QCOMPARE(r.profiles[1].options.transport, mqtt::Transport::WebSocket);
        QCOMPARE(r.profiles[1].options.webSocketPath, QStringLiteral("/ws"));
    }

    void explainsUnknownFiles()
    {
        QVERIFY(
            ProfileImport::fromJson("{not json", {}).error.contains(QStringLiteral("not JSON")));
        QVERIFY(ProfileImport::fromJson("{\"a\": 1}", {})
                    .error.contains(QStringLiteral("No connections")));
        QVERIFY(ProfileImport::fromFile(QStringLiteral("/nonexistent/x.json"), {})
                    .error.contains(QStringLiteral("Cannot read")));
    }
    void keepsSentMessages()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.sqlite"));
        {
            ProfileStore store;
            QCOMPARE(store.open(path), QString());
            for (int i = 0; i < 5; ++i) {
                SentMessage m;
                m.topic = QStringLiteral("cmd/%1").arg(i);
                m.payload = QByteArray("\x00\x01", 2) + QByteArray::number(i);
                m.text = QStringLiteral("00 01");
                m.inputFormat = 2;
                m.qos = 1;
                m.retain = i == 4;
                m.sentAtMs = 1000 + i;
                m.properties.contentType = QStringLiteral("application/octet-stream");
                m.properties.correlationData = QByteArray("\xff", 1);
                m.properties.userProperties = {{QStringLiteral("op"), QStringLiteral("alice")}};
                QCOMPARE(store.appendSent(m, 3), QString());
                QVERIFY(m.id > 0);
                QCOMPARE(store.setSentAnswer(m.id, QStringLiteral("Success (0x00)")), QString());
            }
        }
        ProfileStore store;
        QCOMPARE(store.open(path), QString());
        const QList<SentMessage> sent = store.recentSent(10);
        QCOMPARE(sent.size(), 3); // only the newest 3 are kept
        QCOMPARE(sent[0].topic, QStringLiteral("cmd/4"));
        QVERIFY(sent[0].retain);
        QCOMPARE(sent[0].payload, QByteArray("\x00\x01"
                                             "4",
                                             3));
        QCOMPARE(sent[0].answer, QStringLiteral("Success (0x00)"));
        QCOMPARE(sent[0].properties.correlationData, QByteArray("\xff", 1));
        QCOMPARE(sent[0].properties.userProperties.value(0).second, QStringLiteral("alice"));
        QCOMPARE(sent[2].topic, QStringLiteral("cmd/2"));
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
