#pragma once

#include "fleet/BoardSettings.h"
#include "mqtt/ConnectionOptions.h"
#include "mqtt/Requests.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace deck::profiles {

/// A saved connection: everything needed to connect again except its secrets, which live in the
/// OS keychain (see SecretStore) under keys derived from the profile's id.
struct ConnectionProfile
{
    QString id;     ///< stable across renames (a UUID)
    QString name;   ///< unique, what users pick ("Production EU")
    QString colour; ///< tag shown in the window, e.g. "#c62828" for production; empty = none
    mqtt::ConnectionOptions options;         ///< password and key passphrase always empty here
    QList<mqtt::Subscription> subscriptions; ///< subscribed after connecting
    bool savePassword = false;               ///< the password is kept in the keychain
    bool saveKeyPassphrase = false;          ///< the key passphrase is kept in the keychain
    bool production = false; ///< publishing asks for confirmation; marked red in the window
    fleet::BoardSettings boards; ///< the Fleet page's device rules, the Retained page's threshold
    qint64 updatedMs = 0;

    QString passwordKey() const { return QStringLiteral("profile:%1:password").arg(id); }
    QString passphraseKey() const { return QStringLiteral("profile:%1:key-passphrase").arg(id); }
};

/// A message sent from the Publish page, kept to load again or resend.
struct SentMessage
{
    qint64 id = 0; ///< row id in the store (0 = not stored)
    QString topic;
    QByteArray payload;  ///< the bytes sent
    QString text;        ///< what was typed
    int inputFormat = 0; ///< payload::InputFormat of what was typed
    int qos = 0;
    bool retain = false;
    mqtt::MessageProperties properties;
    qint64 sentAtMs = 0;
    QString broker; ///< server URI it went to
    QString answer; ///< the broker's answer in words, once known
};

/// MQTT 5 message properties as JSON, and back (correlation data as base64).
QJsonObject propertiesToJson(const mqtt::MessageProperties &properties);
mqtt::MessageProperties propertiesFromJson(const QJsonObject &json);

/// ConnectionOptions as JSON without secrets (password, key passphrase), and back.
QJsonObject optionsToJson(const mqtt::ConnectionOptions &options);
mqtt::ConnectionOptions optionsFromJson(const QJsonObject &json);

} // namespace deck::profiles
