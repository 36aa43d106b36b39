#pragma once

#include "diagnostics/SecurityChecklist.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace deck::ui {

/// The security acceptance checklist on one connection's broker and identity (as
/// `mqttdeck-cli check`): the topics that stand for another device's namespace and a command
/// topic, an optional observer for the delivery evidence, then each check with its result in
/// words and marks and its evidence; the report exported as text or JSON lines.
class SecurityCheckDialog : public QDialog
{
    Q_OBJECT
public:
    SecurityCheckDialog(const mqtt::ConnectionOptions &options, const QString &name,
                        QWidget *parent = nullptr);
    ~SecurityCheckDialog() override;

    QLineEdit *otherTopic() const { return m_other; }
    QLineEdit *commandTopic() const { return m_command; }
    QLineEdit *observerUser() const { return m_observerUser; }
    QLineEdit *observerPassword() const { return m_observerPassword; }
    QPushButton *runButton() const { return m_run; }
    QTreeWidget *results() const { return m_results; }
    QLabel *summary() const { return m_summary; }
    bool isDone() const { return m_done; }
    /// The report as text (`json` false) or JSON lines, as "Export report…" writes it.
    QByteArray report(bool json) const;

private:
    void run();
    void add(const diagnostics::ChecklistItem &item);
    void exportReport();

    mqtt::ConnectionOptions m_options;
    QString m_name;
    std::unique_ptr<diagnostics::SecurityChecklist> m_checklist;
    QList<diagnostics::ChecklistItem> m_items;
    QLineEdit *m_other;
    QLineEdit *m_command;
    QLineEdit *m_observerUser;
    QLineEdit *m_observerPassword;
    QSpinBox *m_warnDays;
    QPushButton *m_run;
    QPushButton *m_export;
    QTreeWidget *m_results;
    QLabel *m_summary;
    bool m_done = false;
};

} // namespace deck::ui
