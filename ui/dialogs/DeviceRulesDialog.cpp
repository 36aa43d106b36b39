#include "DeviceRulesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QVBoxLayout>

namespace deck::ui {

namespace {
QString presetAbout(const QString &name)
{
    if (name == QLatin1String("auto"))
        return DeviceRulesDialog::tr(
            "All the presets at once: devices/{id}/…, {env}/{tenant}/{site}/{area}/{asset}/… "
            "and Sparkplug B nodes and devices.");
    if (name == QLatin1String("stream"))
        return DeviceRulesDialog::tr(
            "{env}/{tenant}/{site}/{area}/{asset}/{stream}/…: the device is the asset, grouped "
            "by env, tenant, site and area; its state is read from …/status (JSON \"state\" or "
            "\"status\", or plain text).");
    if (name == QLatin1String("devices"))
        return DeviceRulesDialog::tr(
            "devices/{id}/…: the state is read from devices/{id}/status (JSON, or plain "
            "online/offline/1/0/true/false).");
    if (name == QLatin1String("sparkplug"))
        return DeviceRulesDialog::tr(
            "Sparkplug B edge nodes and devices, from their births and deaths (spBv1.0/…).");
    return DeviceRulesDialog::tr(
        "Rules of your own, as JSON: which levels make a device's prefix, which level names it, "
        "which group it, its status topic and how to read it. See the user guide for the fields.");
}
} // namespace

DeviceRulesDialog::DeviceRulesDialog(const fleet::BoardSettings &current, bool saved,
                                     QWidget *parent)
    : QDialog(parent), m_settings(current), m_preset(new QComboBox(this)),
      m_about(new QLabel(this)), m_text(new QPlainTextEdit(this)), m_stale(new QSpinBox(this)),
      m_problem(new QLabel(this)), m_load(new QPushButton(tr("Load from file…"), this)),
      m_save(new QPushButton(tr("Save to file…"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Device rules"));
    m_preset->addItem(tr("auto — every convention below"), QStringLiteral("auto"));
    m_preset->addItem(tr("stream — {env}/{tenant}/{site}/{area}/{asset}/…"),
                      QStringLiteral("stream"));
    m_preset->addItem(tr("devices — devices/{id}/…"), QStringLiteral("devices"));
    m_preset->addItem(tr("sparkplug — Sparkplug B nodes and devices"),
                      QStringLiteral("sparkplug"));
    m_preset->addItem(tr("custom — rules of your own (JSON)"),
                      QString::fromLatin1(fleet::BoardSettings::kCustom));
    m_about->setWordWrap(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setPlaceholderText(tr("Choose \"custom\" to write rules of your own."));
    m_stale->setRange(0, 365 * 86400);
    m_stale->setSuffix(tr(" s"));
    m_stale->setSpecialValueText(tr("each rule's own (presets: 300 s)"));
    m_stale->setToolTip(tr("A device from which nothing arrives for this long turns stale."));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));

    auto *form = new QFormLayout;
    form->addRow(tr("Find devices with"), m_preset);
    form->addRow(QString(), m_about);
    form->addRow(tr("Stale after"), m_stale);
    auto *files = new QHBoxLayout;
    files->addWidget(m_load);
    files->addWidget(m_save);
    files->addStretch(1);
    auto *note = new QLabel(saved ? tr("Saved with the connection. Applying rebuilds the fleet: "
                                       "the broker sends the retained statuses again.")
                                  : tr("This connection is not saved: the rules last until it "
                                       "closes. Applying rebuilds the fleet: the broker sends "
                                       "the retained statuses again."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_text, 1);
    layout->addLayout(files);
    layout->addWidget(m_problem);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    resize(640, 520);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_load, &QPushButton::clicked, this, &DeviceRulesDialog::loadFile);
    connect(m_save, &QPushButton::clicked, this, &DeviceRulesDialog::saveFile);
    connect(m_text, &QPlainTextEdit::textChanged, this, &DeviceRulesDialog::check);
    connect(m_stale, &QSpinBox::valueChanged, this, &DeviceRulesDialog::check);

    m_stale->setValue(current.staleAfterSeconds);
    const int at = m_preset->findData(current.preset);
    m_preset->setCurrentIndex(at >= 0 ? at : 0);
    m_customText = QString::fromUtf8(current.customRules);
    presetChosen();
    connect(m_preset, &QComboBox::currentIndexChanged, this, &DeviceRulesDialog::presetChosen);
    check();
}

QPushButton *DeviceRulesDialog::applyButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

fleet::BoardSettings DeviceRulesDialog::settings() const
{
    fleet::BoardSettings s = m_settings;
    s.preset = m_preset->currentData().toString();
    s.customRules = s.preset == QLatin1String(fleet::BoardSettings::kCustom)
                        ? m_text->toPlainText().toUtf8()
                        : QByteArray();
    s.staleAfterSeconds = m_stale->value();
    return s;
}

void DeviceRulesDialog::presetChosen()
{
    const QString custom = QString::fromLatin1(fleet::BoardSettings::kCustom);
    const QString name = m_preset->currentData().toString();
    if (m_shownPreset == custom)
        m_customText = m_text->toPlainText(); // kept while a preset is looked at
    m_about->setText(presetAbout(name));
    if (name == custom) {
        // Start from the preset last looked at, written out: editing beats a blank page.
        if (m_customText.trimmed().isEmpty())
            if (const auto rules = fleet::DeviceRules::preset(
                    m_shownPreset.isEmpty() || m_shownPreset == custom ? QStringLiteral("auto")
                                                                       : m_shownPreset))
                m_customText = QString::fromUtf8(rules->toJson());
        m_text->setPlainText(m_customText);
    } else if (const auto rules = fleet::DeviceRules::preset(name)) {
        m_text->setPlainText(QString::fromUtf8(rules->toJson())); // to read, and start from
    }
    m_text->setReadOnly(name != custom);
    m_shownPreset = name;
    check();
}

void DeviceRulesDialog::check()
{
    QString error;
    const bool ok = settings().rules(&error).has_value();
    m_problem->setText(ok ? QString() : tr("These rules cannot be used: %1").arg(error));
    m_problem->setVisible(!ok);
    applyButton()->setEnabled(ok);
}

void DeviceRulesDialog::loadFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load device rules"), QString(),
                                                      tr("Device rules (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_problem->setText(tr("Could not read %1: %2").arg(path, f.errorString()));
        m_problem->setVisible(true);
        return;
    }
    m_preset->setCurrentIndex(m_preset->findData(QString::fromLatin1(fleet::BoardSettings::kCustom)));
    m_text->setPlainText(QString::fromUtf8(f.readAll()));
}

void DeviceRulesDialog::saveFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save device rules"),
                                                      QStringLiteral("device-rules.json"),
                                                      tr("Device rules (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(m_text->toPlainText().toUtf8()) < 0 ||
        !f.commit()) {
        m_problem->setText(tr("Could not write %1: %2").arg(path, f.errorString()));
        m_problem->setVisible(true);
    }
}

} // namespace deck::ui
