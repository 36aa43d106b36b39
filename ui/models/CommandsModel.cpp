#include "CommandsModel.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace deck::ui {

using commands::CommandState;

QColor CommandsModel::stateColour(CommandState s)
{
    switch (s) {
    case CommandState::Sent:
    case CommandState::Acked:
    case CommandState::Running:
        return QColor(0x15, 0x65, 0xc0);
    case CommandState::Done:
        return QColor(0x2e, 0x7d, 0x32);
    case CommandState::Rejected:
    case CommandState::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case CommandState::Expired:
    case CommandState::Timeout:
        return QColor(0xef, 0x6c, 0x00);
    case CommandState::Created:
    case CommandState::Cancelled:
    case CommandState::Unknown:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QIcon CommandsModel::stateIcon(CommandState s)
{
    static QIcon cache[int(CommandState::Unknown) + 1];
    QIcon &icon = cache[int(s)];
    if (!icon.isNull())
        return icon;
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c = stateColour(s);
    p.setPen(QPen(c, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    auto check = [&] {
        QPainterPath path;
        path.moveTo(2.5, 7.5);
        path.lineTo(5.5, 10.5);
        path.lineTo(11.5, 3.5);
        p.drawPath(path);
    };
    switch (s) {
    case CommandState::Sent: { // an arrow to the right
        p.drawLine(QPointF(2, 7), QPointF(11, 7));
        p.drawLine(QPointF(8, 4), QPointF(11, 7));
        p.drawLine(QPointF(8, 10), QPointF(11, 7));
        break;
    }
    case CommandState::Acked:
    case CommandState::Done:
        check();
        break;
    case CommandState::Running: // a ring with a hand: under way
        p.setPen(QPen(c, 1.6));
        p.drawEllipse(QRectF(2, 2, 10, 10));
        p.drawLine(QPointF(7, 7), QPointF(7, 3.5));
        p.drawLine(QPointF(7, 7), QPointF(9.5, 8.5));
        break;
    case CommandState::Rejected:
    case CommandState::Failed:
        p.drawLine(QPointF(3, 3), QPointF(11, 11));
        p.drawLine(QPointF(11, 3), QPointF(3, 11));
        break;
    case CommandState::Expired:
    case CommandState::Timeout: // a clock
        p.setPen(QPen(c, 1.6));
        p.drawEllipse(QRectF(2, 2, 10, 10));
        p.drawLine(QPointF(7, 7), QPointF(7, 4));
        p.drawLine(QPointF(7, 7), QPointF(9.5, 7));
        break;
    case CommandState::Cancelled:
    case CommandState::Unknown:
        p.drawLine(QPointF(3, 7), QPointF(11, 7));
        break;
    case CommandState::Created:
        p.setPen(QPen(c, 1.4));
        p.drawEllipse(QRectF(3, 3, 8, 8));
        break;
    }
    icon = QIcon(pm);
    return icon;
}

QString CommandsModel::durationText(qint64 ms)
{
    if (ms <= 0)
        return {};
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 10000)
        return tr("%1 s").arg(ms / 1000.0, 0, 'f', 1);
    if (ms < 60000)
        return tr("%1 s").arg(ms / 1000);
    if (ms < 3600000)
        return tr("%1 min").arg(ms / 60000);
    if (ms < 86400000)
        return tr("%1 h").arg(ms / 3600000);
    return tr("%1 d").arg(ms / 86400000);
}

void CommandsModel::setSnapshot(std::shared_ptr<const commands::CommandsSnapshot> snapshot,
                                qint64 nowMs)
{
    m_now = nowMs;
    const auto *before = m_snapshot ? &m_snapshot->commands : nullptr;
    const auto *after = snapshot ? &snapshot->commands : nullptr;
    replaceRows(
        before, after, [](const commands::TrackedCommandPtr &c) { return c->record.commandId; },
        [&] { m_snapshot = std::move(snapshot); });
}

commands::TrackedCommandPtr CommandsModel::commandAt(int row) const
{
    if (!m_snapshot || row < 0 || size_t(row) >= m_snapshot->commands.size())
        return {};
    return m_snapshot->commands[size_t(row)];
}

int CommandsModel::rowOf(const QString &commandId) const
{
    for (int r = 0; r < rowCount(); ++r)
        if (m_snapshot->commands[size_t(r)]->record.commandId == commandId)
            return r;
    return -1;
}

int CommandsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : int(m_snapshot->commands.size());
}

int CommandsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommandsModel::data(const QModelIndex &index, int role) const
{
    const commands::TrackedCommandPtr c = commandAt(index.row());
    if (!c)
        return {};
    const commands::CommandRecord &r = c->record;
    const qint64 toAck = c->ackedMs && c->sentMs ? c->ackedMs - c->sentMs : 0;
    const qint64 toResult =
        c->resultMs && c->sentMs && isFinal(c->state) ? c->resultMs - c->sentMs : 0;
    if (role == IdRole)
        return r.commandId;
    if (role == Qt::DecorationRole && index.column() == StateColumn)
        return stateIcon(c->state);
    if (role == Qt::ForegroundRole && index.column() == StateColumn)
        return stateColour(c->state);
    if (role == SortRole) {
        switch (index.column()) {
        case StateColumn:
            return int(c->state);
        case AgeColumn:
            return r.createdMs;
        case AckColumn:
            return toAck;
        case ResultColumn:
            return toResult;
        default:
            break;
        }
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == StateColumn && !c->timeline.isEmpty())
            return c->timeline.constLast().detail;
        if (index.column() == TargetColumn)
            return r.topic;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StateColumn:
        return commands::CommandStateText::text(c->state);
    case IdColumn:
        return r.commandId;
    case TemplateColumn:
        return r.templateName;
    case TargetColumn:
        return r.target.isEmpty() ? r.topic : r.target;
    case OperatorColumn:
        return r.operatorName;
    case AgeColumn:
        return durationText(std::max<qint64>(1, m_now - r.createdMs));
    case AckColumn:
        return durationText(toAck);
    case ResultColumn:
        return durationText(toResult);
    default:
        break;
    }
    return {};
}

QVariant CommandsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("State");
    case IdColumn:
        return tr("Command id");
    case TemplateColumn:
        return tr("Template");
    case TargetColumn:
        return tr("Target");
    case OperatorColumn:
        return tr("Operator");
    case AgeColumn:
        return tr("Age");
    case AckColumn:
        return tr("To ack");
    case ResultColumn:
        return tr("To result");
    default:
        break;
    }
    return {};
}

} // namespace deck::ui
