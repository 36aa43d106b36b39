#include "PropertiesEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace deck::ui {

PropertiesEditor::PropertiesEditor(QWidget *parent)
    : QGroupBox(tr("MQTT 5 properties"), parent), m_format(new QComboBox(this)),
      m_expiry(new QSpinBox(this)), m_contentType(new QLineEdit(this)),
      m_responseTopic(new QLineEdit(this)), m_correlation(new QLineEdit(this)),
      m_user(new QTableWidget(0, 2, this))
{
    m_format->addItem(tr("not set"));
    m_format->addItem(tr("bytes (0)"));
    m_format->addItem(tr("UTF-8 text (1)"));
    m_expiry->setRange(0, 0x7fffffff);
    m_expiry->setSpecialValueText(tr("never"));
    m_expiry->setSuffix(tr(" s"));
    m_contentType->setPlaceholderText(tr("e.g. application/json"));
    m_responseTopic->setPlaceholderText(tr("where the receiver should answer"));
    m_correlation->setPlaceholderText(tr("text, sent as bytes"));
    m_user->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_user->horizontalHeader()->setStretchLastSection(true);
    m_user->verticalHeader()->hide();

    auto *add = new QPushButton(tr("Add user property"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        m_user->insertRow(m_user->rowCount());
        m_user->editItem(m_user->item(m_user->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_user->currentRow() >= 0)
            m_user->removeRow(m_user->currentRow());
    });
    auto *form = new QFormLayout;
    form->addRow(tr("Payload format"), m_format);
    form->addRow(tr("Message expiry"), m_expiry);
    form->addRow(tr("Content type"), m_contentType);
    form->addRow(tr("Response topic"), m_responseTopic);
    form->addRow(tr("Correlation data"), m_correlation);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_user, 1);
    layout->addLayout(buttons);
}

mqtt::MessageProperties PropertiesEditor::properties() const
{
    mqtt::MessageProperties p;
    if (m_format->currentIndex() > 0)
        p.payloadIsUtf8 = m_format->currentIndex() == 2;
    if (m_expiry->value() > 0)
        p.messageExpirySeconds = quint32(m_expiry->value());
    p.contentType = m_contentType->text();
    p.responseTopic = m_responseTopic->text();
    p.correlationData = m_correlation->text().toUtf8();
    for (int row = 0; row < m_user->rowCount(); ++row) {
        const QString name = m_user->item(row, 0) ? m_user->item(row, 0)->text() : QString();
        const QString value = m_user->item(row, 1) ? m_user->item(row, 1)->text() : QString();
        if (!name.isEmpty() || !value.isEmpty())
            p.userProperties.append({name, value});
    }
    return p;
}

void PropertiesEditor::setProperties(const mqtt::MessageProperties &p)
{
    m_format->setCurrentIndex(!p.payloadIsUtf8 ? 0 : (*p.payloadIsUtf8 ? 2 : 1));
    m_expiry->setValue(p.messageExpirySeconds ? int(*p.messageExpirySeconds) : 0);
    m_contentType->setText(p.contentType);
    m_responseTopic->setText(p.responseTopic);
    m_correlation->setText(QString::fromUtf8(p.correlationData));
    m_user->setRowCount(0);
    for (const auto &[name, value] : p.userProperties) {
        const int row = m_user->rowCount();
        m_user->insertRow(row);
        m_user->setItem(row, 0, new QTableWidgetItem(name));
        m_user->setItem(row, 1, new QTableWidgetItem(value));
    }
}

} // namespace deck::ui
