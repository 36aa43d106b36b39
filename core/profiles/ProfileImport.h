#pragma once

#include "ConnectionProfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace deck::profiles {

/// Connections read from another tool's export, ready to save. Passwords found in the export
/// come separately (by profile id) so that the caller puts them in the keychain.
struct ImportResult
{
    QString format; ///< "MQTT Explorer" or "MQTTX"
    QList<ConnectionProfile> profiles;
    QHash<QString, QString> passwords; ///< profile id → password
    QStringList notes;                 ///< what was not carried over, per connection
    QString error;                     ///< the file could not be read at all
};

/// Reads connection exports of other MQTT tools (mapping in docs/user-guide.md):
/// - MQTT Explorer: its settings.json (key "ConnectionManager_connections") or a JSON object of
///   connections; embedded certificates (base64) are written as PEM files into `certificateDir`.
/// - MQTTX: the JSON of "Export data" (an array of connections, or {"connections": [...]}).
class ProfileImport
{
    Q_DECLARE_TR_FUNCTIONS(ProfileImport)
public:
    static ImportResult fromFile(const QString &path, const QString &certificateDir);
    static ImportResult fromJson(const QByteArray &json, const QString &certificateDir);
};

} // namespace deck::profiles
