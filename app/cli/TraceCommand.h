#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace deck::cli {

/// `mqttdeck-cli trace --decode [-V mqttv5|mqttv311] [--hex] [--dir in|out]`: decodes raw MQTT
/// bytes read from standard input (a stream of packets, as a capture or a relay writes them)
/// and prints one JSON line per packet; a malformed packet prints an error line with its offset
/// and the rule it breaks, and the exit code is 7.
class TraceCommand
{
    Q_DECLARE_TR_FUNCTIONS(TraceCommand)
public:
    static int run(const QStringList &args);
    static QString usage();
};

} // namespace deck::cli
