#pragma once

#include "SeriesStage.h"
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
    quint64 id = 0;
    qint64 seededUntilMs = 0; ///< points up to here came from the topic's history when added
    QString label() const
    {
        return pointer.isEmpty() ? topic : topic + QStringLiteral(" ") + pointer;
    }
};

/// The plotted series of one connection, kept for the time window. Sampling is done by a
/// SeriesStage registered on the connection's engine (every message of a plotted topic, none
/// lost between polls); poll() collects what it gathered. No widgets: the charts page draws what
/// this holds.
class SeriesRecorder
{
    Q_DECLARE_TR_FUNCTIONS(SeriesRecorder)
public:
    /// `engine` is not owned and must outlive the recorder.
    explicit SeriesRecorder(Engine *engine, qint64 keepMs = 3600 * 1000,
                            size_t maxPoints = 200000);
    ~SeriesRecorder();
    SeriesRecorder(const SeriesRecorder &) = delete;
    SeriesRecorder &operator=(const SeriesRecorder &) = delete;

    /// Adds a series, starting from the topic's history (its last messages) in the tree; false
    /// (with `error` in words) when it is already plotted.
    bool add(const QString &topic, const QString &pointer, QString *error = nullptr);
    void remove(int index);
    const std::vector<PlotSeries> &series() const { return m_series; }
    /// Collects the points sampled since the last poll; returns how many were added.
    int poll();
    /// Every point of every series as CSV: time (ISO 8601, UTC, ms), epoch ms, topic, field, value.
    QByteArray toCsv() const;

private:
    void publishDefinitions();
    void append(PlotSeries &series, qint64 ms, const QByteArrayView &payload);

    Engine *m_engine;
    std::shared_ptr<SeriesStage> m_stage;
    qint64 m_keepMs;
    size_t m_maxPoints;
    quint64 m_nextId = 1;
    std::vector<PlotSeries> m_series;
};

} // namespace deck
