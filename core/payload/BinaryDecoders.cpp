#include "BinaryDecoders.h"

#include "PayloadFormat.h"
#include "SparkplugB.h"

#include <QCborStreamReader>
#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#define MSGPACK_NO_BOOST 1
#include <msgpack.hpp>

namespace deck::payload {

namespace {

QString jsonText(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented));
    return v.toVariant().toString();
}

QJsonValue fromMsgpack(const msgpack::object &o, int depth)
{
    if (depth > 64)
        return QStringLiteral("…");
    switch (o.type) {
    case msgpack::type::NIL:
        return QJsonValue::Null;
    case msgpack::type::BOOLEAN:
        return o.via.boolean;
    case msgpack::type::POSITIVE_INTEGER:
        return double(o.via.u64);
    case msgpack::type::NEGATIVE_INTEGER:
        return double(o.via.i64);
    case msgpack::type::FLOAT32:
    case msgpack::type::FLOAT64:
        return o.via.f64;
    case msgpack::type::STR:
        return QString::fromUtf8(o.via.str.ptr, int(o.via.str.size));
    case msgpack::type::BIN:
        return QString(
            QStringLiteral("base64:") +
            QString::fromLatin1(QByteArray(o.via.bin.ptr, int(o.via.bin.size)).toBase64()));
    case msgpack::type::EXT:
        return QString(
            QStringLiteral("ext(%1):").arg(int(o.via.ext.type())) +
            QString::fromLatin1(QByteArray(o.via.ext.data(), int(o.via.ext.size)).toBase64()));
    case msgpack::type::ARRAY: {
        QJsonArray a;
        for (uint32_t i = 0; i < o.via.array.size; ++i)
            a.append(fromMsgpack(o.via.array.ptr[i], depth + 1));
        return a;
    }
    case msgpack::type::MAP: {
        QJsonObject m;
        for (uint32_t i = 0; i < o.via.map.size; ++i) {
            const msgpack::object &k = o.via.map.ptr[i].key;
            const QJsonValue key = fromMsgpack(k, depth + 1);
            const QString name = key.isString() ? key.toString() : jsonText(key).trimmed();
            m.insert(name, fromMsgpack(o.via.map.ptr[i].val, depth + 1));
        }
        return m;
    }
    }
    return {};
}

} // namespace

Decoded decodeCbor(QByteArrayView payload)
{
    Decoded d;
    const QByteArray bytes = payload.toByteArray();
    QCborStreamReader reader(bytes);
    const QCborValue value = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError) {
        d.error = PayloadText::tr("Not valid CBOR: %1 at byte %2.")
                      .arg(reader.lastError().toString())
                      .arg(reader.currentOffset());
        return d;
    }
    if (reader.currentOffset() != bytes.size()) {
        d.error = PayloadText::tr("Not valid CBOR: one item ends at byte %1 of %2.")
                      .arg(reader.currentOffset())
                      .arg(bytes.size());
        return d;
    }
    QCborValue inner = value;
    while (inner.isTag())
        inner = inner.taggedValue();
    if (!inner.isMap() && !inner.isArray()) {
        d.error = PayloadText::tr("Not a CBOR map or array.");
        return d;
    }
    d.ok = true;
    d.value = value.toJsonValue();
    d.text = value.toDiagnosticNotation(QCborValue::LineWrapped);
    return d;
}

Decoded decodeMessagePack(QByteArrayView payload)
{
    Decoded d;
    const auto first = payload.isEmpty() ? 0 : static_cast<unsigned char>(payload.front());
    const bool container = (first >= 0x80 && first <= 0x9f) || (first >= 0xdc && first <= 0xdf);
    if (!container) {
        d.error = PayloadText::tr("Not a MessagePack map or array.");
        return d;
    }
    try {
        std::size_t offset = 0;
        const msgpack::object_handle handle =
            msgpack::unpack(payload.data(), std::size_t(payload.size()), offset);
        if (offset != std::size_t(payload.size())) {
            d.error = PayloadText::tr("Not valid MessagePack: one item ends at byte %1 of %2.")
                          .arg(offset)
                          .arg(payload.size());
            return d;
        }
        d.ok = true;
        d.value = fromMsgpack(handle.get(), 0);
        d.text = jsonText(d.value);
    } catch (const std::exception &e) {
        d.error = PayloadText::tr("Not valid MessagePack: %1.").arg(QString::fromUtf8(e.what()));
    }
    return d;
}

QJsonValue structuredValue(QByteArrayView payload, QStringView topic)
{
    if (isSparkplugTopic(topic)) {
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
