#pragma once

#include "ingest/Engine.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace deck::ui {

class TopicTreeModel;

/// The live topic tree and, for the selected topic, its details and last payload.
class ExplorerPage : public QWidget
{
    Q_OBJECT
public:
    /// `engine` is not owned and must outlive the page.
    explicit ExplorerPage(Engine *engine, QWidget *parent = nullptr);
    QTreeView *treeView() const { return m_view; }
    TopicTreeModel *model() const { return m_model; }
    /// Expands the first levels so that a newcomer sees the fleet's shape at once.
    void expandTopLevels(int depth);

private:
    void showSelection();
    void autoExpand(const QModelIndex &parent, int first, int last);

    Engine *m_engine;
    TopicTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QLabel *m_title;
    QPlainTextEdit *m_details;
    int m_autoExpandDepth = 0;
};

} // namespace deck::ui
