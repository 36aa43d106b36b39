#include "SeriesRecorder.h"

#include "payload/BinaryDecoders.h"
#include "payload/FieldPath.h"

#include <QDateTime>

#include <algorithm>

namespace deck {

SeriesRecorder::SeriesRecorder(Engine *engine, qint64 keepMs, size_t maxPoints)
    : m_engine(engine), m_stage(std::make_shared<SeriesStage>()), m_keepMs(keepMs),
      m_maxPoints(maxPoints)
{
    m_engine->addStage(m_stage);
}

SeriesRecorder::~SeriesRecorder()
{
    m_engine->removeStage(m_stage.get());
}

bool SeriesRecorder::add(const QString &topic, const QString &pointer, QString *error)
{
    for (const PlotSeries &s : m_series)
        if (s.topic == topic && s.pointer == pointer) {
            if (error)
                *error = tr("%1 is already plotted.").arg(s.label());
            return false;
        }
    PlotSeries series{topic, pointer, {}, 0, m_nextId++};
    m_series.push_back(std::move(series));
    publishDefinitions(); // sampling starts before the history is read: nothing falls between
    const std::vector<StoredMessage> history = m_engine->read([&](const TopicTree &t) {
        const NodeId node = t.findTopic(topic);
        if (node == kNoNode)
            return std::vector<StoredMessage>();
        std::vector<StoredMessage> h = t.history(node);
        if (h.empty() && t.hasLastMessage(node))
            h.push_back(t.lastMessage(node));
        return h;
    });
    PlotSeries &s = m_series.back();
    for (const StoredMessage &m : history)
        if (const auto v = payload::numberAt(payload::structuredValue(m.payload, topic), pointer))
            s.points.emplace_back(m.receivedAtMs, *v);
    s.seededUntilMs = s.points.empty() ? 0 : s.points.back().first;
    return true;
}

void SeriesRecorder::remove(int index)
{
    if (index < 0 || size_t(index) >= m_series.size())
        return;
    m_series.erase(m_series.begin() + index);
    publishDefinitions();
}

void SeriesRecorder::publishDefinitions()
{
    std::vector<SeriesStage::Definition> defs;
    for (const PlotSeries &s : m_series)
        defs.push_back({s.id, s.topic, s.pointer});
    m_stage->setSeries(defs);
}

int SeriesRecorder::poll()
{
    int added = 0;
    for (SeriesStage::Delta &d : m_stage->take()) {
        const auto it = std::find_if(m_series.begin(), m_series.end(),
                                     [&](const PlotSeries &s) { return s.id == d.id; });
        if (it == m_series.end())
            continue; // removed since
        it->skipped += d.skipped;
        for (const auto &p : d.points) {
            // Sampling started just before the history was read: a message can be in both.
            const bool seeded =
                p.first < it->seededUntilMs ||
                (p.first == it->seededUntilMs &&
                 std::find(it->points.begin(), it->points.end(), p) != it->points.end());
            if (!seeded)
                it->points.push_back(p);
        }
        added += int(d.points.size());
    }
    const qint64 oldest = m_engine->clock().nowMs() - m_keepMs;
    for (PlotSeries &s : m_series) {
        size_t drop = 0;
        while (drop < s.points.size() &&
               (s.points[drop].first < oldest || s.points.size() - drop > m_maxPoints))
            ++drop;
        if (drop > 0)
            s.points.erase(s.points.begin(), s.points.begin() + qsizetype(drop));
    }
    return added;
}

QByteArray SeriesRecorder::toCsv() const
{
    auto quote = [](const QString &text) {
        QString q = text;
        q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QStringLiteral("\"%1\"").arg(q).toUtf8();
    };
    QByteArray csv = "time,epoch_ms,topic,field,value\n";
    for (const PlotSeries &s : m_series)
        for (const auto &[ms, value] : s.points)
            csv +=
                QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8() +
                ',' + QByteArray::number(ms) + ',' + quote(s.topic) + ',' + quote(s.pointer) + ',' +
                QByteArray::number(value, 'g', 15) + '\n';
    return csv;
}

} // namespace deck
