#include "Journal.h"

#include "mqtt/ReasonCodes.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>

namespace deck::storage {

namespace {

// Outcomes as stored: codes, never sentences (sentences are made when shown).
const char *const kOutcomes[] = {"pending", "cleared", "refused", "failed", "lost", "no-answer"};

QString outcomeCode(RetainedClearTopic::Outcome o)
{
    return QString::fromLatin1(kOutcomes[int(o)]);
}

RetainedClearTopic::Outcome outcomeFromCode(const QString &code)
{
    for (int i = 0; i < int(std::size(kOutcomes)); ++i)
        if (code == QLatin1String(kOutcomes[i]))
            return RetainedClearTopic::Outcome(i);
    return RetainedClearTopic::Outcome::Pending;
}

} // namespace

Journal::Journal() = default;
Journal::~Journal() = default;

QString Journal::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("journal.sqlite"));
}

QList<Migration> Journal::migrations()
{
    return {
        {1,
         QString::fromLatin1(QT_TRANSLATE_NOOP("Migration", "retained clears")),
         {QStringLiteral("CREATE TABLE retained_clears ("
                         " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                         " started_at INTEGER NOT NULL,"
                         " finished_at INTEGER,"
                         " broker TEXT NOT NULL,"
                         " client_id TEXT NOT NULL,"
                         " mqtt_version INTEGER NOT NULL)"),
          QStringLiteral("CREATE TABLE retained_clear_topics ("
                         " clear_id INTEGER NOT NULL REFERENCES retained_clears(id)"
                         " ON DELETE CASCADE,"
                         " position INTEGER NOT NULL,"
                         " topic TEXT NOT NULL,"
                         " outcome TEXT NOT NULL DEFAULT 'pending',"
                         " reason_code INTEGER NOT NULL DEFAULT 0,"
                         " detail TEXT NOT NULL DEFAULT '',"
                         " PRIMARY KEY (clear_id, position))")}},
        // The command journal (commands::CommandJournal): rows are never updated; commands
        // and events share one hash-chained sequence (seq), whose head is command_chain.
        {2,
         QString::fromLatin1(QT_TRANSLATE_NOOP("Migration", "command journal")),
         {QStringLiteral("CREATE TABLE commands ("
                         " seq INTEGER NOT NULL UNIQUE,"
                         " command_id TEXT PRIMARY KEY,"
                         " created_at INTEGER NOT NULL,"
                         " template TEXT NOT NULL,"
                         " convention TEXT NOT NULL,"
                         " name TEXT NOT NULL,"
                         " target TEXT NOT NULL,"
                         " topic TEXT NOT NULL,"
                         " payload BLOB NOT NULL,"
                         " qos INTEGER NOT NULL,"
                         " retain INTEGER NOT NULL,"
                         " retain_reason TEXT NOT NULL,"
                         " operator TEXT NOT NULL,"
                         " os_user TEXT NOT NULL,"
                         " host TEXT NOT NULL,"
                         " reason TEXT NOT NULL,"
                         " broker TEXT NOT NULL,"
                         " client_id TEXT NOT NULL,"
                         " ack_topic TEXT NOT NULL,"
                         " result_topic TEXT NOT NULL,"
                         " response_topic TEXT NOT NULL,"
                         " ttl_ms INTEGER NOT NULL,"
                         " ack_timeout_ms INTEGER NOT NULL,"
                         " result_timeout_ms INTEGER NOT NULL,"
                         " hash TEXT NOT NULL)"),
          QStringLiteral("CREATE TABLE command_events ("
                         " seq INTEGER PRIMARY KEY,"
                         " command_id TEXT NOT NULL,"
                         " at INTEGER NOT NULL,"
                         " kind TEXT NOT NULL,"
                         " from_state TEXT NOT NULL,"
                         " to_state TEXT NOT NULL,"
                         " reason_code INTEGER NOT NULL,"
                         " topic TEXT NOT NULL,"
                         " payload BLOB NOT NULL,"
                         " detail TEXT NOT NULL,"
                         " hash TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX command_events_by_command ON command_events (command_id, "
                         "seq)"),
          QStringLiteral("CREATE TABLE command_chain ("
                         " id INTEGER PRIMARY KEY CHECK (id = 1),"
                         " seq INTEGER NOT NULL,"
                         " hash TEXT NOT NULL)")}},
    };
}

Status Journal::open(const QString &path, Database::Access access)
{
    m_path = path;
    m_db = std::make_unique<Database>(tr("the journal"), path, migrations());
    Status s = m_db->open(access);
    if (!s)
        m_db.reset();
    return s;
}

bool Journal::isOpen() const
{
    return m_db && m_db->isOpen();
}

Status Journal::beginRetainedClear(RetainedClear &clear)
{
    if (!m_db)
        return Status::failure(tr("The journal is not open."));
    clear.startedMs = QDateTime::currentMSecsSinceEpoch();
    return m_db->transaction(tr("record the clearing of retained values"), [&](Transaction &t) {
        Result<qint64> id = t.insert(
            QStringLiteral("INSERT INTO retained_clears (started_at, broker, client_id, "
                           "mqtt_version) VALUES (?, ?, ?, ?)"),
            {clear.startedMs, clear.broker.isNull() ? QStringLiteral("") : clear.broker,
             clear.clientId.isNull() ? QStringLiteral("") : clear.clientId,
             clear.version == mqtt::MqttVersion::V311 ? 4 : 5});
        if (!id)
            return id.status();
        clear.id = id.value();
        for (int i = 0; i < clear.topics.size(); ++i)
            if (Status s = t.exec(QStringLiteral("INSERT INTO retained_clear_topics (clear_id, "
                                                 "position, topic) VALUES (?, ?, ?)"),
                                  {clear.id, i, clear.topics[i].topic});
                !s)
                return s;
        return Status();
    });
}

Status Journal::finishRetainedClear(RetainedClear &clear)
{
    if (!m_db)
        return Status::failure(tr("The journal is not open."));
    clear.finishedMs = QDateTime::currentMSecsSinceEpoch();
    return m_db->transaction(tr("record the outcome of clearing retained values"),
                             [&](Transaction &t) {
                                 if (Status s = t.exec(QStringLiteral("UPDATE retained_clears SET "
                                                                      "finished_at = ? WHERE id = ?"),
                                                       {clear.finishedMs, clear.id});
                                     !s)
                                     return s;
                                 for (int i = 0; i < clear.topics.size(); ++i) {
                                     const RetainedClearTopic &topic = clear.topics[i];
                                     if (Status s = t.exec(
                                             QStringLiteral(
                                                 "UPDATE retained_clear_topics SET outcome = ?, "
                                                 "reason_code = ?, detail = ? WHERE clear_id = ? "
                                                 "AND position = ?"),
                                             {outcomeCode(topic.outcome), topic.reasonCode,
                                              topic.detail.isNull() ? QStringLiteral("")
                                                                    : topic.detail,
                                              clear.id, i});
                                         !s)
                                         return s;
                                 }
                                 return Status();
                             });
}

Result<QList<RetainedClear>> Journal::retainedClears(int limit) const
{
    if (!m_db)
        return Status::failure(tr("The journal is not open."));
    const QString doing = tr("read the journal of cleared retained values");
    Result<QList<Row>> rows = m_db->query(
        doing,
        QStringLiteral("SELECT id, started_at, finished_at, broker, client_id, mqtt_version FROM "
                       "retained_clears ORDER BY id DESC LIMIT ?"),
        {limit});
    if (!rows)
        return rows.status();
    QList<RetainedClear> out;
    for (const Row &r : rows.value()) {
        RetainedClear c;
        c.id = r.value(0).toLongLong();
        c.startedMs = r.value(1).toLongLong();
        c.finishedMs = r.value(2).toLongLong(); // NULL -> 0
        c.broker = r.value(3).toString();
        c.clientId = r.value(4).toString();
        c.version = r.value(5).toInt() == 4 ? mqtt::MqttVersion::V311 : mqtt::MqttVersion::V5;
        Result<QList<Row>> topics = m_db->query(
            doing,
            QStringLiteral("SELECT topic, outcome, reason_code, detail FROM retained_clear_topics "
                           "WHERE clear_id = ? ORDER BY position"),
            {c.id});
        if (!topics)
            return topics.status();
        for (const Row &t : topics.value())
            c.topics.append({t.value(0).toString(), outcomeFromCode(t.value(1).toString()),
                             t.value(2).toInt(), t.value(3).toString()});
        out.append(c);
    }
    return out;
}

QString Journal::outcomeText(const RetainedClearTopic &t, mqtt::MqttVersion version)
{
    using Outcome = RetainedClearTopic::Outcome;
    QString reason;
    switch (t.outcome) {
    case Outcome::Cleared:
        reason = tr("cleared");
        break;
    case Outcome::Pending:
        reason = tr("no answer was recorded (MQTT Deck stopped first)");
        break;
    case Outcome::Refused:
        reason = tr("%1 (%2)").arg(
            mqtt::ReasonCodes::name(t.reasonCode, mqtt::PacketKind::Puback, version),
            mqtt::ReasonCodes::hex(t.reasonCode));
        break;
    case Outcome::Failed:
        reason = t.detail;
        break;
    case Outcome::ConnectionLost:
        reason = tr("the connection was lost before the broker answered");
        break;
    case Outcome::NoAnswer:
        reason = tr("no answer from the broker within 15 s");
        break;
    }
    return t.topic + QStringLiteral(": ") + reason;
}

} // namespace deck::storage
