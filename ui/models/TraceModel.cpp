#include "TraceModel.h"

#include "mqtt/packet/PacketJson.h"

#include <QDateTime>

namespace deck::ui {

using mqtt::packet::PacketType;
using mqtt::trace::Direction;
using mqtt::trace::TraceEvent;

namespace {
/// The request an answer answers, or Reserved when `type` answers nothing.
PacketType requestOf(PacketType type)
{
    switch (type) {
    case PacketType::Puback:
    case PacketType::Pubrec: return PacketType::Publish;
    case PacketType::Pubcomp: return PacketType::Pubrel;
    case PacketType::Suback: return PacketType::Subscribe;
    case PacketType::Unsuback: return PacketType::Unsubscribe;
    case PacketType::Connack: return PacketType::Connect;
    case PacketType::Pingresp: return PacketType::Pingreq;
    default: return PacketType::Reserved;
    }
}

bool expectsAnswer(const mqtt::packet::Packet &p)
{
    switch (p.type) {
    case PacketType::Publish: return p.qos() > 0;
    case PacketType::Pubrel:
    case PacketType::Subscribe:
    case PacketType::Unsubscribe:
    case PacketType::Connect:
    case PacketType::Pingreq: return true;
    default: return false;
    }
}

QString duration(qint64 us)
{
    return us < 10000 ? TraceModel::tr("%1 ms").arg(us / 1000.0, 0, 'f', 1)
                      : TraceModel::tr("%1 ms").arg(us / 1000);
}
} // namespace

TraceModel::TraceModel(QObject *parent, size_t maxRows)
    : QAbstractTableModel(parent), m_maxRows(maxRows)
{
}

TraceModel::Row *TraceModel::bySeq(qint64 seq)
{
    if (seq < m_firstSeq || seq >= m_firstSeq + qint64(m_rows.size()))
        return nullptr;
    return &m_rows[size_t(seq - m_firstSeq)];
}

void TraceModel::pair(qint64 seq, Row &row)
{
    if (row.event.closed || !row.event.decoded.ok())
        return;
    const auto &p = row.event.decoded.packet;
    const int connection = row.event.connection;
    const int dir = int(row.event.direction);
    const int id = p.hasPacketId() || p.type == PacketType::Pubrel ? p.packetId : 0;
    if (expectsAnswer(p)) {
        m_waiting[{connection, dir, int(p.type), id}] = seq;
        return;
    }
    const PacketType request = requestOf(p.type);
    if (request == PacketType::Reserved)
        return;
    const int other = dir == int(Direction::Out) ? int(Direction::In) : int(Direction::Out);
    const auto it = m_waiting.find({connection, other, int(request), id});
    if (it == m_waiting.end())
        return;
    if (Row *asked = bySeq(it->second)) {
        const qint64 us = row.event.timeUs - asked->event.timeUs;
        asked->pairedSeq = seq;
        asked->answerUs = us;
        row.pairedSeq = it->second;
        row.answerUs = us;
        const int askedRow = int(it->second - m_firstSeq);
        emit dataChanged(index(askedRow, AnswerColumn), index(askedRow, AnswerColumn));
    }
    m_waiting.erase(it);
}

void TraceModel::append(std::vector<TraceEvent> events)
{
    if (events.empty())
        return;
    // Make room first: the oldest rows give way.
    const size_t incoming = std::min(events.size(), m_maxRows);
    if (events.size() > incoming) {
        m_dropped += events.size() - incoming;
        events.erase(events.begin(), events.begin() + qsizetype(events.size() - incoming));
    }
    if (m_rows.size() + incoming > m_maxRows) {
        const size_t drop = m_rows.size() + incoming - m_maxRows;
        beginRemoveRows({}, 0, int(drop) - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + qsizetype(drop));
        m_firstSeq += qint64(drop);
        m_dropped += drop;
        endRemoveRows();
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(events.size()) - 1);
    for (TraceEvent &e : events) {
        m_rows.push_back(Row{std::move(e)});
        pair(m_firstSeq + qint64(m_rows.size()) - 1, m_rows.back());
    }
    endInsertRows();
}

void TraceModel::clear()
{
    beginResetModel();
    m_firstSeq += qint64(m_rows.size());
    m_rows.clear();
    m_waiting.clear();
    endResetModel();
}

const TraceEvent *TraceModel::eventAt(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? &m_rows[size_t(row)].event : nullptr;
}

int TraceModel::pairedRow(int row) const
{
    if (row < 0 || size_t(row) >= m_rows.size() || m_rows[size_t(row)].pairedSeq < 0)
        return -1;
    const qint64 r = m_rows[size_t(row)].pairedSeq - m_firstSeq;
    return r >= 0 && r < qint64(m_rows.size()) ? int(r) : -1;
}

qint64 TraceModel::answerMicros(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? m_rows[size_t(row)].answerUs : -1;
}

int TraceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TraceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TraceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_rows.size())
        return {};
    const Row &r = m_rows[size_t(index.row())];
    const TraceEvent &e = r.event;
    const auto &p = e.decoded.packet;
    const bool out = e.direction == Direction::Out;
    const QString type = e.closed            ? tr("CLOSED")
                         : !e.decoded.ok()   ? tr("MALFORMED")
                                             : QString::fromLatin1(packetTypeName(p.type));
    if (role == TypeRole)
        return type;
    if (role == IdRole)
        return p.hasPacketId() || p.type == PacketType::Pubrel ? int(p.packetId) : -1;
    QString topics;
    if (!e.closed && e.decoded.ok()) {
        if (p.type == PacketType::Publish)
            topics = QString::fromUtf8(p.topic);
        for (const auto &s : p.subscriptions)
            topics += (topics.isEmpty() ? QString() : QStringLiteral(", ")) +
                      QString::fromUtf8(s.filter);
    }
    if (role == TextRole)
        return topics;
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn && !e.decoded.ok())
        return e.decoded.error.message();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(e.timeUs / 1000).toString(QStringLiteral("HH:mm:ss.zzz"));
    case DirectionColumn:
        // Words with the arrow: never the arrow alone.
        return out ? tr("→ out") : tr("← in");
    case TypeColumn:
        return e.closed ? (out ? tr("CLOSED by the client") : tr("CLOSED by the broker")) : type;
    case IdColumn:
        return p.hasPacketId() || p.type == PacketType::Pubrel ? QVariant(p.packetId) : QVariant();
    case TopicColumn:
        return topics;
    case QosColumn:
        return p.type == PacketType::Publish ? QVariant(p.qos()) : QVariant();
    case FlagsColumn: {
        QStringList flags;
        if (p.type == PacketType::Publish && p.dup())
            flags << tr("dup");
        if (p.type == PacketType::Publish && p.retain())
            flags << tr("retain");
        if (p.type == PacketType::Connack && p.sessionPresent)
            flags << tr("session present");
        return flags.join(QStringLiteral(", "));
    }
    case ReasonColumn: {
        if (!e.decoded.ok())
            return e.decoded.error.message();
        QStringList codes;
        for (quint8 c : p.reasonCodes)
            codes << QStringLiteral("0x%1 %2")
                         .arg(c, 2, 16, QLatin1Char('0'))
                         .arg(mqtt::packet::reasonName(p.type, c, e.version));
        return codes.join(QStringLiteral(", "));
    }
    case SizeColumn:
        return e.closed ? QVariant() : QVariant(qlonglong(p.size ? p.size : e.decoded.bytes.size()));
    case AnswerColumn: {
        const int other = pairedRow(index.row());
        if (r.pairedSeq < 0)
            return expectsAnswer(p) && !e.closed ? tr("waiting") : QString();
        const QString name = other >= 0 ? QString::fromLatin1(packetTypeName(
                                              m_rows[size_t(other)].event.decoded.packet.type))
                                        : QString();
        return expectsAnswer(p) ? tr("%1 after %2").arg(name, duration(r.answerUs))
                                : tr("answers %1 (%2)").arg(name, duration(r.answerUs));
    }
    default:
        return {};
    }
}

QVariant TraceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case DirectionColumn: return tr("Direction");
    case TypeColumn: return tr("Packet");
    case IdColumn: return tr("Id");
    case TopicColumn: return tr("Topic or filters");
    case QosColumn: return tr("QoS");
    case FlagsColumn: return tr("Flags");
    case ReasonColumn: return tr("Reason codes");
    case SizeColumn: return tr("Bytes");
    case AnswerColumn: return tr("Answer");
    default: return {};
    }
}

} // namespace deck::ui
