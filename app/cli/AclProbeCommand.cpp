#include "AclProbeCommand.h"

#include "ArgumentCursor.h"
#include "CliOutput.h"
#include "ObserverArguments.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace deck::cli {

AclProbeCommand::AclProbeCommand(QObject *parent) : QObject(parent) {}

QString AclProbeCommand::usage()
{
    return tr("Usage: mqttdeck-cli acl-probe [connection flags] [--sub FILTER]... [--read TOPIC]...\n"
              "            [--pub TOPIC]... [--observer-user U --observer-pw P]\n"
              "            [--observer-cert FILE --observer-key FILE]\n"
              "            [--observer-profile NAME [--profiles-file PATH]] [--timeout S] [--json]\n"
              "Tests what the identity of the connection flags may do, each right with a verdict\n"
              "(allowed, denied, unknown) and its evidence: the SUBACK per filter, the PUBACK's\n"
              "reason under MQTT 5, and delivery — a probe message the observer publishes must\n"
              "reach the probed identity (read), and one the probed identity publishes must reach\n"
              "the observer (write: under MQTT 3.1.1 the only evidence, as brokers drop refused\n"
              "publishes silently; and mosquitto's acl_file grants forbidden subscriptions in the\n"
              "SUBACK). Without an observer, what only a delivery can tell is \"unknown\".\n"
              "Probe messages are QoS 1 and never retained; subscriptions are removed after each\n"
              "check.\n\n"
              "  --sub FILTER          may it subscribe to FILTER (and receive what matches)?\n"
              "  --read TOPIC          may it receive messages published on TOPIC?\n"
              "  --pub TOPIC           may it publish on TOPIC?\n") +
           ObserverArguments::help() +
           tr("  --timeout S           how long a probe message may take (default 2)\n"
              "  --json                one JSON object per check: check, target, verdict,\n"
              "                        evidence, reason_code, probe_topic\n\n"
              "Exit codes: 0 every check allowed, 30 at least one denied, 31 none denied and\n"
              "at least one unknown; 1 bad arguments, 2 could not connect.\n\n") +
           mqtt::ConnectionArguments::help();
}

int AclProbeCommand::start(const QStringList &args)
{
    QList<diagnostics::AclCheck> checks;
    int timeout = 2;
    ArgumentCursor cursor(args, m_args);
    using Kind = diagnostics::AclCheck::Kind;
    while (cursor.next()) {
        const QString a = cursor.current();
        QString v;
        if (const auto o = m_observer.consume(a, cursor);
            o != ObserverArguments::Outcome::NotMine) {
            if (o == ObserverArguments::Outcome::Error)
                return ExitUsage;
        } else if (a == QLatin1String("--sub") || a == QLatin1String("--read") ||
            a == QLatin1String("--pub")) {
            if (!cursor.value(&v))
                return ExitUsage;
            checks << diagnostics::AclCheck{a == QLatin1String("--sub")    ? Kind::Subscribe
                                            : a == QLatin1String("--read") ? Kind::Read
                                                                           : Kind::Publish,
                                            v};
        } else if (a == QLatin1String("--timeout")) {
            if (!cursor.number(1, 600, &timeout))
                return ExitUsage;
        } else if (a == QLatin1String("--json")) {
            m_json = true;
        } else if (a == QLatin1String("--help")) {
            std::fputs(qPrintable(usage()), stdout);
            return ExitOk;
        } else {
            CliOutput::error(
                tr("unknown option \"%1\". See mqttdeck-cli acl-probe --help.").arg(a));
            return ExitUsage;
        }
    }
    if (cursor.failed())
        return ExitUsage;
    if (const QString e = mqtt::ConnectionArguments::finish(m_args); !e.isEmpty()) {
        CliOutput::error(e);
        return ExitUsage;
    }
    if (checks.isEmpty()) {
        CliOutput::error(tr("nothing to test: give --sub FILTER, --read TOPIC or --pub TOPIC."));
        return ExitUsage;
    }
    if (const QStringList errors = diagnostics::AclProbe::validate(checks); !errors.isEmpty()) {
        for (const QString &e : errors)
            CliOutput::error(e);
        return ExitUsage;
    }
    std::optional<mqtt::ConnectionOptions> observer;
    if (const QString e = m_observer.options(m_args.options, &observer); !e.isEmpty()) {
        CliOutput::error(e);
        return ExitUsage;
    }
    if (!observer)
        CliOutput::warning(tr("no observer: what only a delivery can show will be \"unknown\" "
                              "(give --observer-user/--observer-pw or --observer-profile)."));
    m_probe = std::make_unique<diagnostics::AclProbe>(m_args.options, observer, checks);
    m_probe->setDeliveryTimeoutMs(timeout * 1000);
    connect(m_probe.get(), &diagnostics::AclProbe::finding, this, &AclProbeCommand::print);
    connect(m_probe.get(), &diagnostics::AclProbe::failed, this, [this](const QString &why) {
        CliOutput::error(why);
        m_failed = true;
    });
    connect(m_probe.get(), &diagnostics::AclProbe::finished, this, [this] {
        if (m_failed)
            QCoreApplication::exit(ExitConnectFailed);
        else
            QCoreApplication::exit(m_denied > 0 ? int(ExitDenied) : m_unknown > 0 ? int(ExitUnknown) : int(ExitOk));
    });
    m_probe->start();
    return -1;
}

void AclProbeCommand::print(const diagnostics::AclFinding &f)
{
    if (f.verdict == diagnostics::AclVerdict::Denied)
        ++m_denied;
    else if (f.verdict == diagnostics::AclVerdict::Unknown)
        ++m_unknown;
    const QString check = diagnostics::AclCheck::key(f.check.kind);
    const QString verdict = diagnostics::AclFinding::key(f.verdict);
    if (m_json) {
        QJsonObject o{{QStringLiteral("check"), check},
                      {QStringLiteral("target"), f.check.target},
                      {QStringLiteral("verdict"), verdict},
                      {QStringLiteral("evidence"), f.evidence},
                      {QStringLiteral("reason_code"),
                       f.reasonCode >= 0 ? QJsonValue(f.reasonCode) : QJsonValue()},
                      {QStringLiteral("probe_topic"),
                       f.probeTopic.isEmpty() ? QJsonValue() : QJsonValue(f.probeTopic)}};
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    } else {
        std::printf("%-5s %-8s %s\n      %s\n", qPrintable(check), qPrintable(verdict),
                    qPrintable(f.check.target), qPrintable(f.evidence));
    }
    std::fflush(stdout);
}

} // namespace deck::cli
