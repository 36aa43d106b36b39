#include "SecretPrompt.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace deck::ui {

SecretPrompt::SecretPrompt(const QString &what, const QString &why, QWidget *parent)
    : QDialog(parent), m_edit(new QLineEdit(this)),
      m_remember(new QCheckBox(tr("Remember until MQTT Deck closes (never written to disk)"), this))
{
    setWindowTitle(what);
    auto *reason = new QLabel(why, this);
    reason->setWordWrap(true);
    m_edit->setEchoMode(QLineEdit::Password);
    m_remember->setChecked(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(reason);
    layout->addWidget(new QLabel(what, this));
    layout->addWidget(m_edit);
    layout->addWidget(m_remember);
    layout->addWidget(buttons);
}

QString SecretPrompt::secret() const
{
    return m_edit->text();
}
bool SecretPrompt::rememberForSession() const
{
    return m_remember->isChecked();
}

std::optional<QString> SecretPrompt::ask(QWidget *parent, const QString &what, const QString &why,
                                         bool *remember)
{
    SecretPrompt prompt(what, why, parent);
    if (prompt.exec() != QDialog::Accepted)
        return std::nullopt;
    if (remember)
        *remember = prompt.rememberForSession();
    return prompt.secret();
}

} // namespace deck::ui
