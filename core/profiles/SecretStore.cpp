#include "SecretStore.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace deck::profiles {

namespace {

// libsecret reports a missing session bus or Secret Service as a generic error ("Cannot
// autolaunch D-Bus…", "Failed to execute child process dbus-launch…", "Object does not exist at
// path /org/freedesktop/secrets/…"); to the user it is the same situation as no keychain at all.
bool unreachable(const QString &error)
{
    return error.contains(QLatin1String("dbus"), Qt::CaseInsensitive) ||
           error.contains(QLatin1String("d-bus"), Qt::CaseInsensitive) ||
           error.contains(QLatin1String("freedesktop/secrets")) ||
           error.contains(QLatin1String("org.freedesktop.secrets"));
}

SecretResult resultOf(const QKeychain::Job &job)
{
    SecretResult r;
    const QKeychain::Error error = job.error();
    if (error == QKeychain::NoError)
        return r;
    if (error == QKeychain::EntryNotFound) {
        r.status = SecretResult::Status::NotFound;
        r.error = SecretStore::tr("The keychain holds no secret for this connection.");
    } else if (error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented ||
               unreachable(job.errorString())) {
        r.status = SecretResult::Status::NoKeychain;
        r.error =
            SecretStore::tr("No keychain is available (%1). On Linux, a Secret Service such as "
                            "GNOME Keyring or KWallet must run in the session.")
                .arg(job.errorString());
    } else if (error == QKeychain::AccessDeniedByUser || error == QKeychain::AccessDenied) {
        r.status = SecretResult::Status::Denied;
        r.error = SecretStore::tr("The keychain refused access: %1").arg(job.errorString());
    } else {
        r.status = SecretResult::Status::Failed;
        r.error = SecretStore::tr("The keychain failed: %1").arg(job.errorString());
    }
    return r;
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
