#pragma once

#include "mqtt/trace/TraceBuffer.h"

#include <QAbstractTableModel>

#include <deque>
#include <map>
#include <tuple>

namespace deck::ui {

/// The packets of one traced connection, in the order they crossed, each request paired with
/// its answer (PUBLISH with PUBACK or PUBREC, PUBREL with PUBCOMP, SUBSCRIBE with SUBACK,
/// UNSUBSCRIBE with UNSUBACK, CONNECT with CONNACK, PINGREQ with PINGRESP) and the time between.
/// Keeps the newest `maxRows`; what gives way is counted.
class TraceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        DirectionColumn,
        TypeColumn,
        IdColumn,
        TopicColumn,
        QosColumn,
        FlagsColumn,
        ReasonColumn,
        SizeColumn,
        AnswerColumn,
        ColumnCount
    };
    enum Role { TypeRole = Qt::UserRole + 1, IdRole, TextRole };

    explicit TraceModel(QObject *parent = nullptr, size_t maxRows = 50000);

    void append(std::vector<mqtt::trace::TraceEvent> events);
    void clear();
    const mqtt::trace::TraceEvent *eventAt(int row) const;
    /// The row of the packet `row` is paired with (its answer, or the request it answers); -1.
    int pairedRow(int row) const;
    qint64 answerMicros(int row) const;
    quint64 droppedRows() const { return m_dropped; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        mqtt::trace::TraceEvent event;
        qint64 pairedSeq = -1;
        qint64 answerUs = -1;
    };
    void pair(qint64 seq, Row &row);
    Row *bySeq(qint64 seq);

    std::deque<Row> m_rows;
    qint64 m_firstSeq = 0; // the sequence number of m_rows.front()
    size_t m_maxRows;
    quint64 m_dropped = 0;
    // (connection, direction of the request, request type, packet id) → the waiting request
    std::map<std::tuple<int, int, int, int>, qint64> m_waiting;
};

} // namespace deck::ui
