#include "SparkplugB.h"

#include "JsonMembers.h"
#include "PayloadFormat.h"
#include "ProtobufLog.h"
#include "payload/proto/sparkplug_b.pb.h" // generated in the build tree

#include <QDateTime>
#include <QJsonObject>

namespace deck::payload {

namespace {

// Metrics listed one per line in the text; all of them stay in the value (the tree, charts).
// A 4 MB payload can hold 2 million empty metrics, whose lines alone took 300 MB.
constexpr int kMaxListedMetrics = 10000;

// Protobuf hands proto2 strings over as they came (it checks UTF-8 only in debug builds, and
// then only logs): invalid bytes are shown as ⟨XX⟩ rather than hidden behind U+FFFD, and
// counted for the note.
struct Strings
{
    int invalid = 0;
    QString operator()(const std::string &s)
    {
        int bad = 0;
        const QString text =
            textShowingInvalidBytes(QByteArrayView(s.data(), qsizetype(s.size())), &bad);
        invalid += bad > 0;
        return text;
    }
};

QString timeText(quint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC).toString(Qt::ISODateWithMs);
}

// Int8/16/32 travel as uint32 in two's complement (the datatype says how to read them): in
// metrics and in property values alike, whose types are the same (specification, Data Types).
QJsonValue intValue(quint32 datatype, quint32 v)
{
    if (datatype == 1)
        return double(qint8(v));
    if (datatype == 2)
        return double(qint16(v));
    if (datatype == 3)
        return double(qint32(v));
    return double(v);
}

// Int64 as two's complement; a 64-bit value past 2^53 is shown as text to stay exact.
QJsonValue longValue(quint32 datatype, quint64 v)
{
    if (datatype == 4)
        return qAbs(qint64(v)) < (1LL << 53) ? QJsonValue(double(qint64(v)))
                                             : QJsonValue(QString::number(qint64(v)));
    if (datatype == 13)
        return timeText(v);
    return v < (1ULL << 53) ? QJsonValue(double(v)) : QJsonValue(QString::number(v));
}

QJsonValue metricValue(const deck::sparkplug::Metric &m, Strings &strings)
{
    using M = deck::sparkplug::Metric;
    if (m.is_null())
        return QJsonValue::Null;
    switch (m.value_case()) {
    case M::kIntValue:
        return intValue(m.datatype(), m.int_value());
    case M::kLongValue:
        return longValue(m.datatype(), m.long_value());
    case M::kFloatValue:
        return double(m.float_value());
    case M::kDoubleValue:
        return m.double_value();
    case M::kBooleanValue:
        return m.boolean_value();
    case M::kStringValue:
        return strings(m.string_value());
    case M::kBytesValue:
        return QString(QStringLiteral("base64:") +
                       QString::fromLatin1(QByteArray::fromStdString(m.bytes_value()).toBase64()));
    case M::kDatasetValue:
        return PayloadText::tr("(data set, %1)").arg(sizeText(qint64(m.dataset_value().size())));
    case M::kTemplateValue:
        return PayloadText::tr("(template, %1)").arg(sizeText(qint64(m.template_value().size())));
    default:
        return QJsonValue::Null;
    }
}

// Nested property sets recurse at most 100 deep: Protobuf refuses deeper messages.
QJsonObject propertiesOf(const deck::sparkplug::PropertySet &set, Strings &strings)
{
    JsonMembers out;
    for (int i = 0; i < set.keys_size() && i < set.values_size(); ++i) {
        const auto &v = set.values(i);
        QJsonValue value;
        using P = deck::sparkplug::PropertyValue;
        switch (v.value_case()) {
        case P::kIntValue:
            value = intValue(v.type(), v.int_value());
            break;
        case P::kLongValue:
            value = longValue(v.type(), v.long_value());
            break;
        case P::kFloatValue:
            value = double(v.float_value());
            break;
        case P::kDoubleValue:
            value = v.double_value();
            break;
        case P::kBooleanValue:
            value = v.boolean_value();
            break;
        case P::kStringValue:
            value = strings(v.string_value());
            break;
        case P::kPropertysetValue:
            value = propertiesOf(v.propertyset_value(), strings);
            break;
        default:
            value = QJsonValue::Null;
        }
        out.add(strings(set.keys(i)), value);
    }
    return out.toObject();
}

} // namespace

bool isSparkplugTopic(QStringView topic)
{
    return topic.startsWith(u"spBv1.0/") && !topic.startsWith(u"spBv1.0/STATE/");
}

QString sparkplugTypeName(quint32 type)
{
    static const char *const names[] = {
        "Unknown", "Int8",     "Int16",       "Int32",          "Int64",   "UInt8",
        "UInt16",  "UInt32",   "UInt64",      "Float",          "Double",  "Boolean",
        "String",  "DateTime", "Text",        "UUID",           "DataSet", "Bytes",
        "File",    "Template", "PropertySet", "PropertySetList"};
    return type < std::size(names) ? QString::fromLatin1(names[type])
                                   : QStringLiteral("type %1").arg(type);
}

SparkplugAliases sparkplugAliases(QByteArrayView birthPayload)
{
    SparkplugAliases aliases;
    deck::sparkplug::Payload p;
    if (birthPayload.size() > kParseLimit ||
        !p.ParseFromArray(birthPayload.data(), int(birthPayload.size())))
        return aliases;
    for (const auto &m : p.metrics())
        if (m.has_alias() && m.has_name())
            aliases.insert(m.alias(), QString::fromStdString(m.name()));
    return aliases;
}

bool readSparkplug(QByteArrayView payload, SparkplugRead &out, qsizetype maxMetrics)
{
    out = {};
    routeProtobufLog();
    const ProtobufLogCapture log; // malformed input is the caller's to report, not stderr's
    deck::sparkplug::Payload p;
    if (payload.size() > kParseLimit || !p.ParseFromArray(payload.data(), int(payload.size())))
        return false;
    if (p.has_timestamp())
        out.timestamp = p.timestamp();
    if (p.has_seq())
        out.seq = p.seq();
    out.metricCount = p.metrics_size();
    Strings strings;
    out.metrics.reserve(size_t(qMin<qsizetype>(maxMetrics, p.metrics_size())));
    for (const auto &m : p.metrics()) {
        if (qsizetype(out.metrics.size()) >= maxMetrics)
            break;
        SparkplugMetricRead r;
        if (m.has_name())
            r.name = strings(m.name());
        if (m.has_alias())
            r.alias = m.alias();
        r.datatype = m.datatype();
        r.value = metricValue(m, strings);
        if (m.value_case() == deck::sparkplug::Metric::kIntValue)
            r.integer = m.int_value();
        else if (m.value_case() == deck::sparkplug::Metric::kLongValue)
            r.integer = m.long_value();
        if (m.has_timestamp())
            r.timestamp = m.timestamp();
        out.metrics.push_back(std::move(r));
    }
    return true;
}

QString sparkplugBirthTopic(QStringView topic)
{
    // spBv1.0/{group}/{type}/{node}[/{device}]
    const QList<QStringView> levels = topic.split(u'/');
    if (levels.size() < 4 || levels.size() > 5 || levels[0] != u"spBv1.0")
        return {};
    const QStringView type = levels[2];
    const bool device = levels.size() == 5;
    QString birth;
    if (!device && (type == u"NDATA" || type == u"NCMD"))
        birth = QStringLiteral("NBIRTH");
    else if (device && (type == u"DDATA" || type == u"DCMD"))
        birth = QStringLiteral("DBIRTH");
    else
        return {};
    QString out = QStringLiteral("spBv1.0/") + levels[1].toString() + u'/' + birth + u'/' +
                  levels[3].toString();
    if (device)
        out += u'/' + levels[4].toString();
    return out;
}

QString sparkplugPreview(QByteArrayView payload, int maxChars)
{
    deck::sparkplug::Payload p;
    if (payload.size() > kParseLimit || !p.ParseFromArray(payload.data(), int(payload.size())))
        return {};
    QStringList parts;
    int length = 0;
    Strings strings;
    for (const auto &m : p.metrics()) {
        const QString name =
            m.has_name() ? strings(m.name()) : PayloadText::tr("(alias %1)").arg(m.alias());
        const QJsonValue v = metricValue(m, strings);
        const QString value = v.isString() ? u'"' + v.toString() + u'"'
                              : v.isBool()
                                  ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                              : v.isNull() ? QStringLiteral("null")
                                           : QString::number(v.toDouble(), 'g', 10);
        parts << name + QStringLiteral(" = ") + value;
        length += int(parts.last().size()) + 2;
        if (length > maxChars)
            break;
    }
    QString line =
        (p.has_seq() ? PayloadText::tr("seq %1").arg(p.seq()) + QStringLiteral(" — ") : QString()) +
        parts.join(QStringLiteral(", "));
    if (line.size() > maxChars)
        line = line.left(maxChars - 1) + u'…';
    return line;
}

Decoded decodeSparkplug(QByteArrayView payload, const SparkplugAliases *aliases)
{
    Decoded d;
    routeProtobufLog();
    const ProtobufLogCapture log;
    Strings strings;
    deck::sparkplug::Payload p;
    if (!p.ParseFromArray(payload.data(), int(payload.size()))) {
        d.error = PayloadText::tr("Not a Sparkplug B payload: the bytes are not a valid Protobuf "
                                  "message of its schema.");
        return d;
    }
    QJsonObject root;
    QStringList lines;
    QString head;
    if (p.has_timestamp()) {
        root.insert(QStringLiteral("timestamp"), timeText(p.timestamp()));
        head += PayloadText::tr("timestamp %1").arg(timeText(p.timestamp()));
    }
    if (p.has_seq()) {
        root.insert(QStringLiteral("seq"), double(p.seq()));
        head += QStringLiteral("   ") + PayloadText::tr("seq %1").arg(p.seq());
    }
    if (p.has_uuid()) {
        const QString uuid = strings(p.uuid());
        root.insert(QStringLiteral("uuid"), uuid);
        head += QStringLiteral("   uuid ") + uuid;
    }
    if (p.has_body())
        root.insert(QStringLiteral("body_base64"),
                    QString::fromLatin1(QByteArray::fromStdString(p.body()).toBase64()));
    lines << head.trimmed() << PayloadText::tr("%n metric(s):", nullptr, p.metrics_size());
    JsonMembers metrics; // keyed by name (or "alias N"), so that /metrics/Temperature/value plots
    int listed = 0;
    for (const auto &m : p.metrics()) {
        QJsonObject o;
        QString name = m.has_name() ? strings(m.name()) : QString();
        if (name.isEmpty() && m.has_alias() && aliases) // sent by alias: named by the birth
            name = aliases->value(m.alias());
        if (m.has_name())
            o.insert(QStringLiteral("name"), name);
        if (m.has_alias())
            o.insert(QStringLiteral("alias"), double(m.alias()));
        o.insert(QStringLiteral("datatype"), sparkplugTypeName(m.datatype()));
        const QJsonValue value = metricValue(m, strings);
        o.insert(QStringLiteral("value"), value);
        if (m.has_timestamp())
            o.insert(QStringLiteral("timestamp"), timeText(m.timestamp()));
        if (m.is_historical())
            o.insert(QStringLiteral("historical"), true);
        if (m.is_transient())
            o.insert(QStringLiteral("transient"), true);
        if (m.has_properties())
            o.insert(QStringLiteral("properties"), propertiesOf(m.properties(), strings));
        metrics.add(name.isEmpty() ? QStringLiteral("alias %1").arg(m.alias()) : name, o);
        if (listed++ == kMaxListedMetrics) {
            lines << PayloadText::tr("  … and %n more metric(s), in the tree view", nullptr,
                                     p.metrics_size() - kMaxListedMetrics);
            continue;
        }
        if (listed > kMaxListedMetrics)
            continue;
        QString label =
            name.isEmpty()
                ? PayloadText::tr("(alias %1)").arg(m.alias())
                : (m.has_alias() ? PayloadText::tr("%1 (alias %2)").arg(name).arg(m.alias())
                                 : name);
        const QString shown =
            value.isString() ? u'"' + value.toString() + u'"'
            : value.isNull() ? QStringLiteral("null")
            : value.isBool() ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                             : QString::number(value.toDouble(), 'g', 15);
        lines << QStringLiteral("  %1  %2 = %3").arg(label, sparkplugTypeName(m.datatype()), shown);
    }
    root.insert(QStringLiteral("metrics"), metrics.toObject());
    d.ok = true;
    if (strings.invalid > 0)
        d.note = PayloadText::tr("%n string(s) not valid UTF-8: their invalid bytes are shown as "
                                 "⟨XX⟩.",
                                 nullptr, strings.invalid);
    else if (log.count() > 0) // what else Protobuf found worth saying
        d.note =
            PayloadText::tr("Protobuf reported %n problem(s), the first: %1", nullptr, log.count())
                .arg(log.messages().value(0));
    d.value = root;
    d.text = lines.join(u'\n') + u'\n';
    return d;
}

} // namespace deck::payload
