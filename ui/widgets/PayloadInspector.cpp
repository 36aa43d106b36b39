#include "PayloadInspector.h"

#include "JsonHighlighter.h"
#include "mqtt/TopicValidator.h"
#include "payload/BinaryDecoders.h"
#include "payload/FieldPath.h"
#include "payload/JsonOutline.h"
#include "payload/SparkplugB.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace deck::ui {

using payload::Format;

namespace {

constexpr int kPointerRole = Qt::UserRole + 1;
constexpr int kMaxTreeItems = 20000; // a tree of more rows is unreadable and slow to build

Format formatOf(PayloadInspector::View v)
{
    switch (v) {
    case PayloadInspector::View::Text:
        return Format::Text;
    case PayloadInspector::View::Json:
        return Format::Json;
    case PayloadInspector::View::Hex:
        return Format::Hex;
    case PayloadInspector::View::Base64:
        return Format::Base64;
    case PayloadInspector::View::Cbor:
        return Format::Cbor;
    case PayloadInspector::View::MessagePack:
        return Format::MessagePack;
    case PayloadInspector::View::SparkplugB:
        return Format::SparkplugB;
    default:
        return Format::Auto;
    }
}

QString scalar(const QJsonValue &v)
{
    if (v.isArray())
        return PayloadInspector::tr("[%n item(s)]", nullptr, int(v.toArray().size()));
    if (v.isObject())
        return PayloadInspector::tr("{%n field(s)}", nullptr, int(v.toObject().size()));
    return payload::scalarText(v);
}

void addChildren(QTreeWidgetItem *parent, const QJsonValue &value, const QString &pointer,
                 int &budget)
{
    auto add = [&](const QString &name, const QJsonValue &child) {
        if (--budget < 0)
            return;
        const QString p = payload::appendToPointer(pointer, name);
        auto *item = new QTreeWidgetItem(parent, {name, scalar(child)});
        item->setData(0, kPointerRole, p);
        addChildren(item, child, p, budget);
    };
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            add(it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (int i = 0; i < a.size(); ++i)
            add(QString::number(i), a.at(i));
    }
}

QString scalar(const payload::JsonOutline &o)
{
    switch (o.kind) {
    case payload::JsonOutline::Kind::Array:
        return PayloadInspector::tr("[%n item(s)]", nullptr, int(o.children.size()));
    case payload::JsonOutline::Kind::Object:
        return PayloadInspector::tr("{%n field(s)}", nullptr, int(o.children.size()));
    default:
        return o.text;
    }
}

// JSON keeps its member order and number text; CBOR and MessagePack go through QJsonValue.
void addChildren(QTreeWidgetItem *parent, const payload::JsonOutline &value, const QString &pointer,
                 int &budget)
{
    for (const payload::JsonOutline &child : value.children) {
        if (--budget < 0)
            return;
        const QString p = payload::appendToPointer(pointer, child.key);
        auto *item = new QTreeWidgetItem(parent, {child.key, scalar(child)});
        item->setData(0, kPointerRole, p);
        addChildren(item, child, p, budget);
    }
}

} // namespace

PayloadInspector::PayloadInspector(QWidget *parent)
    : QWidget(parent), m_view(new QComboBox(this)), m_meta(new QLabel(this)),
      m_note(new QLabel(this)), m_stack(new QStackedWidget(this)), m_text(new QPlainTextEdit(this)),
      m_tree(new QTreeWidget(this)), m_highlighter(new JsonHighlighter(m_text->document())),
      m_deferred(new QTimer(this))
{
    m_deferred->setSingleShot(true);
    connect(m_deferred, &QTimer::timeout, this, &PayloadInspector::render);
    m_view->addItem(tr("Automatic"), int(View::Auto));
    m_view->addItem(payload::formatName(Format::Text), int(View::Text));
    m_view->addItem(payload::formatName(Format::Json), int(View::Json));
    m_view->addItem(tr("JSON tree"), int(View::Tree));
    m_view->addItem(payload::formatName(Format::Hex), int(View::Hex));
    m_view->addItem(payload::formatName(Format::Base64), int(View::Base64));
    m_view->addItem(payload::formatName(Format::Cbor), int(View::Cbor));
    m_view->addItem(payload::formatName(Format::MessagePack), int(View::MessagePack));
    m_view->addItem(payload::formatName(Format::SparkplugB), int(View::SparkplugB));
    m_view->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_view->setToolTip(
        tr("How to show the payload. Automatic picks JSON, text, CBOR, "
           "MessagePack or hex from the bytes, and Sparkplug B on spBv1.0/ topics."));
    connect(m_view, &QComboBox::currentIndexChanged, this, [this] {
        if (m_hasMessage) // remembered for this topic (see showMessage)
            m_viewByTopic.insert(m_topic, View(m_view->currentData().toInt()));
        render();
    });

    auto *plot = new QPushButton(tr("Plot"), this);
    plot->setToolTip(tr("Plot the selected field of the JSON tree, or the payload itself when "
                        "it is a number, over time."));
    connect(plot, &QPushButton::clicked, this, [this] {
        if (!m_hasMessage)
            return;
        QString pointer;
        if (m_stack->currentWidget() == m_tree && m_tree->currentItem())
            pointer = m_tree->currentItem()->data(0, kPointerRole).toString();
        emit plotRequested(m_topic, pointer);
    });
    auto *save = new QPushButton(tr("Save payload…"), this);
    connect(save, &QPushButton::clicked, this, &PayloadInspector::savePayload);

    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_text->setFont(mono);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->viewport()->installEventFilter(this);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *plotField = new QAction(tr("Plot this field"), m_tree);
    connect(plotField, &QAction::triggered, plot, &QPushButton::click);
    m_tree->addAction(plotField);
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_tree);
    m_meta->setWordWrap(true);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #a15c00;"));
    m_note->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("View:"), this));
    bar->addWidget(m_view);
    bar->addStretch(1);
    bar->addWidget(plot);
    bar->addWidget(save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_note);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_meta);
    clear();
}

void PayloadInspector::setView(View view)
{
    m_view->setCurrentIndex(m_view->findData(int(view)));
}

void PayloadInspector::showNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

QString PayloadInspector::note() const
{
    return m_note->isVisible() ? m_note->text() : QString();
}

QString PayloadInspector::shownText() const
{
    return m_text->toPlainText();
}

void PayloadInspector::clear(const QString &placeholder)
{
    m_hasMessage = false;
    m_topic.clear();
    m_message = {};
    m_text->clear();
    m_text->setPlaceholderText(placeholder.isEmpty() ? tr("Select a topic to see its last message.")
                                                     : placeholder);
    m_tree->clear();
    m_meta->clear();
    m_note->hide();
    m_stack->setCurrentWidget(m_text);
}

void PayloadInspector::showMessage(const QString &topic, const StoredMessage &message)
{
    if (m_hasMessage && topic == m_topic && message.receivedAtMs == m_message.receivedAtMs &&
        message.payload == m_message.payload && message.qos == m_message.qos &&
        message.retained == m_message.retained)
        return;
    const bool sameTopic = m_hasMessage && topic == m_topic;
    if (!sameTopic) {
        // The view is chosen per topic: Hex picked for one topic does not carry over to an
        // unrelated one, and coming back to a topic brings its view back (for this session).
        const QSignalBlocker block(m_view);
        setView(m_viewByTopic.value(topic, View::Auto));
    }
    m_hasMessage = true;
    m_topic = topic;
    m_message = message;
    // A large payload that keeps changing would be decoded ten times a second: at most once a
    // second, the latest one wins.
    constexpr qint64 kLargeRenderEveryMs = 1000;
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - m_lastRenderMs;
    if (sameTopic && message.payload.size() > payload::kDisplayLimit &&
        since < kLargeRenderEveryMs) {
        if (!m_deferred->isActive())
            m_deferred->start(int(kLargeRenderEveryMs - since));
        return;
    }
    render();
}

void PayloadInspector::render()
{
    if (!m_hasMessage)
        return;
    m_deferred->stop();
    m_lastRenderMs = QDateTime::currentMSecsSinceEpoch();
    const View view = View(m_view->currentData().toInt());
    m_meta->setText(metaText());
    if (view == View::Tree) {
        fillTree();
        m_stack->setCurrentWidget(m_tree);
        return;
    }
    const payload::Rendering r = payload::render(m_message.payload, formatOf(view), m_topic,
                                                 m_aliases.isEmpty() ? nullptr : &m_aliases);
    QString note = r.error;
    if (!r.note.isEmpty())
        note = QString(note + QLatin1Char(' ') + r.note).trimmed();
    if (view == View::Auto)
        m_view->setItemText(0, tr("Automatic (%1)").arg(payload::formatName(r.format)));
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_highlighter->setEnabled((r.format == Format::Json || r.format == Format::Cbor ||
                               r.format == Format::MessagePack || r.format == Format::SparkplugB) &&
                              r.error.isEmpty());
    if (m_message.payload.isEmpty())
        m_text->setPlaceholderText(tr("(empty payload)"));
    // A hex dump whose 16-byte rows are wider than the view would cut its ASCII column off:
    // 8 bytes a row then (re-decided when the view is resized).
    m_hexShown = r.format == Format::Hex;
    m_narrowHex = m_hexShown && !hexRowsFit(16);
    m_text->setPlainText(
        m_narrowHex ? payload::hexDump(m_message.payload.first(
                                           qMin(m_message.payload.size(), payload::kDisplayLimit)),
                                       8)
                    : r.text);
    m_stack->setCurrentWidget(m_text);
}

bool PayloadInspector::hexRowsFit(int bytesPerRow) const
{
    const int chars = 10 + bytesPerRow * 3 + 1 + 1 + bytesPerRow;
    const int needed = m_text->fontMetrics().horizontalAdvance(QString(chars, QLatin1Char('0'))) +
                       2 * int(m_text->document()->documentMargin()) + 4;
    return needed <= m_text->viewport()->width();
}

bool PayloadInspector::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport() && event->type() == QEvent::Resize && m_hasMessage &&
        m_stack->currentWidget() == m_text) {
        if (m_hexShown && m_narrowHex == hexRowsFit(16))
            render();
    }
    return QWidget::eventFilter(watched, event);
}

void PayloadInspector::fillTree()
{
    const QString selected =
        m_tree->currentItem() ? m_tree->currentItem()->data(0, kPointerRole).toString() : QString();
    m_tree->clear();
    int budget = kMaxTreeItems;
    // JSON through the order-keeping outline (one parse); the other formats through QJsonValue.
    const bool json = !payload::isSparkplugTopic(m_topic) &&
                      m_message.payload.size() <= payload::kParseLimit &&
                      payload::detect(m_message.payload) == Format::Json;
    const QJsonValue value =
        json ? QJsonValue() : payload::structuredValue(m_message.payload, m_topic);
    if (!json && !value.isObject() && !value.isArray()) {
        m_note->setText(tr("This payload is not JSON, CBOR, MessagePack or Sparkplug B: there is "
                           "no tree to show."));
        m_note->show();
        return;
    }
    if (json)
        addChildren(m_tree->invisibleRootItem(), payload::outlineJson(m_message.payload), {},
                    budget);
    else
        addChildren(m_tree->invisibleRootItem(), value, {}, budget);
    m_note->setText(budget < 0 ? tr("Only the first %1 fields are shown.").arg(kMaxTreeItems)
                               : QString());
    m_note->setVisible(budget < 0);
    m_tree->expandToDepth(2);
    if (!selected.isEmpty()) {
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
            if ((*it)->data(0, kPointerRole).toString() == selected) {
                m_tree->setCurrentItem(*it);
                break;
            }
    }
}

QString PayloadInspector::metaText() const
{
    QStringList parts;
    parts << QDateTime::fromMSecsSinceEpoch(m_message.receivedAtMs)
                 .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
          << payload::sizeText(m_message.payload.size()) << tr("QoS %1").arg(m_message.qos);
    if (m_message.retained)
        parts << tr("retained");
    if (m_message.duplicate)
        parts << tr("duplicate");
    QString text = parts.join(QStringLiteral(" — "));
    if (!m_message.properties || m_message.properties->isEmpty())
        return text;
    const mqtt::MessageProperties &p = *m_message.properties;
    QStringList props;
    if (p.payloadIsUtf8)
        props << tr("Payload format: %1").arg(*p.payloadIsUtf8 ? tr("UTF-8 text") : tr("bytes"));
    if (p.messageExpirySeconds)
        props << tr("Message expiry: %1 s").arg(*p.messageExpirySeconds);
    if (!p.contentType.isEmpty())
        props << tr("Content type: %1").arg(p.contentType);
    if (!p.responseTopic.isEmpty())
        props << tr("Response topic: %1").arg(p.responseTopic);
    if (!p.correlationData.isEmpty()) {
        // Usually a command id written as text: shown as text when it is UTF-8 without control
        // characters, with the bytes beside it for whoever needs them.
        const QString hex = QString::fromLatin1(p.correlationData.toHex(' '));
        const QString asText = QString::fromUtf8(p.correlationData);
        const bool printable = mqtt::TopicValidator::isValidUtf8(p.correlationData) &&
                               std::none_of(asText.cbegin(), asText.cend(), [](QChar c) {
                                   return c.category() == QChar::Other_Control;
                               });
        props << (printable ? tr("Correlation data: \"%1\" (hex %2)").arg(asText, hex)
                            : tr("Correlation data: %1").arg(hex));
    }
    for (const auto &[name, value] : p.userProperties)
        props << tr("User property: %1 = %2").arg(name, value);
    if (!p.subscriptionIdentifiers.isEmpty()) {
        QStringList ids;
        for (quint32 id : p.subscriptionIdentifiers)
            ids << QString::number(id);
        props << tr("Subscription identifiers: %1").arg(ids.join(QStringLiteral(", ")));
    }
    if (p.topicAlias)
        props << tr("Topic alias: %1").arg(*p.topicAlias);
    return text + QLatin1Char('\n') + props.join(QLatin1Char('\n'));
}

void PayloadInspector::savePayload()
{
    if (!m_hasMessage)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save payload"), QString(m_topic).replace(u'/', u'_') + QStringLiteral(".bin"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(m_message.payload) != m_message.payload.size())
        m_note->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
    else
        m_note->setText(
            tr("Saved %1 to %2.").arg(payload::sizeText(m_message.payload.size()), path));
    m_note->show();
}

} // namespace deck::ui
