#pragma once

#include "fleet/BoardSettings.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace deck::ui {

/// Chooses how the Fleet page finds devices on one connection: a preset (auto, stream,
/// devices, Sparkplug) or rules of the user's own as JSON (started from a preset, loaded from or
/// saved to a file), and the stale threshold. Rules that do not read are said in words and
/// cannot be applied.
class DeviceRulesDialog : public QDialog
{
    Q_OBJECT
public:
    DeviceRulesDialog(const fleet::BoardSettings &current, bool saved, QWidget *parent = nullptr);

    /// What was chosen (the retained threshold is passed through unchanged).
    fleet::BoardSettings settings() const;

    QComboBox *preset() const { return m_preset; }
    QPlainTextEdit *rulesText() const { return m_text; }
    QSpinBox *staleAfter() const { return m_stale; }
    QLabel *problem() const { return m_problem; }
    QPushButton *applyButton() const;

private:
    void presetChosen();
    void check();
    void loadFile();
    void saveFile();

    fleet::BoardSettings m_settings;
    QString m_shownPreset;
    QString m_customText;
    QComboBox *m_preset;
    QLabel *m_about;
    QPlainTextEdit *m_text;
    QSpinBox *m_stale;
    QLabel *m_problem;
    QPushButton *m_load;
    QPushButton *m_save;
    QDialogButtonBox *m_buttons;
};

} // namespace deck::ui
