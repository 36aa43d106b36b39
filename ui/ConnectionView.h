#pragma once

#include "connection/ConnectionManager.h"
#include "profiles/ConnectionProfile.h"

#include <QWidget>

#include <optional>

class QTabWidget;

namespace deck::profiles {
class ProfileStore;
class SecretStore;
} // namespace deck::profiles

namespace deck::ui {

class ConnectionBar;
class ChartsPage;
class CommandsPage;
class TracePage;
class ExplorerPage;
class FleetPage;
class RetainedPage;
class MessagesPage;
class PublishPage;

/// Everything the window shows of one connection: its bar (broker, filter, state) and its pages
/// (Explorer, Charts, Publish, Messages; the operations pages join them). Bound to one
/// ConnectionContext; connecting to another broker or account replaces the context and
/// rebuilds the pages, so nothing of the old broker stays on screen or can be acted on.
class ConnectionView : public QWidget
{
    Q_OBJECT
public:
    enum class Page { Explorer, Charts, Publish, Messages, Fleet, Retained, Commands, Trace };

    /// None of the pointers is owned; `store` and `secrets` may be null (no saved connections).
    ConnectionView(ConnectionManager *manager, ConnectionContext *context,
                   profiles::ProfileStore *store, profiles::SecretStore *secrets,
                   QWidget *parent = nullptr);

    ConnectionContext *context() const { return m_context; }
    void setProfiles(profiles::ProfileStore *store, profiles::SecretStore *secrets);
    /// Fills the bar and, when `connectNow`, connects.
    void setConnection(const mqtt::ConnectionOptions &options, const QString &filter,
                       bool connectNow);
    /// Connects with a saved profile: secrets from what was just typed, this session's memory or
    /// the keychain, else asked for (saying why); subscribes to its filters once connected.
    void connectWithProfile(const profiles::ConnectionProfile &profile,
                            const QString &typedPassword = {}, const QString &typedPassphrase = {});
    /// True until this view has been asked to connect once.
    bool isUnused() const { return !m_used; }

    ExplorerPage *explorer() const { return m_explorer; }
    ChartsPage *charts() const { return m_charts; }
    PublishPage *publisher() const { return m_publish; }
    MessagesPage *messages() const { return m_messages; }
    FleetPage *fleet() const { return m_fleet; }
    RetainedPage *retained() const { return m_retained; }
    CommandsPage *commands() const { return m_commands; }
    TracePage *trace() const { return m_trace; }
    /// The command journal of this connection's Commands page (empty: the user's,
    /// storage::Journal::defaultPath()). Set before connecting: tests and the screenshot tour
    /// give a temporary one. Takes effect when the pages are next built.
    void setCommandJournalPath(const QString &path) { m_journalPath = path; }
    /// The command template library's file (empty: TemplateLibrary::defaultPath()).
    void setCommandTemplatesPath(const QString &path) { m_templatesPath = path; }
    ConnectionBar *bar() const { return m_bar; }
    void showPage(Page page);
    /// The counters line for the status bar.
    QString countersText() const;
    /// The connection's name on screen (profile name, else host:port).
    QString title() const;

signals:
    void statusMessage(const QString &text);
    void titleChanged();
    void contextReplaced(deck::ConnectionContext *context);
    void profilesRequested();

private:
    static constexpr size_t kTraceCapacity = 20000; ///< packets kept while recording
    void bind(ConnectionContext *context);
    void dropPages();
    void connectToBroker(ConnectionSettings settings);
    void changeSubscription(const QString &filter);
    void requestRebirth(const QString &group, const QString &node);
    void editDeviceRules();
    /// Applies board settings to the connection, and saves them with its profile when it has one.
    void applyBoards(const fleet::BoardSettings &boards);
    std::optional<QString> resolveSecret(const QString &key, bool saved, const QString &typed,
                                         const QString &what);
    ConnectionSettings settingsFromBar() const;

    ConnectionManager *m_manager;
    ConnectionContext *m_context = nullptr;
    profiles::ProfileStore *m_store;
    profiles::SecretStore *m_secrets;
    ConnectionBar *m_bar;
    QTabWidget *m_tabs;
    ExplorerPage *m_explorer = nullptr;
    ChartsPage *m_charts = nullptr;
    PublishPage *m_publish = nullptr;
    MessagesPage *m_messages = nullptr;
    FleetPage *m_fleet = nullptr;
    RetainedPage *m_retained = nullptr;
    CommandsPage *m_commands = nullptr;
    TracePage *m_trace = nullptr;
    QString m_journalPath;
    QString m_templatesPath;
    QString m_detail;
    std::optional<profiles::ConnectionProfile> m_profile; ///< the saved profile in use
    bool m_used = false;
    int m_lastPage = -1; ///< the tab shown when the pages were dropped
    bool m_expandedOnce = false;
};

} // namespace deck::ui
