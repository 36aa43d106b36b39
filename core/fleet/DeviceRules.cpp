#include "DeviceRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace deck::fleet {

namespace {

DeviceRule streamRule()
{
    // {env}/{tenant}/{site}/{area}/{asset}/{stream}/{signal} (../shared/DOMAIN.md)
    DeviceRule r;
    r.name = QStringLiteral("stream");
    r.prefixLevels = 5;
    r.idLevel = 4;
    r.groupLevels = {0, 1, 2, 3};
    r.groupNames = {QStringLiteral("env"), QStringLiteral("tenant"), QStringLiteral("site"),
                    QStringLiteral("area")};
    r.streams = {QStringLiteral("telemetry"), QStringLiteral("status"), QStringLiteral("event"),
                 QStringLiteral("command"), QStringLiteral("ack"), QStringLiteral("result")};
    return r;
}

DeviceRule devicesRule()
{
    // devices/{id}/status, devices/{id}/telemetry/{metric}, devices/{id}/commands/{name}
    DeviceRule r;
    r.name = QStringLiteral("devices");
    r.prefixLevels = 2;
    r.literals = {{0, QStringLiteral("devices")}};
    r.idLevel = 1;
    return r;
}

/// The first levels of a topic, without allocating: this runs for every message.
struct Levels
{
    static constexpr size_t kMax = 34; // prefix_levels is at most 32, plus the stream level
    std::string_view at[kMax];
    size_t size = 0;
    Levels(std::string_view topic, size_t max)
    {
        max = std::min(max + 1, kMax);
        for (size_t start = 0; size < max;) {
            const size_t slash = topic.find('/', start);
            at[size++] =
                topic.substr(start, slash == std::string_view::npos ? slash : slash - start);
            if (slash == std::string_view::npos)
                break;
            start = slash + 1;
        }
    }
    const std::string_view &operator[](size_t i) const { return at[i]; }
};

bool equals(std::string_view level, const QString &word)
{
    return level.size() == size_t(word.size()) && QLatin1String(level.data(), qsizetype(level.size())) == word;
}

} // namespace

QStringList DeviceRules::presetNames()
{
    return {QStringLiteral("auto"), QStringLiteral("stream"), QStringLiteral("devices"),
            QStringLiteral("sparkplug")};
}

std::optional<DeviceRules> DeviceRules::preset(const QString &name, QString *error)
{
    DeviceRules r;
    if (name == QLatin1String("stream")) {
        r.m_rules = {streamRule()};
    } else if (name == QLatin1String("devices")) {
        r.m_rules = {devicesRule()};
    } else if (name == QLatin1String("sparkplug")) {
        r.m_sparkplug = true;
    } else if (name == QLatin1String("auto")) {
        r.m_rules = {devicesRule(), streamRule()};
        r.m_sparkplug = true;
    } else {
        if (error)
            *error = tr("no preset is called \"%1\"; choose among %2.")
                         .arg(name, presetNames().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return r;
}

std::optional<DeviceRules> DeviceRules::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    auto fail = [&](const QString &text) {
        if (error)
            *error = text;
        return std::nullopt;
    };
    if (parse.error != QJsonParseError::NoError)
        return fail(tr("the rules are not JSON: %1 at byte %2.")
                        .arg(parse.errorString())
                        .arg(parse.offset));
    if (!doc.isObject() || !doc.object().value(QStringLiteral("rules")).isArray())
        return fail(tr("the rules file needs an object with a \"rules\" list."));
    DeviceRules out;
    out.m_sparkplug = doc.object().value(QStringLiteral("sparkplug")).toBool(false);
    const QJsonArray rules = doc.object().value(QStringLiteral("rules")).toArray();
    for (int i = 0; i < rules.size(); ++i) {
        const QJsonObject o = rules.at(i).toObject();
        DeviceRule r;
        r.name = o.value(QStringLiteral("name")).toString(QStringLiteral("rule %1").arg(i + 1));
        auto number = [&](const char *key, int fallback, int min, int max, int *field) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isUndefined()) {
                *field = fallback;
                return true;
            }
            if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < min ||
                v.toInt() > max) {
                if (error)
                    *error = tr("rule \"%1\": \"%2\" must be a whole number from %3 to %4.")
                                 .arg(r.name, QLatin1String(key))
                                 .arg(min)
                                 .arg(max);
                return false;
            }
            *field = v.toInt();
            return true;
        };
        if (!number("prefix_levels", 1, 1, 32, &r.prefixLevels) ||
            !number("id_level", r.prefixLevels - 1, 0, r.prefixLevels - 1, &r.idLevel) ||
            !number("stale_after_seconds", 300, 1, 365 * 86400, &r.staleAfterSeconds))
            return std::nullopt;
        const QJsonObject literals = o.value(QStringLiteral("literals")).toObject();
        for (auto it = literals.begin(); it != literals.end(); ++it) {
            bool ok = false;
            const int level = it.key().toInt(&ok);
            if (!ok || level < 0 || level >= r.prefixLevels || !it.value().isString())
                return fail(tr("rule \"%1\": each literal is \"level\": \"text\" with a level "
                               "inside the prefix (0 to %2).")
                                .arg(r.name)
                                .arg(r.prefixLevels - 1));
            r.literals.emplace_back(level, it.value().toString());
        }
        const QJsonObject groups = o.value(QStringLiteral("groups")).toObject();
        std::vector<std::pair<int, QString>> groupsByLevel;
        for (auto it = groups.begin(); it != groups.end(); ++it) {
            const int level = it.value().toInt(-1);
            if (level < 0 || level >= r.prefixLevels)
                return fail(tr("rule \"%1\": group \"%2\" must name a level inside the prefix "
                               "(0 to %3).")
                                .arg(r.name, it.key())
                                .arg(r.prefixLevels - 1));
            groupsByLevel.emplace_back(level, it.key());
        }
        // A JSON object's keys come back sorted by name: the levels give the order users mean
        // (env, tenant, site, area).
        std::sort(groupsByLevel.begin(), groupsByLevel.end());
        for (const auto &[level, name] : groupsByLevel) {
            r.groupLevels.push_back(level);
            r.groupNames << name;
        }
        r.statusLevel = o.value(QStringLiteral("status_level")).toString(r.statusLevel);
        for (const QJsonValue &s : o.value(QStringLiteral("streams")).toArray())
            r.streams << s.toString();
        if (o.contains(QStringLiteral("state_keys"))) {
            r.stateKeys.clear();
            for (const QJsonValue &s : o.value(QStringLiteral("state_keys")).toArray())
                r.stateKeys << s.toString();
        }
        r.firmwareKey = o.value(QStringLiteral("firmware_key")).toString(r.firmwareKey);
        r.sinceKey = o.value(QStringLiteral("since_key")).toString(r.sinceKey);
        out.m_rules.push_back(r);
    }
    if (out.m_rules.empty() && !out.m_sparkplug)
        return fail(tr("the rules file has no rule (and Sparkplug is off): nothing would be "
                       "found."));
    return out;
}

QByteArray DeviceRules::toJson() const
{
    QJsonArray rules;
    for (const DeviceRule &r : m_rules) {
        QJsonObject o{{QStringLiteral("name"), r.name},
                      {QStringLiteral("prefix_levels"), r.prefixLevels},
                      {QStringLiteral("id_level"), r.idLevel},
                      {QStringLiteral("status_level"), r.statusLevel},
                      {QStringLiteral("state_keys"), QJsonArray::fromStringList(r.stateKeys)},
                      {QStringLiteral("firmware_key"), r.firmwareKey},
                      {QStringLiteral("since_key"), r.sinceKey},
                      {QStringLiteral("stale_after_seconds"), r.staleAfterSeconds}};
        QJsonObject literals;
        for (const auto &[level, text] : r.literals)
            literals.insert(QString::number(level), text);
        if (!literals.isEmpty())
            o.insert(QStringLiteral("literals"), literals);
        QJsonObject groups;
        for (size_t i = 0; i < r.groupLevels.size() && i < size_t(r.groupNames.size()); ++i)
            groups.insert(r.groupNames.at(qsizetype(i)), r.groupLevels[i]);
        if (!groups.isEmpty())
            o.insert(QStringLiteral("groups"), groups);
        if (!r.streams.isEmpty())
            o.insert(QStringLiteral("streams"), QJsonArray::fromStringList(r.streams));
        rules.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("sparkplug"), m_sparkplug},
                                     {QStringLiteral("rules"), rules}})
        .toJson(QJsonDocument::Indented);
}

void DeviceRules::setStaleAfterSeconds(int seconds)
{
    for (DeviceRule &r : m_rules)
        r.staleAfterSeconds = seconds;
}

std::optional<std::pair<const DeviceRule *, TopicMatch>>
DeviceRules::match(std::string_view topic) const
{
    if (topic.empty() || topic.front() == '$')
        return std::nullopt;
    for (const DeviceRule &r : m_rules) {
        const Levels l(topic, size_t(r.prefixLevels));
        if (l.size < size_t(r.prefixLevels))
            continue;
        bool ok = true;
        for (const auto &[level, word] : r.literals)
            ok = ok && equals(l[size_t(level)], word);
        for (int i = 0; ok && i < r.prefixLevels; ++i)
            ok = !l[size_t(i)].empty();
        const bool deeper = l.size > size_t(r.prefixLevels);
        if (ok && !r.streams.isEmpty()) // a closed list of streams: the topic must use one
            ok = deeper && std::any_of(r.streams.cbegin(), r.streams.cend(), [&](const QString &s) {
                     return equals(l[size_t(r.prefixLevels)], s);
                 });
        if (!ok)
            continue;
        TopicMatch m;
        const size_t prefixEnd = size_t(l[size_t(r.prefixLevels) - 1].data() - topic.data()) +
                                 l[size_t(r.prefixLevels) - 1].size();
        m.prefix = topic.substr(0, prefixEnd);
        m.id = l[size_t(r.idLevel)];
        m.status = deeper && equals(l[size_t(r.prefixLevels)], r.statusLevel);
        return std::make_pair(&r, m);
    }
    return std::nullopt;
}

StatusSays DeviceRules::readState(const DeviceRule &rule, const QByteArray &payload,
                                  QString *firmware, QString *since)
{
    auto word = [](QString w) {
        w = w.trimmed().toLower();
        if (w == QLatin1String("online") || w == QLatin1String("1") || w == QLatin1String("true") ||
            w == QLatin1String("up") || w == QLatin1String("connected"))
            return StatusSays::Online;
        if (w == QLatin1String("offline") || w == QLatin1String("0") ||
            w == QLatin1String("false") || w == QLatin1String("down") ||
            w == QLatin1String("disconnected") || w == QLatin1String("lost"))
            return StatusSays::Offline;
        return StatusSays::Nothing;
    };
    const QByteArray trimmed = payload.trimmed();
    if (trimmed.startsWith('{')) {
        const QJsonObject o = QJsonDocument::fromJson(trimmed).object();
        if (firmware && o.value(rule.firmwareKey).isString())
            *firmware = o.value(rule.firmwareKey).toString();
        if (since && o.value(rule.sinceKey).isString())
            *since = o.value(rule.sinceKey).toString();
        for (const QString &key : rule.stateKeys) {
            const QJsonValue v = o.value(key);
            if (v.isBool())
                return v.toBool() ? StatusSays::Online : StatusSays::Offline;
            if (v.isDouble())
                return v.toDouble() != 0 ? StatusSays::Online : StatusSays::Offline;
            if (v.isString())
                return word(v.toString());
        }
        return StatusSays::Nothing;
    }
    if (trimmed.size() > 32)
        return StatusSays::Nothing; // a plain-text state is one word
    return word(QString::fromUtf8(trimmed));
}

} // namespace deck::fleet
