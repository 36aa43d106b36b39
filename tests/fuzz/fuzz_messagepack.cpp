// libFuzzer target: the MessagePack decoder on any bytes (the bounds walk, then msgpack-cxx under
// its limits, then the JSON value and text).

#include "FuzzCheck.h"
#include "payload/BinaryDecoders.h"
#include "payload/DecoderLimits.h"
#include "payload/PayloadFormat.h"

#include <cstddef>
#include <cstdint>

using namespace deck::payload;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Decoded d = decodeMessagePack(bytes);
    FUZZ_CHECK(d.ok == d.error.isEmpty());
    const Rendering r = render(bytes, Format::MessagePack);
    FUZZ_CHECK(r.error == d.error);
    return 0;
}
