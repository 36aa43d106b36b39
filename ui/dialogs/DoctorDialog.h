#pragma once

#include "diagnostics/ConnectionDoctor.h"
#include "profiles/ConnectionProfile.h"

#include <QDialog>

#include <memory>

class QLabel;
class QTreeWidget;

namespace deck::profiles {
class SecretStore;
}

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
    /// The doctor on a saved connection's settings, shown and deleted when closed: with the
    /// password typed, else the one kept in the keychain; subscribing to the profile's first
    /// filter when it has a wildcard, else to a topic of the doctor's own.
    static DoctorDialog *openForProfile(profiles::ConnectionProfile profile,
                                        const QString &typedPassword,
                                        profiles::SecretStore *secrets, QWidget *parent);

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
