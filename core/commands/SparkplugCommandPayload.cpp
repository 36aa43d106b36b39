#include "SparkplugCommandPayload.h"

#include "payload/SparkplugB.h"
#include "payload/proto/sparkplug_b.pb.h" // generated in the build tree

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace deck::commands {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SparkplugCommandPayload)
};

int typeNumber(const QString &name)
{
    for (quint32 t = 1; t <= 21; ++t)
        if (payload::sparkplugTypeName(t).compare(name, Qt::CaseInsensitive) == 0)
            return int(t);
    return -1;
}
} // namespace

std::optional<QByteArray> encodeSparkplugCommand(const QByteArray &json, qint64 timestampMs,
                                                 QString *error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    const QJsonArray metrics = doc.object().value(QStringLiteral("metrics")).toArray();
    if (parse.error != QJsonParseError::NoError || metrics.isEmpty()) {
        *error = Tr::tr("a Sparkplug B command is written as {\"metrics\":[{\"name\":…, "
                        "\"type\":…, \"value\":…}]} with at least one metric.");
        return std::nullopt;
    }
    deck::sparkplug::Payload p;
    p.set_timestamp(quint64(timestampMs));
    for (const QJsonValue &v : metrics) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        const QJsonValue value = o.value(QStringLiteral("value"));
        if (name.isEmpty() || value.isUndefined()) {
            *error = Tr::tr("every Sparkplug B metric needs a \"name\" and a \"value\".");
            return std::nullopt;
        }
        QString typeName = o.value(QStringLiteral("type")).toString();
        if (typeName.isEmpty())
            typeName = value.isBool()     ? QStringLiteral("Boolean")
                       : value.isString() ? QStringLiteral("String")
                       : value.toDouble() == double(qint64(value.toDouble()))
                           ? QStringLiteral("Int64")
                           : QStringLiteral("Double");
        const int type = typeNumber(typeName);
        deck::sparkplug::Metric *m = p.add_metrics();
        m->set_name(name.toStdString());
        m->set_timestamp(quint64(timestampMs));
        m->set_datatype(quint32(std::max(type, 0)));
        if (type >= 1 && type <= 3)
            m->set_int_value(quint32(qint32(value.toInteger())));
        else if (type >= 5 && type <= 7)
            m->set_int_value(quint32(value.toInteger()));
        else if (type == 4 || type == 8 || type == 13)
            m->set_long_value(quint64(value.toInteger()));
        else if (type == 9)
            m->set_float_value(float(value.toDouble()));
        else if (type == 10)
            m->set_double_value(value.toDouble());
        else if (type == 11 && value.isBool())
            m->set_boolean_value(value.toBool());
        else if ((type == 12 || type == 14) && value.isString())
            m->set_string_value(value.toString().toStdString());
        else {
            *error = Tr::tr("metric \"%1\": type \"%2\" with this value cannot be sent (use Int8…"
                            "UInt64, Float, Double, Boolean, String or Text).")
                         .arg(name, typeName);
            return std::nullopt;
        }
    }
    const std::string bytes = p.SerializeAsString();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

} // namespace deck::commands
