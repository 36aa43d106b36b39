#pragma once

#include "MessageProperties.h"
#include "ReasonCodes.h"

#include <QList>
#include <QString>

namespace deck::mqtt {

/// Outcome of a CONNECT, or of a connection attempt that never got a CONNACK.
struct ConnectResult
{
    bool ok = false;
    bool gotConnack = false; ///< false: failed before the broker answered (TCP, TLS, timeout)
    MqttVersion version = MqttVersion::V5;
    int code = 0;        ///< CONNACK return/reason code, or the library's error code
    QString codeName;    ///< "Not authorized"
    QString explanation; ///< what it means and what to try
    bool sessionPresent = false;
    UserProperties serverProperties; ///< MQTT 5 CONNACK properties, by name ("Receive Maximum")
    quint32 maximumPacketSize = 0;   ///< the broker's Maximum Packet Size (MQTT 5), 0: none said
    QString serverUri;
    QString detail; ///< library or TLS detail for support engineers
};

/// One line of a SUBACK: the filter asked for and what the broker granted or refused.
struct SubscriptionOutcome
{
    QString filter;
    int requestedQos = 0;
    int code = 0; ///< granted QoS (0..2) or failure code (0x80, 0x87...)
    bool granted = false;
    bool answered = true; ///< false: no SUBACK came (the connection ended first); code is -1
    QString codeName;
    QString explanation;
};

struct SubscribeResult
{
    bool ok = false; ///< every filter granted
    QList<SubscriptionOutcome> outcomes;
    QString error; ///< set when the SUBSCRIBE could not be sent or had no SUBACK
};

struct UnsubscribeResult
{
    bool ok = false;
    QStringList filters;
    QList<int> codes; ///< MQTT 5 UNSUBACK reason codes
    QString error;
};

/// The broker's answer to a PUBLISH: QoS 0 completes once written; QoS 1 at PUBACK; QoS 2 at
/// PUBCOMP. MQTT 5 carries a reason code (0x10 "No matching subscribers", 0x87 "Not authorized").
struct PublishResult
{
    bool ok = false;
    int qos = 0;
    int code = 0;
    QString codeName;
    QString explanation;
    QString error; ///< client-side failure (not connected, refused locally)
};

/// A DISCONNECT sent by the broker (MQTT 5) or a connection that broke.
struct DisconnectInfo
{
    bool fromBroker = false; ///< a DISCONNECT packet with a reason code arrived
    int code = 0;
    QString codeName;
    QString explanation;
    QString reasonString; ///< MQTT 5 Reason String property, when the broker sent one
    QString cause;        ///< what the library said about a lost connection
};

} // namespace deck::mqtt
