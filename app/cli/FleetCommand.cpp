#include "FleetCommand.h"

#include "ArgumentCursor.h"
#include "CliOutput.h"
#include "fleet/FleetJson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include <cstdio>

namespace deck::cli {

using fleet::DeviceState;

FleetCommand::FleetCommand(QObject *parent) : QObject(parent)
{
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, &FleetCommand::printOnce);
}

QString FleetCommand::usage()
{
    return tr("Usage: mqttdeck-cli fleet [connection flags] [--preset NAME | --rules FILE]\n"
              "                          [--stale-after SECONDS] (--once [--wait SECONDS] | "
              "--watch) [--json]\n"
              "Shows the devices the broker's traffic reveals: status topics and wills, any\n"
              "message under a device, Sparkplug B births and deaths. Subscribes to '#' (and\n"
              "spBv1.0/#); publishes nothing.\n\n"
              "  --preset NAME         auto (default: all below), stream ({env}/{tenant}/{site}/\n"
              "                        {area}/{asset}/status), devices (devices/{id}/status),\n"
              "                        sparkplug\n"
              "  --rules FILE          device rules as JSON (see docs/cli.md)\n"
              "  --stale-after SECONDS a device silent for longer is stale (default 300)\n"
              "  --once                collect for --wait seconds (default 3: retained status\n"
              "                        arrives first), print the fleet, exit\n"
              "  --watch               print every change of state as it happens\n"
              "  --json                one JSON object per device per line\n\n") +
           mqtt::ConnectionArguments::help();
}

int FleetCommand::start(const QStringList &args)
{
    QString preset = QStringLiteral("auto"), rulesFile;
    int staleAfter = 0, waitSeconds = 3;
    bool once = false;
    ArgumentCursor cursor(args, m_args);
    while (cursor.next()) {
        const QString a = cursor.current();
        if (a == QLatin1String("--preset")) {
            if (!cursor.value(&preset))
                return ExitUsage;
        } else if (a == QLatin1String("--rules")) {
            if (!cursor.value(&rulesFile))
                return ExitUsage;
        } else if (a == QLatin1String("--stale-after")) {
            if (!cursor.number(1, 365 * 86400, &staleAfter))
                return ExitUsage;
        } else if (a == QLatin1String("--wait")) {
            if (!cursor.number(0, 86400, &waitSeconds))
                return ExitUsage;
        } else if (a == QLatin1String("--once")) {
            once = true;
        } else if (a == QLatin1String("--watch")) {
            m_watch = true;
        } else if (a == QLatin1String("--json")) {
            m_json = true;
        } else if (a == QLatin1String("--help")) {
            std::fputs(qPrintable(usage()), stdout);
            return ExitOk;
        } else {
            CliOutput::error(tr("unknown option \"%1\". See mqttdeck-cli fleet --help.").arg(a));
            return ExitUsage;
        }
    }
    if (cursor.failed())
        return ExitUsage;
    if (once == m_watch) {
        CliOutput::error(tr("say --once (print the fleet after --wait seconds) or --watch (print "
                            "each change), one of the two."));
        return ExitUsage;
    }
    if (const QString e = mqtt::ConnectionArguments::finish(m_args); !e.isEmpty()) {
        CliOutput::error(e);
        return ExitUsage;
    }
    std::optional<fleet::DeviceRules> rules;
    QString error;
    if (!rulesFile.isEmpty()) {
        QFile f(rulesFile);
        if (!f.open(QIODevice::ReadOnly)) {
            CliOutput::error(tr("cannot read the rules file %1: %2").arg(rulesFile, f.errorString()));
            return ExitUsage;
        }
        rules = fleet::DeviceRules::fromJson(f.readAll(), &error);
        if (!rules) {
            CliOutput::error(tr("%1: %2").arg(rulesFile, error));
            return ExitUsage;
        }
    } else {
        rules = fleet::DeviceRules::preset(preset, &error);
        if (!rules) {
            CliOutput::error(tr("--preset: %1").arg(error));
            return ExitUsage;
        }
    }
    if (staleAfter > 0)
        rules->setStaleAfterSeconds(staleAfter);

    ConnectionSettings settings;
    settings.options = m_args.options;
    mqtt::Subscription all;
    all.filter = QStringLiteral("#");
    all.qos = 1;
    settings.subscriptions = {all};
    // `#` covers spBv1.0/... too. Without "retain as published" the broker marks retained only
    // what it sends from its store on subscribing: a retained status is then not a sign of life.
    settings.retainAsPublished = false;
    settings.engine.keepTree = false;
    settings.engine.notifyIntervalMs = 200;
    settings.feedCapacity = 0;
    settings.retainedBoard = false;
    settings.fleet = false; // its own stage below, with the rules asked for
    m_context = std::make_unique<ConnectionContext>(QStringLiteral("cli"), settings);
    m_stage = std::make_shared<fleet::FleetStage>(*rules);
    m_context->engine().addStage(m_stage);
    mqtt::Session *session = &m_context->session();
    connect(session, &mqtt::Session::connectFailed, this, [this](const mqtt::ConnectResult &r) {
        CliOutput::connectFailure(r);
        if (m_context->session().state() != mqtt::Session::State::Reconnecting)
            finish(ExitConnectFailed);
    });
    connect(session, &mqtt::Session::connectionLost, this, [this](const mqtt::DisconnectInfo &i) {
        CliOutput::lost(i);
        if (!m_args.options.reconnect.enabled)
            finish(ExitConnectionLost);
    });
    connect(session, &mqtt::Session::subscribeFinished, this,
            [this, once, waitSeconds](quint64, const mqtt::SubscribeResult &result) {
                if (!CliOutput::subscribeOutcome(result)) {
                    finish(ExitRefused);
                    return;
                }
                if (once)
                    m_wait.start(waitSeconds * 1000);
            });
    connect(m_context.get(), &ConnectionContext::problem, this, [this](const QString &text) {
        CliOutput::error(text);
        finish(ExitUsage);
    });
    if (m_watch)
        connect(&m_context->engine(), &Engine::changed, this, &FleetCommand::printChanges);
    m_end.watch(this, session);
    const QStringList errors = m_context->open();
    if (!errors.isEmpty()) {
        for (const QString &e : errors)
            CliOutput::error(e);
        return ExitUsage;
    }
    return -1;
}

void FleetCommand::printDevice(const fleet::Device &d)
{
    QByteArray line;
    if (m_json) {
        line = fleet::deviceJson(d);
    } else {
        const QString seen = d.lastSeenMs == 0
                                 ? tr("never seen live")
                                 : tr("seen %1").arg(fleet::isoTime(d.lastSeenMs));
        QString text = QStringLiteral("%1  %2  %3").arg(fleet::stateText(d.state), -8).arg(d.prefix, seen);
        if (d.reconnects > 0)
            text += QStringLiteral("  ") + tr("%n reconnect(s)", nullptr, d.reconnects);
        if (!d.firmware.isEmpty())
            text += QStringLiteral("  ") + tr("firmware %1").arg(d.firmware);
        line = text.toUtf8();
    }
    line += '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
}

void FleetCommand::printOnce()
{
    // One more notification so that what arrived just now is in the snapshot.
    QTimer::singleShot(m_context->engine().counters().queued > 0 ? 300 : 250, this, [this] {
        const auto snap = m_stage->snapshot();
        for (const fleet::DevicePtr &d : snap->devices)
            printDevice(*d);
        if (!m_json)
            std::fprintf(stdout, "%s\n",
                         qPrintable(tr("%1 devices: %2 online, %3 stale, %4 offline, %5 unknown")
                                        .arg(snap->total)
                                        .arg(snap->online)
                                        .arg(snap->stale)
                                        .arg(snap->offline)
                                        .arg(snap->unknown)));
        if (snap->droppedDevices > 0)
            CliOutput::warning(tr("%1 more devices were not tracked (the limit is 100,000).")
                                   .arg(snap->droppedDevices));
        std::fflush(stdout);
        finish(ExitOk);
    });
}

void FleetCommand::printChanges()
{
    // Every change, in order (taken, not read from the newest snapshot: two notifications may
    // come before the event loop runs this).
    const auto changes = m_stage->takeChanges();
    for (const auto &[device, transition] : changes) {
        Q_UNUSED(transition);
        printDevice(*device);
    }
    if (const quint64 lost = m_stage->changesLost(); lost > m_printedGeneration) {
        CliOutput::warning(tr("%1 changes were not printed: the output could not keep up.")
                               .arg(lost - m_printedGeneration));
        m_printedGeneration = lost;
    }
    std::fflush(stdout);
}

void FleetCommand::finish(int code)
{
    m_end.finish(code, m_context ? &m_context->session() : nullptr);
}

} // namespace deck::cli
