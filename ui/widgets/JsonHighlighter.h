#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace deck::ui {

/// Colours indented JSON (and CBOR diagnostic notation): keys, strings, numbers, literals.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument *document);
    void setEnabled(bool enabled);

protected:
    void highlightBlock(const QString &text) override;

private:
    bool m_enabled = false;
    QRegularExpression m_token;
};

} // namespace deck::ui
