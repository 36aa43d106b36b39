// The explorer's model under QAbstractItemModelTester, and the page driven as a user would:
// topics appear as the engine applies them, selecting one shows its last payload.

#include "EngineWait.h"
#include "MainWindow.h"
#include "ingest/Engine.h"
#include "models/MessageListModel.h"
#include "models/TopicFilterProxy.h"
#include "models/TopicTreeModel.h"
#include "mqtt/PahoSession.h"
#include "pages/ChartsPage.h"
#include "pages/ExplorerPage.h"
#include "pages/MessagesPage.h"
#include "widgets/PayloadInspector.h"
#include "widgets/TopicFilterBar.h"
#include "widgets/TopicInspector.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QXYSeries>

using namespace deck;

namespace {
// A running engine that notifies every 20 ms, fed through its queue.
struct LiveEngine
{
    static EngineOptions fast()
    {
        EngineOptions o;
        o.notifyIntervalMs = 20;
        return o;
    }
    std::shared_ptr<MessageQueue> queue = std::make_shared<MessageQueue>();
    Engine engine{queue, fast()};
    std::shared_ptr<LiveFeed> feed = std::make_shared<LiveFeed>();
    LiveEngine()
    {
        engine.addStage(feed);
        engine.start();
    }
};
} // namespace

class TstExplorer : public QObject
{
    Q_OBJECT

    static void publish(MessageQueue &q, const QByteArray &topic, const QByteArray &payload,
                        bool retained = false)
    {
        q.push(Message::fromParts(topic, payload, 1, retained, false,
                                  QDateTime::currentMSecsSinceEpoch()));
    }

private slots:
    void modelFollowsTheEngine()
    {
        auto queue = std::make_shared<MessageQueue>();
        EngineOptions options;
        options.notifyIntervalMs = 20;
        Engine engine(queue, options);
        ui::TopicTreeModel model(&engine);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        engine.start();
        publish(*queue, "prod/acme/paris/gw-1/status", R"({"state":"online"})", true);
        publish(*queue, "prod/acme/lyon/gw-2/status", R"({"state":"online"})", true);
        QVERIFY(deck::test::waitUntilApplied(engine, 2, 5000));
        auto fetch = [&](const QModelIndex &parent) {
            if (model.canFetchMore(parent)) // the tester may have fetched it already
                model.fetchMore(parent);
        };
        QTRY_VERIFY(model.hasChildren({}));
        fetch({});
        QTRY_COMPARE(model.rowCount(), 1); // prod
        const QModelIndex prod = model.index(0, 0);
        QCOMPARE(prod.data().toString(), QStringLiteral("prod"));
        QCOMPARE(model.index(0, ui::TopicTreeModel::MessagesColumn).data().toString(),
                 QStringLiteral("2"));
        fetch(prod);
        QTRY_COMPARE(model.rowCount(prod), 1);
        const QModelIndex acme = model.index(0, 0, prod);
        fetch(acme);
        QTRY_COMPARE(model.rowCount(acme), 2);
        QCOMPARE(model.parent(acme), prod);

        // A new site appears under a fetched parent: inserted at the next notification.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        publish(*queue, "prod/acme/berlin/gw-3/status", R"({"state":"offline"})", true);
        QTRY_COMPARE(model.rowCount(acme), 3);
        int intoAcme = 0;
        for (const auto &args : std::as_const(inserted))
            intoAcme += args.at(0).value<QModelIndex>() == acme ? 1 : 0;
        QCOMPARE(intoAcme, 1); // one batch, not one per message

        // Clearing resets the model.
        engine.clear();
        QTRY_COMPARE(model.rowCount(), 0);
    }

    void selectingATopicShowsItsPayload()
    {
        LiveEngine live;
        MessageQueue *queue = live.queue.get();
        Engine &engine = live.engine;
        ui::ExplorerPage page(&engine);
        page.resize(1000, 600);
        page.show();
        publish(*queue, "site/gw-7/telemetry", R"({"value":21.5,"unit":"C"})");
        QVERIFY(deck::test::waitUntilApplied(engine, 1, 5000));
        QTreeView *view = page.treeView();
        QTRY_VERIFY(view->model()->rowCount() == 1);
        page.expandTopLevels(3);
        QTRY_VERIFY(view->model()->rowCount(view->model()->index(0, 0)) == 1);
        const QModelIndex gw = view->model()->index(0, 0, view->model()->index(0, 0));
        QTRY_VERIFY(view->model()->rowCount(gw) == 1);
        const QModelIndex telemetry = view->model()->index(0, 0, gw);
        QCOMPARE(telemetry.data().toString(), QStringLiteral("telemetry"));
        view->setCurrentIndex(telemetry);
        auto *details = page.findChild<QPlainTextEdit *>();
        QVERIFY(details);
        QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("\"unit\": \"C\"")));
        const auto labels = page.findChildren<QLabel *>();
        bool titled = false;
        for (QLabel *l : labels)
            titled |= l->text().contains(QStringLiteral("site/gw-7/telemetry"));
        QVERIFY(titled);

        // Copy topic (Ctrl+C on the tree) puts the full topic on the clipboard.
        view->setFocus();
        QTest::keySequence(view, QKeySequence::Copy);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("site/gw-7/telemetry"));

        // Clear empties the tree while the engine keeps counting what was received.
        QPushButton *clear = nullptr;
        for (QPushButton *b : page.findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("Clear"))
                clear = b;
        QVERIFY(clear);
        clear->click();
        QTRY_COMPARE(view->model()->rowCount(), 0);
        QCOMPARE(engine.counters().received, quint64(1));
    }
    void searchRevealsMatchesInClosedBranches()
    {
        LiveEngine live;
        MessageQueue *queue = live.queue.get();
        Engine &engine = live.engine;
        ui::ExplorerPage page(&engine);
        QAbstractItemModelTester tester(page.proxy(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1000, 600);
        page.show();
        for (int site = 0; site < 5; ++site)
            for (int gw = 0; gw < 20; ++gw) {
                const QByteArray base =
                    "prod/acme/site-" + QByteArray::number(site) + "/gw-" + QByteArray::number(gw);
                publish(*queue, base + "/status", "online", true);
                publish(*queue, base + "/telemetry",
                        gw == 7 ? R"({"alarm":"overheat"})" : R"({"t":20})");
            }
        QVERIFY(deck::test::waitUntilApplied(engine, 200, 5000));
        QTreeView *view = page.treeView();
        QTRY_COMPARE(view->model()->rowCount(), 1);

        // Issue 10: a selected topic that the search hides leaves the inspector too.
        QTRY_VERIFY(page.selectTopic(QStringLiteral("prod/acme/site-1/gw-2/telemetry")));
        QTRY_VERIFY(page.inspector()->node() != kNoNode);

        // An MQTT filter: only the status topics of site-3 stay, with their branch opened.
        page.filterBar()->setQuery(TopicQuery::Mode::Filter,
                                   QStringLiteral("prod/+/site-3/+/status"));
        QCOMPARE(page.inspector()->node(), kNoNode);
        QVERIFY(page.proxy()->isFiltering());
        // Indexes of a proxy are fresh after each filter change.
        auto acmeIndex = [view] { return view->model()->index(0, 0, view->model()->index(0, 0)); };
        QModelIndex acme = acmeIndex();
        QCOMPARE(view->model()->rowCount(acme), 1); // site-3 only
        const QModelIndex site3 = view->model()->index(0, 0, acme);
        QCOMPARE(site3.data().toString(), QStringLiteral("site-3"));
        QCOMPARE(view->model()->rowCount(site3), 20);
        QVERIFY(view->isExpanded(site3));
        QCOMPARE(view->model()->rowCount(view->model()->index(0, 0, site3)),
                 1); // status, not telemetry

        // Payload text: the overheating gateways of every site.
        page.filterBar()->setQuery(TopicQuery::Mode::PayloadText, QStringLiteral("overheat"));
        acme = acmeIndex();
        QCOMPARE(view->model()->rowCount(acme), 5);
        QCOMPARE(view->model()->rowCount(view->model()->index(0, 0, acme)), 1);

        // A bad regular expression says so; clearing the box shows everything again.
        page.filterBar()->setQuery(TopicQuery::Mode::Regex, QStringLiteral("gw-(7"));
        bool said = false;
        for (QLabel *l : page.filterBar()->findChildren<QLabel *>())
            said |= !l->text().isEmpty();
        QVERIFY(said);
        page.filterBar()->setQuery(TopicQuery::Mode::TopicText, QString());
        QVERIFY(!page.proxy()->isFiltering());
        acme = acmeIndex();
        QCOMPARE(view->model()->rowCount(acme), 5);
        QCOMPARE(view->model()->rowCount(view->model()->index(0, 0, acme)), 20);
    }

    void inspectorShowsViewsHistoryAndDiff()
    {
        LiveEngine live;
        MessageQueue *queue = live.queue.get();
        Engine &engine = live.engine;
        ui::ExplorerPage page(&engine);
        page.resize(1200, 700);
        page.show();
        publish(*queue, "dev/1/telemetry", R"({"temp":21.5,"fw":"1.0"})");
        publish(*queue, "dev/1/telemetry", R"({"temp":22.0,"fw":"1.0"})");
        QVERIFY(deck::test::waitUntilApplied(engine, 2, 5000));
        QTRY_VERIFY(page.selectTopic(QStringLiteral("dev/1/telemetry")));
        ui::TopicInspector *inspector = page.inspector();
        QTRY_VERIFY(inspector->payload()->shownText().contains(QStringLiteral("\"temp\": 22")));
        QTRY_COMPARE(inspector->historyList()->topLevelItemCount(), 2);
        QTRY_VERIFY(
            inspector->diffView()->toPlainText().contains(QStringLiteral("~ /temp: 21.5 → 22")));

        // Picking the older entry shows it (pinned) and keeps it while new messages arrive.
        inspector->historyList()->setCurrentItem(inspector->historyList()->topLevelItem(1));
        QVERIFY(inspector->payload()->shownText().contains(QStringLiteral("21.5")));
        publish(*queue, "dev/1/telemetry", R"({"temp":23.0,"fw":"1.1"})");
        QTRY_COMPARE(inspector->historyList()->topLevelItemCount(), 3);
        QVERIFY(inspector->payload()->shownText().contains(QStringLiteral("21.5")));

        // Issue 10 (4): a level with no message of its own shows no history, and its tab says 0
        // (it kept the leaf's "History (3)" over an empty list).
        auto *tabs = inspector->findChild<QTabWidget *>();
        QCOMPARE(tabs->tabText(1), QStringLiteral("History (3)"));
        QTRY_VERIFY(page.selectTopic(QStringLiteral("dev/1")));
        QTRY_COMPARE(tabs->tabText(1), QStringLiteral("History (0)"));
        QCOMPARE(inspector->historyList()->topLevelItemCount(), 0);
        QTRY_VERIFY(page.selectTopic(QStringLiteral("dev/1/telemetry")));
        QTRY_COMPARE(tabs->tabText(1), QStringLiteral("History (3)"));
        inspector->historyList()->setCurrentItem(inspector->historyList()->topLevelItem(1));

        // Hex view of a binary payload; the JSON tree offers fields to plot.
        inspector->payload()->setView(ui::PayloadInspector::View::Hex);
        QVERIFY(inspector->payload()->shownText().startsWith(QStringLiteral("00000000  7b 22")));
        inspector->payload()->setView(ui::PayloadInspector::View::Tree);
        QTreeWidget *tree = inspector->payload()->tree();
        QVERIFY(tree->topLevelItemCount() == 2);
        QSignalSpy plot(&page, &ui::ExplorerPage::plotRequested);
        QTreeWidgetItem *temp = tree->findItems(QStringLiteral("temp"), Qt::MatchExactly).value(0);
        QVERIFY(temp);
        tree->setCurrentItem(temp);
        tree->actions().first()->trigger();
        QCOMPARE(plot.size(), 1);
        QCOMPARE(plot.first().at(0).toString(), QStringLiteral("dev/1/telemetry"));
        QCOMPARE(plot.first().at(1).toString(), QStringLiteral("/temp"));
    }
    // Issue 10 (2): after two branches of 20,000 topics were opened, the rows on screen and the
    // selected topic still show their rates (the watched set was capped at 20,000 fetched rows in
    // hash order, and every rate went blank).
    void ratesOfWhatIsOnScreenAlwaysShow()
    {
        LiveEngine live;
        ui::ExplorerPage page(&live.engine);
        page.resize(1200, 700);
        page.show();
        for (int i = 0; i < 20000; ++i) {
            publish(*live.queue, "burst/a/" + QByteArray::number(i), "1");
            publish(*live.queue, "burst/b/" + QByteArray::number(i), "1");
        }
        publish(*live.queue, "prod/line/temp", "20");
        QVERIFY(deck::test::waitUntilApplied(live.engine, 40001, 20000));
        QTRY_VERIFY(page.selectTopic(QStringLiteral("burst/a/7")));
        QTRY_VERIFY(page.selectTopic(QStringLiteral("burst/b/7")));
        QTreeView *view = page.treeView();
        view->collapseAll(); // burst's 40,000 rows stay fetched, prod comes on screen
        QTRY_VERIFY(page.selectTopic(QStringLiteral("prod/line/temp")));
        QTimer feed;
        connect(&feed, &QTimer::timeout, this,
                [&] { publish(*live.queue, "prod/line/temp", "21"); });
        feed.start(20);
        auto rateOf = [&](const QString &name) {
            const QAbstractItemModel *m = view->model();
            for (int r = 0; r < m->rowCount(); ++r)
                if (m->index(r, ui::TopicTreeModel::NameColumn).data().toString() == name)
                    return m->index(r, ui::TopicTreeModel::RateColumn).data().toString();
            return QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!rateOf(QStringLiteral("prod")).isEmpty(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(
            !page.inspector()->findChild<QLabel *>()->text().contains(QStringLiteral("— 0.0/s")),
            5000);
        feed.stop();
    }

    // Issue 10: correlation data (usually a command id) reads as text when it is text.
    void correlationDataShownAsTextWhenItIsText()
    {
        LiveEngine live;
        ui::ExplorerPage page(&live.engine);
        page.resize(1200, 700);
        page.show();
        deck::mqtt::MessageProperties text;
        text.correlationData = "cmd-20261130-0001";
        live.queue->push(Message::fromParts("dev/9/ack", "{}", 1, false, false,
                                            QDateTime::currentMSecsSinceEpoch(), text));
        deck::mqtt::MessageProperties binary;
        binary.correlationData = QByteArray::fromHex("00ff10");
        live.queue->push(Message::fromParts("dev/9/raw", "{}", 1, false, false,
                                            QDateTime::currentMSecsSinceEpoch(), binary));
        QVERIFY(deck::test::waitUntilApplied(live.engine, 2, 5000));
        auto meta = [&] {
            for (QLabel *l : page.inspector()->payload()->findChildren<QLabel *>())
                if (l->text().contains(QStringLiteral("Correlation data")))
                    return l->text();
            return QString();
        };
        QTRY_VERIFY(page.selectTopic(QStringLiteral("dev/9/ack")));
        QTRY_VERIFY2(meta().contains(QStringLiteral(
                         "Correlation data: \"cmd-20261130-0001\" (hex 63 6d 64 2d")),
                     qPrintable(meta()));
        QTRY_VERIFY(page.selectTopic(QStringLiteral("dev/9/raw")));
        QTRY_VERIFY2(meta().contains(QStringLiteral("Correlation data: 00 ff 10")),
                     qPrintable(meta()));

        // Issue 10: the View picked for one topic does not carry over to an unrelated one, and
        // comes back with its topic.
        ui::PayloadInspector *inspector = page.inspector()->payload();
        auto *viewBox = inspector->findChild<QComboBox *>();
        inspector->setView(ui::PayloadInspector::View::Hex);
        QVERIFY(inspector->shownText().startsWith(QStringLiteral("00000000  7b 7d")));
        QTRY_VERIFY(page.selectTopic(QStringLiteral("dev/9/ack")));
        QTRY_COMPARE(viewBox->currentData().toInt(), int(ui::PayloadInspector::View::Auto));
        QCOMPARE(inspector->shownText(), QStringLiteral("{}"));
        QTRY_VERIFY(page.selectTopic(QStringLiteral("dev/9/raw")));
        QTRY_COMPARE(viewBox->currentData().toInt(), int(ui::PayloadInspector::View::Hex));

        // Issue 10: the hex dump's ASCII column is never cut off: 8 bytes a row when 16 do not
        // fit the view, 16 again when they do.
        live.queue->push(Message::fromParts("dev/9/raw", QByteArray(40, 'A'), 1, false, false,
                                            QDateTime::currentMSecsSinceEpoch(), binary));
        QTRY_VERIFY(inspector->shownText().contains(QStringLiteral("AAAA")));
        auto *textView = inspector->findChild<QPlainTextEdit *>();
        page.resize(1800, 700);
        QTRY_VERIFY(inspector->shownText().section(u'\n', 0, 0).endsWith(QString(16, u'A')));
        page.resize(700, 700);
        QTRY_VERIFY(inspector->shownText().section(u'\n', 0, 0).endsWith(QString(8, u'A')));
        const QString firstRow = inspector->shownText().section(u'\n', 0, 0);
        QVERIFY(textView->fontMetrics().horizontalAdvance(firstRow) <=
                textView->viewport()->width());
    }

    void plotsAFieldPickedInTheTree()
    {
        LiveEngine live;
        MessageQueue *queue = live.queue.get();
        Engine &engine = live.engine;
        ui::ExplorerPage page(&engine);
        ui::ChartsPage charts(&engine);
        QString lastError;
        connect(&page, &ui::ExplorerPage::plotRequested, &charts,
                [&](const QString &topic, const QString &pointer) {
                    charts.addSeries(topic, pointer, &lastError);
                });
        page.resize(1200, 700);
        page.show();
        for (int i = 0; i < 3; ++i) {
            publish(*queue, "dev/2/telemetry",
                    QByteArray(R"({"temp":)") + QByteArray::number(20 + i) + R"(,"unit":"C"})");
            QTest::qWait(5); // samples apart in time (the hover below picks the nearer one)
        }
        QVERIFY(deck::test::waitUntilApplied(engine, 3, 5000));
        QTRY_VERIFY(page.selectTopic(QStringLiteral("dev/2/telemetry")));
        ui::PayloadInspector *inspector = page.inspector()->payload();
        QTRY_VERIFY(inspector->shownText().contains(QStringLiteral("temp")));
        inspector->setView(ui::PayloadInspector::View::Tree);
        QTreeWidget *tree = inspector->tree();

        // A string field is refused in words; the numeric one is plotted with its history.
        tree->setCurrentItem(tree->findItems(QStringLiteral("unit"), Qt::MatchExactly).value(0));
        tree->actions().first()->trigger();
        QVERIFY(lastError.contains(QStringLiteral("not a number")));
        QCOMPARE(charts.chart()->series().size(), 0);
        tree->setCurrentItem(tree->findItems(QStringLiteral("temp"), Qt::MatchExactly).value(0));
        tree->actions().first()->trigger();
        QCOMPARE(charts.chart()->series().size(), 1);
        auto *line = qobject_cast<QXYSeries *>(charts.chart()->series().first());
        QCOMPARE(line->count(), 3);
        publish(*queue, "dev/2/telemetry", R"({"temp":30,"unit":"C"})");
        QTRY_COMPARE(line->count(), 4);
        QCOMPARE(line->at(3).y(), 30.0);

        // Issue 10 (3): hovering the line between two samples shows the nearer recorded sample
        // (time and value as recorded), never a point interpolated on the segment.
        const QPointF a = line->at(0), b = line->at(1);
        const double x = a.x() + 0.7 * (b.x() - a.x());
        emit line->hovered(QPointF(x, a.y() + 0.7 * (b.y() - a.y())), true);
        QString hover;
        for (QLabel *l : charts.findChildren<QLabel *>())
            if (l->text().contains(QStringLiteral(" — ")))
                hover = l->text();
        QVERIFY2(hover.endsWith(QStringLiteral(": 21")), qPrintable(hover));
        QVERIFY2(hover.contains(QDateTime::fromMSecsSinceEpoch(qint64(b.x()))
                                    .toString(QStringLiteral("HH:mm:ss.zzz"))),
                 qPrintable(hover));
        const QList<QPointF> samples{{0, 19.2}, {533, 19.25}, {1000, 19.3}};
        QCOMPARE(*ui::nearestSample(samples, 287), QPointF(533, 19.25)); // the issue's case
        QCOMPARE(*ui::nearestSample(samples, 200), QPointF(0, 19.2));
        QCOMPARE(*ui::nearestSample(samples, -50), QPointF(0, 19.2));
        QCOMPARE(*ui::nearestSample(samples, 5000), QPointF(1000, 19.3));
        QVERIFY(!ui::nearestSample({}, 1));

        // Paused: recording goes on, the picture waits.
        charts.setPaused(true);
        publish(*queue, "dev/2/telemetry", R"({"temp":31,"unit":"C"})");
        QTRY_COMPARE(charts.recorder().series().front().points.size(), size_t(5));
        QCOMPARE(line->count(), 4);
        charts.setPaused(false);
        QCOMPARE(line->count(), 5);

        QTemporaryDir dir;
        QVERIFY(charts.exportCsv(dir.filePath(QStringLiteral("s.csv"))));
        QFile csv(dir.filePath(QStringLiteral("s.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), 6);
        QVERIFY(charts.exportPng(dir.filePath(QStringLiteral("c.png"))));
        QVERIFY(QImage(dir.filePath(QStringLiteral("c.png"))).width() > 0);

        // Issue 10: a field judged on the topic's history, not on its last message alone.
        publish(*queue, "dev/3/telemetry", R"({"temp":19.5})");
        publish(*queue, "dev/3/telemetry", R"({"temp":null})");
        QTRY_VERIFY(
            engine.lastMessage(QStringLiteral("dev/3/telemetry")).has_value() &&
            engine.lastMessage(QStringLiteral("dev/3/telemetry"))->payload.contains("null"));
        QVERIFY2(charts.addSeries(QStringLiteral("dev/3/telemetry"), QStringLiteral("/temp"),
                                  &lastError),
                 qPrintable(lastError));
        QVERIFY(!charts.addSeries(QStringLiteral("dev/2/telemetry"), QStringLiteral("/unit"),
                                  &lastError));
        QVERIFY2(lastError.contains(QStringLiteral("is not a number in any of its last")),
                 qPrintable(lastError));
        QCOMPARE(charts.chart()->series().size(), 2);
    }
    // Issue 10: a refused Plot is said where the user clicked (the inspector), not only in the
    // status bar.
    void refusedPlotIsSaidInTheInspector()
    {
        ConnectionManager connections;
        ui::MainWindow window(&connections);
        window.resize(1400, 800);
        window.show();
        // Fed through the (unconnected) connection's own hand-off queue.
        publish(*window.session()->messageQueue(), "dev/4/telemetry", R"({"unit":"C"})");
        QVERIFY(deck::test::waitUntilApplied(window.currentContext()->engine(), 1, 5000));
        QTRY_VERIFY(window.explorer()->selectTopic(QStringLiteral("dev/4/telemetry")));
        emit window.explorer()->plotRequested(QStringLiteral("dev/4/telemetry"),
                                              QStringLiteral("/unit"));
        QVERIFY2(window.explorer()->inspector()->payload()->note().contains(
                     QStringLiteral("/unit in dev/4/telemetry is not a number")),
                 qPrintable(window.explorer()->inspector()->payload()->note()));
    }

    void largePayloadShowsItsStart()
    {
        LiveEngine live;
        MessageQueue *queue = live.queue.get();
        Engine &engine = live.engine;
        ui::ExplorerPage page(&engine);
        page.show();
        const QByteArray big = "{\"blob\":\"" + QByteArray(10 * 1024 * 1024, 'x') + "\"}";
        publish(*queue, "fw/image", big);
        QVERIFY(deck::test::waitUntilApplied(engine, 1, 5000));
        QTRY_VERIFY(page.selectTopic(QStringLiteral("fw/image")));
        ui::PayloadInspector *inspector = page.inspector()->payload();
        QTRY_COMPARE(inspector->shownText().size(), 256 * 1024);
        bool said = false;
        for (QLabel *l : inspector->findChildren<QLabel *>())
            said |= l->text().contains(QStringLiteral("Showing the first 256.0 KiB of 10.0 MiB"));
        QVERIFY(said);
    }

    void followsTheLatestMessageBelowANode()
    {
        LiveEngine live;
        MessageQueue *queue = live.queue.get();
        Engine &engine = live.engine;
        ui::ExplorerPage page(&engine, nullptr, live.feed.get());
        page.show();
        publish(*queue, "plant/a/1", "1");
        publish(*queue, "other/x", "1");
        QVERIFY(deck::test::waitUntilApplied(engine, 2, 5000));
        QTRY_VERIFY(page.selectTopic(QStringLiteral("plant/a/1")));
        QTreeView *view = page.treeView();
        view->setCurrentIndex(view->currentIndex().parent().parent()); // "plant"
        QAction *follow = nullptr;
        for (QAction *a : view->actions())
            if (a->isCheckable())
                follow = a;
        QVERIFY(follow);
        follow->trigger();
        publish(*queue, "plant/b/7/temp", "20");
        QTRY_COMPARE(view->currentIndex().data(ui::TopicTreeModel::TopicRole).toString(),
                     QStringLiteral("plant/b/7/temp"));
        publish(*queue, "other/y", "1"); // outside the followed node: the selection stays
        QVERIFY(deck::test::waitUntilApplied(engine, 4, 5000));
        QTest::qWait(100);
        QCOMPARE(view->currentIndex().data(ui::TopicTreeModel::TopicRole).toString(),
                 QStringLiteral("plant/b/7/temp"));
        follow->trigger(); // off
        publish(*queue, "plant/c", "1");
        QVERIFY(deck::test::waitUntilApplied(engine, 5, 5000));
        QTest::qWait(100);
        QCOMPARE(view->currentIndex().data(ui::TopicTreeModel::TopicRole).toString(),
                 QStringLiteral("plant/b/7/temp"));
    }

    void messagesPagePausesAndSaysWhatItLeftOut()
    {
        LiveEngine live;
        MessageQueue *queue = live.queue.get();
        Engine &engine = live.engine;
        ui::MessagesPage page(&engine, live.feed.get());
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        for (int i = 0; i < 3; ++i)
            publish(*queue, "feed/a", QByteArray::number(i));
        QTRY_COMPARE(page.model()->rowCount(), 3);
        QPushButton *pause = page.findChild<QPushButton *>();
        pause->click();
        publish(*queue, "feed/a", "paused");
        QVERIFY(deck::test::waitUntilApplied(engine, 4, 5000));
        QTest::qWait(100);
        QCOMPARE(page.model()->rowCount(), 3);
        pause->click();
        publish(*queue, "feed/a", "resumed");
        QTRY_COMPARE(page.model()->rowCount(), 4);
        QVERIFY(page.summary()->text().contains(QStringLiteral("5,000")));
        QVERIFY(page.summary()->text().contains(QStringLiteral("all topics together")));

        // Issue 10: the feed has a filter (Ctrl+F goes there), and a double-click shows the
        // message's topic in the explorer.
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QTest::keyClick(&page, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(page.filter()->hasFocus());
        QTest::keyClicks(page.filter(), QStringLiteral("RESUMED"));
        QTRY_COMPARE(page.view()->model()->rowCount(), 1);
        QSignalSpy activated(&page, &ui::MessagesPage::topicActivated);
        emit page.view()->doubleClicked(page.view()->model()->index(0, 2));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("feed/a"));
        QTest::keyClick(page.filter(), Qt::Key_Escape);
        QTRY_COMPARE(page.view()->model()->rowCount(), 4);
    }
};

QTEST_MAIN(TstExplorer)
#include "tst_explorer.moc"
