#pragma once

#include "ingest/Engine.h"
#include "mqtt/Requests.h"
#include "mqtt/Results.h"
#include "mqtt/Session.h"
#include "payload/PayloadEncoder.h"
#include "profiles/ProfileStore.h"

#include <QWidget>

#include <unordered_map>

class QCheckBox;
class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStringListModel;
class QTreeWidget;

namespace deck::ui {

class JsonHighlighter;
class PropertiesEditor;

/// Compose and send a message: topic (checked as typed, completed from the live tree), payload
/// as text, JSON (checked), hex or base64, QoS, retain, MQTT 5 properties. The broker's answer
/// (PUBACK/PUBREC reason under MQTT 5) is shown, and every sent message stays in a list to load
/// again or resend.
class PublishPage : public QWidget
{
    Q_OBJECT
public:
    /// `session` and `engine` are not owned and must outlive the page.
    PublishPage(mqtt::Session *session, Engine *engine, QWidget *parent = nullptr);

    void setTopic(const QString &topic);
    /// Fills the form from a received message (to send it again or a variant of it): its topic,
    /// payload in the format it looks like (JSON, text, else hex), QoS and retain flag.
    void prefill(const QString &topic, const StoredMessage &message);
    void setPayload(const QString &text, payload::InputFormat format);
    void setQos(int qos);
    void setRetain(bool retain);
    PropertiesEditor *propertiesEditor() const { return m_properties; }
    QLabel *resultLabel() const { return m_result; }
    QTreeWidget *sentList() const { return m_sent; }
    /// Sends what the form holds; false (with the reason shown) when nothing was sent.
    bool publish();
    /// Sends a message prepared elsewhere (a rebirth request) the same way: confirmed on a
    /// production connection, kept in the sent list with the broker's answer. `text` and
    /// `inputFormat` (payload::InputFormat) are what the list reloads into the form.
    bool send(const mqtt::OutgoingMessage &message, const QString &text, int inputFormat);
    /// Keeps the sent messages in `store` (not owned) and shows the ones kept there.
    void setHistoryStore(profiles::ProfileStore *store);
    /// The broker this page's connection goes to (its sent list shows only what went there).
    void setBroker(const QString &broker);
    /// A production connection: every publish asks first, naming the connection.
    void setProduction(bool production, const QString &connectionName);

private:
    void validate();
    void complete(const QString &typed);
    void onFinished(quint64 id, const mqtt::PublishResult &result);
    void load(int index);
    std::optional<mqtt::OutgoingMessage> compose(QString *error) const;

    mqtt::Session *m_session;
    Engine *m_engine;
    bool m_production = false;
    QString m_connectionName;
    QLineEdit *m_topic;
    QCompleter *m_completer;
    QStringListModel *m_completions;
    QComboBox *m_qos;
    QCheckBox *m_retain;
    QComboBox *m_format;
    QPlainTextEdit *m_payload;
    JsonHighlighter *m_highlighter;
    PropertiesEditor *m_properties;
    QLabel *m_problem;
    QPushButton *m_send;
    QLabel *m_result;
    QTreeWidget *m_sent;
    QLabel *m_sentTitle;
    QString m_broker; ///< the broker whose sent messages are listed (the connected one)
    void addSentRow(int index);
    void refillSentList();
    profiles::ProfileStore *m_store = nullptr;
    std::vector<profiles::SentMessage> m_history; // oldest first
    std::unordered_map<quint64, int> m_pending;   // publish id → row in m_history
};

} // namespace deck::ui
