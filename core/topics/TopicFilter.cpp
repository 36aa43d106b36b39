#include "TopicFilter.h"

namespace deck {

namespace {
std::string_view stripShare(std::string_view filter)
{
    constexpr std::string_view share = "$share/";
    if (filter.substr(0, share.size()) != share)
        return filter;
    const size_t groupEnd = filter.find('/', share.size());
    return groupEnd == std::string_view::npos ? std::string_view() : filter.substr(groupEnd + 1);
}
} // namespace

TopicFilter::TopicFilter(QByteArray filter)
{
    const std::string_view stripped = stripShare({filter.constData(), size_t(filter.size())});
    m_filter = QByteArray(stripped.data(), qsizetype(stripped.size()));
    m_exact = !m_filter.contains('+') && !m_filter.contains('#');
}

std::vector<std::string_view> TopicFilter::literalPrefix() const
{
    std::vector<std::string_view> levels;
    std::string_view rest(m_filter.constData(), size_t(m_filter.size()));
    while (true) {
        const size_t slash = rest.find('/');
        const std::string_view level = rest.substr(0, slash);
        if (level == "+" || level == "#")
            break;
        levels.push_back(level);
        if (slash == std::string_view::npos)
            break;
        rest.remove_prefix(slash + 1);
    }
    return levels;
}

bool TopicFilter::matches(std::string_view filter, std::string_view topic)
{
    filter = stripShare(filter);
    if (filter.empty() || topic.empty())
        return false;
    // $-topics are only matched by filters that name the $ level explicitly.
    if (topic.front() == '$' && (filter.front() == '+' || filter.front() == '#'))
        return false;
    size_t f = 0, t = 0;
    while (true) {
        const size_t fEnd = std::min(filter.find('/', f), filter.size());
        const std::string_view fLevel = filter.substr(f, fEnd - f);
        if (fLevel == "#")
            return true; // matches this level, everything below, and the parent ("a/#" ~ "a")
        const size_t tEnd = std::min(topic.find('/', t), topic.size());
        if (fLevel != "+" && fLevel != topic.substr(t, tEnd - t))
            return false;
        const bool filterDone = fEnd == filter.size();
        const bool topicDone = tEnd == topic.size();
        if (filterDone)
            return topicDone;
        f = fEnd + 1;
        t = tEnd + 1; // past the end when topicDone: the next level may only be "#"
        if (topicDone) {
            const std::string_view next = filter.substr(f);
            return next == "#";
        }
    }
}

} // namespace deck
