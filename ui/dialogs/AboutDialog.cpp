#include "AboutDialog.h"

#include "BuildInfo.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace deck::ui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About MQTT Deck"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h2>MQTT Deck</h2><p>An operations console and MQTT explorer "
                                "for support engineers, operators and firmware teams.</p>"),
                             this);
    title->setWordWrap(true);
    layout->addWidget(title);

    auto *form = new QFormLayout;
    auto *version = new QLabel(BuildInfo::application(), this);
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Version:"), version);
    for (const auto &[name, value] : BuildInfo::components()) {
        auto *label = new QLabel(value, this);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(name + QLatin1Char(':'), label);
    }
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy versions"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [] {
        QApplication::clipboard()->setText(BuildInfo::text(QStringLiteral("mqttdeck")));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace deck::ui
