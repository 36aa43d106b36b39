#include "TopicSearch.h"

#include "TopicFilter.h"
#include "mqtt/TopicValidator.h"

#include <QByteArrayMatcher>

#include <algorithm>
#include <array>
#include <cctype>

namespace deck {

namespace {
/// Depth-first walk keeping the full topic of the current node in one buffer: no allocation
/// per node.
template <typename Visit>
void walk(const TopicTree &tree, NodeId start, std::string &path, Visit &&visit)
{
    struct Frame
    {
        NodeId node;
        size_t pathLength; // length of the parent's topic in `path`
    };
    std::vector<Frame> stack;
    for (NodeId c = tree.firstChild(start); c != kNoNode; c = tree.nextSibling(c))
        stack.push_back({c, path.size()});
    while (!stack.empty()) {
        const Frame f = stack.back();
        stack.pop_back();
        path.resize(f.pathLength);
        if (f.pathLength > 0 || tree.parent(f.node) != kRootNode)
            path.push_back('/');
        const std::string_view name = tree.name(f.node);
        path.append(name.data(), name.size());
        if (!visit(f.node, std::string_view(path)))
            return;
        const size_t here = path.size();
        for (NodeId c = tree.firstChild(f.node); c != kNoNode; c = tree.nextSibling(c))
            stack.push_back({c, here});
    }
}

const std::array<unsigned char, 256> &foldTable()
{
    static const std::array<unsigned char, 256> table = [] {
        std::array<unsigned char, 256> t{};
        for (int i = 0; i < 256; ++i)
            t[size_t(i)] = (i >= 'A' && i <= 'Z') ? uint8_t(i + 32) : uint8_t(i);
        return t;
    }();
    return table;
}

/// ASCII case-insensitive substring test (`needleLower` already folded). By hand: neither Qt
/// nor the standard library searches bytes case-insensitively without converting to UTF-16
/// first, which costs more than the search.
bool containsFolded(std::string_view hay, const std::string &needleLower)
{
    const size_t n = needleLower.size();
    if (n == 0)
        return true;
    if (n > hay.size())
        return false;
    const auto &fold = foldTable();
    const unsigned char first = uint8_t(needleLower[0]);
    const size_t last = hay.size() - n;
    for (size_t i = 0; i <= last; ++i) {
        if (fold[uint8_t(hay[i])] != first)
            continue;
        size_t j = 1;
        while (j < n && fold[uint8_t(hay[i + j])] == uint8_t(needleLower[j]))
            ++j;
        if (j == n)
            return true;
    }
    return false;
}

/// Topic text without '/': a match lies inside one level name, so test each distinct name once
/// and pass the result down the tree in node-id order (a parent is always created before its
/// children): one linear pass, no topic strings built.
void searchLevelNames(const TopicTree &tree, const TopicQuery &query,
                      const std::string &needleLower, const QByteArrayMatcher &matcher,
                      TopicSearchResult &result)
{
    const StringPool &names = tree.names();
    std::vector<uint8_t> nameMatches(names.size());
    for (uint32_t id = 0; id < names.size(); ++id) {
        const std::string_view name = names.view(id);
        nameMatches[id] = query.caseSensitive
                              ? matcher.indexIn(name.data(), qsizetype(name.size())) >= 0
                              : containsFolded(name, needleLower);
    }
    std::vector<uint8_t> nodeMatches(tree.nodeCount());
    for (NodeId n = 1; n < tree.nodeCount(); ++n) {
        const NodeId parent = tree.parent(n);
        nodeMatches[n] =
            nameMatches[tree.nameId(n)] || (parent != kRootNode && nodeMatches[parent]);
        if (!tree.hasLastMessage(n))
            continue;
        ++result.topicsScanned;
        if (!nodeMatches[n])
            continue;
        if (result.matches.size() >= query.limit) {
            result.truncated = true;
            return;
        }
        result.matches.push_back(n);
    }
}
} // namespace

TopicSearchResult TopicSearch::run(const TopicTree &tree, const TopicQuery &query)
{
    TopicSearchResult result;
    const QByteArray needle = query.text.toUtf8();
    std::string needleLower = needle.toStdString();
    std::transform(needleLower.begin(), needleLower.end(), needleLower.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    const QByteArrayMatcher matcher(needle);
    QRegularExpression regex;
    TopicFilter filter;
    NodeId start = kRootNode;
    std::string path;

    switch (query.mode) {
    case TopicQuery::Mode::Regex:
        regex.setPattern(query.text);
        if (!query.caseSensitive)
            regex.setPatternOptions(QRegularExpression::CaseInsensitiveOption);
        if (!regex.isValid()) {
            result.error = tr("The regular expression is not valid: %1 (at character %2).")
                               .arg(regex.errorString())
                               .arg(regex.patternErrorOffset());
            return result;
        }
        break;
    case TopicQuery::Mode::Filter: {
        if (QString e = mqtt::TopicValidator::checkTopicFilter(query.text); !e.isEmpty()) {
            result.error = e;
            return result;
        }
        filter = TopicFilter(needle);
        // Start below the filter's literal levels instead of at the root.
        for (std::string_view level : filter.literalPrefix()) {
            const NodeId next = tree.child(start, level);
            if (next == kNoNode)
                return result;
            if (!path.empty())
                path.push_back('/');
            path.append(level.data(), level.size());
            start = next;
        }
        if (start != kRootNode && tree.hasLastMessage(start) && filter.matches(path))
            result.matches.push_back(start);
        break;
    }
    case TopicQuery::Mode::TopicText:
        if (!needle.contains('/')) {
            searchLevelNames(tree, query, needleLower, matcher, result);
            return result;
        }
        break;
    default:
        break;
    }

    auto accept = [&](NodeId node) {
        if (result.matches.size() >= query.limit) {
            result.truncated = true;
            return false;
        }
        result.matches.push_back(node);
        return true;
    };
    walk(tree, start, path, [&](NodeId node, std::string_view topic) {
        if (!tree.hasLastMessage(node))
            return true;
        ++result.topicsScanned;
        bool match = false;
        switch (query.mode) {
        case TopicQuery::Mode::TopicText:
            match = query.caseSensitive
                        ? matcher.indexIn(topic.data(), qsizetype(topic.size())) >= 0
                        : containsFolded(topic, needleLower);
            break;
        case TopicQuery::Mode::Filter:
            match = filter.matches(topic);
            break;
        case TopicQuery::Mode::Regex:
            match =
                regex.match(QString::fromUtf8(topic.data(), qsizetype(topic.size()))).hasMatch();
            break;
        case TopicQuery::Mode::PayloadText: {
            const QByteArrayView payload = tree.lastPayloadView(node);
            const std::string_view p(payload.data(), size_t(payload.size()));
            match = query.caseSensitive ? matcher.indexIn(payload.data(), payload.size()) >= 0
                                        : containsFolded(p, needleLower);
            break;
        }
        }
        return !match || accept(node);
    });
    return result;
}

} // namespace deck
