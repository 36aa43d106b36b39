#include "RetainedModel.h"

#include "payload/PayloadFormat.h"

#include <QColor>
#include <QDateTime>

namespace deck::ui {

void RetainedModel::setSnapshot(std::shared_ptr<const fleet::RetainedSnapshot> snapshot)
{
    const auto *before = m_snapshot ? &m_snapshot->entries : nullptr;
    const auto *after = snapshot ? &snapshot->entries : nullptr;
    replaceRows(before, after, [](const auto &e) { return e->topic; },
                [&] { m_snapshot = std::move(snapshot); });
}

std::shared_ptr<const fleet::RetainedEntry> RetainedModel::entryAt(int row) const
{
    if (!m_snapshot || row < 0 || size_t(row) >= m_snapshot->entries.size())
        return {};
    return m_snapshot->entries[size_t(row)];
}

int RetainedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : int(m_snapshot->entries.size());
}

int RetainedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RetainedModel::flagText(const QString &key)
{
    if (key == QLatin1String("retained_command"))
        return tr("retained command (a reconnecting device would replay it)");
    if (key == QLatin1String("retained_telemetry"))
        return tr("retained telemetry");
    if (key == QLatin1String("large"))
        return tr("large");
    return key;
}

QVariant RetainedModel::data(const QModelIndex &index, int role) const
{
    const auto e = entryAt(index.row());
    if (!e)
        return {};
    if (role == FlaggedRole)
        return !e->flags.isEmpty();
    if (role == Qt::ForegroundRole && index.column() == FlagsColumn && !e->flags.isEmpty())
        return QColor(0xb3, 0x26, 0x1e);
    if (role == SortRole) {
        if (index.column() == SizeColumn)
            return e->size;
        if (index.column() == LastSeenColumn)
            return e->lastSeenMs;
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::ToolTipRole && index.column() == PreviewColumn)
        return QString::fromUtf8(e->preview);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TopicColumn:
        return e->topic;
    case FlagsColumn: {
        QStringList words;
        for (const QString &f : e->flags)
            words << flagText(f);
        return words.join(QStringLiteral("; "));
    }
    case SizeColumn:
        return payload::sizeText(e->size);
    case QosColumn:
        return e->qos;
    case PreviewColumn:
        return QString::fromUtf8(e->preview).simplified().left(80);
    case LastSeenColumn:
        return QDateTime::fromMSecsSinceEpoch(e->lastSeenMs).toString(QStringLiteral("HH:mm:ss"));
    default:
        break;
    }
    return {};
}

QVariant RetainedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TopicColumn:
        return tr("Topic");
    case FlagsColumn:
        return tr("Anti-patterns");
    case SizeColumn:
        return tr("Size");
    case QosColumn:
        return tr("QoS");
    case PreviewColumn:
        return tr("Payload");
    case LastSeenColumn:
        return tr("Last seen");
    default:
        break;
    }
    return {};
}

} // namespace deck::ui
