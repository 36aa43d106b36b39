#include "FleetModel.h"

#include <QColor>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace deck::ui {

using fleet::DeviceState;

namespace {

QColor colourOf(DeviceState s)
{
    switch (s) {
    case DeviceState::Online:
        return QColor(0x2e, 0x7d, 0x32);
    case DeviceState::Stale:
        return QColor(0xef, 0x6c, 0x00);
    case DeviceState::Offline:
        return QColor(0xc6, 0x28, 0x28);
    case DeviceState::Unknown:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

/// A shape per state, so that the state never rests on colour alone: a filled disc (online), a
/// half disc (stale), a cross (offline), a ring (unknown).
QIcon iconOf(DeviceState s)
{
    static QIcon cache[4];
    QIcon &icon = cache[int(s)];
    if (!icon.isNull())
        return icon;
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c = colourOf(s);
    const QRectF r(2, 2, 10, 10);
    switch (s) {
    case DeviceState::Online:
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(r);
        break;
    case DeviceState::Stale:
        p.setPen(QPen(c, 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(r);
        p.setBrush(c);
        p.drawPie(r, 90 * 16, 180 * 16);
        break;
    case DeviceState::Offline:
        p.setPen(QPen(c, 2.5));
        p.drawLine(QPointF(3, 3), QPointF(11, 11));
        p.drawLine(QPointF(11, 3), QPointF(3, 11));
        break;
    case DeviceState::Unknown:
        p.setPen(QPen(c, 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(r);
        break;
    }
    icon = QIcon(pm);
    return icon;
}

} // namespace

void FleetModel::setSnapshot(std::shared_ptr<const fleet::FleetSnapshot> snapshot, qint64 nowMs)
{
    m_now = nowMs;
    const auto *before = m_snapshot ? &m_snapshot->devices : nullptr;
    const auto *after = snapshot ? &snapshot->devices : nullptr;
    replaceRows(before, after, [](const fleet::DevicePtr &d) { return d->prefix; },
                [&] { m_snapshot = std::move(snapshot); });
}

void FleetModel::setGroupBy(const QString &name)
{
    m_groupBy = name;
    if (rowCount() > 0)
        emit dataChanged(index(0, GroupColumn), index(rowCount() - 1, GroupColumn));
}

fleet::DevicePtr FleetModel::deviceAt(int row) const
{
    if (!m_snapshot || row < 0 || size_t(row) >= m_snapshot->devices.size())
        return {};
    return m_snapshot->devices[size_t(row)];
}

int FleetModel::rowOf(const QString &prefix) const
{
    for (int r = 0; r < rowCount(); ++r)
        if (m_snapshot->devices[size_t(r)]->prefix == prefix)
            return r;
    return -1;
}

int FleetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : int(m_snapshot->devices.size());
}

int FleetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FleetModel::groupText(const fleet::Device &d, const QString &groupBy)
{
    if (groupBy == kFirmware)
        return d.firmware;
    if (!groupBy.isEmpty()) // each rule names its own levels: a device without this one has none
        return d.groups.value(int(d.groupNames.indexOf(groupBy)));
    return d.groups.join(QLatin1Char('/'));
}

QString FleetModel::ageText(qint64 ms, qint64 nowMs)
{
    if (ms == 0)
        return tr("never (retained only)");
    const qint64 s = std::max<qint64>(0, (nowMs - ms) / 1000);
    if (s < 60)
        return tr("%1 s ago").arg(s);
    if (s < 3600)
        return tr("%1 min ago").arg(s / 60);
    if (s < 86400)
        return tr("%1 h ago").arg(s / 3600);
    return tr("%1 d ago").arg(s / 86400);
}

QVariant FleetModel::data(const QModelIndex &index, int role) const
{
    const fleet::DevicePtr d = deviceAt(index.row());
    if (!d)
        return {};
    if (role == PrefixRole)
        return d->prefix;
    if (role == Qt::DecorationRole && index.column() == StateColumn)
        return iconOf(d->state);
    if (role == Qt::ForegroundRole && index.column() == StateColumn)
        return colourOf(d->state);
    if (role == SortRole) {
        switch (index.column()) {
        case StateColumn:
            return int(d->state);
        case LastSeenColumn:
            return d->lastSeenMs;
        case ReconnectsColumn:
            return d->reconnects;
        case RateColumn:
            return d->ratePerSecond;
        default:
            break;
        }
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::ToolTipRole && index.column() == StateColumn && !d->history.empty())
        return tr("%1 since %2: %3")
            .arg(fleet::stateText(d->state), ageText(d->stateSinceMs, m_now),
                 d->history.back().cause);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StateColumn:
        return fleet::stateText(d->state);
    case DeviceColumn:
        return d->sparkplug ? QStringLiteral("%1 (%2)").arg(d->id, d->kind) : d->id;
    case GroupColumn:
        return groupText(*d, m_groupBy);
    case LastSeenColumn:
        return ageText(d->lastSeenMs, m_now);
    case ReconnectsColumn:
        return d->reconnects;
    case FirmwareColumn:
        return d->firmware;
    case RateColumn:
        return QString::number(d->ratePerSecond, 'f', d->ratePerSecond < 10 ? 1 : 0);
    case RuleColumn:
        return d->flags.isEmpty() ? d->rule : d->rule + QStringLiteral(" — ") + d->flags.join(QStringLiteral(", "));
    default:
        break;
    }
    return {};
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("State");
    case DeviceColumn:
        return tr("Device");
    case GroupColumn:
        return tr("Group");
    case LastSeenColumn:
        return tr("Last seen");
    case ReconnectsColumn:
        return tr("Reconnects");
    case FirmwareColumn:
        return tr("Firmware");
    case RateColumn:
        return tr("Msg/s");
    case RuleColumn:
        return tr("Found by");
    default:
        break;
    }
    return {};
}

} // namespace deck::ui
