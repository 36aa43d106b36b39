#include "ConnectionArguments.h"

#include "platform/TerminalPrompt.h"

#include <QFile>
#include <QUrl>

#include <optional>

namespace deck::mqtt {

namespace {
using Outcome = ConnectionArguments::Outcome;

bool takeValue(const QStringList &args, int &index, QString *value, QString *error, int count = 1)
{
    if (index + count >= args.size()) {
        *error =
            ConnectionArguments::tr("%1 needs %n value(s).", nullptr, count).arg(args.at(index));
        return false;
    }
    *value = args.at(++index);
    return true;
}

/// A secret from a file (--pw-file, --key-passphrase-file): its first line, as other tools
/// read password files, so that the secret never appears in the process list.
bool readSecretFile(const QString &flag, const QString &path, QString *secret, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ConnectionArguments::tr("%1: cannot read \"%2\": %3.")
                     .arg(flag, path, file.errorString());
        return false;
    }
    QByteArray line = file.readLine(65536);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    *secret = QString::fromUtf8(line);
    return true;
}

/// -L URL as mosquitto's clients take it: mqtt://[user[:password]@]host[:port]/topic, and
/// mqtts:// (TLS), ws:// and wss:// (WebSockets; the WebSocket path stays --ws-path). The path
/// after the first '/' is the topic, percent-decoded (so '#' is written %23).
bool applyUrl(const QString &text, ParsedConnectionArguments &out, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const std::optional<Transport> transport =
        scheme == QLatin1String("mqtt")    ? std::optional(Transport::Tcp)
        : scheme == QLatin1String("mqtts") ? std::optional(Transport::Tls)
        : scheme == QLatin1String("ws")    ? std::optional(Transport::WebSocket)
        : scheme == QLatin1String("wss")   ? std::optional(Transport::SecureWebSocket)
                                           : std::nullopt;
    if (!url.isValid() || !transport || url.host().isEmpty()) {
        *error = ConnectionArguments::tr("-L expects a URL such as mqtt://user@host:1883/topic "
                                         "(schemes mqtt, mqtts, ws, wss), not \"%1\".")
                     .arg(text);
        return false;
    }
    ConnectionOptions &o = out.options;
    o.transport = *transport;
    out.transportGiven = true;
    o.host = url.host();
    if (url.port() > 0)
        o.port = url.port();
    if (!url.userName().isEmpty())
        o.username = url.userName(QUrl::FullyDecoded);
    if (!url.password().isEmpty())
        o.password = url.password(QUrl::FullyDecoded);
    out.urlTopic = url.path(QUrl::FullyDecoded).mid(1);
    if (out.urlTopic.isEmpty()) {
        *error = ConnectionArguments::tr("-L \"%1\" names no topic: add it after the host, e.g. "
                                         "mqtt://host/site/%2 for site/#.")
                     .arg(text, QStringLiteral("%23"));
        return false;
    }
    return true;
}

bool toNumber(const QString &flag, const QString &text, qint64 min, qint64 max, qint64 *out,
              QString *error)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min || v > max) {
        *error = ConnectionArguments::tr("%1 expects a number between %2 and %3, not \"%4\".")
                     .arg(flag)
                     .arg(min)
                     .arg(max)
                     .arg(text);
        return false;
    }
    *out = v;
    return true;
}

// -D {command} {identifier} {value [value]}, as mosquitto_pub/sub define it.
Outcome consumeProperty(const QStringList &args, int &index, ParsedConnectionArguments &out,
                        QString *error)
{
    if (index + 3 >= args.size()) {
        *error = ConnectionArguments::tr("-D needs a command, a property name and a value, for "
                                         "example: -D connect session-expiry-interval 3600");
        return Outcome::Error;
    }
    const QString command = args.at(index + 1).toLower();
    const QString name = args.at(index + 2).toLower();
    const QString value = args.at(index + 3);
    const bool pair = name == QLatin1String("user-property");
    if (pair && index + 4 >= args.size()) {
        *error =
            ConnectionArguments::tr("-D %1 user-property needs a name and a value.").arg(command);
        return Outcome::Error;
    }
    const QString value2 = pair ? args.at(index + 4) : QString();
    index += pair ? 4 : 3;
    qint64 n = 0;
    auto number = [&](qint64 max) {
        return toNumber(QStringLiteral("-D %1 %2").arg(command, name), value, 0, max, &n, error);
    };
    auto messageProperty = [&](MessageProperties &p) -> Outcome {
        if (name == QLatin1String("content-type"))
            p.contentType = value;
        else if (name == QLatin1String("response-topic"))
            p.responseTopic = value;
        else if (name == QLatin1String("correlation-data"))
            p.correlationData = value.toUtf8();
        else if (pair)
            p.userProperties.append({value, value2});
        else if (name == QLatin1String("payload-format-indicator")) {
            if (!number(1))
                return Outcome::Error;
            p.payloadIsUtf8 = n == 1;
        } else if (name == QLatin1String("message-expiry-interval")) {
            if (!number(0xFFFFFFFFLL))
                return Outcome::Error;
            p.messageExpirySeconds = quint32(n);
        } else
            return Outcome::NotMine;
        return Outcome::Consumed;
    };

    Outcome result = Outcome::NotMine;
    if (command == QLatin1String("connect")) {
        ConnectionOptions &o = out.options;
        result = Outcome::Consumed;
        if (pair)
            o.userProperties.append({value, value2});
        else if (name == QLatin1String("session-expiry-interval")) {
            if (!number(0xFFFFFFFFLL))
                return Outcome::Error;
            o.sessionExpirySeconds = quint32(n);
        } else if (name == QLatin1String("receive-maximum")) {
            if (!number(65535))
                return Outcome::Error;
            o.receiveMaximum = quint16(n);
        } else if (name == QLatin1String("maximum-packet-size")) {
            if (!number(0xFFFFFFFFLL))
                return Outcome::Error;
            o.maximumPacketSize = quint32(n);
        } else
            result = Outcome::NotMine;
    } else if (command == QLatin1String("will")) {
        if (name == QLatin1String("will-delay-interval")) {
            if (!number(0xFFFFFFFFLL))
                return Outcome::Error;
            out.options.will.delaySeconds = quint32(n);
            result = Outcome::Consumed;
        } else {
            result = messageProperty(out.options.will.properties);
        }
    } else if (command == QLatin1String("publish")) {
        result = messageProperty(out.publishProperties);
    } else if (command == QLatin1String("subscribe")) {
        if (name == QLatin1String("subscription-identifier")) {
            if (!number(268435455))
                return Outcome::Error;
            out.subscriptionIdentifier = quint32(n);
            result = Outcome::Consumed;
        }
    } else {
        *error = ConnectionArguments::tr("-D: unknown command \"%1\"; use connect, publish, "
                                         "subscribe or will.")
                     .arg(command);
        return Outcome::Error;
    }
    if (result == Outcome::NotMine) {
        *error = ConnectionArguments::tr("-D %1: the property \"%2\" is not supported there.")
                     .arg(command, name);
        return Outcome::Error;
    }
    return result;
}
} // namespace

Outcome ConnectionArguments::consume(const QStringList &args, int &index,
                                     ParsedConnectionArguments &out, QString *error)
{
    const QString flag = args.at(index);
    ConnectionOptions &o = out.options;
    QString v;
    qint64 n = 0;
    auto value = [&] { return takeValue(args, index, &v, error); };
    auto is = [&](const char *shortFlag, const char *longFlag) {
        return (shortFlag && flag == QLatin1String(shortFlag)) || flag == QLatin1String(longFlag);
    };

    if (is("-h", "--host")) {
        if (!value())
            return Outcome::Error;
        o.host = v;
    } else if (is("-L", "--url")) {
        if (!value() || !applyUrl(v, out, error))
            return Outcome::Error;
    } else if (is("-p", "--port")) {
        if (!value() || !toNumber(flag, v, 1, 65535, &n, error))
            return Outcome::Error;
        o.port = int(n);
    } else if (is("-i", "--id")) {
        if (!value())
            return Outcome::Error;
        o.clientId = v;
    } else if (is("-I", "--id-prefix")) {
        if (!value())
            return Outcome::Error;
        o.clientId = v + ConnectionOptions::generateClientId().mid(9);
    } else if (is("-u", "--username")) {
        if (!value())
            return Outcome::Error;
        o.username = v;
    } else if (is("-P", "--pw")) {
        if (!value())
            return Outcome::Error;
        o.password = v;
    } else if (is(nullptr, "--pw-file")) {
        if (!value() || !readSecretFile(flag, v, &o.password, error))
            return Outcome::Error;
    } else if (is(nullptr, "--pw-prompt")) {
        out.promptPassword = true;
    } else if (is("-k", "--keepalive")) {
        if (!value() || !toNumber(flag, v, 0, 65535, &n, error))
            return Outcome::Error;
        o.keepAliveSeconds = int(n);
    } else if (is("-c", "--disable-clean-session")) {
        o.cleanStart = false;
    } else if (is("-x", "--session-expiry")) {
        if (!value() || !toNumber(flag, v, 0, 0xFFFFFFFFLL, &n, error))
            return Outcome::Error;
        o.sessionExpirySeconds = quint32(n);
    } else if (is("-V", "--protocol-version")) {
        if (!value())
            return Outcome::Error;
        const QString p = v.toLower();
        if (p == QLatin1String("mqttv5") || p == QLatin1String("5"))
            o.version = MqttVersion::V5;
        else if (p == QLatin1String("mqttv311") || p == QLatin1String("311") ||
                 p == QLatin1String("4"))
            o.version = MqttVersion::V311;
        else {
            *error =
                tr("-V expects mqttv5 or mqttv311, not \"%1\" (MQTT 3.1 is not supported).").arg(v);
            return Outcome::Error;
        }
    } else if (is(nullptr, "--transport")) {
        if (!value())
            return Outcome::Error;
        const auto t = ConnectionOptions::parseTransport(v);
        if (!t) {
            *error = tr("--transport expects tcp, tls, ws or wss, not \"%1\".").arg(v);
            return Outcome::Error;
        }
        o.transport = *t;
        out.transportGiven = true;
    } else if (is(nullptr, "--ws-path")) {
        if (!value())
            return Outcome::Error;
        o.webSocketPath = v;
    } else if (is(nullptr, "--cafile")) {
        if (!value())
            return Outcome::Error;
        o.tls.caFile = v;
    } else if (is(nullptr, "--cert")) {
        if (!value())
            return Outcome::Error;
        o.tls.certFile = v;
    } else if (is(nullptr, "--key")) {
        if (!value())
            return Outcome::Error;
        o.tls.keyFile = v;
    } else if (is(nullptr, "--key-passphrase")) {
        if (!value())
            return Outcome::Error;
        o.tls.keyPassphrase = v;
    } else if (is(nullptr, "--key-passphrase-file")) {
        if (!value() || !readSecretFile(flag, v, &o.tls.keyPassphrase, error))
            return Outcome::Error;
    } else if (is(nullptr, "--key-passphrase-prompt")) {
        out.promptPassphrase = true;
    } else if (is(nullptr, "--insecure")) {
        o.tls.verifyHostname = false;
    } else if (is(nullptr, "--no-verify-peer")) {
        o.tls.verifyPeer = false;
    } else if (is(nullptr, "--will-topic")) {
        if (!value())
            return Outcome::Error;
        o.will.topic = v;
    } else if (is(nullptr, "--will-payload")) {
        if (!value())
            return Outcome::Error;
        o.will.payload = v.toUtf8();
    } else if (is(nullptr, "--will-qos")) {
        if (!value() || !toNumber(flag, v, 0, 2, &n, error))
            return Outcome::Error;
        o.will.qos = int(n);
    } else if (is(nullptr, "--will-retain")) {
        o.will.retain = true;
    } else if (is(nullptr, "--connect-timeout")) {
        if (!value() || !toNumber(flag, v, 1, 3600, &n, error))
            return Outcome::Error;
        o.connectTimeoutSeconds = int(n);
    } else if (is(nullptr, "--no-reconnect")) {
        o.reconnect.enabled = false;
    } else if (is("-D", "--property")) {
        return consumeProperty(args, index, out, error);
    } else {
        return Outcome::NotMine;
    }
    return Outcome::Consumed;
}

QString ConnectionArguments::finish(ParsedConnectionArguments &out)
{
    ConnectionOptions &o = out.options;
    if (o.password.isEmpty() && !out.promptPassword)
        o.password = qEnvironmentVariable("MQTTDECK_PASSWORD");
    if (o.tls.keyPassphrase.isEmpty() && !out.promptPassphrase)
        o.tls.keyPassphrase = qEnvironmentVariable("MQTTDECK_KEY_PASSPHRASE");
    auto ask = [](const QString &prompt, QString *secret) {
        const auto typed = platform::promptSecret(prompt);
        if (typed)
            *secret = *typed;
        return typed.has_value();
    };
    if (out.promptPassword &&
        !ask(tr("Password for %1@%2: ")
                 .arg(o.username.isEmpty() ? tr("(no user name)") : o.username, o.host),
             &o.password))
        return tr("--pw-prompt: there is no terminal to ask on. Use --pw-file FILE or the "
                  "MQTTDECK_PASSWORD environment variable instead.");
    if (out.promptPassphrase &&
        !ask(tr("Passphrase of the private key %1: ").arg(o.tls.keyFile), &o.tls.keyPassphrase))
        return tr("--key-passphrase-prompt: there is no terminal to ask on. Use "
                  "--key-passphrase-file FILE or the MQTTDECK_KEY_PASSPHRASE environment "
                  "variable instead.");
    const bool tlsFiles = !o.tls.caFile.isEmpty() || !o.tls.certFile.isEmpty();
    if (tlsFiles && !out.transportGiven)
        o.transport = Transport::Tls; // as mosquitto_sub: --cafile turns TLS on
    if (!o.cleanStart && o.version == MqttVersion::V5 && o.sessionExpirySeconds == 0)
        o.sessionExpirySeconds = 0xFFFFFFFFu; // as mosquitto_sub: -c keeps the session
    return {};
}

QString ConnectionArguments::help()
{
    return tr("Connection:\n"
              "  -L, --url URL               mqtt(s)://[user[:password]@]host[:port]/topic, or "
              "ws(s)://…\n"
              "  -h, --host HOST             broker host (default localhost)\n"
              "  -p, --port PORT             broker port (default 1883, 8883 for TLS)\n"
              "      --transport T           tcp, tls, ws or wss (default tcp; tls when --cafile "
              "or --cert is given)\n"
              "      --ws-path PATH          WebSocket path (default /mqtt)\n"
              "  -V, --protocol-version V    mqttv5 (default) or mqttv311\n"
              "  -i, --id ID                 client id (default: generated)\n"
              "  -I, --id-prefix PREFIX      client id made of PREFIX and random characters\n"
              "  -u, --username USER         user name\n"
              "  -P, --pw PASSWORD           password (visible to every user in the process "
              "list:\n"
              "                              prefer one of the three below)\n"
              "      --pw-file FILE          password from the first line of FILE\n"
              "      --pw-prompt             ask for the password on the terminal\n"
              "      (environment)           MQTTDECK_PASSWORD, used when no flag gives one\n"
              "  -k, --keepalive SECONDS     keep alive (default 60)\n"
              "  -c, --disable-clean-session keep the session (MQTT 5: forever unless -x)\n"
              "  -x, --session-expiry SEC    MQTT 5 session expiry interval\n"
              "      --connect-timeout SEC   give up connecting after SEC seconds (default 10)\n"
              "      --no-reconnect          do not reconnect after the connection is lost\n"
              "TLS:\n"
              "      --cafile FILE           trusted CA certificates (PEM); default: system store\n"
              "      --cert FILE             client certificate (PEM) for mutual TLS\n"
              "      --key FILE              client private key (PEM)\n"
              "      --key-passphrase PASS   passphrase of an encrypted private key (visible in "
              "the process list)\n"
              "      --key-passphrase-file FILE, --key-passphrase-prompt, or "
              "MQTTDECK_KEY_PASSPHRASE:\n"
              "                              the same without showing it\n"
              "      --insecure              do not check that the certificate names the host\n"
              "      --no-verify-peer        do not check the broker's certificate at all\n"
              "Last Will:\n"
              "      --will-topic TOPIC      --will-payload TEXT   --will-qos 0|1|2   "
              "--will-retain\n"
              "MQTT 5 properties (-D, --property):\n"
              "  -D connect session-expiry-interval|receive-maximum|maximum-packet-size N\n"
              "  -D connect user-property NAME VALUE\n"
              "  -D will will-delay-interval N | content-type T | ... (as publish)\n"
              "  -D publish content-type T | payload-format-indicator 0|1 |\n"
              "             message-expiry-interval N | response-topic T |\n"
              "             correlation-data D | user-property NAME VALUE\n"
              "  -D subscribe subscription-identifier N\n");
}

} // namespace deck::mqtt
