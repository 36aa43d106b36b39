#pragma once

#include "ConnectionProfile.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace deck::profiles {

/// Saved connection profiles and the Publish page's sent messages in an SQLite database
/// (profiles.sqlite in the user's data directory by default), through storage::Database: the
/// schema is versioned and migrated forward on open, one transaction per step; a database written
/// by a newer MQTT Deck, or a file that is not SQLite, is refused and left as it is. Every query is
/// checked: writes return the error in words; reads return what they can and leave the error in
/// lastError(). Secrets are never stored here.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
public:
    ProfileStore();
    ~ProfileStore();
    ProfileStore(const ProfileStore &) = delete;
    ProfileStore &operator=(const ProfileStore &) = delete;

    /// The schema version this build writes.
    static constexpr int kSchemaVersion = 6;
    static QList<storage::Migration> migrations();
    /// <AppDataLocation>/profiles.sqlite
    static QString defaultPath();

    /// Opens (creating and migrating as needed); returns an error sentence, or empty. ReadOnly:
    /// SQLite refuses every write (for tools that only read, and for tests: unlike file
    /// permissions it holds for root too).
    QString open(const QString &path = defaultPath(),
                 storage::Database::Access access = storage::Database::Access::ReadWrite);
    bool isOpen() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    /// The last failed read (list, find…, recentSent) in words; empty when the last read worked.
    QString lastError() const { return m_lastError; }

    QList<ConnectionProfile> list() const; ///< by name
    std::optional<ConnectionProfile> findByName(const QString &name) const;
    std::optional<ConnectionProfile> findById(const QString &id) const;
    /// Inserts or updates (by id; a new id is made when empty). Returns an error sentence (a name
    /// already taken, an empty name, a write failure) or empty; `profile.id` is filled in.
    QString save(ConnectionProfile &profile);
    QString remove(const QString &id);
    /// Saves only a profile's board settings (the rest as stored): what the Fleet and Retained
    /// pages change while connected.
    QString saveBoards(const QString &id, const fleet::BoardSettings &boards);

    /// Messages sent from the Publish page (all brokers), newest first, at most `limit`.
    QList<SentMessage> recentSent(int limit = 200) const;
    /// Messages sent to `broker` (a server URI, as in SentMessage::broker), newest first.
    QList<SentMessage> recentSent(const QString &broker, int limit) const;
    /// Stores a sent message (filling `message.id`) and keeps only the newest `keep` sent to its
    /// broker. Synchronous (not through a storage::AppendWriter): the page needs the row's id at
    /// once to record the broker's answer later, and a person clicking Publish is no append-heavy
    /// load.
    QString appendSent(SentMessage &message, int keep = 1000);
    /// Records the broker's answer, as SentAnswer codes (never a sentence).
    QString setSentAnswer(qint64 id, const QString &answer);

private:
    /// Profiles (with their subscriptions) matching `where` (one bound value), by name.
    QList<ConnectionProfile> select(const QString &where, const QVariant &value) const;
    QList<SentMessage> selectSent(const QString &where, const QVariantList &binds) const;
    /// `s`'s error (or nothing) as the callers' sentence.
    QString said(const storage::Status &s) const;
    std::unique_ptr<storage::Database> m_db;
    QString m_path;
    mutable QString m_lastError;
};

} // namespace deck::profiles
