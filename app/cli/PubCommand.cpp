#include "PubCommand.h"

#include "ArgumentCursor.h"
#include "CliOutput.h"
#include "PayloadInput.h"
#include "mqtt/TopicValidator.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdio>

namespace deck::cli {

PubCommand::PubCommand(QObject *parent) : QObject(parent)
{
    connect(&m_session, &mqtt::Session::connectFailed, this, [this](const mqtt::ConnectResult &r) {
        CliOutput::connectFailure(r);
        if (m_session.state() != mqtt::Session::State::Reconnecting)
            finish(ExitConnectFailed);
    });
    connect(&m_session, &mqtt::Session::connectionLost, this,
            [this](const mqtt::DisconnectInfo &info) {
                CliOutput::lost(info);
                finish(ExitConnectionLost);
            });
    connect(&m_session, &mqtt::Session::connected, this, [this](const mqtt::ConnectResult &r) {
        // MQTT 5: the broker may announce a smaller maximum packet size than MQTT's own.
        m_brokerMaximumPacket = r.maximumPacketSize;
        publishAll();
    });
    connect(&m_session, &mqtt::Session::publishFinished, this,
            [this](quint64 id, const mqtt::PublishResult &r) {
                m_outstanding.remove(id);
                if (!r.ok) {
                    CliOutput::error(
                        r.error.isEmpty()
                            ? tr("the broker refused the message: %1 (%2). %3")
                                  .arg(r.codeName, mqtt::ReasonCodes::hex(r.code), r.explanation)
                            : r.error);
                    m_exitCode = ExitRefused;
                } else if (r.code != 0 && !m_quiet) {
                    // e.g. 0x10 "No matching subscribers": accepted, but worth knowing.
                    CliOutput::warning(
                        tr("%1 (%2). %3")
                            .arg(r.codeName, mqtt::ReasonCodes::hex(r.code), r.explanation));
                }
                if (m_outstanding.isEmpty())
                    finish(m_exitCode);
            });
    connect(&m_session, &mqtt::Session::closed, this,
            [this] { QCoreApplication::exit(m_exitCode); });
}

QString PubCommand::usage()
{
    return tr("Usage: mqttdeck-cli pub -t TOPIC (-m TEXT | -f FILE | -n | -s | -l) [options]\n"
              "Publishes and reports the broker's answer (MQTT 5 reason codes).\n\n"
              "Message:\n"
              "  -t, --topic TOPIC           topic (no wildcards)\n"
              "  -m, --message TEXT          payload text\n"
              "  -f, --file FILE             payload read from a file (binary as is)\n"
              "  -n, --null-message          empty payload (clears a retained message with -r)\n"
              "  -s, --stdin-file            payload read from standard input until EOF\n"
              "  -l, --stdin-line            one message per line of standard input\n"
              "  -q, --qos 0|1|2             QoS (default 0)\n"
              "  -r, --retain                retain the message\n"
              "      --quiet                 no warning for accepted messages with a reason "
              "code (0x10 no subscribers)\n\n") +
           mqtt::ConnectionArguments::help();
}

int PubCommand::start(const QStringList &args, const QByteArrayList &raw)
{
    QString topic;
    QByteArray topicBytes;
    QList<QByteArray> payloads;
    enum class Input { Given, File, StdinWhole, StdinLines } inputKind = Input::Given;
    QString inputPath;
    int sources = 0;
    int qos = 0;
    bool retain = false;
    ArgumentCursor cursor(args, m_args);
    while (cursor.next()) {
        const QString a = cursor.current();
        QString v;
        if (a == QLatin1String("-t") || a == QLatin1String("--topic")) {
            if (!cursor.value(&v))
                return ExitUsage;
            topic = v;
            // The bytes as given: an invalid UTF-8 topic must be refused, not rewritten to
            // U+FFFD by the conversion of the command line into QString.
            topicBytes = cursor.index() < raw.size() ? raw.at(cursor.index()) : v.toUtf8();
        } else if (a == QLatin1String("-m") || a == QLatin1String("--message")) {
            if (!cursor.value(&v))
                return ExitUsage;
            payloads = {cursor.index() < raw.size() ? raw.at(cursor.index()) : v.toUtf8()};
            ++sources;
        } else if (a == QLatin1String("-f") || a == QLatin1String("--file")) {
            if (!cursor.value(&v))
                return ExitUsage;
            if (v.isEmpty()) {
                CliOutput::error(tr("-f needs a file name."));
                return ExitUsage;
            }
            inputPath = v; // read once the topic and QoS are known: they bound the payload
            inputKind = Input::File;
            ++sources;
        } else if (a == QLatin1String("-n") || a == QLatin1String("--null-message")) {
            payloads = {QByteArray()};
            ++sources;
        } else if (a == QLatin1String("-s") || a == QLatin1String("--stdin-file") ||
                   a == QLatin1String("-l") || a == QLatin1String("--stdin-line")) {
            inputKind = (a == QLatin1String("-s") || a == QLatin1String("--stdin-file"))
                            ? Input::StdinWhole
                            : Input::StdinLines;
            ++sources;
        } else if (a == QLatin1String("-q") || a == QLatin1String("--qos")) {
            if (!cursor.value(&v))
                return ExitUsage;
            bool ok = false;
            qos = v.toInt(&ok);
            if (!ok || qos < 0 || qos > 2) {
                CliOutput::error(tr("-q expects 0, 1 or 2, not \"%1\".").arg(v));
                return ExitUsage;
            }
        } else if (a == QLatin1String("-r") || a == QLatin1String("--retain")) {
            retain = true;
        } else if (a == QLatin1String("--quiet")) {
            m_quiet = true;
        } else if (a == QLatin1String("--help")) {
            std::fputs(qPrintable(usage()), stdout);
            return ExitOk;
        } else {
            CliOutput::error(tr("unknown option \"%1\". See mqttdeck-cli pub --help.").arg(a));
            return ExitUsage;
        }
    }
    if (cursor.failed())
        return ExitUsage;
    if (const QString e = mqtt::ConnectionArguments::finish(m_args); !e.isEmpty()) {
        CliOutput::error(e);
        return ExitUsage;
    }
    if (sources != 1) {
        CliOutput::error(sources == 0 ? tr("no payload: give one of -m, -f, -n, -s or -l.")
                                      : tr("give only one of -m, -f, -n, -s or -l."));
        return ExitUsage;
    }
    if (topic.isEmpty() && !m_args.urlTopic.isEmpty()) { // -L mqtt://host/topic
        topic = m_args.urlTopic;
        topicBytes = topic.toUtf8();
    }
    if (topic.isEmpty()) {
        CliOutput::error(tr("no topic: give one with -t."));
        return ExitUsage;
    }
    if (QString e = mqtt::TopicValidator::checkTopicName(topicBytes); !e.isEmpty()) {
        CliOutput::error(e);
        return ExitUsage;
    }
    if (inputKind != Input::Given) {
        QString error;
        const auto data = PayloadInput::read(
            inputKind == Input::File ? inputPath : QString(),
            PayloadInput::maximumPayload(topicBytes.size(), qos,
                                         m_args.options.version == mqtt::MqttVersion::V5),
            &error);
        if (!data) {
            CliOutput::error(error);
            return ExitUsage;
        }
        payloads.clear();
        if (inputKind != Input::StdinLines) {
            payloads = {*data};
        } else {
            for (QByteArray line : data->split('\n')) {
                if (line.endsWith('\r'))
                    line.chop(1);
                if (!line.isEmpty())
                    payloads << line;
            }
        }
    }
    if (payloads.isEmpty()) {
        CliOutput::error(tr("standard input held no line to publish."));
        return ExitUsage;
    }
    // Everything is checked before connecting: a bad topic must not cost a connection.
    m_args.options.reconnect.enabled = false;
    for (const QByteArray &payload : std::as_const(payloads)) {
        mqtt::OutgoingMessage m;
        m.topic = topic;
        m.payload = payload;
        m.qos = qos;
        m.retain = retain;
        m.properties = m_args.publishProperties;
        m_messages << m;
    }
    const QStringList errors = m_session.open(m_args.options);
    if (!errors.isEmpty()) {
        for (const QString &e : errors)
            CliOutput::error(e);
        return ExitUsage;
    }
    return -1;
}

void PubCommand::publishAll()
{
    for (const mqtt::OutgoingMessage &m : std::as_const(m_messages)) {
        // Fixed header (at most 5 bytes), topic, packet id, properties (a generous 1 KiB).
        const qint64 packet = 5 + 2 + m.topic.toUtf8().size() + 2 + m.payload.size() + 1024;
        if (m_brokerMaximumPacket > 0 && packet > m_brokerMaximumPacket) {
            CliOutput::error(tr("the broker accepts packets of at most %1 bytes, and this "
                                "message (%2 bytes of payload) would not fit: it was not sent. "
                                "Publish a smaller payload.")
                                 .arg(QLocale().toString(m_brokerMaximumPacket),
                                      QLocale().toString(m.payload.size())));
            m_exitCode = ExitUsage;
            break;
        }
        const mqtt::Submitted s = m_session.publish(m);
        if (!s.ok()) {
            CliOutput::error(s.error);
            m_exitCode = ExitUsage;
            break;
        }
        m_outstanding.insert(s.id);
    }
    m_messages.clear();
    if (m_outstanding.isEmpty())
        finish(m_exitCode);
}

void PubCommand::finish(int code)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_exitCode = code;
    if (m_session.state() == mqtt::Session::State::Connected) {
        m_session.close();
        return;
    }
    QCoreApplication::exit(code);
}

} // namespace deck::cli
