// Several connections at once (issue 9), against two real mosquitto brokers: each connection's
// tree, feed and list hold only its own broker's topics; switching a connection's broker leaves
// nothing of the old one on screen; clearing retained values addresses only the connection it
// was asked on; closing one connection leaves the other running.

#include "Broker.h"
#include "EngineWait.h"
#include "MainWindow.h"
#include "SessionWaiter.h"
#include "connection/ConnectionManager.h"
#include "models/MessageListModel.h"
#include "models/TopicTreeModel.h"
#include "pages/ExplorerPage.h"
#include "pages/MessagesPage.h"
#include "widgets/ConnectionList.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace deck;
using namespace deck::test;

namespace {

bool retain(int port, const QStringList &topics)
{
    SessionWaiter publisher;
    if (!publisher.connect(localOptions(port)))
        return false;
    QList<deck::mqtt::OutgoingMessage> batch;
    for (const QString &t : topics) {
        deck::mqtt::OutgoingMessage m;
        m.topic = t;
        m.payload = "online";
        m.qos = 1;
        m.retain = true;
        batch << m;
    }
    return publisher.publishAll(batch);
}

/// The retained topics a fresh subscriber to `#` gets from the broker.
QStringList retainedOn(int port)
{
    SessionWaiter late;
    if (!late.connect(localOptions(port)) || !late.subscribe(QStringLiteral("#"), 1))
        return {QStringLiteral("(could not connect)")};
    QTest::qWait(500);
    QStringList out;
    for (const Message &m : late.waitForMessages(100, 1))
        out << m.topicString();
    out.sort();
    return out;
}

bool holds(ConnectionContext *c, const char *topic)
{
    return c->engine().lastMessage(QString::fromLatin1(topic)).has_value();
}

} // namespace

class TstTwoBrokers : public QObject
{
    Q_OBJECT
    Broker m_a, m_b;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // journals go to a test location
        QString e = m_a.start();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = m_b.start();
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    void twoBrokersSideBySide()
    {
        QVERIFY(retain(m_a.tcpPort(), {QStringLiteral("site-a/gw-1/status"),
                                       QStringLiteral("site-a/gw-2/status")}));
        QVERIFY(retain(m_b.tcpPort(), {QStringLiteral("site-b/pump-1/status")}));
        ConnectionManager connections;
        ui::MainWindow window(&connections);
        window.show();
        ui::ConnectionView *a = window.currentView();
        a->setConnection(localOptions(m_a.tcpPort()), QStringLiteral("#"), true);
        ui::ConnectionView *b = window.addConnection();
        b->setConnection(localOptions(m_b.tcpPort()), QStringLiteral("#"), true);
        QCOMPARE(connections.contexts().size(), size_t(2));
        QTRY_VERIFY_WITH_TIMEOUT(holds(a->context(), "site-a/gw-2/status"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(holds(b->context(), "site-b/pump-1/status"), 15000);
        QTest::qWait(300);
        QCOMPARE(a->context()->engine().counters().topics, quint64(2));
        QCOMPARE(b->context()->engine().counters().topics, quint64(1));
        QVERIFY(!holds(a->context(), "site-b/pump-1/status"));
        QVERIFY(!holds(b->context(), "site-a/gw-1/status"));

        // The list says which is which and how each is doing.
        QCOMPARE(window.connectionList()->count(), 2);
        window.connectionList()->refresh();
        QVERIFY2(window.connectionList()->rowText(0).contains(QString::number(m_a.tcpPort())),
                 qPrintable(window.connectionList()->rowText(0)));
        QVERIFY2(window.connectionList()->rowText(1).contains(QStringLiteral("Connected")),
                 qPrintable(window.connectionList()->rowText(1)));
        // Choosing a connection shows its pages.
        window.connectionList()->select(b);
        QCOMPARE(window.currentView(), b);
        QCOMPARE(window.explorer(), b->explorer());

        // Closing one leaves the other connected and receiving.
        window.closeConnection(a);
        QCOMPARE(connections.contexts().size(), size_t(1));
        QVERIFY(retain(m_b.tcpPort(), {QStringLiteral("site-b/pump-2/status")}));
        QTRY_VERIFY_WITH_TIMEOUT(holds(b->context(), "site-b/pump-2/status"), 10000);
        QCOMPARE(b->context()->session().state(), deck::mqtt::Session::State::Connected);
    }

    void switchingBrokerLeavesNothingAndClearsOnlyThere()
    {
        QVERIFY(retain(m_a.tcpPort(), {QStringLiteral("site-a/gw-1/status")}));
        QVERIFY(retain(m_b.tcpPort(), {QStringLiteral("site-b/pump-1/status")}));
        ConnectionManager connections;
        ui::MainWindow window(&connections);
        window.resize(1200, 700);
        window.show();
        ui::ConnectionView *view = window.currentView();
        view->setConnection(localOptions(m_a.tcpPort()), QStringLiteral("#"), true);
        ConnectionContext *first = view->context();
        QTRY_VERIFY_WITH_TIMEOUT(holds(first, "site-a/gw-1/status"), 15000);
        QTRY_VERIFY(view->messages()->model()->rowCount() > 0);

        // The same connection, now to broker B: a new context, nothing of A anywhere.
        view->setConnection(localOptions(m_b.tcpPort()), QStringLiteral("#"), true);
        ConnectionContext *second = view->context();
        QVERIFY(second != first);
        QCOMPARE(connections.contexts().size(), size_t(1));
        QTRY_VERIFY_WITH_TIMEOUT(holds(second, "site-b/pump-1/status"), 15000);
        QTest::qWait(300);
        QVERIFY(!holds(second, "site-a/gw-1/status"));
        const QAbstractItemModel *tree = view->explorer()->treeView()->model();
        QTRY_COMPARE(tree->rowCount(), 1);
        QCOMPARE(tree->index(0, 0).data().toString(), QStringLiteral("site-b"));
        const QAbstractItemModel *feed = view->messages()->model();
        for (int r = 0; r < feed->rowCount(); ++r)
            QVERIFY(!feed->index(r, ui::MessageListModel::TopicColumn)
                         .data()
                         .toString()
                         .startsWith(QStringLiteral("site-a")));

        // "Clear retained values…" on everything this connection shows: only B is touched.
        QTreeView *treeView = view->explorer()->treeView();
        treeView->setCurrentIndex(treeView->model()->index(0, 0));
        QString question;
        QTimer::singleShot(200, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            question = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        QAction *clear = nullptr;
        for (QAction *a : treeView->actions())
            if (a->text() == QStringLiteral("Clear retained values…"))
                clear = a;
        QVERIFY(clear);
        clear->trigger();
        QVERIFY2(question.contains(QStringLiteral("\"site-b\"")), qPrintable(question));
        QVERIFY2(!question.contains(QStringLiteral("site-a")), qPrintable(question));
        QTRY_COMPARE_WITH_TIMEOUT(retainedOn(m_b.tcpPort()), QStringList(), 10000);
        QVERIFY(retainedOn(m_a.tcpPort()).contains(QStringLiteral("site-a/gw-1/status")));
    }
};

QTEST_MAIN(TstTwoBrokers)
#include "tst_two_brokers.moc"
