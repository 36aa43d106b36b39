#include "RetainedClearer.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace deck::mqtt {

RetainedClearer::RetainedClearer(Session *session, QString journalPath, QObject *parent)
    : QObject(parent), m_session(session), m_journalPath(std::move(journalPath))
{
    if (m_journalPath.isEmpty())
        m_journalPath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                        QStringLiteral("/retained-clears.jsonl");
    connect(m_session, &Session::publishFinished, this, [this](quint64 id, const PublishResult &r) {
        const auto it = m_pending.find(id);
        if (it == m_pending.end())
            return;
        if (r.ok)
            m_cleared << it.value();
        else
            m_failures << it.value() + QStringLiteral(": ") +
                              (r.error.isEmpty() ? r.codeName + QStringLiteral(" (") +
                                                       ReasonCodes::hex(r.code) + QLatin1Char(')')
                                                 : r.error);
        m_pending.erase(it);
        if (m_pending.isEmpty()) {
            m_timeout.stop();
            record();
            emit finished(m_cleared, m_failures);
        }
    });
    // Answers can stop coming (the connection drops; Paho drops it itself after a refused
    // PUBACK): say so instead of waiting for ever.
    connect(m_session, &Session::connectionLost, this,
            [this] { failPending(tr("the connection was lost before the broker answered")); });
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { failPending(tr("no answer from the broker within 15 s")); });
}

void RetainedClearer::failPending(const QString &reason)
{
    if (m_pending.isEmpty())
        return;
    for (const QString &topic : std::as_const(m_pending))
        m_failures << topic + QStringLiteral(": ") + reason;
    m_pending.clear();
    m_timeout.stop();
    record();
    emit finished(m_cleared, m_failures);
}

QString RetainedClearer::start(const QStringList &topics)
{
    if (topics.isEmpty())
        return tr("There is no retained value to clear.");
    for (const QString &topic : topics) {
        OutgoingMessage m;
        m.topic = topic;
        m.qos = 1;
        m.retain = true; // an empty retained message deletes the retained value
        const Submitted s = m_session->publish(m);
        if (s.ok())
            m_pending.insert(s.id, topic);
        else
            m_failures << topic + QStringLiteral(": ") + s.error;
    }
    if (m_pending.isEmpty()) {
        record();
        return tr("Nothing was cleared: %1").arg(m_failures.value(0));
    }
    m_timeout.start(15000);
    return {};
}

void RetainedClearer::record()
{
    QDir().mkpath(QFileInfo(m_journalPath).absolutePath());
    QFile journal(m_journalPath);
    if (!journal.open(QIODevice::Append | QIODevice::Text))
        return;
    const QJsonObject entry{
        {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("broker"), m_session->options().serverUri()},
        {QStringLiteral("client_id"), m_session->options().clientId},
        {QStringLiteral("cleared"), QJsonArray::fromStringList(m_cleared)},
        {QStringLiteral("failed"), QJsonArray::fromStringList(m_failures)}};
    journal.write(QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n');
}

} // namespace deck::mqtt
