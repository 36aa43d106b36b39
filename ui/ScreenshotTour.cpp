#include "ScreenshotTour.h"

#include "MainWindow.h"
#include "models/TopicTreeModel.h"
#include "pages/ChartsPage.h"
#include "pages/ExplorerPage.h"
#include "pages/PublishPage.h"
#include "widgets/PropertiesEditor.h"
#include "widgets/PayloadInspector.h"
#include "widgets/TopicFilterBar.h"
#include "widgets/TopicInspector.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

namespace deck::ui {

namespace {
constexpr int kSettleMs = 1500; // two engine notifications and a repaint between steps
}

ScreenshotTour::ScreenshotTour(MainWindow *window, QString directory, int warmUpMs)
    : QObject(window), m_window(window), m_directory(std::move(directory)), m_warmUpMs(warmUpMs)
{
    ExplorerPage *explorer = window->explorer();
    auto selectFirst = [explorer](const QString &filter) {
        // The first topic matching an MQTT filter, chosen through the same search users have.
        explorer->filterBar()->setQuery(TopicQuery::Mode::Filter, filter);
        QTreeView *view = explorer->treeView();
        QModelIndex index = view->model()->index(0, 0);
        while (index.isValid() && view->model()->rowCount(index) > 0)
            index = view->model()->index(0, 0, index);
        const QString topic = index.data(TopicTreeModel::TopicRole).toString();
        explorer->filterBar()->setQuery(TopicQuery::Mode::TopicText, QString());
        explorer->selectTopic(topic);
    };
    m_steps = {
        {QStringLiteral("explorer.png"), tr("the live tree and a telemetry topic's JSON"),
         [=] {
             window->showPage(MainWindow::Page::Explorer);
             selectFirst(QStringLiteral("+/+/+/+/+/telemetry/#"));
         }},
        {QStringLiteral("explorer-json-tree.png"), tr("the same payload as a JSON tree"),
         [=] { explorer->inspector()->payload()->setView(PayloadInspector::View::Tree); }},
        {QStringLiteral("explorer-diff.png"), tr("the diff against the previous message"),
         [=] {
             explorer->inspector()->payload()->setView(PayloadInspector::View::Auto);
             explorer->inspector()->findChild<QTabWidget *>()->setCurrentIndex(2);
         }},
        {QStringLiteral("explorer-search.png"), tr("search with an MQTT filter"),
         [=] {
             explorer->inspector()->findChild<QTabWidget *>()->setCurrentIndex(0);
             explorer->filterBar()->setQuery(TopicQuery::Mode::Filter, QStringLiteral("+/+/+/+/+/status/#"));
         }},
        {QStringLiteral("explorer-hex.png"), tr("an alarm payload as a hex dump"),
         [=] {
             explorer->filterBar()->setQuery(TopicQuery::Mode::TopicText, QString());
             selectFirst(QStringLiteral("+/+/+/+/+/event/alarm"));
             explorer->inspector()->payload()->setView(PayloadInspector::View::Hex);
         }},
        {QStringLiteral("charts.png"), tr("three telemetry values plotted over time"),
         [=] {
             explorer->inspector()->payload()->setView(PayloadInspector::View::Auto);
             for (const char *metric : {"temperature", "humidity", "power"}) {
                 selectFirst(QStringLiteral("+/+/+/+/+/telemetry/") + QLatin1String(metric));
                 window->charts()->addSeries(explorer->inspector()->topic(), QStringLiteral("/value"));
             }
             window->showPage(MainWindow::Page::Charts);
         }},
        {QStringLiteral("publish.png"), tr("a command composed with MQTT 5 properties and sent"),
         [=] {
             PublishPage *publish = window->publisher();
             publish->setTopic(QStringLiteral("prod/acme/berlin/line-01/gw-003/cmd/reboot"));
             publish->setPayload(QStringLiteral("{\n  \"command_id\": \"c-20261124-0001\",\n  \"delay_s\": 5\n}"),
                                 payload::InputFormat::Json);
             publish->setQos(1);
             mqtt::MessageProperties props;
             props.contentType = QStringLiteral("application/json");
             props.responseTopic = QStringLiteral("prod/acme/berlin/line-01/gw-003/cmd/result");
             props.userProperties = {{QStringLiteral("operator"), QStringLiteral("alice")}};
             publish->propertiesEditor()->setProperties(props);
             publish->publish();
             window->showPage(MainWindow::Page::Publish);
         }},
        {QStringLiteral("messages.png"), tr("the live message feed"),
         [=] {
             explorer->inspector()->payload()->setView(PayloadInspector::View::Auto);
             window->showPage(MainWindow::Page::Messages);
         }},
    };
}

void ScreenshotTour::start()
{
    QDir().mkpath(m_directory);
    QTimer::singleShot(m_warmUpMs, this, &ScreenshotTour::next);
}

void ScreenshotTour::next()
{
    if (m_next > 0) { // the previous step has settled: take its picture
        const Step &done = m_steps[m_next - 1];
        const QString path = QDir(m_directory).filePath(done.file);
        const bool saved = m_window->grab().save(path);
        std::printf("%s  %s%s\n", qPrintable(path), qPrintable(done.caption), saved ? "" : "  (NOT SAVED)");
        std::fflush(stdout);
    }
    if (m_next == m_steps.size()) {
        QApplication::quit();
        return;
    }
    m_steps[m_next++].prepare();
    QTimer::singleShot(kSettleMs, this, &ScreenshotTour::next);
}

} // namespace deck::ui
