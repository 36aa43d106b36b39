#pragma once

#include "fleet/RetainedBoard.h"
#include "ingest/Engine.h"
#include "mqtt/Session.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QSortFilterProxyModel;
class QTableView;

namespace deck::ui {

class RetainedModel;

/// The retained board of one connection: every retained value its subscriptions have seen, its
/// anti-patterns (retained commands, retained telemetry, large payloads), a subtree filter, and
/// clearing one or many (confirmed, recorded in the journal).
class RetainedPage : public QWidget
{
    Q_OBJECT
public:
    /// None of the pointers is owned; all outlive the page.
    RetainedPage(Engine *engine, mqtt::Session *session,
                 std::shared_ptr<fleet::RetainedBoard> board, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLabel *summary() const { return m_summary; }
    QLineEdit *filter() const { return m_filter; }
    QCheckBox *onlyFlagged() const { return m_onlyFlagged; }
    /// "Large above": in KiB.
    QSpinBox *largeAbove() const { return m_large; }
    /// Clears the selected topics' retained values (asks first); false when nothing was sent.
    bool clearSelected();

signals:
    void statusMessage(const QString &text);
    /// The user chose another "large" threshold (already applied to the board).
    void largeBytesChanged(qint64 bytes);

private:
    void refresh();

    Engine *m_engine;
    mqtt::Session *m_session;
    std::shared_ptr<fleet::RetainedBoard> m_board;
    RetainedModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_summary;
    QLineEdit *m_filter;
    QCheckBox *m_onlyFlagged;
    QPushButton *m_clear;
    QSpinBox *m_large;
    quint64 m_shown = 0;
};

} // namespace deck::ui
