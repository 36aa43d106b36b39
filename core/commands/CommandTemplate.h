#pragma once

#include "CommandConvention.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace deck::commands {

/// What a command is, before it has a target: its name, how it travels, its payload with
/// placeholders ({{command_id}}, {{expires_at}}, {{requested_by}}, {{reason}}, {{device_id}},
/// {{command}}, {{ttl}} and the target's fields: {{env}} {{tenant}} {{site}} {{area}} {{asset}}
/// {{id}} {{group}} {{node}} {{device}}), QoS, time to live and timeouts, and its safety marks.
struct CommandTemplate
{
    QString name;
    std::optional<Convention> convention; ///< none: the target's shape decides
    QString command;                      ///< the command's name in its topic ("reboot")
    QString payload;                      ///< JSON text with placeholders
    int qos = 1;
    int ttlSeconds = 60;
    int ackTimeoutSeconds = 10;
    int resultTimeoutSeconds = 60;
    bool dangerous = false;      ///< the window asks to type the target's name
    bool requiresReason = false; ///< refused without a reason

    QJsonObject toJson() const;
};

/// The placeholders a payload may use.
QStringList placeholderNames();

/// The template library: the built-in templates (reboot, ping, set-config, sparkplug-reboot)
/// and the operator's, loaded from and saved to a JSON file ({"templates": [ … ]}, the format of
/// import and export). A template of the file replaces a built-in one of the same name.
class TemplateLibrary
{
    Q_DECLARE_TR_FUNCTIONS(TemplateLibrary)
public:
    TemplateLibrary();
    /// <AppDataLocation>/command-templates.json
    static QString defaultPath();
    static QList<CommandTemplate> builtIns();

    /// Reads one template, or says which field of which template is wrong.
    static std::optional<CommandTemplate> fromJson(const QJsonObject &object, QString *error);
    /// Reads a whole file's templates; refused as a whole (naming the template and the field)
    /// when one is invalid.
    static std::optional<QList<CommandTemplate>> parse(const QByteArray &json, QString *error);
    static QByteArray serialize(const QList<CommandTemplate> &templates);

    /// Adds the file's templates (a missing file is an empty library). Error in words or empty.
    QString load(const QString &path);
    /// Writes the operator's templates (not the built-in ones) to `path`.
    QString save(const QString &path) const;

    const QList<CommandTemplate> &templates() const { return m_templates; }
    const CommandTemplate *find(const QString &name) const;
    /// Adds or replaces by name.
    void put(const CommandTemplate &t);
    bool remove(const QString &name);
    bool isBuiltIn(const QString &name) const;

private:
    QList<CommandTemplate> m_templates;
    QStringList m_custom; // names of the operator's templates
};

} // namespace deck::commands
