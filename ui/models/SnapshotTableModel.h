#pragma once

#include <QAbstractTableModel>

#include <algorithm>

namespace deck::ui {

/// A table over an immutable snapshot that is replaced as a whole at the page's refresh cadence.
class SnapshotTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    /// Installs a new snapshot with `swap`. When the rows are the same keys in the same order
    /// (`before` and `after` compared with `key`), only cells changed: dataChanged keeps the
    /// view's selection and scroll position. Otherwise the model is reset.
    template <class Rows, class Key, class Swap>
    void replaceRows(const Rows *before, const Rows *after, Key key, Swap swap)
    {
        const bool sameRows = before && after && before->size() == after->size() &&
                              std::equal(before->begin(), before->end(), after->begin(),
                                         [&](const auto &a, const auto &b) {
                                             return key(a) == key(b);
                                         });
        if (!sameRows) {
            beginResetModel();
            swap();
            endResetModel();
            return;
        }
        swap();
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
};

} // namespace deck::ui
