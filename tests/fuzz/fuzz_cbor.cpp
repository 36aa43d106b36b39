// libFuzzer target: the CBOR decoder on any bytes. Its JSON value must equal Qt's own conversion
// (QCborValue::toJsonValue), which it replaces for speed on large maps.

#include "FuzzCheck.h"
#include "payload/BinaryDecoders.h"
#include "payload/PayloadFormat.h"

#include <QCborValue>
#include <QJsonValue>

#include <cstddef>
#include <cstdint>

using namespace deck::payload;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Decoded d = decodeCbor(bytes);
    FUZZ_CHECK(d.ok == d.error.isEmpty());
    if (d.ok)
        FUZZ_CHECK(d.value == QCborValue::fromCbor(bytes.toByteArray()).toJsonValue());
    const Rendering r = render(bytes, Format::Cbor);
    FUZZ_CHECK(r.error == d.error);
    return 0;
}
