#pragma once

#include "ingest/Message.h"

#include <QAbstractTableModel>

#include <deque>
#include <vector>

namespace deck::ui {

/// The most recent messages, newest last, bounded to `capacity` rows: older rows are dropped
/// (and counted) so that memory stays flat at any message rate. Rows arrive in batches through
/// append(), one beginInsertRows per batch.
class MessageListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        TopicColumn,
        QosColumn,
        RetainColumn,
        SizeColumn,
        PayloadColumn,
        ColumnCount
    };

    explicit MessageListModel(int capacity = 5000, QObject *parent = nullptr);

    void append(std::vector<Message> &&batch);
    void clear();
    quint64 droppedRows() const { return m_dropped; }
    int capacity() const { return m_capacity; }
    const Message *messageAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::deque<Message> m_rows;
    int m_capacity;
    quint64 m_dropped = 0;
};

} // namespace deck::ui
