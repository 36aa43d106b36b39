#include "CommandDetail.h"

#include "models/CommandsModel.h"
#include "mqtt/ReasonCodes.h"

#include <QDateTime>

namespace deck::ui {

using namespace commands;

namespace {

QString localTime(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    return t.date() == QDate::currentDate() ? t.toString(QStringLiteral("HH:mm:ss.zzz"))
                                            : t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QString kindText(CommandEvent::Kind kind)
{
    switch (kind) {
    case CommandEvent::Kind::Transition:
        return {};
    case CommandEvent::Kind::BrokerAnswer:
        return CommandDetail::tr("the broker's answer, after the device's");
    case CommandEvent::Kind::Duplicate:
        return CommandDetail::tr("duplicate answer (recorded, ignored)");
    case CommandEvent::Kind::Late:
        return CommandDetail::tr("late answer (the command was finished)");
    case CommandEvent::Kind::Unknown:
        return CommandDetail::tr("answer for an unknown command");
    case CommandEvent::Kind::Unexpected:
        return CommandDetail::tr("unexpected answer (the state cannot take it)");
    }
    return {};
}

QString stateHtml(CommandState s)
{
    return QStringLiteral("<span style='color:%1'><b>%2</b></span>")
        .arg(CommandsModel::stateColour(s).name(), CommandStateText::text(s).toHtmlEscaped());
}

} // namespace

QString commandDetailHtml(const TrackedCommand &c)
{
    using Text = CommandDetail;
    const CommandRecord &r = c.record;
    QString html =
        QStringLiteral("<h3>%1 — %2</h3>").arg(stateHtml(c.state), r.commandId.toHtmlEscaped());
    auto row = [&](const QString &k, const QString &v) {
        if (!v.isEmpty())
            html += QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>")
                        .arg(k, v.toHtmlEscaped());
    };
    html += QStringLiteral("<table>");
    row(Text::tr("Template"), Text::tr("%1 (%2, %3)").arg(r.templateName, r.name, conventionKey(r.convention)));
    row(Text::tr("Target"), r.target);
    row(Text::tr("Topic"), Text::tr("%1, QoS %2%3")
                         .arg(r.topic)
                         .arg(r.qos)
                         .arg(r.retain ? Text::tr(", retained: %1").arg(r.retainReason) : QString()));
    row(Text::tr("Answers on"), r.answerTopics().join(QStringLiteral(", ")));
    row(Text::tr("Sent by"), Text::tr("%1 (%2 on %3)").arg(r.operatorName, r.osUser, r.host));
    row(Text::tr("Reason"), r.reason);
    row(Text::tr("Broker"), Text::tr("%1, client %2").arg(r.broker, r.clientId));
    row(Text::tr("Times"), Text::tr("created %1; TTL %2, ack within %3, result within %4")
                         .arg(localTime(r.createdMs), CommandsModel::durationText(r.ttlMs),
                              CommandsModel::durationText(r.ackTimeoutMs),
                              CommandsModel::durationText(r.resultTimeoutMs)));
    if (c.ackedMs && c.sentMs)
        row(Text::tr("To ack"), CommandsModel::durationText(c.ackedMs - c.sentMs));
    if (c.resultMs && c.sentMs && isFinal(c.state))
        row(Text::tr("To result"), CommandsModel::durationText(c.resultMs - c.sentMs));
    if (r.convention != Convention::Sparkplug)
        row(Text::tr("Payload sent"), QString::fromUtf8(r.payload));
    html += QStringLiteral("</table><h4>%1</h4><table cellspacing='0' cellpadding='3' "
                           "border='1' style='border-collapse:collapse'>")
                .arg(Text::tr("Timeline"));
    html += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                .arg(Text::tr("Time"), Text::tr("Step"), Text::tr("Broker code"), Text::tr("What was exchanged"));
    for (const CommandEvent &e : c.timeline) {
        QString step = e.kind == CommandEvent::Kind::Transition
                           ? (e.from == e.to ? stateHtml(e.to)
                                             : QStringLiteral("%1 → %2").arg(
                                                   CommandStateText::text(e.from).toHtmlEscaped(),
                                                   stateHtml(e.to)))
                           : QStringLiteral("<i>%1</i>").arg(kindText(e.kind).toHtmlEscaped());
        QString what;
        if (!e.topic.isEmpty())
            what += Text::tr("on %1").arg(e.topic).toHtmlEscaped() + QStringLiteral("<br>");
        if (!e.payload.isEmpty())
            what += QStringLiteral("<code>%1</code><br>")
                        .arg(QString::fromUtf8(e.payload.left(400)).toHtmlEscaped());
        if (!e.detail.isEmpty())
            what += e.detail.toHtmlEscaped();
        html +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                .arg(localTime(e.atMs), step,
                     e.reasonCode >= 0 ? mqtt::ReasonCodes::hex(quint8(e.reasonCode)) : QString(),
                     what);
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace deck::ui
