#pragma once

#include "TopicTree.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>

#include <vector>

namespace deck {

/// A search over the tree's topics: by text in the topic, by MQTT wildcard filter, by regular
/// expression, or by text in the last payload. Its cost depends on the number of topics, never
/// on the message rate (it reads the tree, not the messages).
struct TopicQuery
{
    enum class Mode { TopicText, Filter, Regex, PayloadText };
    Mode mode = Mode::TopicText;
    QString text;
    bool caseSensitive = false;
    size_t limit = 10000; ///< stop after this many matches (the result says if it stopped)
};

struct TopicSearchResult
{
    std::vector<NodeId> matches; ///< topics (nodes with messages), depth-first order
    bool truncated = false;      ///< more matched than `limit`
    size_t topicsScanned = 0;
    QString error; ///< an invalid regular expression or filter, in words
};

class TopicSearch
{
    Q_DECLARE_TR_FUNCTIONS(TopicSearch)
public:
    static TopicSearchResult run(const TopicTree &tree, const TopicQuery &query);
};

} // namespace deck
