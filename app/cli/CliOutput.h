#pragma once

#include "mqtt/Results.h"

#include <QCoreApplication>
#include <QString>

namespace deck::cli {

/// Exit codes shared by every subcommand (documented in docs/cli.md).
enum ExitCode {
    ExitOk = 0,
    ExitUsage = 1,         ///< bad arguments or options refused before connecting
    ExitConnectFailed = 2, ///< no connection (network, TLS, CONNACK refusal)
    ExitRefused = 3,       ///< the broker refused a subscription or a publish
    ExitConnectionLost = 4,
    ExitTimeout = 5, ///< -W elapsed
};

/// Writes to stderr in words, for people and logs.
class CliOutput
{
    Q_DECLARE_TR_FUNCTIONS(CliOutput)
public:
    static void error(const QString &text);
    static void warning(const QString &text);
    static void connectFailure(const mqtt::ConnectResult &result);
    static void lost(const mqtt::DisconnectInfo &info);
    /// Returns false when any filter was refused (and says which and why).
    static bool subscribeOutcome(const mqtt::SubscribeResult &result);
};

} // namespace deck::cli
