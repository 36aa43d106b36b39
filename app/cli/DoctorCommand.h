#pragma once

#include "diagnostics/ConnectionDoctor.h"
#include "mqtt/ConnectionArguments.h"

#include <QObject>

#include <memory>

namespace deck::cli {

/// `mqttdeck-cli doctor`: DNS → TCP → TLS → CONNECT → SUBSCRIBE → round trip, stopping at the
/// first step that fails with its likely cause and what to try.
class DoctorCommand : public QObject
{
    Q_OBJECT
public:
    explicit DoctorCommand(QObject *parent = nullptr);
    int start(const QStringList &args);
    static QString usage();

private:
    void print(const diagnostics::DoctorStep &step);

    mqtt::ParsedConnectionArguments m_args;
    std::unique_ptr<diagnostics::ConnectionDoctor> m_doctor;
    bool m_json = false;
};

} // namespace deck::cli
