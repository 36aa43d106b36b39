#pragma once

#include <QDialog>

#include <optional>

class QCheckBox;
class QLineEdit;

namespace deck::ui {

/// Asks for a password or key passphrase the keychain could not give, saying why, with the
/// choice of keeping it in memory for the rest of the session.
class SecretPrompt : public QDialog
{
    Q_OBJECT
public:
    SecretPrompt(const QString &what, const QString &why, QWidget *parent = nullptr);
    QString secret() const;
    bool rememberForSession() const;

    /// Shows the prompt; nothing when cancelled.
    static std::optional<QString> ask(QWidget *parent, const QString &what, const QString &why,
                                      bool *remember);

private:
    QLineEdit *m_edit;
    QCheckBox *m_remember;
};

} // namespace deck::ui
