#include "CommandComposer.h"

#include "WindowTerms.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace deck::ui {

using namespace commands;

namespace {
const char kOperatorKey[] = "commands/operator";
const char kPreviewId[] = "cmd-preview";

QSpinBox *seconds(QWidget *parent, int max, const QString &tip)
{
    auto *box = new QSpinBox(parent);
    box->setRange(1, max);
    box->setSuffix(QCoreApplication::translate("deck::ui::CommandComposer", " s"));
    box->setToolTip(tip);
    return box;
}
} // namespace

CommandComposer::CommandComposer(QWidget *parent)
    : QWidget(parent), m_kind(new QComboBox(this)), m_targets(new QPlainTextEdit(this)),
      m_pick(new QLineEdit(this)), m_template(new QComboBox(this)),
      m_convention(new QComboBox(this)), m_command(new QLineEdit(this)),
      m_payload(new QPlainTextEdit(this)), m_qos(new QSpinBox(this)),
      m_ttl(seconds(this, 7 * 86400,
                    tr("Time to live: a device ignores the command after it "
                       "(expires_at; the MQTT 5 message expiry)."))),
      m_ackTimeout(seconds(this, 86400, tr("TIMEOUT when no acknowledgement came within it."))),
      m_resultTimeout(
          seconds(this, 7 * 86400, tr("TIMEOUT when no result came within it after the ack."))),
      m_dangerous(new QCheckBox(tr("Dangerous (type the target's name to send)"), this)),
      m_requiresReason(new QCheckBox(tr("Needs a reason"), this)),
      m_reasonLabel(new QLabel(tr("Reason"), this)), m_reason(new QLineEdit(this)),
      m_operator(new QLineEdit(this)), m_retain(new QCheckBox(tr("Retain"), this)),
      m_retainReason(new QLineEdit(this)), m_preview(new QPlainTextEdit(this)),
      m_send(new QPushButton(tr("Send…"), this))
{
    m_kind->addItem(tr("Devices (topic prefixes)"));
    m_kind->addItem(tr("Command topics as they are"));
    m_kind->setToolTip(tr("A device is named by its topic prefix: {env}/{tenant}/{site}/{area}/"
                          "{asset}, devices/{id} or spBv1.0/{group}/{node}[/{device}]. A command "
                          "topic as it is needs the convention."));
    m_targets->setPlaceholderText(tr("One target per line, e.g.\nprod/acme/paris/line-01/gw-001\n"
                                     "devices/gw-002"));
    m_targets->setTabChangesFocus(true);
    m_targets->setMaximumHeight(fontMetrics().height() * 5);
    m_pick->setPlaceholderText(tr("Add from the fleet: device, group or path contains…"));
    m_pick->setClearButtonEnabled(true);
    auto *completer = new QCompleter(new QStringListModel(this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_pick->setCompleter(completer);
    auto *addMatching = new QPushButton(tr("Add"), this);
    addMatching->setToolTip(tr("Adds every device of the Fleet page whose id, path or group "
                               "contains the text."));
    auto add = [this] {
        const int n = addMatchingDevices(m_pick->text());
        emit statusMessage(n == 0 ? tr("No device of the fleet matches \"%1\".").arg(m_pick->text())
                                  : tr("%n device(s) added as targets.", nullptr, n));
        if (n > 0)
            m_pick->clear();
    };
    connect(addMatching, &QPushButton::clicked, this, add);
    connect(m_pick, &QLineEdit::returnPressed, this, add);
    connect(m_pick, &QLineEdit::textEdited, this, &CommandComposer::updateCompleter);

    m_convention->addItem(tr("auto (template or target)"), QString());
    for (Convention c :
         {Convention::Stream, Convention::Devices, Convention::Mqtt5, Convention::Sparkplug})
        m_convention->addItem(conventionKey(c), conventionKey(c));
    m_convention->setToolTip(tr("stream: {prefix}/command/{name}; devices: devices/{id}/commands/"
                                "{name}; mqtt5: request/response with a response topic and "
                                "correlation data; sparkplug: NCMD/DCMD."));
    m_command->setToolTip(tr("The command's name in its topic (reboot)."));
    m_payload->setPlaceholderText(tr("JSON with placeholders: {{command_id}}, {{expires_at}}, "
                                     "{{requested_by}}, {{reason}}, {{device_id}}…"));
    m_payload->setTabChangesFocus(true);
    m_payload->setMaximumHeight(fontMetrics().height() * 7);
    m_qos->setRange(0, 2);
    m_qos->setPrefix(tr("QoS "));
    m_reason->setPlaceholderText(tr("Why it is sent (goes to the journal and {{reason}})"));
    m_operator->setPlaceholderText(tr("Your name (requested_by)"));
    m_operator->setToolTip(tr("Remembered for next time. Your OS user and host name go to the "
                              "journal too."));
    {
        QSettings settings;
        m_operator->setText(
            settings.value(QLatin1String(kOperatorKey), CommandBuilder::osUser()).toString());
    }
    m_retain->setToolTip(tr("Commands are not retained: a device subscribing later would run a "
                            "retained command again. Only with a reason."));
    m_retainReason->setPlaceholderText(tr("Why this command must be retained"));
    m_retainReason->setEnabled(false);
    connect(m_retain, &QCheckBox::toggled, m_retainReason, &QLineEdit::setEnabled);
    m_preview->setReadOnly(true);
    m_preview->setMaximumHeight(fontMetrics().height() * 8);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_preview->setFont(mono);
    m_payload->setFont(mono);
    m_send->setDefault(true);
    m_send->setToolTip(tr("Asks first when the template is dangerous, when there is more than one "
                          "target, and on a production connection."));
    connect(m_send, &QPushButton::clicked, this, &CommandComposer::sendRequested);

    auto *templates = new QToolButton(this);
    templates->setText(tr("Templates"));
    templates->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(templates);
    menu->addAction(tr("Save as template…"), this, &CommandComposer::saveAsTemplate);
    menu->addAction(tr("Delete this template"), this, &CommandComposer::deleteTemplate);
    menu->addSeparator();
    menu->addAction(tr("Import JSON…"), this, &CommandComposer::importTemplates);
    menu->addAction(tr("Export JSON…"), this, &CommandComposer::exportTemplates);
    templates->setMenu(menu);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Target"), m_kind);
    form->addRow(QString(), m_targets);
    auto *pickRow = new QHBoxLayout;
    pickRow->addWidget(m_pick, 1);
    pickRow->addWidget(addMatching);
    form->addRow(QString(), pickRow);
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_template, 1);
    templateRow->addWidget(templates);
    form->addRow(tr("Template"), templateRow);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_command, 1);
    nameRow->addWidget(m_convention, 1);
    form->addRow(tr("Command"), nameRow);
    form->addRow(tr("Payload"), m_payload);
    auto *delivery = new QHBoxLayout;
    delivery->addWidget(m_qos);
    delivery->addWidget(new QLabel(tr("TTL"), this));
    delivery->addWidget(m_ttl);
    delivery->addStretch(1);
    form->addRow(tr("Delivery"), delivery);
    auto *times = new QHBoxLayout;
    times->addWidget(new QLabel(tr("ack within"), this));
    times->addWidget(m_ackTimeout);
    times->addWidget(new QLabel(tr("result within"), this));
    times->addWidget(m_resultTimeout);
    times->addStretch(1);
    form->addRow(tr("Timeouts"), times);
    form->addRow(tr("Safety"), m_dangerous);
    form->addRow(QString(), m_requiresReason);
    form->addRow(m_reasonLabel, m_reason);
    form->addRow(tr("Operator"), m_operator);
    auto *retainRow = new QHBoxLayout;
    retainRow->addWidget(m_retain);
    retainRow->addWidget(m_retainReason, 1);
    form->addRow(QString(), retainRow);
    form->addRow(tr("Preview"), m_preview);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    auto *sendRow = new QHBoxLayout;
    sendRow->addStretch(1);
    sendRow->addWidget(m_send);
    layout->addLayout(sendRow);
    layout->addStretch(1);

    connect(m_template, &QComboBox::currentIndexChanged, this,
            [this] { chooseTemplate(m_template->currentText()); });
    for (QPlainTextEdit *e : {m_targets, m_payload})
        connect(e, &QPlainTextEdit::textChanged, this, &CommandComposer::updatePreview);
    for (QLineEdit *e : {m_command, m_reason, m_operator, m_retainReason})
        connect(e, &QLineEdit::textChanged, this, &CommandComposer::updatePreview);
    for (QSpinBox *b : {m_qos, m_ttl, m_ackTimeout, m_resultTimeout})
        connect(b, &QSpinBox::valueChanged, this, &CommandComposer::updatePreview);
    for (QCheckBox *b : {m_retain, m_requiresReason, m_dangerous})
        connect(b, &QCheckBox::toggled, this, &CommandComposer::updatePreview);
    for (QComboBox *b : {m_kind, m_convention})
        connect(b, &QComboBox::currentIndexChanged, this, &CommandComposer::updatePreview);
    reloadTemplateBox(QStringLiteral("reboot"));
}

QString CommandComposer::targetOf(const fleet::Device &d)
{
    return d.sparkplug ? QStringLiteral("spBv1.0/") + d.id : d.prefix;
}

QString CommandComposer::setTemplatesPath(const QString &path)
{
    m_templatesPath = path;
    m_library = TemplateLibrary();
    const QString error = m_library.load(path);
    reloadTemplateBox(m_template->currentText());
    return error;
}

void CommandComposer::reloadTemplateBox(const QString &select)
{
    m_filling = true;
    m_template->clear();
    for (const CommandTemplate &t : m_library.templates())
        m_template->addItem(t.name);
    m_filling = false;
    const int at = m_template->findText(select);
    m_template->setCurrentIndex(at >= 0 ? at : 0);
    chooseTemplate(m_template->currentText());
}

bool CommandComposer::chooseTemplate(const QString &name)
{
    const CommandTemplate *t = m_library.find(name);
    if (!t || m_filling)
        return false;
    m_filling = true;
    if (m_template->currentText() != name)
        m_template->setCurrentIndex(m_template->findText(name));
    m_command->setText(t->command);
    m_convention->setCurrentIndex(
        t->convention ? m_convention->findData(conventionKey(*t->convention)) : 0);
    m_payload->setPlainText(t->payload);
    m_qos->setValue(t->qos);
    m_ttl->setValue(t->ttlSeconds);
    m_ackTimeout->setValue(t->ackTimeoutSeconds);
    m_resultTimeout->setValue(t->resultTimeoutSeconds);
    m_dangerous->setChecked(t->dangerous);
    m_requiresReason->setChecked(t->requiresReason);
    m_filling = false;
    updatePreview();
    return true;
}

void CommandComposer::setTargets(const QStringList &targets, bool topics)
{
    m_kind->setCurrentIndex(topics ? 1 : 0);
    m_targets->setPlainText(targets.join(QLatin1Char('\n')));
}

QStringList CommandComposer::targets() const
{
    QStringList out;
    for (const QString &line : m_targets->toPlainText().split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !out.contains(t))
            out << t;
    }
    return out;
}

void CommandComposer::updateCompleter()
{
    auto *model = qobject_cast<QStringListModel *>(m_pick->completer()->model());
    if (!m_fleet || !model)
        return;
    QStringList names;
    for (const fleet::DevicePtr &d : m_fleet->snapshot()->devices)
        names << targetOf(*d);
    names.sort();
    if (model->stringList() != names)
        model->setStringList(names);
}

int CommandComposer::addMatchingDevices(const QString &text)
{
    const QString wanted = text.trimmed();
    if (!m_fleet || wanted.isEmpty())
        return 0;
    QStringList list = targets();
    int added = 0;
    for (const fleet::DevicePtr &d : m_fleet->snapshot()->devices) {
        const QString target = targetOf(*d);
        const bool match = target.contains(wanted, Qt::CaseInsensitive) ||
                           d->id.contains(wanted, Qt::CaseInsensitive) ||
                           d->groups.join(QLatin1Char('/')).contains(wanted, Qt::CaseInsensitive);
        if (match && !list.contains(target)) {
            list << target;
            ++added;
        }
    }
    if (added > 0)
        setTargets(list, false);
    return added;
}

CommandTemplate CommandComposer::currentTemplate() const
{
    CommandTemplate t;
    t.name = m_template->currentText();
    if (const CommandTemplate *known = m_library.find(t.name))
        t = *known;
    const QString convention = m_convention->currentData().toString();
    t.convention = convention.isEmpty() ? std::nullopt : conventionFromKey(convention);
    t.command = m_command->text().trimmed();
    t.payload = m_payload->toPlainText();
    t.qos = m_qos->value();
    t.ttlSeconds = m_ttl->value();
    t.ackTimeoutSeconds = m_ackTimeout->value();
    t.resultTimeoutSeconds = m_resultTimeout->value();
    // A library template's safety marks stay, whatever the form says: only saving the template
    // changes them.
    const CommandTemplate *known = m_library.find(t.name);
    t.dangerous = m_dangerous->isChecked() || (known && known->dangerous);
    t.requiresReason = m_requiresReason->isChecked() || (known && known->requiresReason);
    return t;
}

QList<CommandRequest> CommandComposer::compose(QString *error) const
{
    QList<CommandRequest> out;
    const QStringList list = targets();
    if (list.isEmpty()) {
        *error = tr("Say where to send it: a device (its topic prefix) or a command topic.");
        return {};
    }
    const CommandTemplate t = currentTemplate();
    for (const QString &target : list) {
        CommandRequest r;
        r.tmpl = t;
        (m_kind->currentIndex() == 1 ? r.topic : r.target) = target;
        r.operatorName = m_operator->text().trimmed();
        r.reason = m_reason->text().trimmed();
        r.retain = m_retain->isChecked();
        r.retainReason = m_retain->isChecked() ? m_retainReason->text().trimmed() : QString();
        if (r.operatorName.isEmpty()) {
            *error = tr("Say who sends it: the operator's name goes to the journal.");
            return {};
        }
        QString why;
        if (!CommandBuilder::build(r, QLatin1String(kPreviewId),
                                   QDateTime::currentMSecsSinceEpoch(), &why)) {
            *error = tr("%1: %2").arg(target, inWindowTerms(why));
            return {};
        }
        out << r;
    }
    return out;
}

QString CommandComposer::targetName(const CommandRequest &request)
{
    QString error, name;
    std::optional<CommandTarget> target;
    if (!request.target.isEmpty())
        target = Conventions::parseTarget(request.target, &error);
    else if (request.tmpl.convention || request.convention)
        target = Conventions::targetFromCommandTopic(request.convention ? *request.convention
                                                                        : *request.tmpl.convention,
                                                     request.topic, &name, &error);
    if (target && !target->deviceId.isEmpty())
        return target->deviceId;
    return request.target.isEmpty() ? request.topic : request.target;
}

QString CommandComposer::topicOf(const CommandRequest &request)
{
    QString error;
    const auto built = CommandBuilder::build(request, QLatin1String(kPreviewId), 0, &error);
    return built ? built->record.topic : QString();
}

void CommandComposer::updatePreview()
{
    if (m_filling)
        return;
    m_reasonLabel->setText(m_requiresReason->isChecked() ? tr("Reason (required)") : tr("Reason"));
    const QStringList list = targets();
    if (list.isEmpty()) {
        m_preview->setPlainText(tr("Choose a target to see the exact topic and payload."));
        return;
    }
    QString error;
    const QList<CommandRequest> requests = compose(&error);
    if (requests.isEmpty()) {
        m_preview->setPlainText(tr("Cannot be sent yet: %1").arg(error));
        return;
    }
    QString why;
    const auto built = CommandBuilder::build(requests.first(), QLatin1String(kPreviewId),
                                             QDateTime::currentMSecsSinceEpoch(), &why);
    if (!built) {
        m_preview->setPlainText(why);
        return;
    }
    const CommandRecord &r = built->record;
    QString text = tr("Topic: %1\nQoS %2%3 — answers on %4\n")
                       .arg(r.topic)
                       .arg(r.qos)
                       .arg(r.retain ? tr(", retained") : QString(),
                            r.answerTopics().join(QStringLiteral(", ")));
    if (r.convention == Convention::Sparkplug)
        text += tr("Payload: Sparkplug B, %n byte(s), from:\n", nullptr, int(r.payload.size())) +
                currentTemplate().payload;
    else
        text += tr("Payload (the command id is made when it is sent):\n") +
                QString::fromUtf8(r.payload);
    if (requests.size() > 1)
        text += QLatin1Char('\n') +
                tr("…and the same to %n more target(s).", nullptr, int(requests.size() - 1));
    m_preview->setPlainText(text);
}

void CommandComposer::fillFrom(const CommandRequest &request)
{
    const bool known = m_library.find(request.tmpl.name);
    if (known)
        chooseTemplate(request.tmpl.name);
    m_filling = true;
    m_command->setText(request.tmpl.command);
    const std::optional<Convention> c =
        request.convention ? request.convention : request.tmpl.convention;
    m_convention->setCurrentIndex(c ? m_convention->findData(conventionKey(*c)) : 0);
    m_payload->setPlainText(request.tmpl.payload);
    m_qos->setValue(request.tmpl.qos);
    m_ttl->setValue(request.tmpl.ttlSeconds);
    m_ackTimeout->setValue(request.tmpl.ackTimeoutSeconds);
    m_resultTimeout->setValue(request.tmpl.resultTimeoutSeconds);
    m_dangerous->setChecked(request.tmpl.dangerous);
    m_requiresReason->setChecked(request.tmpl.requiresReason);
    m_reason->setText(request.reason);
    m_retain->setChecked(request.retain);
    m_retainReason->setText(request.retainReason);
    m_filling = false;
    if (request.target.isEmpty())
        setTargets({request.topic}, true);
    else
        setTargets({request.target}, false);
    updatePreview();
}

void CommandComposer::rememberOperator()
{
    QSettings().setValue(QLatin1String(kOperatorKey), m_operator->text().trimmed());
}

void CommandComposer::saveAsTemplate()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save as template"),
                              tr("Name of the template (a template of the same name is "
                                 "replaced):"),
                              QLineEdit::Normal, m_template->currentText(), &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    CommandTemplate t = currentTemplate();
    t.name = name;
    t.dangerous = m_dangerous->isChecked();
    t.requiresReason = m_requiresReason->isChecked();
    QString error;
    if (!TemplateLibrary::fromJson(t.toJson(), &error)) {
        emit statusMessage(tr("The template was not saved: %1").arg(error));
        return;
    }
    m_library.put(t);
    if (const QString e = m_library.save(m_templatesPath); !e.isEmpty()) {
        emit statusMessage(tr("The template was not saved: %1").arg(e));
        return;
    }
    reloadTemplateBox(name);
    emit statusMessage(tr("Template %1 saved in %2.").arg(name, m_templatesPath));
}

void CommandComposer::deleteTemplate()
{
    const QString name = m_template->currentText();
    if (!m_library.remove(name)) {
        emit statusMessage(tr("%1 is a built-in template: it cannot be deleted.").arg(name));
        return;
    }
    if (const QString e = m_library.save(m_templatesPath); !e.isEmpty())
        emit statusMessage(tr("The library was not saved: %1").arg(e));
    setTemplatesPath(m_templatesPath); // built-in ones it replaced come back
    emit statusMessage(tr("Template %1 deleted.").arg(name));
}

void CommandComposer::importTemplates()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import command templates"), {},
                                                      tr("JSON (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        emit statusMessage(tr("%1 could not be read: %2").arg(path, f.errorString()));
        return;
    }
    QString error;
    const auto list = TemplateLibrary::parse(f.readAll(), &error);
    if (!list) {
        emit statusMessage(tr("Nothing was imported: %1").arg(error));
        return;
    }
    for (const CommandTemplate &t : *list)
        m_library.put(t);
    if (const QString e = m_library.save(m_templatesPath); !e.isEmpty())
        emit statusMessage(tr("Imported, but not saved: %1").arg(e));
    reloadTemplateBox(m_template->currentText());
    emit statusMessage(tr("%n template(s) imported.", nullptr, int(list->size())));
}

void CommandComposer::exportTemplates()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export command templates"),
                                     QStringLiteral("command-templates.json"), tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(TemplateLibrary::serialize(m_library.templates())) < 0 || !f.commit()) {
        emit statusMessage(tr("%1 could not be written: %2").arg(path, f.errorString()));
        return;
    }
    emit statusMessage(
        tr("%n template(s) exported to %1.", nullptr, int(m_library.templates().size())).arg(path));
}

} // namespace deck::ui
