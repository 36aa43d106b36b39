#pragma once

#include "ingest/Engine.h"
#include "mqtt/Session.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace deck::ui {

class ConnectionBar;
class ChartsPage;
class ExplorerPage;
class MessagesPage;
class PublishPage;

/// The console's window: the connection bar, one tab per page, the engine's counters in the
/// status bar. Pages get the session and engine they show; nothing is global.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `session` and `engine` are not owned; they must outlive the window.
    MainWindow(mqtt::Session *session, Engine *engine, QWidget *parent = nullptr);

    /// Fills the connection bar (e.g. from command-line flags) and, when `connectNow`, connects.
    void setConnection(const mqtt::ConnectionOptions &options, const QString &filter,
                       bool connectNow);
    /// Saved connections (the Connections… button and connectWithProfile); both not owned.
    void setProfiles(profiles::ProfileStore *store, profiles::SecretStore *secrets);
    /// Connects with a saved profile: secrets from what was just typed, this session's memory or
    /// the keychain, else asked for (saying why); subscribes to its filters once connected.
    void connectWithProfile(const profiles::ConnectionProfile &profile,
                            const QString &typedPassword = {}, const QString &typedPassphrase = {});
    profiles::ProfileStore *profileStore() const { return m_store; }
    profiles::SecretStore *secretStore() const { return m_secrets; }
    ExplorerPage *explorer() const { return m_explorer; }
    mqtt::Session *session() const { return m_session; }
    ChartsPage *charts() const { return m_charts; }
    PublishPage *publisher() const { return m_publish; }
    enum class Page { Explorer, Charts, Publish, Messages };
    void showPage(Page page);

private:
    void showStatus(const QString &text);
    void openConnections();
    std::optional<QString> resolveSecret(const QString &key, bool saved, const QString &typed,
                                         const QString &what);
    void connectToBroker();
    void changeSubscription(const QString &filter);
    void showCounters(const EngineCounters &c);

    mqtt::Session *m_session;
    Engine *m_engine;
    ConnectionBar *m_bar;
    QTabWidget *m_tabs;
    ExplorerPage *m_explorer;
    ChartsPage *m_charts;
    PublishPage *m_publish;
    MessagesPage *m_messages;
    QLabel *m_counters;
    QString m_detail;
    profiles::ProfileStore *m_store = nullptr;
    profiles::SecretStore *m_secrets = nullptr;
    QList<mqtt::Subscription> m_profileSubscriptions;
    bool m_fromProfile = false;
    bool m_expandedOnce = false;
};

} // namespace deck::ui
