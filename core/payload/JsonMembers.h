#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <utility>
#include <vector>

namespace deck::payload {

/// The members of a JSON object, collected first and inserted in key order. QJsonObject keeps
/// its keys sorted in one array, so inserting n keys in arrival order moves O(n²) elements: a
/// 4 MB map of 400,000 keys took minutes. In key order each insertion appends. Repeated keys
/// are dropped as they pile up, so that a million members under one key take no memory.
class JsonMembers
{
public:
    void add(QString key, QJsonValue value);
    /// Duplicate keys: the last one wins, as with QJsonObject::insert.
    QJsonObject toObject();

private:
    void compact(); // sorted by key, the last of equal keys kept

    std::vector<std::pair<QString, QJsonValue>> m_members;
    qsizetype m_compactAt = 1024;
};

} // namespace deck::payload
