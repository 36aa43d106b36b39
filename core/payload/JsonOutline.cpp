#include "JsonOutline.h"

#include "DecoderLimits.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace deck::payload {

namespace {

// Recursive descent over text QJsonDocument accepted. It must still end, without reading past
// the text or recursing without bound, on any bytes (the fuzz target passes anything): every
// step moves forward, and containers deeper than kMaxNesting are skipped, not descended.
class Reader
{
public:
    explicit Reader(QByteArrayView json) : m_json(json) {}

    JsonOutline value(const QString &key, int depth)
    {
        skipSpace();
        JsonOutline node;
        node.key = key;
        const char c = peek();
        if ((c == '{' || c == '[') && depth >= kMaxNesting) {
            skipContainer();
            node.kind = JsonOutline::Kind::String;
            node.text = QStringLiteral("…");
        } else if (c == '{') {
            node.kind = JsonOutline::Kind::Object;
            step();
            while (skipSpace(), peek() != '}' && !atEnd()) {
                const qsizetype before = m_pos;
                const QString name = string();
                skipSpace();
                step(); // ':'
                node.children.push_back(value(name, depth + 1));
                skipSpace();
                if (peek() == ',')
                    step();
                if (m_pos == before)
                    step(); // not JSON: a byte nothing above takes
            }
            step();
        } else if (c == '[') {
            node.kind = JsonOutline::Kind::Array;
            step();
            while (skipSpace(), peek() != ']' && !atEnd()) {
                const qsizetype before = m_pos;
                node.children.push_back(value(QString::number(node.children.size()), depth + 1));
                skipSpace();
                if (peek() == ',')
                    step();
                if (m_pos == before)
                    step();
            }
            step();
        } else if (c == '"') {
            node.kind = JsonOutline::Kind::String;
            node.text = string();
        } else {
            const qsizetype start = m_pos;
            while (!atEnd() && !QByteArrayView(",]} \t\r\n").contains(m_json[m_pos]))
                ++m_pos;
            node.text = QString::fromUtf8(m_json.sliced(start, m_pos - start));
            node.kind =
                node.text == QLatin1String("null") ? JsonOutline::Kind::Null
                : (node.text == QLatin1String("true") || node.text == QLatin1String("false"))
                    ? JsonOutline::Kind::Bool
                    : JsonOutline::Kind::Number;
        }
        return node;
    }

private:
    bool atEnd() const { return m_pos >= m_json.size(); }
    char peek() const { return atEnd() ? '\0' : m_json[m_pos]; }
    void step()
    {
        if (!atEnd())
            ++m_pos;
    }
    void skipSpace()
    {
        while (!atEnd() && QByteArrayView(" \t\r\n").contains(m_json[m_pos]))
            ++m_pos;
    }
    // Past the container that starts here (strings inside may hold brackets), without recursion.
    void skipContainer()
    {
        qsizetype open = 0;
        do {
            const char c = peek();
            if (c == '"') {
                string();
                continue;
            }
            open += (c == '{' || c == '[') ? 1 : (c == '}' || c == ']') ? -1 : 0;
            step();
        } while (open > 0 && !atEnd());
    }
    // A string token, unescaped by QJsonDocument itself (escapes are rare and exact there).
    QString string()
    {
        const qsizetype start = m_pos;
        step(); // the opening quote
        bool escaped = false;
        while (!atEnd() && m_json[m_pos] != '"') {
            escaped |= m_json[m_pos] == '\\';
            m_pos += m_json[m_pos] == '\\' ? 2 : 1;
        }
        m_pos = qMin(m_pos, m_json.size()); // a backslash at the very end jumps past it
        const QByteArrayView inner =
            m_json.sliced(qMin(start + 1, m_pos), qMax(m_pos - start - 1, qsizetype(0)));
        step(); // the closing quote
        if (!escaped)
            return QString::fromUtf8(inner);
        const QByteArray wrapped = "[\"" + inner.toByteArray() + "\"]";
        return QJsonDocument::fromJson(wrapped).array().at(0).toString();
    }

    QByteArrayView m_json;
    qsizetype m_pos = 0;
};

} // namespace

JsonOutline outlineJson(QByteArrayView validJson)
{
    return Reader(validJson).value(QString(), 0);
}

} // namespace deck::payload
