#include "BinaryDecoders.h"

#include "PayloadFormat.h"
#include "SparkplugB.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// decodeCbor: CborDecoder.cpp; decodeMessagePack: MessagePackDecoder.cpp.

namespace deck::payload {

QJsonValue structuredValue(QByteArrayView payload, QStringView topic)
{
    if (isSparkplugTopic(topic)) {
        if (payload.size() > kParseLimit) // as for every other format: charts read every message
            return QJsonValue::Undefined;
        const Decoded d = decodeSparkplug(payload);
        return d.ok ? d.value : QJsonValue(QJsonValue::Undefined);
    }
    return structuredValue(payload);
}

QJsonValue structuredValue(QByteArrayView payload)
{
    if (payload.size() > kParseLimit)
        return QJsonValue::Undefined;
    switch (detect(payload)) {
    case Format::Json: {
        const QJsonDocument doc = QJsonDocument::fromJson(payload.toByteArray());
        return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    }
    case Format::Cbor:
        return decodeCbor(payload).value;
    case Format::MessagePack:
        return decodeMessagePack(payload).value;
    case Format::Text: {
        const QByteArray t = payload.toByteArray().trimmed();
        bool ok = false;
        const double number = t.toDouble(&ok);
        if (ok)
            return number;
        if (t == "true" || t == "false")
            return t == "true";
        return QJsonValue::Undefined;
    }
    default:
        return QJsonValue::Undefined;
    }
}

} // namespace deck::payload
