#include "JsonOutline.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace deck::payload {

namespace {

class Reader
{
public:
    explicit Reader(QByteArrayView json) : m_json(json) {}

    JsonOutline value(const QString &key)
    {
        skipSpace();
        JsonOutline node;
        node.key = key;
        const char c = peek();
        if (c == '{') {
            node.kind = JsonOutline::Kind::Object;
            ++m_pos;
            while (skipSpace(), peek() != '}' && m_pos < m_json.size()) {
                const QString name = string();
                skipSpace();
                ++m_pos; // ':'
                node.children.push_back(value(name));
                skipSpace();
                if (peek() == ',')
                    ++m_pos;
            }
            ++m_pos;
        } else if (c == '[') {
            node.kind = JsonOutline::Kind::Array;
            ++m_pos;
            while (skipSpace(), peek() != ']' && m_pos < m_json.size()) {
                node.children.push_back(value(QString::number(node.children.size())));
                skipSpace();
                if (peek() == ',')
                    ++m_pos;
            }
            ++m_pos;
        } else if (c == '"') {
            node.kind = JsonOutline::Kind::String;
            node.text = string();
        } else {
            const qsizetype start = m_pos;
            while (m_pos < m_json.size() && !QByteArrayView(",]} \t\r\n").contains(m_json[m_pos]))
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
    char peek() const { return m_pos < m_json.size() ? m_json[m_pos] : '\0'; }
    void skipSpace()
    {
        while (m_pos < m_json.size() && QByteArrayView(" \t\r\n").contains(m_json[m_pos]))
            ++m_pos;
    }
    // A string token, unescaped by QJsonDocument itself (escapes are rare and exact there).
    QString string()
    {
        const qsizetype start = m_pos++;
        bool escaped = false;
        while (m_pos < m_json.size() && m_json[m_pos] != '"') {
            escaped |= m_json[m_pos] == '\\';
            m_pos += m_json[m_pos] == '\\' ? 2 : 1;
        }
        ++m_pos;
        const QByteArrayView token = m_json.sliced(start, m_pos - start);
        if (!escaped)
            return QString::fromUtf8(token.sliced(1, token.size() - 2));
        const QByteArray wrapped = '[' + token.toByteArray() + ']';
        return QJsonDocument::fromJson(wrapped).array().at(0).toString();
    }

    QByteArrayView m_json;
    qsizetype m_pos = 0;
};

} // namespace

JsonOutline outlineJson(QByteArrayView validJson)
{
    return Reader(validJson).value(QString());
}

} // namespace deck::payload
