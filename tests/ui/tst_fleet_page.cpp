// The Fleet page (issue 12) in the real window, fed through a connection's own hand-off queue:
// totals in words, a row per device with its state, the filter, the group column by level, the
// chosen device's history, and the jump to the Explorer.

#include "EngineWait.h"
#include "MainWindow.h"
#include "connection/ConnectionManager.h"
#include "models/FleetModel.h"
#include "pages/ExplorerPage.h"
#include "pages/FleetPage.h"
#include "widgets/TopicInspector.h"

#include <QComboBox>
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
};

QTEST_MAIN(TstFleetPage)
#include "tst_fleet_page.moc"
