#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <string_view>
#include <vector>

namespace deck::fleet {

/// How to find devices in topics, and their state in status messages. A rule names the level
/// that holds the device id, the levels that group devices, which topics under a device are its
/// status, how to read a status payload, and when a silent device turns stale.
struct DeviceRule
{
    QString name;
    /// Levels of the device's prefix (`{env}/{tenant}/{site}/{area}/{asset}` = 5): every topic
    /// under it counts as the device being seen.
    int prefixLevels = 5;
    /// Fixed levels the prefix must have ("devices" at 0 for devices/{id}/...); -1 = any.
    std::vector<std::pair<int, QString>> literals;
    int idLevel = 4;                ///< the level that names the device
    std::vector<int> groupLevels;   ///< levels that group devices (site, area, ...)
    QStringList groupNames;         ///< their names, same order ("env", "tenant", ...)
    /// The level after the prefix that says "status" (`status`), and further levels allowed
    /// below it (`status/connection`).
    QString statusLevel = QStringLiteral("status");
    /// Levels that may follow the prefix at all (the closed list of streams); empty = any.
    QStringList streams;
    QStringList stateKeys{QStringLiteral("state"), QStringLiteral("status")};
    QString firmwareKey = QStringLiteral("firmware");
    QString sinceKey = QStringLiteral("since");
    int staleAfterSeconds = 300;
};

/// What a topic is to a rule: the device it belongs to, and whether it is a status topic.
struct TopicMatch
{
    std::string_view prefix; ///< the device's topic prefix (its identity)
    std::string_view id;
    bool status = false;
};

/// A device's state as a status payload says it.
enum class StatusSays { Nothing, Online, Offline };

class DeviceRules
{
    Q_DECLARE_TR_FUNCTIONS(DeviceRules)
public:
    /// stream, devices, sparkplug, auto (all three).
    static QStringList presetNames();
    /// Empty when `name` is no preset (`error` says which exist).
    static std::optional<DeviceRules> preset(const QString &name, QString *error = nullptr);
    /// A rules file: {"rules": [{"name", "prefix_levels", "literals": {"0": "devices"},
    /// "id_level", "groups": {"site": 2, ...}, "status_level", "streams": [...], "state_keys",
    /// "firmware_key", "since_key", "stale_after_seconds"}], "sparkplug": true|false}. Errors
    /// name the rule and the field.
    static std::optional<DeviceRules> fromJson(const QByteArray &json, QString *error);

    /// The rules in the form fromJson reads (a preset written out, to start a file from).
    QByteArray toJson() const;

    const std::vector<DeviceRule> &rules() const { return m_rules; }
    bool sparkplug() const { return m_sparkplug; }
    /// Overrides every rule's stale threshold.
    void setStaleAfterSeconds(int seconds);

    /// The first rule that claims `topic`, and what the topic is to it.
    std::optional<std::pair<const DeviceRule *, TopicMatch>> match(std::string_view topic) const;
    /// Reads a status payload: JSON {"state": "online"} (or "status"), or plain text
    /// online/offline/1/0/true/false/up/down/connected/disconnected (any case).
    static StatusSays readState(const DeviceRule &rule, const QByteArray &payload,
                                QString *firmware = nullptr, QString *since = nullptr);

private:
    std::vector<DeviceRule> m_rules;
    bool m_sparkplug = false;
};

} // namespace deck::fleet
