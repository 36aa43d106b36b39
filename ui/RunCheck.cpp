#include "RunCheck.h"

#include "MainWindow.h"
#include "pages/ExplorerPage.h"
#include "topics/TopicSearch.h"

#include <QApplication>
#include <QImage>
#include <QSslSocket>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

namespace deck::ui {

namespace {
constexpr int kPollMs = 500;
constexpr int kLivePollsNeeded = 5; // messages kept arriving for 2.5 s: live, and rates shown

/// A picture of one colour is what a window that never painted looks like.
bool hasContent(const QImage &image)
{
    if (image.isNull())
        return false;
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            if (image.pixel(x, y) != first)
                return true;
    return false;
}
} // namespace

RunCheck::RunCheck(MainWindow *window, QString file, Expectation expectation)
    : QObject(window), m_window(window), m_file(std::move(file)), m_expect(expectation)
{
}

void RunCheck::start()
{
    m_clock.start();
    QTimer::singleShot(kPollMs, this, &RunCheck::poll);
}

void RunCheck::poll()
{
    const Engine *engine = &m_window->currentContext()->engine();
    const mqtt::Session *session = m_window->session();
    const EngineCounters counters = engine->counters();
    const bool arriving = counters.applied > m_appliedAtLastPoll;
    m_appliedAtLastPoll = counters.applied;
    m_livePolls = arriving ? m_livePolls + 1 : 0;

    TopicQuery query;
    query.mode = TopicQuery::Mode::Filter;
    query.text = QStringLiteral("+/+/+/+/+/status/#");
    const size_t statusTopics =
        engine->read([&](const TopicTree &tree) { return TopicSearch::run(tree, query); })
            .matches.size();
    const int rows = m_window->explorer()->treeView()->model()->rowCount();

    if (!QSslSocket::supportsSsl()) // a TLS backend plugin is deployed beside Qt Network
        m_missing = tr("Qt has no TLS backend (available: %1)")
                        .arg(QSslSocket::availableBackends().join(QStringLiteral(", ")));
    else if (session->state() != mqtt::Session::State::Connected)
        m_missing = tr("the window is not connected (state: %1)")
                        .arg(mqtt::Session::stateName(session->state()));
    else if (statusTopics < size_t(m_expect.devices))
        m_missing = tr("the explorer holds the status of %1 of %2 devices")
                        .arg(statusTopics)
                        .arg(m_expect.devices);
    else if (rows == 0)
        m_missing = tr("the explorer's tree shows no row");
    else if (m_livePolls < kLivePollsNeeded)
        m_missing = tr("messages are not arriving (%1 received so far)").arg(counters.applied);
    else
        m_missing.clear();

    if (m_missing.isEmpty()) {
        m_window->showPage(MainWindow::Page::Explorer);
        const QImage picture = m_window->grab().toImage();
        if (!hasContent(picture))
            return finish(false, tr("the window painted nothing"));
        if (!picture.save(m_file))
            return finish(false, tr("cannot write the screenshot to %1").arg(m_file));
        return finish(true, tr("the window is connected and shows the live fleet: %1 devices' "
                               "status, %2 topics, %3 messages (Qt %4, TLS backend %5); "
                               "screenshot saved to %6")
                                .arg(statusTopics)
                                .arg(counters.topics)
                                .arg(counters.applied)
                                .arg(QLatin1String(qVersion()), QSslSocket::activeBackend(), m_file));
    }
    if (m_clock.elapsed() > qint64(m_expect.timeoutSeconds) * 1000)
        return finish(false, tr("after %1 s, %2").arg(m_expect.timeoutSeconds).arg(m_missing));
    QTimer::singleShot(kPollMs, this, &RunCheck::poll);
}

void RunCheck::finish(bool ok, const QString &sentence)
{
    std::fprintf(ok ? stdout : stderr, "mqttdeck --check: %s: %s\n", ok ? "passed" : "FAILED",
                 qPrintable(sentence));
    std::fflush(stdout);
    QApplication::exit(ok ? 0 : 1);
}

} // namespace deck::ui
