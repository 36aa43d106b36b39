// libFuzzer target: one Sparkplug B tracker fed with a stream of (topic, payload) messages split
// from the input. Besides the sanitizers it checks the tracker's invariants after every message.
//
// The input is a sequence of records (hand-rolled so that most topics are valid Sparkplug ones,
// which random bytes would almost never spell):
//   selector byte  0xFF: a raw topic follows (length byte, bytes);
//                  else bits 0-2 the type (NBIRTH NDEATH DBIRTH DDEATH NDATA DDATA NCMD STATE),
//                  bits 3-4 the node (4 of them), bits 5-6 the device (4 of them);
//   length         2 bytes, little-endian, clamped to what is left;
//   payload        that many bytes.

#include "FuzzCheck.h"
#include "fleet/SparkplugTracker.h"

#include <cstddef>
#include <cstdint>
#include <string>

using deck::fleet::SparkplugEntity;
using deck::fleet::SparkplugTracker;

namespace {

std::string topicOf(std::uint8_t selector)
{
    static const char *const types[] = {"NBIRTH", "NDEATH", "DBIRTH", "DDEATH",
                                        "NDATA",  "DDATA",  "NCMD",   "STATE"};
    const int type = selector & 7;
    const std::string node = "edge" + std::to_string((selector >> 3) & 3);
    if (type == 7)
        return "spBv1.0/STATE/" + node;
    std::string topic = std::string("spBv1.0/g/") + types[type] + "/" + node;
    if (type == 2 || type == 3 || type == 5)
        topic += "/dev" + std::to_string((selector >> 5) & 3);
    return topic;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // Small limits, so that the bounds are reached too.
    SparkplugTracker tracker(SparkplugTracker::Limits{12, 16});
    std::size_t at = 0;
    qint64 now = 1;
    while (at < size) {
        const std::uint8_t selector = data[at++];
        std::string topic;
        if (selector == 0xFF) {
            const std::size_t length = at < size ? data[at++] : 0;
            const std::size_t take = std::min(length, size - at);
            topic.assign(reinterpret_cast<const char *>(data + at), take);
            at += take;
        } else {
            topic = topicOf(selector);
        }
        std::size_t length = 0;
        if (at < size)
            length = data[at++];
        if (at < size)
            length |= std::size_t(data[at++]) << 8;
        length = std::min(length, size - at);
        const QByteArrayView payload(reinterpret_cast<const char *>(data + at), qsizetype(length));
        at += length;

        std::vector<QString> changed;
        const bool applied = tracker.apply(topic, payload, now++, &changed);
        FUZZ_CHECK(applied == !changed.empty());
        const auto &entities = tracker.entities();
        FUZZ_CHECK(entities.size() <= 12);
        for (const QString &id : changed)
            FUZZ_CHECK(entities.count(id) == 1);
        for (const auto &[id, e] : entities) {
            FUZZ_CHECK(e.id() == id);
            FUZZ_CHECK(e.metrics.size() <= 16 && e.aliases.size() <= 16);
            FUZZ_CHECK(e.lastSeq >= -1 && e.lastSeq <= 255);
            FUZZ_CHECK(e.rebirths == (e.births > 0 ? e.births - 1 : 0));
            FUZZ_CHECK(e.reconnects <= e.births);
            FUZZ_CHECK(e.state != SparkplugEntity::State::Online || e.births > 0);
            FUZZ_CHECK(e.flags().isEmpty() == e.lastProblem.isEmpty());
            for (const auto &[name, metric] : e.metrics)
                FUZZ_CHECK(metric.name == name && !name.isEmpty());
        }
    }
    return 0;
}
