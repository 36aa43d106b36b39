#pragma once

#include "CommandBuilder.h"
#include "CommandJournal.h"
#include "CommandTracker.h"
#include "connection/ConnectionContext.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

namespace deck::commands {

/// Sends commands on one connection and follows them: builds each from a template and a target
/// (CommandBuilder), records it in the journal (durably, before anything is published),
/// subscribes to its answer topics through the connection's subscriptions (and waits for the
/// SUBACK, so that no answer can be missed), publishes it (QoS 1 unless the template says
/// otherwise), and records SENT with the broker's reason code. Its CommandTracker is registered
/// on the connection's engine; every event the tracker produces is appended to the journal and
/// then signalled (event()), in order.
///
/// For pages: read tracker()->snapshot() (immutable, at the engine's cadence) and listen to
/// event(); send with send(); cancel with cancel(). Lives in the context's thread.
class CommandSender : public QObject
{
    Q_OBJECT
public:
    /// `context` (not owned) must outlive the sender. `journalPath` empty: Journal::defaultPath().
    explicit CommandSender(ConnectionContext &context, QString journalPath = {},
                           QObject *parent = nullptr);
    ~CommandSender() override;

    /// Opens the journal; an error in words, or empty. Nothing is sent without it.
    QString openJournal();
    CommandJournal &journal() { return m_journal; }
    std::shared_ptr<CommandTracker> tracker() const { return m_tracker; }

    /// Sends a command; returns its id, or an empty string with `error` in words (nothing was
    /// sent nor recorded then). The broker and client id are the connection's.
    /// `notRecorded` is set when the journal was what failed.
    QString send(CommandRequest request, QString *error, bool *notRecorded = nullptr);
    /// Stops following a command (CANCELLED); what was published stays published.
    bool cancel(const QString &commandId, const QString &why = {});
    /// Every answer topic of the commands followed is subscribed (answers can arrive).
    bool answersCovered() const;

    /// What became of the journal's unfinished commands when this run started.
    struct Resumed
    {
        QStringList following; ///< same broker, timeouts not passed: followed again
        QStringList unknown;   ///< timeouts passed meanwhile: marked UNKNOWN
        QStringList elsewhere; ///< sent through another broker: left for a run on that broker
    };
    /// Call once the connection is up. Error in words in `error`.
    Resumed resumeUnfinished(QString *error);
    /// Shows the journal's newest finished commands sent through this connection's broker and
    /// account (at most `limit`) beside the ones followed now; a late answer to one is recorded
    /// as such. Returns how many, or -1 with `error`.
    int loadHistory(QString *error, int limit = 200);

signals:
    /// One event of a command (a transition, a duplicate, a late or unknown answer), after it
    /// was appended to the journal.
    void event(const deck::commands::CommandEvent &event);
    /// The journal could not be written (`journal` true), or the answer topics could not be
    /// subscribed.
    void problem(const QString &text, bool journal);

private:
    struct Waiting
    {
        BuiltCommand command;
        QStringList topics;
    };
    void drain();
    bool covered(const QString &topic) const;
    void subscribe(const QStringList &topics);
    void publishReady(bool refused, const QString &why);
    void publishNow(const BuiltCommand &command);

    ConnectionContext &m_context;
    CommandJournal m_journal;
    QString m_journalPath;
    std::shared_ptr<CommandTracker> m_tracker;
    QList<Waiting> m_waiting;          // journaled, waiting for their answer topics' SUBACK
    QHash<quint64, QString> m_publishes; // publish id → command id
    QTimer m_drain;
    QStringList m_answerTopics; // required on the connection beside the user's filters
};

} // namespace deck::commands
