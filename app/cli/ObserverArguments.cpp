#include "ObserverArguments.h"

#include "ArgumentCursor.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

namespace deck::cli {

ObserverArguments::Outcome ObserverArguments::consume(const QString &flag, ArgumentCursor &cursor)
{
    QString *field = flag == QLatin1String("--observer-user")      ? &m_user
                     : flag == QLatin1String("--observer-pw")      ? &m_password
                     : flag == QLatin1String("--observer-cert")    ? &m_cert
                     : flag == QLatin1String("--observer-key")     ? &m_key
                     : flag == QLatin1String("--observer-profile") ? &m_profile
                     : flag == QLatin1String("--profiles-file")    ? &m_profilesFile
                                                                   : nullptr;
    if (!field)
        return Outcome::NotMine;
    if (!cursor.value(field))
        return Outcome::Error;
    m_passwordGiven |= field == &m_password;
    return Outcome::Consumed;
}

QString ObserverArguments::help()
{
    return tr("  --observer-user U, --observer-pw P\n"
              "                        the observer: the same broker and options, this account\n"
              "  --observer-cert FILE, --observer-key FILE\n"
              "                        the observer's client certificate (mutual TLS)\n"
              "  --observer-profile NAME  the observer from a saved connection (its password\n"
              "                        from the keychain); --profiles-file chooses the file\n");
}

QString ObserverArguments::options(const mqtt::ConnectionOptions &probed,
                                   std::optional<mqtt::ConnectionOptions> *out) const
{
    if (!m_profile.isEmpty()) {
        profiles::ProfileStore store;
        const QString path =
            m_profilesFile.isEmpty() ? profiles::ProfileStore::defaultPath() : m_profilesFile;
        if (const QString e = store.open(path, storage::Database::Access::ReadOnly); !e.isEmpty())
            return e;
        const auto profile = store.findByName(m_profile);
        if (!profile)
            return tr("no saved connection is called \"%1\" in %2.").arg(m_profile, path);
        mqtt::ConnectionOptions o = profile->options;
        if (profile->savePassword) {
            profiles::SecretStore secrets;
            const profiles::SecretResult r = secrets.readNow(profile->passwordKey());
            if (!r.ok())
                return tr("the password of \"%1\" could not be read from the keychain: %2")
                    .arg(m_profile, r.error);
            o.password = r.secret.value_or(QString());
        }
        o.clientId.clear();
        *out = o;
        return {};
    }
    if (m_user.isEmpty() && m_cert.isEmpty())
        return {};
    mqtt::ConnectionOptions o = probed; // the same broker, another identity
    o.clientId.clear();
    o.username = m_user;
    o.password = m_passwordGiven ? m_password : QString();
    if (!m_cert.isEmpty() || !m_key.isEmpty()) {
        if (m_cert.isEmpty() || m_key.isEmpty())
            return tr("--observer-cert and --observer-key go together.");
        o.tls.certFile = m_cert;
        o.tls.keyFile = m_key;
        o.tls.keyPassphrase.clear();
    }
    if (const QStringList errors = o.validate(); !errors.isEmpty())
        return tr("the observer: %1").arg(errors.join(QLatin1Char(' ')));
    *out = o;
    return {};
}

} // namespace deck::cli
