#include "CommandTemplate.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace deck::commands {

namespace {

QString standardPayload(const char *action)
{
    return QStringLiteral("{\"schema_version\":\"1.0\",\"command_id\":\"{{command_id}}\","
                          "\"action\":\"%1\",\"requested_by\":\"{{requested_by}}\","
                          "\"reason\":\"{{reason}}\",\"expires_at\":\"{{expires_at}}\"}")
        .arg(QLatin1String(action));
}

} // namespace

QStringList placeholderNames()
{
    return {QStringLiteral("command_id"), QStringLiteral("expires_at"),
            QStringLiteral("requested_by"), QStringLiteral("reason"),
            QStringLiteral("device_id"), QStringLiteral("command"),
            QStringLiteral("ttl"), QStringLiteral("env"),
            QStringLiteral("tenant"), QStringLiteral("site"),
            QStringLiteral("area"), QStringLiteral("asset"),
            QStringLiteral("id"), QStringLiteral("group"),
            QStringLiteral("node"), QStringLiteral("device")};
}

QJsonObject CommandTemplate::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    if (convention)
        o.insert(QStringLiteral("convention"), conventionKey(*convention));
    o.insert(QStringLiteral("command"), command);
    o.insert(QStringLiteral("payload"), payload);
    o.insert(QStringLiteral("qos"), qos);
    o.insert(QStringLiteral("ttl_s"), ttlSeconds);
    o.insert(QStringLiteral("ack_timeout_s"), ackTimeoutSeconds);
    o.insert(QStringLiteral("result_timeout_s"), resultTimeoutSeconds);
    o.insert(QStringLiteral("dangerous"), dangerous);
    o.insert(QStringLiteral("requires_reason"), requiresReason);
    return o;
}

TemplateLibrary::TemplateLibrary() : m_templates(builtIns()) {}

QString TemplateLibrary::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("command-templates.json"));
}

QList<CommandTemplate> TemplateLibrary::builtIns()
{
    CommandTemplate reboot;
    reboot.name = QStringLiteral("reboot");
    reboot.command = QStringLiteral("reboot");
    reboot.payload = standardPayload("reboot");
    reboot.ttlSeconds = 60;
    reboot.ackTimeoutSeconds = 10;
    reboot.resultTimeoutSeconds = 120;
    reboot.dangerous = true;
    reboot.requiresReason = true;

    CommandTemplate ping;
    ping.name = QStringLiteral("ping");
    ping.command = QStringLiteral("ping");
    ping.payload = standardPayload("ping");
    ping.ttlSeconds = 30;
    ping.ackTimeoutSeconds = 5;
    ping.resultTimeoutSeconds = 10;

    CommandTemplate config;
    config.name = QStringLiteral("set-config");
    config.command = QStringLiteral("set-config");
    config.payload = QStringLiteral(
        "{\"schema_version\":\"1.0\",\"command_id\":\"{{command_id}}\",\"action\":\"set-config\","
        "\"requested_by\":\"{{requested_by}}\",\"reason\":\"{{reason}}\",\"expires_at\":"
        "\"{{expires_at}}\",\"config\":{\"telemetry_interval_s\":10}}");
    config.ttlSeconds = 60;
    config.ackTimeoutSeconds = 10;
    config.resultTimeoutSeconds = 60;
    config.requiresReason = true;

    CommandTemplate spReboot;
    spReboot.name = QStringLiteral("sparkplug-reboot");
    spReboot.convention = Convention::Sparkplug;
    spReboot.command = QStringLiteral("NCMD");
    spReboot.payload = QStringLiteral(
        "{\"metrics\":[{\"name\":\"Node Control/Reboot\",\"type\":\"Boolean\",\"value\":true}]}");
    spReboot.qos = 0; // Sparkplug B 3.0: NCMD/DCMD are sent at QoS 0
    spReboot.ttlSeconds = 60;
    spReboot.resultTimeoutSeconds = 30;
    spReboot.dangerous = true;
    spReboot.requiresReason = true;
    return {reboot, ping, config, spReboot};
}

std::optional<CommandTemplate> TemplateLibrary::fromJson(const QJsonObject &o, QString *error)
{
    CommandTemplate t;
    t.name = o.value(QStringLiteral("name")).toString().trimmed();
    const QString shown = t.name.isEmpty() ? tr("(no name)") : t.name;
    auto fail = [&](const char *field, const QString &why) {
        *error = tr("template \"%1\", field \"%2\": %3").arg(shown, QLatin1String(field), why);
        return std::nullopt;
    };
    if (t.name.isEmpty())
        return fail("name", tr("a template needs a name."));
    static const QStringList known{
        QStringLiteral("name"),        QStringLiteral("convention"), QStringLiteral("command"),
        QStringLiteral("payload"),     QStringLiteral("qos"),        QStringLiteral("ttl_s"),
        QStringLiteral("ack_timeout_s"), QStringLiteral("result_timeout_s"),
        QStringLiteral("dangerous"),   QStringLiteral("requires_reason")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key())) {
            *error = tr("template \"%1\": unknown field \"%2\" (known: %3).")
                         .arg(shown, it.key(), known.join(QStringLiteral(", ")));
            return std::nullopt;
        }
    if (const QJsonValue c = o.value(QStringLiteral("convention")); !c.isUndefined() && !c.isNull()) {
        if (c.toString().isEmpty() || c.toString() == QLatin1String("auto")) {
            // the target decides
        } else if (const auto conv = conventionFromKey(c.toString())) {
            t.convention = conv;
        } else {
            return fail("convention", tr("\"%1\" is not stream, devices, mqtt5, sparkplug or auto.")
                                          .arg(c.toString()));
        }
    }
    t.command = o.value(QStringLiteral("command")).toString();
    if (t.command.isEmpty() || t.command.contains(QLatin1Char('/')) ||
        t.command.contains(QLatin1Char('+')) || t.command.contains(QLatin1Char('#')))
        return fail("command", tr("the command's name must be one topic level (not empty, no /, "
                                  "+ or #)."));
    const QJsonValue p = o.value(QStringLiteral("payload"));
    if (p.isObject())
        t.payload = QString::fromUtf8(QJsonDocument(p.toObject()).toJson(QJsonDocument::Compact));
    else if (p.isString())
        t.payload = p.toString();
    else
        return fail("payload", tr("the payload must be a JSON object or a string."));
    // Placeholders filled with sample values, the payload must be JSON.
    QString sample = t.payload;
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([a-z_]+)\\}\\}"));
    for (auto it = placeholder.globalMatch(t.payload); it.hasNext();) {
        const auto m = it.next();
        if (!placeholderNames().contains(m.captured(1)))
            return fail("payload", tr("unknown placeholder {{%1}} (known: %2).")
                                       .arg(m.captured(1), placeholderNames().join(QStringLiteral(", "))));
    }
    sample.replace(placeholder, QStringLiteral("1"));
    QJsonParseError parse;
    QJsonDocument::fromJson(sample.toUtf8(), &parse);
    if (parse.error != QJsonParseError::NoError)
        return fail("payload", tr("not JSON at offset %1: %2").arg(parse.offset).arg(parse.errorString()));
    auto integer = [&](const char *field, int min, int max, int *out) {
        const QJsonValue v = o.value(QLatin1String(field));
        if (v.isUndefined())
            return true;
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < min || v.toInt() > max) {
            fail(field, tr("must be a whole number from %1 to %2.").arg(min).arg(max));
            return false;
        }
        *out = v.toInt();
        return true;
    };
    if (!integer("qos", 0, 2, &t.qos) || !integer("ttl_s", 1, 7 * 86400, &t.ttlSeconds) ||
        !integer("ack_timeout_s", 1, 86400, &t.ackTimeoutSeconds) ||
        !integer("result_timeout_s", 1, 7 * 86400, &t.resultTimeoutSeconds))
        return std::nullopt;
    for (const char *field : {"dangerous", "requires_reason"}) {
        const QJsonValue v = o.value(QLatin1String(field));
        if (!v.isUndefined() && !v.isBool())
            return fail(field, tr("must be true or false."));
    }
    t.dangerous = o.value(QStringLiteral("dangerous")).toBool();
    t.requiresReason = o.value(QStringLiteral("requires_reason")).toBool();
    return t;
}

std::optional<QList<CommandTemplate>> TemplateLibrary::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonValue list = doc.object().value(QStringLiteral("templates"));
    if (!doc.isObject() || !list.isArray()) {
        *error = tr("expected an object with a \"templates\" array.");
        return std::nullopt;
    }
    QList<CommandTemplate> out;
    QStringList names;
    for (const QJsonValue &v : list.toArray()) {
        if (!v.isObject()) {
            *error = tr("template %1 is not a JSON object.").arg(out.size() + 1);
            return std::nullopt;
        }
        std::optional<CommandTemplate> t = fromJson(v.toObject(), error);
        if (!t)
            return std::nullopt;
        if (names.contains(t->name)) {
            *error = tr("template \"%1\" appears twice.").arg(t->name);
            return std::nullopt;
        }
        names << t->name;
        out << *t;
    }
    return out;
}

QByteArray TemplateLibrary::serialize(const QList<CommandTemplate> &templates)
{
    QJsonArray list;
    for (const CommandTemplate &t : templates)
        list.append(t.toJson());
    return QJsonDocument(QJsonObject{{QStringLiteral("templates"), list}}).toJson();
}

QString TemplateLibrary::load(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return {};
    if (!f.open(QIODevice::ReadOnly))
        return tr("cannot read the templates file %1: %2").arg(path, f.errorString());
    QString error;
    const auto list = parse(f.readAll(), &error);
    if (!list)
        return tr("%1: %2").arg(path, error);
    for (const CommandTemplate &t : *list)
        put(t);
    return {};
}

QString TemplateLibrary::save(const QString &path) const
{
    QList<CommandTemplate> custom;
    for (const CommandTemplate &t : m_templates)
        if (m_custom.contains(t.name))
            custom << t;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return tr("cannot write the templates file %1: %2").arg(path, f.errorString());
    f.write(serialize(custom));
    if (!f.commit())
        return tr("cannot write the templates file %1: %2").arg(path, f.errorString());
    return {};
}

const CommandTemplate *TemplateLibrary::find(const QString &name) const
{
    for (const CommandTemplate &t : m_templates)
        if (t.name == name)
            return &t;
    return nullptr;
}

void TemplateLibrary::put(const CommandTemplate &t)
{
    if (!m_custom.contains(t.name))
        m_custom << t.name;
    for (CommandTemplate &existing : m_templates)
        if (existing.name == t.name) {
            existing = t;
            return;
        }
    m_templates << t;
}

bool TemplateLibrary::remove(const QString &name)
{
    if (!m_custom.removeOne(name))
        return false;
    m_templates.removeIf([&](const CommandTemplate &t) { return t.name == name; });
    for (const CommandTemplate &b : builtIns()) // a built-in one shows again
        if (b.name == name)
            m_templates << b;
    return true;
}

bool TemplateLibrary::isBuiltIn(const QString &name) const
{
    if (m_custom.contains(name))
        return false;
    for (const CommandTemplate &b : builtIns())
        if (b.name == name)
            return true;
    return false;
}

} // namespace deck::commands
