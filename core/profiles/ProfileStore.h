#pragma once

#include "ConnectionProfile.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <optional>

namespace deck::profiles {

/// Saved connection profiles in an SQLite database (the user's data directory by default). The
/// schema is versioned (PRAGMA user_version) and migrated forward on open, one transaction per
/// step; a database written by a newer MQTT Deck is refused rather than damaged. Secrets are
/// never stored here.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
public:
    ProfileStore();
    ~ProfileStore();
    ProfileStore(const ProfileStore &) = delete;
    ProfileStore &operator=(const ProfileStore &) = delete;

    /// The schema version this build writes.
    static constexpr int kSchemaVersion = 3;
    /// <AppDataLocation>/profiles.sqlite
    static QString defaultPath();

    /// Opens (creating and migrating as needed); returns an error sentence, or empty.
    QString open(const QString &path = defaultPath());
    bool isOpen() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    QList<ConnectionProfile> list() const; ///< by name
    std::optional<ConnectionProfile> findByName(const QString &name) const;
    std::optional<ConnectionProfile> findById(const QString &id) const;
    /// Inserts or updates (by id; a new id is made when empty). Returns an error sentence (a name
    /// already taken, an empty name, a write failure) or empty; `profile.id` is filled in.
    QString save(ConnectionProfile &profile);
    QString remove(const QString &id);

    /// Messages sent from the Publish page (all connections), newest first, at most `limit`.
    QList<SentMessage> recentSent(int limit = 200) const;
    /// Stores a sent message (filling `message.id`) and keeps only the newest `keep`.
    QString appendSent(SentMessage &message, int keep = 1000);
    QString setSentAnswer(qint64 id, const QString &answer);

private:
    QString migrate();
    /// Profiles (with their subscriptions) matching `where` (one bound value), by name.
    QList<ConnectionProfile> select(const QString &where, const QVariant &value) const;
    QString m_connection; // QSqlDatabase connection name, unique per store
    QString m_path;
};

} // namespace deck::profiles
