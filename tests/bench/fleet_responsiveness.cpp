// The Fleet page under load (figures, not a test; issue 12): the real window with one
// connection whose hand-off queue is fed directly (no broker: the page and the fleet stage are
// measured, not the network): 10,000 devices' retained status, then 1,000 state changes per
// second (status flips online/offline) plus telemetry, with the Fleet page on screen sorted by
// last seen. A 10 ms timer probes the GUI event loop; prints lag p50/p99/max per run and the
// medians. Usage: fleet_responsiveness [--devices N] [--changes N] [--seconds N] [--runs N]
// (run under X or xvfb-run).

#include "MainWindow.h"
#include "connection/ConnectionManager.h"
#include "models/FleetModel.h"
#include "pages/FleetPage.h"

#include "BenchStats.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLabel>
#include <QTableView>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

using namespace deck;
using deck::bench::percentile;

namespace {
QByteArray deviceTopic(int i)
{
    return QStringLiteral("prod/acme/site-%1/line-%2/gw-%3")
        .arg(i % 50, 2, 10, QLatin1Char('0'))
        .arg((i / 50) % 20, 2, 10, QLatin1Char('0'))
        .arg(i, 5, 10, QLatin1Char('0'))
        .toUtf8();
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    int devices = 10000, changes = 1000, seconds = 10, runs = 3;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        const int v = args[i + 1].toInt();
        if (args[i] == QLatin1String("--devices"))
            devices = v;
        else if (args[i] == QLatin1String("--changes"))
            changes = v;
        else if (args[i] == QLatin1String("--seconds"))
            seconds = v;
        else if (args[i] == QLatin1String("--runs"))
            runs = v;
    }
    ConnectionManager connections;
    ui::MainWindow window(&connections);
    window.resize(1400, 860);
    window.show();
    window.showPage(ui::MainWindow::Page::Fleet);
    ui::FleetPage *page = window.currentView()->fleet();
    page->view()->sortByColumn(ui::FleetModel::LastSeenColumn, Qt::DescendingOrder);
    MessageQueue &queue = *window.session()->messageQueue();
    Engine &engine = window.currentContext()->engine();
    auto push = [&](const QByteArray &topic, const QByteArray &payload, bool retained) {
        queue.push(Message::fromParts(topic, payload, 1, retained, false,
                                      QDateTime::currentMSecsSinceEpoch()));
    };
    for (int i = 0; i < devices; ++i)
        push(deviceTopic(i) + "/status", R"({"state":"online","firmware":"1.8.2"})", true);
    QElapsedTimer wait;
    wait.start();
    while (page->model()->rowCount() < devices && wait.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    std::printf("fleet responsiveness: %d devices on the Fleet page (sorted by last seen), %d state "
                "changes/s plus as much telemetry, %d s per run, %d runs\n",
                page->model()->rowCount(), changes, seconds, runs);
    std::vector<double> p99s, maxes;
    for (int run = 1; run <= runs; ++run) {
        std::atomic<bool> stop{false};
        std::thread feeder([&] {
            // Paced in 10 ms steps: each step flips changes/100 devices and sends as much
            // telemetry.
            quint64 step = 0;
            const int perStep = std::max(1, changes / 100);
            QElapsedTimer t;
            t.start();
            while (!stop) {
                for (int k = 0; k < perStep; ++k) {
                    const int i = int((step * quint64(perStep) + quint64(k)) * 7919 % quint64(devices));
                    const bool online = ((step / 3) + quint64(k)) % 2 == 0;
                    push(deviceTopic(i) + "/status",
                         online ? R"({"state":"online"})" : R"({"state":"offline"})", false);
                    push(deviceTopic(i) + "/telemetry/temp", "21.5", false);
                }
                ++step;
                const qint64 next = qint64(step) * 10;
                while (!stop && t.elapsed() < next)
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
        });
        std::vector<double> lags;
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0;
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        probe.setInterval(10);
        QObject::connect(&probe, &QTimer::timeout, [&] {
            const qint64 now = clock.nsecsElapsed();
            lags.push_back(std::max(0.0, double(now - last) / 1e6 - 10.0));
            last = now;
        });
        probe.start();
        while (clock.elapsed() < seconds * 1000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        probe.stop();
        stop = true;
        feeder.join();
        const auto c = engine.counters();
        const double p99 = percentile(lags, 0.99), mx = percentile(lags, 1.0);
        p99s.push_back(p99);
        maxes.push_back(mx);
        std::printf("run %d: event-loop lag p50 %.1f ms, p99 %.1f ms, max %.1f ms (%zu probes); "
                    "queued %lld, dropped %llu; totals: %s\n",
                    run, percentile(lags, 0.5), p99, mx, lags.size(), (long long)c.queued,
                    (unsigned long long)c.droppedAtQueue,
                    qPrintable(page->totals()->text().remove(QRegularExpression(QStringLiteral("<[^>]*>")))
                                   .replace(QStringLiteral("&nbsp;"), QStringLiteral(" "))));
        std::fflush(stdout);
    }
    std::printf("median of %d runs: lag p99 %.1f ms (target <= 50), max %.1f ms\n", runs,
                percentile(p99s, 0.5), percentile(maxes, 0.5));
    return percentile(p99s, 0.5) <= 50 ? 0 : 3;
}
