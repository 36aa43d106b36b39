#pragma once

#include "mqtt/ConnectionOptions.h"
#include "mqtt/Session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace deck::ui {

/// A one-line connection form (host, port, transport, version, credentials, filter) with a
/// Connect/Disconnect button and the connection state in words. Options it does not show (TLS
/// files, will, MQTT 5 properties) are kept from the options it was given.
class ConnectionBar : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionBar(QWidget *parent = nullptr);

    void setOptions(const mqtt::ConnectionOptions &options);
    mqtt::ConnectionOptions options() const;
    void setFilter(const QString &filter);
    QString filter() const;
    void setState(mqtt::Session::State state, const QString &detail = {});
    /// Shows which saved connection is in use, with its colour tag (empty name: none).
    void setProfile(const QString &name, const QString &colour);
    void setProfilesAvailable(bool available);

signals:
    void connectRequested();
    void disconnectRequested();
    void profilesRequested();
    /// Enter in the filter while connected: subscribe to it instead of what is subscribed now.
    void subscriptionChangeRequested(const QString &filter);

private:
    mqtt::ConnectionOptions m_base;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_transport;
    QComboBox *m_version;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_filter;
    QPushButton *m_button;
    QLabel *m_state;
    QLabel *m_profile;
    QPushButton *m_profiles;
    bool m_connected = false;
};

} // namespace deck::ui
