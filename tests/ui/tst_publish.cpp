// The publish page driven as a user would, against a real mosquitto with the dynamic-security
// plugin: the form checks topic and payload as typed, a QoS 1 message with MQTT 5 properties is
// delivered and acknowledged, a refused publish shows the broker's reason, and a sent message
// can be loaded again.

#include "Broker.h"
#include "SessionWaiter.h"
#include "pages/PublishPage.h"
#include "widgets/PropertiesEditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QMessageBox>
#include <QTimer>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace deck;
using namespace deck::test;

class TstPublish : public QObject
{
    Q_OBJECT
private slots:
    void publishesAndShowsTheBrokersAnswer()
    {
        Broker broker(Broker::deviceAcl(QStringLiteral("device-7"), QStringLiteral("device-pw"),
                                        QStringLiteral("tenant/device-7")));
        const QString started = broker.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));

        SessionWaiter waiter;
        deck::mqtt::ConnectionOptions o =
            localOptions(broker.tcpPort(), deck::mqtt::MqttVersion::V5);
        o.username = QStringLiteral("device-7");
        o.password = QStringLiteral("device-pw");
        QVERIFY2(waiter.connect(o), qPrintable(waiter.lastError()));
        QVERIFY(waiter.subscribe(QStringLiteral("tenant/device-7/#"), 1));

        Engine engine(std::make_shared<MessageQueue>()); // completion source only
        QTemporaryDir dir;
        profiles::ProfileStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("p.sqlite"))), QString());
        ui::PublishPage page(&waiter.session(), &engine);
        page.setHistoryStore(&store);
        page.resize(1100, 700);
        page.show();
        QPushButton *send = nullptr;
        for (QPushButton *b : page.findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("Publish"))
                send = b;
        QVERIFY(send);

        // Checked as typed: a wildcard in the topic, then JSON with a trailing comma.
        page.setTopic(QStringLiteral("tenant/+/cmd"));
        QVERIFY(!send->isEnabled());
        page.setTopic(QStringLiteral("tenant/device-7/cmd/reboot"));
        page.setPayload(QStringLiteral("{\n  \"command_id\": \"c-1\",\n}"),
                        payload::InputFormat::Json);
        QVERIFY(!send->isEnabled());
        bool explained = false;
        for (QLabel *l : page.findChildren<QLabel *>())
            explained |= l->isVisible() && l->text().contains(QStringLiteral("line 3"));
        QVERIFY(explained);
        page.setPayload(QStringLiteral("{\n  \"command_id\": \"c-1\"\n}"),
                        payload::InputFormat::Json);
        QVERIFY(send->isEnabled());
        page.setQos(1);
        deck::mqtt::MessageProperties props;
        props.contentType = QStringLiteral("application/json");
        props.userProperties = {{QStringLiteral("operator"), QStringLiteral("alice")}};
        page.propertiesEditor()->setProperties(props);
        send->click();

        const std::vector<Message> &got = waiter.waitForMessages(1);
        QCOMPARE(got.size(), size_t(1));
        QCOMPARE(got[0].topicString(), QStringLiteral("tenant/device-7/cmd/reboot"));
        QCOMPARE(got[0].payloadCopy(), QByteArray("{\n  \"command_id\": \"c-1\"\n}"));
        QCOMPARE(got[0].properties().contentType, QStringLiteral("application/json"));
        QCOMPARE(got[0].properties().userProperties.value(0).second, QStringLiteral("alice"));
        QTreeWidget *sent = page.sentList();
        QTRY_VERIFY(sent->topLevelItem(0)->text(4).contains(QStringLiteral("Success")));

        // Hex payload: bytes as typed.
        page.setPayload(QStringLiteral("de ad be ef"), payload::InputFormat::Hex);
        QVERIFY(page.publish());
        QCOMPARE(waiter.waitForMessages(2).at(1).payloadCopy(), QByteArray("\xde\xad\xbe\xef"));

        // Loading the first sent message back restores its form.
        page.setTopic(QStringLiteral("tenant/device-7/other"));
        emit sent->itemDoubleClicked(sent->topLevelItem(1), 0);
        QCOMPARE(page.findChild<QLineEdit *>(QStringLiteral("topic"))->text(),
                 QStringLiteral("tenant/device-7/cmd/reboot"));
        QCOMPARE(page.propertiesEditor()->properties().contentType,
                 QStringLiteral("application/json"));

        // The ACL refuses another device's topic: the answer says so.
        page.setTopic(QStringLiteral("tenant/device-8/cmd/reboot"));
        QVERIFY(page.publish());
        QTRY_VERIFY_WITH_TIMEOUT(sent->topLevelItem(0)->text(4).contains(
                                     QStringLiteral("refused: Not authorized (0x87)")),
                                 10000);
        QVERIFY(page.resultLabel()->text().contains(QStringLiteral("Not authorized")));

        // The sent messages and the broker's answers survive a restart of the window.
        ui::PublishPage next(&waiter.session(), &engine);
        next.setHistoryStore(&store);
        QTreeWidget *kept = next.sentList();
        QCOMPARE(kept->topLevelItemCount(), 3);
        QCOMPARE(kept->topLevelItem(2)->text(1), QStringLiteral("tenant/device-7/cmd/reboot"));
        QVERIFY(kept->topLevelItem(2)->text(4).contains(QStringLiteral("Success")));
        QVERIFY(kept->topLevelItem(0)->text(4).contains(QStringLiteral("Not authorized")));
        emit kept->itemDoubleClicked(kept->topLevelItem(1), 0);
        QCOMPARE(next.findChild<QPlainTextEdit *>()->toPlainText(), QStringLiteral("de ad be ef"));

        // Issue 10: answers are stored as codes and put into words in the window's language;
        // the list shows what was sent to this broker only.
        const QList<profiles::SentMessage> rows = store.recentSent(10);
        QCOMPARE(rows.first().answer, QStringLiteral("refused:5:135"));
        profiles::SentMessage elsewhere = rows.first();
        elsewhere.broker = QStringLiteral("tcp://elsewhere.example:1883");
        elsewhere.topic = QStringLiteral("other/broker/topic");
        QCOMPARE(store.appendSent(elsewhere), QString());
        QTranslator french;
        QVERIFY(french.load(QStringLiteral(":/i18n/mqttdeck_fr.qm")));
        QCoreApplication::installTranslator(&french);
        ui::PublishPage inFrench(&waiter.session(), &engine);
        inFrench.setHistoryStore(&store);
        QCoreApplication::removeTranslator(&french);
        QTreeWidget *list = inFrench.sentList();
        QCOMPARE(list->topLevelItemCount(), 3); // not the message sent to another broker
        QVERIFY2(list->topLevelItem(0)->text(4).startsWith(QStringLiteral("refusé : ")),
                 qPrintable(list->topLevelItem(0)->text(4)));
    }
    void prefillsFromAReceivedMessage()
    {
        deck::mqtt::PahoSession offline;
        Engine engine(std::make_shared<MessageQueue>());
        ui::PublishPage page(&offline, &engine);
        StoredMessage json;
        json.payload = R"({"state":"online","since":3})";
        json.qos = 1;
        json.retained = true;
        page.prefill(QStringLiteral("plant/gw-1/status"), json);
        QCOMPARE(page.findChild<QLineEdit *>(QStringLiteral("topic"))->text(),
                 QStringLiteral("plant/gw-1/status"));
        QVERIFY(page.findChild<QCheckBox *>()->isChecked());
        // Indented, in the order it was sent.
        QCOMPARE(page.findChild<QPlainTextEdit *>()->toPlainText(),
                 QStringLiteral("{\n  \"state\": \"online\",\n  \"since\": 3\n}"));
        StoredMessage binary;
        binary.payload = QByteArray("\x01\x00\xff", 3);
        page.prefill(QStringLiteral("plant/gw-1/raw"), binary);
        QCOMPARE(page.findChild<QPlainTextEdit *>()->toPlainText(), QStringLiteral("01 00 ff"));
        // Not connected: nothing can be sent, and the button says why.
        bool disabled = false;
        for (QPushButton *b : page.findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("Publish"))
                disabled = !b->isEnabled() && b->toolTip() == QStringLiteral("Connect first.");
        QVERIFY(disabled);
    }

    // Issue 9: a production connection asks before each publish; "Cancel" sends nothing.
    void productionAsksFirst()
    {
        Broker broker;
        const QString started = broker.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        SessionWaiter sender, observer;
        QVERIFY(sender.connect(localOptions(broker.tcpPort())));
        QVERIFY(observer.connect(localOptions(broker.tcpPort())));
        QVERIFY(observer.subscribe(QStringLiteral("plant/#"), 1));
        Engine engine(std::make_shared<MessageQueue>());
        ui::PublishPage page(&sender.session(), &engine);
        page.setProduction(true, QStringLiteral("Plant EU"));
        page.show();
        page.setTopic(QStringLiteral("plant/valve-3/command/open"));
        page.setPayload(QStringLiteral("{}"), payload::InputFormat::Json);
        auto answer = [&](QMessageBox::StandardButton button, QString *asked) {
            QTimer::singleShot(100, [=] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                *asked = box->text();
                box->button(button)->click();
            });
        };
        QString asked;
        answer(QMessageBox::Cancel, &asked);
        QVERIFY(!page.publish());
        QVERIFY2(asked.contains(QStringLiteral("Plant EU is marked as production")) &&
                     asked.contains(QStringLiteral("plant/valve-3/command/open")),
                 qPrintable(asked));
        QVERIFY(page.resultLabel()->text().contains(QStringLiteral("cancelled")));
        QTest::qWait(300);
        QCOMPARE(observer.messages().size(), size_t(0));
        answer(QMessageBox::Yes, &asked);
        QVERIFY(page.publish());
        QCOMPARE(observer.waitForMessages(1, 5000).size(), size_t(1));
    }
};

QTEST_MAIN(TstPublish)
#include "tst_publish.moc"
