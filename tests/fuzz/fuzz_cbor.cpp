// libFuzzer target: the CBOR decoder on any bytes. Its JSON value must equal Qt's own conversion
// (QCborValue::toJsonValue), which it replaces for speed on large maps.

#include "FuzzCheck.h"
#include "payload/BinaryDecoders.h"
#include "payload/PayloadFormat.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QJsonValue>

#include <cstddef>
#include <cstdint>

using namespace deck::payload;

namespace {
// Qt 6.4's own conversion crashes on an empty URL (tag 32): it cannot be the oracle there.
bool holdsUrl(const QCborValue &v)
{
    if (v.isUrl())
        return true;
    if (v.isTag())
        return holdsUrl(v.taggedValue());
    if (v.isArray())
        for (const QCborValue &e : v.toArray())
            if (holdsUrl(e))
                return true;
    if (v.isMap())
        for (auto it = v.toMap().constBegin(); it != v.toMap().constEnd(); ++it)
            if (holdsUrl(it.key()) || holdsUrl(it.value()))
                return true;
    return false;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Decoded d = decodeCbor(bytes);
    FUZZ_CHECK(d.ok == d.error.isEmpty());
    if (d.ok) {
        const QCborValue value = QCborValue::fromCbor(bytes.toByteArray());
        if (!holdsUrl(value))
            FUZZ_CHECK(d.value == value.toJsonValue());
    }
    const Rendering r = render(bytes, Format::Cbor);
    FUZZ_CHECK(r.error == d.error);
    return 0;
}
