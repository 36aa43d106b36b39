// The fleet (issue 12): device rules (presets, a rules file refused in words), status payloads
// in JSON and plain text, and the fleet stage on a real engine with an injected clock: retained
// status is not a sign of life, silence turns a device stale after its threshold, a will turns
// it offline, a return counts a reconnect, every change is taken in order, and a published
// snapshot never changes under its reader.

#include "EngineWait.h"
#include "connection/ConnectionContext.h"
#include "fleet/BoardSettings.h"
#include "fleet/FleetJson.h"
#include "fleet/FleetStage.h"
#include "fleet/RetainedBoard.h"
#include "ingest/Engine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace deck;
using namespace deck::fleet;

namespace {

constexpr qint64 kStart = 1'790'000'000'000;

struct LiveFleet
{
    std::shared_ptr<MessageQueue> queue = std::make_shared<MessageQueue>();
    std::shared_ptr<ManualClock> clock = std::make_shared<ManualClock>(kStart);
    std::unique_ptr<Engine> engine;
    std::shared_ptr<FleetStage> stage;
    quint64 pushed = 0;
    explicit LiveFleet(const QString &preset, int staleAfter = 60)
    {
        EngineOptions o;
        o.notifyIntervalMs = 10;
        o.clock = clock;
        engine = std::make_unique<Engine>(queue, o);
        DeviceRules rules = *DeviceRules::preset(preset);
        rules.setStaleAfterSeconds(staleAfter);
        stage = std::make_shared<FleetStage>(rules);
        engine->addStage(stage);
        engine->start();
    }
    void send(const QByteArray &topic, const QByteArray &payload, bool retained = false)
    {
        queue->push(Message::fromParts(topic, payload, 1, retained, false, clock->nowMs()));
        QVERIFY(deck::test::waitUntilApplied(*engine, ++pushed, 5000));
    }
    /// The device after the next snapshot.
    DevicePtr device(const QString &id)
    {
        const quint64 after = stage->snapshot()->generation;
        QDeadlineTimer deadline(5000);
        while (stage->snapshot()->generation == after && !deadline.hasExpired())
            QThread::msleep(2);
        for (const DevicePtr &d : stage->snapshot()->devices)
            if (d->id == id)
                return d;
        return {};
    }
};

} // namespace

class TstFleet : public QObject
{
    Q_OBJECT
private slots:
    void presetsAndRulesFiles()
    {
        QString error;
        QVERIFY(!DeviceRules::preset(QStringLiteral("nope"), &error));
        QVERIFY2(error.contains(QStringLiteral("auto, stream, devices, sparkplug")), qPrintable(error));
        const DeviceRules stream = *DeviceRules::preset(QStringLiteral("stream"));
        auto m = stream.match("prod/acme/paris/line-02/gw-123/status/connection");
        QVERIFY(m);
        QCOMPARE(QByteArray(m->second.id.data(), int(m->second.id.size())), QByteArray("gw-123"));
        QCOMPARE(QByteArray(m->second.prefix.data(), int(m->second.prefix.size())),
                 QByteArray("prod/acme/paris/line-02/gw-123"));
        QVERIFY(m->second.status);
        QVERIFY(!stream.match("prod/acme/paris/line-02/gw-123/photos/1")); // not a stream
        QVERIFY(!stream.match("a/b/c"));
        const DeviceRules devices = *DeviceRules::preset(QStringLiteral("devices"));
        m = devices.match("devices/meter-7/telemetry/kwh");
        QVERIFY(m && !m->second.status);
        QVERIFY(!devices.match("gadgets/meter-7/status"));

        QVERIFY(!DeviceRules::fromJson("{", &error));
        QVERIFY2(error.contains(QStringLiteral("not JSON")), qPrintable(error));
        QVERIFY(!DeviceRules::fromJson(R"({"rules":[{"name":"x","prefix_levels":3,"id_level":5}]})",
                                       &error));
        QVERIFY2(error.contains(QStringLiteral("rule \"x\"")) &&
                     error.contains(QStringLiteral("id_level")),
                 qPrintable(error));
        const auto custom = DeviceRules::fromJson(
            R"({"rules":[{"name":"trucks","prefix_levels":3,"literals":{"0":"vehicle"},
                "id_level":2,"groups":{"fleet":1},"status_level":"heartbeat",
                "stale_after_seconds":30}]})",
            &error);
        QVERIFY2(custom, qPrintable(error));
        const auto truck = custom->match("vehicle/north/truck-9/heartbeat");
        QVERIFY(truck.has_value());
        const DeviceRule *truckRule = truck.value().first;
        QVERIFY(truck.value().second.status);
        QCOMPARE(truckRule->staleAfterSeconds, 30);
    }

    // A preset written out reads back as the same rules (the Device rules dialog starts custom
    // rules from it); groups keep the order of their levels, not of their names.
    void rulesWrittenOutReadBack()
    {
        for (const QString &name : DeviceRules::presetNames()) {
            const DeviceRules preset = *DeviceRules::preset(name);
            QString error;
            const auto again = DeviceRules::fromJson(preset.toJson(), &error);
            QVERIFY2(again, qPrintable(name + QStringLiteral(": ") + error));
            QCOMPARE(again->sparkplug(), preset.sparkplug());
            QCOMPARE(again->rules().size(), preset.rules().size());
            for (size_t i = 0; i < preset.rules().size(); ++i) {
                const DeviceRule &a = preset.rules()[i];
                const DeviceRule &b = again->rules()[i];
                QCOMPARE(b.name, a.name);
                QCOMPARE(b.prefixLevels, a.prefixLevels);
                QCOMPARE(b.literals, a.literals);
                QCOMPARE(b.idLevel, a.idLevel);
                QCOMPARE(b.groupLevels, a.groupLevels);
                QCOMPARE(b.groupNames, a.groupNames);
                QCOMPARE(b.statusLevel, a.statusLevel);
                QCOMPARE(b.streams, a.streams);
                QCOMPARE(b.stateKeys, a.stateKeys);
                QCOMPARE(b.staleAfterSeconds, a.staleAfterSeconds);
            }
        }
        const DeviceRules stream = *DeviceRules::preset(QStringLiteral("stream"));
        QCOMPARE(stream.rules().front().groupNames,
                 QStringList({QStringLiteral("env"), QStringLiteral("tenant"),
                              QStringLiteral("site"), QStringLiteral("area")}));
        QCOMPARE(DeviceRules::fromJson(stream.toJson(), nullptr)->rules().front().groupNames,
                 stream.rules().front().groupNames);
    }

    // What a connection saves of its boards: read back as written; a wrong value reads as the
    // default (a saved connection always opens); the stale override reaches every rule.
    void boardSettings()
    {
        BoardSettings s;
        s.preset = QStringLiteral("custom");
        s.customRules = R"({"rules":[{"name":"r","prefix_levels":2,"status_level":"st"}]})";
        s.staleAfterSeconds = 45;
        s.retainedLargeBytes = 4096;
        const BoardSettings back = BoardSettings::fromJson(s.toJson());
        QCOMPARE(back.preset, s.preset);
        QCOMPARE(back.customRules, s.customRules);
        QCOMPARE(back.staleAfterSeconds, 45);
        QCOMPARE(back.retainedLargeBytes, qint64(4096));
        QVERIFY(back.sameRules(s));
        QCOMPARE(back.rules()->rules().front().staleAfterSeconds, 45);

        const BoardSettings odd = BoardSettings::fromJson(QJsonObject{
            {QStringLiteral("preset"), QStringLiteral("nonsense")},
            {QStringLiteral("retained_large_bytes"), -5}});
        QCOMPARE(odd.preset, QStringLiteral("auto"));
        QCOMPARE(odd.retainedLargeBytes, BoardSettings::kDefaultLargeBytes);

        BoardSettings broken = s;
        broken.customRules = "{";
        QString error;
        QVERIFY(!broken.rules(&error));
        QVERIFY2(error.contains(QStringLiteral("not JSON")), qPrintable(error));
        QVERIFY(!broken.sameRules(s));
        BoardSettings bigger = s;
        bigger.retainedLargeBytes = 1;
        QVERIFY(bigger.sameRules(s)); // only the threshold: the fleet stays
    }

    // A connection's rules change in place: wrong rules change nothing and say why; new rules
    // are a new fleet stage (announced); saved rules that no longer read fall back to "auto".
    void contextChangesItsRules()
    {
        ConnectionContext context(QStringLiteral("c1"), ConnectionSettings{});
        const auto first = context.fleet();
        QSignalSpy replaced(&context, &ConnectionContext::fleetReplaced);
        BoardSettings bad;
        bad.preset = QStringLiteral("custom");
        bad.customRules = "{\"rules\": 3}";
        QVERIFY(!context.setBoards(bad).isEmpty());
        QCOMPARE(context.fleet(), first);
        QCOMPARE(context.settings().boards.preset, QStringLiteral("auto"));
        BoardSettings bigger;
        bigger.retainedLargeBytes = 100;
        QCOMPARE(context.setBoards(bigger), QString());
        QCOMPARE(context.fleet(), first); // only the threshold changed
        QCOMPARE(context.retainedBoard()->largeBytes(), qint64(100));
        BoardSettings devices;
        devices.preset = QStringLiteral("devices");
        QCOMPARE(context.setBoards(devices), QString());
        QCOMPARE(replaced.count(), 1);
        QVERIFY(context.fleet() != first);
        QVERIFY(!context.fleet()->rules().sparkplug());

        ConnectionSettings saved;
        saved.boards = bad;
        ConnectionContext fallback(QStringLiteral("c2"), saved);
        QVERIFY2(fallback.boardsProblem().contains(QStringLiteral("auto")),
                 qPrintable(fallback.boardsProblem()));
        QVERIFY(fallback.fleet()->rules().sparkplug());
    }

    // Filters a component requires (commands' answer topics) join the user's unless a user
    // filter already brings them (mosquitto would deliver each answer twice), and stay when the
    // user's subscriptions change.
    void contextRequiredFilters()
    {
        ConnectionSettings settings;
        mqtt::Subscription all;
        all.filter = QStringLiteral("#");
        settings.subscriptions = {all};
        ConnectionContext context(QStringLiteral("c3"), settings);
        QCOMPARE(context.requireFilters(QStringLiteral("commands"),
                                        {QStringLiteral("devices/d1/commands/ack")}),
                 QString());
        auto filters = [&] {
            QStringList out;
            for (const mqtt::Subscription &s : context.effectiveSubscriptions())
                out << s.filter;
            return out;
        };
        QCOMPARE(filters(), QStringList{QStringLiteral("#")});
        mqtt::Subscription some;
        some.filter = QStringLiteral("plant/#");
        QCOMPARE(context.setSubscriptions({some}), QString());
        QCOMPARE(filters(), QStringList({QStringLiteral("plant/#"),
                                         QStringLiteral("devices/d1/commands/ack")}));
        QCOMPARE(context.subscriptions().size(), 1); // the user's own list is theirs
        QVERIFY(!context.requireFilters(QStringLiteral("commands"), {QStringLiteral("a/#/b")})
                     .isEmpty());
    }

    void readsStatusPayloads_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("says");
        QTest::newRow("json state") << QByteArray(R"({"state":"online"})") << int(StatusSays::Online);
        QTest::newRow("json status") << QByteArray(R"({"status":"OFFLINE"})") << int(StatusSays::Offline);
        QTest::newRow("json bool") << QByteArray(R"({"state":false})") << int(StatusSays::Offline);
        QTest::newRow("plain 1") << QByteArray("1") << int(StatusSays::Online);
        QTest::newRow("plain 0") << QByteArray("0\n") << int(StatusSays::Offline);
        QTest::newRow("plain true") << QByteArray("True") << int(StatusSays::Online);
        QTest::newRow("plain word") << QByteArray("rebooting") << int(StatusSays::Nothing);
        QTest::newRow("json other") << QByteArray(R"({"temp":3})") << int(StatusSays::Nothing);
    }
    void readsStatusPayloads()
    {
        QFETCH(QByteArray, payload);
        QFETCH(int, says);
        const DeviceRules rules = *DeviceRules::preset(QStringLiteral("devices"));
        QCOMPARE(int(DeviceRules::readState(rules.rules().front(), payload)), says);
    }

    void statesFromStatusWillsAndSilence()
    {
        LiveFleet f(QStringLiteral("stream"), 60);
        const QByteArray status = "prod/acme/paris/line-01/gw-1/status";
        // Retained online status (the broker's store): online, but not seen alive.
        f.send(status, R"({"state":"online","firmware":"1.8.2"})", true);
        DevicePtr d = f.device(QStringLiteral("gw-1"));
        QVERIFY(d);
        QCOMPARE(d->state, DeviceState::Online);
        QCOMPARE(d->lastSeenMs, qint64(0));
        QCOMPARE(d->firmware, QStringLiteral("1.8.2"));
        QCOMPARE(d->groups, (QStringLiteral("prod,acme,paris,line-01").split(QLatin1Char(','))));
        const DevicePtr held = d; // a reader keeps its snapshot's device

        // Silent for longer than 60 s: stale, said with how long.
        f.clock->advance(61'000);
        d = f.device(QStringLiteral("gw-1"));
        QCOMPARE(d->state, DeviceState::Stale);
        QVERIFY2(d->history.back().cause.contains(QStringLiteral("61 s")),
                 qPrintable(d->history.back().cause));
        QCOMPARE(held->state, DeviceState::Online); // copy on write: the held one is unchanged

        // A live message: online again, last seen now; a stale return is not a reconnect.
        f.send("prod/acme/paris/line-01/gw-1/telemetry/temp", "21.5");
        d = f.device(QStringLiteral("gw-1"));
        QCOMPARE(d->state, DeviceState::Online);
        QCOMPARE(d->lastSeenMs, f.clock->nowMs());
        QCOMPARE(d->reconnects, 0);

        // The will (live, retained): offline; offline devices do not turn stale.
        f.send(status + "/connection", R"({"state":"offline"})", true); // first time: stored
        f.send(status, R"({"state":"offline"})", true); // seen before: a live retained update
        d = f.device(QStringLiteral("gw-1"));
        QCOMPARE(d->state, DeviceState::Offline);
        f.clock->advance(120'000);
        d = f.device(QStringLiteral("gw-1"));
        QCOMPARE(d->state, DeviceState::Offline);
        // Back: a reconnect.
        f.send(status, R"({"state":"online"})");
        d = f.device(QStringLiteral("gw-1"));
        QCOMPARE(d->state, DeviceState::Online);
        QCOMPARE(d->reconnects, 1);

        // Every transition, in order, taken once.
        const auto changes = f.stage->takeChanges();
        QStringList seen;
        for (const auto &[device, t] : changes)
            seen << QString::fromLatin1(stateKey(t.to));
        QCOMPARE(seen, (QStringLiteral("online,stale,online,offline,online").split(QLatin1Char(','))));
        QVERIFY(f.stage->takeChanges().empty());

        const QJsonObject json = QJsonDocument::fromJson(deviceJson(*d)).object();
        QCOMPARE(json.value(QStringLiteral("id")).toString(), QStringLiteral("gw-1"));
        QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("online"));
        QCOMPARE(json.value(QStringLiteral("reconnects")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("firmware")).toString(), QStringLiteral("1.8.2"));
        QVERIFY(json.value(QStringLiteral("last_seen")).toString().endsWith(QLatin1Char('Z')));
    }

    void devicesPresetAndCounts()
    {
        LiveFleet f(QStringLiteral("auto"), 300);
        f.send("devices/m-1/status", "1");
        f.send("devices/m-2/status", "0");
        f.send("devices/m-3/telemetry/kwh", "12", true); // retained only: unknown
        f.send("home/kitchen/temp", "19");                // no rule: not a device
        f.device(QStringLiteral("m-1"));
        const auto snap = f.stage->snapshot();
        QCOMPARE(snap->total, 3);
        QCOMPARE(snap->online, 1);
        QCOMPARE(snap->offline, 1);
        QCOMPARE(snap->unknown, 1);
    }

    void retainedAntiPatterns_data()
    {
        QTest::addColumn<QByteArray>("topic");
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("flags");
        QTest::newRow("command") << QByteArray("devices/d1/commands/reboot") << 2 << "retained_command";
        QTest::newRow("cmd") << QByteArray("plant/cmd") << 2 << "retained_command";
        QTest::newRow("NCMD") << QByteArray("spBv1.0/g/NCMD/n") << 9 << "retained_command";
        QTest::newRow("DCMD") << QByteArray("spBv1.0/g/DCMD/n/d") << 9 << "retained_command";
        QTest::newRow("telemetry") << QByteArray("a/b/telemetry/t") << 2 << "retained_telemetry";
        QTest::newRow("NDATA") << QByteArray("spBv1.0/g/NDATA/n") << 9 << "retained_telemetry";
        QTest::newRow("large status") << QByteArray("a/status") << 20000 << "large";
        QTest::newRow("status") << QByteArray("a/status") << 10 << "";
        QTest::newRow("commander") << QByteArray("a/commander/x") << 10 << ""; // whole levels only
        QTest::newRow("sparkplug level named cmd") << QByteArray("spBv1.0/cmd/NBIRTH/n") << 9 << "";
    }
    void retainedAntiPatterns()
    {
        QFETCH(QByteArray, topic);
        QFETCH(int, size);
        QFETCH(QString, flags);
        QCOMPARE(RetainedBoard::flagsFor(std::string_view(topic.constData(), size_t(topic.size())),
                                         size, 16384)
                     .join(QLatin1Char(',')),
                 flags);
    }
};

QTEST_GUILESS_MAIN(TstFleet)
#include "tst_fleet.moc"
