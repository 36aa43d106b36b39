// Commands in core (issue 13): the tracker's state machine on a manual clock, templates and
// their refusals, the builder's refusals, the hash-chained journal and its verification.

#include "commands/CommandBuilder.h"
#include "commands/CommandJournal.h"
#include "commands/CommandTemplate.h"
#include "commands/CommandTracker.h"
#include "ingest/Message.h"
#include "util/Clock.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace deck;
using namespace deck::commands;

namespace {

CommandRecord streamRecord(const QString &id, qint64 createdMs)
{
    CommandRecord r;
    r.commandId = id;
    r.templateName = QStringLiteral("reboot");
    r.name = QStringLiteral("reboot");
    r.target = QStringLiteral("prod/acme/paris/line-01/gw-001");
    r.topic = r.target + QStringLiteral("/command/reboot");
    r.ackTopic = r.target + QStringLiteral("/ack/reboot");
    r.resultTopic = r.target + QStringLiteral("/result/reboot");
    r.payload = "{\"command_id\":\"" + id.toUtf8() + "\"}";
    r.createdMs = createdMs;
    r.ttlMs = 60000;
    r.ackTimeoutMs = 10000;
    r.resultTimeoutMs = 30000;
    return r;
}

Message answer(const QString &topic, const QString &id, const char *status)
{
    return Message::fromParts(topic.toUtf8(),
                              "{\"command_id\":\"" + id.toUtf8() + "\",\"status\":\"" + status + "\"}",
                              1);
}

mqtt::PublishResult puback(bool ok = true, int code = 0)
{
    mqtt::PublishResult r;
    r.ok = ok;
    r.qos = 1;
    r.code = code;
    r.codeName = ok ? QString() : QStringLiteral("Not authorized");
    return r;
}

QList<CommandState> states(const TrackedCommand &c)
{
    QList<CommandState> out;
    for (const CommandEvent &e : c.timeline)
        if (e.kind == CommandEvent::Kind::Transition)
            out << e.to;
    return out;
}

} // namespace

class TstCommands : public QObject
{
    Q_OBJECT

private slots:
    void happyPathTimeline()
    {
        ManualClock clock(1000);
        CommandTracker t(clock);
        const CommandRecord r = streamRecord(QStringLiteral("cmd-1"), 1000);
        t.track(r);
        clock.set(1010);
        t.publishAnswered(r.commandId, puback());
        clock.set(1100);
        t.consume(answer(r.ackTopic, r.commandId, "accepted"));
        clock.set(1200);
        t.consume(answer(r.resultTopic, r.commandId, "running"));
        clock.set(1500);
        t.consume(answer(r.resultTopic, r.commandId, "done"));
        const TrackedCommandPtr c = t.find(r.commandId);
        QCOMPARE(states(*c), (QList<CommandState>{CommandState::Created, CommandState::Sent,
                                                  CommandState::Acked, CommandState::Running,
                                                  CommandState::Done}));
        QCOMPARE(c->sentMs, 1010);
        QCOMPARE(c->ackedMs, 1100);
        QCOMPARE(c->resultMs, 1500);
        QCOMPARE(c->timeline[1].reasonCode, 0);
        // Every event reaches a reader once, in order.
        const auto events = t.takeEvents();
        QCOMPARE(int(events.size()), 5);
        QVERIFY(t.takeEvents().empty());
        QCOMPARE(t.snapshot()->commands.size(), size_t(1));
        QCOMPARE(t.snapshot()->commands[0]->state, CommandState::Done);
    }

    void snapshotsAreNeverChanged()
    {
        ManualClock clock(0);
        CommandTracker t(clock);
        const CommandRecord r = streamRecord(QStringLiteral("cmd-s"), 0);
        t.track(r);
        t.publishAnswered(r.commandId, puback());
        const auto before = t.snapshot();
        t.consume(answer(r.ackTopic, r.commandId, "accepted"));
        QCOMPARE(before->commands[0]->state, CommandState::Sent); // a reader's copy stays
        QCOMPARE(t.snapshot()->commands[0]->state, CommandState::Acked);
    }

    void duplicateAckDoesNotMoveTwice()
    {
        ManualClock clock(0);
        CommandTracker t(clock);
        const CommandRecord r = streamRecord(QStringLiteral("cmd-d"), 0);
        t.track(r);
        t.publishAnswered(r.commandId, puback());
        t.consume(answer(r.ackTopic, r.commandId, "accepted"));
        t.consume(answer(r.ackTopic, r.commandId, "accepted")); // QoS 1 redelivery
        t.consume(answer(r.resultTopic, r.commandId, "done"));
        t.consume(answer(r.resultTopic, r.commandId, "done"));
        const TrackedCommandPtr c = t.find(r.commandId);
        QCOMPARE(states(*c), (QList<CommandState>{CommandState::Created, CommandState::Sent,
                                                  CommandState::Acked, CommandState::Done}));
        int duplicates = 0;
        for (const CommandEvent &e : c->timeline)
            duplicates += e.kind == CommandEvent::Kind::Duplicate;
        QCOMPARE(duplicates, 2);
        QCOMPARE(t.snapshot()->unmatchedAnswers, quint64(2));
    }

    void unknownAndLateAnswersAreRecorded()
    {
        ManualClock clock(0);
        CommandTracker t(clock);
        const CommandRecord r = streamRecord(QStringLiteral("cmd-l"), 0);
        t.track(r);
        t.publishAnswered(r.commandId, puback());
        t.consume(answer(r.ackTopic, QStringLiteral("cmd-nobody"), "accepted"));
        t.consume(answer(r.ackTopic, r.commandId, "rejected"));
        t.consume(answer(r.resultTopic, r.commandId, "done")); // after the rejection
        std::vector<CommandEvent> events = t.takeEvents();
        QList<CommandEvent::Kind> kinds;
        for (const CommandEvent &e : events)
            kinds << e.kind;
        QCOMPARE(kinds, (QList<CommandEvent::Kind>{
                            CommandEvent::Kind::Transition, CommandEvent::Kind::Transition,
                            CommandEvent::Kind::Unknown, CommandEvent::Kind::Transition,
                            CommandEvent::Kind::Late}));
        QCOMPARE(events[2].commandId, QStringLiteral("cmd-nobody"));
        QCOMPARE(t.find(r.commandId)->state, CommandState::Rejected);
    }

    void ackTimeoutAndResultTimeout()
    {
        ManualClock clock(0);
        CommandTracker t(clock);
        CommandRecord a = streamRecord(QStringLiteral("cmd-a"), 0);
        CommandRecord b = streamRecord(QStringLiteral("cmd-b"), 0);
        b.ackTopic = b.target + QStringLiteral("/ack/other");
        t.track(a);
        t.track(b);
        t.publishAnswered(a.commandId, puback());
        t.publishAnswered(b.commandId, puback());
        t.consume(answer(b.ackTopic, b.commandId, "accepted"));
        clock.set(9999);
        t.tick(clock.nowMs());
        QCOMPARE(t.find(a.commandId)->state, CommandState::Sent);
        clock.set(10000);
        t.tick(clock.nowMs());
        QCOMPARE(t.find(a.commandId)->state, CommandState::Timeout);
        QCOMPARE(t.find(a.commandId)->stateSinceMs, 10000);
        QCOMPARE(t.find(b.commandId)->state, CommandState::Acked);
        clock.set(30000);
        t.tick(clock.nowMs());
        QCOMPARE(t.find(b.commandId)->state, CommandState::Timeout);
        // An ack after the timeout is late, recorded, and changes nothing.
        t.consume(answer(a.ackTopic, a.commandId, "accepted"));
        QCOMPARE(t.find(a.commandId)->state, CommandState::Timeout);
        QCOMPARE(t.find(a.commandId)->timeline.last().kind, CommandEvent::Kind::Late);
    }

    void expiryBeforeAck()
    {
        ManualClock clock(0);
        CommandTracker t(clock);
        CommandRecord r = streamRecord(QStringLiteral("cmd-e"), 0);
        r.ttlMs = 2000;
        t.track(r);
        t.publishAnswered(r.commandId, puback());
        clock.set(1999);
        t.tick(clock.nowMs());
        QCOMPARE(t.find(r.commandId)->state, CommandState::Sent);
        clock.set(2000);
        t.tick(clock.nowMs());
        QCOMPARE(t.find(r.commandId)->state, CommandState::Expired);
    }

    void refusedPublishFailsAndCancel()
    {
        ManualClock clock(0);
        CommandTracker t(clock);
        const CommandRecord r = streamRecord(QStringLiteral("cmd-f"), 0);
        const CommandRecord c = streamRecord(QStringLiteral("cmd-c"), 0);
        t.track(r);
        t.track(c);
        t.publishAnswered(r.commandId, puback(false, 0x87));
        QCOMPARE(t.find(r.commandId)->state, CommandState::Failed);
        QCOMPARE(t.find(r.commandId)->timeline.last().reasonCode, 0x87);
        QVERIFY(t.cancel(c.commandId));
        QCOMPARE(t.find(c.commandId)->state, CommandState::Cancelled);
        QVERIFY(!t.cancel(c.commandId)); // final
    }

    void mqtt5MatchesByCorrelationData()
    {
        ManualClock clock(0);
        CommandTracker t(clock);
        CommandRecord r = streamRecord(QStringLiteral("cmd-5"), 0);
        r.convention = Convention::Mqtt5;
        r.ackTopic.clear();
        r.resultTopic.clear();
        r.responseTopic = r.target + QStringLiteral("/response/reboot");
        t.track(r);
        t.publishAnswered(r.commandId, puback());
        mqtt::MessageProperties p;
        p.correlationData = "cmd-5";
        t.consume(Message::fromParts(r.responseTopic.toUtf8(), "{\"status\":\"accepted\"}", 1,
                                     false, false, 0, p));
        t.consume(Message::fromParts(r.responseTopic.toUtf8(), "{\"status\":\"done\"}", 1, false,
                                     false, 0, p));
        QCOMPARE(t.find(r.commandId)->state, CommandState::Done);
    }

    void templatesRefusedInWords_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("words");
        QTest::newRow("qos") << QByteArray("{\"templates\":[{\"name\":\"x\",\"command\":\"x\",\"payload\":{},\"qos\":3}]}")
                             << QStringLiteral("template \"x\", field \"qos\"");
        QTest::newRow("payload") << QByteArray("{\"templates\":[{\"name\":\"y\",\"command\":\"y\",\"payload\":\"{nope\"}]}")
                                 << QStringLiteral("template \"y\", field \"payload\"");
        QTest::newRow("placeholder") << QByteArray("{\"templates\":[{\"name\":\"z\",\"command\":\"z\",\"payload\":\"{\\\"a\\\":\\\"{{who}}\\\"}\"}]}")
                                     << QStringLiteral("{{who}}");
        QTest::newRow("convention") << QByteArray("{\"templates\":[{\"name\":\"w\",\"convention\":\"amqp\",\"command\":\"w\",\"payload\":{}}]}")
                                    << QStringLiteral("field \"convention\"");
        QTest::newRow("unknown field") << QByteArray("{\"templates\":[{\"name\":\"v\",\"command\":\"v\",\"payload\":{},\"qso\":1}]}")
                                       << QStringLiteral("unknown field \"qso\"");
    }
    void templatesRefusedInWords()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, words);
        QString error;
        QVERIFY(!TemplateLibrary::parse(json, &error));
        QVERIFY2(error.contains(words), qPrintable(error));
    }

    void templatesRoundTrip()
    {
        QTemporaryDir dir;
        TemplateLibrary library;
        QVERIFY(library.find(QStringLiteral("reboot")));
        QVERIFY(library.find(QStringLiteral("ping")));
        CommandTemplate t = *library.find(QStringLiteral("ping"));
        t.name = QStringLiteral("my-ping");
        t.ttlSeconds = 7;
        library.put(t);
        const QString path = dir.filePath(QStringLiteral("t.json"));
        QVERIFY(library.save(path).isEmpty());
        TemplateLibrary again;
        QVERIFY(again.load(path).isEmpty());
        QVERIFY(again.find(QStringLiteral("my-ping")));
        QCOMPARE(again.find(QStringLiteral("my-ping"))->ttlSeconds, 7);
    }

    void builderFillsAndRefuses()
    {
        CommandRequest req;
        req.tmpl = *TemplateLibrary().find(QStringLiteral("reboot"));
        req.target = QStringLiteral("prod/acme/paris/line-01/gw-001");
        req.operatorName = QStringLiteral("op \"7\"");
        QString error;
        QVERIFY(!CommandBuilder::build(req, QStringLiteral("cmd-x"), 0, &error)); // reason
        QVERIFY2(error.contains(QLatin1String("reason")), qPrintable(error));
        req.reason = QStringLiteral("maintenance");
        const auto built = CommandBuilder::build(req, QStringLiteral("cmd-x"), 0, &error);
        QVERIFY2(built, qPrintable(error));
        QCOMPARE(built->record.topic, QStringLiteral("prod/acme/paris/line-01/gw-001/command/reboot"));
        QCOMPARE(built->record.ackTopic, QStringLiteral("prod/acme/paris/line-01/gw-001/ack/reboot"));
        const QJsonObject o = QJsonDocument::fromJson(built->record.payload).object();
        QCOMPARE(o.value(QStringLiteral("command_id")).toString(), QStringLiteral("cmd-x"));
        QCOMPARE(o.value(QStringLiteral("requested_by")).toString(), QStringLiteral("op \"7\""));
        QCOMPARE(o.value(QStringLiteral("expires_at")).toString(), QStringLiteral("1970-01-01T00:01:00.000Z"));
        QCOMPARE(built->message.qos, 1);

        CommandRequest wild = req;
        wild.target = QStringLiteral("prod/acme/+/line-01/gw-001");
        QVERIFY(!CommandBuilder::build(wild, QStringLiteral("cmd-x"), 0, &error));
        QVERIFY2(error.contains(QLatin1String("wildcard")), qPrintable(error));
        CommandRequest retained = req;
        retained.retain = true;
        QVERIFY(!CommandBuilder::build(retained, QStringLiteral("cmd-x"), 0, &error));
        retained.retainReason = QStringLiteral("device polls");
        QVERIFY(CommandBuilder::build(retained, QStringLiteral("cmd-x"), 0, &error));
        CommandRequest notJson = req;
        notJson.tmpl.payload = QStringLiteral("reboot now {{command_id}}");
        QVERIFY(!CommandBuilder::build(notJson, QStringLiteral("cmd-x"), 0, &error));
        QVERIFY2(error.contains(QLatin1String("not JSON")), qPrintable(error));
        notJson.convention = Convention::Mqtt5; // matched by correlation data: any payload
        notJson.target = QStringLiteral("devices/gw-001");
        const auto mqtt5 = CommandBuilder::build(notJson, QStringLiteral("cmd-x"), 0, &error);
        QVERIFY2(mqtt5, qPrintable(error));
        QCOMPARE(mqtt5->message.properties.correlationData, QByteArray("cmd-x"));
        QCOMPARE(mqtt5->message.properties.responseTopic, QStringLiteral("devices/gw-001/commands/response"));
        QCOMPARE(*mqtt5->message.properties.messageExpirySeconds, quint32(60));
    }

    void journalChainDetectsTampering_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("words");
        QTest::addColumn<qint64>("entry");
        QTest::newRow("edited") << QStringLiteral("UPDATE command_events SET detail = 'x' WHERE seq = 3")
                                << QStringLiteral("changed") << qint64(3);
        QTest::newRow("edited command") << QStringLiteral("UPDATE commands SET reason = 'none'")
                                        << QStringLiteral("changed") << qint64(1);
        QTest::newRow("removed") << QStringLiteral("DELETE FROM command_events WHERE seq = 3")
                                 << QStringLiteral("removed") << qint64(3);
        QTest::newRow("removed last") << QStringLiteral("DELETE FROM command_events WHERE seq = 4")
                                      << QStringLiteral("removed") << qint64(4);
        QTest::newRow("inserted") << QStringLiteral(
            "INSERT INTO command_events SELECT 5, command_id, at, kind, from_state, to_state, "
            "reason_code, topic, payload, detail, hash FROM command_events WHERE seq = 4")
                                  << QStringLiteral("inserted") << qint64(5);
    }
    void journalChainDetectsTampering()
    {
        QFETCH(QString, sql);
        QFETCH(QString, words);
        QFETCH(qint64, entry);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        {
            CommandJournal j;
            QVERIFY(j.open(path).ok());
            ManualClock clock(0);
            CommandTracker t(clock);
            const CommandRecord r = streamRecord(QStringLiteral("cmd-j"), 0);
            QVERIFY(j.recordCommand(r).ok());
            QVERIFY(!j.recordCommand(r).ok()); // a command id is unique
            t.track(r);
            t.publishAnswered(r.commandId, puback());
            t.consume(answer(r.ackTopic, r.commandId, "accepted"));
            QVERIFY(j.recordEvents(t.takeEvents()).ok());
            const auto report = j.verify();
            QVERIFY(report.ok());
            QVERIFY2(report.value().intact, qPrintable(report.value().problem));
            QCOMPARE(report.value().entries, 4);
            const auto back = j.command(r.commandId);
            QVERIFY(back.ok());
            QCOMPARE(back.value().state, CommandState::Acked);
            QCOMPARE(back.value().record.payload, r.payload);
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        CommandJournal j;
        QVERIFY(j.open(path).ok());
        const auto report = j.verify();
        QVERIFY(report.ok());
        QVERIFY(!report.value().intact);
        QVERIFY2(report.value().problem.contains(words), qPrintable(report.value().problem));
        QCOMPARE(report.value().firstBadEntry, entry);
        QVERIFY2(report.value().problem.contains(QStringLiteral("#%1").arg(entry)),
                 qPrintable(report.value().problem));
    }

    void journalRefusesOtherFiles()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database at all, just words\n");
        f.close();
        CommandJournal j;
        const auto s = j.open(text);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QLatin1String("not an MQTT Deck journal")), qPrintable(s.error()));
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(other);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const auto s2 = j.open(other);
        QVERIFY(!s2.ok());
        QVERIFY2(s2.error().contains(QLatin1String("songs")), qPrintable(s2.error()));
    }
};

QTEST_GUILESS_MAIN(TstCommands)
#include "tst_commands.moc"
