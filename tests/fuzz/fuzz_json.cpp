// libFuzzer target: the JSON views. The outline reader and indentJson take text QJsonDocument
// accepted, yet must end, within bounds, on any bytes; on valid JSON (and UTF-8), the indented
// text is the same document.

#include "FuzzCheck.h"
#include "payload/DecoderLimits.h"
#include "payload/JsonOutline.h"
#include "payload/JsonText.h"
#include "payload/PayloadFormat.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cstddef>
#include <cstdint>

using namespace deck::payload;

namespace {

int depthOf(const JsonOutline &node)
{
    int deepest = 0;
    for (const JsonOutline &child : node.children)
        deepest = qMax(deepest, 1 + depthOf(child));
    return deepest;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    FUZZ_CHECK(depthOf(outlineJson(bytes)) <= kMaxNesting);
    IndentNotes notes;
    const QString indented = indentJson(bytes, 4, &notes);
    // The budget, then at most one more line break's indentation and the rest compact.
    FUZZ_CHECK(indented.size() <= indentedTextBudget(bytes.size()) + 6 * bytes.size() + 1);

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (error.error == QJsonParseError::NoError) {
        // Bytes that are not UTF-8 (QJsonDocument lets a backslash escape any byte) are shown as
        // ⟨XX⟩, which is not the same document.
        if (notes.invalidBytes == 0)
            FUZZ_CHECK(QJsonDocument::fromJson(indented.toUtf8()) == document);
        const Rendering r = render(bytes, Format::Json);
        FUZZ_CHECK(r.error.isEmpty());
    }
    return 0;
}
