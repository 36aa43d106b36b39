#include "MessageListModel.h"

#include "payload/PayloadFormat.h"

#include <QDateTime>

namespace deck::ui {

MessageListModel::MessageListModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent), m_capacity(std::max(1, capacity))
{
}

void MessageListModel::append(std::vector<Message> &&batch)
{
    if (batch.empty())
        return;
    // Only the newest `capacity` of the batch can be shown.
    auto first = batch.begin();
    if (qsizetype(batch.size()) > m_capacity) {
        m_dropped += batch.size() - size_t(m_capacity);
        first = batch.end() - m_capacity;
    }
    const int incoming = int(batch.end() - first);
    const int overflow = int(m_rows.size()) + incoming - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, 0, overflow - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + overflow);
        m_dropped += quint64(overflow);
        endRemoveRows();
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()) + incoming - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(first),
                  std::make_move_iterator(batch.end()));
    endInsertRows();
    batch.clear();
}

void MessageListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

const Message *MessageListModel::messageAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MessageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    const Message *m = index.isValid() ? messageAt(index.row()) : nullptr;
    if (!m)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(m->receivedAtMs())
                .toString(QStringLiteral("HH:mm:ss.zzz"));
        case TopicColumn:
            return m->topicString();
        case QosColumn:
            return m->qos();
        case RetainColumn:
            return m->isRetained() ? tr("retained") : QString();
        case SizeColumn:
            return tr("%n byte(s)", nullptr, int(m->payload().size()));
        case PayloadColumn:
            return payload::previewLine(m->payload(), m->topicString(), 200);
        }
    } else if (role == Qt::ToolTipRole && index.column() == TopicColumn) {
        return m->topicString();
    } else if (role == Qt::TextAlignmentRole &&
               (index.column() == QosColumn || index.column() == SizeColumn)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Received");
    case TopicColumn:
        return tr("Topic");
    case QosColumn:
        return tr("QoS");
    case RetainColumn:
        return tr("Retain");
    case SizeColumn:
        return tr("Size");
    case PayloadColumn:
        return tr("Payload");
    }
    return {};
}

} // namespace deck::ui
