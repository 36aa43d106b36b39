#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>

class QSqlDatabase;
class QSqlError;

namespace deck::storage {

/// One step of a schema: moves the file from version - 1 to `version` (PRAGMA user_version).
struct Migration
{
    int version;
    /// For the error sentence when it fails: mark it with QT_TRANSLATE_NOOP("Migration", ...);
    /// it is translated in that context when said.
    QString description;
    QStringList statements;
};

using Row = QVariantList;

class Transaction;

/// An SQLite file (through Qt SQL's QSQLITE driver) with versioned migrations and checked
/// operations. Every failure comes back as a sentence saying what was being done, on which file,
/// SQLite's own words and what to try; nothing is ignored.
///
/// Threads: Qt SQL connections must not cross threads, so each thread that uses the database
/// gets its own connection, opened on first use (connection()) and removed when that thread
/// ends (std::thread and QThread alike) or when the Database is destroyed. The file is in WAL
/// mode: readers on other threads do not wait for a writer, and writers wait for each other up
/// to the busy timeout (5 s) before failing in words.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class Access {
        ReadWrite, ///< created when missing, migrated forward
        ReadOnly   ///< SQLite refuses every write (even to root, unlike file permissions)
    };
    static constexpr int kBusyTimeoutMs = 5000;

    /// `what` names the contents for messages, as in "Could not open %1": e.g. tr("the saved
    /// connections"). Migrations are in version order, starting at 1.
    Database(QString what, QString path, QList<Migration> migrations);
    ~Database(); ///< closes every thread's connection; nothing may use it any more
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens the file (creating its folder and the file when writable and missing) and applies
    /// the missing migrations in order, one transaction each. Refused, with the file unchanged:
    /// a file that is not SQLite, a file written by a newer MQTT Deck.
    Status open(Access access = Access::ReadWrite);
    bool isOpen() const;
    QString path() const;
    QString what() const;
    /// The newest schema this build knows (the last migration's version).
    int knownVersion() const;
    /// The file's schema (PRAGMA user_version).
    Result<int> fileVersion() const;

    /// The calling thread's connection (opened on first use; invalid before open()).
    QSqlDatabase connection() const;

    /// One statement with its bound values (positional ?). `doing` is what the caller was doing,
    /// for the error, as in "Could not %1": e.g. tr("delete the saved connection").
    Status exec(const QString &doing, const QString &sql, const QVariantList &binds = {}) const;
    Result<QList<Row>> query(const QString &doing, const QString &sql,
                             const QVariantList &binds = {}) const;
    /// BEGIN IMMEDIATE, `work`, then COMMIT when `work` returned ok, ROLLBACK otherwise (and when
    /// COMMIT fails). Not nested. Returns the first failure.
    Status transaction(const QString &doing, const std::function<Status(Transaction &)> &work) const;

    /// The sentence for a failure of `doing`: the file, SQLite's words, what to try.
    QString failure(const QString &doing, const QSqlError &error) const;

    struct Shared; // the state shared with each thread's connection cleanup

private:
    std::shared_ptr<Shared> m_shared;
};

/// The statements of one transaction (see Database::transaction), on the calling thread's
/// connection.
class Transaction
{
public:
    Status exec(const QString &sql, const QVariantList &binds = {});
    Result<QList<Row>> query(const QString &sql, const QVariantList &binds = {});
    /// An INSERT; returns the new row's id.
    Result<qint64> insert(const QString &sql, const QVariantList &binds = {});

private:
    friend class Database;
    Transaction(const Database &db, QString doing) : m_db(db), m_doing(std::move(doing)) {}
    const Database &m_db;
    QString m_doing;
};

} // namespace deck::storage
