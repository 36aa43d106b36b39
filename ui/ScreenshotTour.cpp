#include "ScreenshotTour.h"

#include "MainWindow.h"
#include "widgets/ConnectionList.h"
#include "dialogs/ConnectionDialog.h"
#include "dialogs/DeviceRulesDialog.h"
#include "models/TopicTreeModel.h"
#include "pages/ChartsPage.h"
#include "pages/CommandsPage.h"
#include "models/CommandsModel.h"
#include "storage/Journal.h"
#include "widgets/CommandComposer.h"
#include "pages/ExplorerPage.h"
#include "pages/FleetPage.h"
#include "models/FleetModel.h"
#include "pages/PublishPage.h"
#include "profiles/ProfileStore.h"
#include "widgets/PayloadInspector.h"
#include <QTableView>
#include "widgets/PropertiesEditor.h"
#include "widgets/TopicFilterBar.h"
#include "widgets/TopicInspector.h"

#include <QApplication>
#include <QLineEdit>
#include <QSpinBox>
#include <QDir>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

namespace deck::ui {

namespace {
constexpr int kSettleMs = 1500; // two engine notifications and a repaint between steps
}

ScreenshotTour::ScreenshotTour(MainWindow *window, QString directory, QString ownBroker,
                               int warmUpMs)
    : QObject(window), m_window(window), m_directory(std::move(directory)), m_warmUpMs(warmUpMs),
      m_ownBroker(std::move(ownBroker))
{
    // Looked up at each step: connecting gives the connection new pages.
    auto explorer = [window] { return window->explorer(); };
    auto selectFirst = [explorer](const QString &filter) {
        // The first topic matching an MQTT filter, chosen through the same search users have.
        explorer()->filterBar()->setQuery(TopicQuery::Mode::Filter, filter);
        QTreeView *view = explorer()->treeView();
        QModelIndex index = view->model()->index(0, 0);
        while (index.isValid() && view->model()->rowCount(index) > 0)
            index = view->model()->index(0, 0, index);
        const QString topic = index.data(TopicTreeModel::TopicRole).toString();
        explorer()->filterBar()->setQuery(TopicQuery::Mode::TopicText, QString());
        explorer()->selectTopic(topic);
    };
    m_steps = {
        {QStringLiteral("explorer.png"), tr("the live tree and a telemetry topic's JSON"),
         [=] {
             window->showPage(MainWindow::Page::Explorer);
             selectFirst(QStringLiteral("+/+/+/+/+/telemetry/#"));
         }},
        {QStringLiteral("explorer-json-tree.png"), tr("the same payload as a JSON tree"),
         [=] { explorer()->inspector()->payload()->setView(PayloadInspector::View::Tree); }},
        {QStringLiteral("explorer-diff.png"), tr("the diff against the previous message"),
         [=] {
             explorer()->inspector()->payload()->setView(PayloadInspector::View::Auto);
             explorer()->inspector()->findChild<QTabWidget *>()->setCurrentIndex(2);
         }},
        {QStringLiteral("explorer-search.png"), tr("search with an MQTT filter"),
         [=] {
             explorer()->inspector()->findChild<QTabWidget *>()->setCurrentIndex(0);
             explorer()->filterBar()->setQuery(TopicQuery::Mode::Filter,
                                             QStringLiteral("+/+/+/+/+/status/#"));
         }},
        {QStringLiteral("explorer-hex.png"), tr("an alarm payload as a hex dump"),
         [=] {
             explorer()->filterBar()->setQuery(TopicQuery::Mode::TopicText, QString());
             selectFirst(QStringLiteral("+/+/+/+/+/event/alarm"));
             explorer()->inspector()->payload()->setView(PayloadInspector::View::Hex);
         }},
        {QStringLiteral("explorer-sparkplug.png"),
         tr("a Sparkplug B birth certificate decoded: metrics, aliases, datatypes"),
         [=] {
             explorer()->inspector()->payload()->setView(PayloadInspector::View::Auto);
             selectFirst(QStringLiteral("spBv1.0/+/NBIRTH/#"));
         }},
        {QStringLiteral("charts.png"), tr("three telemetry values plotted over time"),
         [=] {
             explorer()->inspector()->payload()->setView(PayloadInspector::View::Auto);
             for (const char *metric : {"temperature", "humidity", "power"}) {
                 selectFirst(QStringLiteral("+/+/+/+/+/telemetry/") + QLatin1String(metric));
                 window->charts()->addSeries(explorer()->inspector()->topic(),
                                             QStringLiteral("/value"));
             }
             window->showPage(MainWindow::Page::Charts);
         }},
        {QStringLiteral("publish.png"), tr("a command composed with MQTT 5 properties and sent"),
         [=] {
             PublishPage *publish = window->publisher();
             publish->setTopic(QStringLiteral("prod/acme/berlin/line-01/gw-003/cmd/reboot"));
             publish->setPayload(
                 QStringLiteral("{\n  \"command_id\": \"c-20261124-0001\",\n  \"delay_s\": 5\n}"),
                 payload::InputFormat::Json);
             publish->setQos(1);
             mqtt::MessageProperties props;
             props.contentType = QStringLiteral("application/json");
             props.responseTopic = QStringLiteral("prod/acme/berlin/line-01/gw-003/cmd/result");
             props.userProperties = {{QStringLiteral("operator"), QStringLiteral("alice")}};
             publish->propertiesEditor()->setProperties(props);
             // Sent only to the tour's own broker: never to a broker the user connected to.
             if (this->ownBroker()) {
                 publish->publish();
                 m_published = true;
             }
             window->showPage(MainWindow::Page::Publish);
         }},
        {QStringLiteral("connections.png"),
         tr("saved connections: a production profile, its colour tag and a problem found in it"),
         [=] {
             // A profile file of the tour's own: the user's saved connections stay untouched.
             m_profilesDir = std::make_unique<QTemporaryDir>();
             m_profiles = std::make_unique<profiles::ProfileStore>();
             if (!m_profilesDir->isValid() ||
                 !m_profiles->open(m_profilesDir->filePath(QStringLiteral("tour.sqlite")))
                      .isEmpty())
                 return;
             profiles::ProfileStore *store = m_profiles.get();
             {
                 profiles::ConnectionProfile prod;
                 prod.name = QStringLiteral("Production EU");
                 prod.colour = QStringLiteral("#c62828");
                 prod.production = true;
                 prod.options.host = QStringLiteral("mqtt.eu.example.com");
                 prod.options.transport = mqtt::Transport::Tls;
                 prod.options.port = 8883;
                 prod.options.username = QStringLiteral("support");
                 prod.options.tls.caFile = QStringLiteral("/etc/mqttdeck/prod-ca.pem");
                 prod.savePassword = true;
                 store->save(prod);
             }
             auto *dialog = new ConnectionDialog(store, &m_secrets, window);
             dialog->select(QStringLiteral("Production EU"));
             dialog->show();
             m_dialog = dialog;
         },
         [this]() -> QWidget * {
             return m_dialog ? m_dialog.data() : static_cast<QWidget *>(m_window);
         }},
        {QStringLiteral("fleet.png"),
         tr("the fleet: every device's state, by group, and a Sparkplug node's detail"),
         [=] {
             window->showPage(MainWindow::Page::Fleet);
             FleetPage *fleet = window->currentView()->fleet();
             if (!fleet)
                 return;
             fleet->view()->sortByColumn(FleetModel::GroupColumn, Qt::AscendingOrder);
             fleet->view()->selectRow(0);
         }},
        {QStringLiteral("device-rules.png"),
         tr("device rules of your own: how the Fleet page finds devices in other topic shapes"),
         [=] {
             // Shown, never applied: the connection's rules stay as they are.
             fleet::BoardSettings example;
             example.preset = QString::fromLatin1(fleet::BoardSettings::kCustom);
             example.customRules = R"({
    "sparkplug": true,
    "rules": [
        {
            "name": "ovens",
            "prefix_levels": 3,
            "literals": { "0": "plant" },
            "id_level": 2,
            "groups": { "line": 1 },
            "status_level": "health",
            "state_keys": [ "state" ],
            "stale_after_seconds": 90
        }
    ]
}
)";
             auto *dialog = new DeviceRulesDialog(example, true, window);
             dialog->show();
             m_dialog = dialog;
         },
         [this]() -> QWidget * {
             return m_dialog ? m_dialog.data() : static_cast<QWidget *>(m_window);
         }},
        {QStringLiteral("retained.png"),
         tr("the retained values the broker keeps, and their anti-patterns"),
         [=] { window->showPage(MainWindow::Page::Retained); }},
        {QStringLiteral("commands.png"),
         tr("commands followed to their outcome: done, rejected, timed out, with a timeline"),
         [=] { sendExampleCommands(); }, {}, 6000},
        {QStringLiteral("side-by-side.png"),
         tr("a second connection beside the first, subscribed to the Sparkplug namespace"),
         [=] {
             // The same broker, read only (a subscription): nothing is written anywhere.
             const ConnectionSettings first = window->views().first()->context()->settings();
             const QString filter = QStringLiteral("spBv1.0/#");
             ConnectionView *second = window->addConnection();
             second->setConnection(first.options, filter, true);
         }},
        {QStringLiteral("messages.png"), tr("the live message feed"),
         [=] {
             window->connectionList()->select(window->views().first());
             explorer()->inspector()->payload()->setView(PayloadInspector::View::Auto);
             window->showPage(MainWindow::Page::Messages);
         }},
    };
}

ScreenshotTour::~ScreenshotTour() = default;

bool ScreenshotTour::ownBroker() const
{
    const mqtt::ConnectionOptions &o = m_window->session()->options();
    return !m_ownBroker.isEmpty() &&
           m_window->session()->state() == mqtt::Session::State::Connected &&
           m_ownBroker == QStringLiteral("%1:%2").arg(o.host).arg(o.port);
}

void ScreenshotTour::sendExampleCommands()
{
    m_window->showPage(MainWindow::Page::Commands);
    CommandsPage *page = m_window->currentView()->commands();
    if (!page)
        return;
    // The simulated fleet answers by device number: gw-001 done, gw-002 rejects, gw-005 never.
    auto targetOf = [this](const QString &id) -> QString {
        if (const auto fleet = m_window->currentContext()->fleet())
            for (const fleet::DevicePtr &d : fleet->snapshot()->devices)
                if (d->id == id && !d->sparkplug)
                    return CommandComposer::targetOf(*d);
        return QStringLiteral("devices/") + id;
    };
    CommandComposer *composer = page->composer();
    composer->chooseTemplate(QStringLiteral("reboot"));
    composer->reasonEdit()->setText(tr("firmware 1.8.2 rollout"));
    composer->operatorEdit()->setText(QStringLiteral("alice"));
    composer->ackTimeoutBox()->setValue(3);
    // Sent only to the tour's own broker and journaled only in a file of the tour's: never to
    // a broker the user connected to, nor into the user's journal.
    if (ownBroker() && page->journalPath() != storage::Journal::defaultPath()) {
        for (const char *id : {"gw-005", "gw-002", "gw-001"}) {
            composer->setTargets({targetOf(QLatin1String(id))});
            QString error;
            const QList<commands::CommandRequest> requests = composer->compose(&error);
            if (requests.isEmpty())
                continue;
            bool notRecorded = false;
            const QString sent = page->sender()->send(requests.first(), &error, &notRecorded);
            if (!sent.isEmpty())
                m_commandsSent << sent;
        }
        // The done command's timeline, once it has come back.
        QTimer::singleShot(4500, page, [page, ids = m_commandsSent] {
            if (!ids.isEmpty())
                page->selectCommand(ids.last());
        });
    } else {
        composer->setTargets({targetOf(QStringLiteral("gw-001"))});
    }
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
        QWidget *target = done.target ? done.target() : m_window;
        const bool saved = target && target->grab().save(path);
        if (m_dialog)
            m_dialog->deleteLater();
        std::printf("%s  %s%s\n", qPrintable(path), qPrintable(done.caption),
                    saved ? "" : "  (NOT SAVED)");
        std::fflush(stdout);
    }
    if (m_next == m_steps.size()) {
        QApplication::quit();
        return;
    }
    m_steps[m_next++].prepare();
    const int settle = m_steps[m_next - 1].settleMs;
    QTimer::singleShot(settle > 0 ? settle : kSettleMs, this, &ScreenshotTour::next);
}

} // namespace deck::ui
