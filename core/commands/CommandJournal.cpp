#include "CommandJournal.h"

#include "CommandBuilder.h"
#include "storage/Journal.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace deck::commands {

using storage::Result;
using storage::Row;
using storage::Status;

namespace {

QString nn(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
QByteArray nn(const QByteArray &b)
{
    return b.isNull() ? QByteArray("") : b;
}

const char *kCommandColumns =
    "command_id, created_at, template, convention, name, target, topic, payload, qos, retain, "
    "retain_reason, operator, os_user, host, reason, broker, client_id, ack_topic, result_topic, "
    "response_topic, ttl_ms, ack_timeout_ms, result_timeout_ms";
const char *kEventColumns =
    "command_id, at, kind, from_state, to_state, reason_code, topic, payload, detail";

QVariantList commandBinds(const CommandRecord &r)
{
    return {nn(r.commandId),  r.createdMs,      nn(r.templateName), conventionKey(r.convention),
            nn(r.name),       nn(r.target),     nn(r.topic),        nn(r.payload),
            r.qos,            r.retain ? 1 : 0, nn(r.retainReason), nn(r.operatorName),
            nn(r.osUser),     nn(r.host),       nn(r.reason),       nn(r.broker),
            nn(r.clientId),   nn(r.ackTopic),   nn(r.resultTopic),  nn(r.responseTopic),
            r.ttlMs,          r.ackTimeoutMs,   r.resultTimeoutMs};
}

CommandRecord recordFromRow(const Row &v, int at = 0)
{
    CommandRecord r;
    r.commandId = v.value(at + 0).toString();
    r.createdMs = v.value(at + 1).toLongLong();
    r.templateName = v.value(at + 2).toString();
    r.convention = conventionFromKey(v.value(at + 3).toString()).value_or(Convention::Stream);
    r.name = v.value(at + 4).toString();
    r.target = v.value(at + 5).toString();
    r.topic = v.value(at + 6).toString();
    r.payload = v.value(at + 7).toByteArray();
    r.qos = v.value(at + 8).toInt();
    r.retain = v.value(at + 9).toInt() != 0;
    r.retainReason = v.value(at + 10).toString();
    r.operatorName = v.value(at + 11).toString();
    r.osUser = v.value(at + 12).toString();
    r.host = v.value(at + 13).toString();
    r.reason = v.value(at + 14).toString();
    r.broker = v.value(at + 15).toString();
    r.clientId = v.value(at + 16).toString();
    r.ackTopic = v.value(at + 17).toString();
    r.resultTopic = v.value(at + 18).toString();
    r.responseTopic = v.value(at + 19).toString();
    r.ttlMs = v.value(at + 20).toLongLong();
    r.ackTimeoutMs = v.value(at + 21).toLongLong();
    r.resultTimeoutMs = v.value(at + 22).toLongLong();
    return r;
}

QVariantList eventBinds(const CommandEvent &e)
{
    return {nn(e.commandId),       e.atMs,        eventKindKey(e.kind),
            stateKey(e.from),      stateKey(e.to), e.reasonCode,
            nn(e.topic),           nn(e.payload), nn(e.detail)};
}

CommandEvent eventFromRow(const Row &v, int at = 0)
{
    CommandEvent e;
    e.commandId = v.value(at + 0).toString();
    e.atMs = v.value(at + 1).toLongLong();
    e.kind = eventKindFromKey(v.value(at + 2).toString());
    e.from = stateFromKey(v.value(at + 3).toString()).value_or(CommandState::Unknown);
    e.to = stateFromKey(v.value(at + 4).toString()).value_or(CommandState::Unknown);
    e.reasonCode = v.value(at + 5).toInt();
    e.topic = v.value(at + 6).toString();
    e.payload = v.value(at + 7).toByteArray();
    e.detail = v.value(at + 8).toString();
    return e;
}

QJsonObject recordJson(const CommandRecord &r)
{
    return QJsonObject{{QStringLiteral("entry"), QStringLiteral("command")},
                       {QStringLiteral("command_id"), r.commandId},
                       {QStringLiteral("created_at"), r.createdMs},
                       {QStringLiteral("template"), r.templateName},
                       {QStringLiteral("convention"), conventionKey(r.convention)},
                       {QStringLiteral("name"), r.name},
                       {QStringLiteral("target"), r.target},
                       {QStringLiteral("topic"), r.topic},
                       {QStringLiteral("payload_base64"), QString::fromLatin1(r.payload.toBase64())},
                       {QStringLiteral("qos"), r.qos},
                       {QStringLiteral("retain"), r.retain},
                       {QStringLiteral("retain_reason"), r.retainReason},
                       {QStringLiteral("operator"), r.operatorName},
                       {QStringLiteral("os_user"), r.osUser},
                       {QStringLiteral("host"), r.host},
                       {QStringLiteral("reason"), r.reason},
                       {QStringLiteral("broker"), r.broker},
                       {QStringLiteral("client_id"), r.clientId},
                       {QStringLiteral("ack_topic"), r.ackTopic},
                       {QStringLiteral("result_topic"), r.resultTopic},
                       {QStringLiteral("response_topic"), r.responseTopic},
                       {QStringLiteral("ttl_ms"), r.ttlMs},
                       {QStringLiteral("ack_timeout_ms"), r.ackTimeoutMs},
                       {QStringLiteral("result_timeout_ms"), r.resultTimeoutMs}};
}

QJsonObject eventJson(const CommandEvent &e)
{
    return QJsonObject{{QStringLiteral("entry"), QStringLiteral("event")},
                       {QStringLiteral("command_id"), e.commandId},
                       {QStringLiteral("at"), e.atMs},
                       {QStringLiteral("kind"), eventKindKey(e.kind)},
                       {QStringLiteral("from_state"), stateKey(e.from)},
                       {QStringLiteral("to_state"), stateKey(e.to)},
                       {QStringLiteral("reason_code"), e.reasonCode},
                       {QStringLiteral("topic"), e.topic},
                       {QStringLiteral("payload_base64"), QString::fromLatin1(e.payload.toBase64())},
                       {QStringLiteral("detail"), e.detail}};
}

} // namespace

struct CommandJournal::Entry
{
    qint64 seq = 0;
    QString hash;
    bool isCommand = false;
    CommandRecord record;
    CommandEvent event;
    QByteArray canonical() const
    {
        return isCommand ? CommandJournal::canonical(record) : CommandJournal::canonical(event);
    }
    QString label() const
    {
        return isCommand ? CommandJournal::tr("the command %1").arg(record.commandId)
                         : CommandJournal::tr("the event %1 of %2 (%3)")
                               .arg(event.kind == CommandEvent::Kind::Transition
                                        ? stateKey(event.to)
                                        : eventKindKey(event.kind),
                                    event.commandId.isEmpty() ? CommandJournal::tr("no command")
                                                              : event.commandId,
                                    CommandBuilder::isoTime(event.atMs));
    }
};

CommandJournal::CommandJournal() = default;
CommandJournal::~CommandJournal() = default;

QByteArray CommandJournal::canonical(const CommandRecord &record)
{
    // QJsonObject keeps its keys sorted: the compact form is canonical.
    return QJsonDocument(recordJson(record)).toJson(QJsonDocument::Compact);
}

QByteArray CommandJournal::canonical(const CommandEvent &event)
{
    return QJsonDocument(eventJson(event)).toJson(QJsonDocument::Compact);
}

QString CommandJournal::chainHash(const QString &previousHash, const QByteArray &canonical)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(previousHash.toLatin1());
    h.addData("\n");
    h.addData(canonical);
    return QString::fromLatin1(h.result().toHex());
}

Status CommandJournal::open(const QString &path, storage::Database::Access access)
{
    m_db.reset();
    m_path = path;
    // An SQLite file of something else is refused before it is touched (a migration would
    // add the journal's tables to it).
    if (const QFileInfo info(path); info.exists() && info.size() > 0) {
        QString problem;
        const QString name = QStringLiteral("journal-probe-") + QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery q(db);
                QStringList tables;
                if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
                    while (q.next())
                        tables << q.value(0).toString();
                else
                    problem = tr("%1 is not an MQTT Deck journal: it is not an SQLite database.")
                                  .arg(path);
                if (problem.isEmpty() && !tables.isEmpty() &&
                    !tables.contains(QStringLiteral("retained_clears")))
                    problem = tr("%1 is not an MQTT Deck journal: it is an SQLite database with "
                                 "other tables (%2). Choose the journal file (journal.sqlite).")
                                  .arg(path, tables.mid(0, 5).join(QStringLiteral(", ")));
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        if (!problem.isEmpty())
            return Status::failure(problem);
    }
    auto db = std::make_unique<storage::Database>(tr("the journal"), path,
                                                  storage::Journal::migrations());
    if (Status s = db->open(access); !s)
        return s;
    m_db = std::move(db);
    return {};
}

Status CommandJournal::append(storage::Transaction &t, const QString &sqlInsert,
                              QVariantList binds, const QByteArray &canonical)
{
    Result<QList<Row>> head =
        t.query(QStringLiteral("SELECT seq, hash FROM command_chain WHERE id = 1"));
    if (!head)
        return head.status();
    const qint64 seq = head.value().isEmpty() ? 1 : head.value()[0].value(0).toLongLong() + 1;
    const QString previous = head.value().isEmpty() ? QString() : head.value()[0].value(1).toString();
    const QString hash = chainHash(previous, canonical);
    binds.prepend(seq);
    binds.append(hash);
    if (Status s = t.exec(sqlInsert, binds); !s)
        return s;
    return t.exec(QStringLiteral("INSERT INTO command_chain (id, seq, hash) VALUES (1, ?, ?) ON "
                                 "CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = "
                                 "excluded.hash"),
                  {seq, hash});
}

Status CommandJournal::recordCommand(const CommandRecord &record)
{
    if (!m_db)
        return Status::failure(tr("The journal is not open."));
    // Durable before the PUBLISH leaves: a power cut right after must not lose the row.
    if (Status s = m_db->exec(tr("prepare the journal"), QStringLiteral("PRAGMA synchronous = FULL"));
        !s)
        return s;
    return m_db->transaction(tr("record the command %1").arg(record.commandId),
                             [&](storage::Transaction &t) {
                                 return append(t,
                                               QStringLiteral("INSERT INTO commands (seq, %1, hash) "
                                                              "VALUES (?%2, ?)")
                                                   .arg(QLatin1String(kCommandColumns),
                                                        QStringLiteral(", ?").repeated(23)),
                                               commandBinds(record), canonical(record));
                             });
}

Status CommandJournal::recordEvents(const std::vector<CommandEvent> &events)
{
    if (!m_db)
        return Status::failure(tr("The journal is not open."));
    if (events.empty())
        return {};
    return m_db->transaction(tr("record what became of commands"), [&](storage::Transaction &t) {
        for (const CommandEvent &e : events)
            if (Status s = append(t,
                                  QStringLiteral("INSERT INTO command_events (seq, %1, hash) VALUES "
                                                 "(?%2, ?)")
                                      .arg(QLatin1String(kEventColumns),
                                           QStringLiteral(", ?").repeated(9)),
                                  eventBinds(e), canonical(e));
                !s)
                return s;
        return Status();
    });
}

Result<QList<TrackedCommand>> CommandJournal::load(const QString &where, const QVariantList &binds,
                                                   const QString &order, int limit) const
{
    if (!m_db)
        return Status::failure(tr("The journal is not open."));
    const QString doing = tr("read the command journal");
    Result<QList<Row>> rows = m_db->query(
        doing,
        QStringLiteral("SELECT %1 FROM commands %2 ORDER BY seq %3 LIMIT ?")
            .arg(QLatin1String(kCommandColumns), where, order),
        QVariantList(binds) << limit);
    if (!rows)
        return rows.status();
    QList<TrackedCommand> out;
    for (const Row &row : rows.value()) {
        TrackedCommand c;
        c.record = recordFromRow(row);
        Result<QList<Row>> events = m_db->query(
            doing,
            QStringLiteral("SELECT %1 FROM command_events WHERE command_id = ? ORDER BY seq")
                .arg(QLatin1String(kEventColumns)),
            {c.record.commandId});
        if (!events)
            return events.status();
        for (const Row &e : events.value())
            c.apply(eventFromRow(e));
        out << c;
    }
    return out;
}

Result<QList<TrackedCommand>> CommandJournal::commands(int limit) const
{
    return load({}, {}, QStringLiteral("DESC"), limit);
}

Result<TrackedCommand> CommandJournal::command(const QString &commandId) const
{
    Result<QList<TrackedCommand>> list =
        load(QStringLiteral("WHERE command_id = ?"), {commandId}, {}, 1);
    if (!list)
        return list.status();
    return list.value().isEmpty() ? TrackedCommand{} : list.value().first();
}

Result<QList<TrackedCommand>> CommandJournal::unfinished() const
{
    Result<QList<TrackedCommand>> all = load({}, {}, QStringLiteral("ASC"), 1000000);
    if (!all)
        return all;
    QList<TrackedCommand> out;
    for (const TrackedCommand &c : all.value())
        if (!isFinal(c.state))
            out << c;
    return out;
}

Result<QList<CommandEvent>> CommandJournal::unknownAnswers() const
{
    if (!m_db)
        return Status::failure(tr("The journal is not open."));
    Result<QList<Row>> rows = m_db->query(
        tr("read the command journal"),
        QStringLiteral("SELECT %1 FROM command_events WHERE kind = 'unknown' ORDER BY seq")
            .arg(QLatin1String(kEventColumns)));
    if (!rows)
        return rows.status();
    QList<CommandEvent> out;
    for (const Row &r : rows.value())
        out << eventFromRow(r);
    return out;
}

Result<QList<CommandJournal::Entry>> CommandJournal::entries() const
{
    if (!m_db)
        return Status::failure(tr("The journal is not open."));
    const QString doing = tr("read the command journal");
    Result<QList<Row>> commands = m_db->query(
        doing, QStringLiteral("SELECT seq, hash, %1 FROM commands").arg(QLatin1String(kCommandColumns)));
    if (!commands)
        return commands.status();
    Result<QList<Row>> events = m_db->query(
        doing,
        QStringLiteral("SELECT seq, hash, %1 FROM command_events").arg(QLatin1String(kEventColumns)));
    if (!events)
        return events.status();
    QList<Entry> out;
    for (const Row &r : commands.value()) {
        Entry e;
        e.seq = r.value(0).toLongLong();
        e.hash = r.value(1).toString();
        e.isCommand = true;
        e.record = recordFromRow(r, 2);
        out << e;
    }
    for (const Row &r : events.value()) {
        Entry e;
        e.seq = r.value(0).toLongLong();
        e.hash = r.value(1).toString();
        e.event = eventFromRow(r, 2);
        out << e;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Entry &a, const Entry &b) { return a.seq < b.seq; });
    return out;
}

Result<ChainReport> CommandJournal::verify() const
{
    Result<QList<Entry>> read = entries();
    if (!read)
        return read.status();
    const QList<Entry> &list = read.value();
    Result<QList<Row>> head =
        m_db->query(tr("read the command journal"),
                    QStringLiteral("SELECT seq, hash FROM command_chain WHERE id = 1"));
    if (!head)
        return head.status();
    const qint64 headSeq = head.value().isEmpty() ? 0 : head.value()[0].value(0).toLongLong();
    const QString headHash = head.value().isEmpty() ? QString() : head.value()[0].value(1).toString();
    ChainReport report;
    report.entries = list.size();
    QString previous;
    qint64 previousSeq = 0;
    auto broken = [&](qint64 seq, const QString &problem) {
        report.intact = false;
        report.firstBadEntry = seq;
        report.problem = problem;
        return report;
    };
    for (int i = 0; i < list.size(); ++i) {
        const Entry &e = list[i];
        if (chainHash(previous, e.canonical()) == e.hash && e.seq == previousSeq + 1) {
            previous = e.hash;
            previousSeq = e.seq;
            continue;
        }
        // Broken here. Inserted: the chain goes on after it as if it were not there.
        const bool nextFollows = i + 1 < list.size() &&
                                 chainHash(previous, list[i + 1].canonical()) == list[i + 1].hash;
        if (nextFollows || e.seq == previousSeq || e.seq > headSeq)
            return broken(e.seq, tr("entry #%1 (%2) was inserted: it is not part of the chain "
                                    "that entry #%3 continues.")
                                     .arg(e.seq)
                                     .arg(e.label())
                                     .arg(previousSeq));
        if (e.seq > previousSeq + 1)
            return broken(previousSeq + 1,
                          tr("entry #%1 was removed: the entry after #%2 is #%3 (%4).")
                              .arg(previousSeq + 1)
                              .arg(previousSeq)
                              .arg(e.seq)
                              .arg(e.label()));
        return broken(e.seq, tr("entry #%1 (%2) was changed: its hash does not match its "
                                "contents and the entry before it.")
                                 .arg(e.seq)
                                 .arg(e.label()));
    }
    if (headSeq > previousSeq)
        return broken(previousSeq + 1, tr("entry #%1 was removed: the journal recorded %2 entries, "
                                          "%3 remain.")
                                           .arg(previousSeq + 1)
                                           .arg(headSeq)
                                           .arg(previousSeq));
    if (headSeq < previousSeq || headHash != previous)
        return broken(headSeq + 1, tr("entry #%1 was inserted after the last entry the journal "
                                      "recorded (#%2).")
                                       .arg(headSeq + 1)
                                       .arg(headSeq));
    report.headHash = previous;
    return report;
}

Result<QByteArray> CommandJournal::exportJsonLines() const
{
    Result<QList<Entry>> read = entries();
    if (!read)
        return read.status();
    QByteArray out;
    for (const Entry &e : read.value()) {
        QJsonObject o = e.isCommand ? recordJson(e.record) : eventJson(e.event);
        o.insert(QStringLiteral("seq"), e.seq);
        o.insert(QStringLiteral("hash"), e.hash);
        const QByteArray payload = e.isCommand ? e.record.payload : e.event.payload;
        // Readable when it is text; base64 always (the hash covers the base64 form).
        if (!payload.isEmpty() && QString::fromUtf8(payload).toUtf8() == payload)
            o.insert(QStringLiteral("payload"), QString::fromUtf8(payload));
        if (e.isCommand)
            o.insert(QStringLiteral("created_at_iso"), CommandBuilder::isoTime(e.record.createdMs));
        else
            o.insert(QStringLiteral("at_iso"), CommandBuilder::isoTime(e.event.atMs));
        out += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    return out;
}

namespace {
/// Text as it is; anything else (a Sparkplug payload) as "base64:…", not raw bytes in a CSV.
QString csvPayload(const QByteArray &payload)
{
    const auto [text, isText] = payloadText(payload);
    return isText ? text : QStringLiteral("base64:") + text;
}
} // namespace

Result<QByteArray> CommandJournal::exportCsv() const
{
    Result<QList<Entry>> read = entries();
    if (!read)
        return read.status();
    auto field = [](QString s) {
        if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n') || s.contains(u'\r'))
            s = u'"' + s.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
        return s;
    };
    QStringList lines{QStringLiteral(
        "seq,entry,command_id,time,state,kind,template,convention,target,topic,qos,retain,"
        "operator,os_user,host,reason,broker,client_id,reason_code,payload,detail,hash")};
    for (const Entry &e : read.value()) {
        QStringList f;
        if (e.isCommand) {
            const CommandRecord &r = e.record;
            f << QString::number(e.seq) << QStringLiteral("command") << r.commandId
              << CommandBuilder::isoTime(r.createdMs) << stateKey(CommandState::Created)
              << QString() << r.templateName << conventionKey(r.convention) << r.target << r.topic
              << QString::number(r.qos) << QString::number(r.retain ? 1 : 0) << r.operatorName
              << r.osUser << r.host << r.reason << r.broker << r.clientId << QString()
              << csvPayload(r.payload) << r.retainReason << e.hash;
        } else {
            const CommandEvent &v = e.event;
            f << QString::number(e.seq) << QStringLiteral("event") << v.commandId
              << CommandBuilder::isoTime(v.atMs) << stateKey(v.to) << eventKindKey(v.kind)
              << QString() << QString() << QString() << v.topic << QString() << QString()
              << QString() << QString() << QString() << QString() << QString() << QString()
              << (v.reasonCode >= 0 ? QString::number(v.reasonCode) : QString())
              << csvPayload(v.payload) << v.detail << e.hash;
        }
        for (QString &s : f)
            s = field(s);
        lines << f.join(u',');
    }
    return (lines.join(u'\n') + u'\n').toUtf8();
}

} // namespace deck::commands
