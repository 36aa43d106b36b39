// libFuzzer target: the Automatic view on any bytes: detection (JSON, text, CBOR, MessagePack or
// hex), the rendering it picks, the one-line preview and the value charts read.

#include "FuzzCheck.h"
#include "payload/BinaryDecoders.h"
#include "payload/PayloadFormat.h"

#include <cstddef>
#include <cstdint>

using namespace deck::payload;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Format format = detect(bytes);
    const Rendering r = render(bytes, Format::Auto);
    FUZZ_CHECK(r.format == format);
    FUZZ_CHECK(r.error.isEmpty()); // what detection picked decodes
    previewLine(bytes);
    const QJsonValue value = structuredValue(bytes);
    if (format == Format::Json || format == Format::Cbor || format == Format::MessagePack)
        FUZZ_CHECK(value.isObject() || value.isArray());
    int invalid = 0;
    const QString text = textShowingInvalidBytes(bytes, &invalid);
    if (invalid == 0)
        FUZZ_CHECK(text == QString::fromUtf8(bytes));
    return 0;
}
