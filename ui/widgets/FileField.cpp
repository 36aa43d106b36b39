#include "FileField.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace deck::ui {

FileField::FileField(const QString &dialogTitle, const QString &filter, QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this))
{
    auto *browse = new QPushButton(tr("Browse…"), this);
    m_edit->setClearButtonEnabled(true);
    connect(m_edit, &QLineEdit::textChanged, this, &FileField::changed);
    connect(browse, &QPushButton::clicked, this, [this, dialogTitle, filter] {
        const QString path =
            QFileDialog::getOpenFileName(this, dialogTitle, m_edit->text(), filter);
        if (!path.isEmpty())
            m_edit->setText(path);
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(browse);
}

QString FileField::path() const
{
    return m_edit->text();
}
void FileField::setPath(const QString &path)
{
    m_edit->setText(path);
}

} // namespace deck::ui
