#pragma once

#include "Database.h"
#include "mqtt/ConnectionOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace deck::storage {

/// What became of one topic of a retained clear, stored as codes and put into words when shown
/// (in the language of the day, see Journal::outcomeText).
struct RetainedClearTopic
{
    enum class Outcome {
        Pending,        ///< published, no answer recorded (MQTT Deck stopped before it came)
        Cleared,        ///< the broker accepted the empty retained message
        Refused,        ///< the broker answered with `reasonCode`
        Failed,         ///< not sent: `detail` holds the client library's words
        ConnectionLost, ///< the connection dropped before the broker answered
        NoAnswer        ///< the broker did not answer in time
    };
    QString topic;
    Outcome outcome = Outcome::Pending;
    int reasonCode = 0;
    QString detail;
};

/// One use of "Clear retained values": when, on which broker, as which client, each topic.
struct RetainedClear
{
    qint64 id = 0;
    qint64 startedMs = 0;
    qint64 finishedMs = 0; ///< 0 = never finished
    QString broker;        ///< server URI
    QString clientId;
    mqtt::MqttVersion version = mqtt::MqttVersion::V5;
    QList<RetainedClearTopic> topics;
};

/// The journal database (journal.sqlite in the user's data directory): a record of what MQTT Deck
/// did to brokers. A file of its own, not the saved connections: it only grows, is append-only,
/// is kept (and copied for audits) on its own terms. It holds the retained clears and (migration 2,
/// read and written by commands::CommandJournal) the hash-chained command journal.
class Journal
{
    Q_DECLARE_TR_FUNCTIONS(Journal)
public:
    Journal();
    ~Journal();
    /// <AppDataLocation>/journal.sqlite
    static QString defaultPath();
    static QList<Migration> migrations();
    static constexpr int kSchemaVersion = 2;

    Status open(const QString &path = defaultPath(),
                Database::Access access = Database::Access::ReadWrite);
    bool isOpen() const;
    QString path() const { return m_path; }

    /// Records a clear about to start, every topic pending, before anything is published (a
    /// journal that cannot be written stops the clear); fills `clear.id` and `startedMs`.
    Status beginRetainedClear(RetainedClear &clear);
    /// Records the outcomes of a begun clear, and when it finished.
    Status finishRetainedClear(RetainedClear &clear);
    /// The newest clears first, at most `limit`.
    Result<QList<RetainedClear>> retainedClears(int limit = 100) const;

    /// "topic: reason" in the current language, for a topic that was not cleared.
    static QString outcomeText(const RetainedClearTopic &topic, mqtt::MqttVersion version);

private:
    std::unique_ptr<Database> m_db;
    QString m_path;
};

} // namespace deck::storage
