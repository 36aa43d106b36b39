#include "ConnectionBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace deck::ui {

using mqtt::Session;
using mqtt::Transport;

ConnectionBar::ConnectionBar(QWidget *parent)
    : QWidget(parent), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_transport(new QComboBox(this)), m_version(new QComboBox(this)), m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_filter(new QLineEdit(this)),
      m_button(new QPushButton(this)), m_state(new QLabel(this)), m_profile(new QLabel(this)),
      m_profiles(new QPushButton(tr("Connections…"), this))
{
    m_host->setPlaceholderText(tr("broker host"));
    m_host->setAccessibleName(tr("Broker host"));
    // Five digits accepted as typed, so that 99999 is refused in words by the options' check
    // (a range of 0-65535 would have turned it silently into 9999).
    m_port->setRange(0, 99999);
    m_port->setSpecialValueText(tr("default"));
    m_port->setAccessibleName(tr("Port"));
    m_transport->addItem(tr("TCP"), int(Transport::Tcp));
    m_transport->addItem(tr("TLS"), int(Transport::Tls));
    m_transport->addItem(tr("WebSocket"), int(Transport::WebSocket));
    m_transport->addItem(tr("Secure WebSocket"), int(Transport::SecureWebSocket));
    m_version->addItem(tr("MQTT 5"), int(mqtt::MqttVersion::V5));
    m_version->addItem(tr("MQTT 3.1.1"), int(mqtt::MqttVersion::V311));
    m_user->setPlaceholderText(tr("user name"));
    m_password->setPlaceholderText(tr("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_filter->setPlaceholderText(tr("topic filter, e.g. #"));
    m_filter->setText(QStringLiteral("#"));
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setWordWrap(true);

    m_profiles->setToolTip(tr("Saved connections: create, edit, import, connect"));
    connect(m_profiles, &QPushButton::clicked, this, &ConnectionBar::profilesRequested);
    m_profile->hide();
    auto *row = new QHBoxLayout;
    row->addWidget(m_profiles);
    row->addWidget(m_profile);
    row->addWidget(new QLabel(tr("Host"), this));
    row->addWidget(m_host, 3);
    row->addWidget(new QLabel(tr("Port"), this));
    row->addWidget(m_port);
    row->addWidget(m_transport);
    row->addWidget(m_version);
    row->addWidget(m_user, 1);
    row->addWidget(m_password, 1);
    row->addWidget(new QLabel(tr("Subscribe"), this));
    row->addWidget(m_filter, 2);
    row->addWidget(m_button);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(row);
    layout->addWidget(m_state);

    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_connected)
            emit disconnectRequested();
        else
            emit connectRequested();
    });
    connect(m_host, &QLineEdit::returnPressed, this, &ConnectionBar::connectRequested);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (m_connected)
            emit subscriptionChangeRequested(filter());
        else
            emit connectRequested();
    });
    m_filter->setToolTip(tr("The filter to subscribe to. While connected, press Enter to "
                            "subscribe to it instead of the current one."));
    setState(Session::State::Disconnected);
}

void ConnectionBar::setProfile(const QString &name, const QString &colour)
{
    m_profile->setVisible(!name.isEmpty());
    m_profile->setText(name);
    const QString background = colour.isEmpty() ? QStringLiteral("#607d8b") : colour;
    m_profile->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; "
                       "border-radius: 3px; padding: 2px 8px; }")
            .arg(background));
}

void ConnectionBar::setProfilesAvailable(bool available)
{
    m_profiles->setVisible(available);
}

void ConnectionBar::setOptions(const mqtt::ConnectionOptions &options)
{
    m_base = options;
    m_host->setText(options.host);
    m_port->setValue(options.port);
    m_transport->setCurrentIndex(m_transport->findData(int(options.transport)));
    m_version->setCurrentIndex(m_version->findData(int(options.version)));
    m_user->setText(options.username);
    m_password->setText(options.password);
}

mqtt::ConnectionOptions ConnectionBar::options() const
{
    mqtt::ConnectionOptions o = m_base;
    o.host = m_host->text().trimmed();
    o.port = m_port->value();
    o.transport = Transport(m_transport->currentData().toInt());
    o.version = mqtt::MqttVersion(m_version->currentData().toInt());
    o.username = m_user->text();
    o.password = m_password->text();
    return o;
}

void ConnectionBar::setFilter(const QString &filter)
{
    m_filter->setText(filter);
}

QString ConnectionBar::filter() const
{
    return m_filter->text().trimmed();
}

void ConnectionBar::setState(Session::State state, const QString &detail)
{
    m_connected = state != Session::State::Disconnected;
    m_button->setText(m_connected ? tr("Disconnect") : tr("Connect"));
    for (QWidget *w : {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
                       static_cast<QWidget *>(m_transport), static_cast<QWidget *>(m_version),
                       static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_password)})
        w->setEnabled(!m_connected);
    const QString name = Session::stateName(state);
    m_state->setText(detail.isEmpty() ? name : tr("%1 — %2").arg(name, detail));
}

} // namespace deck::ui
