#pragma once

#include "connection/ConnectionContext.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace deck::ui {

class TraceModel;

/// The packet trace of one connection: every MQTT control packet both ways as it crossed,
/// filters (type, topic or filter, packet id), each request paired with its answer and the time
/// between, the chosen packet's decoded fields and its bytes (secrets masked), a JSON-lines
/// export, and how many packets the bounded buffer had to let go. Recording costs nothing when
/// off: the connection then has no relay; switching it on reconnects through one.
class TracePage : public QWidget
{
    Q_OBJECT
public:
    explicit TracePage(ConnectionContext *context, QWidget *parent = nullptr);

    TraceModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *typeFilter() const { return m_type; }
    QLineEdit *textFilter() const { return m_text; }
    QLineEdit *idFilter() const { return m_id; }
    QTextBrowser *detail() const { return m_detail; }
    QLabel *summary() const { return m_summary; }
    QPushButton *recordButton() const { return m_record; }
    /// The JSON lines of the packets shown (filters applied), as "Export…" writes them.
    QByteArray exportLines() const;
    /// Takes what the relay recorded now (the page does it every quarter second).
    void poll();

signals:
    /// "Record packets": the connection is to be opened again through a recording relay.
    void recordRequested();
    void statusMessage(const QString &text);

private:
    void showDetail();
    void exportToFile();
    void updateSummary();

    ConnectionContext *m_context;
    TraceModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QComboBox *m_type;
    QLineEdit *m_text;
    QLineEdit *m_id;
    QTextBrowser *m_detail;
    QLabel *m_summary;
    QPushButton *m_record;
    QPushButton *m_export;
    QPushButton *m_clear;
    QTimer m_poll;
};

} // namespace deck::ui
