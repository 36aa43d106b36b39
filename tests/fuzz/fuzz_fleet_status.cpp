// libFuzzer target: the fleet's status side — the rules-file parser, the topic matcher and the
// status-payload reader — on any bytes. Checks, besides the sanitizers: a parsed rule holds
// together (its levels inside its prefix); a match's prefix is the start of the topic and ends at
// a level boundary, its id is one of the prefix's levels.
//
// Input: the first byte chooses: even = a rules file (the rest); odd = a topic and a payload
// separated by the first zero byte, matched by the "auto" preset and read as a status.

#include "FuzzCheck.h"
#include "fleet/DeviceRules.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using deck::fleet::DeviceRules;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    if ((data[0] & 1) == 0) {
        QString error;
        const auto rules = DeviceRules::fromJson(rest, &error);
        FUZZ_CHECK(rules.has_value() == error.isEmpty());
        if (rules)
            for (const auto &r : rules->rules()) {
                FUZZ_CHECK(r.prefixLevels >= 1 && r.idLevel >= 0 && r.idLevel < r.prefixLevels);
                for (int level : r.groupLevels)
                    FUZZ_CHECK(level >= 0 && level < r.prefixLevels);
            }
        return 0;
    }
    static const DeviceRules rules = *DeviceRules::preset(QStringLiteral("auto"));
    const qsizetype zero = rest.indexOf('\0');
    const QByteArray topic = zero < 0 ? rest : rest.left(zero);
    const QByteArray payload = zero < 0 ? QByteArray() : rest.mid(zero + 1);
    const std::string_view t(topic.constData(), size_t(topic.size()));
    if (const auto m = rules.match(t)) {
        const auto &match = m->second;
        FUZZ_CHECK(t.substr(0, match.prefix.size()) == match.prefix);
        FUZZ_CHECK(match.prefix.size() == t.size() || t[match.prefix.size()] == '/');
        FUZZ_CHECK(match.id.data() >= match.prefix.data() &&
                   match.id.data() + match.id.size() <= match.prefix.data() + match.prefix.size());
        QString firmware, since;
        DeviceRules::readState(*m->first, payload, &firmware, &since);
    }
    return 0;
}
