#pragma once

#include "mqtt/Session.h"

#include <QMainWindow>
#include <QTimer>

class QLabel;
class QTableView;

namespace deck::ui {

class ConnectionBar;
class MessageListModel;

/// The console's window. For now one page: the connection bar and the live message list.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `session` is not owned; it must outlive the window.
    explicit MainWindow(mqtt::Session *session, QWidget *parent = nullptr);

    /// Fills the connection bar (e.g. from command-line flags) and, when `connectNow`, connects.
    void setConnection(const mqtt::ConnectionOptions &options, const QString &filter,
                       bool connectNow);

private:
    void connectToBroker();
    void drain();
    void updateStatus();

    mqtt::Session *m_session;
    ConnectionBar *m_bar;
    MessageListModel *m_model;
    QTableView *m_view;
    QLabel *m_counters;
    QTimer m_refresh;
    QString m_detail;
    qint64 m_lastCount = 0;
    qint64 m_lastTickMs = 0;
    double m_rate = 0;
};

} // namespace deck::ui
