// Issue 10 (1): the screenshot tour writes only into what it created. Against a real mosquitto
// with an observer on '#': connected to a broker that is not the tour's own, the tour publishes
// nothing and the user's saved connections are untouched; told that the broker is its own (as
// scripts/screenshots.sh does for the demo broker it started), it sends its example command.

#include "Broker.h"
#include "MainWindow.h"
#include "connection/ConnectionManager.h"
#include "ScreenshotTour.h"
#include "SessionWaiter.h"
#include "ingest/Engine.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace deck;
using namespace deck::test;

class TstScreenshotTour : public QObject
{
    Q_OBJECT

    /// Runs a whole tour against `broker`; returns whether it published; `commands`: the
    /// commands its Commands step sent.
    bool runTour(Broker &broker, profiles::ProfileStore &userStore, const QString &ownBroker,
                 const QString &shots, QStringList *commands = nullptr)
    {
        ConnectionManager connections;
        ui::MainWindow window(&connections);
        QTemporaryDir journalDir; // as mqttdeck --screenshots does: never the user's journal
        window.setCommandFiles(journalDir.filePath(QStringLiteral("journal.sqlite")),
                               journalDir.filePath(QStringLiteral("templates.json")));
        profiles::SecretStore secrets(QStringLiteral("MQTT Deck tests"));
        window.setProfiles(&userStore, &secrets);
        window.setConnection(localOptions(broker.tcpPort()), QStringLiteral("#"), true);
        deck::mqtt::Session &session = *window.session(); // the connection's own
        window.show();
        if (!QTest::qWaitFor(
                [&] { return session.state() == deck::mqtt::Session::State::Connected; }, 15000))
            return false;
        auto *tour = new ui::ScreenshotTour(&window, shots, ownBroker, 0);
        tour->start();
        const bool done = QTest::qWaitFor(
            [&] { return QFile::exists(QDir(shots).filePath(QStringLiteral("messages.png"))); },
            60000);
        const bool published = tour->published();
        if (commands)
            *commands = tour->commandsSent();
        session.close();
        QTest::qWait(300);
        return done && published;
    }

private slots:
    void writesOnlyIntoWhatItCreated()
    {
        Broker broker;
        const QString e = broker.start();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        SessionWaiter observer;
        QVERIFY(observer.connect(localOptions(broker.tcpPort())));
        QVERIFY(observer.subscribe(QStringLiteral("#"), 1));

        QTemporaryDir dir;
        profiles::ProfileStore userStore;
        QCOMPARE(userStore.open(dir.filePath(QStringLiteral("mine.sqlite"))), QString());
        profiles::ConnectionProfile mine;
        mine.name = QStringLiteral("Mine");
        QCOMPARE(userStore.save(mine), QString());

        // A broker the user connected to: nothing published, nothing stored.
        const QString shots = dir.filePath(QStringLiteral("shots"));
        QVERIFY(!runTour(broker, userStore, QString(), shots));
        for (const char *file :
             {"explorer.png", "publish.png", "connections.png", "commands.png", "messages.png"})
            QVERIFY2(QFile::exists(QDir(shots).filePath(QLatin1String(file))), file);
        QTest::qWait(500);
        QCOMPARE(observer.messages().size(), size_t(0));
        QCOMPARE(userStore.list().size(), 1);
        QVERIFY(!userStore.findByName(QStringLiteral("Production EU")));

        // Its own broker (as scripts/screenshots.sh says): the example command is sent there,
        // and the Commands step's three commands (journaled in the tour's own file).
        const QString own = QStringLiteral("127.0.0.1:%1").arg(broker.tcpPort());
        QStringList commands;
        QVERIFY(runTour(broker, userStore, own, dir.filePath(QStringLiteral("shots2")), &commands));
        QCOMPARE(commands.size(), 3);
        auto &got = observer.waitForMessages(4);
        QCOMPARE(got.size(), size_t(4));
        QStringList topics;
        for (const Message &m : got)
            topics << QString::fromUtf8(m.topic().data(), qsizetype(m.topic().size()));
        QCOMPARE(topics.first(), QStringLiteral("prod/acme/berlin/line-01/gw-003/cmd/reboot"));
        QCOMPARE(topics.mid(1), (QStringList{QStringLiteral("devices/gw-005/commands/reboot"),
                                             QStringLiteral("devices/gw-002/commands/reboot"),
                                             QStringLiteral("devices/gw-001/commands/reboot")}));
        QCOMPARE(userStore.list().size(), 1);
    }
};

QTEST_MAIN(TstScreenshotTour)
#include "tst_screenshot_tour.moc"
