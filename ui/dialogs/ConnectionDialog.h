#pragma once

#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace deck::ui {

class FileField;

/// Saved connections: the list on the left, the selected profile's settings on the right
/// (general, TLS files with pickers, session and will, default subscriptions), checked in words
/// as they are typed. Passwords and key passphrases go to the keychain. Import reads MQTT
/// Explorer and MQTTX exports. "Connect" closes the dialog with the chosen profile.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    /// `store` and `secrets` are not owned.
    ConnectionDialog(profiles::ProfileStore *store, profiles::SecretStore *secrets,
                     QWidget *parent = nullptr);

    /// The profile to connect with (after accept()), its password typed now if any.
    profiles::ConnectionProfile chosen() const { return m_chosen; }
    QString typedPassword() const { return m_typedPassword; }
    QString typedPassphrase() const { return m_typedPassphrase; }
    void select(const QString &name);
    /// Imports a file as the Import button does; returns what it said.
    QString importFile(const QString &path);
    /// Saves the form; returns the error or empty.
    QString saveForm();
    QLabel *problems() const { return m_problems; }

private:
    void runDoctor();
    void reload(const QString &selectId = {});
    void showProfile(int row);
    profiles::ConnectionProfile formProfile() const;
    QStringList check() const;
    void validate();
    void newProfile();
    void deleteProfile();
    void showSecretState(QLineEdit *field, bool saved, const QString &key);
    void storeSecret(const QString &key, const QString &secret, bool save);

    profiles::ProfileStore *m_store;
    profiles::SecretStore *m_secrets;
    QList<profiles::ConnectionProfile> m_profiles;
    QString m_currentId;
    bool m_showingProfile = false;
    QString m_lastHost; ///< the host as last shown or typed: the name follows it until edited
    profiles::ConnectionProfile m_chosen;
    QString m_typedPassword;
    QString m_typedPassphrase;

    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_colour;
    QCheckBox *m_production;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_transport;
    QLineEdit *m_wsPath;
    QComboBox *m_version;
    QLineEdit *m_clientId;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_savePassword;
    FileField *m_ca;
    FileField *m_cert;
    FileField *m_key;
    QLineEdit *m_passphrase;
    QCheckBox *m_savePassphrase;
    QCheckBox *m_verifyPeer;
    QCheckBox *m_verifyHost;
    QSpinBox *m_keepAlive;
    QCheckBox *m_cleanStart;
    QSpinBox *m_expiry;
    QLineEdit *m_willTopic;
    QLineEdit *m_willPayload;
    QComboBox *m_willQos;
    QCheckBox *m_willRetain;
    QSpinBox *m_receiveMaximum;
    QSpinBox *m_maxPacket;
    QPlainTextEdit *m_userProperties;
    QPlainTextEdit *m_subscriptions;
    QLabel *m_problems;
    QLabel *m_notes;
};

} // namespace deck::ui
