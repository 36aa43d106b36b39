#include "RetainedClearer.h"

namespace deck::mqtt {

using Outcome = storage::RetainedClearTopic::Outcome;

RetainedClearer::RetainedClearer(Session *session, QString journalPath, QObject *parent)
    : QObject(parent), m_session(session), m_journalPath(std::move(journalPath))
{
    if (m_journalPath.isEmpty())
        m_journalPath = storage::Journal::defaultPath();
    connect(m_session, &Session::publishFinished, this, [this](quint64 id, const PublishResult &r) {
        const auto it = m_pending.find(id);
        if (it == m_pending.end())
            return;
        storage::RetainedClearTopic &topic = m_clear.topics[it.value()];
        if (r.ok) {
            topic.outcome = Outcome::Cleared;
        } else if (!r.error.isEmpty()) {
            topic.outcome = Outcome::Failed;
            topic.detail = r.error;
        } else {
            topic.outcome = Outcome::Refused;
            topic.reasonCode = r.code;
        }
        m_pending.erase(it);
        if (m_pending.isEmpty())
            finish();
    });
    // Answers can stop coming (the connection drops; Paho drops it itself after a refused
    // PUBACK): say so instead of waiting for ever.
    connect(m_session, &Session::connectionLost, this,
            [this] { failPending(Outcome::ConnectionLost); });
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { failPending(Outcome::NoAnswer); });
}

void RetainedClearer::failPending(Outcome outcome)
{
    if (m_pending.isEmpty())
        return;
    for (const int index : std::as_const(m_pending))
        m_clear.topics[index].outcome = outcome;
    m_pending.clear();
    finish();
}

void RetainedClearer::finish()
{
    m_timeout.stop();
    const QString journalError = record();
    QStringList cleared, failures;
    for (const storage::RetainedClearTopic &t : std::as_const(m_clear.topics))
        if (t.outcome == Outcome::Cleared)
            cleared << t.topic;
        else
            failures << storage::Journal::outcomeText(t, m_clear.version);
    emit finished(cleared, failures, journalError);
}

QString RetainedClearer::record()
{
    const storage::Status s = m_journal.finishRetainedClear(m_clear);
    return s.ok() ? QString() : tr("What was cleared could not be recorded: %1").arg(s.error());
}

QString RetainedClearer::start(const QStringList &topics)
{
    if (topics.isEmpty())
        return tr("There is no retained value to clear.");
    // The record first: a clear that cannot be recorded does not happen.
    if (const storage::Status s = m_journal.open(m_journalPath); !s)
        return tr("Nothing was cleared, because it could not be recorded: %1").arg(s.error());
    m_clear = {};
    m_clear.broker = m_session->options().serverUri();
    m_clear.clientId = m_session->options().clientId;
    m_clear.version = m_session->options().version;
    for (const QString &topic : topics)
        m_clear.topics.append({topic, Outcome::Pending, 0, {}});
    if (const storage::Status s = m_journal.beginRetainedClear(m_clear); !s)
        return tr("Nothing was cleared, because it could not be recorded: %1").arg(s.error());
    for (int i = 0; i < m_clear.topics.size(); ++i) {
        OutgoingMessage m;
        m.topic = m_clear.topics[i].topic;
        m.qos = 1;
        m.retain = true; // an empty retained message deletes the retained value
        const Submitted s = m_session->publish(m);
        if (s.ok()) {
            m_pending.insert(s.id, i);
        } else {
            m_clear.topics[i].outcome = Outcome::Failed;
            m_clear.topics[i].detail = s.error;
        }
    }
    if (m_pending.isEmpty()) {
        const QString journalError = record(); // the attempt is on record
        const QString error =
            tr("Nothing was cleared: %1")
                .arg(storage::Journal::outcomeText(m_clear.topics.value(0), m_clear.version));
        return journalError.isEmpty() ? error : error + u' ' + journalError;
    }
    m_timeout.start(15000);
    return {};
}

} // namespace deck::mqtt
