#include "DecoderLimits.h"

#include "PayloadFormat.h"

namespace deck::payload {

QString indentationStoppedNote()
{
    return PayloadText::tr("Indentation stops where it would make the text far larger than the "
                           "payload (deep nesting); the rest is shown compact.");
}

} // namespace deck::payload
