#pragma once

#include "fleet/FleetStage.h"
#include "ingest/Engine.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace deck::ui {

class FleetModel;

/// The fleet of one connection: totals at a glance (total, online, stale, offline, unknown),
/// the devices with their state by icon, colour and word, a filter, a group column (any level or
/// firmware) with counts per group, sorting (by last seen among others), and the chosen device's
/// detail: its status history, topics and last status, and a jump to it in the explorer.
class FleetPage : public QWidget
{
    Q_OBJECT
public:
    /// `engine` and `stage` are the connection's (not owned; they outlive the page).
    FleetPage(Engine *engine, std::shared_ptr<fleet::FleetStage> stage, QWidget *parent = nullptr);

    QLabel *totals() const { return m_totals; }
    QTableView *view() const { return m_view; }
    FleetModel *model() const { return m_model; }
    QLineEdit *filter() const { return m_filter; }
    QPushButton *rulesButton() const { return m_rules; }
    QPushButton *commandButton() const { return m_command; }
    /// The connection's fleet stage was replaced (new device rules): show the new one.
    void setStage(std::shared_ptr<fleet::FleetStage> stage);
    /// What the rules button says is in use ("auto", "custom"...).
    void setRulesName(const QString &name);

signals:
    /// "Show in Explorer" on a device: its topic prefix.
    void topicActivated(const QString &topic);
    /// "Request rebirth…" on a Sparkplug edge node.
    void rebirthRequested(const QString &group, const QString &node);
    /// "Send command…" on the chosen devices: their command targets (CommandComposer::targetOf).
    void commandRequested(const QStringList &targets);
    /// "Device rules…": the user wants to see or change how devices are found.
    void rulesRequested();

private:
    void refresh();
    void showDetail();
    void regroup();

    Engine *m_engine;
    std::shared_ptr<fleet::FleetStage> m_stage;
    FleetModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_totals;
    QLabel *m_groups;
    QLineEdit *m_filter;
    QComboBox *m_groupBy;
    QTextBrowser *m_detail;
    QPushButton *m_rebirth;
    QPushButton *m_rules;
    QPushButton *m_command;
    quint64 m_shownGeneration = 0;
    fleet::DevicePtr m_shownDevice; // the detail shows it
    QString m_shownPrefix;
};

} // namespace deck::ui
