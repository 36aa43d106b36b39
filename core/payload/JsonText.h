#pragma once

#include <QByteArrayView>
#include <QString>

namespace deck::payload {

/// What indentJson did besides indenting.
struct IndentNotes
{
    bool indentationStopped = false; ///< past the budget: the rest is compact
    int invalidBytes = 0;            ///< bytes that are not UTF-8, shown as ⟨XX⟩
};

/// Indents JSON text that is already known to be valid, keeping it exactly as sent: key order,
/// number spelling (64-bit ids, 1.50, 1e3) and string escapes. QJsonDocument would sort the keys
/// and turn 18446744073709551615 into 1.8446744073709552e+19, which misleads anyone reading a
/// device's payload; Qt has no formatter that keeps the text, hence this small one.
/// Indentation stops (the rest is written compact) past indentedTextBudget() (DecoderLimits.h).
/// Bytes that are not UTF-8 show as ⟨XX⟩: QJsonDocument lets a backslash escape any byte. Any
/// bytes are safe to pass; only valid JSON comes out right.
QString indentJson(QByteArrayView validJson, int indent = 4, IndentNotes *notes = nullptr);

} // namespace deck::payload
