#pragma once

#include "mqtt/MessageProperties.h"

#include <QGroupBox>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace deck::ui {

/// The MQTT 5 properties of an outgoing PUBLISH: payload format, expiry, content type, response
/// topic, correlation data and user properties.
class PropertiesEditor : public QGroupBox
{
    Q_OBJECT
public:
    explicit PropertiesEditor(QWidget *parent = nullptr);
    mqtt::MessageProperties properties() const;
    void setProperties(const mqtt::MessageProperties &properties);

private:
    QComboBox *m_format;
    QSpinBox *m_expiry;
    QLineEdit *m_contentType;
    QLineEdit *m_responseTopic;
    QLineEdit *m_correlation;
    QTableWidget *m_user;
};

} // namespace deck::ui
