#include "SentAnswer.h"

#include "mqtt/ReasonCodes.h"

namespace deck::profiles {

namespace {
struct Coded
{
    bool valid = false;
    bool refused = false;
    mqtt::MqttVersion version = mqtt::MqttVersion::V5;
    int code = 0;
};

Coded parse(const QString &stored)
{
    Coded c;
    const QStringList parts = stored.split(u':');
    if (parts.size() != 3 || (parts[0] != u"ok" && parts[0] != u"refused"))
        return c;
    bool versionOk = false, codeOk = false;
    const int version = parts[1].toInt(&versionOk);
    c.code = parts[2].toInt(&codeOk);
    c.valid = versionOk && codeOk && (version == 4 || version == 5);
    c.refused = parts[0] == u"refused";
    c.version = version == 4 ? mqtt::MqttVersion::V311 : mqtt::MqttVersion::V5;
    return c;
}
} // namespace

QString SentAnswer::waiting()
{
    return QStringLiteral("waiting");
}

QString SentAnswer::qos0()
{
    return QStringLiteral("qos0");
}

QString SentAnswer::fromResult(const mqtt::PublishResult &result, mqtt::MqttVersion version)
{
    if (!result.error.isEmpty())
        return QStringLiteral("failed:") + result.error;
    if (result.qos == 0)
        return qos0();
    return QStringLiteral("%1:%2:%3")
        .arg(result.ok ? QStringLiteral("ok") : QStringLiteral("refused"))
        .arg(version == mqtt::MqttVersion::V311 ? 4 : 5)
        .arg(result.code);
}

QString SentAnswer::text(const QString &stored)
{
    if (stored == waiting())
        return tr("waiting…");
    if (stored == qos0())
        return tr("sent (QoS 0 has no answer)");
    if (stored.startsWith(QLatin1String("failed:")))
        return tr("failed: %1").arg(stored.mid(7));
    const Coded c = parse(stored);
    if (!c.valid)
        return stored; // a sentence stored by an earlier version
    using mqtt::PacketKind;
    using mqtt::ReasonCodes;
    const QString name = ReasonCodes::name(c.code, PacketKind::Puback, c.version);
    if (!c.refused)
        return tr("%1 (%2)").arg(name, ReasonCodes::hex(c.code));
    return tr("refused: %1 (%2). %3")
        .arg(name, ReasonCodes::hex(c.code),
             ReasonCodes::explanation(c.code, PacketKind::Puback, c.version));
}

bool SentAnswer::isRefusal(const QString &stored)
{
    return stored.startsWith(QLatin1String("failed:")) || parse(stored).refused ||
           stored.startsWith(QLatin1String("refused"));
}

} // namespace deck::profiles
