#include "JsonMembers.h"

#include <algorithm>

namespace deck::payload {

void JsonMembers::add(QString key, QJsonValue value)
{
    m_members.emplace_back(std::move(key), std::move(value));
    if (qsizetype(m_members.size()) >= m_compactAt) { // many repeated keys stay few members
        compact();
        m_compactAt = qMax(m_compactAt, 2 * qsizetype(m_members.size()));
    }
}

QJsonObject JsonMembers::toObject()
{
    compact();
    QJsonObject object;
    for (auto &[key, value] : m_members)
        object.insert(key, value);
    m_members.clear();
    return object;
}

void JsonMembers::compact()
{
    // Stable, so that among equal keys the one added last stays last: it is the one kept.
    std::stable_sort(m_members.begin(), m_members.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    auto kept = m_members.begin();
    for (auto it = m_members.begin(); it != m_members.end(); ++it) {
        const auto next = std::next(it);
        if (next != m_members.end() && next->first == it->first)
            continue;
        if (kept != it)
            *kept = std::move(*it);
        ++kept;
    }
    m_members.erase(kept, m_members.end());
}

} // namespace deck::payload
