#pragma once

#include "ingest/Engine.h"
#include "mqtt/Session.h"

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
    /// `engine` and `session` are not owned and must outlive the page; without a session the
    /// page only reads (clearing retained values needs one).
    explicit ExplorerPage(Engine *engine, mqtt::Session *session = nullptr, QWidget *parent = nullptr);
    QTreeView *treeView() const { return m_view; }
    TopicTreeModel *model() const { return m_model; }
    /// Expands the first levels so that a newcomer sees the fleet's shape at once.
    void expandTopLevels(int depth);

signals:
    void statusMessage(const QString &text);

private:
    void showSelection();
    void clearRetained();
    void autoExpand(const QModelIndex &parent, int first, int last);

    Engine *m_engine;
    mqtt::Session *m_session;
    TopicTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QLabel *m_title;
    QPlainTextEdit *m_details;
    int m_autoExpandDepth = 0;
};

} // namespace deck::ui
