#pragma once

#include "Database.h"

#include <QObject>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace deck::storage {

/// Writes rows of append-heavy tables (packet traces, the command journal) on a thread of its
/// own, with its own connection, so that callers never wait for the disk: append() returns at
/// once, and the rows are committed in batches, one transaction per batch.
///
/// Order: rows are written in the order append() was called — one thread's rows in its own
/// order, the rows of several threads in the single order in which their append() calls took
/// the queue. Batches commit in that order, so after a crash the file holds a prefix of what was
/// appended (less any row that failed).
///
/// Failures are never silent: a row that fails (a constraint, say) is counted and said by
/// flush(), by error() and by failed(); the other rows of its batch are still written, unless
/// SQLite itself abandoned the transaction (disk full, read-only file), in which case the whole
/// batch is counted as not written.
class AppendWriter : public QObject
{
    Q_OBJECT
public:
    /// `database` must be open and outlive the writer. `doing` is what the rows are, for the
    /// errors, as in "Could not %1": e.g. tr("record the packet trace").
    AppendWriter(const Database &database, QString doing, int batchSize = 500,
                 QObject *parent = nullptr);
    ~AppendWriter() override; ///< writes what is queued, then stops

    /// Queues one statement (an INSERT) with its bound values; returns at once.
    void append(const QString &sql, const QVariantList &binds);
    /// Waits until every row appended before the call is committed (or failed); returns the
    /// first failure since the previous flush(), with the number of rows not written.
    Status flush();
    /// The first failure ever (empty when none), and the rows not written so far.
    QString error() const;
    quint64 rowsNotWritten() const;

signals:
    /// From the writer thread (connect with a queued or auto connection): `rows` rows of one
    /// batch were not written, for `error`. Emitted before a flush() waiting for them returns.
    void failed(const QString &error, int rows);

private:
    struct Pending
    {
        QString sql;
        QVariantList binds;
    };
    void run();
    /// Writes one batch; returns how many rows failed, and the first error.
    int write(const std::vector<Pending> &batch, QString *error);

    const Database &m_db;
    const QString m_doing;
    const int m_batchSize;
    mutable std::mutex m_mutex; // guards everything below but m_thread
    std::condition_variable m_wake;     // rows to write, or stop
    std::condition_variable m_progress; // a batch is done
    std::deque<Pending> m_queue;
    quint64 m_appended = 0;
    quint64 m_done = 0; // written or failed
    bool m_stopping = false;
    QString m_firstError;  // since the beginning
    QString m_flushError;  // since the previous flush
    quint64 m_flushLost = 0;
    quint64 m_lost = 0;
    std::thread m_thread;
};

} // namespace deck::storage
