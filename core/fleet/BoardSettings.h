#pragma once

#include "DeviceRules.h"

#include <QJsonObject>

#include <optional>

namespace deck::fleet {

/// How one connection's boards read its traffic, chosen in the window and saved with the
/// connection: the fleet's device rules (a preset, or rules of the user's own) and stale
/// threshold, and from what size a retained value is "large".
struct BoardSettings
{
    static constexpr const char *kCustom = "custom";
    static constexpr qint64 kDefaultLargeBytes = 16 * 1024;

    QString preset = QStringLiteral("auto"); ///< a DeviceRules preset, or "custom"
    QByteArray customRules;                  ///< rules JSON (DeviceRules::fromJson) for "custom"
    int staleAfterSeconds = 0;               ///< overrides every rule's threshold; 0 = keep them
    qint64 retainedLargeBytes = kDefaultLargeBytes;

    /// The device rules these settings describe; empty with `error` in words when the custom
    /// rules (or the preset's name) are wrong.
    std::optional<DeviceRules> rules(QString *error = nullptr) const;
    /// Same rules (preset, custom text and threshold): the fleet need not be rebuilt.
    bool sameRules(const BoardSettings &other) const;

    /// {"preset", "custom_rules", "stale_after_seconds", "retained_large_bytes"}; missing or
    /// wrong values read as the defaults (a saved connection never fails to open for them).
    QJsonObject toJson() const;
    static BoardSettings fromJson(const QJsonObject &json);
};

} // namespace deck::fleet
