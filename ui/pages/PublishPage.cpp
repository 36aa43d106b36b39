#include "PublishPage.h"

#include "profiles/SentAnswer.h"

#include "mqtt/ReasonCodes.h"
#include "mqtt/TopicValidator.h"
#include "payload/JsonText.h"
#include "payload/PayloadFormat.h"
#include "widgets/JsonHighlighter.h"
#include "widgets/PropertiesEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStringListModel>
#include <QTreeWidget>

#include <QVBoxLayout>
#include <algorithm>

namespace deck::ui {

using payload::InputFormat;

namespace {
constexpr int kMaxSent = 200;
constexpr int kMaxCompletions = 500;
} // namespace

PublishPage::PublishPage(mqtt::Session *session, Engine *engine, QWidget *parent)
    : QWidget(parent), m_session(session), m_engine(engine), m_topic(new QLineEdit(this)),
      m_completer(new QCompleter(this)), m_completions(new QStringListModel(this)),
      m_qos(new QComboBox(this)), m_retain(new QCheckBox(tr("Retain"), this)),
      m_format(new QComboBox(this)), m_payload(new QPlainTextEdit(this)),
      m_highlighter(new JsonHighlighter(m_payload->document())),
      m_properties(new PropertiesEditor(this)), m_problem(new QLabel(this)),
      m_send(new QPushButton(tr("Publish"), this)), m_result(new QLabel(this)),
      m_sent(new QTreeWidget(this))
{
    m_topic->setObjectName(QStringLiteral("topic"));
    m_topic->setPlaceholderText(tr("Topic, e.g. prod/acme/paris/line-01/gw-001/cmd/reboot"));
    m_completer->setModel(m_completions);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseSensitive);
    m_topic->setCompleter(m_completer);
    connect(m_topic, &QLineEdit::textEdited, this, &PublishPage::complete);
    for (int q = 0; q <= 2; ++q)
        m_qos->addItem(tr("QoS %1").arg(q), q);
    m_format->addItem(tr("Text"), int(InputFormat::Text));
    m_format->addItem(tr("JSON"), int(InputFormat::Json));
    m_format->addItem(tr("Hex"), int(InputFormat::Hex));
    m_format->addItem(tr("Base64"), int(InputFormat::Base64));
    auto *pretty = new QPushButton(tr("Format JSON"), this);
    connect(pretty, &QPushButton::clicked, this, [this] {
        // Indented as typed: key order and number spelling (64-bit ids) are kept.
        const QByteArray typed = m_payload->toPlainText().toUtf8();
        if (!QJsonDocument::fromJson(typed).isNull())
            m_payload->setPlainText(payload::indentJson(typed, 2));
    });
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_payload->setFont(mono);
    m_payload->setPlaceholderText(
        tr("Payload (empty is allowed: with Retain it clears the topic's retained value)"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->setWordWrap(true);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_send->setDefault(true);
    m_send->setToolTip(tr("Send the message (Ctrl+Return)"));
    connect(m_send, &QPushButton::clicked, this, &PublishPage::publish);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(shortcut, &QShortcut::activated, this, &PublishPage::publish);
    connect(m_topic, &QLineEdit::textChanged, this, &PublishPage::validate);
    connect(m_payload, &QPlainTextEdit::textChanged, this, &PublishPage::validate);
    connect(m_format, &QComboBox::currentIndexChanged, this, &PublishPage::validate);

    m_sent->setColumnCount(5);
    m_sent->setHeaderLabels(
        {tr("Sent"), tr("Topic"), tr("QoS / retain"), tr("Size"), tr("Broker's answer")});
    m_sent->setRootIsDecorated(false);
    m_sent->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sent->setToolTip(tr("Double-click a message to load it into the form."));
    connect(m_sent, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem *item) { load(item->data(0, Qt::UserRole).toInt()); });
    auto *resend = new QPushButton(tr("Resend selected"), this);
    connect(resend, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_sent->currentItem()) {
            load(item->data(0, Qt::UserRole).toInt());
            publish();
        }
    });

    auto *head = new QHBoxLayout;
    head->addWidget(new QLabel(tr("Topic"), this));
    head->addWidget(m_topic, 1);
    head->addWidget(m_qos);
    head->addWidget(m_retain);
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(new QLabel(tr("Payload as"), this));
    formatRow->addWidget(m_format);
    formatRow->addWidget(pretty);
    formatRow->addStretch(1);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_result, 1);
    sendRow->addWidget(m_send);
    auto *editor = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(head);
    editorLayout->addLayout(formatRow);
    editorLayout->addWidget(m_payload, 1);
    editorLayout->addWidget(m_problem);
    editorLayout->addLayout(sendRow);
    auto *top = new QSplitter(this);
    top->addWidget(editor);
    top->addWidget(m_properties);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    auto *history = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    auto *historyBar = new QHBoxLayout;
    m_sentTitle = new QLabel(tr("Sent messages"), this);
    historyBar->addWidget(m_sentTitle, 1);
    historyBar->addWidget(resend);
    historyLayout->addLayout(historyBar);
    historyLayout->addWidget(m_sent, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(history);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(split);

    connect(m_session, &mqtt::Session::publishFinished, this, &PublishPage::onFinished);
    connect(m_session, &mqtt::Session::stateChanged, this, &PublishPage::validate);
    // The list shows what was sent to the broker this page is connected to (or was last), not
    // every broker's messages mixed.
    if (m_session->state() != mqtt::Session::State::Disconnected) // connected, or coming back
        m_broker = m_session->options().serverUri();
    connect(m_session, &mqtt::Session::connected, this, [this] {
        const QString broker = m_session->options().serverUri();
        if (broker == m_broker)
            return;
        m_broker = broker;
        refillSentList();
    });
    validate();
}

void PublishPage::setBroker(const QString &broker)
{
    if (broker == m_broker)
        return;
    m_broker = broker;
    refillSentList();
}

void PublishPage::refillSentList()
{
    m_sentTitle->setText(m_broker.isEmpty() ? tr("Sent messages")
                                            : tr("Sent messages to %1").arg(m_broker));
    m_sent->clear();
    for (int i = 0; i < int(m_history.size()); ++i)
        addSentRow(i);
}

void PublishPage::setTopic(const QString &topic)
{
    m_topic->setText(topic);
}
void PublishPage::prefill(const QString &topic, const StoredMessage &message)
{
    setTopic(topic);
    setQos(message.qos);
    setRetain(message.retained);
    switch (payload::detect(message.payload)) {
    case payload::Format::Json:
        setPayload(payload::indentJson(message.payload, 2), InputFormat::Json);
        break;
    case payload::Format::Text:
        if (!message.payload.contains('\0') &&
            QString::fromUtf8(message.payload).toUtf8() == message.payload) {
            setPayload(QString::fromUtf8(message.payload), InputFormat::Text);
            break;
        }
        [[fallthrough]];
    default:
        setPayload(QString::fromLatin1(message.payload.toHex(' ')), InputFormat::Hex);
    }
    if (message.properties)
        m_properties->setProperties(*message.properties);
}

void PublishPage::setQos(int qos)
{
    m_qos->setCurrentIndex(qos);
}
void PublishPage::setRetain(bool retain)
{
    m_retain->setChecked(retain);
}

void PublishPage::setPayload(const QString &text, InputFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
    m_payload->setPlainText(text);
}

std::optional<mqtt::OutgoingMessage> PublishPage::compose(QString *error) const
{
    mqtt::OutgoingMessage m;
    m.topic = m_topic->text();
    m.qos = m_qos->currentData().toInt();
    m.retain = m_retain->isChecked();
    const auto bytes = payload::encodePayload(m_payload->toPlainText(),
                                              InputFormat(m_format->currentData().toInt()), error);
    if (!bytes)
        return std::nullopt;
    m.payload = *bytes;
    const bool v5 = m_session->options().version == mqtt::MqttVersion::V5;
    if (v5)
        m.properties = m_properties->properties();
    if (const QString e = mqtt::RequestValidator::checkPublish(m, m_session->options().version);
        !e.isEmpty()) {
        *error = e;
        return std::nullopt;
    }
    return m;
}

void PublishPage::validate()
{
    const bool v5 = m_session->options().version == mqtt::MqttVersion::V5;
    m_properties->setEnabled(v5);
    m_properties->setToolTip(v5 ? QString()
                                : tr("Properties need MQTT 5; this connection uses MQTT 3.1.1."));
    m_highlighter->setEnabled(m_format->currentData().toInt() == int(InputFormat::Json));
    QString error;
    if (m_topic->text().isEmpty())
        error = tr("Type the topic to publish to.");
    else
        compose(&error);
    m_problem->setText(error);
    m_problem->setVisible(!error.isEmpty());
    const bool connected = m_session->state() == mqtt::Session::State::Connected;
    m_send->setEnabled(error.isEmpty() && connected);
    m_send->setToolTip(connected ? tr("Send the message (Ctrl+Return)") : tr("Connect first."));
}

void PublishPage::complete(const QString &typed)
{
    // The levels below what is typed so far, from the live tree: "prod/ac" offers prod/acme.
    const qsizetype slash = typed.lastIndexOf(u'/');
    const QString parentTopic = slash < 0 ? QString() : typed.left(slash);
    QStringList options;
    m_engine->read([&](const TopicTree &t) {
        const NodeId parent = slash < 0 ? kRootNode : t.findTopic(parentTopic);
        if (parent == kNoNode)
            return 0;
        for (NodeId c = t.firstChild(parent); c != kNoNode && options.size() < kMaxCompletions;
             c = t.nextSibling(c))
            options << QString::fromUtf8(t.topic(c));
        return 0;
    });
    options.sort();
    m_completions->setStringList(options);
}

void PublishPage::setProduction(bool production, const QString &connectionName)
{
    m_production = production;
    m_connectionName = connectionName;
}

bool PublishPage::publish()
{
    QString error;
    const auto message = compose(&error);
    if (!message) {
        m_result->setText(tr("Not sent: %1").arg(error));
        return false;
    }
    return send(*message, m_payload->toPlainText(), m_format->currentData().toInt());
}

bool PublishPage::send(const mqtt::OutgoingMessage &message, const QString &text,
                       int inputFormat)
{
    if (m_production &&
        QMessageBox::question(
            this, tr("Publish on a production connection?"),
            tr("%1 is marked as production. Publish to %2 (QoS %3%4)?")
                .arg(m_connectionName, message.topic)
                .arg(message.qos)
                .arg(message.retain ? tr(", retained") : QString()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes) {
        m_result->setText(tr("Not sent: cancelled."));
        return false;
    }
    const mqtt::Submitted submitted = m_session->publish(message);
    if (!submitted.ok()) {
        m_result->setText(tr("Not sent: %1").arg(submitted.error));
        return false;
    }
    profiles::SentMessage sent;
    sent.topic = message.topic;
    sent.payload = message.payload;
    sent.text = text;
    sent.inputFormat = inputFormat;
    sent.qos = message.qos;
    sent.retain = message.retain;
    sent.properties = message.properties;
    sent.sentAtMs = QDateTime::currentMSecsSinceEpoch();
    sent.broker = m_session->options().serverUri();
    sent.answer =
        message.qos == 0 ? profiles::SentAnswer::qos0() : profiles::SentAnswer::waiting();
    if (m_store)
        if (const QString e = m_store->appendSent(sent); !e.isEmpty())
            m_result->setText(e); // sent all the same; only the record failed
    m_history.push_back(sent);
    const int index = int(m_history.size()) - 1;
    addSentRow(index);
    m_pending[submitted.id] = index;
    m_result->setText(
        message.qos == 0
            ? tr("Sent to %1 (QoS 0: the broker does not answer).").arg(message.topic)
            : tr("Sent to %1; waiting for the broker's answer…").arg(message.topic));
    return true;
}

void PublishPage::onFinished(quint64 id, const mqtt::PublishResult &result)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const int index = it->second;
    m_pending.erase(it);
    // Stored as codes, shown in words in the window's language (now and when reloaded).
    const QString answer = profiles::SentAnswer::fromResult(result, m_session->options().version);
    m_history[size_t(index)].answer = answer;
    if (m_store && m_history[size_t(index)].id > 0)
        m_store->setSentAnswer(m_history[size_t(index)].id, answer);
    for (int i = 0; i < m_sent->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_sent->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toInt() == index) {
            item->setText(4, profiles::SentAnswer::text(answer));
            item->setForeground(4, result.ok ? palette().text() : QBrush(QColor(0xb3, 0x26, 0x1e)));
        }
    }
    if (size_t(index) == m_history.size() - 1)
        m_result->setText(
            tr("%1 — broker's answer: %2")
                .arg(m_history[size_t(index)].topic, profiles::SentAnswer::text(answer)));
}

void PublishPage::load(int index)
{
    if (index < 0 || size_t(index) >= m_history.size())
        return;
    const profiles::SentMessage &s = m_history[size_t(index)];
    m_topic->setText(s.topic);
    setPayload(s.text, InputFormat(s.inputFormat));
    m_qos->setCurrentIndex(s.qos);
    m_retain->setChecked(s.retain);
    m_properties->setProperties(s.properties);
}

void PublishPage::addSentRow(int index)
{
    const profiles::SentMessage &s = m_history[size_t(index)];
    if (!m_broker.isEmpty() && s.broker != m_broker)
        return; // another broker's message
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(s.sentAtMs);
    const bool today = at.date() == QDate::currentDate();
    auto *item = new QTreeWidgetItem(
        {at.toString(today ? QStringLiteral("HH:mm:ss.zzz") : QStringLiteral("yyyy-MM-dd HH:mm")),
         s.topic, tr("QoS %1").arg(s.qos) + (s.retain ? tr(", retained") : QString()),
         payload::sizeText(s.payload.size()), profiles::SentAnswer::text(s.answer)});
    item->setData(0, Qt::UserRole, index);
    item->setToolTip(0, s.broker);
    if (profiles::SentAnswer::isRefusal(s.answer))
        item->setForeground(4, QBrush(QColor(0xb3, 0x26, 0x1e)));
    m_sent->insertTopLevelItem(0, item);
    while (m_sent->topLevelItemCount() > kMaxSent)
        delete m_sent->takeTopLevelItem(m_sent->topLevelItemCount() - 1);
}

void PublishPage::setHistoryStore(profiles::ProfileStore *store)
{
    m_store = store;
    if (!store)
        return;
    // This connection's broker only, when known (one page per connection).
    QList<profiles::SentMessage> kept =
        m_broker.isEmpty() ? store->recentSent(kMaxSent) : store->recentSent(m_broker, kMaxSent);
    std::reverse(kept.begin(), kept.end());
    std::vector<profiles::SentMessage> merged(kept.begin(), kept.end());
    merged.insert(merged.end(), m_history.begin(), m_history.end());
    m_history = std::move(merged);
    m_pending.clear();
    refillSentList();
}

} // namespace deck::ui
