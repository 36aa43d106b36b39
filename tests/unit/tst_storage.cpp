// The storage layer (core/storage): migrations in order and once; a newer schema, a file that is
// not SQLite and a read-only database each refused or failed in words with nothing already stored
// lost (bytes compared); a failed transaction rolls back; one connection per thread; the writer
// thread keeps order across threads and says its failures.

#include "profiles/ProfileStore.h"
#include "storage/AppendWriter.h"
#include "storage/Database.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace deck;
using namespace deck::storage;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<Migration> notes(int upTo)
{
    const QList<Migration> all = {
        {1, QStringLiteral("notes"),
         {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE)")}},
        {2, QStringLiteral("a first note"),
         {QStringLiteral("INSERT INTO notes (text) VALUES ('from migration 2')")}},
        {3, QStringLiteral("authors"),
         {QStringLiteral("ALTER TABLE notes ADD COLUMN author TEXT NOT NULL DEFAULT ''")}},
    };
    return all.mid(0, upTo);
}

int count(const Database &db, const QString &table)
{
    const Result<QList<Row>> rows =
        db.query(QStringLiteral("count"), QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    return rows ? rows.value().value(0).value(0).toInt() : -1;
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT
private slots:
    void migratesInOrderAndOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/notes.sqlite"));
        {
            Database db(QStringLiteral("the notes"), path, notes(2));
            const Status s = db.open();
            QVERIFY2(s.ok(), qPrintable(s.error()));
            QCOMPARE(db.fileVersion().value(), 2);
            QCOMPARE(count(db, QStringLiteral("notes")), 1);
        }
        {
            // Reopened with a third step: only that one runs (migration 2's row is not doubled).
            Database db(QStringLiteral("the notes"), path, notes(3));
            QVERIFY(db.open().ok());
            QCOMPARE(db.fileVersion().value(), 3);
            QCOMPARE(count(db, QStringLiteral("notes")), 1);
            QVERIFY(db.exec(QStringLiteral("add"),
                            QStringLiteral("INSERT INTO notes (text, author) VALUES ('b', 'me')"))
                        .ok());
            const Result<QList<Row>> journal =
                db.query(QStringLiteral("mode"), QStringLiteral("PRAGMA journal_mode"));
            QCOMPARE(journal.value().value(0).value(0).toString(), QStringLiteral("wal"));
            const Result<QList<Row>> fk =
                db.query(QStringLiteral("fk"), QStringLiteral("PRAGMA foreign_keys"));
            QCOMPARE(fk.value().value(0).value(0).toInt(), 1);
        }
        {
            // A step that fails leaves the file at the version before it, in words.
            QList<Migration> broken = notes(3);
            broken.append({4, QStringLiteral("tags"),
                           {QStringLiteral("CREATE TABLE tags (name TEXT)"),
                            QStringLiteral("INSERT INTO missing_table VALUES (1)")}});
            Database db(QStringLiteral("the notes"), path, broken);
            const Status s = db.open();
            QVERIFY(!s.ok());
            QVERIFY2(s.error().contains(QStringLiteral("schema 4")) &&
                         s.error().contains(QStringLiteral("no such table: missing_table")) &&
                         s.error().contains(path),
                     qPrintable(s.error()));
            QVERIFY(!db.isOpen());
        }
        Database db(QStringLiteral("the notes"), path, notes(3));
        QVERIFY(db.open().ok());
        QCOMPARE(db.fileVersion().value(), 3);
        QCOMPARE(count(db, QStringLiteral("tags")), -1); // the failed step's first table is gone
        QCOMPARE(count(db, QStringLiteral("notes")), 2);
    }

    void refusesANewerSchemaUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            Database newer(QStringLiteral("the notes"), path, notes(3));
            QVERIFY(newer.open().ok());
            QVERIFY(newer.exec(QStringLiteral("bump"), QStringLiteral("PRAGMA user_version = 9"))
                        .ok());
            QVERIFY(newer.exec(QStringLiteral("checkpoint"),
                               QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))
                        .ok());
        }
        const QByteArray before = bytesOf(path);
        QVERIFY(!before.isEmpty());
        Database db(QStringLiteral("the notes"), path, notes(3));
        const Status s = db.open();
        QVERIFY2(s.error().contains(QStringLiteral("written by a newer MQTT Deck (schema 9, this "
                                                   "build knows 3); nothing was changed")) &&
                     s.error().contains(path),
                 qPrintable(s.error()));
        QVERIFY(!db.isOpen());
        QCOMPARE(bytesOf(path), before);
    }

    void refusesACorruptFileUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("junk.sqlite"));
        QByteArray junk(8192, '\0');
        QRandomGenerator rng(42);
        for (char &c : junk)
            c = char(rng.bounded(256));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(junk);
        }
        Database db(QStringLiteral("the notes"), path, notes(3));
        const Status s = db.open();
        QVERIFY2(s.error().contains(path) &&
                     s.error().contains(QStringLiteral("not an SQLite database")) &&
                     s.error().contains(QStringLiteral("move it away")),
                 qPrintable(s.error()));
        QCOMPARE(bytesOf(path), junk);
        // The saved connections say the same about such a file, and keep its bytes too.
        profiles::ProfileStore store;
        const QString e = store.open(path);
        QVERIFY2(e.contains(QStringLiteral("the saved connections")) &&
                     e.contains(QStringLiteral("not an SQLite database")),
                 qPrintable(e));
        QCOMPARE(bytesOf(path), junk);
    }

    void readOnlyFileFailsInWordsAndKeepsEverything()
    {
        // Tests run as root, which file permissions do not stop: SQLite's own read-only mode is
        // what a user meets with a file without write permission (SQLite opens it read-only).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        Database writable(QStringLiteral("the notes"), path, notes(3));
        QVERIFY(writable.open().ok());
        for (int i = 0; i < 3; ++i)
            QVERIFY(writable
                        .exec(QStringLiteral("add"),
                              QStringLiteral("INSERT INTO notes (text) VALUES (?)"), {i})
                        .ok());
        Database readOnly(QStringLiteral("the notes"), path, notes(3));
        QVERIFY(readOnly.open(Database::Access::ReadOnly).ok());
        QCOMPARE(count(readOnly, QStringLiteral("notes")), 4);
        const Status s = readOnly.transaction(QStringLiteral("save the notes"), [](Transaction &t) {
            return t.exec(QStringLiteral("DELETE FROM notes"));
        });
        QVERIFY2(s.error() == QStringLiteral("Could not save the notes in %1: attempt to write a "
                                             "readonly database (SQLite). Check that the file and "
                                             "its folder are writable.")
                                  .arg(path),
                 qPrintable(s.error()));
        QCOMPARE(count(readOnly, QStringLiteral("notes")), 4);
        QCOMPARE(count(writable, QStringLiteral("notes")), 4);

        // The saved connections: a save and a delete fail in words; both profiles stay.
        const QString profilesPath = dir.filePath(QStringLiteral("profiles.sqlite"));
        profiles::ProfileStore store;
        QCOMPARE(store.open(profilesPath), QString());
        for (const char *name : {"Lab", "Production"}) {
            profiles::ConnectionProfile p;
            p.name = QString::fromLatin1(name);
            p.options.host = QStringLiteral("%1.example").arg(p.name);
            QCOMPARE(store.save(p), QString());
        }
        profiles::ProfileStore locked;
        QCOMPARE(locked.open(profilesPath, Database::Access::ReadOnly), QString());
        profiles::ConnectionProfile lab = *locked.findByName(QStringLiteral("Lab"));
        lab.options.host = QStringLiteral("changed.example");
        const QString e = locked.save(lab);
        QVERIFY2(e.contains(QStringLiteral("Could not save \"Lab\" in %1").arg(profilesPath)) &&
                     e.contains(QStringLiteral("attempt to write a readonly database")),
                 qPrintable(e));
        QVERIFY(locked.remove(lab.id).contains(QStringLiteral("readonly database")));
        profiles::SentMessage m;
        m.topic = QStringLiteral("a");
        QVERIFY(locked.appendSent(m).contains(QStringLiteral("readonly database")));
        QCOMPARE(m.id, 0);
        QCOMPARE(store.list().size(), 2);
        QCOMPARE(store.findByName(QStringLiteral("Lab"))->options.host,
                 QStringLiteral("Lab.example"));
        QCOMPARE(locked.list().size(), 2);
    }

    void failedTransactionRollsBack()
    {
        QTemporaryDir dir;
        Database db(QStringLiteral("the notes"), dir.filePath(QStringLiteral("n.sqlite")), notes(3));
        QVERIFY(db.open().ok());
        const Status s = db.transaction(QStringLiteral("add two notes"), [](Transaction &t) {
            if (Status first = t.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('one')"));
                !first)
                return first;
            return t.exec(QStringLiteral("INSERT INTO notes (text) VALUES (NULL)"));
        });
        QVERIFY2(s.error().contains(QStringLiteral("Could not add two notes")) &&
                     s.error().contains(QStringLiteral("NOT NULL constraint failed: notes.text")),
                 qPrintable(s.error()));
        QCOMPARE(count(db, QStringLiteral("notes")), 1); // only migration 2's note
        // The connection is usable afterwards (no transaction left open).
        QVERIFY(db.transaction(QStringLiteral("add"), [](Transaction &t) {
                      return t.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('two')"));
                  }).ok());
        QCOMPARE(count(db, QStringLiteral("notes")), 2);
    }

    void oneConnectionPerThread()
    {
        QTemporaryDir dir;
        Database db(QStringLiteral("the notes"), dir.filePath(QStringLiteral("n.sqlite")), notes(3));
        QVERIFY(db.open().ok());
        const QString mine = db.connection().connectionName();
        QVERIFY(!mine.isEmpty());
        QString theirs;
        int seen = -1;
        std::thread worker([&] {
            theirs = db.connection().connectionName();
            seen = count(db, QStringLiteral("notes"));
            QVERIFY(db.exec(QStringLiteral("add"),
                            QStringLiteral("INSERT INTO notes (text) VALUES ('from a thread')"))
                        .ok());
        });
        worker.join();
        QVERIFY(!theirs.isEmpty());
        QVERIFY(theirs != mine);
        QCOMPARE(seen, 1);
        QCOMPARE(count(db, QStringLiteral("notes")), 2);
        // The thread's connection went with it; the main thread's stays.
        QVERIFY(!QSqlDatabase::connectionNames().contains(theirs));
        QVERIFY(QSqlDatabase::connectionNames().contains(mine));
    }

    void appendWriterKeepsOrderAndSaysFailures()
    {
        QTemporaryDir dir;
        Database db(QStringLiteral("the trace"), dir.filePath(QStringLiteral("t.sqlite")),
                    {{1,
                      QStringLiteral("rows"),
                      {QStringLiteral("CREATE TABLE rows (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                                      "writer INTEGER NOT NULL, seq INTEGER NOT NULL, "
                                      "UNIQUE (writer, seq))")}}});
        QVERIFY(db.open().ok());
        const QString insert = QStringLiteral("INSERT INTO rows (writer, seq) VALUES (?, ?)");
        AppendWriter writer(db, QStringLiteral("record the trace"), 256);
        QSignalSpy failed(&writer, &AppendWriter::failed);
        constexpr int kPerThread = 5000;
        auto produce = [&](int who) {
            for (int i = 0; i < kPerThread; ++i)
                writer.append(insert, {who, i});
        };
        std::thread a(produce, 1), b(produce, 2);
        a.join();
        b.join();
        const Status ok = writer.flush();
        QVERIFY2(ok.ok(), qPrintable(ok.error()));
        const Result<QList<Row>> rows = db.query(
            QStringLiteral("read"), QStringLiteral("SELECT writer, seq FROM rows ORDER BY id"));
        QCOMPARE(rows.value().size(), 2 * kPerThread);
        int next[3] = {0, 0, 0};
        for (const Row &r : rows.value()) {
            const int who = r.value(0).toInt();
            QCOMPARE(r.value(1).toInt(), next[who]); // each thread's rows in its own order
            ++next[who];
        }

        // A duplicate fails in words; the rows around it are written.
        writer.append(insert, {1, 0});
        writer.append(insert, {3, 0});
        const Status dup = writer.flush();
        QVERIFY2(dup.error().contains(QStringLiteral("Could not record the trace")) &&
                     dup.error().contains(QStringLiteral("UNIQUE constraint failed")) &&
                     dup.error().contains(QStringLiteral("1 row(s) were not written")),
                 qPrintable(dup.error()));
        QCOMPARE(writer.rowsNotWritten(), quint64(1));
        QCOMPARE(count(db, QStringLiteral("rows")), 2 * kPerThread + 1);
        QCOMPARE(failed.size(), 1); // emitted before flush() returned
        QCOMPARE(failed.first().at(1).toInt(), 1);
        QVERIFY(writer.flush().ok()); // said once
        QVERIFY(!writer.error().isEmpty());
    }

    void appendWriterOnAReadOnlyFileLosesTheBatchLoudly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        const QList<Migration> schema = {
            {1, QStringLiteral("rows"), {QStringLiteral("CREATE TABLE rows (v INTEGER)")}}};
        Database writable(QStringLiteral("the trace"), path, schema);
        QVERIFY(writable.open().ok());
        Database readOnly(QStringLiteral("the trace"), path, schema);
        QVERIFY(readOnly.open(Database::Access::ReadOnly).ok());
        AppendWriter writer(readOnly, QStringLiteral("record the trace"));
        for (int i = 0; i < 10; ++i)
            writer.append(QStringLiteral("INSERT INTO rows (v) VALUES (?)"), {i});
        const Status s = writer.flush();
        QVERIFY2(s.error().contains(QStringLiteral("readonly database")), qPrintable(s.error()));
        QCOMPARE(writer.rowsNotWritten(), quint64(10));
        QCOMPARE(count(writable, QStringLiteral("rows")), 0);
    }

    void profileStoreListsSentMessagesPerBroker()
    {
        QTemporaryDir dir;
        profiles::ProfileStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("p.sqlite"))), QString());
        for (int i = 0; i < 6; ++i) {
            profiles::SentMessage m;
            m.broker = i % 2 ? QStringLiteral("tcp://a:1883") : QStringLiteral("tcp://b:1883");
            m.topic = QStringLiteral("t/%1").arg(i);
            QCOMPARE(store.appendSent(m, 2), QString()); // keep 2 per broker
        }
        const QList<profiles::SentMessage> a = store.recentSent(QStringLiteral("tcp://a:1883"), 10);
        QCOMPARE(a.size(), 2);
        QCOMPARE(a[0].topic, QStringLiteral("t/5"));
        QCOMPARE(a[1].topic, QStringLiteral("t/3"));
        QCOMPARE(store.recentSent(QStringLiteral("tcp://b:1883"), 1).value(0).topic,
                 QStringLiteral("t/4"));
        QCOMPARE(store.recentSent(10).size(), 4);
        QCOMPARE(store.lastError(), QString());
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
