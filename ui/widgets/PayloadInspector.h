#pragma once

#include "payload/PayloadFormat.h"
#include "topics/TopicTree.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTreeWidget;
class QTimer;
class QTreeWidgetItem;

namespace deck::ui {

class JsonHighlighter;

/// One message's payload in the view the user picks (or the detected one): text with invalid
/// bytes shown, pretty JSON, a JSON tree (fields can be plotted), hex dump, base64, CBOR,
/// MessagePack; its size, QoS, flags, time and every MQTT 5 property. Large payloads show their
/// start and say so; "Save payload…" writes all of it.
class PayloadInspector : public QWidget
{
    Q_OBJECT
public:
    explicit PayloadInspector(QWidget *parent = nullptr);

    /// Shows `message` of `topic`; does nothing when it is the message already shown.
    void showMessage(const QString &topic, const StoredMessage &message);
    void clear(const QString &placeholder = {});
    /// The view asked for; View::Tree is the JSON tree.
    enum class View { Auto, Text, Json, Tree, Hex, Base64, Cbor, MessagePack, SparkplugB };
    void setView(View view);
    QString shownText() const;
    /// A sentence shown above the payload until the next message or view change (e.g. why a
    /// field cannot be plotted: said where the user clicked).
    void showNote(const QString &text);
    /// Sparkplug B: metric names by alias from the topic's last birth (set before showMessage).
    void setSparkplugAliases(QHash<quint64, QString> aliases) { m_aliases = std::move(aliases); }
    QString note() const;
    QTreeWidget *tree() const { return m_tree; }

signals:
    /// The user asked to plot the number at `pointer` (JSON Pointer) in `topic`'s payloads.
    void plotRequested(const QString &topic, const QString &pointer);

private:
    void render();
    void fillTree();
    void savePayload();
    QString metaText() const;
    bool hexRowsFit(int bytesPerRow) const;
    bool eventFilter(QObject *watched, QEvent *event) override;

    QComboBox *m_view;
    QHash<QString, View> m_viewByTopic;
    QHash<quint64, QString> m_aliases; ///< Sparkplug B aliases of the shown topic's last birth ///<
                                       ///< views chosen for other topics, this session
    bool m_hexShown = false;           ///< the text shown is a hex dump
    bool m_narrowHex = false;          ///< the hex dump is shown 8 bytes a row (the view is narrow)
    QLabel *m_meta;
    QLabel *m_note;
    QStackedWidget *m_stack;
    QPlainTextEdit *m_text;
    QTreeWidget *m_tree;
    JsonHighlighter *m_highlighter;
    QString m_topic;
    StoredMessage m_message;
    bool m_hasMessage = false;
    QTimer *m_deferred; // large payloads re-render at most once a second
    qint64 m_lastRenderMs = 0;
};

} // namespace deck::ui
