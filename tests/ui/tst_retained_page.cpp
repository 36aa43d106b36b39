// The Retained page (issue 12) against a real mosquitto: every retained value with its
// anti-patterns in words, the subtree filter and "only anti-patterns", and clearing the selected
// ones (asked first): the broker no longer keeps them, the others stay.

#include "Broker.h"
#include "MainWindow.h"
#include "SessionWaiter.h"
#include "connection/ConnectionManager.h"
#include "models/RetainedModel.h"
#include "pages/RetainedPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace deck;
using namespace deck::test;

class TstRetainedPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listsFlagsAndClears()
    {
        Broker broker;
        const QString started = broker.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        {
            SessionWaiter publisher;
            QVERIFY(publisher.connect(localOptions(broker.tcpPort())));
            QList<deck::mqtt::OutgoingMessage> batch;
            for (const auto &[topic, payload] :
                 {std::pair<const char *, QByteArray>{"site/gw-1/command/reboot", "{}"},
                  {"site/gw-1/telemetry/temp", "21"},
                  {"site/gw-1/status", "online"},
                  {"other/config", QByteArray(20000, 'x')}}) {
                deck::mqtt::OutgoingMessage m;
                m.topic = QString::fromLatin1(topic);
                m.payload = payload;
                m.qos = 1;
                m.retain = true;
                batch << m;
            }
            QVERIFY(publisher.publishAll(batch));
        }
        ConnectionManager connections;
        ui::MainWindow window(&connections);
        window.resize(1400, 800);
        window.show();
        window.setConnection(localOptions(broker.tcpPort()), QStringLiteral("#"), true);
        window.showPage(ui::MainWindow::Page::Retained);
        ui::RetainedPage *page = window.currentView()->retained();
        QVERIFY(page);
        QTRY_COMPARE_WITH_TIMEOUT(page->view()->model()->rowCount(), 4, 15000);
        QVERIFY2(page->summary()->text().contains(QStringLiteral("4 retained value")) &&
                     page->summary()->text().contains(QStringLiteral("3 with an anti-pattern")),
                 qPrintable(page->summary()->text()));
        page->onlyFlagged()->setChecked(true);
        QCOMPARE(page->view()->model()->rowCount(), 3);
        page->filter()->setText(QStringLiteral("site/"));
        QCOMPARE(page->view()->model()->rowCount(), 2);
        const QString flags =
            page->view()->model()->index(0, ui::RetainedModel::FlagsColumn).data().toString() +
            page->view()->model()->index(1, ui::RetainedModel::FlagsColumn).data().toString();
        QVERIFY2(flags.contains(QStringLiteral("a reconnecting device would replay it")) &&
                     flags.contains(QStringLiteral("retained telemetry")),
                 qPrintable(flags));

        // Clear both (asked first): the broker keeps only the other two.
        page->view()->selectAll();
        QString asked;
        QTimer::singleShot(200, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            asked = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        QVERIFY(page->clearSelected());
        QVERIFY2(asked.contains(QStringLiteral("site/gw-1/command/reboot")), qPrintable(asked));
        page->filter()->clear();
        page->onlyFlagged()->setChecked(false);
        QTRY_COMPARE_WITH_TIMEOUT(page->view()->model()->rowCount(), 2, 10000);
        SessionWaiter late;
        QVERIFY(late.connect(localOptions(broker.tcpPort())));
        QVERIFY(late.subscribe(QStringLiteral("#"), 1));
        QTest::qWait(500);
        QStringList kept;
        for (const Message &m : late.messages())
            kept << m.topicString();
        kept.sort();
        QCOMPARE(kept, QStringLiteral("other/config,site/gw-1/status").split(QLatin1Char(',')));
    }
};

QTEST_MAIN(TstRetainedPage)
#include "tst_retained_page.moc"
