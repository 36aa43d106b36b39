// Payload views: detection, rendering of each format, invalid bytes, large payloads, diffs and
// field paths.

#include "payload/BinaryDecoders.h"
#include "payload/FieldPath.h"
#include "payload/JsonOutline.h"
#include "payload/PayloadDiff.h"
#include "payload/PayloadEncoder.h"
#include "payload/PayloadFormat.h"
#include "payload/ProtobufLog.h"
#include "payload/SparkplugB.h"
#include "payload/proto/sparkplug_b.pb.h"

#include <google/protobuf/text_format.h>

#include <QCborMap>
#include <QCborValue>
#include <QJsonObject>
#include <QtTest>

#define MSGPACK_NO_BOOST 1
#include <msgpack.hpp>

#include <cmath>

#include <map>
#include <sstream>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace deck::payload;

namespace {
QByteArray messagePackSample()
{
    std::stringstream buffer;
    msgpack::packer<std::stringstream> pk(buffer);
    pk.pack_map(3);
    pk.pack(std::string("temp"));
    pk.pack(21.5);
    pk.pack(std::string("ok"));
    pk.pack(true);
    pk.pack(std::string("ids"));
    pk.pack(std::vector<int>{1, 2, 3});
    const std::string s = buffer.str();
    return QByteArray(s.data(), qsizetype(s.size()));
}
#ifdef Q_OS_UNIX
// What is written to file descriptor 2 (stderr) while alive: a pipe takes its place. Both ends
// are non-blocking, so that a flood of output cannot block the test on a full pipe.
class StderrCapture
{
public:
    StderrCapture()
    {
        std::fflush(stderr);
        if (pipe(m_pipe) != 0)
            return;
        fcntl(m_pipe[0], F_SETFL, O_NONBLOCK);
        fcntl(m_pipe[1], F_SETFL, O_NONBLOCK);
        m_saved = dup(2);
        dup2(m_pipe[1], 2);
        close(m_pipe[1]);
    }
    ~StderrCapture() { finish(); }
    QByteArray finish()
    {
        if (m_saved < 0)
            return m_text;
        std::fflush(stderr);
        dup2(m_saved, 2);
        close(m_saved);
        m_saved = -1;
        char buffer[4096];
        for (ssize_t n; (n = read(m_pipe[0], buffer, sizeof buffer)) > 0;)
            m_text.append(buffer, n);
        close(m_pipe[0]);
        return m_text;
    }

private:
    int m_pipe[2] = {-1, -1};
    int m_saved = -1;
    QByteArray m_text;
};
#endif

QByteArray cborSample()
{
    QCborMap map;
    map.insert(QStringLiteral("temp"), 21.5);
    map.insert(QStringLiteral("raw"), QCborValue(QByteArray("\x01\x02", 2)));
    return QCborValue(map).toCbor();
}
} // namespace

class TestPayload : public QObject
{
    Q_OBJECT
private slots:
    void detectsEachFormat()
    {
        QCOMPARE(detect("{\"a\": 1}"), Format::Json);
        QCOMPARE(detect("[1,2]"), Format::Json);
        QCOMPARE(detect("hello world"), Format::Text);
        QCOMPARE(detect("21.5"), Format::Text);
        QCOMPARE(detect("{not json"), Format::Text);
        QCOMPARE(detect(cborSample()), Format::Cbor);
        QCOMPARE(detect(messagePackSample()), Format::MessagePack);
        QCOMPARE(detect(QByteArray("\x00\x01\xff\xfe\x10\x80", 6)), Format::Hex);
        QCOMPARE(detect(QByteArray()), Format::Text);
    }

    void rendersJsonPretty()
    {
        const Rendering r = render("{\"a\":{\"b\":[1,2]}}", Format::Auto);
        QCOMPARE(r.format, Format::Json);
        QVERIFY(r.text.contains(QStringLiteral("\n        \"b\": [")));
        QVERIFY(r.error.isEmpty());
    }

    void reportsInvalidJsonWhenAskedFor()
    {
        const Rendering r = render("{\"a\": 1,}", Format::Json);
        QVERIFY(r.error.startsWith(QStringLiteral("Not valid JSON")));
        QVERIFY(r.error.contains(QStringLiteral("byte")));
        QCOMPARE(r.text, QStringLiteral("{\"a\": 1,}"));
    }

    void showsInvalidUtf8Bytes()
    {
        int invalid = 0;
        const QString t =
            textShowingInvalidBytes(QByteArray("ok\xff\xc3\xa9 \xc0\xaf", 8), &invalid);
        QCOMPARE(t, QStringLiteral("ok⟨FF⟩é ⟨C0⟩⟨AF⟩"));
        QCOMPARE(invalid, 3);
        const Rendering r = render(QByteArray("a\xed\xa0\x80", 4), Format::Text); // a surrogate
        QVERIFY(r.text.contains(QStringLiteral("⟨ED⟩")));
        QVERIFY(r.note.contains(QStringLiteral("that are not valid UTF-8")));
    }

    void dumpsHex()
    {
        const QString dump = hexDump("0123456789abcdefXY\n");
        const QStringList lines = dump.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(
            lines[0],
            QStringLiteral(
                "00000000  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  0123456789abcdef"));
        QVERIFY(lines[1].startsWith(QStringLiteral("00000010  58 59 0a ")));
        QVERIFY(lines[1].endsWith(QStringLiteral("XY.")));
    }

    void rendersBase64()
    {
        QCOMPARE(render("hello", Format::Base64).text, QStringLiteral("aGVsbG8=\n"));
    }

    void decodesCborAndMessagePack()
    {
        const Rendering c = render(cborSample(), Format::Auto);
        QCOMPARE(c.format, Format::Cbor);
        QVERIFY2(c.text.contains(QStringLiteral("\"temp\": 21.5")), qPrintable(c.text));
        QVERIFY(c.text.contains(QStringLiteral("h'0102'")));
        const Decoded m = decodeMessagePack(messagePackSample());
        QVERIFY(m.ok);
        QCOMPARE(m.value.toObject().value(QStringLiteral("temp")).toDouble(), 21.5);
        QCOMPARE(m.value.toObject().value(QStringLiteral("ids")).toArray().size(), 3);
    }

    // Issue 10: MessagePack maps are shown in the order packed (as JSON and CBOR are), with
    // 64-bit integers exact, strings escaped, and NaN said as text.
    void messagePackKeepsTheOrderPacked()
    {
        std::stringstream buffer;
        msgpack::packer<std::stringstream> pk(buffer);
        pk.pack_map(5);
        pk.pack(std::string("zeta"));
        pk.pack(1);
        pk.pack(std::string("alpha"));
        pk.pack(std::string("say \"hi\"\n"));
        pk.pack(std::string("id"));
        pk.pack(uint64_t(9223372036854775813ull));
        pk.pack(std::string("neg"));
        pk.pack(int64_t(-42));
        pk.pack(std::string("nan"));
        pk.pack(std::nan(""));
        const std::string bytes = buffer.str();
        const Decoded m = decodeMessagePack(QByteArray(bytes.data(), qsizetype(bytes.size())));
        QVERIFY(m.ok);
        QVERIFY2(m.text.indexOf(QStringLiteral("\"zeta\"")) <
                     m.text.indexOf(QStringLiteral("\"alpha\"")),
                 qPrintable(m.text));
        QVERIFY2(m.text.contains(QStringLiteral("\"id\": 9223372036854775813")),
                 qPrintable(m.text));
        QVERIFY2(m.text.contains(QStringLiteral("\"neg\": -42")), qPrintable(m.text));
        QVERIFY2(m.text.contains(QStringLiteral("\"alpha\": \"say \\\"hi\\\"\\n\"")),
                 qPrintable(m.text));
        QVERIFY2(m.text.contains(QStringLiteral("\"nan\": \"nan\"")), qPrintable(m.text));
    }

    void explainsBytesThatAreNotTheAskedFormat()
    {
        const Rendering c = render("plain text", Format::Cbor);
        QVERIFY(!c.error.isEmpty());
        QVERIFY(c.text.startsWith(QStringLiteral("00000000  70 6c")));
        QByteArray truncated = messagePackSample();
        truncated.chop(2);
        const Rendering m = render(truncated, Format::MessagePack);
        QVERIFY2(m.error.startsWith(QStringLiteral("Not valid MessagePack")), qPrintable(m.error));
    }

    void showsTheStartOfHugePayloads()
    {
        const QByteArray big(10 * 1024 * 1024, 'x');
        QElapsedTimer timer;
        timer.start();
        const Rendering r = render(big, Format::Auto);
        QVERIFY(r.truncated);
        QCOMPARE(r.text.size(), kDisplayLimit);
        QVERIFY(r.note.contains(QStringLiteral("10.0 MiB")));
        QByteArray hugeJson = "[" + QByteArray(6 * 1024 * 1024, '1') + "]";
        const Rendering j = render(hugeJson, Format::Json);
        QVERIFY(j.error.contains(QStringLiteral("too large")));
        QCOMPARE(j.text.size(), kDisplayLimit);
    }

    void diffsStructuredPayloadsByField()
    {
        const PayloadDiffResult d = diffPayloads("{\"t\":21.5,\"s\":\"ok\",\"a\":[1,2]}",
                                                 "{\"t\":22,\"s\":\"ok\",\"a\":[1],\"n\":null}");
        QVERIFY(d.structured);
        QCOMPARE(d.changes, 3);
        QStringList summary;
        for (const DiffEntry &e : d.entries)
            if (e.kind != DiffEntry::Same)
                summary << QStringLiteral("%1 %2 %3 %4")
                               .arg(int(e.kind))
                               .arg(e.label, e.before, e.after);
        QCOMPARE(summary, QStringList({QStringLiteral("2 /a/1 2 "), QStringLiteral("1 /n  null"),
                                       QStringLiteral("3 /t 21.5 22")}));
        // A CBOR payload against a JSON one compares by field too.
        QVERIFY(diffPayloads(cborSample(), "{\"temp\":21.5}").structured);
    }

    void diffsTextByLine()
    {
        const PayloadDiffResult d = diffPayloads("a\nb\nc", "a\nc\nd");
        QVERIFY(!d.structured);
        QCOMPARE(d.changes, 2);
        QCOMPARE(d.entries.size(), 4);
        QCOMPARE(d.entries[1].kind, DiffEntry::Removed);
        QCOMPARE(d.entries[1].before, QStringLiteral("b"));
        QCOMPARE(d.entries[3].kind, DiffEntry::Added);
        QCOMPARE(d.entries[3].after, QStringLiteral("d"));
    }

    void findsNumbersByPointer()
    {
        const QJsonValue v = structuredValue("{\"s\":{\"a/b\":[1,{\"t\":\"3.5\"}]},\"on\":true}");
        QCOMPARE(numberAt(v, QStringLiteral("/s/a~1b/0")).value(), 1.0);
        QCOMPARE(numberAt(v, QStringLiteral("/s/a~1b/1/t")).value(), 3.5);
        QCOMPARE(numberAt(v, QStringLiteral("/on")).value(), 1.0);
        QVERIFY(!numberAt(v, QStringLiteral("/s/missing")).has_value());
        QCOMPARE(numberAt(structuredValue(" 42.25\n"), {}).value(), 42.25);
        QCOMPARE(appendToPointer(QStringLiteral("/s"), QStringLiteral("a/b")),
                 QStringLiteral("/s/a~1b"));
    }
    void encodesWhatUsersType()
    {
        QString error;
        QCOMPARE(encodePayload(QStringLiteral("héllo"), InputFormat::Text, &error).value(),
                 QByteArray("h\xc3\xa9llo"));
        QCOMPARE(
            encodePayload(QStringLiteral("{\n  \"a\": 1\n}"), InputFormat::Json, &error).value(),
            QByteArray("{\n  \"a\": 1\n}"));
        QVERIFY(!encodePayload(QStringLiteral("{\n  \"a\": 1,\n}"), InputFormat::Json, &error));
        QVERIFY2(error.contains(QStringLiteral("line 3")), qPrintable(error));
        QCOMPARE(encodePayload(QStringLiteral("de ad:BE,ef"), InputFormat::Hex, &error).value(),
                 QByteArray("\xde\xad\xbe\xef"));
        QVERIFY(!encodePayload(QStringLiteral("de ad g0"), InputFormat::Hex, &error));
        QVERIFY(error.contains(QStringLiteral("position 7")));
        QVERIFY(!encodePayload(QStringLiteral("abc"), InputFormat::Hex, &error));
        QVERIFY(error.contains(QStringLiteral("3 hexadecimal digits")));
        QCOMPARE(encodePayload(QStringLiteral("aGVs\nbG8="), InputFormat::Base64, &error).value(),
                 QByteArray("hello"));
        QVERIFY(!encodePayload(QStringLiteral("aGV*"), InputFormat::Base64, &error));
    }
    void indentsJsonAsSent()
    {
        // (An ordinary literal: moc misreads this raw string.)
        const QByteArray sent =
            "{\"z\":18446744073709551615,\"a\":1.50,\"e\":1e3,\"s\":\"a \\\"{[,:]}\\\" b\","
            "\"o\":{},\"l\":[ ],\"n\":[1,{\"k\":null}]}";
        const Rendering r = render(sent, Format::Auto);
        QCOMPARE(r.format, Format::Json);
        QCOMPARE(r.text, QStringLiteral("{\n"
                                        "    \"z\": 18446744073709551615,\n"
                                        "    \"a\": 1.50,\n"
                                        "    \"e\": 1e3,\n"
                                        "    \"s\": \"a \\\"{[,:]}\\\" b\",\n"
                                        "    \"o\": {},\n"
                                        "    \"l\": [],\n"
                                        "    \"n\": [\n"
                                        "        1,\n"
                                        "        {\n"
                                        "            \"k\": null\n"
                                        "        }\n"
                                        "    ]\n"
                                        "}"));
    }
    void outlinesJsonInItsOrder()
    {
        const JsonOutline o = outlineJson(
            "{\"z\": 18446744073709551615, \"a\": [true, null, \"x\\\\u00e9\\\"\"], \"m\": {}}");
        QCOMPARE(o.kind, JsonOutline::Kind::Object);
        QCOMPARE(o.children.size(), size_t(3));
        QCOMPARE(o.children[0].key, QStringLiteral("z"));
        QCOMPARE(o.children[0].text, QStringLiteral("18446744073709551615"));
        QCOMPARE(o.children[0].kind, JsonOutline::Kind::Number);
        const JsonOutline &a = o.children[1];
        QCOMPARE(a.kind, JsonOutline::Kind::Array);
        QCOMPARE(a.children[0].kind, JsonOutline::Kind::Bool);
        QCOMPARE(a.children[1].kind, JsonOutline::Kind::Null);
        QCOMPARE(a.children[2].key, QStringLiteral("2"));
        QCOMPARE(a.children[2].text, QStringLiteral("x\\u00e9\""));
        QCOMPARE(o.children[2].kind, JsonOutline::Kind::Object);
        QVERIFY(o.children[2].children.empty());
    }
    void decodesSparkplugB()
    {
        deck::sparkplug::Payload p;
        p.set_timestamp(1795549000123ULL);
        p.set_seq(7);
        auto *temp = p.add_metrics();
        temp->set_name("Inputs/Temperature");
        temp->set_alias(3);
        temp->set_datatype(9); // Float
        temp->set_float_value(21.5f);
        auto *count = p.add_metrics();
        count->set_name("Counter");
        count->set_datatype(3); // Int32, two's complement in a uint32
        count->set_int_value(quint32(-5));
        auto *rebirth = p.add_metrics();
        rebirth->set_name("Node Control/Rebirth");
        rebirth->set_datatype(11);
        rebirth->set_boolean_value(false);
        auto *aliasOnly = p.add_metrics();
        aliasOnly->set_alias(9);
        aliasOnly->set_datatype(4); // Int64
        aliasOnly->set_long_value(quint64(-1));
        const std::string bytes = p.SerializeAsString();
        const QByteArray payload(bytes.data(), qsizetype(bytes.size()));

        const QString topic = QStringLiteral("spBv1.0/plant/NDATA/edge-1");
        QVERIFY(isSparkplugTopic(topic));
        QVERIFY(!isSparkplugTopic(u"spBv1.0/STATE/host-1"));
        const Rendering r = render(payload, Format::Auto, topic);
        QCOMPARE(r.format, Format::SparkplugB);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY2(r.text.contains(QStringLiteral("seq 7")), qPrintable(r.text));
        QVERIFY(r.text.contains(QStringLiteral("Inputs/Temperature (alias 3)  Float = 21.5")));
        QVERIFY(r.text.contains(QStringLiteral("Counter  Int32 = -5")));
        QVERIFY(r.text.contains(QStringLiteral("(alias 9)  Int64 = -1")));
        // Issue 10: aliases resolved from the node's last birth, the birth found from the topic,
        // and one line of metrics for the tree and the feed instead of "(binary) 08 f5…".
        deck::sparkplug::Payload birth;
        auto *declared = birth.add_metrics();
        declared->set_name("Outputs/Pressure");
        declared->set_alias(9);
        declared->set_datatype(4);
        declared->set_long_value(0);
        const std::string birthBytes = birth.SerializeAsString();
        const SparkplugAliases aliases =
            sparkplugAliases(QByteArray(birthBytes.data(), qsizetype(birthBytes.size())));
        QCOMPARE(aliases.value(9), QStringLiteral("Outputs/Pressure"));
        const Rendering named = render(payload, Format::Auto, topic, &aliases);
        QVERIFY2(named.text.contains(QStringLiteral("Outputs/Pressure (alias 9)  Int64 = -1")),
                 qPrintable(named.text));
        QCOMPARE(sparkplugBirthTopic(topic), QStringLiteral("spBv1.0/plant/NBIRTH/edge-1"));
        QCOMPARE(sparkplugBirthTopic(u"spBv1.0/plant/DDATA/edge-1/pump"),
                 QStringLiteral("spBv1.0/plant/DBIRTH/edge-1/pump"));
        QCOMPARE(sparkplugBirthTopic(u"spBv1.0/plant/NBIRTH/edge-1"), QString());
        QCOMPARE(sparkplugBirthTopic(u"prod/plant/NDATA/edge-1"), QString());
        const QString line = previewLine(payload, topic, 120);
        QVERIFY2(line.startsWith(QStringLiteral("seq 7 — Inputs/Temperature = 21.5, Counter = -5")),
                 qPrintable(line));
        // Without the topic the same bytes stay a binary preview (no guess from bytes alone).
        QVERIFY(!previewLine(payload, 120).startsWith(QStringLiteral("seq")));
        // Fields to plot, by metric name.
        const QJsonValue v = structuredValue(payload, topic);
        QCOMPARE(numberAt(v, QStringLiteral("/metrics/Inputs~1Temperature/value")).value(), 21.5);
        QCOMPARE(numberAt(v, QStringLiteral("/seq")).value(), 7.0);
        QCOMPARE(v.toObject().value(QStringLiteral("timestamp")).toString(),
                 QStringLiteral("2026-11-24T19:36:40.123Z"));
        // Not Sparkplug: said so, with the hex beside.
        const Rendering bad = render(QByteArray("\xff\xff\xff", 3), Format::SparkplugB);
        QVERIFY(bad.error.startsWith(QStringLiteral("Not a Sparkplug B payload")));
        // A JSON diff between two data messages, field by field.
        temp->set_float_value(22.0f);
        const std::string next = p.SerializeAsString();
        const PayloadDiffResult d =
            diffPayloads(payload, QByteArray(next.data(), qsizetype(next.size())), topic);
        QVERIFY(d.structured);
        QCOMPARE(d.changes, 1);
    }
    // Found by the Eclipse Tahu interop test (tests/interop): property values share the metric
    // datatypes, so a signed Int32/Int64 property travels in two's complement too. It was shown
    // as 4294967256 for -40.
    void decodesSignedSparkplugPropertyValues()
    {
        deck::sparkplug::Payload p;
        auto *m = p.add_metrics();
        m->set_name("Inputs/Temperature");
        m->set_datatype(10);
        m->set_double_value(20.0);
        auto *props = m->mutable_properties();
        auto add = [&](const char *key, quint32 type) {
            props->add_keys(key);
            auto *v = props->add_values();
            v->set_type(type);
            return v;
        };
        add("low", 3)->set_int_value(quint32(-40));       // Int32
        add("high", 4)->set_long_value(quint64(-1));      // Int64
        add("count", 7)->set_int_value(4000000000U);      // UInt32 stays unsigned
        add("small", 1)->set_int_value(quint32(-5));      // Int8, sign-extended as Tahu sends it
        const std::string bytes = p.SerializeAsString();
        const Decoded d = decodeSparkplug(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
        QVERIFY(d.ok);
        const QJsonObject properties = d.value.toObject()
                                           .value(QStringLiteral("metrics")).toObject()
                                           .value(QStringLiteral("Inputs/Temperature")).toObject()
                                           .value(QStringLiteral("properties")).toObject();
        QCOMPARE(properties.value(QStringLiteral("low")).toDouble(), -40.0);
        QCOMPARE(properties.value(QStringLiteral("high")).toDouble(), -1.0);
        QCOMPARE(properties.value(QStringLiteral("count")).toDouble(), 4000000000.0);
        QCOMPARE(properties.value(QStringLiteral("small")).toDouble(), -5.0);
    }
    // Found by fuzz_json: QJsonDocument lets a backslash escape any byte, even one that is not
    // UTF-8; the indented view hid it behind U+FFFD.
    void showsBytesEscapedInLenientJson()
    {
        const QByteArray payload("{\"s\\\xdc\": 1}");
        QCOMPARE(detect(payload), Format::Json);
        const Rendering r = render(payload, Format::Auto);
        QVERIFY2(r.text.contains(QStringLiteral("\"s\\⟨DC⟩\": 1")), qPrintable(r.text));
        QVERIFY2(r.note.contains(QStringLiteral("not valid UTF-8")), qPrintable(r.note));
    }
    void marksInvalidUtf8InSparkplugStringsWithoutLogging()
    {
#ifndef Q_OS_UNIX
        QSKIP("captures stderr with POSIX pipes");
#else
        // A metric named "Bad\xff" whose String value is "a\xffb", written byte by byte
        // (Protobuf itself logs when it serializes such strings).
        const QByteArray metric = QByteArray::fromHex("0a04426164ff" // name
                                                      "200c"         // datatype String
                                                      "7a0361ff62"); // string_value
        const QByteArray payload = "\x12" + QByteArray(1, char(metric.size())) + metric;
        const QString topic = QStringLiteral("spBv1.0/plant/NDATA/edge-1");
        const quint64 uncaptured = uncapturedProtobufLogCount();
        StderrCapture stderrText;
        const Rendering r = render(payload, Format::Auto, topic);
        // Once the decoder has run, what libprotobuf logs is counted, or collected by a
        // decoder's capture, not printed. Its UTF-8 checks only log in debug builds; a text
        // format error logs in every build.
        deck::sparkplug::Payload p;
        QVERIFY(!google::protobuf::TextFormat::ParseFromString("not text format", &p));
        int captured = 0;
        {
            const ProtobufLogCapture capture;
            QVERIFY(!google::protobuf::TextFormat::ParseFromString("seq: -1", &p));
            captured = capture.count();
        }
        const QByteArray printed = stderrText.finish();
        QVERIFY2(printed.isEmpty(), printed.constData());
        QCOMPARE(uncapturedProtobufLogCount(), uncaptured + 1);
        QCOMPARE(captured, 1);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY2(r.text.contains(QStringLiteral("Bad⟨FF⟩  String = \"a⟨FF⟩b\"")),
                 qPrintable(r.text));
        QVERIFY2(r.note.startsWith(QStringLiteral("2 string")), qPrintable(r.note)); // name, value
        QVERIFY2(r.note.contains(QStringLiteral("not valid UTF-8")), qPrintable(r.note));
        const QJsonValue v = structuredValue(payload, topic);
        QCOMPARE(v[QStringLiteral("metrics")][QStringLiteral("Bad⟨FF⟩")][QStringLiteral("value")]
                     .toString(),
                 QStringLiteral("a⟨FF⟩b"));
#endif
    }
    void previewsInOneLine()
    {
        QCOMPARE(previewLine("{\"a\":\n  1}"), QStringLiteral("{\"a\": 1}"));
        QCOMPARE(previewLine(QByteArray(300, 'x'), 10), QStringLiteral("xxxxxxxxxx…"));
        // A multi-byte character cut at the preview's end does not show as invalid bytes.
        const QByteArray accents = QByteArray("é").repeated(400);
        QVERIFY(!previewLine(accents, 50).contains(QStringLiteral("⟨")));
        QVERIFY(previewLine(accents, 50).endsWith(QStringLiteral("…")));
        QCOMPARE(previewLine(QByteArray("\x08\x96\x01\x12\x04", 5)),
                 QStringLiteral("(binary) 08 96 01 12 04"));
        QVERIFY(previewLine(cborSample()).startsWith(QStringLiteral("(CBOR) a2")));
    }
};

QTEST_GUILESS_MAIN(TestPayload)
#include "tst_payload.moc"
