// French and English ship together: every string is translated, and the French catalogue
// really loads into the application.

#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>

class TstTranslations : public QObject
{
    Q_OBJECT
private slots:
    void noUnfinishedEntries_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("fr") << QStringLiteral(MQTTDECK_SOURCE_DIR "/translations/mqttdeck_fr.ts");
        QTest::newRow("en") << QStringLiteral(MQTTDECK_SOURCE_DIR "/translations/mqttdeck_en.ts");
    }
    void noUnfinishedEntries()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray ts = f.readAll();
        QVERIFY(ts.count("<message") > 100);
        QCOMPARE(ts.count("type=\"unfinished\""), 0);
        QCOMPARE(ts.count("type=\"vanished\""), 0);
    }
    void frenchLoads()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/mqttdeck_fr.qm")));
        QCOMPARE(translator.translate("ReasonCodes", "Not authorized"),
                 QStringLiteral("Non autorisé"));
        QVERIFY(translator
                    .translate("deck::mqtt::ConnectionProbe",
                               "The broker requires a client certificate (mutual TLS). Give one "
                               "with --cert and --key.")
                    .startsWith(QStringLiteral("Le broker exige")));
    }
    void localeSelection()
    {
        qputenv("MQTTDECK_LANG", "fr");
        deck::installTranslations(*QCoreApplication::instance());
        QCOMPARE(QCoreApplication::translate("ReasonCodes", "Banned"), QStringLiteral("Banni"));
    }
};

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
