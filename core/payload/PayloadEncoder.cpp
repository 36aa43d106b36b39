#include "PayloadEncoder.h"

#include "PayloadFormat.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace deck::payload {

std::optional<QByteArray> encodePayload(const QString &text, InputFormat format, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<QByteArray> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    switch (format) {
    case InputFormat::Text:
        return text.toUtf8();
    case InputFormat::Json: {
        const QByteArray utf8 = text.toUtf8();
        QJsonParseError parse;
        QJsonDocument::fromJson(utf8, &parse);
        if (parse.error != QJsonParseError::NoError) {
            const QByteArray before = utf8.left(parse.offset);
            const int line = int(before.count('\n')) + 1;
            const int column = int(parse.offset - (before.lastIndexOf('\n') + 1)) + 1;
            return fail(PayloadText::tr("Not valid JSON: %1 at line %2, column %3. Pick the Text "
                                        "format to send it anyway.")
                            .arg(parse.errorString())
                            .arg(line)
                            .arg(column));
        }
        return utf8;
    }
    case InputFormat::Hex: {
        QByteArray digits;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c.isSpace() || c == u':' || c == u',')
                continue;
            if (!isxdigit(c.toLatin1()) || c.unicode() > 0x7f)
                return fail(PayloadText::tr("\"%1\" at position %2 is not a hexadecimal digit "
                                            "(0-9, a-f; spaces may separate bytes).")
                                .arg(c)
                                .arg(i + 1));
            digits += c.toLatin1();
        }
        if (digits.size() % 2 != 0)
            return fail(
                PayloadText::tr("%1 hexadecimal digits: a byte needs two, so one is missing "
                                "or extra.")
                    .arg(digits.size()));
        return QByteArray::fromHex(digits);
    }
    case InputFormat::Base64: {
        const QByteArray compact = text.toLatin1().simplified().replace(' ', QByteArray());
        const auto decoded =
            QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return fail(PayloadText::tr("Not valid base64: only A-Z, a-z, 0-9, +, / and = padding "
                                        "may appear."));
        return *decoded;
    }
    }
    return fail(QString());
}

} // namespace deck::payload
