#include "Cli.h"

namespace deck::test {

QString cliPath()
{
    return QStringLiteral(MQTTDECK_CLI_PATH);
}

CliResult runCli(const QStringList &args, int timeoutMs, const QByteArray &stdinData)
{
    CliResult r;
    QProcess p;
    p.start(cliPath(), args);
    if (!p.waitForStarted(5000))
        return r;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(2000);
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace deck::test
