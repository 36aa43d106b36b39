#pragma once

#include "ingest/MessageStage.h"

#include <QString>

#include <mutex>
#include <unordered_map>

namespace deck {

/// Samples plotted series as messages arrive: a stage that wants only the plotted topics, reads
/// the number at each series' JSON Pointer on the engine thread, and hands the new points to the
/// recorder at each notification (take()). Every message of a plotted topic is read: none can
/// slip by between two polls.
class SeriesStage : public MessageStage
{
public:
    struct Definition
    {
        quint64 id = 0;
        QString topic;
        QString pointer;
    };
    struct Delta
    {
        quint64 id = 0;
        std::vector<std::pair<qint64, double>> points; ///< (received ms, value), in order
        quint64 skipped = 0; ///< messages whose payload had no number there
    };

    SeriesStage();
    /// Replaces the plotted series (any thread); the stage's filter follows.
    void setSeries(const std::vector<Definition> &series);
    /// The points gathered since the last take(), by series (any thread).
    std::vector<Delta> take();

    void consume(const Message &message) override;
    void cleared() override {}

private:
    struct Series
    {
        Definition definition;
        Delta pending;
    };
    std::mutex m_mutex;
    std::unordered_map<std::string, std::vector<Series>> m_byTopic; // guarded by m_mutex
};

} // namespace deck
