// CBOR payloads. Qt's reader bounds what it reads: nesting at 1,024 levels (kMaxNesting), sizes
// against the bytes present, no reservation at an announced size. Two things are done here
// rather than by Qt: the JSON value, because QCborValue::toJsonValue inserts map keys one by one
// into a sorted QJsonObject (quadratic: minutes for a 4 MB map of 400,000 keys), and the choice
// of line-wrapped text, whose indentation grows with depth × items.

#include "BinaryDecoders.h"
#include "DecoderLimits.h"
#include "JsonMembers.h"
#include "PayloadFormat.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCborValue>
#include <QJsonArray>
#include <QUrl>
#include <QJsonObject>

namespace deck::payload {

namespace {

// Qt's own text for a key that is not a string (a number, base64url bytes, diagnostic notation
// for an array or a map), through a map of that one key.
QString keyText(const QCborValue &key)
{
    if (key.isString())
        return key.toString();
    const QJsonObject one = QCborMap{{key, QCborValue()}}.toJsonObject();
    return one.isEmpty() ? QString() : one.begin().key();
}

// The tagged value a tag (or a chain of tags) carries.
QCborValue untagged(QCborValue v)
{
    while (v.isTag())
        v = v.taggedValue();
    return v;
}

// Like QCborValue::toJsonValue (whose results it equals): tags around arrays and maps are
// dropped, everything that is not an array or a map is converted by Qt — except a URL (tag 32):
// Qt 6.4 converts an empty one by reading a null pointer (found by tests/fuzz/fuzz_cbor; the
// input is in its corpus), so a URL becomes its text here.
QJsonValue toJson(const QCborValue &v)
{
    const QCborValue inner = untagged(v);
    if (inner.isArray()) {
        QJsonArray a;
        for (const QCborValue &e : inner.toArray())
            a.append(toJson(e));
        return a;
    }
    if (inner.isMap()) {
        JsonMembers m;
        const QCborMap map = inner.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            m.add(keyText(it.key()), toJson(it.value()));
        return m.toObject();
    }
    if (v.isUrl())
        return v.toUrl().toString(QUrl::FullyEncoded);
    return v.toJsonValue();
}

// What line wrapping adds to the compact text: every item on its own line, indented 4 spaces
// per level. Stops counting once past `budget`.
qint64 wrappingCost(const QCborValue &v, int depth, qint64 budget)
{
    const QCborValue inner = untagged(v);
    qint64 cost = 0;
    auto item = [&](const QCborValue &child) {
        cost += 1 + 4 * qint64(depth + 1);
        if (cost <= budget)
            cost += wrappingCost(child, depth + 1, budget - cost);
    };
    if (inner.isArray()) {
        for (const QCborValue &e : inner.toArray()) {
            if (cost > budget)
                break;
            item(e);
        }
    } else if (inner.isMap()) {
        const QCborMap map = inner.toMap();
        for (auto it = map.begin(); it != map.end() && cost <= budget; ++it) {
            cost += wrappingCost(it.key(), depth + 1, budget - cost);
            item(it.value());
        }
    }
    return cost + 2 + 4 * qint64(depth); // the closing bracket's line
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
    const QCborValue inner = untagged(value);
    if (!inner.isMap() && !inner.isArray()) {
        d.error = PayloadText::tr("Not a CBOR map or array.");
        return d;
    }
    d.ok = true;
    d.value = toJson(value);
    const qint64 budget = indentedTextBudget(payload.size());
    const bool wrap = wrappingCost(value, 0, budget) <= budget;
    d.text = value.toDiagnosticNotation(wrap ? QCborValue::LineWrapped : QCborValue::Compact);
    if (!wrap)
        d.note = indentationStoppedNote();
    return d;
}

} // namespace deck::payload
