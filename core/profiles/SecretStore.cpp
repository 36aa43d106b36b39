#include "SecretStore.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace deck::profiles {

namespace {

SecretResult resultOf(const QKeychain::Job &job)
{
    SecretResult r;
    switch (job.error()) {
    case QKeychain::NoError:
        r.status = SecretResult::Status::Ok;
        return r;
    case QKeychain::EntryNotFound:
        r.status = SecretResult::Status::NotFound;
        r.error = SecretStore::tr("The keychain holds no secret for this connection.");
        return r;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.status = SecretResult::Status::NoKeychain;
        r.error =
            SecretStore::tr("No keychain is available (%1). On Linux, a Secret Service such as "
                            "GNOME Keyring or KWallet must run in the session.")
                .arg(job.errorString());
        return r;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        r.status = SecretResult::Status::Denied;
        r.error = SecretStore::tr("The keychain refused access: %1").arg(job.errorString());
        return r;
    default:
        // libsecret reports a missing session bus or Secret Service as a generic error; to the
        // user it is the same situation as no keychain at all.
        // ("Cannot autolaunch D-Bus…", "Failed to execute child process dbus-launch…", "Object
        // does not exist at path /org/freedesktop/secrets/…").
        if (job.errorString().contains(QLatin1String("dbus"), Qt::CaseInsensitive) ||
            job.errorString().contains(QLatin1String("d-bus"), Qt::CaseInsensitive) ||
            job.errorString().contains(QLatin1String("freedesktop/secrets")) ||
            job.errorString().contains(QLatin1String("org.freedesktop.secrets"))) {
            r.status = SecretResult::Status::NoKeychain;
            r.error =
                SecretStore::tr("No keychain is available (%1). On Linux, a Secret Service such as "
                                "GNOME Keyring or KWallet must run in the session.")
                    .arg(job.errorString());
            return r;
        }
        r.status = SecretResult::Status::Failed;
        r.error = SecretStore::tr("The keychain failed: %1").arg(job.errorString());
        return r;
    }
}

template <typename Async> SecretResult blocking(Async start)
{
    SecretResult result;
    QEventLoop loop;
    start([&](const SecretResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent), m_service(std::move(service))
{
}

namespace {
// Every job: deleted when done, and never QtKeychain's plain-text fallback.
template <typename Job> Job *makeJob(const QString &service, const QString &key, QObject *parent)
{
    auto *job = new Job(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}
} // namespace

void SecretStore::read(const QString &key, Callback done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        SecretResult r = resultOf(*j);
        if (r.ok())
            r.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        done(r);
    });
    job->start();
}

void SecretStore::write(const QString &key, const QString &secret, Callback done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key, this);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this,
            [done](QKeychain::Job *j) { done(resultOf(*j)); });
    job->start();
}

void SecretStore::remove(const QString &key, Callback done)
{
    m_session.remove(key);
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        SecretResult r = resultOf(*j);
        if (r.status == SecretResult::Status::NotFound)
            r = SecretResult{}; // nothing to delete is not a failure
        done(r);
    });
    job->start();
}

SecretResult SecretStore::readNow(const QString &key)
{
    return blocking([&](Callback cb) { read(key, std::move(cb)); });
}

SecretResult SecretStore::writeNow(const QString &key, const QString &secret)
{
    return blocking([&](Callback cb) { write(key, secret, std::move(cb)); });
}

SecretResult SecretStore::removeNow(const QString &key)
{
    return blocking([&](Callback cb) { remove(key, std::move(cb)); });
}

std::optional<QString> SecretStore::sessionSecret(const QString &key) const
{
    const auto it = m_session.constFind(key);
    return it == m_session.constEnd() ? std::nullopt : std::optional<QString>(*it);
}

} // namespace deck::profiles
