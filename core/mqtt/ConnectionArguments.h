#pragma once

#include "ConnectionOptions.h"

#include <QCoreApplication>
#include <QStringList>

namespace deck::mqtt {

/// Connection settings read from the command line, with the flags of mosquitto_sub and
/// mosquitto_pub (-h -p -i -u -P -k -c -V -D --cafile --cert --key --insecure --will-*) so that
/// support engineers' habits work unchanged. Shared by mqttdeck-cli and the GUI.
///
/// Written by hand rather than with QCommandLineParser: mosquitto's `-D command identifier value`
/// takes two or three values and `-h` means host, neither of which QCommandLineParser supports.
struct ParsedConnectionArguments
{
    ConnectionOptions options;
    MessageProperties publishProperties; ///< -D publish ...
    quint32 subscriptionIdentifier = 0;  ///< -D subscribe subscription-identifier N
    bool transportGiven = false;
    QString urlTopic;              ///< -L URL: the topic (pub) or filter (sub) in its path
    bool promptPassword = false;   ///< --pw-prompt
    bool promptPassphrase = false; ///< --key-passphrase-prompt
};

class ConnectionArguments
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionArguments)
public:
    enum class Outcome { NotMine, Consumed, Error };

    /// Reads args[index] (and the values that follow it) if it is a connection flag; on
    /// Consumed, `index` points at the last value read.
    static Outcome consume(const QStringList &args, int &index, ParsedConnectionArguments &out,
                           QString *error);
    /// Applies the rules that depend on several flags (TLS implied by --cafile, -c under
    /// MQTT 5 keeps the session forever unless -x is given) and gathers the secrets not given on
    /// the command line: MQTTDECK_PASSWORD / MQTTDECK_KEY_PASSPHRASE when no flag gave them, and
    /// the terminal prompts. Returns what went wrong, in words (empty when nothing did).
    static QString finish(ParsedConnectionArguments &out);
    /// Help lines for the connection flags.
    static QString help();
};

} // namespace deck::mqtt
