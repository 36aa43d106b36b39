#pragma once

#include "commands/CommandBuilder.h"
#include "commands/CommandTemplate.h"
#include "fleet/FleetStage.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace deck::ui {

/// Composes a command: its targets (devices of the connection's fleet, any device prefix typed,
/// or command topics as they are), a template of the library (its fields editable here, saved
/// back, imported and exported as JSON), the reason, the operator (remembered), QoS, time to
/// live and timeouts, and retain (refused on command topics without a reason). Shows the exact
/// topic and payload before anything is sent. Sending — with its confirmations — is the
/// Commands page's: this panel only says what would be sent (compose()).
class CommandComposer : public QWidget
{
    Q_OBJECT
public:
    explicit CommandComposer(QWidget *parent = nullptr);

    /// The fleet whose devices are offered as targets (may be null).
    void setFleet(std::shared_ptr<fleet::FleetStage> fleet) { m_fleet = std::move(fleet); }
    /// Loads the template library from `path` (TemplateLibrary::defaultPath() normally); saved
    /// templates go back there. An error in words, or empty.
    QString setTemplatesPath(const QString &path);
    const commands::TemplateLibrary &library() const { return m_library; }

    /// Replaces the targets: device prefixes, or command topics when `topics`.
    void setTargets(const QStringList &targets, bool topics = false);
    QStringList targets() const;
    /// Chooses a template of the library (its fields fill the form); false when there is none.
    bool chooseTemplate(const QString &name);
    /// Fills the form from a command sent before ("Resend as new").
    void fillFrom(const commands::CommandRequest &request);
    /// Adds the fleet's devices whose id, path or group contains `text` (case-insensitive);
    /// returns how many were added.
    int addMatchingDevices(const QString &text);

    /// What would be sent: one request per target, each checked by building it (nothing is
    /// sent); `error` says what is wrong, naming the target.
    QList<commands::CommandRequest> compose(QString *error) const;
    /// The template as the form has it now.
    commands::CommandTemplate currentTemplate() const;
    /// The name an operator types to send a dangerous command to this request's target: the
    /// device id of its prefix or topic (the target itself when it has none).
    static QString targetName(const commands::CommandRequest &request);
    /// The topic and payload a request goes with (built with a placeholder id), for the preview
    /// and the confirmations; empty when it cannot be built.
    static QString topicOf(const commands::CommandRequest &request);
    /// How a device of the fleet is named as a command target: its topic prefix, or
    /// spBv1.0/{group}/{node}[/{device}] for a Sparkplug B entity.
    static QString targetOf(const fleet::Device &device);

    QPlainTextEdit *targetsEdit() const { return m_targets; }
    QComboBox *templateBox() const { return m_template; }
    QPlainTextEdit *payloadEdit() const { return m_payload; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLineEdit *operatorEdit() const { return m_operator; }
    QSpinBox *qosBox() const { return m_qos; }
    QSpinBox *ttlBox() const { return m_ttl; }
    QSpinBox *ackTimeoutBox() const { return m_ackTimeout; }
    QSpinBox *resultTimeoutBox() const { return m_resultTimeout; }
    QCheckBox *retainBox() const { return m_retain; }
    QLineEdit *retainReasonEdit() const { return m_retainReason; }
    QPlainTextEdit *preview() const { return m_preview; }
    QPushButton *sendButton() const { return m_send; }
    /// Remembers the operator's name (QSettings) for the next time.
    void rememberOperator();

signals:
    void sendRequested();
    void statusMessage(const QString &text);

private:
    void updatePreview();
    void updateCompleter();
    void saveAsTemplate();
    void importTemplates();
    void exportTemplates();
    void deleteTemplate();
    void reloadTemplateBox(const QString &select);
    QString m_templatesPath;
    commands::TemplateLibrary m_library;
    std::shared_ptr<fleet::FleetStage> m_fleet;
    QComboBox *m_kind;
    QPlainTextEdit *m_targets;
    QLineEdit *m_pick;
    QComboBox *m_template;
    QComboBox *m_convention;
    QLineEdit *m_command;
    QPlainTextEdit *m_payload;
    QSpinBox *m_qos;
    QSpinBox *m_ttl;
    QSpinBox *m_ackTimeout;
    QSpinBox *m_resultTimeout;
    QCheckBox *m_dangerous;
    QCheckBox *m_requiresReason;
    QLabel *m_reasonLabel;
    QLineEdit *m_reason;
    QLineEdit *m_operator;
    QCheckBox *m_retain;
    QLineEdit *m_retainReason;
    QPlainTextEdit *m_preview;
    QPushButton *m_send;
    bool m_filling = false;
};

} // namespace deck::ui
