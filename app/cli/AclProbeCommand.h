#pragma once

#include "diagnostics/AclProbe.h"
#include "ObserverArguments.h"
#include "mqtt/ConnectionArguments.h"

#include <QObject>

#include <memory>

namespace deck::cli {

enum AclProbeExitCode {
    ExitDenied = 30,  ///< at least one right denied
    ExitUnknown = 31, ///< none denied, at least one unknown
};

/// `mqttdeck-cli acl-probe`: what an identity may subscribe, read and publish, each right with
/// its verdict and evidence (see diagnostics::AclProbe).
class AclProbeCommand : public QObject
{
    Q_OBJECT
public:
    explicit AclProbeCommand(QObject *parent = nullptr);
    int start(const QStringList &args);
    static QString usage();

private:
    void print(const diagnostics::AclFinding &finding);

    mqtt::ParsedConnectionArguments m_args;
    std::unique_ptr<diagnostics::AclProbe> m_probe;
    ObserverArguments m_observer;
    bool m_json = false;
    bool m_failed = false;
    int m_denied = 0;
    int m_unknown = 0;
};

} // namespace deck::cli
