#include "DoctorDialog.h"

#include "profiles/SecretStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace deck::ui {

namespace {
QString stepName(diagnostics::DoctorStep::Kind kind)
{
    using Kind = diagnostics::DoctorStep::Kind;
    switch (kind) {
    case Kind::Dns: return DoctorDialog::tr("Name lookup (DNS)");
    case Kind::Tcp: return DoctorDialog::tr("TCP connection");
    case Kind::Tls: return DoctorDialog::tr("TLS handshake");
    case Kind::Connect: return DoctorDialog::tr("MQTT CONNECT");
    case Kind::Subscribe: return DoctorDialog::tr("SUBSCRIBE");
    case Kind::Roundtrip: return DoctorDialog::tr("Publish and receive");
    }
    return {};
}
} // namespace

DoctorDialog::DoctorDialog(const mqtt::ConnectionOptions &options, const QString &filter,
                           QWidget *parent)
    : QDialog(parent), m_steps(new QTreeWidget(this)), m_verdict(new QLabel(this))
{
    setWindowTitle(tr("Connection doctor — %1:%2").arg(options.host).arg(options.effectivePort()));
    m_steps->setHeaderLabels({tr("Step"), tr("Result"), tr("What was found")});
    m_steps->setRootIsDecorated(false);
    m_steps->setWordWrap(true);
    m_steps->header()->setStretchLastSection(true);
    m_steps->setColumnWidth(0, 170);
    m_steps->setColumnWidth(1, 90);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setText(tr("Checking, step by step…"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("DNS → TCP → TLS → CONNECT → SUBSCRIBE → a QoS 1 message that "
                                    "must come back (never retained). The first step that fails "
                                    "stops the check."),
                                 this));
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_verdict);
    layout->addWidget(buttons);
    resize(760, 360);

    m_doctor = std::make_unique<diagnostics::ConnectionDoctor>(options, filter);
    connect(m_doctor.get(), &diagnostics::ConnectionDoctor::step, this, &DoctorDialog::addStep);
    connect(m_doctor.get(), &diagnostics::ConnectionDoctor::finished, this, [this](bool passed) {
        m_done = true;
        m_verdict->setText(passed ? tr("✓ Every step passed: this connection works.")
                                  : tr("✗ Stopped at %1: %2").arg(m_failedStep, m_failedDetail));
    });
    m_doctor->start();
}

DoctorDialog::~DoctorDialog() = default;

DoctorDialog *DoctorDialog::openForProfile(profiles::ConnectionProfile p,
                                           const QString &typedPassword,
                                           profiles::SecretStore *secrets, QWidget *parent)
{
    p.options.password = typedPassword;
    if (p.options.password.isEmpty() && p.savePassword && secrets && !p.id.isEmpty()) {
        const profiles::SecretResult r = secrets->readNow(p.passwordKey());
        if (r.ok())
            p.options.password = r.secret.value_or(QString());
    }
    const QString filter = p.subscriptions.isEmpty() ? QString() : p.subscriptions.first().filter;
    const bool wildcard = filter.contains(QLatin1Char('#')) || filter.contains(QLatin1Char('+'));
    auto *dialog = new DoctorDialog(p.options, wildcard ? filter : QString(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void DoctorDialog::addStep(const diagnostics::DoctorStep &step)
{
    auto *item = new QTreeWidgetItem(m_steps);
    item->setText(0, stepName(step.kind));
    // Words and a mark, not colour alone.
    item->setText(1, step.skipped ? tr("– not used") : step.ok ? tr("✓ passed") : tr("✗ FAILED"));
    if (!step.ok)
        item->setForeground(1, QColor(0xb7, 0x1c, 0x1c));
    else if (!step.skipped)
        item->setForeground(1, QColor(0x2e, 0x7d, 0x32));
    item->setText(2, step.detail);
    if (!step.ok) { // said in full below the list: the cause and what to try
        m_failedStep = stepName(step.kind);
        m_failedDetail = step.detail;
    }
    item->setToolTip(2, step.detail);
}

} // namespace deck::ui
