#pragma once

#include "fleet/Device.h"

#include "SnapshotTableModel.h"

namespace deck::ui {

/// The devices of one FleetSnapshot as a table: state (icon, colour and word), device, group,
/// last seen, reconnects, firmware, rate, rule. Updated in place when the set of devices is the
/// same (dataChanged, so selection and sorting survive), reset when devices appear.
class FleetModel : public SnapshotTableModel
{
    Q_OBJECT
public:
    enum Column { StateColumn, DeviceColumn, GroupColumn, LastSeenColumn, ReconnectsColumn,
                  FirmwareColumn, RateColumn, RuleColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1; ///< numbers and times sort as such
    static constexpr int PrefixRole = Qt::UserRole + 2;

    using SnapshotTableModel::SnapshotTableModel;

    void setSnapshot(std::shared_ptr<const fleet::FleetSnapshot> snapshot, qint64 nowMs);
    /// What fills the Group column: a group level's name ("site"), kWholePath or kFirmware.
    void setGroupBy(const QString &name);
    static inline const QString kWholePath = QString();
    static inline const QString kFirmware = QStringLiteral("\x01firmware");
    fleet::DevicePtr deviceAt(int row) const;
    int rowOf(const QString &prefix) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString groupText(const fleet::Device &d, const QString &groupBy);
    static QString ageText(qint64 ms, qint64 nowMs);

private:
    std::shared_ptr<const fleet::FleetSnapshot> m_snapshot;
    qint64 m_now = 0;
    QString m_groupBy;
};

} // namespace deck::ui
