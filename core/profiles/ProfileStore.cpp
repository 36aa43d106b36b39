#include "ProfileStore.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace deck::profiles {

namespace {

using storage::Row;
using storage::Status;

// NOT NULL text columns: a null QString would bind as NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

ConnectionProfile profileFromRow(const Row &r)
{
    ConnectionProfile p;
    p.id = r.value(0).toString();
    p.name = r.value(1).toString();
    p.colour = r.value(2).toString();
    p.options = optionsFromJson(QJsonDocument::fromJson(r.value(3).toByteArray()).object());
    p.savePassword = r.value(4).toBool();
    p.saveKeyPassphrase = r.value(5).toBool();
    p.updatedMs = r.value(6).toLongLong();
    p.production = r.value(7).toBool();
    p.boards = fleet::BoardSettings::fromJson(
        QJsonDocument::fromJson(r.value(8).toByteArray()).object());
    return p;
}

SentMessage sentFromRow(const Row &r)
{
    SentMessage m;
    m.id = r.value(0).toLongLong();
    m.sentAtMs = r.value(1).toLongLong();
    m.broker = r.value(2).toString();
    m.topic = r.value(3).toString();
    m.payload = r.value(4).toByteArray();
    m.text = r.value(5).toString();
    m.inputFormat = r.value(6).toInt();
    m.qos = r.value(7).toInt();
    m.retain = r.value(8).toBool();
    m.properties = propertiesFromJson(QJsonDocument::fromJson(r.value(9).toByteArray()).object());
    m.answer = r.value(10).toString();
    return m;
}

} // namespace

QList<storage::Migration> ProfileStore::migrations()
{
    // Versions 1 to 3 are what earlier releases wrote: never change them, add a step instead.
    return {
        {1,
         QString::fromLatin1(QT_TRANSLATE_NOOP("Migration", "profiles")),
         // profiles, their options as JSON (secrets excluded), and a colour tag.
         {QStringLiteral("CREATE TABLE profiles ("
                         " id TEXT PRIMARY KEY,"
                         " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                         " colour TEXT NOT NULL DEFAULT '',"
                         " options TEXT NOT NULL,"
                         " save_password INTEGER NOT NULL DEFAULT 0,"
                         " save_key_passphrase INTEGER NOT NULL DEFAULT 0,"
                         " updated_at INTEGER NOT NULL)")}},
        {2,
         QString::fromLatin1(QT_TRANSLATE_NOOP("Migration", "default subscriptions")),
         // default subscriptions in their own table, in order.
         {QStringLiteral("CREATE TABLE subscriptions ("
                         " profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                         " position INTEGER NOT NULL,"
                         " filter TEXT NOT NULL,"
                         " qos INTEGER NOT NULL DEFAULT 0,"
                         " PRIMARY KEY (profile_id, position))")}},
        {3,
         QString::fromLatin1(QT_TRANSLATE_NOOP("Migration", "sent messages")),
         // the Publish page's sent messages survive a restart.
         {QStringLiteral("CREATE TABLE sent_messages ("
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
                         " answer TEXT NOT NULL DEFAULT '')")}},
        {4,
         QString::fromLatin1(QT_TRANSLATE_NOOP("Migration", "sent messages per broker")),
         // sent messages are listed and pruned per broker.
         {QStringLiteral("CREATE INDEX sent_messages_by_broker ON sent_messages (broker, id)")}},
        {5,
         QString::fromLatin1(QT_TRANSLATE_NOOP("Migration", "production connections")),
         // a production connection asks before publishing and is marked red in the window.
         {QStringLiteral(
             "ALTER TABLE profiles ADD COLUMN production INTEGER NOT NULL DEFAULT 0")}},
        {6,
         QString::fromLatin1(QT_TRANSLATE_NOOP("Migration", "fleet rules and retained threshold")),
         // the Fleet page's device rules and the Retained page's "large" threshold, as JSON.
         {QStringLiteral("ALTER TABLE profiles ADD COLUMN boards TEXT NOT NULL DEFAULT '{}'")}},
    };
}

ProfileStore::ProfileStore() = default;
ProfileStore::~ProfileStore() = default;

QString ProfileStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("profiles.sqlite"));
}

bool ProfileStore::isOpen() const
{
    return m_db && m_db->isOpen();
}

QString ProfileStore::said(const Status &s) const
{
    return s.ok() ? QString() : s.error();
}

QString ProfileStore::open(const QString &path, storage::Database::Access access)
{
    m_path = path;
    m_db = std::make_unique<storage::Database>(tr("the saved connections"), path, migrations());
    const Status s = m_db->open(access);
    if (!s)
        m_db.reset();
    return said(s);
}

int ProfileStore::schemaVersion() const
{
    if (!m_db)
        return -1;
    const storage::Result<int> v = m_db->fileVersion();
    m_lastError = v.error();
    return v.valueOr(-1);
}

QList<ConnectionProfile> ProfileStore::select(const QString &where, const QVariant &value) const
{
    if (!m_db) {
        m_lastError = tr("The saved connections are not open.");
        return {};
    }
    const QString doing = tr("read the saved connections");
    storage::Result<QList<Row>> rows = m_db->query(
        doing,
        QStringLiteral("SELECT id, name, colour, options, save_password, save_key_passphrase, "
                       "updated_at, production, boards FROM profiles %1 "
                       "ORDER BY name COLLATE NOCASE")
            .arg(where),
        where.isEmpty() ? QVariantList() : QVariantList{value});
    m_lastError = rows.error();
    if (!rows)
        return {};
    QList<ConnectionProfile> out;
    for (const Row &r : rows.value()) {
        ConnectionProfile p = profileFromRow(r);
        storage::Result<QList<Row>> subs = m_db->query(
            doing,
            QStringLiteral(
                "SELECT filter, qos FROM subscriptions WHERE profile_id = ? ORDER BY position"),
            {p.id});
        if (!subs) {
            m_lastError = subs.error();
            return {};
        }
        for (const Row &s : subs.value()) {
            mqtt::Subscription sub;
            sub.filter = s.value(0).toString();
            sub.qos = s.value(1).toInt();
            p.subscriptions.append(sub);
        }
        out.append(p);
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
    if (!m_db)
        return tr("The saved connections are not open.");
    const auto other = findByName(profile.name);
    if (!m_lastError.isEmpty())
        return m_lastError;
    if (other && other->id != profile.id)
        return tr("A saved connection is already called \"%1\"; pick another name.")
            .arg(profile.name);
    const QString id =
        profile.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : profile.id;
    const qint64 updated = QDateTime::currentMSecsSinceEpoch();
    mqtt::ConnectionOptions stored = profile.options;
    stored.password.clear(); // secrets go to the keychain, never here
    stored.tls.keyPassphrase.clear();
    const Status s = m_db->transaction(
        tr("save \"%1\"").arg(profile.name.trimmed()), [&](storage::Transaction &t) {
            Status step = t.exec(
                QStringLiteral(
                    "INSERT INTO profiles (id, name, colour, options, save_password, "
                    "save_key_passphrase, updated_at, production, boards) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT(id) DO UPDATE SET name = excluded.name, colour = excluded.colour, "
                    "options = excluded.options, save_password = excluded.save_password, "
                    "save_key_passphrase = excluded.save_key_passphrase, "
                    "updated_at = excluded.updated_at, production = excluded.production, "
                    "boards = excluded.boards"),
                {id, profile.name.trimmed(), text(profile.colour),
                 QString::fromUtf8(
                     QJsonDocument(optionsToJson(stored)).toJson(QJsonDocument::Compact)),
                 profile.savePassword, profile.saveKeyPassphrase, updated, profile.production,
                 QString::fromUtf8(QJsonDocument(profile.boards.toJson())
                                       .toJson(QJsonDocument::Compact))});
            if (!step)
                return step;
            step = t.exec(QStringLiteral("DELETE FROM subscriptions WHERE profile_id = ?"), {id});
            for (int i = 0; step && i < profile.subscriptions.size(); ++i)
                step = t.exec(QStringLiteral("INSERT INTO subscriptions (profile_id, position, "
                                             "filter, qos) VALUES (?, ?, ?, ?)"),
                              {id, i, text(profile.subscriptions[i].filter),
                               profile.subscriptions[i].qos});
            return step;
        });
    if (!s)
        return s.error(); // `profile` is left as it was
    profile.id = id;
    profile.updatedMs = updated;
    return {};
}

QString ProfileStore::saveBoards(const QString &id, const fleet::BoardSettings &boards)
{
    if (!m_db)
        return tr("The saved connections are not open.");
    return said(m_db->exec(
        tr("save the device rules of a connection"),
        QStringLiteral("UPDATE profiles SET boards = ? WHERE id = ?"),
        {QString::fromUtf8(QJsonDocument(boards.toJson()).toJson(QJsonDocument::Compact)), id}));
}

QString ProfileStore::remove(const QString &id)
{
    if (!m_db)
        return tr("The saved connections are not open.");
    return said(m_db->exec(tr("delete the saved connection"),
                           QStringLiteral("DELETE FROM profiles WHERE id = ?"), {id}));
}

QList<SentMessage> ProfileStore::selectSent(const QString &where, const QVariantList &binds) const
{
    if (!m_db) {
        m_lastError = tr("The saved connections are not open.");
        return {};
    }
    storage::Result<QList<Row>> rows = m_db->query(
        tr("read the sent messages"),
        QStringLiteral("SELECT id, sent_at, broker, topic, payload, typed, input_format, qos, "
                       "retain, properties, answer FROM sent_messages %1 ORDER BY id DESC LIMIT ?")
            .arg(where),
        binds);
    m_lastError = rows.error();
    QList<SentMessage> out;
    if (rows)
        for (const Row &r : rows.value())
            out.append(sentFromRow(r));
    return out;
}

QList<SentMessage> ProfileStore::recentSent(int limit) const
{
    return selectSent({}, {limit});
}

QList<SentMessage> ProfileStore::recentSent(const QString &broker, int limit) const
{
    return selectSent(QStringLiteral("WHERE broker = ?"), {text(broker), limit});
}

QString ProfileStore::appendSent(SentMessage &m, int keep)
{
    if (!m_db)
        return tr("The saved connections are not open.");
    qint64 id = 0;
    const Status s = m_db->transaction(tr("record the sent message"), [&](storage::Transaction &t) {
        storage::Result<qint64> inserted = t.insert(
            QStringLiteral(
                "INSERT INTO sent_messages (sent_at, broker, topic, payload, typed, input_format, "
                "qos, retain, properties, answer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {m.sentAtMs, text(m.broker), text(m.topic),
             m.payload.isNull() ? QByteArray("") : m.payload, text(m.text), m.inputFormat, m.qos,
             m.retain,
             QString::fromUtf8(
                 QJsonDocument(propertiesToJson(m.properties)).toJson(QJsonDocument::Compact)),
             text(m.answer)});
        if (!inserted)
            return inserted.status();
        id = inserted.value();
        // Keep the newest `keep` of this broker: older than the keep-th newest goes.
        return t.exec(QStringLiteral("DELETE FROM sent_messages WHERE broker = ? AND id < "
                                     "(SELECT id FROM sent_messages WHERE broker = ? "
                                     "ORDER BY id DESC LIMIT 1 OFFSET ?)"),
                      {text(m.broker), text(m.broker), qMax(0, keep - 1)});
    });
    if (!s)
        return s.error();
    m.id = id;
    return {};
}

QString ProfileStore::setSentAnswer(qint64 id, const QString &answer)
{
    if (!m_db)
        return tr("The saved connections are not open.");
    return said(m_db->exec(tr("record the broker's answer"),
                           QStringLiteral("UPDATE sent_messages SET answer = ? WHERE id = ?"),
                           {text(answer), id}));
}

} // namespace deck::profiles
