#pragma once

#include <QHash>

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace deck::payload {

/// The ways a payload can be shown. `Auto` picks one with detect().
enum class Format { Auto, Text, Json, Hex, Base64, Cbor, MessagePack, SparkplugB };

/// What a payload looks like, from its bytes alone: JSON, readable UTF-8 text, CBOR or
/// MessagePack (a whole map or array that decodes to the last byte), else hex.
Format detect(QByteArrayView payload);
/// The format's name as a user reads it ("JSON", "Hex dump", …).
QString formatName(Format format);

/// A payload rendered as text for one view. `error` says why the bytes are not in the asked
/// format (the text then falls back to a hex dump); `note` says what was left out.
struct Rendering
{
    Format format = Format::Text;
    QString text;
    QString error;
    QString note;
    bool truncated = false;
};

/// Views that parse (JSON, CBOR, MessagePack) only parse payloads up to this size; text, hex
/// and base64 show the first `kDisplayLimit` bytes of anything larger.
constexpr qsizetype kParseLimit = 4 * 1024 * 1024;
constexpr qsizetype kDisplayLimit = 256 * 1024;

/// `topic`, when given, lets Automatic recognise Sparkplug B (spBv1.0/… topics).
/// `aliases`: metric names by alias from the node's or device's last birth (Sparkplug B data
/// messages that carry aliases only are then shown by name).
Rendering render(QByteArrayView payload, Format format, QStringView topic = {},
                 const QHash<quint64, QString> *aliases = nullptr);

/// UTF-8 text with every byte that is not valid UTF-8 shown as ⟨XX⟩ instead of hidden behind
/// U+FFFD; `invalidCount` receives how many there were.
QString textShowingInvalidBytes(QByteArrayView bytes, int *invalidCount = nullptr);
/// Classic dump: offset, 16 bytes in hex, the same bytes as ASCII.
/// Offset, hex and ASCII columns; 16 bytes a row, or 8 where a view is too narrow for 16.
QString hexDump(QByteArrayView bytes, int bytesPerRow = 16);
/// One line for lists and tree rows: the start of a text or JSON payload (whitespace
/// collapsed, "…" when cut), else the format's name and its first bytes in hex
/// ("(binary) 08 a3 …", "(CBOR) a2 64 …"). Looks at most at the first 512 bytes.
QString previewLine(QByteArrayView payload, int maxChars = 120);
/// The same, knowing the topic: Sparkplug B payloads (spBv1.0/…) as their metrics.
QString previewLine(QByteArrayView payload, QStringView topic, int maxChars = 120);
/// "12 B", "3.4 KiB", "10.0 MiB".
QString sizeText(qint64 bytes);

class PayloadText
{
    Q_DECLARE_TR_FUNCTIONS(PayloadText)
};

} // namespace deck::payload
