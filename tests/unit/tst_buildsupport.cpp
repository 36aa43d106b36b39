// The build's portable pieces: the hash-to-slot mapping without __int128 (what an MSVC build
// uses) and the versions --version and the About dialog print.
#include "BuildInfo.h"
#include "util/FastRange.h"

#include <QtTest>

#include <random>

class TestBuildSupport : public QObject
{
    Q_OBJECT
private slots:
    void portableHighProductMatchesInt128()
    {
#ifndef __SIZEOF_INT128__
        QSKIP("this compiler has no __int128 to compare with");
#else
        __extension__ typedef unsigned __int128 u128;
        const uint64_t edges[] = {0,
                                  1,
                                  2,
                                  0xFFFFFFFFu,
                                  0x100000000ull,
                                  0x7FFFFFFFFFFFFFFFull,
                                  0xFFFFFFFFFFFFFFFFull,
                                  0x8000000000000000ull,
                                  0xFFFFFFFF00000000ull};
        for (uint64_t x : edges)
            for (uint64_t y : edges)
                QCOMPARE(deck::mulHigh64Portable(x, y), uint64_t((u128(x) * y) >> 64));
        std::mt19937_64 random(20261130);
        for (int i = 0; i < 100000; ++i) {
            const uint64_t x = random(), y = random() >> (i % 64);
            QCOMPARE(deck::mulHigh64Portable(x, y), uint64_t((u128(x) * y) >> 64));
        }
#endif
    }

    void fastRangeStaysInRange()
    {
        std::mt19937_64 random(7);
        for (size_t n : {size_t(1), size_t(3), size_t(1536), size_t(1) << 20, size_t(1000003)}) {
            std::vector<int> hits(std::min<size_t>(n, 4096));
            for (int i = 0; i < 20000; ++i) {
                const size_t slot = deck::fastRange(random(), n);
                QVERIFY(slot < n);
                if (slot < hits.size())
                    ++hits[slot];
            }
            if (n == 3) // spread over every slot, not piled into one
                for (int h : hits)
                    QVERIFY2(h > 6000, qPrintable(QString::number(h)));
        }
    }

    void versionsNameEveryLibrary()
    {
        const QString text = deck::BuildInfo::text(QStringLiteral("mqttdeck"));
        QVERIFY(text.startsWith(QStringLiteral("mqttdeck " MQTTDECK_VERSION " (")));
        for (const char *name :
             {"Qt", "Paho MQTT C", "Paho MQTT C++", "OpenSSL", "SQLite", "protobuf"})
            QVERIFY2(
                text.contains(QLatin1String("\n  ") + QLatin1String(name) + QLatin1String(": ")),
                name);
        for (const auto &[name, version] : deck::BuildInfo::components())
            QVERIFY2(!version.isEmpty() && version != QLatin1String("?"), qPrintable(name));
        QVERIFY(text.contains(QLatin1String(qVersion())));
    }
};

QTEST_GUILESS_MAIN(TestBuildSupport)
#include "tst_buildsupport.moc"
