#pragma once

#include "ingest/Engine.h"
#include "mqtt/Session.h"

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
    ExplorerPage *explorer() const { return m_explorer; }
    ChartsPage *charts() const { return m_charts; }
    PublishPage *publisher() const { return m_publish; }
    enum class Page { Explorer, Charts, Publish, Messages };
    void showPage(Page page);

private:
    void showStatus(const QString &text);
    void connectToBroker();
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
    bool m_expandedOnce = false;
};

} // namespace deck::ui
