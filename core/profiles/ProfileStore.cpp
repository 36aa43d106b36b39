#include "ProfileStore.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

#include <atomic>

namespace deck::profiles {

namespace {

// Each step moves the schema from version (index) to version (index + 1).
const char *const kMigrations[] = {
    // 1: profiles, their options as JSON (secrets excluded), and a colour tag.
    "CREATE TABLE profiles ("
    " id TEXT PRIMARY KEY,"
    " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
    " colour TEXT NOT NULL DEFAULT '',"
    " options TEXT NOT NULL,"
    " save_password INTEGER NOT NULL DEFAULT 0,"
    " save_key_passphrase INTEGER NOT NULL DEFAULT 0,"
    " updated_at INTEGER NOT NULL)",
    // 2: default subscriptions in their own table, in order.
    "CREATE TABLE subscriptions ("
    " profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " filter TEXT NOT NULL,"
    " qos INTEGER NOT NULL DEFAULT 0,"
    " PRIMARY KEY (profile_id, position))",
    // 3: the Publish page's sent messages survive a restart.
    "CREATE TABLE sent_messages ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " sent_at INTEGER NOT NULL,"
    " broker TEXT NOT NULL DEFAULT '',"
    " topic TEXT NOT NULL,"
    " payload BLOB NOT NULL,"
    " typed TEXT NOT NULL,"
    " input_format INTEGER NOT NULL,"
    " qos INTEGER NOT NULL,"
    " retain INTEGER NOT NULL,"
    " properties TEXT NOT NULL DEFAULT '{}',"
    " answer TEXT NOT NULL DEFAULT '')",
};
static_assert(std::size(kMigrations) == ProfileStore::kSchemaVersion);

std::atomic<int> g_connections{0};

ConnectionProfile fromQuery(const QSqlQuery &q)
{
    ConnectionProfile p;
    p.id = q.value(0).toString();
    p.name = q.value(1).toString();
    p.colour = q.value(2).toString();
    p.options = optionsFromJson(QJsonDocument::fromJson(q.value(3).toByteArray()).object());
    p.savePassword = q.value(4).toBool();
    p.saveKeyPassphrase = q.value(5).toBool();
    p.updatedMs = q.value(6).toLongLong();
    return p;
}

} // namespace

ProfileStore::ProfileStore()
    : m_connection(QStringLiteral("mqttdeck-profiles-%1").arg(g_connections.fetch_add(1)))
{
}

ProfileStore::~ProfileStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString ProfileStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("profiles.sqlite"));
}

bool ProfileStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) &&
           QSqlDatabase::database(m_connection, false).isOpen();
}

QString ProfileStore::open(const QString &path)
{
    m_path = path;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return tr("Cannot create the folder %1 for the saved connections.")
            .arg(info.absolutePath());
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open())
        return tr("Cannot open the saved connections in %1: %2").arg(path, db.lastError().text());
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (const QString e = migrate(); !e.isEmpty()) {
        db.close();
        return e;
    }
    return {};
}

int ProfileStore::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

QString ProfileStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const int current = schemaVersion();
    if (current < 0)
        return tr("%1 is not an MQTT Deck profile database (it cannot be read as SQLite). Move it "
                  "away and MQTT Deck will start a new one.")
            .arg(m_path);
    if (current > kSchemaVersion)
        return tr("%1 was written by a newer MQTT Deck (schema %2; this version knows up to %3). "
                  "Update MQTT Deck, or use another profile file.")
            .arg(m_path)
            .arg(current)
            .arg(kSchemaVersion);
    for (int version = current; version < kSchemaVersion; ++version) {
        db.transaction();
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(kMigrations[version])) ||
            !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1))) {
            const QString error = q.lastError().text();
            db.rollback();
            return tr("Cannot update the saved connections in %1 to schema %2: %3")
                .arg(m_path)
                .arg(version + 1)
                .arg(error);
        }
        db.commit();
    }
    return {};
}

QList<ConnectionProfile> ProfileStore::select(const QString &where, const QVariant &value) const
{
    QList<ConnectionProfile> out;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, name, colour, options, save_password, save_key_passphrase, "
                             "updated_at FROM profiles %1 ORDER BY name COLLATE NOCASE")
                  .arg(where));
    if (!where.isEmpty())
        q.addBindValue(value);
    q.exec();
    while (q.next())
        out.append(fromQuery(q));
    for (ConnectionProfile &p : out) {
        QSqlQuery s(db);
        s.prepare(QStringLiteral(
            "SELECT filter, qos FROM subscriptions WHERE profile_id = ? ORDER BY position"));
        s.addBindValue(p.id);
        s.exec();
        while (s.next()) {
            mqtt::Subscription sub;
            sub.filter = s.value(0).toString();
            sub.qos = s.value(1).toInt();
            p.subscriptions.append(sub);
        }
    }
    return out;
}

QList<ConnectionProfile> ProfileStore::list() const
{
    return select({}, {});
}

std::optional<ConnectionProfile> ProfileStore::findByName(const QString &name) const
{
    // The column compares without case (COLLATE NOCASE), as names are unique without case.
    const QList<ConnectionProfile> found = select(QStringLiteral("WHERE name = ?"), name.trimmed());
    return found.isEmpty() ? std::nullopt : std::optional<ConnectionProfile>(found.first());
}

std::optional<ConnectionProfile> ProfileStore::findById(const QString &id) const
{
    const QList<ConnectionProfile> found = select(QStringLiteral("WHERE id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional<ConnectionProfile>(found.first());
}

QString ProfileStore::save(ConnectionProfile &profile)
{
    if (profile.name.trimmed().isEmpty())
        return tr("Give the connection a name.");
    if (const auto other = findByName(profile.name); other && other->id != profile.id)
        return tr("A saved connection is already called \"%1\"; pick another name.")
            .arg(profile.name);
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.updatedMs = QDateTime::currentMSecsSinceEpoch();
    mqtt::ConnectionOptions stored = profile.options;
    stored.password.clear(); // secrets go to the keychain, never here
    stored.tls.keyPassphrase.clear();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO profiles (id, name, colour, options, save_password, save_key_passphrase, "
        "updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
        "colour = excluded.colour, options = excluded.options, save_password = "
        "excluded.save_password, "
        "save_key_passphrase = excluded.save_key_passphrase, updated_at = excluded.updated_at"));
    q.addBindValue(profile.id);
    q.addBindValue(profile.name.trimmed());
    q.addBindValue(profile.colour.isEmpty() ? QStringLiteral("") : profile.colour); // NOT NULL
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(optionsToJson(stored)).toJson(QJsonDocument::Compact)));
    q.addBindValue(profile.savePassword);
    q.addBindValue(profile.saveKeyPassphrase);
    q.addBindValue(profile.updatedMs);
    bool ok = q.exec();
    QString error = ok ? QString() : q.lastError().text();
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM subscriptions WHERE profile_id = ?"));
    del.addBindValue(profile.id);
    if (ok && !del.exec()) {
        ok = false;
        error = del.lastError().text();
    }
    for (int i = 0; ok && i < profile.subscriptions.size(); ++i) {
        QSqlQuery s(db);
        s.prepare(QStringLiteral(
            "INSERT INTO subscriptions (profile_id, position, filter, qos) VALUES (?, ?, ?, ?)"));
        s.addBindValue(profile.id);
        s.addBindValue(i);
        s.addBindValue(profile.subscriptions[i].filter);
        s.addBindValue(profile.subscriptions[i].qos);
        ok = s.exec();
        if (!ok)
            error = s.lastError().text();
    }
    if (!ok) {
        db.rollback();
        return tr("Cannot save \"%1\" in %2: %3").arg(profile.name, m_path, error);
    }
    db.commit();
    return {};
}

QString ProfileStore::remove(const QString &id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM profiles WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return tr("Cannot delete the saved connection: %1").arg(q.lastError().text());
    return {};
}

QList<SentMessage> ProfileStore::recentSent(int limit) const
{
    QList<SentMessage> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "SELECT id, sent_at, broker, topic, payload, typed, input_format, qos, retain, "
        "properties, answer FROM sent_messages ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    q.exec();
    while (q.next()) {
        SentMessage m;
        m.id = q.value(0).toLongLong();
        m.sentAtMs = q.value(1).toLongLong();
        m.broker = q.value(2).toString();
        m.topic = q.value(3).toString();
        m.payload = q.value(4).toByteArray();
        m.text = q.value(5).toString();
        m.inputFormat = q.value(6).toInt();
        m.qos = q.value(7).toInt();
        m.retain = q.value(8).toBool();
        m.properties =
            propertiesFromJson(QJsonDocument::fromJson(q.value(9).toByteArray()).object());
        m.answer = q.value(10).toString();
        out.append(m);
    }
    return out;
}

QString ProfileStore::appendSent(SentMessage &m, int keep)
{
    auto text = [](const QString &s) {
        return s.isNull() ? QStringLiteral("") : s;
    }; // NOT NULL columns
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO sent_messages (sent_at, broker, topic, payload, typed, input_format, qos, "
        "retain, properties, answer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(m.sentAtMs);
    q.addBindValue(text(m.broker));
    q.addBindValue(text(m.topic));
    q.addBindValue(m.payload.isNull() ? QByteArray("") : m.payload);
    q.addBindValue(text(m.text));
    q.addBindValue(m.inputFormat);
    q.addBindValue(m.qos);
    q.addBindValue(m.retain);
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(propertiesToJson(m.properties)).toJson(QJsonDocument::Compact)));
    q.addBindValue(text(m.answer));
    if (!q.exec())
        return tr("Cannot record the sent message in %1: %2").arg(m_path, q.lastError().text());
    m.id = q.lastInsertId().toLongLong();
    QSqlQuery prune(db);
    prune.prepare(QStringLiteral("DELETE FROM sent_messages WHERE id <= ?"));
    prune.addBindValue(m.id - keep);
    prune.exec();
    return {};
}

QString ProfileStore::setSentAnswer(qint64 id, const QString &answer)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE sent_messages SET answer = ? WHERE id = ?"));
    q.addBindValue(answer.isNull() ? QStringLiteral("") : answer);
    q.addBindValue(id);
    if (!q.exec())
        return tr("Cannot record the broker's answer in %1: %2").arg(m_path, q.lastError().text());
    return {};
}

} // namespace deck::profiles
