// libFuzzer target: the MQTT packet codec (issue 14) on any bytes. The first byte picks the
// version the stream starts in (bit 0) and the size of the reads that split it (bits 1-4); the
// rest is the stream. Checks: the stream decoder gives the same results however the bytes are
// split; every error has an offset inside the stream, words and a rule; a decoded packet's size
// match its frame, its kept bytes are the stream's with exactly the secrets masked, and it
// encodes back to bytes that decode to the same packet.

#include "FuzzCheck.h"
#include "mqtt/packet/PacketDecoder.h"
#include "mqtt/packet/PacketEncoder.h"
#include "mqtt/packet/PacketJson.h"
#include "mqtt/packet/StreamDecoder.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace deck::mqtt;
using namespace deck::mqtt::packet;

namespace {

struct Seen
{
    DecodeResult result;
    MqttVersion version;
};

QList<Seen> decodeAll(QByteArrayView stream, MqttVersion start, qsizetype chunk,
                      std::optional<DecodeError> *end)
{
    StreamDecoder decoder(start, 1 << 20);
    QList<Seen> out;
    for (qsizetype at = 0; at < stream.size(); at += chunk) {
        decoder.feed(stream.sliced(at, qMin(chunk, stream.size() - at)));
        for (;;) {
            const MqttVersion version = decoder.version();
            std::optional<DecodeResult> r = decoder.take();
            if (!r)
                break;
            out.append({*r, version});
        }
    }
    *end = decoder.finish();
    return out;
}

void checkPacket(const Seen &seen, QByteArrayView stream)
{
    const qsizetype streamSize = stream.size();
    const DecodeResult &r = seen.result;
    if (!r.ok()) {
        FUZZ_CHECK(r.error.offset >= 0 && r.error.offset <= streamSize);
        FUZZ_CHECK(!r.error.message().isEmpty() && !r.error.reference().isEmpty());
        return;
    }
    const Packet &p = r.packet;
    FUZZ_CHECK(p.size == r.bytes.size() && r.offset + p.size <= streamSize);
    for (const SecretSpan &s : p.secrets) {
        FUZZ_CHECK(s.offset > 0 && s.offset + s.length <= p.size);
        FUZZ_CHECK(r.bytes.sliced(s.offset, s.length) == QByteArray(s.length, '*'));
    }
    FUZZ_CHECK(maskSecrets(stream.sliced(r.offset, p.size).toByteArray(), p.secrets) == r.bytes);
    if (p.connect.password)
        FUZZ_CHECK(p.connect.passwordMasked &&
                   p.connect.password->count('*') == p.connect.password->size());
    // Encode, decode again: the same packet (lengths may shrink to their short forms).
    const QByteArray again = encodePacket(p, seen.version);
    const DecodeResult back = decodePacket(again, seen.version);
    FUZZ_CHECK(back.ok());
    Packet a = p, b = back.packet;
    a.size = b.size = 0;
    a.secrets.clear();
    b.secrets.clear();
    FUZZ_CHECK(a == b);
    const QByteArray json = QJsonDocument(packetToJson(p, seen.version)).toJson();
    FUZZ_CHECK(!json.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const MqttVersion start = (data[0] & 1) ? MqttVersion::V5 : MqttVersion::V311;
    const qsizetype chunk = 1 + ((data[0] >> 1) & 0x0F);
    const QByteArrayView stream(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    std::optional<DecodeError> endWhole, endSplit;
    const QList<Seen> whole = decodeAll(stream, start, stream.size() + 1, &endWhole);
    const QList<Seen> split = decodeAll(stream, start, chunk, &endSplit);
    FUZZ_CHECK(whole.size() == split.size());
    for (qsizetype i = 0; i < whole.size(); ++i) {
        const DecodeResult &w = whole[i].result, &s = split[i].result;
        FUZZ_CHECK(w.ok() == s.ok() && w.offset == s.offset);
        FUZZ_CHECK(w.error.rule == s.error.rule && w.error.offset == s.error.offset);
        FUZZ_CHECK(w.packet == s.packet && w.bytes == s.bytes);
        checkPacket(whole[i], stream);
    }
    FUZZ_CHECK(endWhole.has_value() == endSplit.has_value());
    if (endWhole)
        FUZZ_CHECK(endWhole->offset == endSplit->offset && endWhole->offset < stream.size());
    return 0;
}
