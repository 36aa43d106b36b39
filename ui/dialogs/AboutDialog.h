#pragma once

#include <QDialog>

namespace deck::ui {

/// Help > About: MQTT Deck's version, commit and build, and the versions of Qt, Paho, OpenSSL,
/// SQLite and protobuf it runs on, with a button that copies them for a support ticket.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace deck::ui
