// The Trace page against mosquitto with dynamic security: off (no relay) until "Record packets";
// then every packet both ways — the CONNECT with its password masked, a SUBSCRIBE refused with
// SUBACK 0x87 paired with its request, filters by type, topic and packet id, the bytes of the
// chosen packet, and the JSON-lines export.

#include "Broker.h"
#include "MainWindow.h"
#include "SessionWaiter.h"
#include "connection/ConnectionManager.h"
#include "models/TraceModel.h"
#include "pages/TracePage.h"
#include "widgets/ConnectionBar.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace deck;

class TstTracePage : public QObject
{
    Q_OBJECT
private slots:
    void recordsTheConversation()
    {
        test::Broker broker(test::Broker::deviceAcl(QStringLiteral("dev"),
                                                    QStringLiteral("s3cret-pw"),
                                                    QStringLiteral("own")));
        const QString started = broker.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        ConnectionManager connections;
        ui::MainWindow window(&connections);
        window.resize(1400, 860);
        window.show();
        deck::mqtt::ConnectionOptions o = test::localOptions(broker.tcpPort());
        o.username = QStringLiteral("dev");
        o.password = QStringLiteral("s3cret-pw");
        window.setConnection(o, QStringLiteral("own/#"), true);
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->state() == deck::mqtt::Session::State::Connected,
                                 15000);
        window.showPage(ui::MainWindow::Page::Trace);
        ui::TracePage *page = window.currentView()->trace();
        QVERIFY(page);
        QVERIFY(!window.currentContext()->trace()); // off: no relay in the path
        QVERIFY(page->summary()->text().contains(QStringLiteral("off")));
        QVERIFY(page->recordButton()->isVisible());

        page->recordButton()->click(); // opens the connection again through the relay
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->state() == deck::mqtt::Session::State::Connected,
                                 15000);
        page = window.currentView()->trace();
        QVERIFY(window.currentContext()->trace());
        QVERIFY(!page->recordButton()->isVisible());
        // The broker's address is shown, not the relay's.
        QCOMPARE(window.session()->lastConnectResult().serverUri,
                 QStringLiteral("tcp://127.0.0.1:%1").arg(broker.tcpPort()));
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->activeSubscriptions().isEmpty(), 15000);
        emit window.currentView()->bar()->subscriptionChangeRequested(QStringLiteral("others/#"));

        auto rowsOf = [&](const QString &type) {
            QList<int> rows;
            for (int r = 0; r < page->model()->rowCount(); ++r)
                if (page->model()->index(r, 0).data(ui::TraceModel::TypeRole).toString() == type)
                    rows << r;
            return rows;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowsOf(QStringLiteral("SUBACK")).size() >= 2, 10000);
        QVERIFY(!rowsOf(QStringLiteral("CONNECT")).isEmpty());
        QVERIFY(!rowsOf(QStringLiteral("CONNACK")).isEmpty());
        const int refused = rowsOf(QStringLiteral("SUBACK")).last();
        const QString reason =
            page->model()->index(refused, ui::TraceModel::ReasonColumn).data().toString();
        QVERIFY2(reason.contains(QStringLiteral("0x87")), qPrintable(reason));
        QCOMPARE(page->model()->index(refused, ui::TraceModel::DirectionColumn).data().toString(),
                 QStringLiteral("← in"));
        // Paired with its SUBSCRIBE, which names the filter.
        const int asked = page->model()->pairedRow(refused);
        QVERIFY(asked >= 0);
        QCOMPARE(page->model()->index(asked, ui::TraceModel::TypeColumn).data().toString(),
                 QStringLiteral("SUBSCRIBE"));
        QCOMPARE(page->model()->index(asked, ui::TraceModel::TopicColumn).data().toString(),
                 QStringLiteral("others/#"));
        QVERIFY2(page->model()
                     ->index(asked, ui::TraceModel::AnswerColumn)
                     .data()
                     .toString()
                     .startsWith(QStringLiteral("SUBACK after")),
                 qPrintable(page->model()->index(asked, ui::TraceModel::AnswerColumn).data().toString()));

        // Filters: type, then the packet id of the refused SUBACK.
        page->typeFilter()->setCurrentIndex(page->typeFilter()->findData(QStringLiteral("SUBACK")));
        QCOMPARE(page->view()->model()->rowCount(), rowsOf(QStringLiteral("SUBACK")).size());
        page->typeFilter()->setCurrentIndex(0);
        page->idFilter()->setText(
            page->model()->index(refused, ui::TraceModel::IdColumn).data().toString());
        QVERIFY(page->view()->model()->rowCount() >= 2); // the SUBSCRIBE and its SUBACK
        page->idFilter()->clear();
        page->textFilter()->setText(QStringLiteral("others"));
        QCOMPARE(page->view()->model()->rowCount(), 1);
        page->textFilter()->clear();

        // The CONNECT's detail: decoded, password masked, bytes shown.
        page->view()->setCurrentIndex(page->view()->model()->index(rowsOf(QStringLiteral("CONNECT")).first(), 0));
        const QString detail = page->detail()->toPlainText();
        QVERIFY2(detail.contains(QStringLiteral("\"dev\"")) && detail.contains(QStringLiteral("Bytes (")),
                 qPrintable(detail));
        QVERIFY(!detail.contains(QStringLiteral("s3cret-pw")));
        const QByteArray lines = page->exportLines();
        QVERIFY(lines.contains("\"type\":\"SUBACK\"") && lines.contains("\"type\":\"CONNECT\""));
        QVERIFY(!lines.contains("s3cret-pw"));
        QVERIFY2(page->summary()->text().contains(QStringLiteral("recorded")),
                 qPrintable(page->summary()->text()));
    }
};

QTEST_MAIN(TstTracePage)
#include "tst_trace_page.moc"
