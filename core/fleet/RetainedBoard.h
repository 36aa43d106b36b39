#pragma once

#include "ingest/MessageStage.h"
#include "util/Published.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <map>

namespace deck::fleet {

/// One retained value as the subscriptions have seen it.
struct RetainedEntry
{
    QString topic;
    qint64 size = 0;
    int qos = 0;
    QByteArray preview; ///< the first bytes of the payload
    qint64 firstSeenMs = 0;
    qint64 lastSeenMs = 0;
    /// Anti-patterns: retained_command (a reconnecting device would replay it), retained_telemetry,
    /// large. Keys of the CLI's JSON (never translated).
    QStringList flags;
};

struct RetainedSnapshot
{
    quint64 generation = 0;
    std::vector<std::shared_ptr<const RetainedEntry>> entries; ///< by topic
    quint64 dropped = 0;                ///< retained topics past the bound, not listed
};

/// Every retained message the connection's subscriptions have seen, with its anti-patterns
/// flagged: a command topic kept by the broker (levels command/commands/cmd, Sparkplug NCMD and
/// DCMD), retained telemetry (a telemetry level, Sparkplug NDATA/DDATA), a payload larger than a
/// threshold. An empty retained message (a clear) removes the entry. An inline stage.
class RetainedBoard : public MessageStage
{
    Q_DECLARE_TR_FUNCTIONS(RetainedBoard)
public:
    explicit RetainedBoard(qint64 largeBytes = 16 * 1024, size_t maxTopics = 200000);

    std::shared_ptr<const RetainedSnapshot> snapshot() const { return m_snapshot.get(); }
    /// The flags a retained message on `topic` of `size` bytes gets.
    static QStringList flagsFor(std::string_view topic, qint64 size, qint64 largeBytes);

    /// From any thread: retained values larger than `bytes` are flagged "large"; what the board
    /// holds is flagged again at the next tick.
    void setLargeBytes(qint64 bytes);
    qint64 largeBytes() const;

    void consume(const Message &message) override;
    void tick(qint64 nowMs) override;
    void cleared() override;

    static constexpr qsizetype kPreviewBytes = 200;

private:
    qint64 m_largeBytes; // engine thread
    std::atomic<qint64> m_wantedLargeBytes;
    size_t m_maxTopics;
    // Engine thread only. Entries are shared with the snapshots and copied before a change.
    std::map<std::string, std::shared_ptr<RetainedEntry>> m_entries;
    quint64 m_dropped = 0;
    quint64 m_generation = 0;
    bool m_dirty = true;
    Published<RetainedSnapshot> m_snapshot;
};

} // namespace deck::fleet
