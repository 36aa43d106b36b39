#include "CommandBuilder.h"

#include "SparkplugCommandPayload.h"

#include <QDateTime>
#include <QDir>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace deck::commands {

QString CommandBuilder::isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString CommandBuilder::osUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty()) // no login environment (services, containers): the home folder's name
        user = QDir::home().dirName();
    return user;
}

QString CommandBuilder::hostName()
{
    return QHostInfo::localHostName();
}

namespace {
/// A value put into JSON text where a placeholder stood: placeholders stand inside JSON strings,
/// so the value is escaped as string content.
QString jsonEscaped(const QString &value)
{
    const QByteArray quoted =
        QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact); // ["…"]
    return QString::fromUtf8(quoted.mid(2, quoted.size() - 4));
}
} // namespace

std::optional<BuiltCommand> CommandBuilder::build(const CommandRequest &request,
                                                  const QString &commandId, qint64 nowMs,
                                                  QString *error)
{
    const CommandTemplate &t = request.tmpl;
    std::optional<CommandTarget> target;
    QString name = t.command;
    std::optional<Convention> convention = request.convention ? request.convention : t.convention;
    if (request.topic.isEmpty() == request.target.isEmpty()) {
        *error = tr("say where the command goes: a device (--target) or a topic (--topic), one "
                    "of the two.");
        return std::nullopt;
    }
    if (!request.target.isEmpty()) {
        target = Conventions::parseTarget(request.target, error);
        if (!target)
            return std::nullopt;
        if (!convention)
            convention = target->natural;
    } else {
        if (request.topic.contains(QLatin1Char('+')) || request.topic.contains(QLatin1Char('#'))) {
            *error = tr("the topic \"%1\" contains a wildcard (+ or #): a command goes to one "
                        "topic, named in full.")
                         .arg(request.topic);
            return std::nullopt;
        }
        if (!convention) {
            *error = tr("with --topic, say the convention (--convention stream|devices|mqtt5|"
                        "sparkplug) or use a template that has one.");
            return std::nullopt;
        }
        target = Conventions::targetFromCommandTopic(*convention, request.topic, &name, error);
        if (!target)
            return std::nullopt;
    }
    if (*convention == Convention::Sparkplug && !request.target.isEmpty())
        name = target->fields.contains(QStringLiteral("device")) ? QStringLiteral("DCMD")
                                                                  : QStringLiteral("NCMD");
    const std::optional<CommandTopics> topics =
        Conventions::topics(*convention, *target, name, error);
    if (!topics)
        return std::nullopt;
    if (t.requiresReason && request.reason.trimmed().isEmpty()) {
        *error = tr("the template \"%1\" requires a reason (--reason): say why it is sent.")
                     .arg(t.name);
        return std::nullopt;
    }
    if (request.retain && request.retainReason.trimmed().isEmpty()) {
        *error = tr("a command is not retained: a retained command would run again on every "
                    "device that subscribes later. To retain it anyway, give the reason "
                    "(--retain-reason).");
        return std::nullopt;
    }
    if (t.qos < 0 || t.qos > 2) {
        *error = tr("QoS must be 0, 1 or 2.");
        return std::nullopt;
    }

    // The placeholders.
    QMap<QString, QString> values = target->fields;
    values.insert(QStringLiteral("command_id"), commandId);
    values.insert(QStringLiteral("expires_at"), isoTime(nowMs + qint64(t.ttlSeconds) * 1000));
    values.insert(QStringLiteral("requested_by"), request.operatorName);
    values.insert(QStringLiteral("reason"), request.reason);
    values.insert(QStringLiteral("device_id"), target->deviceId);
    values.insert(QStringLiteral("command"), name);
    values.insert(QStringLiteral("ttl"), QString::number(t.ttlSeconds));
    QString text = t.payload;
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([a-z_]+)\\}\\}"));
    text.clear();
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(t.payload); it.hasNext();) {
        const auto m = it.next();
        text += t.payload.mid(last, m.capturedStart() - last);
        const QString key = m.captured(1);
        if (!placeholderNames().contains(key)) {
            *error = tr("the payload of \"%1\" uses an unknown placeholder {{%2}}.").arg(t.name, key);
            return std::nullopt;
        }
        text += jsonEscaped(values.value(key));
        last = m.capturedEnd();
    }
    text += t.payload.mid(last);
    QByteArray payload = text.toUtf8();

    QJsonParseError parse;
    QJsonDocument::fromJson(payload, &parse);
    const bool isJson = parse.error == QJsonParseError::NoError;
    if (conventionNeedsJson(*convention) && !isJson) {
        *error = tr("the payload is not JSON (%1 at offset %2), and the %3 convention needs JSON: "
                    "the device finds the command_id in it.")
                     .arg(parse.errorString())
                     .arg(parse.offset)
                     .arg(conventionKey(*convention));
        return std::nullopt;
    }
    if (conventionNeedsJson(*convention) && !payload.contains(commandId.toUtf8())) {
        *error = tr("the payload does not carry the command id ({{command_id}}): the device's "
                    "answers could not be matched to the command.");
        return std::nullopt;
    }
    if (*convention == Convention::Sparkplug) {
        const auto encoded = encodeSparkplugCommand(payload, nowMs, error);
        if (!encoded)
            return std::nullopt;
        payload = *encoded;
    }

    BuiltCommand b;
    CommandRecord &r = b.record;
    r.commandId = commandId;
    r.templateName = t.name;
    r.convention = *convention;
    r.name = name;
    r.target = request.target.isEmpty() ? request.topic : request.target;
    r.topic = topics->command;
    r.payload = payload;
    r.qos = t.qos;
    r.retain = request.retain;
    r.retainReason = request.retainReason;
    r.operatorName = request.operatorName;
    r.osUser = osUser();
    r.host = hostName();
    r.reason = request.reason;
    r.broker = request.broker;
    r.clientId = request.clientId;
    r.ackTopic = topics->ack;
    r.resultTopic = topics->result;
    r.responseTopic = topics->response;
    r.createdMs = nowMs;
    r.ttlMs = qint64(t.ttlSeconds) * 1000;
    r.ackTimeoutMs = qint64(t.ackTimeoutSeconds) * 1000;
    r.resultTimeoutMs = qint64(t.resultTimeoutSeconds) * 1000;

    mqtt::OutgoingMessage &m = b.message;
    m.topic = r.topic;
    m.payload = r.payload;
    m.qos = r.qos;
    m.retain = r.retain;
    if (*convention == Convention::Mqtt5) {
        m.properties.responseTopic = r.responseTopic;
        m.properties.correlationData = commandId.toUtf8();
        m.properties.messageExpirySeconds = quint32(t.ttlSeconds);
        m.properties.contentType = isJson ? QStringLiteral("application/json") : QString();
    }
    return b;
}

} // namespace deck::commands
