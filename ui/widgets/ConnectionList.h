#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace deck::ui {

class ConnectionView;

/// The connections on the left of the window: each one's name on its colour, a red PROD mark
/// for production profiles, its state and its message rate (refreshed every second). Choosing
/// one shows its pages.
class ConnectionList : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionList(QWidget *parent = nullptr);

    void add(ConnectionView *view);
    void remove(ConnectionView *view);
    void select(ConnectionView *view);
    ConnectionView *current() const;
    int count() const;
    /// The row's text as shown (tests, screenshots).
    QString rowText(int row) const;
    void refresh();

signals:
    void currentChanged(deck::ui::ConnectionView *view);
    void newRequested();
    void closeRequested(deck::ui::ConnectionView *view);

private:
    void refreshRow(int row);

    QListWidget *m_list;
    QPushButton *m_new;
    QPushButton *m_close;
};

} // namespace deck::ui
