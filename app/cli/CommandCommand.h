#pragma once

#include "commands/CommandSender.h"
#include "connection/ConnectionContext.h"
#include "mqtt/ConnectionArguments.h"

#include <QObject>

namespace deck::cli {

/// Exit codes of `command send --wait` and `command resume --wait`, one per final state (DONE
/// is 0); the codes 1-5 keep their meaning (bad arguments, connection problems).
enum CommandExitCode {
    ExitJournal = 6, ///< the journal could not be opened, read or written
    ExitRejected = 10,
    ExitFailed = 11,
    ExitExpired = 12,
    ExitTimedOut = 13,
    ExitCancelled = 14,
    ExitOutcomeUnknown = 15,
    ExitJournalBroken = 20, ///< journal verify: the chain is broken
};
int exitCodeFor(commands::CommandState state);

/// `mqttdeck-cli command send|resume|templates`: sends a command from a template to a device
/// and follows it through its ack and result, every step in the journal.
class CommandCommand : public QObject
{
    Q_OBJECT
public:
    explicit CommandCommand(QObject *parent = nullptr);
    ~CommandCommand() override;
    int start(const QStringList &args);
    static QString usage();

private:
    int listTemplates(const QStringList &args);
    void connected();
    void announceFollowing();
    void sendRequested();
    void onEvent(const commands::CommandEvent &event);
    void print(const commands::CommandEvent &event);
    void checkDone();
    void finish(int code);

    mqtt::ParsedConnectionArguments m_args;
    std::unique_ptr<ConnectionContext> m_context;
    std::unique_ptr<commands::CommandSender> m_sender;
    commands::CommandRequest m_request;
    QString m_journalPath;
    bool m_resume = false;
    bool m_wait = false;
    bool m_json = false;
    bool m_started = false;
    int m_coverChecks = 0;
    QStringList m_following; // the commands whose events are printed and waited for
    bool m_finishing = false;
    int m_exitCode = 0;
};

} // namespace deck::cli
