// Hostile payloads (issue 11): every decoder refuses them in words, or shows them in a text of
// reasonable size, without an exception and without a large allocation. The bombs are small
// payloads that announce more than they hold (a MessagePack array of 4G elements in 5 bytes),
// nest deeper than anything real, or whose indented text would grow far faster than the payload.

#include "payload/BinaryDecoders.h"
#include "payload/JsonOutline.h"
#include "payload/JsonText.h"
#include "payload/PayloadFormat.h"
#include "payload/SparkplugB.h"

#include <QFile>
#include <QJsonDocument>
#include <QtTest>

#include <exception>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace deck::payload;

namespace {

// The limit the decoders share (Qt's JSON and CBOR readers stop at the same depth).
constexpr int kNesting = 1024;
// What a decode may add to the process's peak resident memory: the bombs below would take
// hundreds of megabytes or more without their limits.
constexpr qint64 kMaxGrowthMiB = 64;
// Keys of a map that QJsonObject took minutes to build, inserted one by one.
constexpr int kManyKeys = 300000;

// Peak resident memory of this process. Linux resets the peak when "5" is written to
// /proc/self/clear_refs, so each check measures its own decode and not an earlier test's peak.
class PeakMemory
{
public:
    PeakMemory()
    {
#ifdef __GLIBC__
        malloc_trim(0); // memory an earlier test freed would hide this one's growth
#endif
#ifdef Q_OS_LINUX
        QFile reset(QStringLiteral("/proc/self/clear_refs"));
        if (reset.open(QIODevice::WriteOnly))
            reset.write("5");
#endif
        m_start = read("VmRSS:");
    }
    qint64 grownMiB() const
    {
        return qMax<qint64>(0, read("VmHWM:") - m_start) / 1024;
    }

private:
    static qint64 read(const char *field)
    {
#ifdef Q_OS_LINUX
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return 0;
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith(field))
                return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
#else
        Q_UNUSED(field)
#endif
        return 0; // not measured here
    }
    qint64 m_start = 0;
};

// Runs a decode; an exception escaping a decoder fails the test with its text.
template <typename F> auto noThrow(F decode) -> decltype(decode())
{
    try {
        return decode();
    } catch (const std::exception &e) {
        QTest::qFail(qPrintable(QStringLiteral("exception: ") + QString::fromUtf8(e.what())),
                     __FILE__, __LINE__);
    } catch (...) {
        QTest::qFail("an unknown exception escaped", __FILE__, __LINE__);
    }
    return {};
}

QByteArray hex(const char *digits)
{
    return QByteArray::fromHex(digits);
}
QByteArray bigEndian32(quint32 v)
{
    const char bytes[] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
    return QByteArray(bytes, 4);
}

// A text that indentation blows up: `count` values, each nested `depth` deep. Indented, each
// value takes about 4 × depth² characters for its 2 × depth bytes.
QByteArray deepJsonValues(int count, int depth)
{
    const QByteArray one = QByteArray(depth, '[') + QByteArray(depth, ']');
    QByteArrayList values;
    for (int i = 0; i < count; ++i)
        values << one;
    return '[' + values.join(',') + ']';
}

// Protobuf wire format, for Sparkplug payloads no serializer would write.
QByteArray varint(quint64 v)
{
    QByteArray out;
    do {
        out += char((v & 0x7f) | (v > 0x7f ? 0x80 : 0));
        v >>= 7;
    } while (v);
    return out;
}
QByteArray field(int number, const QByteArray &bytes)
{
    return varint(quint64(number) << 3 | 2) + varint(quint64(bytes.size())) + bytes;
}

// The text of a decoded value stays within a small multiple of the payload.
bool proportionate(const QString &text, qsizetype payloadSize)
{
    return text.size() <= 2 * 1024 * 1024 + 16 * payloadSize;
}

} // namespace

class TestDecoderLimits : public QObject
{
    Q_OBJECT
private slots:
    void refusesMessagePackBombs_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("says");
        QTest::newRow("array32 of 4G elements") << hex("ddffffffff") << QStringLiteral("announces");
        QTest::newRow("map32 of 4G entries") << hex("dfffffffff") << QStringLiteral("announces");
        // 1,000 nested arrays, each announcing as many elements as the payload has bytes: within
        // a per-container limit, yet together they would reserve 1,000 × 5,000 objects.
        QTest::newRow("nested announcements")
            << hex("dd00001388").repeated(1000) << QStringLiteral("announces");
        QTest::newRow("str32 of 4 GB") << hex("91dbffffffff") << QStringLiteral("MessagePack");
        QTest::newRow("bin32 of 4 GB") << hex("91c6ffffffff") << QStringLiteral("MessagePack");
        QTest::newRow("ext32 of 4 GB") << hex("91c9ffffffff01") << QStringLiteral("MessagePack");
        QTest::newRow("100,000 nested arrays")
            << QByteArray(100000, '\x91') + hex("c0") << QStringLiteral("nested deeper than");
        QTest::newRow("100,000 nested maps")
            << hex("81c0").repeated(100000) + hex("c0") << QStringLiteral("nested deeper than");
    }
    void refusesMessagePackBombs()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, says);
        const PeakMemory memory;
        const Decoded d = noThrow([&] { return decodeMessagePack(payload); });
        QVERIFY(!d.ok);
        QVERIFY2(d.error.startsWith(QStringLiteral("Not valid MessagePack: ")),
                 qPrintable(d.error));
        QVERIFY2(d.error.contains(says), qPrintable(d.error));
        // Automatic: not MessagePack, so a hex dump.
        QCOMPARE(noThrow([&] { return detect(payload); }), Format::Hex);
        QVERIFY2(memory.grownMiB() < kMaxGrowthMiB, qPrintable(QString::number(memory.grownMiB())));
    }
    void acceptsMessagePackUpToTheNestingLimit()
    {
        const QByteArray deepest = QByteArray(kNesting - 1, '\x91') + hex("90");
        const Decoded d = decodeMessagePack(deepest);
        QVERIFY2(d.ok, qPrintable(d.error));
        const Decoded deeper = decodeMessagePack(QByteArray('\x91' + deepest));
        QVERIFY(!deeper.ok);
        QVERIFY2(deeper.error.contains(QStringLiteral("nested deeper than 1024 levels")),
                 qPrintable(deeper.error));
    }
    void keepsMessagePackTextProportionate_data()
    {
        QTest::addColumn<QByteArray>("payload");
        // 2,000 values nested 64 deep: 130 KB that QJsonDocument indented into 32 MB.
        QByteArray deep = hex("dc07d0");
        deep += QByteArray(QByteArray(63, '\x91') + hex("c0")).repeated(2000);
        QTest::newRow("deep values") << deep;
        // Maps whose key is a map whose key is a map…: each level's key is the text of the
        // one inside, quoted again, so the text doubles with every level.
        QTest::newRow("maps as keys of maps") << QByteArray(26, '\x81') + QByteArray(27, '\xc0');
    }
    void keepsMessagePackTextProportionate()
    {
        QFETCH(QByteArray, payload);
        const PeakMemory memory;
        const Decoded d = noThrow([&] { return decodeMessagePack(payload); });
        QVERIFY2(d.ok, qPrintable(d.error));
        QVERIFY2(proportionate(d.text, payload.size()), qPrintable(QString::number(d.text.size())));
        QVERIFY2(memory.grownMiB() < kMaxGrowthMiB, qPrintable(QString::number(memory.grownMiB())));
    }

    // Qt's CBOR reader refuses these already (checked here so that it stays so).
    void refusesCborBombs_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("array of 2^32 elements") << hex("9b0000000100000000");
        QTest::newRow("array of 2^32 - 1 elements") << hex("9affffffff");
        QTest::newRow("map of 2^64 - 1 entries") << hex("bbffffffffffffffff");
        QTest::newRow("byte string of 4 GB") << hex("815b0000000100000000");
        QTest::newRow("text string of 4 GB") << hex("817affffffff");
        QTest::newRow("10,000 nested arrays") << QByteArray(10000, '\x81') + hex("00");
        QTest::newRow("10,000 nested open arrays") << QByteArray(10000, '\x9f');
        QTest::newRow("10,000 nested tags") << hex("d820").repeated(10000) + hex("80");
    }
    void refusesCborBombs()
    {
        QFETCH(QByteArray, payload);
        const PeakMemory memory;
        const Decoded d = noThrow([&] { return decodeCbor(payload); });
        QVERIFY(!d.ok);
        QVERIFY2(d.error.startsWith(QStringLiteral("Not valid CBOR: ")), qPrintable(d.error));
        QCOMPARE(noThrow([&] { return detect(payload); }), Format::Hex);
        QVERIFY2(memory.grownMiB() < kMaxGrowthMiB, qPrintable(QString::number(memory.grownMiB())));
    }
    // Found by fuzz_cbor: Qt 6.4 crashes converting a URL tag (32) over an empty string to JSON.
    void decodesAUrlTagOverAnEmptyString()
    {
        const Decoded d = noThrow([&] { return decodeCbor(hex("a2 6175 d82060 6176 d820 6461 2f62 63")); });
        QVERIFY2(d.ok, qPrintable(d.error));
        QCOMPARE(d.value.toObject().value(QStringLiteral("u")).toString(), QString());
        QCOMPARE(d.value.toObject().value(QStringLiteral("v")).toString(), QStringLiteral("a/bc"));
    }

    void keepsCborTextProportionate()
    {
        // 30 values nested 1,000 deep (Qt accepts up to 1,024): 30 KB whose line-wrapped
        // diagnostic notation would be 120 million characters.
        const QByteArray one = QByteArray(1000, '\x81') + hex("00");
        const QByteArray payload = hex("9f") + one.repeated(30) + hex("ff");
        const PeakMemory memory;
        const Decoded d = noThrow([&] { return decodeCbor(payload); });
        QVERIFY2(d.ok, qPrintable(d.error));
        QVERIFY2(proportionate(d.text, payload.size()), qPrintable(QString::number(d.text.size())));
        const Rendering r = render(payload, Format::Auto);
        QCOMPARE(r.format, Format::Cbor);
        QVERIFY(proportionate(r.text, payload.size()));
        QVERIFY2(r.note.contains(QStringLiteral("compact")), qPrintable(r.note));
        QVERIFY2(memory.grownMiB() < kMaxGrowthMiB, qPrintable(QString::number(memory.grownMiB())));
    }

    void outlinesDeepJsonWithoutRecursingWithoutEnd_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("100,000 [") << QByteArray(100000, '[');
        QTest::newRow("100,000 [ and ]") << QByteArray(100000, '[') + QByteArray(100000, ']');
        QTest::newRow("100,000 {\"a\":") << QByteArray("{\"a\":").repeated(100000);
    }
    void outlinesDeepJsonWithoutRecursingWithoutEnd()
    {
        QFETCH(QByteArray, payload);
        const JsonOutline o = noThrow([&] { return outlineJson(payload); });
        int depth = 0;
        for (const JsonOutline *n = &o; !n->children.empty(); n = &n->children.front())
            ++depth;
        QVERIFY2(depth <= kNesting, qPrintable(QString::number(depth)));
        const QString indented = noThrow([&] { return indentJson(payload); });
        QVERIFY2(proportionate(indented, payload.size()),
                 qPrintable(QString::number(indented.size())));
    }
    void outlinesJsonDownToTheNestingLimit()
    {
        const QByteArray deepest = QByteArray(kNesting, '[') + QByteArray(kNesting, ']');
        QVERIFY(!QJsonDocument::fromJson(deepest).isNull()); // Qt's own limit is the same
        int depth = 0;
        const JsonOutline o = outlineJson(deepest);
        for (const JsonOutline *n = &o; !n->children.empty(); n = &n->children.front())
            ++depth;
        QCOMPARE(depth, kNesting - 1); // the innermost array is empty
    }
    void keepsIndentedJsonProportionate()
    {
        // 50 values nested 1,000 deep, valid JSON of 100 KB: indented, 200 MB of spaces.
        const QByteArray payload = deepJsonValues(50, 1000);
        QCOMPARE(detect(payload), Format::Json);
        const PeakMemory memory;
        const QString text = indentJson(payload);
        QVERIFY2(proportionate(text, payload.size()), qPrintable(QString::number(text.size())));
        // Still the same JSON, only less indented.
        QCOMPARE(QJsonDocument::fromJson(text.toUtf8()), QJsonDocument::fromJson(payload));
        const Rendering r = render(payload, Format::Json);
        QVERIFY(proportionate(r.text, payload.size()));
        QVERIFY2(r.note.contains(QStringLiteral("compact")), qPrintable(r.note));
        QVERIFY2(memory.grownMiB() < kMaxGrowthMiB, qPrintable(QString::number(memory.grownMiB())));
    }

    // Protobuf stops at 100 levels of nested messages (here: property sets in property values).
    void refusesDeepSparkplugPropertySets()
    {
        QByteArray set;
        for (int i = 0; i < 10000; ++i)
            set = field(2, field(9, set)); // PropertySet.values → PropertyValue.propertyset_value
        const QByteArray payload = field(2, field(9, set)); // Payload.metrics → Metric.properties
        const PeakMemory memory;
        const Decoded d = noThrow([&] { return decodeSparkplug(payload); });
        QVERIFY(!d.ok);
        QVERIFY2(d.error.startsWith(QStringLiteral("Not a Sparkplug B payload")),
                 qPrintable(d.error));
        QVERIFY2(memory.grownMiB() < kMaxGrowthMiB, qPrintable(QString::number(memory.grownMiB())));
    }
    // Charts and diffs read Sparkplug B like the other formats: not past the parse limit.
    void leavesHugeSparkplugPayloadsUnparsedForCharts()
    {
        const QByteArray metric =
            field(2, field(1, "Temperature") + hex("2009") + hex("650000ac41"));
        const QByteArray payload = metric.repeated(kParseLimit / metric.size() + 1);
        const QString topic = QStringLiteral("spBv1.0/plant/NDATA/edge-1");
        QVERIFY(decodeSparkplug(payload.first(metric.size())).ok);
        QVERIFY(structuredValue(payload.first(metric.size()), topic).isObject());
        QVERIFY(structuredValue(payload, topic).isUndefined());
    }
    // One line per metric took 300 MB for the 2 million empty metrics 4 MB can hold: the text
    // lists the first 10,000; the value (tree, charts) keeps them all.
    void listsTheFirstSparkplugMetricsOnly()
    {
        QByteArray payload;
        for (int alias = 0; alias < 20000; ++alias)
            payload += field(2, '\x10' + varint(quint64(alias))); // Metric.alias
        const Decoded d = decodeSparkplug(payload);
        QVERIFY2(d.ok, qPrintable(d.error));
        const QStringList lines = d.text.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 10000 + 1); // "20000 metrics:", 10,000, "… and 10000 more"
        QVERIFY2(lines.last().contains(QStringLiteral("10000 more")), qPrintable(lines.last()));
        QCOMPARE(d.value[QStringLiteral("metrics")].toObject().size(), 20000);
    }
    // QJsonObject keeps its keys in one sorted array: inserted in arrival order, 300,000 keys
    // (descending) moved 45 billion elements, well past the suite's 60 s timeout, which is what
    // catches a return of that.
    void decodesMapsOfManyKeys_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<Format>("format");
        QTest::addColumn<QString>("under"); // the member holding the keys, if not the root
        QByteArray cbor = hex("ba") + bigEndian32(kManyKeys);
        QByteArray messagePack = hex("df") + bigEndian32(kManyKeys);
        QByteArray sparkplug;
        for (int i = kManyKeys; i-- > 0;) {
            const QByteArray key = 'k' + QByteArray::number(i).rightJustified(6, '0');
            cbor += '\x67' + key + '\x01';
            messagePack += '\xa7' + key + '\x01';
            sparkplug += field(2, field(1, key)); // metrics keyed by name
        }
        QTest::newRow("CBOR") << cbor << Format::Cbor << QString();
        QTest::newRow("MessagePack") << messagePack << Format::MessagePack << QString();
        QTest::newRow("Sparkplug B")
            << sparkplug << Format::SparkplugB << QStringLiteral("metrics");
    }
    void decodesMapsOfManyKeys()
    {
        QFETCH(QByteArray, payload);
        QFETCH(Format, format);
        QFETCH(QString, under);
        const Decoded d = format == Format::Cbor          ? decodeCbor(payload)
                          : format == Format::MessagePack ? decodeMessagePack(payload)
                                                          : decodeSparkplug(payload);
        QVERIFY2(d.ok, qPrintable(d.error));
        const QJsonObject keys = under.isEmpty() ? d.value.toObject() : d.value[under].toObject();
        QCOMPARE(keys.size(), kManyKeys);
        QCOMPARE(keys.begin().key(), QStringLiteral("k000000"));
    }
    // Collected members keep QJsonObject's rule: the last of equal keys wins.
    void keepsTheLastOfRepeatedKeys()
    {
        QByteArray messagePack = hex("de") + QByteArray::fromHex("0bb8"); // 3,000 entries
        for (int i = 0; i < 3000; ++i)
            messagePack += hex("a161") + (i < 2999 ? hex("00") : hex("07")); // "a": 0 … "a": 7
        const Decoded m = decodeMessagePack(messagePack);
        QVERIFY2(m.ok, qPrintable(m.error));
        QCOMPARE(m.value.toObject().size(), 1);
        QCOMPARE(m.value[QStringLiteral("a")].toDouble(), 7.0);
    }
};

QTEST_GUILESS_MAIN(TestDecoderLimits)
#include "tst_decoder_limits.moc"
