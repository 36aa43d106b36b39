#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

namespace deck::payload {

/// A binary payload decoded into a JSON-like value (for the tree view and plotting) and its
/// text form (CBOR diagnostic notation, indented JSON for MessagePack). `note` says what the
/// text leaves out or marks (indentation stopped, bytes that are not valid UTF-8).
struct Decoded
{
    bool ok = false;
    QJsonValue value;
    QString text;
    QString error;
    QString note;
};

/// The payload must be exactly one CBOR map or array (or a tagged one), up to its last byte,
/// nested at most kMaxNesting (DecoderLimits.h) deep.
Decoded decodeCbor(QByteArrayView payload);
/// The payload must be exactly one MessagePack map or array, up to its last byte, nested at most
/// kMaxNesting deep, and announce no more elements than its bytes can hold.
Decoded decodeMessagePack(QByteArrayView payload);

/// A structured payload (JSON, CBOR or MessagePack, detected) as a JSON value; a bare number
/// or boolean text ("21.5", "true") as that value; undefined otherwise.
QJsonValue structuredValue(QByteArrayView payload);
/// The same, knowing the topic: Sparkplug B topics decode as Sparkplug B.
QJsonValue structuredValue(QByteArrayView payload, QStringView topic);

} // namespace deck::payload
