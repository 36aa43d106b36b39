#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

namespace deck::payload {

/// One line of a diff: a field (structured payloads) or a text line.
struct DiffEntry
{
    enum Kind { Same, Added, Removed, Changed };
    Kind kind = Same;
    QString label;  ///< JSON Pointer of the field; empty for text lines
    QString before; ///< old value / removed line
    QString after;  ///< new value / added line
};

struct PayloadDiffResult
{
    bool structured = false; ///< both payloads decoded (JSON, CBOR or MessagePack): by field
    QList<DiffEntry> entries;
    int changes = 0; ///< entries that are not Same
    QString note;    ///< what was left out, if anything
};

/// Compares two payloads: field by field when both are structured, else line by line (the
/// longest common subsequence of lines, on the first kMaxDiffLines lines).
PayloadDiffResult diffPayloads(QByteArrayView before, QByteArrayView after, QStringView topic = {});

constexpr int kMaxDiffLines = 2000;

} // namespace deck::payload
