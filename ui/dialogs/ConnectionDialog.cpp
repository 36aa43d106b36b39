#include "ConnectionDialog.h"

#include "DoctorDialog.h"
#include "WindowTerms.h"

#include "mqtt/TopicValidator.h"
#include "profiles/ProfileImport.h"
#include "widgets/FileField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace deck::ui {

using profiles::ConnectionProfile;

namespace {

QWidget *formPage(QWidget *parent, QFormLayout *&form)
{
    auto *page = new QWidget(parent);
    form = new QFormLayout(page);
    return page;
}

QList<mqtt::Subscription> parseSubscriptions(const QString &text, QStringList *problems)
{
    QList<mqtt::Subscription> subs;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList parts = lines[i].trimmed().split(u' ', Qt::SkipEmptyParts);
        if (parts.isEmpty())
            continue;
        mqtt::Subscription s;
        s.filter = parts[0];
        bool ok = true;
        s.qos = parts.size() > 1 ? parts[1].toInt(&ok) : 0;
        if (problems && (!ok || s.qos < 0 || s.qos > 2 || parts.size() > 2))
            *problems << ConnectionDialog::tr(
                             "Subscriptions, line %1: write a filter, then optionally its "
                             "QoS (0, 1 or 2), e.g. \"prod/# 1\".")
                             .arg(i + 1);
        else if (problems)
            if (const QString e = mqtt::TopicValidator::checkTopicFilter(s.filter); !e.isEmpty())
                *problems << ConnectionDialog::tr("Subscriptions, line %1: %2").arg(i + 1).arg(e);
        subs.append(s);
    }
    return subs;
}

} // namespace

ConnectionDialog::ConnectionDialog(profiles::ProfileStore *store, profiles::SecretStore *secrets,
                                   QWidget *parent)
    : QDialog(parent), m_store(store), m_secrets(secrets), m_list(new QListWidget(this)),
      m_name(new QLineEdit(this)), m_colour(new QComboBox(this)),
      m_production(new QCheckBox(tr("Production: ask before every publish, marked PROD in red"),
                                 this)),
      m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)), m_transport(new QComboBox(this)), m_wsPath(new QLineEdit(this)),
      m_version(new QComboBox(this)), m_clientId(new QLineEdit(this)), m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_savePassword(new QCheckBox(tr("Save in the keychain"), this)),
      m_ca(new FileField(tr("CA certificate"),
                         tr("Certificates (*.pem *.crt *.cer);;All files (*)"), this)),
      m_cert(new FileField(tr("Client certificate"),
                           tr("Certificates (*.pem *.crt *.cer);;All files (*)"), this)),
      m_key(new FileField(tr("Client key"), tr("Keys (*.pem *.key);;All files (*)"), this)),
      m_passphrase(new QLineEdit(this)),
      m_savePassphrase(new QCheckBox(tr("Save in the keychain"), this)),
      m_verifyPeer(new QCheckBox(tr("Verify the broker's certificate"), this)),
      m_verifyHost(new QCheckBox(tr("Verify that it names the host"), this)),
      m_keepAlive(new QSpinBox(this)),
      m_cleanStart(new QCheckBox(tr("Clean start (no session kept)"), this)),
      m_expiry(new QSpinBox(this)), m_willTopic(new QLineEdit(this)),
      m_willPayload(new QLineEdit(this)), m_willQos(new QComboBox(this)),
      m_willRetain(new QCheckBox(tr("Retain"), this)), m_receiveMaximum(new QSpinBox(this)),
      m_maxPacket(new QSpinBox(this)), m_userProperties(new QPlainTextEdit(this)),
      m_subscriptions(new QPlainTextEdit(this)), m_problems(new QLabel(this)),
      m_notes(new QLabel(this))
{
    setWindowTitle(tr("Connections"));
    m_colour->addItem(tr("No colour"), QString());
    m_colour->addItem(tr("Red — production"), QStringLiteral("#c62828"));
    m_colour->addItem(tr("Orange — staging"), QStringLiteral("#ef6c00"));
    m_colour->addItem(tr("Green — lab"), QStringLiteral("#2e7d32"));
    m_colour->addItem(tr("Blue — development"), QStringLiteral("#1565c0"));
    // Five digits accepted as typed, so that 99999 is refused in words by the options' check
    // (a range of 0-65535 would have turned it silently into 9999).
    m_port->setRange(0, 99999);
    m_port->setSpecialValueText(tr("usual port of the transport"));
    m_transport->addItem(tr("TCP"), int(mqtt::Transport::Tcp));
    m_transport->addItem(tr("TLS"), int(mqtt::Transport::Tls));
    m_transport->addItem(tr("WebSocket"), int(mqtt::Transport::WebSocket));
    m_transport->addItem(tr("Secure WebSocket"), int(mqtt::Transport::SecureWebSocket));
    m_version->addItem(tr("MQTT 5"), int(mqtt::MqttVersion::V5));
    m_version->addItem(tr("MQTT 3.1.1"), int(mqtt::MqttVersion::V311));
    m_clientId->setPlaceholderText(tr("empty: generated at each connection"));
    m_password->setEchoMode(QLineEdit::Password);
    m_savePassword->setObjectName(QStringLiteral("savePassword"));
    m_savePassphrase->setObjectName(QStringLiteral("savePassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_keepAlive->setRange(0, 65535);
    m_keepAlive->setSuffix(tr(" s"));
    m_expiry->setRange(0, 0x7fffffff);
    m_expiry->setSuffix(tr(" s"));
    m_expiry->setSpecialValueText(tr("ends with the connection"));
    for (int q = 0; q <= 2; ++q)
        m_willQos->addItem(tr("QoS %1").arg(q), q);
    m_willTopic->setPlaceholderText(tr("empty: no Last Will"));
    m_receiveMaximum->setRange(0, 65535);
    m_receiveMaximum->setSpecialValueText(tr("not set (the broker's default)"));
    m_maxPacket->setRange(0, 0x7fffffff);
    m_maxPacket->setSpecialValueText(tr("not set (no limit)"));
    m_maxPacket->setSuffix(tr(" bytes"));
    m_userProperties->setPlaceholderText(tr("One per line: name=value"));
    m_userProperties->setMaximumHeight(80);
    m_subscriptions->setPlaceholderText(
        tr("One filter per line, optionally followed by its QoS:\n#\nprod/+/+/+/+/status 1"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_notes->setWordWrap(true);

    QFormLayout *f = nullptr;
    auto *tabs = new QTabWidget(this);
    tabs->addTab(formPage(this, f), tr("General"));
    f->addRow(tr("Name"), m_name);
    f->addRow(tr("Colour tag"), m_colour);
    f->addRow(QString(), m_production);
    connect(m_colour, &QComboBox::currentIndexChanged, this, [this] {
        // Tagging a connection "production" is saying it is one; unticking stays possible.
        if (!m_showingProfile && m_colour->currentData().toString() == QLatin1String("#c62828"))
            m_production->setChecked(true);
    });
    f->addRow(tr("Host"), m_host);
    f->addRow(tr("Port"), m_port);
    f->addRow(tr("Transport"), m_transport);
    f->addRow(tr("WebSocket path"), m_wsPath);
    f->addRow(tr("MQTT version"), m_version);
    f->addRow(tr("Client id"), m_clientId);
    f->addRow(tr("User name"), m_user);
    f->addRow(tr("Password"), m_password);
    f->addRow(QString(), m_savePassword);
    tabs->addTab(formPage(this, f), tr("TLS"));
    f->addRow(tr("CA certificate"), m_ca);
    f->addRow(QString(), new QLabel(tr("Empty: the system's trusted authorities."), this));
    f->addRow(tr("Client certificate"), m_cert);
    f->addRow(tr("Client key"), m_key);
    f->addRow(tr("Key passphrase"), m_passphrase);
    f->addRow(QString(), m_savePassphrase);
    f->addRow(QString(), m_verifyPeer);
    f->addRow(QString(), m_verifyHost);
    tabs->addTab(formPage(this, f), tr("Session and will"));
    f->addRow(tr("Keep alive"), m_keepAlive);
    f->addRow(QString(), m_cleanStart);
    f->addRow(tr("Session expiry (MQTT 5)"), m_expiry);
    f->addRow(tr("Will topic"), m_willTopic);
    f->addRow(tr("Will payload"), m_willPayload);
    f->addRow(tr("Will QoS"), m_willQos);
    f->addRow(QString(), m_willRetain);
    f->addRow(tr("Receive maximum (MQTT 5)"), m_receiveMaximum);
    f->addRow(tr("Maximum packet size (MQTT 5)"), m_maxPacket);
    f->addRow(tr("CONNECT user properties (MQTT 5)"), m_userProperties);
    tabs->addTab(m_subscriptions, tr("Subscriptions"));

    auto *newButton = new QPushButton(tr("New"), this);
    auto *deleteButton = new QPushButton(tr("Delete"), this);
    auto *importButton = new QPushButton(tr("Import…"), this);
    importButton->setToolTip(tr("Read connections exported by MQTT Explorer (settings.json) or "
                                "MQTTX (Export data, JSON)."));
    connect(newButton, &QPushButton::clicked, this, &ConnectionDialog::newProfile);
    connect(deleteButton, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import connections"), QDir::homePath(),
                                         tr("JSON files (*.json);;All files (*)"));
        if (!path.isEmpty())
            m_notes->setText(importFile(path));
    });
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(newButton);
    listButtons->addWidget(deleteButton);
    listButtons->addWidget(importButton);
    leftLayout->addLayout(listButtons);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(tabs, 1);
    rightLayout->addWidget(m_problems);
    rightLayout->addWidget(m_notes);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 3);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *save = buttons->addButton(tr("Save"), QDialogButtonBox::ApplyRole);
    QPushButton *connectButton =
        buttons->addButton(tr("Save and connect"), QDialogButtonBox::AcceptRole);
    QPushButton *doctor = buttons->addButton(tr("Check connection…"), QDialogButtonBox::ActionRole);
    doctor->setToolTip(tr("Run the connection doctor on these settings: DNS, TCP, TLS, CONNECT, "
                          "SUBSCRIBE and a message that must come back; it stops where the "
                          "connection breaks and says why."));
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(doctor, &QPushButton::clicked, this, &ConnectionDialog::runDoctor);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString e = saveForm();
        m_notes->setText(e.isEmpty() ? tr("Saved.") : QString());
        if (!e.isEmpty())
            m_problems->setText(e);
    });
    connect(connectButton, &QPushButton::clicked, this, [this] {
        if (const QString e = saveForm(); !e.isEmpty()) {
            m_problems->setText(e);
            return;
        }
        accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    for (QLineEdit *e : {m_name, m_host, m_wsPath, m_clientId, m_user, m_willTopic})
        connect(e, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    connect(m_host, &QLineEdit::textEdited, this, [this](const QString &host) {
        if (m_name->text() == m_lastHost ||
            m_name->text().startsWith(m_lastHost + QStringLiteral(" (")))
            m_name->setText(host.trimmed());
        m_lastHost = host.trimmed();
    });
    // The list follows the name as it is typed (saved or not), so the entry being edited is
    // always recognisable.
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        QListWidgetItem *item = m_list->currentItem();
        if (!item || m_showingProfile)
            return;
        // The first line is the name; the address below it stays.
        QStringList lines = item->text().split(u'\n');
        lines[0] = name.trimmed().isEmpty() ? tr("(no name)") : name.trimmed();
        item->setText(lines.join(u'\n'));
    });
    for (FileField *e : {m_ca, m_cert, m_key})
        connect(e, &FileField::changed, this, &ConnectionDialog::validate);
    // One behaviour with the CLI (and mosquitto's clients): giving a CA file or a client
    // certificate turns plain TCP into TLS and WebSocket into secure WebSocket, said in the notes.
    for (FileField *e : {m_ca, m_cert})
        connect(e, &FileField::changed, this, [this, e] {
            if (m_showingProfile || e->path().isEmpty())
                return;
            const auto t = mqtt::Transport(m_transport->currentData().toInt());
            const auto secure = t == mqtt::Transport::Tcp         ? mqtt::Transport::Tls
                                : t == mqtt::Transport::WebSocket ? mqtt::Transport::SecureWebSocket
                                                                  : t;
            if (secure == t)
                return;
            m_transport->setCurrentIndex(m_transport->findData(int(secure)));
            m_notes->setText(tr("TLS turned on: a certificate file was given (as the command "
                                "line does). Choose the transport again to change it."));
        });
    connect(m_transport, &QComboBox::currentIndexChanged, this, &ConnectionDialog::validate);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectionDialog::validate);
    connect(m_cleanStart, &QCheckBox::toggled, this, &ConnectionDialog::validate);
    connect(m_version, &QComboBox::currentIndexChanged, this, &ConnectionDialog::validate);
    connect(m_subscriptions, &QPlainTextEdit::textChanged, this, &ConnectionDialog::validate);
    connect(m_userProperties, &QPlainTextEdit::textChanged, this, &ConnectionDialog::validate);
    m_subscriptions->setObjectName(QStringLiteral("subscriptions"));
    m_userProperties->setObjectName(QStringLiteral("userProperties"));
    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionDialog::showProfile);
    resize(900, 560);
    reload();
    if (m_profiles.isEmpty())
        newProfile();
}

void ConnectionDialog::reload(const QString &selectId)
{
    m_profiles = m_store->list();
    const QSignalBlocker block(m_list);
    m_list->clear();
    int row = -1;
    for (int i = 0; i < m_profiles.size(); ++i) {
        const ConnectionProfile &p = m_profiles[i];
        auto *item = new QListWidgetItem(
            QStringLiteral("%1\n%2").arg(p.name, p.options.serverUri()), m_list);
        if (!p.colour.isEmpty()) {
            QPixmap swatch(12, 24);
            swatch.fill(QColor(p.colour));
            item->setIcon(QIcon(swatch));
        }
        if (p.id == selectId)
            row = i;
    }
    if (row >= 0 || !m_profiles.isEmpty()) {
        m_list->setCurrentRow(row >= 0 ? row : 0);
        showProfile(m_list->currentRow());
    }
}

void ConnectionDialog::select(const QString &name)
{
    for (int i = 0; i < m_profiles.size(); ++i)
        if (m_profiles[i].name == name)
            m_list->setCurrentRow(i);
}

void ConnectionDialog::showProfile(int row)
{
    if (row < 0 || row >= m_profiles.size())
        return;
    const ConnectionProfile &p = m_profiles[row];
    const mqtt::ConnectionOptions &o = p.options;
    m_currentId = p.id;
    m_showingProfile = true; // filling the form is not the user choosing files
    const auto doneShowing = qScopeGuard([this] { m_showingProfile = false; });
    m_name->setText(p.name);
    m_colour->setCurrentIndex(qMax(0, m_colour->findData(p.colour)));
    m_production->setChecked(p.production);
    m_host->setText(o.host);
    m_lastHost = o.host;
    m_port->setValue(o.port);
    m_transport->setCurrentIndex(m_transport->findData(int(o.transport)));
    m_wsPath->setText(o.webSocketPath);
    m_version->setCurrentIndex(m_version->findData(int(o.version)));
    m_clientId->setText(o.clientId);
    m_user->setText(o.username);
    m_password->clear();
    showSecretState(m_password, p.savePassword, p.passwordKey());
    m_savePassword->setChecked(p.savePassword);
    m_ca->setPath(o.tls.caFile);
    m_cert->setPath(o.tls.certFile);
    m_key->setPath(o.tls.keyFile);
    m_passphrase->clear();
    showSecretState(m_passphrase, p.saveKeyPassphrase, p.passphraseKey());
    m_savePassphrase->setChecked(p.saveKeyPassphrase);
    m_verifyPeer->setChecked(o.tls.verifyPeer);
    m_verifyHost->setChecked(o.tls.verifyHostname);
    m_keepAlive->setValue(o.keepAliveSeconds);
    m_cleanStart->setChecked(o.cleanStart);
    m_expiry->setValue(int(qMin<quint32>(o.sessionExpirySeconds, 0x7fffffff)));
    m_willTopic->setText(o.will.topic);
    m_willPayload->setText(QString::fromUtf8(o.will.payload));
    m_willQos->setCurrentIndex(o.will.qos);
    m_willRetain->setChecked(o.will.retain);
    m_receiveMaximum->setValue(o.receiveMaximum.value_or(0));
    m_maxPacket->setValue(int(qMin<quint32>(o.maximumPacketSize.value_or(0), 0x7fffffff)));
    QStringList props;
    for (const auto &[name, value] : o.userProperties)
        props << name + u'=' + value;
    m_userProperties->setPlainText(props.join(u'\n'));
    QStringList lines;
    for (const mqtt::Subscription &s : p.subscriptions)
        lines << (s.qos > 0 ? QStringLiteral("%1 %2").arg(s.filter).arg(s.qos) : s.filter);
    m_subscriptions->setPlainText(lines.join(u'\n'));
    validate();
}

ConnectionProfile ConnectionDialog::formProfile() const
{
    ConnectionProfile p;
    for (const ConnectionProfile &existing : m_profiles)
        if (existing.id == m_currentId)
            p = existing;
    p.id = m_currentId;
    p.name = m_name->text().trimmed();
    p.colour = m_colour->currentData().toString();
    p.production = m_production->isChecked();
    mqtt::ConnectionOptions &o = p.options;
    o.host = m_host->text().trimmed();
    o.port = m_port->value();
    o.transport = mqtt::Transport(m_transport->currentData().toInt());
    o.webSocketPath = m_wsPath->text();
    o.version = mqtt::MqttVersion(m_version->currentData().toInt());
    o.clientId = m_clientId->text();
    o.username = m_user->text();
    o.tls.caFile = m_ca->path();
    o.tls.certFile = m_cert->path();
    o.tls.keyFile = m_key->path();
    o.tls.verifyPeer = m_verifyPeer->isChecked();
    o.tls.verifyHostname = m_verifyHost->isChecked();
    o.keepAliveSeconds = m_keepAlive->value();
    o.cleanStart = m_cleanStart->isChecked();
    o.sessionExpirySeconds = quint32(m_expiry->value());
    o.will.topic = m_willTopic->text();
    o.will.payload = m_willPayload->text().toUtf8();
    o.will.qos = m_willQos->currentIndex();
    o.will.retain = m_willRetain->isChecked();
    o.receiveMaximum = m_receiveMaximum->value() > 0
                           ? std::optional<quint16>(quint16(m_receiveMaximum->value()))
                           : std::nullopt;
    o.maximumPacketSize = m_maxPacket->value() > 0
                              ? std::optional<quint32>(quint32(m_maxPacket->value()))
                              : std::nullopt;
    o.userProperties.clear();
    for (const QString &line : m_userProperties->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype eq = line.indexOf(u'=');
        o.userProperties.append(
            {line.left(eq).trimmed(), eq < 0 ? QString() : line.mid(eq + 1).trimmed()});
    }
    p.savePassword = m_savePassword->isChecked();
    p.saveKeyPassphrase = m_savePassphrase->isChecked();
    p.subscriptions = parseSubscriptions(m_subscriptions->toPlainText(), nullptr);
    return p;
}

QStringList ConnectionDialog::check() const
{
    const ConnectionProfile p = formProfile();
    QStringList problems;
    if (p.name.isEmpty())
        problems << tr("Give the connection a name.");
    problems << p.options.validate();
    parseSubscriptions(m_subscriptions->toPlainText(), &problems);
    return problems;
}

void ConnectionDialog::validate()
{
    const QStringList problems = check();
    m_problems->setText(inWindowTerms(problems.join(u'\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_wsPath->setEnabled(m_transport->currentData().toInt() == int(mqtt::Transport::WebSocket) ||
                         m_transport->currentData().toInt() ==
                             int(mqtt::Transport::SecureWebSocket));
}

QString ConnectionDialog::saveForm()
{
    const QStringList problems = check();
    if (!problems.isEmpty())
        return problems.join(u'\n');
    ConnectionProfile p = formProfile();
    if (const QString e = m_store->save(p); !e.isEmpty())
        return e;
    m_currentId = p.id;
    m_typedPassword = m_password->text();
    m_typedPassphrase = m_passphrase->text();
    storeSecret(p.passwordKey(), m_typedPassword, p.savePassword);
    storeSecret(p.passphraseKey(), m_typedPassphrase, p.saveKeyPassphrase);
    m_chosen = p;
    reload(p.id);
    return {};
}

void ConnectionDialog::showSecretState(QLineEdit *field, bool saved, const QString &key)
{
    // Say what is true: the keychain is asked (a read, answered later), and the field tells
    // whether it holds the secret, does not, or is not there at all.
    field->setPlaceholderText(saved ? tr("checking the keychain…") : QString());
    if (!saved)
        return;
    m_secrets->read(key, [field = QPointer<QLineEdit>(field), id = m_currentId, key,
                          this](const profiles::SecretResult &r) {
        if (!field || id != m_currentId)
            return; // another profile is shown by now
        switch (r.status) {
        case profiles::SecretResult::Status::Ok:
            field->setPlaceholderText(tr("kept in the keychain; type to change it"));
            break;
        case profiles::SecretResult::Status::NotFound:
            field->setPlaceholderText(tr("not in the keychain yet; type it to save it"));
            break;
        case profiles::SecretResult::Status::NoKeychain:
            field->setPlaceholderText(
                m_secrets->sessionSecret(key)
                    ? tr("no keychain here: kept in memory until MQTT Deck closes")
                    : tr("no keychain here: asked at each connection"));
            break;
        default:
            field->setPlaceholderText(tr("the keychain did not answer: %1").arg(r.error));
            break;
        }
    });
}

void ConnectionDialog::storeSecret(const QString &key, const QString &secret, bool save)
{
    if (!save) {
        m_secrets->remove(key, [](const profiles::SecretResult &) {});
        return;
    }
    if (secret.isEmpty())
        return; // unchanged: the keychain keeps what it has
    m_secrets->write(key, secret, [this, key, secret](const profiles::SecretResult &r) {
        if (r.ok())
            return;
        // Kept for this session so that connecting now works; said so the user knows.
        m_secrets->rememberForSession(key, secret);
        m_notes->setText(tr("Not saved in the keychain: %1 It is kept in memory until MQTT Deck "
                            "closes, and you will be asked for it next time.")
                             .arg(r.error));
    });
}

void ConnectionDialog::newProfile()
{
    // Named after its host, which reads the same in every language (a translated "New
    // connection" stayed French in an English window); the name follows the host as it is typed
    // until the user names the connection.
    ConnectionProfile p;
    p.options.host = QStringLiteral("localhost");
    p.name = p.options.host;
    for (int n = 2; m_store->findByName(p.name); ++n)
        p.name = QStringLiteral("%1 (%2)").arg(p.options.host).arg(n);
    mqtt::Subscription all;
    all.filter = QStringLiteral("#");
    p.subscriptions = {all};
    if (const QString e = m_store->save(p); !e.isEmpty()) {
        m_problems->setText(e);
        m_problems->show();
        return;
    }
    reload(p.id);
}

void ConnectionDialog::deleteProfile()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_profiles.size())
        return;
    const ConnectionProfile p = m_profiles[row];
    if (QMessageBox::question(this, tr("Delete connection"),
                              tr("Delete \"%1\" and its secrets in the keychain?").arg(p.name)) !=
        QMessageBox::Yes)
        return;
    m_store->remove(p.id);
    storeSecret(p.passwordKey(), {}, false);
    storeSecret(p.passphraseKey(), {}, false);
    reload();
}

QString ConnectionDialog::importFile(const QString &path)
{
    const QString certDir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                .filePath(QStringLiteral("certificates"));
    profiles::ImportResult r = profiles::ProfileImport::fromFile(path, certDir);
    if (!r.error.isEmpty())
        return r.error;
    QStringList notes = r.notes;
    int saved = 0;
    QString last;
    for (ConnectionProfile &p : r.profiles) {
        const QString base = p.name;
        for (int n = 2; m_store->findByName(p.name); ++n)
            p.name = QStringLiteral("%1 (%2)").arg(base).arg(n);
        if (const QString e = m_store->save(p); !e.isEmpty()) {
            notes << e;
            continue;
        }
        ++saved;
        last = p.id;
        if (r.passwords.contains(p.id))
            storeSecret(p.passwordKey(), r.passwords.value(p.id), true);
    }
    reload(last);
    notes.prepend(tr("Imported %n connection(s) from %1.", nullptr, saved).arg(r.format));
    return notes.join(u'\n');
}

} // namespace deck::ui

namespace deck::ui {

void ConnectionDialog::runDoctor()
{
    const ConnectionProfile p = formProfile();
    if (const QStringList errors = p.options.validate(); !errors.isEmpty()) {
        m_problems->setText(errors.join(QLatin1Char('\n')));
        return;
    }
    DoctorDialog::openForProfile(p, m_password->text(), m_secrets, this);
}

} // namespace deck::ui
