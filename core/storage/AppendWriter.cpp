#include "AppendWriter.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <map>

namespace deck::storage {

namespace {

// Whether the connection is outside any transaction: after some errors (disk full, I/O, a
// read-only file) SQLite rolls the whole transaction back by itself. Qt SQL does not say so;
// SQLite's C API does, through the driver's handle.
bool transactionAbandoned(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return true; // not SQLite: assume the worst
    sqlite3 *const sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    return sqlite == nullptr || sqlite3_get_autocommit(sqlite) != 0;
}

} // namespace

AppendWriter::AppendWriter(const Database &database, QString doing, int batchSize, QObject *parent)
    : QObject(parent), m_db(database), m_doing(std::move(doing)), m_batchSize(qMax(1, batchSize))
{
    m_thread = std::thread([this] { run(); });
}

AppendWriter::~AppendWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void AppendWriter::append(const QString &sql, const QVariantList &binds)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back({sql, binds});
        ++m_appended;
    }
    m_wake.notify_one();
}

Status AppendWriter::flush()
{
    std::unique_lock lock(m_mutex);
    const quint64 target = m_appended;
    m_progress.wait(lock, [&] { return m_done >= target; });
    if (m_flushError.isEmpty())
        return {};
    const QString error =
        m_flushError + u' ' + tr("%n row(s) were not written.", nullptr, int(m_flushLost));
    m_flushError.clear();
    m_flushLost = 0;
    return Status::failure(error);
}

QString AppendWriter::error() const
{
    std::lock_guard lock(m_mutex);
    return m_firstError;
}

quint64 AppendWriter::rowsNotWritten() const
{
    std::lock_guard lock(m_mutex);
    return m_lost;
}

void AppendWriter::run()
{
    for (;;) {
        std::vector<Pending> batch;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                break; // stopping, and everything is written
            while (!m_queue.empty() && int(batch.size()) < m_batchSize) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        QString error;
        const int lost = write(batch, &error);
        if (lost > 0)
            emit failed(error, lost); // before the rows count as done: flush() returns after it
        {
            std::lock_guard lock(m_mutex);
            m_done += batch.size();
            m_lost += quint64(lost);
            m_flushLost += quint64(lost);
            if (lost > 0 && m_firstError.isEmpty())
                m_firstError = error;
            if (lost > 0 && m_flushError.isEmpty())
                m_flushError = error;
        }
        m_progress.notify_all();
    }
    // The thread's connection is removed when the thread ends (see Database::connection()).
}

int AppendWriter::write(const std::vector<Pending> &batch, QString *error)
{
    const QSqlDatabase db = m_db.connection();
    if (!db.isOpen()) {
        *error = m_db.failure(m_doing, db.lastError());
        return int(batch.size());
    }
    QSqlQuery control(db);
    if (!control.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = m_db.failure(m_doing, control.lastError());
        return int(batch.size());
    }
    // One prepared statement per distinct SQL text in the batch (usually one).
    std::map<QString, QSqlQuery> prepared; // QSqlQuery moves, never copies
    int failedRows = 0;
    for (const Pending &row : batch) {
        auto it = prepared.find(row.sql);
        if (it == prepared.end()) {
            it = prepared.emplace(row.sql, QSqlQuery(db)).first;
            if (!it->second.prepare(row.sql)) { // a statement SQLite cannot read (no such table)
                if (error->isEmpty())
                    *error = m_db.failure(m_doing, it->second.lastError());
                prepared.erase(it);
                ++failedRows;
                continue;
            }
        }
        for (int i = 0; i < row.binds.size(); ++i)
            it->second.bindValue(i, row.binds[i]);
        if (it->second.exec())
            continue;
        if (error->isEmpty())
            *error = m_db.failure(m_doing, it->second.lastError());
        if (transactionAbandoned(db)) {
            prepared.clear();
            control.exec(QStringLiteral("ROLLBACK"));
            return int(batch.size()); // the rows before it went with the transaction
        }
        ++failedRows; // SQLite undid this statement only; the batch goes on
    }
    prepared.clear(); // finish the statements before COMMIT
    if (!control.exec(QStringLiteral("COMMIT"))) {
        if (error->isEmpty())
            *error = m_db.failure(m_doing, control.lastError());
        control.exec(QStringLiteral("ROLLBACK"));
        return int(batch.size());
    }
    return failedRows;
}

} // namespace deck::storage
