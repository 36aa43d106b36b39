#pragma once

#include "CommandEvent.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <memory>

namespace deck::commands {

/// What `verify` found.
struct ChainReport
{
    bool intact = true;
    qint64 entries = 0;
    QString headHash; ///< the last entry's hash: note it down to detect a rewritten journal
    qint64 firstBadEntry = 0; ///< its position in the chain (seq)
    QString problem;          ///< in words, naming the entry
};

/// The command journal, in journal.sqlite beside the retained clears (its tables come with
/// migration 2 of storage::Journal): one row per command, written (synchronously: PRAGMA
/// synchronous = FULL) before its PUBLISH leaves, and an append-only table of events (every
/// transition with its time, the broker's reason code, the answers' payloads, unknown and late
/// answers). Tamper-evident: command rows and events form one ordered sequence (seq) in which
/// every entry carries SHA-256(previous entry's hash + "\n" + its canonical serialization: a
/// compact JSON object with sorted keys and the payload in base64); a head row keeps the last
/// position and hash, so that removing the newest entries shows too. verify() recomputes the
/// chain and names the first entry changed, removed or inserted.
class CommandJournal
{
    Q_DECLARE_TR_FUNCTIONS(CommandJournal)
public:
    CommandJournal();
    ~CommandJournal();

    /// Opens (creating and migrating when writable) the journal file. Refused in words: a file
    /// that is not SQLite, an SQLite file that is not an MQTT Deck journal, a newer schema.
    storage::Status open(const QString &path,
                         storage::Database::Access access = storage::Database::Access::ReadWrite);
    bool isOpen() const { return bool(m_db); }
    QString path() const { return m_path; }

    /// The command's row, durable when this returns ok. A repeated command_id is refused.
    storage::Status recordCommand(const CommandRecord &record);
    /// Events in order, one transaction.
    storage::Status recordEvents(const std::vector<CommandEvent> &events);

    /// The newest commands first (at most `limit`), each with its timeline.
    storage::Result<QList<TrackedCommand>> commands(int limit = 1000) const;
    /// One command with its timeline; an empty record id when there is none.
    storage::Result<TrackedCommand> command(const QString &commandId) const;
    /// Commands not in a final state, oldest first.
    storage::Result<QList<TrackedCommand>> unfinished() const;
    /// Answers recorded for no known command (kind "unknown"), oldest first.
    storage::Result<QList<CommandEvent>> unknownAnswers() const;

    storage::Result<ChainReport> verify() const;
    /// Every entry in chain order: a header and one line per command and per event.
    storage::Result<QByteArray> exportCsv() const;
    /// One JSON object per line per entry, in chain order, with its seq and hash.
    storage::Result<QByteArray> exportJsonLines() const;

    /// Canonical forms (exposed for tests and for auditors' tools).
    static QByteArray canonical(const CommandRecord &record);
    static QByteArray canonical(const CommandEvent &event);
    static QString chainHash(const QString &previousHash, const QByteArray &canonical);

private:
    struct Entry;
    storage::Result<QList<Entry>> entries() const;
    storage::Result<QList<TrackedCommand>> load(const QString &where, const QVariantList &binds,
                                                const QString &order, int limit) const;
    storage::Status append(storage::Transaction &t, const QString &sqlInsert, QVariantList binds,
                           const QByteArray &canonical);

    std::unique_ptr<storage::Database> m_db;
    QString m_path;
};

} // namespace deck::commands
