#pragma once

#include "ingest/Engine.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace deck {

/// One plotted quantity: the number at a JSON Pointer in a topic's payloads (the empty pointer
/// is the payload itself), sampled as messages arrive.
struct PlotSeries
{
    QString topic;
    QString pointer;
    std::vector<std::pair<qint64, double>> points; ///< (received ms since epoch, value), in order
    quint64 skipped = 0;                           ///< messages whose payload had no number there
    quint64 missed = 0; ///< messages that left the topic's history before they were read
    QString label() const
    {
        return pointer.isEmpty() ? topic : topic + QStringLiteral(" ") + pointer;
    }
};

/// Collects the values of plotted series from the engine: on every poll it reads, for each
/// series, the messages its topic received since the previous poll (from the topic's history,
/// so nothing between two polls is lost while the history holds them) and keeps their numbers
/// for the time window. No widgets: the charts page draws what this holds.
class SeriesRecorder
{
    Q_DECLARE_TR_FUNCTIONS(SeriesRecorder)
public:
    explicit SeriesRecorder(qint64 keepMs = 3600 * 1000, size_t maxPoints = 200000);

    /// Adds a series; false (with `error` in words) when it is already plotted.
    bool add(const QString &topic, const QString &pointer, QString *error = nullptr);
    void remove(int index);
    const std::vector<PlotSeries> &series() const { return m_series; }
    /// Reads what arrived since the last poll; returns how many points were added.
    int poll(const Engine &engine);
    /// Every point of every series as CSV: time (ISO 8601, UTC, ms), epoch ms, topic, field, value.
    QByteArray toCsv() const;

private:
    struct Cursor
    {
        NodeId node = kNoNode;
        quint64 seen = 0; // messages of the topic already read
        quint64 clears = 0;
    };
    qint64 m_keepMs;
    size_t m_maxPoints;
    std::vector<PlotSeries> m_series;
    std::vector<Cursor> m_cursors;
};

} // namespace deck
