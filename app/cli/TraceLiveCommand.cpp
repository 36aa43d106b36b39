#include "TraceLiveCommand.h"

#include "ArgumentCursor.h"
#include "CliOutput.h"
#include "mqtt/TopicValidator.h"
#include "mqtt/packet/PacketJson.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QThread>

#include <cstdio>

namespace deck::cli {

using namespace mqtt::trace;

namespace {
QString textLine(const TraceEvent &e)
{
    const QString time =
        QDateTime::fromMSecsSinceEpoch(e.timeUs / 1000).toString(QStringLiteral("HH:mm:ss.zzz"));
    const QString dir =
        e.direction == Direction::Out ? QStringLiteral("out") : QStringLiteral("in ");
    if (e.closed)
        return QStringLiteral("%1 %2 connection closed by %3")
            .arg(time, dir,
                 e.direction == Direction::Out ? TraceLiveCommand::tr("the client")
                                               : TraceLiveCommand::tr("the broker"));
    if (!e.decoded.ok())
        return QStringLiteral("%1 %2 %3 (%4, offset %5)")
            .arg(time, dir, e.decoded.error.message(), e.decoded.error.reference())
            .arg(e.decoded.error.offset);
    const mqtt::packet::Packet &p = e.decoded.packet;
    QString line = time + u' ' + dir + u' ' + QString::fromLatin1(packetTypeName(p.type));
    if (p.hasPacketId())
        line += QStringLiteral(" id=%1").arg(p.packetId);
    if (p.type == mqtt::packet::PacketType::Connect)
        line += QStringLiteral(" %1 level %2%3")
                    .arg(QString::fromUtf8(p.connect.clientId))
                    .arg(p.connect.protocolLevel)
                    .arg(p.connect.username
                             ? QStringLiteral(" user ") + QString::fromUtf8(*p.connect.username)
                             : QString());
    if (p.type == mqtt::packet::PacketType::Publish)
        line += QStringLiteral(" q%1%2%3 %4 (%5 bytes)")
                    .arg(p.qos())
                    .arg(p.retain() ? QStringLiteral(" retain") : QString(),
                         p.dup() ? QStringLiteral(" dup") : QString(), QString::fromUtf8(p.topic))
                    .arg(p.payload.size());
    for (const mqtt::packet::Subscription &s : p.subscriptions)
        line += u' ' + QString::fromUtf8(s.filter);
    for (quint8 code : p.reasonCodes)
        line += QStringLiteral(" [%1 %2]")
                    .arg(mqtt::ReasonCodes::hex(code),
                         mqtt::packet::reasonName(p.type, code, e.version));
    return line;
}
} // namespace

TraceLiveCommand::TraceLiveCommand(QObject *parent) : QObject(parent)
{
    connect(&m_printTimer, &QTimer::timeout, this, &TraceLiveCommand::print);
    m_duration.setSingleShot(true);
    connect(&m_duration, &QTimer::timeout, this, [this] { finish(m_exitCode); });
}

QString TraceLiveCommand::usage()
{
    return tr("Usage: mqttdeck-cli trace [connection flags] [-t FILTER]... [--publish TOPIC "
              "PAYLOAD]... [--duration S] [--json]\n"
              "       mqttdeck-cli trace --decode ... (see mqttdeck-cli trace --decode --help)\n"
              "Connects through the packet trace, subscribes and publishes as asked, and prints\n"
              "every MQTT packet both ways as it crosses: time, direction (out: sent by us, in:\n"
              "sent by the broker), type, packet id, QoS, retain, dup, topic, reason codes with\n"
              "their names; and when a connection closes, which side closed it (type CLOSED).\n"
              "Passwords and authentication data are never printed. TCP, TLS and WebSockets (the\n"
              "trace makes the TLS and WebSocket connection with the connection's settings).\n"
              "  -t, --topic FILTER          subscribe to FILTER (repeatable)\n"
              "  -q, --qos 0|1|2             QoS of the subscriptions and publishes (default 0)\n"
              "  --publish TOPIC PAYLOAD     publish once connected (repeatable)\n"
              "  --duration S                seconds to trace before disconnecting (default 5)\n"
              "  --json                      one JSON line per packet (dir, type, packet_id,\n"
              "                              reason_codes, topic, qos, retain, dup, time...)\n"
              "Exit codes as for sub; 3 when the broker refused a subscription or a publish.\n\n") +
           mqtt::ConnectionArguments::help();
}

int TraceLiveCommand::start(const QStringList &args)
{
    QStringList filters;
    int qos = 0, seconds = 5;
    QList<QPair<QString, QString>> publishes;
    ArgumentCursor cursor(args, m_args);
    while (cursor.next()) {
        const QString a = cursor.current();
        QString v;
        if (a == QLatin1String("-t") || a == QLatin1String("--topic")) {
            if (!cursor.value(&v))
                return ExitUsage;
            filters << v;
        } else if (a == QLatin1String("-q") || a == QLatin1String("--qos")) {
            if (!cursor.number(0, 2, &qos))
                return ExitUsage;
        } else if (a == QLatin1String("--publish")) {
            QString payload;
            if (!cursor.value(&v) || !cursor.value(&payload))
                return ExitUsage;
            publishes.append({v, payload});
        } else if (a == QLatin1String("--duration")) {
            if (!cursor.number(1, 86400, &seconds))
                return ExitUsage;
        } else if (a == QLatin1String("--json")) {
            m_json = true;
        } else if (a == QLatin1String("--help")) {
            std::fputs(qPrintable(usage()), stdout);
            return ExitOk;
        } else {
            CliOutput::error(tr("unknown option \"%1\". See mqttdeck-cli trace --help.").arg(a));
            return ExitUsage;
        }
    }
    if (cursor.failed())
        return ExitUsage;
    if (const QString e = mqtt::ConnectionArguments::finish(m_args); !e.isEmpty()) {
        CliOutput::error(e);
        return ExitUsage;
    }
    ConnectionSettings settings;
    settings.options = m_args.options;
    for (const QString &f : std::as_const(filters)) {
        if (QString e = mqtt::TopicValidator::checkTopicFilter(f); !e.isEmpty()) {
            CliOutput::error(e);
            return ExitUsage;
        }
        mqtt::Subscription s;
        s.filter = f;
        s.qos = qos;
        settings.subscriptions << s;
    }
    for (const auto &[topic, payload] : std::as_const(publishes)) {
        if (QString e = mqtt::TopicValidator::checkTopicName(topic); !e.isEmpty()) {
            CliOutput::error(e);
            return ExitUsage;
        }
        mqtt::OutgoingMessage m;
        m.topic = topic;
        m.payload = payload.toUtf8();
        m.qos = qos;
        m_publishes << m;
    }
    settings.retainAsPublished = false;
    settings.engine.keepTree = false;
    settings.feedCapacity = 0;
    settings.retainedBoard = false;
    settings.fleet = false;
    settings.traceCapacity = 100000;
    m_context = std::make_unique<ConnectionContext>(QStringLiteral("cli"), settings);

    mqtt::Session *session = &m_context->session();
    connect(session, &mqtt::Session::connected, this, [this] {
        // After the context's own handler: the SUBSCRIBE goes first, then the publishes.
        for (const mqtt::OutgoingMessage &m : std::as_const(m_publishes)) {
            if (const mqtt::Submitted s = m_context->session().publish(m); !s.ok())
                CliOutput::error(s.error);
        }
        m_publishes.clear();
    });
    connect(session, &mqtt::Session::connectFailed, this, [this](const mqtt::ConnectResult &r) {
        CliOutput::connectFailure(r);
        if (m_context->session().state() != mqtt::Session::State::Reconnecting)
            finish(ExitConnectFailed);
    });
    connect(session, &mqtt::Session::connectionLost, this,
            [](const mqtt::DisconnectInfo &info) { CliOutput::lost(info); });
    connect(session, &mqtt::Session::subscribeFinished, this,
            [this](quint64, const mqtt::SubscribeResult &result) {
                if (!CliOutput::subscribeOutcome(result))
                    m_exitCode = ExitRefused;
            });
    connect(session, &mqtt::Session::publishFinished, this,
            [this](quint64, const mqtt::PublishResult &result) {
                if (result.ok)
                    return;
                CliOutput::error(result.error.isEmpty()
                                     ? tr("the broker refused a publish: %1 (%2). %3")
                                           .arg(result.codeName,
                                                mqtt::ReasonCodes::hex(result.code),
                                                result.explanation)
                                     : result.error);
                m_exitCode = ExitRefused;
            });
    connect(session, &mqtt::Session::closed, this, [this] {
        // The DISCONNECT crosses the relay's thread: give it a moment to be decoded.
        QTimer::singleShot(200, this, [this] {
            print();
            if (const quint64 lost = m_context->trace()->discarded(); lost > 0)
                CliOutput::warning(tr("%n packet(s) were not printed: the trace buffer was full.",
                                      nullptr, int(std::min<quint64>(lost, INT_MAX))));
            std::fflush(stdout);
            QCoreApplication::exit(m_exitCode);
        });
    });
    const QStringList errors = m_context->open();
    if (!errors.isEmpty()) {
        for (const QString &e : errors)
            CliOutput::error(e);
        return ExitUsage;
    }
    m_printTimer.start(100);
    m_duration.start(seconds * 1000);
    return -1;
}

void TraceLiveCommand::print()
{
    if (!m_context || !m_context->trace())
        return;
    for (const TraceEvent &e : m_context->trace()->take()) {
        const QByteArray line =
            (m_json ? QJsonDocument(traceEventToJson(e)).toJson(QJsonDocument::Compact)
                    : textLine(e).toUtf8()) +
            '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    }
    std::fflush(stdout);
}

void TraceLiveCommand::finish(int code)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_exitCode = code;
    if (m_context->session().state() == mqtt::Session::State::Connected) {
        m_context->close(); // clean DISCONNECT; closed() prints the rest and ends
        return;
    }
    print();
    QCoreApplication::exit(code);
}

} // namespace deck::cli
