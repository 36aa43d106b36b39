#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace deck::test {

/// Runs the real mqttdeck-cli binary, as a user would.
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
};

QString cliPath();
/// Runs to completion (or kills it after timeoutMs).
CliResult runCli(const QStringList &args, int timeoutMs = 20000, const QByteArray &stdinData = {});

} // namespace deck::test
