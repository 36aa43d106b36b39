#include "Database.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <atomic>
#include <vector>

namespace deck::storage {

struct Database::Shared
{
    QString what;
    QString path;
    QList<Migration> migrations;
    QString id; // unique per Database, the prefix of its connection names
    Access access = Access::ReadWrite;
    QMutex mutex; // guards the members below
    bool opened = false;
    QHash<quint64, QString> connections; // thread number -> Qt SQL connection name
};

namespace {

std::atomic<quint64> g_databases{0};
std::atomic<quint64> g_threads{0};

// SQLite's primary result codes (sqlite3.h), as Qt SQL reports them in nativeErrorCode().
enum SqliteCode {
    kBusy = 5,
    kLocked = 6,
    kReadOnly = 8,
    kIoError = 10,
    kCorrupt = 11,
    kFull = 13,
    kCantOpen = 14,
    kNotADatabase = 26
};

int primaryCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff; // extended codes keep the primary in the low byte
}

// The connections a thread opened, removed when the thread ends: a thread_local's destructor
// runs at the end of any thread (QThread or std::thread), which QThread::finished does not
// cover (threads Qt merely adopted never emit it).
struct ThreadConnections
{
    const quint64 number = ++g_threads;
    std::vector<std::pair<std::weak_ptr<Database::Shared>, QString>> owned;
    ~ThreadConnections()
    {
        for (const auto &[weak, name] : owned)
            if (const std::shared_ptr<Database::Shared> shared = weak.lock()) {
                QMutexLocker lock(&shared->mutex);
                if (shared->connections.remove(number))
                    QSqlDatabase::removeDatabase(name);
            }
    }
};
thread_local ThreadConnections t_connections;

// Runs one statement; reads every row when `rows` is given; finishes the statement (an
// unfinished SELECT would keep COMMIT from succeeding).
bool run(const QSqlDatabase &db, const QString &sql, const QVariantList &binds, QList<Row> *rows,
         QSqlError *error, qint64 *insertId = nullptr)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    bool ok = q.prepare(sql);
    for (int i = 0; ok && i < binds.size(); ++i)
        q.addBindValue(binds[i]);
    ok = ok && q.exec();
    if (ok && rows) {
        const int columns = q.record().count();
        while (q.next()) {
            Row row;
            row.reserve(columns);
            for (int c = 0; c < columns; ++c)
                row.append(q.value(c));
            rows->append(row);
        }
        ok = !q.lastError().isValid();
    }
    if (ok && insertId)
        *insertId = q.lastInsertId().toLongLong();
    if (!ok && error)
        *error = q.lastError();
    q.finish();
    return ok;
}

void removeConnections(Database::Shared &s)
{
    QMutexLocker lock(&s.mutex);
    s.opened = false;
    for (const QString &name : std::as_const(s.connections))
        QSqlDatabase::removeDatabase(name);
    s.connections.clear();
}

} // namespace

Database::Database(QString what, QString path, QList<Migration> migrations)
    : m_shared(std::make_shared<Shared>())
{
    m_shared->what = std::move(what);
    m_shared->path = std::move(path);
    m_shared->migrations = std::move(migrations);
    m_shared->id = QStringLiteral("deck-storage-%1").arg(g_databases.fetch_add(1));
    for (int i = 0; i < m_shared->migrations.size(); ++i)
        Q_ASSERT(m_shared->migrations[i].version == i + 1);
}

Database::~Database()
{
    removeConnections(*m_shared);
}

QString Database::path() const
{
    return m_shared->path;
}

QString Database::what() const
{
    return m_shared->what;
}

int Database::knownVersion() const
{
    return m_shared->migrations.isEmpty() ? 0 : m_shared->migrations.last().version;
}

bool Database::isOpen() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->opened;
}

QSqlDatabase Database::connection() const
{
    Shared &s = *m_shared;
    ThreadConnections &mine = t_connections;
    QMutexLocker lock(&s.mutex);
    if (!s.opened)
        return {};
    if (const QString name = s.connections.value(mine.number); !name.isEmpty())
        return QSqlDatabase::database(name, false);
    const QString name = QStringLiteral("%1-thread-%2").arg(s.id).arg(mine.number);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    s.connections.insert(mine.number, name);
    mine.owned.emplace_back(m_shared, name);
    db.setDatabaseName(s.path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (s.access == Access::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    // A failure stays in db.lastError() and is said by the first operation (see exec()).
    if (db.open()) {
        // Per connection: foreign keys are off unless asked for; NORMAL sync is safe in WAL
        // mode (a power cut may lose the last commits, never corrupts the file).
        QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    return db;
}

QString Database::failure(const QString &doing, const QSqlError &error) const
{
    const QString words =
        error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    QString hint;
    switch (primaryCode(error)) {
    case kReadOnly:
        hint = tr("Check that the file and its folder are writable.");
        break;
    case kBusy:
    case kLocked:
        hint = tr("Another program (or another MQTT Deck) is using the file; close it and try "
                  "again.");
        break;
    case kFull:
        hint = tr("Free some disk space and try again.");
        break;
    case kCantOpen:
        hint = tr("Check that the file and its folder exist and are writable.");
        break;
    case kCorrupt:
    case kNotADatabase:
        hint = tr("The file is damaged: move it away and MQTT Deck will start a new one.");
        break;
    case kIoError:
        hint = tr("The disk reported an error; check it and try again.");
        break;
    default:
        break;
    }
    const QString sentence =
        tr("Could not %1 in %2: %3 (SQLite).").arg(doing, m_shared->path, words);
    return hint.isEmpty() ? sentence : sentence + u' ' + hint;
}

Status Database::exec(const QString &doing, const QString &sql, const QVariantList &binds) const
{
    const QSqlDatabase db = connection();
    QSqlError error;
    if (!db.isOpen())
        return Status::failure(failure(doing, db.lastError()));
    if (!run(db, sql, binds, nullptr, &error))
        return Status::failure(failure(doing, error));
    return {};
}

Result<QList<Row>> Database::query(const QString &doing, const QString &sql,
                                   const QVariantList &binds) const
{
    const QSqlDatabase db = connection();
    QSqlError error;
    if (!db.isOpen())
        return Status::failure(failure(doing, db.lastError()));
    QList<Row> rows;
    if (!run(db, sql, binds, &rows, &error))
        return Status::failure(failure(doing, error));
    return rows;
}

Status Database::transaction(const QString &doing,
                             const std::function<Status(Transaction &)> &work) const
{
    const QSqlDatabase db = connection();
    QSqlError error;
    if (!db.isOpen())
        return Status::failure(failure(doing, db.lastError()));
    // IMMEDIATE takes the write lock now (waiting up to the busy timeout), rather than failing
    // half-way when a read turns into a write while another connection writes.
    if (!run(db, QStringLiteral("BEGIN IMMEDIATE"), {}, nullptr, &error))
        return Status::failure(failure(doing, error));
    Transaction t(*this, doing);
    Status status = work(t);
    if (status.ok() && !run(db, QStringLiteral("COMMIT"), {}, nullptr, &error))
        status = Status::failure(failure(doing, error));
    if (!status.ok())
        run(db, QStringLiteral("ROLLBACK"), {}, nullptr, nullptr); // fails only when SQLite has
                                                                    // already rolled back
    return status;
}

Result<int> Database::fileVersion() const
{
    Result<QList<Row>> rows = query(tr("read the schema version of %1").arg(what()),
                                    QStringLiteral("PRAGMA user_version"));
    if (!rows)
        return rows.status();
    return rows.value().value(0).value(0).toInt();
}

Status Database::open(Access access)
{
    Shared &s = *m_shared;
    removeConnections(s);
    const QFileInfo info(s.path);
    if (access == Access::ReadWrite && !QDir().mkpath(info.absolutePath()))
        return Status::failure(tr("Could not create the folder %1 for %2. Check that its parent "
                                  "folder is writable.")
                                   .arg(info.absolutePath(), s.what));
    if (access == Access::ReadOnly && !info.exists())
        return Status::failure(
            tr("%1 does not exist, so %2 cannot be read.").arg(s.path, s.what));
    {
        QMutexLocker lock(&s.mutex);
        s.access = access;
        s.opened = true;
    }
    Status status = [&]() -> Status {
        const QSqlDatabase db = connection();
        if (!db.isOpen())
            return Status::failure(failure(tr("open %1").arg(s.what), db.lastError()));
        // The first read of the file: a file that is not SQLite fails here, before anything
        // could be written to it.
        QList<Row> rows;
        QSqlError error;
        if (!run(db, QStringLiteral("PRAGMA user_version"), {}, &rows, &error)) {
            const int code = primaryCode(error);
            if (code == kNotADatabase || code == kCorrupt)
                return Status::failure(
                    tr("%1 cannot hold %2: it is not an SQLite database (damaged, or another "
                       "program's file). Nothing was changed; move it away (or choose another "
                       "file) and MQTT Deck will start a new one.")
                        .arg(s.path, s.what));
            return Status::failure(failure(tr("read %1").arg(s.what), error));
        }
        const int current = rows.value(0).value(0).toInt();
        if (current > knownVersion())
            return Status::failure(
                tr("%1 was written by a newer MQTT Deck (schema %2, this build knows %3); nothing "
                   "was changed. Update MQTT Deck, or choose another file for %4.")
                    .arg(s.path)
                    .arg(current)
                    .arg(knownVersion())
                    .arg(s.what));
        if (access == Access::ReadOnly) {
            if (current < knownVersion())
                return Status::failure(tr("%1 holds %2 in an older schema (%3, this build needs "
                                          "%4) and is opened read-only, so it cannot be updated.")
                                           .arg(s.path, s.what)
                                           .arg(current)
                                           .arg(knownVersion()));
            return {};
        }
        // WAL: readers and the writer do not block each other. Some file systems (network
        // shares) cannot do WAL; SQLite then keeps its rollback journal, which still works.
        if (!run(db, QStringLiteral("PRAGMA journal_mode = WAL"), {}, &rows, &error))
            return Status::failure(failure(tr("prepare %1").arg(s.what), error));
        for (const Migration &m : std::as_const(s.migrations)) {
            if (m.version <= current)
                continue;
            const Status step = transaction(
                tr("update %1 to schema %2 (%3)")
                    .arg(s.what)
                    .arg(m.version)
                    .arg(QCoreApplication::translate("Migration", m.description.toUtf8())),
                [&](Transaction &t) -> Status {
                    for (const QString &statement : m.statements)
                        if (Status e = t.exec(statement); !e)
                            return e;
                    // Inside the transaction: the version moves with the schema or not at all.
                    return t.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version));
                });
            if (!step)
                return step;
        }
        return {};
    }();
    if (!status)
        removeConnections(s);
    return status;
}

Status Transaction::exec(const QString &sql, const QVariantList &binds)
{
    QSqlError error;
    if (!run(m_db.connection(), sql, binds, nullptr, &error))
        return Status::failure(m_db.failure(m_doing, error));
    return {};
}

Result<QList<Row>> Transaction::query(const QString &sql, const QVariantList &binds)
{
    QSqlError error;
    QList<Row> rows;
    if (!run(m_db.connection(), sql, binds, &rows, &error))
        return Status::failure(m_db.failure(m_doing, error));
    return rows;
}

Result<qint64> Transaction::insert(const QString &sql, const QVariantList &binds)
{
    QSqlError error;
    qint64 id = 0;
    if (!run(m_db.connection(), sql, binds, nullptr, &error, &id))
        return Status::failure(m_db.failure(m_doing, error));
    return id;
}

} // namespace deck::storage
