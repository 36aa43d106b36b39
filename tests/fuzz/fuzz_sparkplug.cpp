// libFuzzer target: the Sparkplug B decoder on any bytes, directly and as the views and charts
// reach it (a spBv1.0 topic). It must accept whatever Protobuf parses.

#include "FuzzCheck.h"
#include "payload/BinaryDecoders.h"
#include "payload/PayloadFormat.h"
#include "payload/SparkplugB.h"
#include "payload/proto/sparkplug_b.pb.h"

#include <cstddef>
#include <cstdint>

using namespace deck::payload;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Decoded d = decodeSparkplug(bytes);
    deck::sparkplug::Payload parsed;
    FUZZ_CHECK(d.ok == parsed.ParseFromArray(data, int(size)));
    const QString topic = QStringLiteral("spBv1.0/plant/NDATA/edge-1");
    FUZZ_CHECK(structuredValue(bytes, topic).isObject() == d.ok);
    const Rendering r = render(bytes, Format::Auto, topic);
    FUZZ_CHECK(r.format == Format::SparkplugB && r.error == d.error);
    return 0;
}
