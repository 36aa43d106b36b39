// Deleting retained values from the explorer, as a user would, against a real mosquitto: the
// context-menu action asks first (saying how many topics), deletes the values under the chosen
// node only, and a new subscriber then receives nothing there.

#include "Broker.h"
#include "EngineWait.h"
#include "SessionWaiter.h"
#include "models/TopicTreeModel.h"
#include "pages/ExplorerPage.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace deck;
using namespace deck::test;

class TstClearRetained : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    } // the journal goes to a test folder

    void clearsTheRetainedValuesUnderANode()
    {
        Broker broker;
        const QString started = broker.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        {
            SessionWaiter publisher;
            QVERIFY(publisher.connect(localOptions(broker.tcpPort())));
            QList<deck::mqtt::OutgoingMessage> batch;
            for (const char *t : {"plant/line-1/gw-1/status", "plant/line-1/gw-2/status",
                                  "plant/line-2/gw-3/status"}) {
                deck::mqtt::OutgoingMessage m;
                m.topic = QString::fromLatin1(t);
                m.payload = R"({"state":"online"})";
                m.qos = 1;
                m.retain = true;
                batch << m;
            }
            QVERIFY(publisher.publishAll(batch));
        }
        SessionWaiter console;
        QVERIFY(console.connect(localOptions(broker.tcpPort())));
        EngineOptions fast;
        fast.notifyIntervalMs = 20;
        Engine engine(console.session().messageQueue(), fast);
        engine.start();
        QVERIFY(console.subscribe(QStringLiteral("plant/#"), 1));
        QVERIFY(deck::test::waitUntilApplied(engine, 3, 5000));

        ui::ExplorerPage page(&engine, &console.session());
        page.resize(1000, 600);
        page.show();
        QTRY_VERIFY(page.selectTopic(QStringLiteral("plant/line-1/gw-1/status")));
        QTreeView *view = page.treeView();
        view->setCurrentIndex(view->currentIndex().parent().parent()); // plant/line-1
        QCOMPARE(view->currentIndex().data(ui::TopicTreeModel::TopicRole).toString(),
                 QStringLiteral("plant/line-1"));

        QString question;
        QTimer::singleShot(200, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            question = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        QSignalSpy said(&page, &ui::ExplorerPage::statusMessage);
        QAction *clear = nullptr;
        for (QAction *a : view->actions())
            if (a->text() == QStringLiteral("Clear retained values…"))
                clear = a;
        QVERIFY(clear);
        clear->trigger();
        QVERIFY2(question.contains(QStringLiteral("2 topic")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("plant/line-1")), qPrintable(question));
        QTRY_COMPARE_WITH_TIMEOUT(said.size(), 1, 10000);
        QVERIFY2(said.first().at(0).toString().startsWith(QStringLiteral("Cleared 2")),
                 qPrintable(said.first().at(0).toString()));
        // The tree marks them: "cleared" instead of "retained".
        QVERIFY(page.selectTopic(QStringLiteral("plant/line-1/gw-2/status")));
        QTRY_COMPARE(view->currentIndex()
                         .siblingAtColumn(ui::TopicTreeModel::RetainedColumn)
                         .data()
                         .toString(),
                     QStringLiteral("cleared"));
        QVERIFY(page.selectTopic(QStringLiteral("plant/line-2/gw-3/status")));
        QCOMPARE(view->currentIndex()
                     .siblingAtColumn(ui::TopicTreeModel::RetainedColumn)
                     .data()
                     .toString(),
                 QStringLiteral("retained"));

        SessionWaiter late;
        QVERIFY(late.connect(localOptions(broker.tcpPort())));
        QVERIFY(late.subscribe(QStringLiteral("plant/#"), 1));
        const std::vector<Message> &left = late.waitForMessages(1, 3000);
        QTest::qWait(300);
        QCOMPARE(left.size(), size_t(1)); // line-2 keeps its value
        QCOMPARE(left.front().topicString(), QStringLiteral("plant/line-2/gw-3/status"));
    }
};

QTEST_MAIN(TstClearRetained)
#include "tst_clear_retained.moc"
