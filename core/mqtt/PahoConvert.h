#pragma once

// Conversions between Paho's types and ours. Only PahoSession includes this: Paho's snake_case
// types stay behind our own API.

#include "MessageProperties.h"

#include <mqtt/properties.h>

namespace deck::mqtt::paho {

/// Properties of a received PUBLISH.
MessageProperties toMessageProperties(const ::mqtt::properties &props);
/// Properties of an outgoing PUBLISH or Last Will.
::mqtt::properties fromMessageProperties(const MessageProperties &props);
/// Any property list, as display pairs ("Receive Maximum", "20").
UserProperties toDisplayPairs(const ::mqtt::properties &props);
/// The Reason String property, when present.
QString reasonString(const ::mqtt::properties &props);

} // namespace deck::mqtt::paho
