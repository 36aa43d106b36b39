#pragma once

#include "mqtt/ConnectionOptions.h"

#include <QCoreApplication>

#include <optional>

namespace deck::cli {

class ArgumentCursor;

/// The observing identity of acl-probe and check: --observer-user/--observer-pw, a client
/// certificate (--observer-cert/--observer-key), or a saved connection (--observer-profile,
/// --profiles-file).
class ObserverArguments
{
    Q_DECLARE_TR_FUNCTIONS(ObserverArguments)
public:
    enum class Outcome { NotMine, Consumed, Error };
    /// Reads `flag` (the cursor's current argument) and its value when it is one of ours.
    Outcome consume(const QString &flag, ArgumentCursor &cursor);
    /// The observer's options (none when no observer flag was given), or an error in words.
    QString options(const mqtt::ConnectionOptions &probed,
                    std::optional<mqtt::ConnectionOptions> *out) const;
    static QString help();

private:
    QString m_user, m_password, m_cert, m_key, m_profile, m_profilesFile;
    bool m_passwordGiven = false;
};

} // namespace deck::cli
