#include "TraceCommand.h"

#include "CliOutput.h"
#include "mqtt/packet/PacketJson.h"
#include "mqtt/packet/StreamDecoder.h"

#include <QJsonDocument>

#include <cstdio>

namespace deck::cli {

using namespace mqtt::packet;

namespace {

constexpr int ExitMalformed = 7;

void printLine(const QJsonObject &o)
{
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
}

/// Hex text to bytes across reads: whitespace is skipped, a digit left over waits for the next
/// read. False on a character that is neither (its offset in the text is in *badAt).
class HexReader
{
public:
    bool feed(const QByteArray &text, QByteArray *bytes, qint64 *badAt)
    {
        for (char c : text) {
            const int v = digit(c);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v') {
                ++m_at;
                continue;
            }
            if (v < 0) {
                *badAt = m_at;
                return false;
            }
            if (m_high < 0) {
                m_high = v;
            } else {
                bytes->append(char((m_high << 4) | v));
                m_high = -1;
            }
            ++m_at;
        }
        return true;
    }
    bool pendingDigit() const { return m_high >= 0; }

private:
    static int digit(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }
    int m_high = -1;
    qint64 m_at = 0;
};

} // namespace

QString TraceCommand::usage()
{
    return tr("Usage: mqttdeck-cli trace --decode [-V mqttv5|mqttv311] [--hex] [--dir in|out]\n"
              "Decodes raw MQTT bytes read from standard input (a stream of packets, split\n"
              "anywhere) and prints one JSON line per packet: dir, offset, type, size,\n"
              "packet_id, reason_codes and reason_names, properties (MQTT 5), and the type's\n"
              "fields (PUBLISH: topic, qos, retain, dup, payload; CONNECT: its fields with the\n"
              "password and authentication data masked).\n"
              "  -V, --protocol-version V  how to read packets before a CONNECT: mqttv5\n"
              "                            (default) or mqttv311; a CONNECT switches to the\n"
              "                            version it names\n"
              "  --hex                     the input is hexadecimal text (whitespace ignored)\n"
              "  --dir in|out              the dir field of every line (default in: bytes a\n"
              "                            client received; out for bytes it sent)\n"
              "A malformed packet prints a line with error (what is wrong), rule (the\n"
              "specification's rule) and offset (bytes from the start of the stream); the\n"
              "decoding goes on with the next packet when the length was readable.\n"
              "Exit codes: 0 every packet decoded, 1 bad arguments or hex text, 7 a malformed\n"
              "or truncated packet.\n");
}

int TraceCommand::run(const QStringList &args)
{
    bool decode = false, hex = false;
    mqtt::MqttVersion version = mqtt::MqttVersion::V5;
    QString dir = QStringLiteral("in");
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--help")) {
            std::fputs(qPrintable(usage()), stdout);
            return ExitOk;
        } else if (a == QLatin1String("--decode")) {
            decode = true;
        } else if (a == QLatin1String("--hex")) {
            hex = true;
        } else if ((a == QLatin1String("-V") || a == QLatin1String("--protocol-version")) &&
                   i + 1 < args.size()) {
            const QString v = args[++i];
            if (v == QLatin1String("mqttv5") || v == QLatin1String("5")) {
                version = mqtt::MqttVersion::V5;
            } else if (v == QLatin1String("mqttv311") || v == QLatin1String("311")) {
                version = mqtt::MqttVersion::V311;
            } else {
                CliOutput::error(tr("-V expects mqttv5 or mqttv311, not \"%1\".").arg(v));
                return ExitUsage;
            }
        } else if (a == QLatin1String("--dir") && i + 1 < args.size()) {
            dir = args[++i];
            if (dir != QLatin1String("in") && dir != QLatin1String("out")) {
                CliOutput::error(tr("--dir expects in or out, not \"%1\".").arg(dir));
                return ExitUsage;
            }
        } else {
            CliOutput::error(tr("unknown option \"%1\" or missing value. See mqttdeck-cli trace "
                                "--decode --help.")
                                 .arg(a));
            return ExitUsage;
        }
    }
    Q_ASSERT(decode); // main() sends `trace` without --decode to TraceLiveCommand

    StreamDecoder stream(version);
    HexReader hexReader;
    bool malformed = false;
    auto drain = [&] {
        while (const std::optional<DecodeResult> r = stream.take()) {
            QJsonObject o =
                r->ok() ? packetToJson(r->packet, stream.version()) : errorToJson(r->error);
            o.insert(QStringLiteral("dir"), dir);
            if (r->ok())
                o.insert(QStringLiteral("offset"), r->offset);
            else
                malformed = true;
            printLine(o);
        }
    };
    char chunk[65536];
    size_t n = 0;
    while ((n = std::fread(chunk, 1, sizeof chunk, stdin)) > 0) {
        QByteArray bytes(chunk, qsizetype(n));
        if (hex) {
            QByteArray decoded;
            qint64 badAt = 0;
            if (!hexReader.feed(bytes, &decoded, &badAt)) {
                drain();
                CliOutput::error(tr("the input is not hexadecimal text: character %1 is neither "
                                    "a hex digit nor whitespace. Leave out --hex for raw bytes.")
                                     .arg(badAt));
                return ExitUsage;
            }
            bytes = decoded;
        }
        stream.feed(bytes);
        drain();
        std::fflush(stdout);
    }
    if (hex && hexReader.pendingDigit()) {
        CliOutput::error(tr("the hexadecimal text ends with half a byte (an odd number of "
                            "digits)."));
        return ExitUsage;
    }
    if (const std::optional<DecodeError> cut = stream.finish()) {
        QJsonObject o = errorToJson(*cut);
        o.insert(QStringLiteral("dir"), dir);
        printLine(o);
        malformed = true;
    }
    return malformed ? ExitMalformed : ExitOk;
}

} // namespace deck::cli
