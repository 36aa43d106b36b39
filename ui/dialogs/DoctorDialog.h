#pragma once

#include "diagnostics/ConnectionDoctor.h"

#include <QDialog>

#include <memory>

class QLabel;
class QTreeWidget;

namespace deck::ui {

/// The connection doctor on the settings being edited: each step as it completes — passed,
/// not used, or where it stopped, with the likely cause and what to try.
class DoctorDialog : public QDialog
{
    Q_OBJECT
public:
    DoctorDialog(const mqtt::ConnectionOptions &options, const QString &filter,
                 QWidget *parent = nullptr);
    ~DoctorDialog() override;

    QTreeWidget *steps() const { return m_steps; }
    QLabel *verdict() const { return m_verdict; }
    bool isDone() const { return m_done; }

private:
    void addStep(const diagnostics::DoctorStep &step);

    std::unique_ptr<diagnostics::ConnectionDoctor> m_doctor;
    QTreeWidget *m_steps;
    QLabel *m_verdict;
    bool m_done = false;
    QString m_failedStep, m_failedDetail;
};

} // namespace deck::ui
