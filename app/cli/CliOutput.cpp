#include "CliOutput.h"

#include <cstdio>

namespace deck::cli {

void CliOutput::error(const QString &text)
{
    std::fprintf(stderr, "mqttdeck-cli: %s\n", qPrintable(text));
    std::fflush(stderr);
}

void CliOutput::warning(const QString &text)
{
    std::fprintf(stderr, "mqttdeck-cli: %s\n", qPrintable(tr("warning: %1").arg(text)));
    std::fflush(stderr);
}

void CliOutput::connectFailure(const mqtt::ConnectResult &r)
{
    QString text;
    if (r.gotConnack)
        text = tr("connection refused by the broker: %1 (%2). %3")
                   .arg(r.codeName, mqtt::ReasonCodes::hex(r.code), r.explanation);
    else
        text = tr("could not connect: %1").arg(r.explanation);
    if (!r.detail.isEmpty())
        text += QLatin1Char('\n') + tr("  detail: %1").arg(r.detail);
    error(text);
}

void CliOutput::lost(const mqtt::DisconnectInfo &info)
{
    if (info.fromBroker)
        warning(tr("the broker closed the connection: %1 (%2). %3%4")
                    .arg(info.codeName, mqtt::ReasonCodes::hex(info.code), info.explanation,
                         info.reasonString.isEmpty()
                             ? QString()
                             : QStringLiteral(" ") + tr("Broker says: %1").arg(info.reasonString)));
    else
        warning(info.explanation);
}

bool CliOutput::subscribeOutcome(const mqtt::SubscribeResult &result)
{
    bool allGranted = true;
    for (const auto &o : result.outcomes) {
        if (o.granted) {
            if (o.code < o.requestedQos)
                warning(tr("\"%1\": asked for QoS %2, the broker granted QoS %3.")
                            .arg(o.filter)
                            .arg(o.requestedQos)
                            .arg(o.code));
            continue;
        }
        allGranted = false;
        if (!o.answered) {
            error(tr("subscription to \"%1\" not answered: %2").arg(o.filter, o.explanation));
            continue;
        }
        error(tr("subscription to \"%1\" refused: %2 (%3). %4")
                  .arg(o.filter, o.codeName, mqtt::ReasonCodes::hex(o.code), o.explanation));
    }
    if (!result.error.isEmpty()) {
        error(result.error);
        allGranted = false;
    }
    return allGranted;
}

} // namespace deck::cli
