#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace deck::profiles {

/// What a keychain operation came to.
struct SecretResult
{
    enum class Status { Ok, NotFound, NoKeychain, Denied, Failed };
    Status status = Status::Ok;
    std::optional<QString> secret; ///< read only
    QString error;                 ///< in words, for anything but Ok
    bool ok() const { return status == Status::Ok; }
};

/// Passwords and key passphrases in the OS keychain (QtKeychain: Secret Service on Linux,
/// Keychain on macOS, Credential Manager on Windows), never in a file. QtKeychain's plain-text
/// fallback is never enabled: without a keychain, operations fail with Status::NoKeychain and
/// the caller asks the user, who may keep the secret in memory for this session only.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(QString service = QStringLiteral("MQTT Deck"), QObject *parent = nullptr);

    using Callback = std::function<void(const SecretResult &)>;
    /// Asynchronous: `done` runs later in this object's thread.
    void read(const QString &key, Callback done);
    void write(const QString &key, const QString &secret, Callback done);
    void remove(const QString &key, Callback done);

    /// Blocking variants (a local event loop) for command-line use and tests.
    SecretResult readNow(const QString &key);
    SecretResult writeNow(const QString &key, const QString &secret);
    SecretResult removeNow(const QString &key);

    /// Secrets typed by the user when no keychain was available, kept in memory only.
    void rememberForSession(const QString &key, const QString &secret)
    {
        m_session.insert(key, secret);
    }
    std::optional<QString> sessionSecret(const QString &key) const;
    void forgetSession(const QString &key) { m_session.remove(key); }

private:
    QString m_service;
    QHash<QString, QString> m_session;
};

} // namespace deck::profiles
