#include "BoardSettings.h"

namespace deck::fleet {

std::optional<DeviceRules> BoardSettings::rules(QString *error) const
{
    std::optional<DeviceRules> r = preset == QLatin1String(kCustom)
                                       ? DeviceRules::fromJson(customRules, error)
                                       : DeviceRules::preset(preset, error);
    if (r && staleAfterSeconds > 0)
        r->setStaleAfterSeconds(staleAfterSeconds);
    return r;
}

bool BoardSettings::sameRules(const BoardSettings &other) const
{
    return preset == other.preset && staleAfterSeconds == other.staleAfterSeconds &&
           (preset != QLatin1String(kCustom) || customRules == other.customRules);
}

QJsonObject BoardSettings::toJson() const
{
    QJsonObject o{{QStringLiteral("preset"), preset},
                  {QStringLiteral("stale_after_seconds"), staleAfterSeconds},
                  {QStringLiteral("retained_large_bytes"), retainedLargeBytes}};
    if (!customRules.isEmpty())
        o.insert(QStringLiteral("custom_rules"), QString::fromUtf8(customRules));
    return o;
}

BoardSettings BoardSettings::fromJson(const QJsonObject &json)
{
    BoardSettings s;
    const QString preset = json.value(QStringLiteral("preset")).toString();
    if (preset == QLatin1String(kCustom) || DeviceRules::presetNames().contains(preset))
        s.preset = preset;
    s.customRules = json.value(QStringLiteral("custom_rules")).toString().toUtf8();
    s.staleAfterSeconds = qMax(0, json.value(QStringLiteral("stale_after_seconds")).toInt(0));
    const qint64 large =
        qint64(json.value(QStringLiteral("retained_large_bytes")).toDouble(kDefaultLargeBytes));
    s.retainedLargeBytes = large > 0 ? large : kDefaultLargeBytes;
    return s;
}

} // namespace deck::fleet
