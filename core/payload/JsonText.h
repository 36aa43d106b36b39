#pragma once

#include <QByteArrayView>
#include <QString>

namespace deck::payload {

/// Indents JSON text that is already known to be valid, keeping it exactly as sent: key order,
/// number spelling (64-bit ids, 1.50, 1e3) and string escapes. QJsonDocument would sort the keys
/// and turn 18446744073709551615 into 1.8446744073709552e+19, which misleads anyone reading a
/// device's payload; Qt has no formatter that keeps the text, hence this small one.
/// Indentation stops (the rest is written compact, `indentationStopped` set) past
/// indentedTextBudget() (DecoderLimits.h). Any bytes are safe to pass; only valid JSON comes
/// out right.
QString indentJson(QByteArrayView validJson, int indent = 4, bool *indentationStopped = nullptr);

} // namespace deck::payload
