#include "SecurityCheckDialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace deck::ui {

using Result = diagnostics::ChecklistItem::Result;

namespace {
QString resultWords(Result r)
{
    switch (r) {
    case Result::Pass: return SecurityCheckDialog::tr("✓ pass");
    case Result::Fail: return SecurityCheckDialog::tr("✗ FAIL");
    case Result::Unknown: return SecurityCheckDialog::tr("? unknown");
    case Result::NotApplicable: return SecurityCheckDialog::tr("– n/a");
    }
    return {};
}
} // namespace

SecurityCheckDialog::SecurityCheckDialog(const mqtt::ConnectionOptions &options,
                                         const QString &name, QWidget *parent)
    : QDialog(parent), m_options(options), m_name(name), m_other(new QLineEdit(this)),
      m_command(new QLineEdit(this)), m_observerUser(new QLineEdit(this)),
      m_observerPassword(new QLineEdit(this)), m_warnDays(new QSpinBox(this)),
      m_run(new QPushButton(tr("Run the checks"), this)),
      m_export(new QPushButton(tr("Export report…"), this)), m_results(new QTreeWidget(this)),
      m_summary(new QLabel(this))
{
    setWindowTitle(tr("Security check — %1").arg(name));
    m_other->setPlaceholderText(tr("a topic of another device, e.g. devices/other-device/status"));
    m_command->setPlaceholderText(tr("a command topic, e.g. devices/this-device/commands/reboot"));
    m_observerUser->setPlaceholderText(tr("optional: a second account that may read and write"));
    m_observerPassword->setEchoMode(QLineEdit::Password);
    m_warnDays->setRange(0, 3650);
    m_warnDays->setValue(30);
    m_warnDays->setSuffix(tr(" days"));
    auto *form = new QFormLayout;
    form->addRow(tr("Another device's topic"), m_other);
    form->addRow(tr("Command topic"), m_command);
    form->addRow(tr("Observer user name"), m_observerUser);
    form->addRow(tr("Observer password"), m_observerPassword);
    form->addRow(tr("Certificates expire within"), m_warnDays);
    auto *intro = new QLabel(
        tr("Checks what the identity of this connection (%1 on %2:%3) may do, as an operator's "
           "acceptance test: anonymous access, plaintext beside TLS, # and $SYS/#, another "
           "device's namespace, a command topic, an oversized payload, certificate expiry. The "
           "probe messages are never retained; an observer makes the delivery evidence possible.")
            .arg(options.username.isEmpty() ? tr("anonymous") : options.username, options.host)
            .arg(options.effectivePort()),
        this);
    intro->setWordWrap(true);
    m_results->setHeaderLabels({tr("Check"), tr("Result"), tr("Evidence")});
    m_results->setRootIsDecorated(false);
    m_results->setWordWrap(true);
    m_results->header()->setStretchLastSection(true);
    m_results->setColumnWidth(0, 300);
    m_results->setColumnWidth(1, 90);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_export->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_run, &QPushButton::clicked, this, &SecurityCheckDialog::run);
    connect(m_export, &QPushButton::clicked, this, &SecurityCheckDialog::exportReport);
    // The evidence in full for the chosen check (a table cell cuts it).
    connect(m_results, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            m_summary->setText(item->text(0) + QStringLiteral(": ") + item->text(2));
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_summary);
    layout->addWidget(close);
    resize(900, 620);
}

SecurityCheckDialog::~SecurityCheckDialog() = default;

void SecurityCheckDialog::run()
{
    diagnostics::ChecklistSettings settings;
    settings.otherNamespaceTopic = m_other->text().trimmed();
    settings.commandTopic = m_command->text().trimmed();
    settings.warnDays = m_warnDays->value();
    if (!m_observerUser->text().trimmed().isEmpty()) {
        mqtt::ConnectionOptions observer = m_options;
        observer.clientId.clear();
        observer.username = m_observerUser->text().trimmed();
        observer.password = m_observerPassword->text();
        settings.observer = observer;
    }
    m_items.clear();
    m_results->clear();
    m_done = false;
    m_run->setEnabled(false);
    m_export->setEnabled(false);
    m_summary->setText(tr("Checking… (up to a minute: deliveries are waited for)"));
    m_checklist = std::make_unique<diagnostics::SecurityChecklist>(m_options, settings);
    connect(m_checklist.get(), &diagnostics::SecurityChecklist::item, this,
            &SecurityCheckDialog::add);
    connect(m_checklist.get(), &diagnostics::SecurityChecklist::finished, this, [this] {
        int failed = 0, unknown = 0;
        for (const auto &i : std::as_const(m_items)) {
            failed += i.result == Result::Fail;
            unknown += i.result == Result::Unknown;
        }
        m_summary->setText(failed ? tr("%n check(s) failed: choose one to read its evidence in "
                                       "full.",
                                       nullptr, failed)
                           : unknown ? tr("Nothing failed, but %n check(s) could not be "
                                          "established (give an observer for the delivery "
                                          "evidence).",
                                          nullptr, unknown)
                                     : tr("Every check passed."));
        m_done = true;
        m_run->setEnabled(true);
        m_export->setEnabled(true);
    });
    m_checklist->start();
}

void SecurityCheckDialog::add(const diagnostics::ChecklistItem &i)
{
    m_items << i;
    m_items.last().evidence.replace(QLatin1String("(--other-topic)"),
                                    tr("(the field \"Another device's topic\")"));
    m_items.last().evidence.replace(QLatin1String("(--command-topic)"),
                                    tr("(the field \"Command topic\")"));
    const diagnostics::ChecklistItem &item = m_items.last();
    auto *row = new QTreeWidgetItem(m_results);
    row->setText(0, item.title);
    row->setText(1, resultWords(item.result));
    row->setText(2, item.evidence);
    row->setToolTip(2, item.evidence);
    if (item.result == Result::Fail)
        row->setForeground(1, QColor(0xb7, 0x1c, 0x1c));
    else if (item.result == Result::Pass)
        row->setForeground(1, QColor(0x2e, 0x7d, 0x32));
}

QByteArray SecurityCheckDialog::report(bool json) const
{
    QByteArray out;
    if (!json)
        out += tr("Security check of %1 (%2:%3, %4), %5\n\n")
                   .arg(m_name, m_options.host)
                   .arg(m_options.effectivePort())
                   .arg(m_options.username.isEmpty() ? tr("anonymous") : m_options.username,
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                   .toUtf8();
    for (const auto &i : m_items) {
        if (json) {
            const QJsonObject o{{QStringLiteral("check"), i.key},
                                {QStringLiteral("result"),
                                 diagnostics::ChecklistItem::resultKey(i.result)},
                                {QStringLiteral("title"), i.title},
                                {QStringLiteral("evidence"), i.evidence}};
            out += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
        } else {
            out += QStringLiteral("%1  %2\n    %3\n")
                       .arg(resultWords(i.result), i.title, i.evidence)
                       .toUtf8();
        }
    }
    return out;
}

void SecurityCheckDialog::exportReport()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the security report"), QStringLiteral("security-check.txt"),
        tr("Text (*.txt);;JSON lines (*.jsonl)"), &filter);
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    const bool json = path.endsWith(QLatin1String(".jsonl")) || filter.contains(QLatin1String("jsonl"));
    if (!f.open(QIODevice::WriteOnly) || f.write(report(json)) < 0 || !f.commit())
        m_summary->setText(tr("Could not write %1: %2").arg(path, f.errorString()));
    else
        m_summary->setText(tr("Report written to %1.").arg(path));
}

} // namespace deck::ui
