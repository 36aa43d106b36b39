#include "PayloadDiff.h"

#include "BinaryDecoders.h"
#include "FieldPath.h"
#include "PayloadFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>
#include <vector>

namespace deck::payload {

namespace {

// Strings quoted (a change from 1 to "1" must show); empty containers as [] and {}.
QString leafText(const QJsonValue &v)
{
    if (v.isString())
        return u'"' + v.toString() + u'"';
    if (v.isArray())
        return QStringLiteral("[]");
    if (v.isObject())
        return QStringLiteral("{}");
    return scalarText(v);
}

// Leaves only: every scalar, and empty containers, under its pointer.
void flatten(const QJsonValue &v, const QString &pointer, std::map<QString, QString> &out)
{
    if (v.isObject() && !v.toObject().isEmpty()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(it.value(), appendToPointer(pointer, it.key()), out);
    } else if (v.isArray() && !v.toArray().isEmpty()) {
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i)
            flatten(a.at(i), appendToPointer(pointer, QString::number(i)), out);
    } else {
        out[pointer.isEmpty() ? QStringLiteral("/") : pointer] = leafText(v);
    }
}

PayloadDiffResult diffStructured(const QJsonValue &a, const QJsonValue &b)
{
    PayloadDiffResult r;
    r.structured = true;
    std::map<QString, QString> fa, fb;
    flatten(a, {}, fa);
    flatten(b, {}, fb);
    auto ia = fa.begin();
    auto ib = fb.begin();
    while (ia != fa.end() || ib != fb.end()) {
        DiffEntry e;
        if (ib == fb.end() || (ia != fa.end() && ia->first < ib->first)) {
            e = {DiffEntry::Removed, ia->first, ia->second, {}};
            ++ia;
        } else if (ia == fa.end() || ib->first < ia->first) {
            e = {DiffEntry::Added, ib->first, {}, ib->second};
            ++ib;
        } else {
            e = {ia->second == ib->second ? DiffEntry::Same : DiffEntry::Changed, ia->first,
                 ia->second, ib->second};
            ++ia;
            ++ib;
        }
        if (e.kind != DiffEntry::Same)
            ++r.changes;
        r.entries.append(e);
    }
    return r;
}

PayloadDiffResult diffText(QByteArrayView before, QByteArrayView after)
{
    PayloadDiffResult r;
    QStringList a =
        textShowingInvalidBytes(before.first(qMin(before.size(), kDisplayLimit))).split(u'\n');
    QStringList b =
        textShowingInvalidBytes(after.first(qMin(after.size(), kDisplayLimit))).split(u'\n');
    if (a.size() > kMaxDiffLines || b.size() > kMaxDiffLines || before.size() > kDisplayLimit ||
        after.size() > kDisplayLimit) {
        r.note = PayloadText::tr("Only the first %1 lines (or %2) of each payload are compared.")
                     .arg(kMaxDiffLines)
                     .arg(sizeText(kDisplayLimit));
        a = a.mid(0, kMaxDiffLines);
        b = b.mid(0, kMaxDiffLines);
    }
    // Longest common subsequence of lines: O(n·m) cells, at most 4 million at the bound.
    const qsizetype n = a.size(), m = b.size();
    std::vector<uint16_t> lcs(size_t((n + 1) * (m + 1)), 0);
    auto at = [&](qsizetype i, qsizetype j) -> uint16_t & { return lcs[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) =
                a[i] == b[j] ? uint16_t(at(i + 1, j + 1) + 1) : qMax(at(i + 1, j), at(i, j + 1));
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            r.entries.append({DiffEntry::Same, {}, a[i], b[j]});
            ++i;
            ++j;
        } else if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
            r.entries.append({DiffEntry::Added, {}, {}, b[j++]});
            ++r.changes;
        } else {
            r.entries.append({DiffEntry::Removed, {}, a[i++], {}});
            ++r.changes;
        }
    }
    return r;
}

} // namespace

PayloadDiffResult diffPayloads(QByteArrayView before, QByteArrayView after, QStringView topic)
{
    const QJsonValue a = structuredValue(before, topic);
    const QJsonValue b = structuredValue(after, topic);
    if ((a.isObject() || a.isArray()) && (b.isObject() || b.isArray()))
        return diffStructured(a, b);
    return diffText(before, after);
}

} // namespace deck::payload
