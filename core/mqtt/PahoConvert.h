#pragma once

// Conversions between Paho's types and ours. Only the Paho implementation includes this: Paho's
// snake_case types stay behind our own API.

#include "MessageProperties.h"

#include <mqtt/properties.h>

#include <memory>

namespace mqtt {
class connect_options;
}

namespace deck::mqtt {
struct ConnectionOptions;
}

namespace deck::mqtt::paho {

/// Properties of a received PUBLISH.
MessageProperties toMessageProperties(const ::mqtt::properties &props);
/// Properties of an outgoing PUBLISH or Last Will.
::mqtt::properties fromMessageProperties(const MessageProperties &props);
/// Any property list, as display pairs ("Receive Maximum", "20").
UserProperties toDisplayPairs(const ::mqtt::properties &props);
/// The Reason String property, when present.
QString reasonString(const ::mqtt::properties &props);
/// Paho connect options for ours: keep alive, clean start, credentials, will, TLS and (MQTT 5)
/// CONNECT properties. Defined in PahoConnectOptions.cpp.
std::unique_ptr<::mqtt::connect_options> buildConnectOptions(const ConnectionOptions &options);

} // namespace deck::mqtt::paho
