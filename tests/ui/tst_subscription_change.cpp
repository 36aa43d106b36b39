// Issue 10 (5): the subscription can be changed while connected, from the connection bar, and
// what the bar says is what is subscribed, also after the broker restarted (no session kept).
// Against a real mosquitto; the window's own engine shows what arrives.

#include "Broker.h"
#include "MainWindow.h"
#include "connection/ConnectionManager.h"
#include "SessionWaiter.h"
#include "ingest/Engine.h"
#include "widgets/ConnectionBar.h"

#include <QLineEdit>
#include <QTest>

using namespace deck;
using namespace deck::test;

class TstSubscriptionChange : public QObject
{
    Q_OBJECT

    static QStringList filters(const deck::mqtt::Session &s)
    {
        QStringList out;
        for (const deck::mqtt::Subscription &sub : s.activeSubscriptions())
            out << sub.filter;
        return out;
    }

private slots:
    void changedWhileConnectedAndKeptAfterReconnect()
    {
        Broker broker;
        QString e = broker.start();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        ConnectionManager connections;
        ui::MainWindow window(&connections);
        window.setConnection(localOptions(broker.tcpPort()), QStringLiteral("a/#"), true);
        deck::mqtt::Session &session = *window.session(); // the connection's own
        Engine &engine = window.currentContext()->engine();
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(filters(session) == QStringList{QStringLiteral("a/#")}, 15000);

        QLineEdit *filter = nullptr;
        for (QLineEdit *edit : window.findChildren<QLineEdit *>())
            if (edit->placeholderText() == QLatin1String("topic filter, e.g. #"))
                filter = edit;
        QVERIFY(filter);
        filter->setText(QStringLiteral("b/#"));
        emit filter->returnPressed();
        QTRY_VERIFY_WITH_TIMEOUT(filters(session) == QStringList{QStringLiteral("b/#")}, 10000);

        SessionWaiter publisher;
        QVERIFY(publisher.connect(localOptions(broker.tcpPort())));
        auto send = [&](const char *topic) {
            deck::mqtt::OutgoingMessage m;
            m.topic = QString::fromLatin1(topic);
            m.payload = "x";
            m.qos = 1;
            return publisher.publish(m);
        };
        const quint64 before = engine.counters().applied;
        QVERIFY(send("a/old"));
        QVERIFY(send("b/new"));
        QTRY_COMPARE(engine.counters().applied, before + 1); // b/new only
        QVERIFY(engine.lastMessage(QStringLiteral("b/new")));
        QVERIFY(!engine.lastMessage(QStringLiteral("a/old")));

        // The broker forgets everything: the session resubscribes what the bar says.
        e = broker.restart();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QTRY_VERIFY_WITH_TIMEOUT(session.state() == deck::mqtt::Session::State::Connected, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(filters(session) == QStringList{QStringLiteral("b/#")}, 10000);
        QCOMPARE(filter->text(), QStringLiteral("b/#"));
        SessionWaiter again;
        QVERIFY(again.connect(localOptions(broker.tcpPort())));
        const quint64 after = engine.counters().applied;
        deck::mqtt::OutgoingMessage m;
        m.topic = QStringLiteral("a/again");
        m.payload = "x";
        m.qos = 1;
        QVERIFY(again.publish(m));
        m.topic = QStringLiteral("b/again");
        QVERIFY(again.publish(m));
        QTRY_COMPARE(engine.counters().applied, after + 1);
        QVERIFY(engine.lastMessage(QStringLiteral("b/again")));
        session.close();
    }
};

QTEST_MAIN(TstSubscriptionChange)
#include "tst_subscription_change.moc"
