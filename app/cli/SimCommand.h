#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace deck::cli {

/// `mqttdeck-cli sim`: a simulated fleet (see core/sim/FleetSimulator) publishing to a broker.
class SimCommand
{
    Q_DECLARE_TR_FUNCTIONS(SimCommand)
public:
    static int run(const QStringList &args);
    static QString usage();
};

} // namespace deck::cli
