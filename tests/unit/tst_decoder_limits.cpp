// Hostile payloads (issue 11): every decoder refuses them in words, or shows them in a text of
// reasonable size, without an exception and without a large allocation. The bombs are small
// payloads that announce more than they hold (a MessagePack array of 4G elements in 5 bytes),
// nest deeper than anything real, or whose indented text would grow far faster than the payload.

#include "payload/JsonOutline.h"
#include "payload/JsonText.h"
#include "payload/PayloadFormat.h"

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
};

QTEST_GUILESS_MAIN(TestDecoderLimits)
#include "tst_decoder_limits.moc"
