#pragma once

#include <QString>
#include <QtGlobal>

namespace deck::payload {

/// Containers nested deeper than this are refused (MessagePack) or not outlined further (the
/// JSON outline). Qt's JSON and CBOR readers stop at the same depth, so every format says the
/// same. Real payloads nest a few levels; the limit keeps recursion (decoders, tree views) and
/// parse stacks small on any thread, whatever a payload announces.
constexpr int kMaxNesting = 1024;

/// Characters kept of a map key that is not a string (an array or a map used as a key): such
/// keys are written as JSON text, and a key inside a key is quoted again at every level, which
/// doubles the text per level without a cut.
constexpr qsizetype kMaxKeyChars = 256;

/// How long an indented text may grow for a payload of `payloadSize` bytes. Indentation costs
/// depth × width per line, so a payload made of deep nesting grows with the square of its size
/// (100 KB of nested arrays: 200 MB of spaces); past the budget the rest is written compact.
constexpr qsizetype indentedTextBudget(qsizetype payloadSize)
{
    return 1024 * 1024 + 8 * payloadSize;
}

/// The note shown when indentation stopped at that budget.
QString indentationStoppedNote();

} // namespace deck::payload
