#include "SessionWaiter.h"

#include <QTest>

namespace deck::test {

using namespace deck::mqtt;

namespace {
/// Waits for the finished-signal of request `id` (signal arguments: id, result).
template <typename Result>
bool awaitResult(QSignalSpy &spy, quint64 id, int timeoutMs, Result *out, QString *error,
                 const QString &what)
{
    for (int waited = 0; waited < timeoutMs; waited += 50) {
        for (const auto &args : std::as_const(spy))
            if (args.at(0).toULongLong() == id) {
                const auto r = args.at(1).template value<Result>();
                if (out)
                    *out = r;
                return r.ok;
            }
        spy.wait(50);
    }
    *error = QStringLiteral("no %1 within %2 ms").arg(what).arg(timeoutMs);
    return false;
}
} // namespace

ConnectionOptions localOptions(int port, MqttVersion version)
{
    ConnectionOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = port;
    o.version = version;
    o.connectTimeoutSeconds = 5;
    o.reconnect.minDelayMs = 200;
    o.reconnect.maxDelayMs = 1000;
    return o;
}

SessionWaiter::SessionWaiter() : m_session(std::make_unique<PahoSession>())
{
    QObject::connect(m_session.get(), &Session::messagesAvailable, m_session.get(),
                     [this] { m_session->takeMessages(m_messages); });
}

bool SessionWaiter::connect(const ConnectionOptions &options, ConnectResult *result, int timeoutMs)
{
    QSignalSpy ok(m_session.get(), &Session::connected);
    QSignalSpy failed(m_session.get(), &Session::connectFailed);
    const QStringList errors = m_session->open(options);
    if (!errors.isEmpty()) {
        m_error = errors.join(QLatin1Char('\n'));
        return false;
    }
    (void)QTest::qWaitFor([&] { return ok.count() + failed.count() > 0; }, timeoutMs);
    if (ok.count() > 0) {
        if (result)
            *result = ok.first().first().value<ConnectResult>();
        return true;
    }
    if (failed.count() > 0) {
        const auto r = failed.first().first().value<ConnectResult>();
        if (result)
            *result = r;
        m_error = r.explanation + QStringLiteral(" | ") + r.detail;
    } else {
        m_error = QStringLiteral("no connect outcome within %1 ms").arg(timeoutMs);
    }
    return false;
}

bool SessionWaiter::subscribe(const QList<Subscription> &subs, SubscribeResult *result,
                              int timeoutMs)
{
    QSignalSpy done(m_session.get(), &Session::subscribeFinished);
    const Submitted s = m_session->subscribe(subs);
    if (!s.ok()) {
        m_error = s.error;
        return false;
    }
    return awaitResult(done, s.id, timeoutMs, result, &m_error, QStringLiteral("SUBACK"));
}

bool SessionWaiter::subscribe(const QString &filter, int qos, SubscribeResult *result)
{
    Subscription s;
    s.filter = filter;
    s.qos = qos;
    return subscribe(QList<Subscription>{s}, result);
}

bool SessionWaiter::publish(const OutgoingMessage &message, PublishResult *result, int timeoutMs)
{
    QSignalSpy done(m_session.get(), &Session::publishFinished);
    const Submitted s = m_session->publish(message);
    if (!s.ok()) {
        m_error = s.error;
        return false;
    }
    return awaitResult(done, s.id, timeoutMs, result, &m_error,
                       QStringLiteral("publish completion"));
}

bool SessionWaiter::publishAll(const QList<OutgoingMessage> &messages,
                               QList<PublishResult> *results, int timeoutMs)
{
    QSignalSpy done(m_session.get(), &Session::publishFinished);
    QList<quint64> ids;
    for (const OutgoingMessage &m : messages) {
        const Submitted s = m_session->publish(m);
        if (!s.ok()) {
            m_error = s.error;
            return false;
        }
        ids << s.id;
    }
    if (!QTest::qWaitFor([&] { return done.count() >= ids.size(); }, timeoutMs)) {
        m_error = QStringLiteral("%1 of %2 publishes completed within %3 ms")
                      .arg(done.count())
                      .arg(ids.size())
                      .arg(timeoutMs);
        return false;
    }
    bool allOk = true;
    for (quint64 id : std::as_const(ids))
        for (const auto &args : std::as_const(done))
            if (args.at(0).toULongLong() == id) {
                const auto r = args.at(1).value<PublishResult>();
                allOk = allOk && r.ok;
                if (results)
                    results->append(r);
            }
    return allOk;
}

std::vector<Message> &SessionWaiter::waitForMessages(size_t count, int timeoutMs)
{
    (void)QTest::qWaitFor([&] { return m_messages.size() >= count; }, timeoutMs);
    return m_messages;
}

void SessionWaiter::close(int timeoutMs)
{
    QSignalSpy closed(m_session.get(), &Session::closed);
    m_session->close();
    if (closed.isEmpty())
        closed.wait(timeoutMs);
}

} // namespace deck::test
