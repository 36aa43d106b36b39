#include "SeriesStage.h"

#include "payload/BinaryDecoders.h"
#include "payload/FieldPath.h"

#include <QCoreApplication>

namespace deck {

SeriesStage::SeriesStage() : MessageStage(QString::fromLatin1(QT_TRANSLATE_NOOP("Stage", "the charts")),
                   StageFilter::none()) {}

void SeriesStage::setSeries(const std::vector<Definition> &series)
{
    std::vector<QByteArray> filters;
    {
        std::lock_guard lock(m_mutex);
        std::unordered_map<std::string, std::vector<Series>> next;
        for (const Definition &d : series) {
            const std::string topic = d.topic.toStdString();
            Series s;
            s.definition = d;
            s.pending.id = d.id;
            // Keep what a kept series had gathered and not yet handed over.
            if (const auto it = m_byTopic.find(topic); it != m_byTopic.end())
                for (Series &old : it->second)
                    if (old.definition.id == d.id)
                        s.pending = std::move(old.pending);
            next[topic].push_back(std::move(s));
        }
        m_byTopic.swap(next);
        // A plotted topic is a name; names hold no wildcard, so each is an exact filter.
        for (const auto &[topic, list] : m_byTopic)
            filters.push_back(QByteArray::fromStdString(topic));
    }
    setFilter(filters.empty() ? StageFilter::none() : StageFilter(filters));
}

std::vector<SeriesStage::Delta> SeriesStage::take()
{
    std::vector<Delta> out;
    std::lock_guard lock(m_mutex);
    for (auto &[topic, list] : m_byTopic)
        for (Series &s : list)
            if (!s.pending.points.empty() || s.pending.skipped > 0) {
                out.push_back(std::move(s.pending));
                s.pending = Delta();
                s.pending.id = s.definition.id;
            }
    return out;
}

void SeriesStage::consume(const Message &message)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_byTopic.find(std::string(message.topic()));
    if (it == m_byTopic.end())
        return; // the filter changed while this slice was under way
    const QString topic = message.topicString();
    for (Series &s : it->second) {
        const std::optional<double> v =
            payload::numberAt(payload::structuredValue(message.payload(), topic),
                              s.definition.pointer);
        if (v)
            s.pending.points.emplace_back(message.receivedAtMs(), *v);
        else
            ++s.pending.skipped;
    }
}

} // namespace deck
