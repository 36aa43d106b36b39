#include "CommandCommand.h"

#include "ArgumentCursor.h"
#include "CliOutput.h"
#include "commands/CommandBuilder.h"
#include "commands/CommandTemplate.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace deck::cli {

using namespace commands;

int exitCodeFor(CommandState state)
{
    switch (state) {
    case CommandState::Done:
        return ExitOk;
    case CommandState::Rejected:
        return ExitRejected;
    case CommandState::Failed:
        return ExitFailed;
    case CommandState::Expired:
        return ExitExpired;
    case CommandState::Timeout:
        return ExitTimedOut;
    case CommandState::Cancelled:
        return ExitCancelled;
    default:
        return ExitOutcomeUnknown;
    }
}

CommandCommand::CommandCommand(QObject *parent) : QObject(parent) {}

CommandCommand::~CommandCommand()
{
    m_sender.reset(); // before the context it is registered on
}

QString CommandCommand::usage()
{
    return tr("Usage: mqttdeck-cli command send [connection flags]\n"
              "           (--topic TOPIC | --target DEVICE_TOPIC_PREFIX)\n"
              "           [--template NAME | --name NAME --payload JSON]\n"
              "           [--convention stream|devices|mqtt5|sparkplug] [--qos 0|1|2]\n"
              "           [--ttl S] [--ack-timeout S] [--result-timeout S]\n"
              "           [--operator NAME] [--reason TEXT] [--retain --retain-reason TEXT]\n"
              "           [--templates FILE] [--journal FILE] [--wait] [--json]\n"
              "       mqttdeck-cli command resume [connection flags] [--journal FILE] [--wait] "
              "[--json]\n"
              "       mqttdeck-cli command templates [--templates FILE] [--json]\n\n"
              "send: records the command in the journal, subscribes to its answer topics, then\n"
              "publishes it (QoS 1 unless the template says otherwise) and prints each step:\n"
              "CREATED, SENT (the broker's answer), ACKED, RUNNING, DONE, or REJECTED, FAILED,\n"
              "EXPIRED (time to live passed before an ack), TIMEOUT (no ack or no result in time).\n"
              "Without --wait it ends once the broker has the command.\n"
              "  --target PREFIX     {env}/{tenant}/{site}/{area}/{asset} (stream convention),\n"
              "                      devices/{id} (devices), spBv1.0/{group}/{node}[/{device}]\n"
              "                      (sparkplug); no wildcards\n"
              "  --topic TOPIC       the command topic as is (say --convention)\n"
              "  --template NAME     from the library: built-in reboot, ping, set-config,\n"
              "                      sparkplug-reboot, and those of --templates FILE (default\n"
              "                      command-templates.json in the data directory)\n"
              "  --name, --payload   a command made on the spot; the payload is JSON with\n"
              "                      placeholders such as {{command_id}}, {{expires_at}},\n"
              "                      {{requested_by}}, {{reason}}, {{device_id}}\n"
              "  --convention C      mqtt5 sends a response topic and the command id as\n"
              "                      correlation data (needs -V mqttv5, the default)\n"
              "  --ttl, --ack-timeout, --result-timeout  seconds (override the template)\n"
              "  --operator NAME     requested_by (default: the OS user)\n"
              "  --reason TEXT       why (required by reboot and set-config)\n"
              "  --retain            refused on command topics unless --retain-reason says why\n"
              "  --journal FILE      the journal (default journal.sqlite in the data directory)\n"
              "  --wait              follow the command to its final state\n"
              "  --json              each step as a JSON line: command_id, state, at (UTC), ...\n"
              "resume: follows again the journal's unfinished commands sent through this broker,\n"
              "and marks UNKNOWN those whose timeouts passed while no MQTT Deck followed them.\n\n"
              "Exit codes with --wait: 0 DONE, 10 REJECTED, 11 FAILED, 12 EXPIRED, 13 TIMEOUT,\n"
              "14 CANCELLED, 15 UNKNOWN; 1 bad arguments, 2 could not connect, 3 refused by the\n"
              "broker (the publish or the answers' subscription), 4 connection lost, 6 the\n"
              "journal could not be opened or written. Without --wait: 0 once SENT.\n\n") +
           mqtt::ConnectionArguments::help();
}

int CommandCommand::listTemplates(const QStringList &args)
{
    QString file = TemplateLibrary::defaultPath();
    bool json = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--templates") && i + 1 < args.size())
            file = args[++i];
        else if (args[i] == QLatin1String("--json"))
            json = true;
        else {
            CliOutput::error(tr("unknown option \"%1\". See mqttdeck-cli command --help.").arg(args[i]));
            return ExitUsage;
        }
    }
    TemplateLibrary library;
    if (const QString e = library.load(file); !e.isEmpty()) {
        CliOutput::error(e);
        return ExitUsage;
    }
    for (const CommandTemplate &t : library.templates()) {
        QByteArray line;
        if (json) {
            line = QJsonDocument(t.toJson()).toJson(QJsonDocument::Compact);
        } else {
            line = tr("%1  %2  %3  QoS %4, ttl %5 s, ack %6 s, result %7 s%8%9")
                       .arg(t.name, -18)
                       .arg(t.convention ? conventionKey(*t.convention) : tr("auto"), -9)
                       .arg(t.command)
                       .arg(t.qos)
                       .arg(t.ttlSeconds)
                       .arg(t.ackTimeoutSeconds)
                       .arg(t.resultTimeoutSeconds)
                       .arg(t.dangerous ? tr(", dangerous") : QString(),
                            t.requiresReason ? tr(", needs a reason") : QString())
                       .toUtf8();
        }
        line += '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    }
    return ExitOk;
}

int CommandCommand::start(const QStringList &all)
{
    QStringList args = all;
    if (args.isEmpty() || args.first() == QLatin1String("--help")) {
        std::fputs(qPrintable(usage()), args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    const QString action = args.takeFirst();
    if (action == QLatin1String("templates"))
        return listTemplates(args);
    if (action == QLatin1String("resume"))
        m_resume = true;
    else if (action != QLatin1String("send")) {
        CliOutput::error(tr("mqttdeck-cli command knows send, resume and templates, not \"%1\". "
                            "See --help.")
                             .arg(action));
        return ExitUsage;
    }
    QString templateName, name, payload, conventionText, templatesFile = TemplateLibrary::defaultPath();
    bool payloadGiven = false;
    int ttl = 0, ackTimeout = 0, resultTimeout = 0, qos = -1;
    ArgumentCursor cursor(args, m_args);
    while (cursor.next()) {
        const QString a = cursor.current();
        bool ok = true;
        if (a == QLatin1String("--wait"))
            m_wait = true;
        else if (a == QLatin1String("--json"))
            m_json = true;
        else if (a == QLatin1String("--retain"))
            m_request.retain = true;
        else if (a == QLatin1String("--help")) {
            std::fputs(qPrintable(usage()), stdout);
            return ExitOk;
        } else if (a == QLatin1String("--journal"))
            ok = cursor.value(&m_journalPath);
        else if (m_resume) {
            CliOutput::error(tr("command resume takes connection flags, --journal, --wait and "
                                "--json; not \"%1\".")
                                 .arg(a));
            return ExitUsage;
        } else if (a == QLatin1String("--topic"))
            ok = cursor.value(&m_request.topic);
        else if (a == QLatin1String("--target"))
            ok = cursor.value(&m_request.target);
        else if (a == QLatin1String("--template"))
            ok = cursor.value(&templateName);
        else if (a == QLatin1String("--templates"))
            ok = cursor.value(&templatesFile);
        else if (a == QLatin1String("--name"))
            ok = cursor.value(&name);
        else if (a == QLatin1String("--payload")) {
            ok = cursor.value(&payload);
            payloadGiven = true;
        } else if (a == QLatin1String("--convention"))
            ok = cursor.value(&conventionText);
        else if (a == QLatin1String("--ttl"))
            ok = cursor.number(1, 7 * 86400, &ttl);
        else if (a == QLatin1String("--ack-timeout"))
            ok = cursor.number(1, 86400, &ackTimeout);
        else if (a == QLatin1String("--result-timeout"))
            ok = cursor.number(1, 7 * 86400, &resultTimeout);
        else if (a == QLatin1String("--qos"))
            ok = cursor.number(0, 2, &qos);
        else if (a == QLatin1String("--operator"))
            ok = cursor.value(&m_request.operatorName);
        else if (a == QLatin1String("--reason"))
            ok = cursor.value(&m_request.reason);
        else if (a == QLatin1String("--retain-reason"))
            ok = cursor.value(&m_request.retainReason);
        else {
            CliOutput::error(tr("unknown option \"%1\". See mqttdeck-cli command --help.").arg(a));
            return ExitUsage;
        }
        if (!ok)
            return ExitUsage;
    }
    if (cursor.failed())
        return ExitUsage;
    if (!m_resume) {
        if (!conventionText.isEmpty()) {
            m_request.convention = conventionFromKey(conventionText);
            if (!m_request.convention) {
                CliOutput::error(tr("--convention: \"%1\" is not stream, devices, mqtt5 or "
                                    "sparkplug.")
                                     .arg(conventionText));
                return ExitUsage;
            }
        }
        TemplateLibrary library;
        if (const QString e = library.load(templatesFile); !e.isEmpty()) {
            CliOutput::error(e);
            return ExitUsage;
        }
        if (!templateName.isEmpty()) {
            const CommandTemplate *t = library.find(templateName);
            if (!t) {
                QStringList names;
                for (const CommandTemplate &k : library.templates())
                    names << k.name;
                CliOutput::error(tr("unknown template \"%1\" (the library has: %2).")
                                     .arg(templateName, names.join(QStringLiteral(", "))));
                return ExitUsage;
            }
            m_request.tmpl = *t;
            if (!name.isEmpty())
                m_request.tmpl.command = name;
            if (payloadGiven)
                m_request.tmpl.payload = payload;
        } else {
            if ((name.isEmpty() && m_request.topic.isEmpty()) || !payloadGiven) {
                CliOutput::error(tr("say what to send: --template NAME, or --name NAME and "
                                    "--payload JSON."));
                return ExitUsage;
            }
            m_request.tmpl.name = QStringLiteral("custom");
            m_request.tmpl.command = name;
            m_request.tmpl.payload = payload;
        }
        if (ttl > 0)
            m_request.tmpl.ttlSeconds = ttl;
        if (ackTimeout > 0)
            m_request.tmpl.ackTimeoutSeconds = ackTimeout;
        if (resultTimeout > 0)
            m_request.tmpl.resultTimeoutSeconds = resultTimeout;
        if (qos >= 0)
            m_request.tmpl.qos = qos;
        if (m_request.operatorName.isEmpty())
            m_request.operatorName = CommandBuilder::osUser();
        // Refuse bad input before connecting: a dry build with a throw-away id.
        QString error;
        CommandRequest dry = m_request;
        if (!CommandBuilder::build(dry, QStringLiteral("cmd-check"), 0, &error)) {
            CliOutput::error(error);
            return ExitUsage;
        }
    }
    if (const QString e = mqtt::ConnectionArguments::finish(m_args); !e.isEmpty()) {
        CliOutput::error(e);
        return ExitUsage;
    }
    ConnectionSettings settings;
    settings.options = m_args.options;
    settings.retainAsPublished = false;
    settings.engine.keepTree = false;
    settings.engine.notifyIntervalMs = 100;
    settings.feedCapacity = 0;
    settings.retainedBoard = false;
    settings.fleet = false;
    m_context = std::make_unique<ConnectionContext>(QStringLiteral("cli"), settings);
    m_sender = std::make_unique<CommandSender>(*m_context, m_journalPath);
    if (const QString e = m_sender->openJournal(); !e.isEmpty()) {
        CliOutput::error(e);
        return ExitJournal;
    }
    connect(m_sender.get(), &CommandSender::event, this, &CommandCommand::onEvent);
    connect(m_sender.get(), &CommandSender::problem, this,
            [this](const QString &text, bool journal) {
        CliOutput::error(text);
        if (journal)
            finish(ExitJournal);
    });
    mqtt::Session *session = &m_context->session();
    connect(session, &mqtt::Session::connected, this, &CommandCommand::connected);
    connect(session, &mqtt::Session::connectFailed, this, [this](const mqtt::ConnectResult &r) {
        CliOutput::connectFailure(r);
        finish(ExitConnectFailed);
    });
    connect(session, &mqtt::Session::connectionLost, this, [this](const mqtt::DisconnectInfo &i) {
        CliOutput::lost(i);
        finish(ExitConnectionLost);
    });
    connect(session, &mqtt::Session::closed, this, [this] { QCoreApplication::exit(m_exitCode); });
    if (const QStringList errors = m_context->open(); !errors.isEmpty()) {
        for (const QString &e : errors)
            CliOutput::error(e);
        return ExitUsage;
    }
    return -1;
}

void CommandCommand::connected()
{
    if (m_started)
        return;
    m_started = true;
    QString error;
    const CommandSender::Resumed resumed = m_sender->resumeUnfinished(&error);
    if (!error.isEmpty()) {
        CliOutput::error(error);
        finish(ExitJournal);
        return;
    }
    if (!resumed.following.isEmpty() || !resumed.unknown.isEmpty())
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("journal: %1 unfinished command(s) followed again, %2 marked "
                                   "UNKNOWN (their timeouts passed), %3 sent through another "
                                   "broker left alone.")
                                    .arg(resumed.following.size())
                                    .arg(resumed.unknown.size())
                                    .arg(resumed.elsewhere.size())));
    if (m_resume) {
        m_following = resumed.following;
        announceFollowing();
        return;
    }
    sendRequested();
}

void CommandCommand::announceFollowing()
{
    // "followed again" is said once the answers can arrive (their topics subscribed), so that a
    // reader may answer as soon as it reads it; after 10 s it is said anyway.
    if (!m_sender->answersCovered() && ++m_coverChecks < 200) {
        QTimer::singleShot(50, this, &CommandCommand::announceFollowing);
        return;
    }
    {
        for (const QString &id : std::as_const(m_following))
            if (const TrackedCommandPtr c = m_sender->tracker()->find(id)) {
                CommandEvent e; // where it was left, so that a reader knows it is followed
                e.commandId = id;
                e.atMs = m_context->clock().nowMs();
                e.kind = CommandEvent::Kind::Transition;
                e.from = e.to = c->state;
                e.detail = tr("followed again");
                print(e);
            }
        checkDone();
    }
}

void CommandCommand::sendRequested()
{
    QString error;
    bool notRecorded = false;
    const QString id = m_sender->send(m_request, &error, &notRecorded);
    if (id.isEmpty()) {
        CliOutput::error(error);
        finish(notRecorded ? int(ExitJournal) : int(ExitUsage));
        return;
    }
    m_following << id;
    // Events of this command that came before the id was known (CREATED) are printed now.
    if (const TrackedCommandPtr c = m_sender->tracker()->find(id))
        for (const CommandEvent &e : c->timeline)
            print(e);
    checkDone();
}

void CommandCommand::onEvent(const CommandEvent &event)
{
    if (!m_following.contains(event.commandId))
        return;
    print(event);
    checkDone();
}

void CommandCommand::print(const CommandEvent &e)
{
    QByteArray line;
    const QString at = CommandBuilder::isoTime(e.atMs);
    const QString state = stateKey(e.to);
    if (m_json) {
        QJsonObject o{{QStringLiteral("command_id"), e.commandId},
                      {QStringLiteral("state"), state},
                      {QStringLiteral("at"), at},
                      {QStringLiteral("event"), eventKindKey(e.kind)}};
        if (e.kind == CommandEvent::Kind::Transition)
            o.insert(QStringLiteral("from"), stateKey(e.from));
        if (e.reasonCode >= 0)
            o.insert(QStringLiteral("reason_code"), e.reasonCode);
        if (!e.topic.isEmpty())
            o.insert(QStringLiteral("topic"), e.topic);
        if (!e.payload.isEmpty()) {
            // Text as text; binary (a Sparkplug NDATA) as base64, said so: JSON strings are text.
            const auto [text, isText] = payloadText(e.payload);
            o.insert(isText ? QStringLiteral("payload") : QStringLiteral("payload_base64"), text);
        }
        if (!e.detail.isEmpty())
            o.insert(QStringLiteral("detail"), e.detail);
        line = QJsonDocument(o).toJson(QJsonDocument::Compact);
    } else {
        QString text = QStringLiteral("%1  %2  %3").arg(at, e.commandId).arg(state, -9);
        if (e.kind != CommandEvent::Kind::Transition)
            text += QStringLiteral("  [%1]").arg(eventKindKey(e.kind));
        if (!e.detail.isEmpty())
            text += QStringLiteral("  ") + e.detail;
        if (!e.payload.isEmpty())
            text += QStringLiteral("  ") + QString::fromUtf8(e.payload.left(200));
        line = text.toUtf8();
    }
    line += '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

void CommandCommand::checkDone()
{
    if (m_finishing)
        return;
    CommandState worst = CommandState::Done;
    bool allFinal = true, allSent = true;
    for (const QString &id : std::as_const(m_following)) {
        const TrackedCommandPtr c = m_sender->tracker()->find(id);
        if (!c)
            continue;
        if (!isFinal(c->state))
            allFinal = false;
        if (c->state == CommandState::Created)
            allSent = false;
        if (isFinal(c->state) && c->state != CommandState::Done)
            worst = c->state;
        if (c->state == CommandState::Failed && c->sentMs == 0 && !m_resume) {
            finish(ExitRefused); // the broker (or the client) refused the PUBLISH
            return;
        }
    }
    if (m_wait ? allFinal : (allSent || allFinal))
        finish(m_wait || allFinal ? exitCodeFor(worst) : ExitOk);
}

void CommandCommand::finish(int code)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_exitCode = code;
    if (m_context && m_context->session().state() == mqtt::Session::State::Connected) {
        m_context->close(); // closed() exits with the code
        return;
    }
    QCoreApplication::exit(code);
}

} // namespace deck::cli
