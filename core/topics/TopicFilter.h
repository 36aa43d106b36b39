#pragma once

#include <QByteArray>

#include <string_view>
#include <vector>

namespace deck {

/// MQTT topic-filter matching (MQTT 5 §4.7): `+` matches exactly one level (which may be empty),
/// `#` matches the parent level and everything below it, and a filter starting with a wildcard
/// does not match topics starting with `$` (so `#` does not see `$SYS/...`). A shared
/// subscription `$share/{group}/{filter}` matches as its filter.
///
/// Matching walks both strings once and allocates nothing; used for subscriptions, rules and
/// tree search.
class TopicFilter
{
public:
    TopicFilter() = default;
    /// `filter` must be a valid filter (see mqtt::TopicValidator::checkTopicFilter).
    explicit TopicFilter(QByteArray filter);

    bool matches(std::string_view topic) const
    {
        return matches(std::string_view(m_filter.constData(), size_t(m_filter.size())), topic);
    }
    const QByteArray &filter() const { return m_filter; }
    bool isEmpty() const { return m_filter.isEmpty(); }
    /// True when the filter has no wildcard: it names one topic.
    bool isExact() const { return m_exact; }
    /// The levels before the first wildcard ("site/+/x" -> "site"); lets a tree search start
    /// below the root.
    std::vector<std::string_view> literalPrefix() const;

    static bool matches(std::string_view filter, std::string_view topic);

private:
    QByteArray m_filter; // shared-subscription prefix removed
    bool m_exact = false;
};

} // namespace deck
