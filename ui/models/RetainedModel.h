#pragma once

#include "fleet/RetainedBoard.h"

#include "SnapshotTableModel.h"

namespace deck::ui {

/// The retained values of one RetainedSnapshot: topic, size, QoS, anti-patterns in words,
/// payload preview, first and last seen.
class RetainedModel : public SnapshotTableModel
{
    Q_OBJECT
public:
    enum Column { TopicColumn, FlagsColumn, SizeColumn, QosColumn, PreviewColumn, LastSeenColumn,
                  ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int FlaggedRole = Qt::UserRole + 2; ///< true when it has an anti-pattern

    using SnapshotTableModel::SnapshotTableModel;
    void setSnapshot(std::shared_ptr<const fleet::RetainedSnapshot> snapshot);
    std::shared_ptr<const fleet::RetainedEntry> entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// An anti-pattern's key (retained_command, …) in the user's words.
    static QString flagText(const QString &key);

private:
    std::shared_ptr<const fleet::RetainedSnapshot> m_snapshot;
};

} // namespace deck::ui
