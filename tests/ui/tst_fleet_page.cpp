// The Fleet page (issue 12) in the real window, fed through a connection's own hand-off queue:
// totals in words, a row per device with its state, the filter, the group column by level, the
// chosen device's history, and the jump to the Explorer.

#include "Broker.h"
#include "EngineWait.h"
#include "SessionWaiter.h"
#include "MainWindow.h"
#include "dialogs/DeviceRulesDialog.h"
#include "models/RetainedModel.h"
#include "pages/RetainedPage.h"
#include "connection/ConnectionManager.h"
#include "models/FleetModel.h"
#include "pages/ExplorerPage.h"
#include "pages/FleetPage.h"
#include "pages/PublishPage.h"
#include "sim/SparkplugEdge.h"
#include "widgets/TopicInspector.h"

#include <QApplication>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSpinBox>
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
    // "Device rules…" with rules of the user's own, on a real broker: a device the presets do
    // not see appears once the rules are applied, from its retained status that the broker sends
    // again (the same filters are subscribed anew); wrong rules are said and cannot be applied.
    void changesDeviceRules()
    {
        deck::test::Broker broker;
        const QString started = broker.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        // mosquitto's own client, before the window connects: only a retained status tells.
        const int published = QProcess::execute(
            QStringLiteral("mosquitto_pub"),
            {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
             QString::number(broker.tcpPort()), QStringLiteral("-r"), QStringLiteral("-t"),
             QStringLiteral("plant/ovens/oven-3/health"), QStringLiteral("-m"),
             QStringLiteral("up")});
        QCOMPARE(published, 0);
        ConnectionManager connections;
        ui::MainWindow window(&connections);
        window.resize(1400, 800);
        window.show();
        window.setConnection(deck::test::localOptions(broker.tcpPort()), QStringLiteral("#"), true);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->activeSubscriptions().isEmpty(), 15000);
        QVERIFY(deck::test::waitUntilApplied(window.currentContext()->engine(), 1, 5000));
        window.showPage(ui::MainWindow::Page::Fleet);
        ui::FleetPage *page = window.currentView()->fleet();
        QTest::qWait(300);
        QCOMPARE(page->view()->model()->rowCount(), 0); // "auto" does not know plant/…

        QString refused;
        QTimer::singleShot(200, [&] {
            auto *dialog = qobject_cast<ui::DeviceRulesDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->preset()->setCurrentIndex(dialog->preset()->findData(QStringLiteral("custom")));
            QVERIFY(dialog->rulesText()->toPlainText().contains(QStringLiteral("\"rules\"")));
            dialog->rulesText()->setPlainText(QStringLiteral(R"({"rules": [{"name": "ovens",
                "prefix_levels": 3, "id_level": 7}]})"));
            refused = dialog->problem()->text();
            QVERIFY(!dialog->applyButton()->isEnabled());
            dialog->rulesText()->setPlainText(QStringLiteral(R"({"rules": [{"name": "ovens",
                "prefix_levels": 3, "literals": {"0": "plant"}, "id_level": 2,
                "groups": {"line": 1}, "status_level": "health"}]})"));
            QVERIFY2(dialog->applyButton()->isEnabled(), qPrintable(dialog->problem()->text()));
            dialog->staleAfter()->setValue(90);
            dialog->applyButton()->click();
        });
        page->rulesButton()->click();
        QVERIFY2(refused.contains(QStringLiteral("id_level")), qPrintable(refused));
        QTRY_COMPARE_WITH_TIMEOUT(page->view()->model()->rowCount(), 1, 10000);
        QCOMPARE(page->view()->model()->index(0, ui::FleetModel::DeviceColumn).data().toString(),
                 QStringLiteral("oven-3"));
        QTRY_COMPARE(page->view()->model()->index(0, ui::FleetModel::StateColumn).data().toString(),
                     QStringLiteral("online"));
        QCOMPARE(page->rulesButton()->text(), QStringLiteral("Device rules: custom…"));
        const fleet::BoardSettings kept = window.currentContext()->settings().boards;
        QCOMPARE(kept.preset, QStringLiteral("custom"));
        QCOMPARE(kept.staleAfterSeconds, 90);
        QCOMPARE(kept.rules()->rules().front().staleAfterSeconds, 90);
    }

    // The Retained page's "large" threshold re-flags what the board holds.
    void changesTheLargeThreshold()
    {
        ConnectionManager connections;
        ui::MainWindow window(&connections);
        window.resize(1400, 800);
        window.show();
        MessageQueue &queue = *window.session()->messageQueue();
        queue.push(Message::fromParts("config/site-1/layout", QByteArray(3000, 'x'), 1, true,
                                      false, QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(deck::test::waitUntilApplied(window.currentContext()->engine(), 1, 5000));
        window.showPage(ui::MainWindow::Page::Retained);
        ui::RetainedPage *page = window.currentView()->retained();
        auto flags = [&] {
            return page->view()->model()->index(0, ui::RetainedModel::FlagsColumn).data().toString();
        };
        QTRY_COMPARE(page->view()->model()->rowCount(), 1);
        QVERIFY2(!flags().contains(QStringLiteral("large")), qPrintable(flags()));
        page->largeAbove()->setValue(2);
        QTRY_VERIFY2(flags().contains(QStringLiteral("large")), qPrintable(flags()));
        QCOMPARE(window.currentContext()->settings().boards.retainedLargeBytes, qint64(2048));
        page->largeAbove()->setValue(4);
        QTRY_VERIFY2(!flags().contains(QStringLiteral("large")), qPrintable(flags()));
    }
};

QTEST_MAIN(TstFleetPage)
#include "tst_fleet_page.moc"
