#pragma once

#include "ingest/Engine.h"
#include "fleet/BoardSettings.h"
#include "fleet/FleetStage.h"
#include "fleet/RetainedBoard.h"
#include "ingest/LiveFeed.h"
#include "mqtt/Session.h"
#include "mqtt/trace/TraceBuffer.h"
#include "util/Clock.h"

#include <QObject>

#include <memory>

namespace deck {

/// What a connection is opened with: who it is to the user and what it subscribes.
struct ConnectionSettings
{
    QString name;       ///< shown in the connection list (a profile's name, or host:port)
    QString colour;     ///< the profile's colour tag; empty = none
    bool production = false; ///< publishing asks for confirmation; marked red in the list
    QString profileId;  ///< the saved profile it came from; empty when typed
    mqtt::ConnectionOptions options;
    QList<mqtt::Subscription> subscriptions; ///< subscribed on connect
    /// Under MQTT 5, subscribe with "retain as published" so that live retained updates show
    /// as such (the window); the CLI subscribes exactly as asked.
    bool retainAsPublished = true;
    EngineOptions engine;
    size_t feedCapacity = 2000; ///< 0: no live feed stage
    bool fleet = true;          ///< a fleet stage for the Fleet page
    bool retainedBoard = true;  ///< a retained board for the Retained page
    fleet::BoardSettings boards; ///< the fleet's device rules, the retained "large" threshold
    /// Trace every packet (plain TCP only for now) into a buffer of this many events; 0: no
    /// trace and no relay in the way.
    size_t traceCapacity = 0;
};

/// One connection as a unit: its Session (and hand-off queue), its Engine with the stages
/// registered on it (the live feed always; pages and commands add theirs), its clock and its
/// connection policy — subscribe on connect, resubscribe after a reconnection, change the
/// subscriptions while connected. Nothing of a connection is global: two contexts share no
/// data, and switching broker means a new context (so nothing of the old broker's topics can
/// reach, or be cleared on, the new one). Lives in one thread (the GUI's or the CLI's).
class ConnectionContext : public QObject
{
    Q_OBJECT
public:
    /// `session` may be given (tests); a PahoSession is made otherwise.
    explicit ConnectionContext(QString id, ConnectionSettings settings,
                               std::unique_ptr<mqtt::Session> session = {},
                               QObject *parent = nullptr);
    ~ConnectionContext() override;

    const QString &id() const { return m_id; }
    const ConnectionSettings &settings() const { return m_settings; }
    /// Identifies the broker and account (scheme://host:port and user): what sent messages and
    /// journals are filed under.
    QString brokerKey() const;
    QString displayName() const;

    mqtt::Session &session() { return *m_session; }
    const mqtt::Session &session() const { return *m_session; }
    Engine &engine() { return *m_engine; }
    const Engine &engine() const { return *m_engine; }
    /// The live feed; null when the settings asked for none.
    LiveFeed *feed() { return m_feed.get(); }
    /// The fleet stage; null when the settings asked for none.
    std::shared_ptr<fleet::FleetStage> fleet() const { return m_fleet; }
    /// The retained board; null when the settings asked for none.
    std::shared_ptr<fleet::RetainedBoard> retainedBoard() const { return m_retained; }
    const Clock &clock() const { return m_engine->clock(); }
    /// The packet trace; null unless the settings asked for one (and the session is Paho's).
    std::shared_ptr<mqtt::trace::TraceBuffer> trace() const { return m_trace; }

    /// Connects with the settings' options (validation errors returned, nothing sent then).
    QStringList open();
    /// Clean DISCONNECT.
    void close();

    /// What this connection subscribes (on connect and after a reconnection).
    QList<mqtt::Subscription> subscriptions() const { return m_settings.subscriptions; }
    /// Replaces the subscriptions. Connected: unsubscribes what is no longer wanted and
    /// subscribes what is new, now; either way the new list is what a reconnection restores.
    /// Returns an error sentence (an invalid filter: nothing changed) or empty.
    QString setSubscriptions(QList<mqtt::Subscription> subscriptions);
    /// Filters a component needs beside the user's (the answer topics of commands): subscribed
    /// at QoS 1 unless one of the user's filters already covers them (a second subscription
    /// would bring each message twice), and kept when the user's subscriptions change and after
    /// a reconnection. Replaces what `owner` required before. Error in words, or empty.
    QString requireFilters(const QString &owner, const QStringList &filters);
    /// What is subscribed: the user's subscriptions and the required filters they do not cover.
    QList<mqtt::Subscription> effectiveSubscriptions() const;

    /// Changes how the boards read the traffic. New device rules replace the fleet stage (its
    /// devices were found by the old rules) and, while connected, subscribe the same filters
    /// again so that the broker sends the retained statuses anew (MQTT 3.1.1 and 5 re-send
    /// retained messages on a repeated SUBSCRIBE). A new "large" threshold re-flags what the
    /// retained board holds. Returns an error in words (rules that do not read: nothing changed)
    /// or empty.
    QString setBoards(const fleet::BoardSettings &boards);
    /// Set when the settings' saved rules could not be read and the "auto" preset stands in.
    QString boardsProblem() const { return m_boardsProblem; }

signals:
    /// A problem of the policy (a subscription that could not be submitted), in words.
    void problem(const QString &text);
    /// setBoards() replaced the fleet stage: fleet() is a new one.
    void fleetReplaced();

private:
    void subscribeAll();
    QString applySubscriptions();
    std::shared_ptr<fleet::FleetStage> makeFleet();

    QString m_id;
    ConnectionSettings m_settings;
    std::unique_ptr<mqtt::Session> m_session;
    std::unique_ptr<Engine> m_engine;
    std::shared_ptr<LiveFeed> m_feed;
    std::shared_ptr<fleet::FleetStage> m_fleet;
    std::shared_ptr<fleet::RetainedBoard> m_retained;
    std::shared_ptr<mqtt::trace::TraceBuffer> m_trace;
    QString m_boardsProblem;
    QMap<QString, QStringList> m_required; // by owner
};

} // namespace deck
