#include "PayloadFormat.h"

#include "BinaryDecoders.h"
#include "DecoderLimits.h"
#include "JsonText.h"
#include "SparkplugB.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace deck::payload {

namespace {

// Length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there starts none.
// Written by hand because QStringDecoder hides invalid bytes behind U+FFFD without saying
// where they were, and users debugging firmware need to see them.
int validSequenceLength(const unsigned char *s, qsizetype n, qsizetype i)
{
    const unsigned char c = s[i];
    if (c < 0x80)
        return 1;
    int len = 0;
    uint32_t cp = 0;
    if ((c & 0xE0) == 0xC0) {
        len = 2;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4;
        cp = c & 0x07;
    } else
        return 0;
    if (i + len > n)
        return 0;
    for (int k = 1; k < len; ++k) {
        if ((s[i + k] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    const bool overlong =
        (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

bool looksLikeText(QByteArrayView bytes)
{
    int invalid = 0;
    const QString text =
        textShowingInvalidBytes(bytes.first(qMin(bytes.size(), qsizetype(4096))), &invalid);
    if (invalid > 0 && bytes.size() > 4096 && invalid <= 3) // a sequence cut at 4096 bytes
        invalid = 0;
    if (invalid > 0)
        return false;
    int control = 0;
    for (QChar ch : text)
        if (ch.unicode() < 0x20 && ch != u'\n' && ch != u'\r' && ch != u'\t')
            ++control;
    return control * 20 <= text.size(); // a few control bytes are tolerated in text
}

QString base64Lines(QByteArrayView bytes)
{
    const QByteArray b64 = bytes.toByteArray().toBase64();
    QString out;
    out.reserve(b64.size() + b64.size() / 76 + 1);
    for (qsizetype i = 0; i < b64.size(); i += 76) {
        out += QLatin1String(b64.mid(i, 76));
        out += u'\n';
    }
    return out;
}

} // namespace

QString textShowingInvalidBytes(QByteArrayView bytes, int *invalidCount)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    QString out;
    out.reserve(n);
    int invalid = 0;
    qsizetype runStart = 0;
    qsizetype i = 0;
    while (i < n) {
        const int len = validSequenceLength(s, n, i);
        if (len > 0) {
            i += len;
            continue;
        }
        out += QString::fromUtf8(bytes.sliced(runStart, i - runStart));
        out += QStringLiteral("⟨%1⟩").arg(s[i], 2, 16, QLatin1Char('0')).toUpper();
        ++invalid;
        ++i;
        runStart = i;
    }
    out += QString::fromUtf8(bytes.sliced(runStart, n - runStart));
    if (invalidCount)
        *invalidCount = invalid;
    return out;
}

QString hexDump(QByteArrayView bytes, int bytesPerRow)
{
    static const char digits[] = "0123456789abcdef";
    bytesPerRow = bytesPerRow == 8 ? 8 : 16;
    const int lineChars = 10 + bytesPerRow * 3 + (bytesPerRow == 16 ? 1 : 0) + 1 + bytesPerRow + 1;
    QString out;
    out.reserve(bytes.size() / bytesPerRow * lineChars + lineChars);
    for (qsizetype row = 0; row < bytes.size(); row += bytesPerRow) {
        out += QStringLiteral("%1  ").arg(row, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (int k = 0; k < bytesPerRow; ++k) {
            if (row + k < bytes.size()) {
                const auto c = static_cast<unsigned char>(bytes[row + k]);
                out += QLatin1Char(digits[c >> 4]);
                out += QLatin1Char(digits[c & 15]);
                out += u' ';
                ascii += (c >= 0x20 && c < 0x7F) ? QLatin1Char(char(c)) : QLatin1Char('.');
            } else {
                out += QLatin1String("   ");
            }
            if (k == 7 && bytesPerRow == 16)
                out += u' ';
        }
        out += u' ';
        out += ascii;
        out += u'\n';
    }
    return out;
}

QString previewLine(QByteArrayView payload, QStringView topic, int maxChars)
{
    if (isSparkplugTopic(topic))
        if (QString line = sparkplugPreview(payload, maxChars); !line.isEmpty())
            return line;
    return previewLine(payload, maxChars);
}

QString previewLine(QByteArrayView payload, int maxChars)
{
    const QByteArrayView head = payload.first(qMin(payload.size(), qsizetype(512)));
    const Format f = detect(head);
    if (f == Format::Text || f == Format::Json) {
        // A cut in the middle of a multi-byte character is not an encoding error: it shows as
        // ⟨XX⟩ at the end, which the "…" replaces.
        QString text =
            textShowingInvalidBytes(head.first(qMin(head.size(), qsizetype(maxChars * 2))))
                .simplified();
        const bool cut = text.size() > maxChars || payload.size() > head.size() ||
                         head.size() > qsizetype(maxChars * 2);
        if (cut) {
            text.truncate(maxChars);
            while (text.endsWith(u'⟩') && text.size() > 4 && text.at(text.size() - 4) == u'⟨')
                text.chop(4);
            text += u'…';
        }
        return text;
    }
    const QString hex =
        QString::fromLatin1(head.first(qMin(head.size(), qsizetype(16))).toByteArray().toHex(' '));
    const QString name = f == Format::Hex ? PayloadText::tr("binary") : formatName(f);
    return QStringLiteral("(%1) %2%3")
        .arg(name, hex, head.size() > 16 ? QStringLiteral(" …") : QString());
}

QString sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return PayloadText::tr("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return PayloadText::tr("%1 KiB").arg(bytes / 1024.0, 0, 'f', 1);
    return PayloadText::tr("%1 MiB").arg(bytes / (1024.0 * 1024.0), 0, 'f', 1);
}

Format detect(QByteArrayView payload)
{
    if (payload.isEmpty())
        return Format::Text;
    const char first = payload.front();
    if ((first == '{' || first == '[') && payload.size() <= kParseLimit) {
        QJsonParseError error;
        QJsonDocument::fromJson(payload.toByteArray(), &error);
        if (error.error == QJsonParseError::NoError)
            return Format::Json;
    }
    if (looksLikeText(payload))
        return Format::Text;
    if (payload.size() <= kParseLimit) {
        if (decodeCbor(payload).ok)
            return Format::Cbor;
        if (decodeMessagePack(payload).ok)
            return Format::MessagePack;
    }
    return Format::Hex;
}

QString formatName(Format format)
{
    switch (format) {
    case Format::Auto:
        return PayloadText::tr("Automatic");
    case Format::Text:
        return PayloadText::tr("Text (UTF-8)");
    case Format::Json:
        return PayloadText::tr("JSON");
    case Format::Hex:
        return PayloadText::tr("Hex dump");
    case Format::Base64:
        return PayloadText::tr("Base64");
    case Format::Cbor:
        return PayloadText::tr("CBOR");
    case Format::MessagePack:
        return PayloadText::tr("MessagePack");
    case Format::SparkplugB:
        return PayloadText::tr("Sparkplug B");
    }
    return {};
}

Rendering render(QByteArrayView payload, Format format, QStringView topic,
                 const SparkplugAliases *aliases)
{
    Rendering r;
    r.format = format != Format::Auto    ? format
               : isSparkplugTopic(topic) ? Format::SparkplugB
                                         : detect(payload);
    const bool tooBigToParse = payload.size() > kParseLimit;
    const bool parses = r.format == Format::Json || r.format == Format::Cbor ||
                        r.format == Format::MessagePack || r.format == Format::SparkplugB;
    if (parses && tooBigToParse) {
        r.error = PayloadText::tr("%1 is too large to decode as %2 here (the limit is %3); "
                                  "showing the start as text. Use “Save payload…” to open it "
                                  "in another tool.")
                      .arg(sizeText(payload.size()), formatName(r.format), sizeText(kParseLimit));
        r.format = Format::Text;
    }
    QByteArrayView shown = payload;
    if (!parses || tooBigToParse) {
        if (payload.size() > kDisplayLimit) {
            shown = payload.first(kDisplayLimit);
            r.truncated = true;
            r.note = PayloadText::tr("Showing the first %1 of %2.")
                         .arg(sizeText(kDisplayLimit), sizeText(payload.size()));
        }
    }
    switch (r.format) {
    case Format::Auto:
    case Format::Text: {
        int invalid = 0;
        r.text = textShowingInvalidBytes(shown, &invalid);
        if (invalid > 0 && r.error.isEmpty())
            r.note =
                QString(r.note + QLatin1Char(' ') +
                        PayloadText::tr("%n byte(s) that are not valid UTF-8 are shown as ⟨XX⟩.",
                                        nullptr, invalid))
                    .trimmed();
        break;
    }
    case Format::Hex:
        r.text = hexDump(shown);
        break;
    case Format::Base64:
        r.text = base64Lines(shown);
        break;
    case Format::Json: {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(payload.toByteArray(), &error);
        if (error.error == QJsonParseError::NoError && !doc.isNull()) {
            IndentNotes notes;
            r.text = indentJson(payload, 4, &notes); // as sent: key order and number spelling
            QStringList said;
            if (notes.invalidBytes > 0)
                said << PayloadText::tr("%n byte(s) that are not valid UTF-8 are shown as ⟨XX⟩.",
                                        nullptr, notes.invalidBytes);
            if (notes.indentationStopped)
                said << indentationStoppedNote();
            r.note = said.join(u' ');
        } else {
            r.error = PayloadText::tr("Not valid JSON: %1 at byte %2.")
                          .arg(error.errorString())
                          .arg(error.offset);
            r.text = textShowingInvalidBytes(payload.first(qMin(payload.size(), kDisplayLimit)));
        }
        break;
    }
    case Format::Cbor:
    case Format::MessagePack:
    case Format::SparkplugB: {
        const Decoded d = r.format == Format::Cbor          ? decodeCbor(payload)
                          : r.format == Format::MessagePack ? decodeMessagePack(payload)
                                                            : decodeSparkplug(payload, aliases);
        if (d.ok) {
            r.text = d.text;
            r.note = d.note;
        } else {
            r.error = d.error;
            r.text = hexDump(payload.first(qMin(payload.size(), kDisplayLimit)));
        }
        break;
    }
    }
    return r;
}

} // namespace deck::payload
