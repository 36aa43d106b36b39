#include "ProfileImport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace deck::profiles {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Adds the profile; a password in the export goes beside it, for the keychain.
void keep(ConnectionProfile &p, const QJsonObject &connection, ImportResult &r)
{
    const QString password = connection.value(QStringLiteral("password")).toString();
    if (!password.isEmpty()) {
        r.passwords.insert(p.id, password);
        p.savePassword = true;
    }
    r.profiles.append(p);
}

// Both tools list subscriptions as [{"topic": …, "qos": …}].
QList<mqtt::Subscription> subscriptionsOf(const QJsonObject &connection)
{
    QList<mqtt::Subscription> subs;
    for (const QJsonValue &s : connection.value(QStringLiteral("subscriptions")).toArray()) {
        mqtt::Subscription sub;
        sub.filter = s.toObject().value(QStringLiteral("topic")).toString();
        sub.qos = s.toObject().value(QStringLiteral("qos")).toInt();
        if (!sub.filter.isEmpty())
            subs.append(sub);
    }
    return subs;
}

// MQTT Explorer embeds certificates as {name, data (base64)}: written out as files.
QString writeCertificate(const QJsonValue &cert, const QString &dir, const QString &id,
                         const QString &what, QStringList &notes, const QString &name)
{
    const QJsonObject o = cert.toObject();
    if (o.isEmpty())
        return {};
    const QByteArray data =
        QByteArray::fromBase64(o.value(QStringLiteral("data")).toString().toLatin1());
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("%1-%2.pem").arg(id, what));
    // Created readable by the user only from the first byte (a client key is a secret): never
    // written with the default mode and narrowed afterwards. NewOnly: an existing file (with
    // whatever mode it has) is replaced, not reused.
    QFile::remove(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(data) != data.size()) {
        notes << ProfileImport::tr("%1: could not write its %2 to %3.").arg(name, what, path);
        return {};
    }
    notes << ProfileImport::tr("%1: its %2 was written to %3 (readable by you only).")
                 .arg(name, what, path);
    return path;
}

void importMqttExplorer(const QJsonObject &connections, const QString &certDir, ImportResult &r)
{
    r.format = QStringLiteral("MQTT Explorer");
    for (auto it = connections.begin(); it != connections.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        ConnectionProfile p;
        p.id = newId();
        p.name = c.value(QStringLiteral("name")).toString(it.key());
        const bool ws = c.value(QStringLiteral("protocol")).toString() == QLatin1String("ws");
        const bool tls = c.value(QStringLiteral("encryption")).toBool();
        p.options.transport =
            ws ? (tls ? mqtt::Transport::SecureWebSocket : mqtt::Transport::WebSocket)
               : (tls ? mqtt::Transport::Tls : mqtt::Transport::Tcp);
        p.options.host = c.value(QStringLiteral("host")).toString();
        p.options.port = c.value(QStringLiteral("port")).toInt();
        const QString basePath = c.value(QStringLiteral("basePath")).toString();
        if (ws && !basePath.isEmpty())
            p.options.webSocketPath = basePath.startsWith(u'/') ? basePath : u'/' + basePath;
        p.options.version = mqtt::MqttVersion::V311; // MQTT Explorer speaks 3.1.1
        p.options.clientId = c.value(QStringLiteral("clientId")).toString();
        p.options.username = c.value(QStringLiteral("username")).toString();
        const bool validate = c.value(QStringLiteral("certValidation")).toBool(true);
        p.options.tls.verifyPeer = validate;
        p.options.tls.verifyHostname = validate;
        p.options.tls.caFile =
            writeCertificate(c.value(QStringLiteral("selfSignedCertificate")), certDir, p.id,
                             QStringLiteral("ca"), r.notes, p.name);
        p.options.tls.certFile =
            writeCertificate(c.value(QStringLiteral("clientCertificate")), certDir, p.id,
                             QStringLiteral("cert"), r.notes, p.name);
        p.options.tls.keyFile = writeCertificate(c.value(QStringLiteral("clientKey")), certDir,
                                                 p.id, QStringLiteral("key"), r.notes, p.name);
        p.subscriptions = subscriptionsOf(c);
        keep(p, c, r);
    }
}

void importMqttx(const QJsonArray &connections, ImportResult &r)
{
    r.format = QStringLiteral("MQTTX");
    for (const QJsonValue &v : connections) {
        const QJsonObject c = v.toObject();
        ConnectionProfile p;
        p.id = newId();
        p.name = c.value(QStringLiteral("name")).toString();
        const QString protocol =
            c.value(QStringLiteral("protocol")).toString(QStringLiteral("mqtt"));
        const bool tls = c.value(QStringLiteral("ssl")).toBool() ||
                         protocol == QLatin1String("mqtts") || protocol == QLatin1String("wss");
        const bool ws = protocol.startsWith(QLatin1String("ws"));
        p.options.transport =
            ws ? (tls ? mqtt::Transport::SecureWebSocket : mqtt::Transport::WebSocket)
               : (tls ? mqtt::Transport::Tls : mqtt::Transport::Tcp);
        p.options.host = c.value(QStringLiteral("host")).toString();
        p.options.port = c.value(QStringLiteral("port")).toInt();
        if (ws && !c.value(QStringLiteral("path")).toString().isEmpty())
            p.options.webSocketPath = c.value(QStringLiteral("path")).toString();
        p.options.version =
            c.value(QStringLiteral("mqttVersion")).toString() == QLatin1String("5.0")
                ? mqtt::MqttVersion::V5
                : mqtt::MqttVersion::V311;
        p.options.clientId = c.value(QStringLiteral("clientId")).toString();
        p.options.username = c.value(QStringLiteral("username")).toString();
        p.options.cleanStart = c.value(QStringLiteral("clean")).toBool(true);
        p.options.keepAliveSeconds = c.value(QStringLiteral("keepalive")).toInt(60);
        // Older exports keep the MQTT 5 options at the top level, newer ones under "properties".
        const QJsonObject props = c.value(QStringLiteral("properties")).toObject();
        auto option = [&](const char *name) {
            const QString key = QString::fromLatin1(name);
            return props.contains(key) ? props.value(key) : c.value(key);
        };
        p.options.sessionExpirySeconds = quint32(option("sessionExpiryInterval").toInteger(0));
        if (option("receiveMaximum").toInt() > 0)
            p.options.receiveMaximum = quint16(option("receiveMaximum").toInt());
        if (option("maximumPacketSize").toInteger() > 0)
            p.options.maximumPacketSize = quint32(option("maximumPacketSize").toInteger());
        const bool reject = c.value(QStringLiteral("rejectUnauthorized")).toBool(true);
        p.options.tls.verifyPeer = reject;
        p.options.tls.verifyHostname = reject;
        p.options.tls.caFile = c.value(QStringLiteral("ca")).toString();
        p.options.tls.certFile = c.value(QStringLiteral("cert")).toString();
        p.options.tls.keyFile = c.value(QStringLiteral("key")).toString();
        const QJsonObject will = c.value(QStringLiteral("will")).toObject();
        p.options.will.topic = will.value(QStringLiteral("lastWillTopic")).toString();
        p.options.will.payload = will.value(QStringLiteral("lastWillPayload")).toString().toUtf8();
        p.options.will.qos = will.value(QStringLiteral("lastWillQos")).toInt();
        p.options.will.retain = will.value(QStringLiteral("lastWillRetain")).toBool();
        const QJsonObject willProps = will.value(QStringLiteral("properties")).toObject();
        p.options.will.delaySeconds =
            quint32(willProps.value(QStringLiteral("willDelayInterval")).toInteger());
        p.options.will.properties.contentType =
            willProps.value(QStringLiteral("contentType")).toString();
        p.subscriptions = subscriptionsOf(c);
        if (c.value(QStringLiteral("clientIdWithTime")).toBool())
            r.notes << ProfileImport::tr(
                           "%1: MQTTX appended the time to the client id; MQTT Deck uses "
                           "the id as saved (leave it empty to have one generated).")
                           .arg(p.name);
        keep(p, c, r);
    }
}

} // namespace

ImportResult ProfileImport::fromFile(const QString &path, const QString &certificateDir)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult r;
        r.error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return r;
    }
    return fromJson(file.readAll(), certificateDir);
}

ImportResult ProfileImport::fromJson(const QByteArray &json, const QString &certificateDir)
{
    ImportResult r;
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError) {
        r.error = tr("This file is not JSON (%1 at byte %2); export the connections from MQTT "
                     "Explorer or MQTTX as JSON first.")
                      .arg(parse.errorString())
                      .arg(parse.offset);
        return r;
    }
    const QJsonObject root = doc.object();
    if (doc.isArray()) {
        importMqttx(doc.array(), r);
    } else if (root.value(QStringLiteral("connections")).isArray()) {
        importMqttx(root.value(QStringLiteral("connections")).toArray(), r);
    } else if (root.value(QStringLiteral("ConnectionManager_connections")).isObject()) {
        importMqttExplorer(root.value(QStringLiteral("ConnectionManager_connections")).toObject(),
                           certificateDir, r);
    } else if (!root.isEmpty() &&
               root.begin().value().toObject().value(QStringLiteral("type")).toString() ==
                   QLatin1String("mqtt")) {
        importMqttExplorer(root, certificateDir, r);
    } else {
        r.error = tr("No connections found: this is neither an MQTT Explorer settings.json nor an "
                     "MQTTX export.");
        return r;
    }
    if (r.profiles.isEmpty())
        r.error = tr("The %1 export holds no connections.").arg(r.format);
    for (ConnectionProfile &p : r.profiles)
        if (p.name.trimmed().isEmpty())
            p.name = p.options.host;
    return r;
}

} // namespace deck::profiles
