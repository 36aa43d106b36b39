// The explorer's model under QAbstractItemModelTester, and the page driven as a user would:
// topics appear as the engine applies them, selecting one shows its last payload.

#include "ingest/Engine.h"
#include "models/TopicTreeModel.h"
#include "pages/ExplorerPage.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

using namespace deck;

class TstExplorer : public QObject
{
    Q_OBJECT

    static void publish(MessageQueue &q, const char *topic, const QByteArray &payload, bool retained = false)
    {
        q.push(Message::fromParts(QByteArray(topic), payload, 1, retained, false,
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
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        engine.start();
        publish(*queue, "prod/acme/paris/gw-1/status", R"({"state":"online"})", true);
        publish(*queue, "prod/acme/lyon/gw-2/status", R"({"state":"online"})", true);
        QVERIFY(engine.waitUntilApplied(2, 5000));
        auto fetch = [&](const QModelIndex &parent) {
            if (model.canFetchMore(parent)) // the tester may have fetched it already
                model.fetchMore(parent);
        };
        QTRY_VERIFY(model.hasChildren({}));
        fetch({});
        QTRY_COMPARE(model.rowCount(), 1); // prod
        const QModelIndex prod = model.index(0, 0);
        QCOMPARE(prod.data().toString(), QStringLiteral("prod"));
        QCOMPARE(model.index(0, ui::TopicTreeModel::MessagesColumn).data().toString(), QStringLiteral("2"));
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
        auto queue = std::make_shared<MessageQueue>();
        EngineOptions options;
        options.notifyIntervalMs = 20;
        Engine engine(queue, options);
        engine.start();
        ui::ExplorerPage page(&engine);
        page.resize(1000, 600);
        page.show();
        publish(*queue, "site/gw-7/telemetry", R"({"value":21.5,"unit":"C"})");
        QVERIFY(engine.waitUntilApplied(1, 5000));
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
};

QTEST_MAIN(TstExplorer)
#include "tst_explorer.moc"
