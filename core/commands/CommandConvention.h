#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

namespace deck::commands {

/// How a command and its answers travel (DOMAIN.md, "Commands and their acknowledgements"):
/// - Stream: {prefix}/command/{name} → {prefix}/ack/{name} and {prefix}/result/{name}, JSON with
///   the command_id and a status.
/// - Devices: devices/{id}/commands/{name} → devices/{id}/commands/ack and …/result.
/// - Mqtt5: request/response; the response topic ({prefix}/response/{name}, or
///   devices/{id}/commands/response) and the correlation data (= command_id) go with the
///   command, its message expiry is the time to live; the answers' payload carries the status.
/// - Sparkplug: NCMD/DCMD with metrics; the outcome is the next NDATA/DDATA (or nothing).
enum class Convention { Stream, Devices, Mqtt5, Sparkplug };

QString conventionKey(Convention convention);
std::optional<Convention> conventionFromKey(const QString &key);
/// Stream and devices answers are matched by the command_id in the command's JSON.
bool conventionNeedsJson(Convention convention);

/// A device to send to, as a topic prefix: {env}/{tenant}/{site}/{area}/{asset} (stream),
/// devices/{id} (devices) or spBv1.0/{group}/{node}[/{device}] (Sparkplug B).
struct CommandTarget
{
    QString prefix;
    Convention natural = Convention::Stream; ///< the convention its shape says
    QString deviceId;                         ///< asset, id, Sparkplug device or node
    QMap<QString, QString> fields;            ///< env, tenant, site, area, asset | id | group, node, device
    QString rawTopic; ///< a command topic given as is (--topic) for MQTT 5 request/response
};

/// The topics of one command.
struct CommandTopics
{
    QString command;
    QString ack;      ///< stream, devices
    QString result;   ///< stream, devices; Sparkplug: NDATA/DDATA
    QString response; ///< MQTT 5
};

class Conventions
{
    Q_DECLARE_TR_FUNCTIONS(Conventions)
public:
    /// Reads a device prefix; refused in words: wildcards, empty levels, an unknown shape.
    static std::optional<CommandTarget> parseTarget(const QString &prefix, QString *error);
    /// Reads a command topic given as is (--topic): the target and the command's name, or
    /// refused in words when the topic does not have the convention's shape.
    static std::optional<CommandTarget> targetFromCommandTopic(Convention convention,
                                                               const QString &topic,
                                                               QString *name, QString *error);
    /// The topics of command `name` to `target` under `convention`.
    static std::optional<CommandTopics> topics(Convention convention, const CommandTarget &target,
                                               const QString &name, QString *error);
};

} // namespace deck::commands
