#include "InteropSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcessEnvironment>

namespace deck::test::interop {

namespace {

QProcess *configure(QProcess *p, const QString &script, const QStringList &args, QString *error)
{
    const QString modules = QStringLiteral(MQTTDECK_INTEROP_MODULES);
    if (!QFileInfo(modules + QStringLiteral("/mqtt")).isDir() ||
        !QFileInfo(modules + QStringLiteral("/sparkplug-client")).isDir()) {
        *error = QStringLiteral("the npm packages are not installed in %1: run ctest with the "
                                "fixture interop.npm_ci (ctest -R interop)")
                     .arg(modules);
        return nullptr;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), modules);
    env.remove(QStringLiteral("DEBUG")); // the debug module would print Tahu's traces
    p->setProcessEnvironment(env);
    // MQTTDECK_INTEROP_NODE runs the scripts with another node (say Debian 12's Node 18).
    const QString node = qEnvironmentVariable("MQTTDECK_INTEROP_NODE");
    p->setProgram(node.isEmpty() ? QStringLiteral(MQTTDECK_NODE_PATH) : node);
    p->setArguments(QStringList{QStringLiteral(MQTTDECK_INTEROP_SCRIPTS "/") + script} + args);
    return p;
}

} // namespace

std::unique_ptr<QProcess> startNode(const QString &script, const QStringList &args, QString *error)
{
    auto p = std::make_unique<QProcess>();
    if (!configure(p.get(), script, args, error))
        return nullptr;
    p->start();
    if (!p->waitForStarted(10000)) {
        *error = QStringLiteral("node did not start: ") + p->errorString();
        return nullptr;
    }
    return p;
}

QByteArray runNode(const QString &script, const QStringList &args, int timeoutMs, QString *error)
{
    QProcess p;
    if (!configure(&p, script, args, error))
        return {};
    p.start();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        *error = QStringLiteral("node %1 did not finish in %2 ms: %3")
                     .arg(script)
                     .arg(timeoutMs)
                     .arg(QString::fromUtf8(p.readAllStandardError()));
        return {};
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("node %1 failed (%2): %3")
                     .arg(script)
                     .arg(p.exitCode())
                     .arg(QString::fromUtf8(p.readAllStandardError()));
        return {};
    }
    return p.readAllStandardOutput();
}

QJsonObject waitForJson(QProcess &p, const std::function<bool(const QJsonObject &)> &wanted,
                        int timeoutMs, QByteArray *seen)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        while (p.canReadLine()) {
            const QByteArray line = p.readLine();
            *seen += line;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (!o.isEmpty() && wanted(o))
                return o;
        }
        if (p.state() == QProcess::NotRunning && !p.canReadLine())
            break; // nothing more will come
        p.waitForReadyRead(50);
    }
    return {};
}

std::function<bool(const QJsonObject &)> said(const QString &name)
{
    return [name](const QJsonObject &o) {
        return o.value(QStringLiteral("event")).toString() == name;
    };
}

std::function<bool(const QJsonObject &)> fleetEntry(const QString &id, const QString &state)
{
    return [id, state](const QJsonObject &o) {
        return o.value(QStringLiteral("id")).toString() == id &&
               (state.isEmpty() || o.value(QStringLiteral("state")).toString() == state);
    };
}

QMap<QString, QJsonObject> byId(const QByteArray &jsonLines)
{
    QMap<QString, QJsonObject> out;
    for (const QByteArray &line : jsonLines.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.contains(QStringLiteral("id")))
            out.insert(o.value(QStringLiteral("id")).toString(), o);
    }
    return out;
}

void tell(QProcess &p, const QByteArray &line)
{
    p.write(line + '\n');
    p.waitForBytesWritten(2000);
}

QByteArray errorsOf(QProcess &p)
{
    return p.readAllStandardError();
}

} // namespace deck::test::interop
