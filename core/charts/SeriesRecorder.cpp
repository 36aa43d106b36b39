#include "SeriesRecorder.h"

#include "payload/BinaryDecoders.h"
#include "payload/FieldPath.h"

#include <QDateTime>

namespace deck {

SeriesRecorder::SeriesRecorder(qint64 keepMs, size_t maxPoints)
    : m_keepMs(keepMs), m_maxPoints(maxPoints)
{
}

bool SeriesRecorder::add(const QString &topic, const QString &pointer, QString *error)
{
    for (const PlotSeries &s : m_series)
        if (s.topic == topic && s.pointer == pointer) {
            if (error)
                *error = tr("%1 is already plotted.").arg(s.label());
            return false;
        }
    m_series.push_back({topic, pointer, {}, 0, 0});
    m_cursors.push_back({});
    return true;
}

void SeriesRecorder::remove(int index)
{
    if (index < 0 || size_t(index) >= m_series.size())
        return;
    m_series.erase(m_series.begin() + index);
    m_cursors.erase(m_cursors.begin() + index);
}

int SeriesRecorder::poll(const Engine &engine)
{
    int added = 0;
    const quint64 clears = engine.counters().clears;
    for (size_t i = 0; i < m_series.size(); ++i) {
        PlotSeries &s = m_series[i];
        Cursor &c = m_cursors[i];
        if (c.clears != clears) { // ids are reused after a clear: find the topic again
            c = Cursor{kNoNode, 0, clears};
        }
        std::vector<StoredMessage> fresh;
        engine.read([&](const TopicTree &t) {
            if (c.node == kNoNode || !t.isValid(c.node))
                c.node = t.findTopic(s.topic);
            if (c.node == kNoNode)
                return 0;
            const quint64 own = t.info(c.node).ownMessages;
            if (own <= c.seen)
                return 0;
            const quint64 wanted = own - c.seen;
            std::vector<StoredMessage> history = t.history(c.node);
            if (history.empty())
                history.push_back(t.lastMessage(c.node));
            const size_t take = size_t(std::min<quint64>(wanted, history.size()));
            s.missed += c.seen == 0 ? 0 : wanted - take; // before the first read nothing is owed
            fresh.assign(history.end() - qsizetype(take), history.end());
            c.seen = own;
            return 0;
        });
        for (const StoredMessage &m : fresh) {
            const std::optional<double> v =
                payload::numberAt(payload::structuredValue(m.payload, s.topic), s.pointer);
            if (!v) {
                ++s.skipped;
                continue;
            }
            s.points.emplace_back(m.receivedAtMs, *v);
            ++added;
        }
        const qint64 oldest = QDateTime::currentMSecsSinceEpoch() - m_keepMs;
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
