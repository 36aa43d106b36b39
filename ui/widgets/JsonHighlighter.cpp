#include "JsonHighlighter.h"

#include <QColor>
#include <QTextCharFormat>

namespace deck::ui {

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document),
      m_token(QStringLiteral(
          R"(("(?:[^"\\]|\\.)*")(\s*:)?|(-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b)|\b(true|false|null)\b)"))
{
}

void JsonHighlighter::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    if (!m_enabled)
        return;
    QTextCharFormat key, string, number, literal;
    key.setForeground(QColor(0x1f, 0x4e, 0x99));
    key.setFontWeight(QFont::DemiBold);
    string.setForeground(QColor(0x2e, 0x7d, 0x32));
    number.setForeground(QColor(0xad, 0x45, 0x00));
    literal.setForeground(QColor(0x8e, 0x24, 0xaa));
    auto it = m_token.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength(1) > 0)
            setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)),
                      m.capturedLength(2) > 0 ? key : string);
        else if (m.capturedLength(3) > 0)
            setFormat(int(m.capturedStart(3)), int(m.capturedLength(3)), number);
        else
            setFormat(int(m.capturedStart(4)), int(m.capturedLength(4)), literal);
    }
}

} // namespace deck::ui
