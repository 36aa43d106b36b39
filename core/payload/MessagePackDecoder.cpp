// MessagePack payloads. msgpack-cxx reserves every array and map at the size its header
// announces before reading a single element: 5 bytes (dd ff ff ff ff, an array of 4G elements)
// would ask for 96 GiB. So the payload is walked once without building anything, and refused
// when it announces more than its bytes can hold; msgpack-cxx then builds it under the same
// limits.

#include "BinaryDecoders.h"
#include "DecoderLimits.h"
#include "JsonMembers.h"
#include "JsonText.h"
#include "PayloadFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#define MSGPACK_NO_BOOST 1
#include <msgpack.hpp>

#include <cmath>

namespace deck::payload {

namespace {

// Refuses containers that announce more elements than the payload's bytes could hold (every
// element takes at least one byte) and nesting deeper than kMaxNesting. Counting the elements
// announced but not yet begun, across all open containers, bounds what msgpack-cxx reserves
// for the whole payload, not only per container: 1,000 nested arrays each announcing as many
// elements as the payload has bytes pass a per-container limit.
class BoundsCheck : public msgpack::null_visitor
{
public:
    explicit BoundsCheck(std::size_t size) : m_size(size) {}

    bool start_array(uint32_t n)
    {
        return open(n, n,
                    PayloadText::tr("an array announces %1 elements, more than the %2 "
                                    "bytes of the payload could hold"));
    }
    bool start_array_item() { return begin(); }
    bool end_array() { return close(); }
    bool start_map(uint32_t n)
    {
        return open(2 * std::uint64_t(n), n,
                    PayloadText::tr("a map announces %1 entries, more than the %2 bytes of the "
                                    "payload could hold"));
    }
    bool start_map_key() { return begin(); }
    bool start_map_value() { return begin(); }
    bool end_map() { return close(); }

    const QString &refusal() const { return m_refusal; }

private:
    bool open(std::uint64_t elements, uint32_t announced, const QString &tooMany)
    {
        if (++m_depth > kMaxNesting) {
            m_refusal = PayloadText::tr("nested deeper than %1 levels").arg(kMaxNesting);
            return false;
        }
        m_pending += elements;
        if (m_pending > m_size) {
            m_refusal = tooMany.arg(announced).arg(m_size);
            return false;
        }
        return true;
    }
    bool begin()
    {
        --m_pending;
        return true;
    }
    bool close()
    {
        --m_depth;
        return true;
    }

    std::uint64_t m_size;
    std::uint64_t m_pending = 0;
    int m_depth = 0;
    QString m_refusal;
};

QString scalarText(const QJsonValue &v)
{
    return v.toVariant().toString();
}

QByteArray compactJson(const QJsonValue &v)
{
    return v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                        : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
}

// A map key as the name of a JSON member: strings as they are, numbers and the like as text,
// arrays and maps as compact JSON cut at kMaxKeyChars (each level would quote the text of the
// keys inside it again, doubling it).
QString keyText(const QJsonValue &key)
{
    if (key.isString())
        return key.toString();
    if (!key.isArray() && !key.isObject())
        return scalarText(key);
    const QString text = QString::fromUtf8(compactJson(key));
    return text.size() <= kMaxKeyChars ? text : text.left(kMaxKeyChars - 1) + u'…';
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
        JsonMembers m;
        for (uint32_t i = 0; i < o.via.map.size; ++i)
            m.add(keyText(fromMsgpack(o.via.map.ptr[i].key, depth + 1)),
                  fromMsgpack(o.via.map.ptr[i].val, depth + 1));
        return m.toObject();
    }
    }
    return {};
}

void appendJsonString(QByteArray &out, const QString &text)
{
    out += '"';
    for (const char c : text.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\r') {
            out += "\\r";
        } else if (u < 0x20) {
            out += "\\u00";
            out += "0123456789abcdef"[u >> 4];
            out += "0123456789abcdef"[u & 15];
        } else {
            out += c;
        }
    }
    out += '"';
}

/// The item as compact JSON text with map members in the order they were packed (a QJsonObject
/// would sort them, while the JSON and CBOR views keep the order sent) and integers exact (a
/// double would round 64-bit ids). Written by hand: msgpack-cxx's own JSON output escapes
/// nothing and QJsonDocument sorts. The tree and the diff still go through QJsonValue.
void appendJsonText(QByteArray &out, const msgpack::object &o, int depth)
{
    if (depth > 64) {
        out += "\"…\"";
        return;
    }
    switch (o.type) {
    case msgpack::type::POSITIVE_INTEGER:
        out += QByteArray::number(quint64(o.via.u64));
        return;
    case msgpack::type::NEGATIVE_INTEGER:
        out += QByteArray::number(qint64(o.via.i64));
        return;
    case msgpack::type::ARRAY:
        out += '[';
        for (uint32_t i = 0; i < o.via.array.size; ++i) {
            if (i)
                out += ',';
            appendJsonText(out, o.via.array.ptr[i], depth + 1);
        }
        out += ']';
        return;
    case msgpack::type::MAP:
        out += '{';
        for (uint32_t i = 0; i < o.via.map.size; ++i) {
            if (i)
                out += ',';
            appendJsonString(out, keyText(fromMsgpack(o.via.map.ptr[i].key, depth + 1)));
            out += ':';
            appendJsonText(out, o.via.map.ptr[i].val, depth + 1);
        }
        out += '}';
        return;
    case msgpack::type::NIL:
        out += "null";
        return;
    case msgpack::type::BOOLEAN:
        out += o.via.boolean ? "true" : "false";
        return;
    case msgpack::type::FLOAT32:
    case msgpack::type::FLOAT64:
        if (std::isfinite(o.via.f64))
            out += QByteArray::number(o.via.f64, 'g', QLocale::FloatingPointShortest);
        else // JSON has no NaN or infinity: said as text
            appendJsonString(out, QString::number(o.via.f64));
        return;
    default: // strings, binary and extensions: as fromMsgpack spells them
        appendJsonString(out, fromMsgpack(o, depth).toString());
        return;
    }
}

} // namespace

Decoded decodeMessagePack(QByteArrayView payload)
{
    Decoded d;
    const auto first = payload.isEmpty() ? 0 : static_cast<unsigned char>(payload.front());
    const bool container = (first >= 0x80 && first <= 0x9f) || (first >= 0xdc && first <= 0xdf);
    if (!container) {
        d.error = PayloadText::tr("Not a MessagePack map or array.");
        return d;
    }
    const auto size = std::size_t(payload.size());
    QByteArray ordered; // the text view's JSON, members in packed order
    try {
        BoundsCheck bounds(size);
        std::size_t scanned = 0;
        msgpack::parse(payload.data(), size, scanned, bounds); // errors: reported by unpack below
        if (!bounds.refusal().isEmpty()) {
            d.error = PayloadText::tr("Not valid MessagePack: %1.").arg(bounds.refusal());
            return d;
        }
        // The same bounds again, as msgpack-cxx's own: no size above the payload's, no deeper
        // nesting.
        const msgpack::unpack_limit limit(size, size, size, size, size, kMaxNesting);
        std::size_t offset = 0;
        const msgpack::object_handle handle =
            msgpack::unpack(payload.data(), size, offset, nullptr, nullptr, limit);
        if (offset != size) {
            d.error = PayloadText::tr("Not valid MessagePack: one item ends at byte %1 of %2.")
                          .arg(offset)
                          .arg(payload.size());
            return d;
        }
        d.value = fromMsgpack(handle.get(), 0);
        appendJsonText(ordered, handle.get(), 0);
    } catch (const std::exception &e) {
        d.error = PayloadText::tr("Not valid MessagePack: %1.").arg(QString::fromUtf8(e.what()));
        return d;
    }
    d.ok = true;
    IndentNotes notes;
    d.text = indentJson(ordered, 4, &notes);
    if (notes.indentationStopped)
        d.note = indentationStoppedNote();
    return d;
}

} // namespace deck::payload
