// The console's responsiveness under load (figures, not a test): the real main window, connected
// to a local mosquitto that routes a paced load (default 50,000 msg/s into 100,000 topics), with
// a busy branch expanded, a topic selected and plotted. A 10 ms timer probes the GUI event loop:
// its lateness is the lag a user feels. Prints p50/p99/max lag and the message accounting of
// every run and their medians. Run it under X (scripts/bench-ui.sh uses xvfb-run).
// --connections N opens N connections side by side in the window, each subscribed to `#` on the
// broker, and paces the load at rate / N: the window receives `rate` messages per second in total.

#include "MainWindow.h"
#include "bench/LoadGenerator.h"
#include "bench/LocalBroker.h"
#include "ingest/Engine.h"
#include "connection/ConnectionManager.h"
#include "widgets/ConnectionList.h"
#include "pages/ChartsPage.h"
#include "pages/ExplorerPage.h"
#include "widgets/TopicFilterBar.h"

#include "BenchStats.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <thread>

using namespace deck;
using deck::bench::median;
using deck::bench::percentile;
using deck::bench::waitFor;

namespace {

struct RunFigures
{
    double p50 = 0, p99 = 0, max = 0;
    double rate = 0;
    quint64 sent = 0, applied = 0, lost = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    double rate = 50000;
    int topics = 100000, seconds = 20, runs = 3, connectionCount = 1;
    QString search; // payload text kept in the explorer's search box during the runs
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        const QString a = args[i];
        const int v = args[i + 1].toInt();
        if (a == QLatin1String("--search"))
            search = args[i + 1];
        else if (a == QLatin1String("--rate"))
            rate = v;
        else if (a == QLatin1String("--topics"))
            topics = v;
        else if (a == QLatin1String("--seconds"))
            seconds = v;
        else if (a == QLatin1String("--runs"))
            runs = v;
        else if (a == QLatin1String("--connections") && v >= 1)
            connectionCount = v;
        else {
            std::fprintf(stderr, "usage: ui_responsiveness [--rate N] [--topics N] [--seconds N] "
                                 "[--runs N] [--connections N] [--search PAYLOAD_TEXT]\n");
            return 2;
        }
    }

    LocalBroker broker;
    if (const QString e = broker.start(); !e.isEmpty()) {
        std::fprintf(stderr, "ui_responsiveness: %s\n", qPrintable(e));
        return 1;
    }
    ConnectionManager connections;
    ui::MainWindow window(&connections);
    deck::mqtt::ConnectionOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = broker.port();
    for (int c = 0; c < connectionCount; ++c)
        (c == 0 ? window.currentView() : window.addConnection())
            ->setConnection(options, QStringLiteral("#"), true);
    window.connectionList()->select(window.views().first()); // the busy page on screen
    window.show();
    // Every connection's messages, all engines together.
    auto appliedTotal = [&] {
        quint64 n = 0;
        for (ConnectionContext *c : connections.contexts())
            n += c->engine().counters().applied;
        return n;
    };
    for (ConnectionContext *c : connections.contexts())
        if (!waitFor([&] { return !c->session().activeSubscriptions().isEmpty(); }, 20000)) {
            std::fprintf(stderr,
                         "ui_responsiveness: the console did not connect and subscribe to %d\n",
                         broker.port());
            return 1;
        }
    rate /= connectionCount; // each message is routed to every connection

    // Every topic once, then the busy branch: site-00 expanded to its leaves, a topic selected
    // (inspector on) and its value plotted.
    {
        LoadSpec warm{broker.port(), quint64(topics), topics, 0, 60, 0};
        LoadGenerator gen(warm);
        gen.prepare();
        if (const QString e = gen.run(); !e.isEmpty()) {
            std::fprintf(stderr, "ui_responsiveness: %s\n", qPrintable(e));
            return 1;
        }
        waitFor([&] { return appliedTotal() >= quint64(topics) * quint64(connectionCount); },
                60000);
    }
    ui::ExplorerPage *explorer = window.explorer();
    const QString selected = QString::fromUtf8(LoadGenerator::topicFor(0, topics));
    if (!waitFor([&] { return explorer->selectTopic(selected); }, 10000)) {
        std::fprintf(stderr, "ui_responsiveness: could not select %s\n", qPrintable(selected));
        return 1;
    }
    QTreeView *view = explorer->treeView();
    QModelIndex site = view->currentIndex();
    while (site.parent().isValid())
        site = site.parent();
    view->setCurrentIndex(site);
    for (QAction *a : view->actions())
        if (a->shortcut() == QKeySequence(Qt::Key_Asterisk))
            a->trigger(); // expand all below
    explorer->selectTopic(selected);
    window.charts()->addSeries(selected, QStringLiteral("/value"));
    if (!search.isEmpty())
        explorer->filterBar()->setQuery(TopicQuery::Mode::PayloadText, search);
    int visibleRows = 0;
    for (QModelIndex i = view->model()->index(0, 0); i.isValid(); i = view->indexBelow(i))
        ++visibleRows;
    std::printf("ui responsiveness: %.0f msg/s into %d topics for %d s, %d runs, %d connection(s) "
                "(%.0f msg/s into the window); %d rows expanded, %s selected and plotted%s\n",
                rate, topics, seconds, runs, connectionCount, rate * connectionCount, visibleRows,
                qPrintable(selected),
                search.isEmpty()
                    ? ""
                    : qPrintable(QStringLiteral("; searching payloads for \"%1\"").arg(search)));

    std::vector<RunFigures> figures;
    for (int run = 1; run <= runs; ++run) {
        const quint64 before = appliedTotal();
        LoadSpec spec{broker.port(), quint64(rate * seconds), topics, 0, 60, rate};
        LoadGenerator gen(spec);
        gen.prepare();
        std::vector<double> lags;
        QElapsedTimer clock;
        qint64 last = 0;
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        probe.setInterval(10);
        QObject::connect(&probe, &QTimer::timeout, [&] {
            const qint64 now = clock.nsecsElapsed();
            lags.push_back(std::max(0.0, double(now - last) / 1e6 - 10.0));
            last = now;
        });
        QString error;
        std::atomic<bool> finished{false};
        std::thread sender([&] {
            error = gen.run();
            finished = true;
        });
        clock.start();
        probe.start();
        waitFor([&] { return finished.load(); }, seconds * 10000);
        const quint64 sent = spec.messages * quint64(connectionCount); // as delivered
        waitFor([&] { return appliedTotal() - before >= sent; }, 60000);
        probe.stop();
        sender.join();
        if (!error.isEmpty()) {
            std::fprintf(stderr, "ui_responsiveness: %s\n", qPrintable(error));
            return 1;
        }
        RunFigures f;
        f.sent = sent;
        f.applied = appliedTotal() - before;
        f.lost = f.sent > f.applied ? f.sent - f.applied : 0;
        f.rate = double(sent) / gen.sendSeconds(); // into the window, all connections
        f.p50 = percentile(lags, 0.5);
        f.p99 = percentile(lags, 0.99);
        f.max = percentile(lags, 1.0);
        figures.push_back(f);
        std::printf(
            "run %d: sent %llu at %.0f msg/s, applied %llu, lost %llu; event-loop lag p50 %.1f ms, "
            "p99 %.1f ms, max %.1f ms (%zu probes)\n",
            run, (unsigned long long)f.sent, f.rate, (unsigned long long)f.applied,
            (unsigned long long)f.lost, f.p50, f.p99, f.max, lags.size());
        std::fflush(stdout);
    }
    auto col = [&](auto member) {
        std::vector<double> v;
        for (const RunFigures &f : figures)
            v.push_back(double(f.*member));
        return median(v);
    };
    const double p99 = col(&RunFigures::p99), mx = col(&RunFigures::max);
    quint64 lost = 0;
    for (const RunFigures &f : figures)
        lost += f.lost;
    std::printf("median of %d runs: rate %.0f msg/s, lag p50 %.1f ms, p99 %.1f ms (target <= 50), "
                "max %.1f ms (target <= 250); lost %llu in total\n",
                runs, col(&RunFigures::rate), col(&RunFigures::p50), p99, mx,
                (unsigned long long)lost);
    return (p99 <= 50 && mx <= 250 && lost == 0) ? 0 : 3;
}
