#pragma once

#include <QByteArrayView>
#include <QString>

#include <vector>

namespace deck::payload {

/// One value of a JSON document as it was written: members in their order, numbers and strings
/// with their text (a 64-bit id stays exact). For the inspector's tree.
struct JsonOutline
{
    enum class Kind { Object, Array, String, Number, Bool, Null };
    Kind kind = Kind::Null;
    QString key;  ///< member name, or the index within an array
    QString text; ///< scalars: the value as written (strings unquoted and unescaped)
    std::vector<JsonOutline> children;
};

/// The outline of JSON text already known to be valid (QJsonDocument checked it). Written by hand
/// because QJsonObject sorts members and stores numbers as doubles; Qt offers no
/// order-keeping reader. Containers nested deeper than kMaxNesting (DecoderLimits.h) are not
/// descended: they show as a string "…". Any bytes are safe to pass; only valid JSON comes out
/// right.
JsonOutline outlineJson(QByteArrayView validJson);

} // namespace deck::payload
