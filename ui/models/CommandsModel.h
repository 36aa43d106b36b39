#pragma once

#include "commands/CommandEvent.h"

#include "SnapshotTableModel.h"

#include <QColor>
#include <QIcon>

namespace deck::ui {

/// The commands a connection follows (one CommandsSnapshot) as a table: state (icon, colour and
/// word), target, template, operator, age, time to ack, time to result, command id. Updated in
/// place while the same commands are followed (dataChanged keeps selection and sorting), reset
/// when a command is added.
class CommandsModel : public SnapshotTableModel
{
    Q_OBJECT
public:
    /// The id last: it is long, and read less often than the state, target and times.
    enum Column {
        StateColumn,
        TargetColumn,
        TemplateColumn,
        OperatorColumn,
        AgeColumn,
        AckColumn,
        ResultColumn,
        IdColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1; ///< times sort as numbers
    static constexpr int IdRole = Qt::UserRole + 2;

    using SnapshotTableModel::SnapshotTableModel;

    void setSnapshot(std::shared_ptr<const commands::CommandsSnapshot> snapshot, qint64 nowMs);
    std::shared_ptr<const commands::CommandsSnapshot> snapshot() const { return m_snapshot; }
    commands::TrackedCommandPtr commandAt(int row) const;
    int rowOf(const QString &commandId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// One look per state everywhere (UI.md): sent a blue arrow, acked a blue check, done a
    /// green check, rejected and failed a red cross, timeout and expired an amber clock,
    /// cancelled and unknown a grey dash, created a grey ring.
    static QColor stateColour(commands::CommandState state);
    static QIcon stateIcon(commands::CommandState state);
    /// "850 ms", "3.2 s", "4 min"; empty for 0 or less.
    static QString durationText(qint64 ms);

private:
    std::shared_ptr<const commands::CommandsSnapshot> m_snapshot;
    qint64 m_now = 0;
};

} // namespace deck::ui
