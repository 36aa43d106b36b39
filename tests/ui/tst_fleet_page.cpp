// The Fleet page (issue 12) in the real window, fed through a connection's own hand-off queue:
// totals in words, a row per device with its state, the filter, the group column by level, the
// chosen device's history, and the jump to the Explorer.

#include "Broker.h"
#include "EngineWait.h"
#include "SessionWaiter.h"
#include "MainWindow.h"
#include "connection/ConnectionManager.h"
#include "models/FleetModel.h"
#include "pages/ExplorerPage.h"
#include "pages/FleetPage.h"
#include "pages/PublishPage.h"
#include "sim/SparkplugEdge.h"
#include "widgets/TopicInspector.h"

#include <QApplication>
#include <QComboBox>
#include <QMessageBox>
#include <QTimer>
#include <QTreeWidget>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace deck;

class TstFleetPage : public QObject
{
    Q_OBJECT
private slots:
    void showsTheFleet()
    {
        ConnectionManager connections;
        ui::MainWindow window(&connections);
        window.resize(1400, 800);
        window.show();
        MessageQueue &queue = *window.session()->messageQueue();
        auto send = [&](const QByteArray &topic, const QByteArray &payload, bool retained) {
            queue.push(Message::fromParts(topic, payload, 1, retained, false,
                                          QDateTime::currentMSecsSinceEpoch()));
        };
        send("prod/acme/paris/line-1/gw-1/status", R"({"state":"online","firmware":"1.2"})", true);
        send("prod/acme/paris/line-1/gw-1/telemetry/temp", "21", false);
        send("prod/acme/lyon/line-2/gw-2/status", R"({"state":"offline"})", true);
        send("devices/m-7/status", "online", false);
        QVERIFY(deck::test::waitUntilApplied(window.currentContext()->engine(), 4, 5000));
        window.showPage(ui::MainWindow::Page::Fleet);
        ui::FleetPage *page = window.currentView()->fleet();
        QVERIFY(page);
        QTRY_VERIFY2(page->totals()->text().contains(QStringLiteral("<b>3</b> devices")),
                     qPrintable(page->totals()->text()));
        QVERIFY(page->totals()->text().contains(QStringLiteral("<b>2</b> online")));
        QVERIFY(page->totals()->text().contains(QStringLiteral("<b>1</b> offline")));
        QCOMPARE(page->view()->model()->rowCount(), 3);

        // Filter, then the group column by site.
        page->filter()->setText(QStringLiteral("lyon"));
        QCOMPARE(page->view()->model()->rowCount(), 1);
        QCOMPARE(page->view()->model()->index(0, ui::FleetModel::StateColumn).data().toString(),
                 QStringLiteral("offline"));
        page->filter()->clear();
        auto *groupBy = page->findChild<QComboBox *>();
        QVERIFY(groupBy);
        QTRY_VERIFY(groupBy->findData(QStringLiteral("site")) >= 0);
        groupBy->setCurrentIndex(groupBy->findData(QStringLiteral("site")));
        QStringList sites;
        for (int r = 0; r < page->view()->model()->rowCount(); ++r)
            sites << page->view()->model()->index(r, ui::FleetModel::GroupColumn).data().toString();
        sites.sort();
        QCOMPARE(sites, QStringLiteral(",lyon,paris").split(QLatin1Char(','))); // m-7 has no site

        // The chosen device's detail, then the jump to the Explorer.
        int gw1 = -1;
        for (int r = 0; r < page->view()->model()->rowCount(); ++r)
            if (page->view()->model()->index(r, ui::FleetModel::DeviceColumn).data() == QStringLiteral("gw-1"))
                gw1 = r;
        QVERIFY(gw1 >= 0);
        page->view()->selectRow(gw1);
        auto *detail = page->findChild<QTextBrowser *>();
        QTRY_VERIFY2(detail->toPlainText().contains(QStringLiteral("unknown → online")),
                     qPrintable(detail->toPlainText()));
        QVERIFY(detail->toPlainText().contains(QStringLiteral("1.2")));
        for (QPushButton *b : page->findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("Show in Explorer"))
                b->click();
        QTRY_COMPARE(window.explorer()->inspector()->topic(),
                     QStringLiteral("prod/acme/paris/line-1/gw-1"));
    }

    // "Request rebirth…" on a Sparkplug node, against the simulator's edge node on a real broker:
    // asked first, answered by a new birth the page shows, kept in the Publish page's sent list.
    void requestsARebirth()
    {
        deck::test::Broker broker;
        const QString started = broker.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        deck::sim::SparkplugEdge edge(QStringLiteral("127.0.0.1"), broker.tcpPort(),
                                      QStringLiteral("plant"), QStringLiteral("edge-7"));
        ConnectionManager connections;
        ui::MainWindow window(&connections);
        window.resize(1400, 800);
        window.show();
        window.setConnection(deck::test::localOptions(broker.tcpPort()), QStringLiteral("#"), true);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->activeSubscriptions().isEmpty(), 15000);
        edge.start();
        window.showPage(ui::MainWindow::Page::Fleet);
        ui::FleetPage *page = window.currentView()->fleet();
        auto nodeRow = [&] {
            for (int r = 0; r < page->view()->model()->rowCount(); ++r)
                if (page->view()->model()->index(r, ui::FleetModel::DeviceColumn).data() ==
                    QStringLiteral("plant/edge-7 (node)"))
                    return r;
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(nodeRow() >= 0, 10000);
        page->view()->selectRow(nodeRow());
        QPushButton *rebirth = nullptr;
        for (QPushButton *b : page->findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("Request rebirth…"))
                rebirth = b;
        QVERIFY(rebirth);
        QTRY_VERIFY(rebirth->isEnabled());
        QString asked;
        QTimer::singleShot(200, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            asked = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        rebirth->click();
        QVERIFY2(asked.contains(QStringLiteral("plant/edge-7")), qPrintable(asked));
        QTRY_COMPARE_WITH_TIMEOUT(edge.rebirths(), 1, 10000);
        page->view()->selectRow(nodeRow());
        auto *detail = page->findChild<QTextBrowser *>();
        QTRY_VERIFY2_WITH_TIMEOUT(detail->toPlainText().contains(QStringLiteral("rebirth (new NBIRTH")),
                                  qPrintable(detail->toPlainText()), 10000);
        QTreeWidget *sent = window.publisher()->sentList();
        QTRY_COMPARE(sent->topLevelItemCount(), 1);
        QCOMPARE(sent->topLevelItem(0)->text(1), QStringLiteral("spBv1.0/plant/NCMD/edge-7"));
        edge.stop();
    }
};

QTEST_MAIN(TstFleetPage)
#include "tst_fleet_page.moc"
