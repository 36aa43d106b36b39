#pragma once

#include <QCoreApplication>
#include <QString>

namespace deck::mqtt {

enum class MqttVersion { V311 = 4, V5 = 5 };

/// The packet a reason code came in: the same byte means different things in each
/// (0x00 is "Success" in a PUBACK and "Granted QoS 0" in a SUBACK).
enum class PacketKind { Connack, Suback, Unsuback, Puback, Pubrec, Disconnect };

/// Names and plain-language explanations of MQTT 3.1.1 return codes and MQTT 5 reason codes,
/// written for the support engineer who must act on them.
class ReasonCodes
{
    Q_DECLARE_TR_FUNCTIONS(ReasonCodes)
public:
    /// Short name as the specification writes it ("Not authorized").
    static QString name(int code, PacketKind packet, MqttVersion version);
    /// One sentence: what the broker meant and what to try.
    static QString explanation(int code, PacketKind packet, MqttVersion version);
    /// True when the code reports a failure in that packet (>= 0x80 for MQTT 5; non-zero
    /// CONNACK return code or 0x80 SUBACK for MQTT 3.1.1).
    static bool isFailure(int code, PacketKind packet, MqttVersion version);
    /// "0x87" style.
    static QString hex(int code);
};

} // namespace deck::mqtt
