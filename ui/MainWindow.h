#pragma once

#include "ConnectionView.h"
#include "connection/ConnectionManager.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace deck::ui {

class ConnectionList;

/// The console's window: the connections on the left (each with its name, colour, state and
/// rate), the chosen connection's bar and pages on the right, its counters in the status bar.
/// Several connections are open side by side, each with its own context; nothing is global.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `manager` is not owned and must outlive the window. The window starts with one
    /// connection (a blank one when the manager has none).
    explicit MainWindow(ConnectionManager *manager, QWidget *parent = nullptr);

    /// Saved connections (the Connections… button and connectWithProfile); both not owned.
    void setProfiles(profiles::ProfileStore *store, profiles::SecretStore *secrets);
    /// Fills the current connection's bar and, when `connectNow`, connects it.
    void setConnection(const mqtt::ConnectionOptions &options, const QString &filter,
                       bool connectNow);
    /// Connects the current connection with a saved profile (see ConnectionView).
    void connectWithProfile(const profiles::ConnectionProfile &profile,
                            const QString &typedPassword = {}, const QString &typedPassphrase = {});
    /// A new connection beside the others, chosen; `fresh` views are reused while unused.
    ConnectionView *addConnection();
    void closeConnection(ConnectionView *view);

    /// The command journal and template library of every connection's Commands page (empty:
    /// the user's). Set before connecting (tests and the screenshot tour use temporary files).
    void setCommandFiles(const QString &journalPath, const QString &templatesPath = {});

    profiles::ProfileStore *profileStore() const { return m_store; }
    profiles::SecretStore *secretStore() const { return m_secrets; }
    ConnectionList *connectionList() const { return m_list; }
    ConnectionView *currentView() const;
    QList<ConnectionView *> views() const;
    ConnectionContext *currentContext() const { return currentView()->context(); }
    // The current connection's pages.
    ExplorerPage *explorer() const { return currentView()->explorer(); }
    mqtt::Session *session() const { return &currentContext()->session(); }
    ChartsPage *charts() const { return currentView()->charts(); }
    PublishPage *publisher() const { return currentView()->publisher(); }
    using Page = ConnectionView::Page;
    void showPage(Page page) { currentView()->showPage(page); }

private:
    /// The doctor or the security checklist on the chosen connection.
    void openDiagnostic(bool security);
    ConnectionView *makeView(ConnectionContext *context);
    void openConnections();
    void showStatus(const QString &text);
    void showCurrent(ConnectionView *view);
    void updateTitle();

    ConnectionManager *m_manager;
    ConnectionList *m_list;
    QStackedWidget *m_stack;
    QLabel *m_counters;
    profiles::ProfileStore *m_store = nullptr;
    profiles::SecretStore *m_secrets = nullptr;
    QString m_journalPath;
    QString m_templatesPath;
};

} // namespace deck::ui
