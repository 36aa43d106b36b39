#include "JsonText.h"

#include "DecoderLimits.h"
#include "PayloadFormat.h"

#include <QByteArray>

namespace deck::payload {

QString indentJson(QByteArrayView json, int indent, IndentNotes *notes)
{
    // Past the budget no more line breaks: text made of deep nesting would otherwise grow with
    // the square of its size (see indentedTextBudget).
    const qsizetype budget = indentedTextBudget(json.size());
    bool compact = false;
    QByteArray out;
    out.reserve(json.size() * 2);
    int depth = 0;
    auto newline = [&] {
        compact = compact || out.size() > budget;
        if (compact)
            return;
        out += '\n';
        out.append(qsizetype(qMax(depth, 0)) * indent, ' ');
    };
    auto nextSignificant = [&](qsizetype from) {
        while (from < json.size() && (json[from] == ' ' || json[from] == '\t' ||
                                      json[from] == '\n' || json[from] == '\r'))
            ++from;
        return from < json.size() ? json[from] : '\0';
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        switch (c) {
        case '"': {
            const qsizetype start = i++;
            while (i < json.size() && json[i] != '"')
                i += json[i] == '\\' ? 2 : 1;
            out += json.sliced(start, qMin(i, json.size() - 1) - start + 1).toByteArray();
            break;
        }
        case '{':
        case '[': {
            out += c;
            const char close = c == '{' ? '}' : ']';
            if (nextSignificant(i + 1) == close) { // {} and [] stay on one line
                i = json.indexOf(close, i + 1);
                out += close;
                break;
            }
            ++depth;
            newline();
            break;
        }
        case '}':
        case ']':
            --depth;
            newline();
            out += c;
            break;
        case ',':
            out += c;
            newline();
            break;
        case ':':
            out += ": ";
            break;
        case ' ':
        case '\t':
        case '\n':
        case '\r':
            break; // the original layout is replaced
        default:
            out += c;
        }
    }
    int invalid = 0;
    const QString text = textShowingInvalidBytes(out, &invalid);
    if (notes)
        *notes = {compact, invalid};
    return text;
}

} // namespace deck::payload
