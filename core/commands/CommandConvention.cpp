#include "CommandConvention.h"

#include "mqtt/TopicValidator.h"

#include <QStringList>

namespace deck::commands {

namespace {
const char *const kKeys[] = {"stream", "devices", "mqtt5", "sparkplug"};

bool validLevel(const QString &s)
{
    return !s.isEmpty() && !s.contains(QLatin1Char('/')) && !s.contains(QLatin1Char('+')) &&
           !s.contains(QLatin1Char('#'));
}
} // namespace

QString conventionKey(Convention convention)
{
    return QString::fromLatin1(kKeys[int(convention)]);
}

std::optional<Convention> conventionFromKey(const QString &key)
{
    for (int i = 0; i < 4; ++i)
        if (key == QLatin1String(kKeys[i]))
            return Convention(i);
    return std::nullopt;
}

bool conventionNeedsJson(Convention convention)
{
    // MQTT 5 matches by correlation data and Sparkplug by topic: their payload may be anything
    // (Sparkplug's is metrics written as JSON in the template, checked when it is encoded).
    return convention == Convention::Stream || convention == Convention::Devices;
}

std::optional<CommandTarget> Conventions::parseTarget(const QString &prefix, QString *error)
{
    if (prefix.contains(QLatin1Char('+')) || prefix.contains(QLatin1Char('#'))) {
        *error = tr("the target \"%1\" contains a wildcard (+ or #): a command goes to one "
                    "device, named in full.")
                     .arg(prefix);
        return std::nullopt;
    }
    const QStringList levels = prefix.split(QLatin1Char('/'));
    if (prefix.isEmpty() || levels.contains(QString())) {
        *error = tr("the target \"%1\" has an empty topic level (no leading, trailing or double "
                    "'/').")
                     .arg(prefix);
        return std::nullopt;
    }
    CommandTarget t;
    t.prefix = prefix;
    if (levels.first() == QLatin1String("spBv1.0") && (levels.size() == 3 || levels.size() == 4)) {
        t.natural = Convention::Sparkplug;
        t.fields.insert(QStringLiteral("group"), levels[1]);
        t.fields.insert(QStringLiteral("node"), levels[2]);
        if (levels.size() == 4)
            t.fields.insert(QStringLiteral("device"), levels[3]);
        t.deviceId = levels.last();
        return t;
    }
    if (levels.first() == QLatin1String("devices") && levels.size() == 2) {
        t.natural = Convention::Devices;
        t.fields.insert(QStringLiteral("id"), levels[1]);
        t.deviceId = levels[1];
        return t;
    }
    if (levels.size() == 5) {
        t.natural = Convention::Stream;
        const char *names[] = {"env", "tenant", "site", "area", "asset"};
        for (int i = 0; i < 5; ++i)
            t.fields.insert(QString::fromLatin1(names[i]), levels[i]);
        t.deviceId = levels[4];
        return t;
    }
    *error = tr("the target \"%1\" is not a device prefix: expected "
                "{env}/{tenant}/{site}/{area}/{asset}, devices/{id} or "
                "spBv1.0/{group}/{node}[/{device}].")
                 .arg(prefix);
    return std::nullopt;
}

std::optional<CommandTarget> Conventions::targetFromCommandTopic(Convention convention,
                                                                 const QString &topic,
                                                                 QString *name, QString *error)
{
    if (const QString e = mqtt::TopicValidator::checkTopicName(topic); !e.isEmpty()) {
        *error = tr("the topic \"%1\" cannot carry a command: %2").arg(topic, e);
        return std::nullopt;
    }
    const QStringList levels = topic.split(QLatin1Char('/'));
    const int n = int(levels.size());
    auto fromPrefix = [&](const QStringList &prefixLevels) -> std::optional<CommandTarget> {
        std::optional<CommandTarget> t = parseTarget(prefixLevels.join(QLatin1Char('/')), error);
        if (!t) // any prefix will do for stream and MQTT 5; its fields are what its shape says
        {
            error->clear();
            t = CommandTarget{};
            t->prefix = prefixLevels.join(QLatin1Char('/'));
            t->deviceId = prefixLevels.last();
        }
        return t;
    };
    switch (convention) {
    case Convention::Stream:
        if (n >= 3 && levels[n - 2] == QLatin1String("command")) {
            *name = levels.last();
            return fromPrefix(levels.mid(0, n - 2));
        }
        *error = tr("for the stream convention the topic must end in /command/NAME (\"%1\" does "
                    "not).")
                     .arg(topic);
        return std::nullopt;
    case Convention::Devices:
        if (n == 4 && levels[0] == QLatin1String("devices") &&
            levels[2] == QLatin1String("commands")) {
            *name = levels.last();
            return fromPrefix(levels.mid(0, 2));
        }
        *error = tr("for the devices convention the topic must be devices/ID/commands/NAME (\"%1\" "
                    "is not).")
                     .arg(topic);
        return std::nullopt;
    case Convention::Mqtt5: {
        std::optional<CommandTarget> t =
            n >= 2 ? fromPrefix(levels.mid(0, n - 1)) : std::optional<CommandTarget>();
        if (!t) {
            t = CommandTarget{};
            t->prefix = topic;
            t->deviceId = topic;
        }
        t->rawTopic = topic;
        *name = levels.last();
        return t;
    }
    case Convention::Sparkplug:
        if (levels[0] == QLatin1String("spBv1.0") &&
            ((n == 4 && levels[2] == QLatin1String("NCMD")) ||
             (n == 5 && levels[2] == QLatin1String("DCMD")))) {
            QStringList prefix{levels[0], levels[1], levels[3]};
            if (n == 5)
                prefix << levels[4];
            *name = levels[2];
            return parseTarget(prefix.join(QLatin1Char('/')), error);
        }
        *error = tr("for Sparkplug B the topic must be spBv1.0/GROUP/NCMD/NODE or "
                    "spBv1.0/GROUP/DCMD/NODE/DEVICE (\"%1\" is not).")
                     .arg(topic);
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<CommandTopics> Conventions::topics(Convention convention,
                                                 const CommandTarget &target, const QString &name,
                                                 QString *error)
{
    if (convention != Convention::Sparkplug && !validLevel(name)) {
        *error = tr("the command name \"%1\" must be one topic level (not empty, no /, + or #).")
                     .arg(name);
        return std::nullopt;
    }
    if (target.prefix.contains(QLatin1Char('+')) || target.prefix.contains(QLatin1Char('#'))) {
        *error = tr("the target \"%1\" contains a wildcard (+ or #): a command goes to one "
                    "device, named in full.")
                     .arg(target.prefix);
        return std::nullopt;
    }
    const QString p = target.prefix;
    const bool sparkplugTarget =
        target.natural == Convention::Sparkplug && p.startsWith(QLatin1String("spBv1.0/"));
    if ((convention == Convention::Sparkplug) != sparkplugTarget) {
        *error = convention == Convention::Sparkplug
                     ? tr("the Sparkplug B convention needs a target spBv1.0/GROUP/NODE[/DEVICE] "
                          "(\"%1\" is not one).")
                           .arg(p)
                     : tr("the target \"%1\" is a Sparkplug B node or device: use the sparkplug "
                          "convention.")
                           .arg(p);
        return std::nullopt;
    }
    CommandTopics t;
    switch (convention) {
    case Convention::Stream:
        t.command = p + QStringLiteral("/command/") + name;
        t.ack = p + QStringLiteral("/ack/") + name;
        t.result = p + QStringLiteral("/result/") + name;
        break;
    case Convention::Devices:
        if (target.natural != Convention::Devices || !p.startsWith(QLatin1String("devices/"))) {
            *error = tr("the devices convention needs a target devices/ID (\"%1\" is not one).")
                         .arg(p);
            return std::nullopt;
        }
        if (name == QLatin1String("ack") || name == QLatin1String("result") ||
            name == QLatin1String("response")) {
            *error = tr("\"%1\" cannot name a command under the devices convention: "
                        "devices/ID/commands/%1 is where the answers come.")
                         .arg(name);
            return std::nullopt;
        }
        t.command = p + QStringLiteral("/commands/") + name;
        t.ack = p + QStringLiteral("/commands/ack");
        t.result = p + QStringLiteral("/commands/result");
        break;
    case Convention::Mqtt5:
        if (!target.rawTopic.isEmpty()) {
            t.command = target.rawTopic;
            t.response = target.rawTopic + QStringLiteral("/response");
        } else if (target.natural == Convention::Devices) {
            if (name == QLatin1String("ack") || name == QLatin1String("result") ||
                name == QLatin1String("response")) {
                *error = tr("\"%1\" cannot name a command under the devices convention: "
                            "devices/ID/commands/%1 is where the answers come.")
                             .arg(name);
                return std::nullopt;
            }
            t.command = p + QStringLiteral("/commands/") + name;
            t.response = p + QStringLiteral("/commands/response");
        } else {
            t.command = p + QStringLiteral("/command/") + name;
            t.response = p + QStringLiteral("/response/") + name;
        }
        break;
    case Convention::Sparkplug: {
        const QString group = target.fields.value(QStringLiteral("group"));
        const QString node = target.fields.value(QStringLiteral("node"));
        const QString device = target.fields.value(QStringLiteral("device"));
        const QString base = QStringLiteral("spBv1.0/") + group;
        if (device.isEmpty()) {
            t.command = base + QStringLiteral("/NCMD/") + node;
            t.result = base + QStringLiteral("/NDATA/") + node;
        } else {
            t.command = base + QStringLiteral("/DCMD/") + node + u'/' + device;
            t.result = base + QStringLiteral("/DDATA/") + node + u'/' + device;
        }
        break;
    }
    }
    return t;
}

} // namespace deck::commands
