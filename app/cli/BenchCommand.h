#pragma once

#include "bench/BenchConsumer.h"
#include "bench/LoadGenerator.h"

#include <QCoreApplication>
#include <QStringList>

namespace deck::cli {

/// `mqttdeck-cli bench`: the whole ingest path against a local mosquitto it starts, beside
/// mosquitto_sub (the reference) and a bare Paho C++ callback (the library's ceiling) on the
/// same load in the same run. `bench-consume` is the subscriber process it launches.
class BenchCommand
{
    Q_DECLARE_TR_FUNCTIONS(BenchCommand)
public:
    static int run(const QStringList &args);
    static int runConsumer(const QStringList &args);
    static QString usage();
};

} // namespace deck::cli
