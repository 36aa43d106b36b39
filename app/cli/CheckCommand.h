#pragma once

#include "ObserverArguments.h"
#include "diagnostics/SecurityChecklist.h"
#include "mqtt/ConnectionArguments.h"

#include <QObject>

#include <memory>

namespace deck::cli {

enum CheckExitCode {
    ExitChecklistFailed = 33,  ///< at least one check failed
    ExitChecklistUnknown = 34, ///< none failed, at least one could not be established
};

/// `mqttdeck-cli check`: the security acceptance checklist of a broker for one identity.
class CheckCommand : public QObject
{
    Q_OBJECT
public:
    explicit CheckCommand(QObject *parent = nullptr);
    int start(const QStringList &args);
    static QString usage();

private:
    void print(const diagnostics::ChecklistItem &item);

    mqtt::ParsedConnectionArguments m_args;
    ObserverArguments m_observer;
    std::unique_ptr<diagnostics::SecurityChecklist> m_checklist;
    bool m_json = false;
    int m_failed = 0;
    int m_unknown = 0;
};

} // namespace deck::cli
