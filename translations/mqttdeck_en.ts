<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>%1, QoS %2%3</source>
        <translation>%1, QoS %2%3</translation>
    </message>
    <message>
        <source>, retained: %1</source>
        <translation>, retained: %1</translation>
    </message>
    <message>
        <source>Answers on</source>
        <translation>Answers on</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <source>%1 (%2 on %3)</source>
        <translation>%1 (%2 on %3)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>%1, client %2</source>
        <translation>%1, client %2</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>created %1; TTL %2, ack within %3, result within %4</source>
        <translation>created %1; TTL %2, ack within %3, result within %4</translation>
    </message>
    <message>
        <source>To ack</source>
        <translation>To ack</translation>
    </message>
    <message>
        <source>To result</source>
        <translation>To result</translation>
    </message>
    <message>
        <source>Payload sent</source>
        <translation>Payload sent</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Broker code</source>
        <translation>Broker code</translation>
    </message>
    <message>
        <source>What was exchanged</source>
        <translation>What was exchanged</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
</context>
<context>
    <name>ArgumentCursor</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 needs a value.</translation>
    </message>
    <message>
        <source>%1 expects a number between %2 and %3, not &quot;%4&quot;.</source>
        <translation>%1 expects a number between %2 and %3, not &quot;%4&quot;.</translation>
    </message>
</context>
<context>
    <name>BenchCommand</name>
    <message>
        <source>mosquitto_sub did not subscribe (is mosquitto-clients installed?)</source>
        <translation>mosquitto_sub did not subscribe (is mosquitto-clients installed?)</translation>
    </message>
    <message>
        <source>the %1 subscriber did not start: %2</source>
        <translation>the %1 subscriber did not start: %2</translation>
    </message>
    <message>
        <source>%1 expects a number between %2 and %3.</source>
        <translation>%1 expects a number between %2 and %3.</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;. See mqttdeck-cli bench --help.</source>
        <translation>unknown option &quot;%1&quot;. See mqttdeck-cli bench --help.</translation>
    </message>
    <message>
        <source>run %1, %2: %3</source>
        <translation>run %1, %2: %3</translation>
    </message>
    <message>
        <source>  engine rate       %1 msg/s
  mosquitto_sub     %2 msg/s   (reference)
  bare Paho C++     %3 msg/s
  ratio             %4 of mosquitto_sub (Paho alone: %5; engine/Paho: %6)
  peak RSS          %7 KiB
  RSS per topic     %8 bytes
</source>
        <translation>  engine rate       %1 msg/s
  mosquitto_sub     %2 msg/s   (reference)
  bare Paho C++     %3 msg/s
  ratio             %4 of mosquitto_sub (Paho alone: %5; engine/Paho: %6)
  peak RSS          %7 KiB
  RSS per topic     %8 bytes
</translation>
    </message>
    <message>
        <source>--consumers: unknown consumer &quot;%1&quot;; choose among %2.</source>
        <translation>--consumers: unknown consumer &quot;%1&quot;; choose among %2.</translation>
    </message>
    <message>
        <source>--consumers needs at least one of %1.</source>
        <translation>--consumers needs at least one of %1.</translation>
    </message>
    <message>
        <source>mqttdeck-cli sub did not subscribe: %1</source>
        <translation>mqttdeck-cli sub did not subscribe: %1</translation>
    </message>
    <message>
        <source>%1 did not receive every message</source>
        <translation>%1 did not receive every message</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2)</source>
        <translation>%1 failed (exit code %2)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>  CPU per message   (user + system of the consumer&apos;s process, median)
    mosquitto_sub   %1
    bare Paho C++   %2
    engine          %3   (engine/Paho: %4; target &lt;= 1.10)
    engine, no stage %5  (stage interface: %6 per message; rate with stages / without: %7)
    mqttdeck-cli sub %8  (rate %9 msg/s; sub/Paho: %10; target &gt;= 0.95)
</source>
        <translation>  CPU per message   (user + system of the consumer&apos;s process, median)
    mosquitto_sub   %1
    bare Paho C++   %2
    engine          %3   (engine/Paho: %4; target &lt;= 1.10)
    engine, no stage %5  (stage interface: %6 per message; rate with stages / without: %7)
    mqttdeck-cli sub %8  (rate %9 msg/s; sub/Paho: %10; target &gt;= 0.95)
</translation>
    </message>
    <message>
        <source>Usage: mqttdeck-cli bench [--messages N] [--topics T] [--qos 0|1] [--payload BYTES]
                          [--runs R] [--history N] [--consumers LIST] [--mqtt5] [--json]
Starts a local mosquitto (unlimited queues), publishes N messages over T topics
from a raw-socket load generator, and measures on the same load, one after the
other: mosquitto_sub (reference), a bare Paho C++ callback, MQTT Deck&apos;s engine
(session + engine + topic tree + live feed + an idle stage), the same engine without
stages (the stage interface&apos;s cost is the difference) and mqttdeck-cli sub -t &apos;#&apos;
printing to /dev/null. Prints medians of R runs: rates, and the CPU time (user +
system) each consumer&apos;s process spent per message. All speak MQTT 3.1.1
(mosquitto_sub&apos;s default), or MQTT 5 with --mqtt5.
Defaults: 1000000 messages, 100000 topics, QoS 0, 60-byte payloads, 3 runs,
history of 20 messages per topic.
</source>
        <translation>Usage: mqttdeck-cli bench [--messages N] [--topics T] [--qos 0|1] [--payload BYTES]
                          [--runs R] [--history N] [--consumers LIST] [--mqtt5] [--json]
Starts a local mosquitto (unlimited queues), publishes N messages over T topics
from a raw-socket load generator, and measures on the same load, one after the
other: mosquitto_sub (reference), a bare Paho C++ callback, MQTT Deck&apos;s engine
(session + engine + topic tree + live feed + an idle stage), the same engine without
stages (the stage interface&apos;s cost is the difference) and mqttdeck-cli sub -t &apos;#&apos;
printing to /dev/null. Prints medians of R runs: rates, and the CPU time (user +
system) each consumer&apos;s process spent per message. All speak MQTT 3.1.1
(mosquitto_sub&apos;s default), or MQTT 5 with --mqtt5.
Defaults: 1000000 messages, 100000 topics, QoS 0, 60-byte payloads, 3 runs,
history of 20 messages per topic.
</translation>
    </message>
    <message>
        <source>MQTT Deck ingest benchmark (median of %1 runs)
  load              %2 messages, %3 topics, QoS %4, %5-byte payloads, MQTT %10
  sent              %2
  received          %6
  applied           %7
  lost              %8 (dropped at the hand-off queue: %9)
</source>
        <translation>MQTT Deck ingest benchmark (median of %1 runs)
  load              %2 messages, %3 topics, QoS %4, %5-byte payloads, MQTT %10
  sent              %2
  received          %6
  applied           %7
  lost              %8 (dropped at the hand-off queue: %9)
</translation>
    </message>
    <message>
        <source>    engine + fleet  %1  (fleet stage, 10,000 devices: %2 per message; rate %3 msg/s, fleet/Paho: %4)
</source>
        <translation>    engine + fleet  %1  (fleet stage, 10,000 devices: %2 per message; rate %3 msg/s, fleet/Paho: %4)
</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>Usage: mqttdeck-cli COMMAND [options]

Commands:
  sub     subscribe and print messages (flags as mosquitto_sub)
  pub     publish messages (flags as mosquitto_pub)
  fleet   the devices a broker&apos;s traffic shows: online, offline, stale
  retained the retained values a broker keeps, and their anti-patterns
  sparkplug rebirth: ask a Sparkplug B edge node to be born again
  command send a command to a device and follow it through its ack and result
  journal the command journal: list, show, export, verify
  acl-probe what an identity may subscribe, read and publish, with evidence
  check   the security acceptance checklist of a broker for one identity
  doctor  dns, tcp, tls, connect, subscribe, round trip: where a connection breaks
  cert    the broker&apos;s certificate chain and the client&apos;s, with warnings
  sim     simulate a fleet of devices publishing to a broker
  bench   measure the ingest path against a local mosquitto
  trace   the packets of a connection both ways, as they cross (TCP, TLS); --decode:
          decode raw MQTT packets from standard input, one JSON line each

mqttdeck-cli COMMAND --help shows the options of a command.
Exit codes: 0 done, 1 bad arguments, 2 could not connect, 3 refused by the broker,
4 connection lost, 5 timed out (-W); command, journal, trace, acl-probe, check, doctor
and cert add theirs (see their --help).
</source>
        <translation>Usage: mqttdeck-cli COMMAND [options]

Commands:
  sub     subscribe and print messages (flags as mosquitto_sub)
  pub     publish messages (flags as mosquitto_pub)
  fleet   the devices a broker&apos;s traffic shows: online, offline, stale
  retained the retained values a broker keeps, and their anti-patterns
  sparkplug rebirth: ask a Sparkplug B edge node to be born again
  command send a command to a device and follow it through its ack and result
  journal the command journal: list, show, export, verify
  acl-probe what an identity may subscribe, read and publish, with evidence
  check   the security acceptance checklist of a broker for one identity
  doctor  dns, tcp, tls, connect, subscribe, round trip: where a connection breaks
  cert    the broker&apos;s certificate chain and the client&apos;s, with warnings
  sim     simulate a fleet of devices publishing to a broker
  bench   measure the ingest path against a local mosquitto
  trace   the packets of a connection both ways, as they cross (TCP, TLS); --decode:
          decode raw MQTT packets from standard input, one JSON line each

mqttdeck-cli COMMAND --help shows the options of a command.
Exit codes: 0 done, 1 bad arguments, 2 could not connect, 3 refused by the broker,
4 connection lost, 5 timed out (-W); command, journal, trace, acl-probe, check, doctor
and cert add theirs (see their --help).
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;. Commands: sub, pub, fleet, retained, sparkplug, command, journal, trace, acl-probe, check, doctor, cert, sim, bench.</source>
        <translation>unknown command &quot;%1&quot;. Commands: sub, pub, fleet, retained, sparkplug, command, journal, trace, acl-probe, check, doctor, cert, sim, bench.</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>connection refused by the broker: %1 (%2). %3</source>
        <translation>connection refused by the broker: %1 (%2). %3</translation>
    </message>
    <message>
        <source>could not connect: %1</source>
        <translation>could not connect: %1</translation>
    </message>
    <message>
        <source>  detail: %1</source>
        <translation>  detail: %1</translation>
    </message>
    <message>
        <source>the broker closed the connection: %1 (%2). %3%4</source>
        <translation>the broker closed the connection: %1 (%2). %3%4</translation>
    </message>
    <message>
        <source>Broker says: %1</source>
        <translation>Broker says: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: asked for QoS %2, the broker granted QoS %3.</source>
        <translation>&quot;%1&quot;: asked for QoS %2, the broker granted QoS %3.</translation>
    </message>
    <message>
        <source>subscription to &quot;%1&quot; refused: %2 (%3). %4</source>
        <translation>subscription to &quot;%1&quot; refused: %2 (%3). %4</translation>
    </message>
    <message>
        <source>subscription to &quot;%1&quot; not answered: %2</source>
        <translation>subscription to &quot;%1&quot; not answered: %2</translation>
    </message>
</context>
<context>
    <name>CommandBuilder</name>
    <message>
        <source>say where the command goes: a device (--target) or a topic (--topic), one of the two.</source>
        <translation>say where the command goes: a device (--target) or a topic (--topic), one of the two.</translation>
    </message>
    <message>
        <source>the topic &quot;%1&quot; contains a wildcard (+ or #): a command goes to one topic, named in full.</source>
        <translation>the topic &quot;%1&quot; contains a wildcard (+ or #): a command goes to one topic, named in full.</translation>
    </message>
    <message>
        <source>with --topic, say the convention (--convention stream|devices|mqtt5|sparkplug) or use a template that has one.</source>
        <translation>with --topic, say the convention (--convention stream|devices|mqtt5|sparkplug) or use a template that has one.</translation>
    </message>
    <message>
        <source>the template &quot;%1&quot; requires a reason (--reason): say why it is sent.</source>
        <translation>the template &quot;%1&quot; requires a reason (--reason): say why it is sent.</translation>
    </message>
    <message>
        <source>a command is not retained: a retained command would run again on every device that subscribes later. To retain it anyway, give the reason (--retain-reason).</source>
        <translation>a command is not retained: a retained command would run again on every device that subscribes later. To retain it anyway, give the reason (--retain-reason).</translation>
    </message>
    <message>
        <source>QoS must be 0, 1 or 2.</source>
        <translation>QoS must be 0, 1 or 2.</translation>
    </message>
    <message>
        <source>the payload of &quot;%1&quot; uses an unknown placeholder {{%2}}.</source>
        <translation>the payload of &quot;%1&quot; uses an unknown placeholder {{%2}}.</translation>
    </message>
    <message>
        <source>the payload is not JSON (%1 at offset %2), and the %3 convention needs JSON: the device finds the command_id in it.</source>
        <translation>the payload is not JSON (%1 at offset %2), and the %3 convention needs JSON: the device finds the command_id in it.</translation>
    </message>
    <message>
        <source>the payload does not carry the command id ({{command_id}}): the device&apos;s answers could not be matched to the command.</source>
        <translation>the payload does not carry the command id ({{command_id}}): the device&apos;s answers could not be matched to the command.</translation>
    </message>
</context>
<context>
    <name>CommandDetail</name>
    <message>
        <source>the broker&apos;s answer, after the device&apos;s</source>
        <translation>the broker&apos;s answer, after the device&apos;s</translation>
    </message>
    <message>
        <source>duplicate answer (recorded, ignored)</source>
        <translation>duplicate answer (recorded, ignored)</translation>
    </message>
    <message>
        <source>late answer (the command was finished)</source>
        <translation>late answer (the command was finished)</translation>
    </message>
    <message>
        <source>answer for an unknown command</source>
        <translation>answer for an unknown command</translation>
    </message>
    <message>
        <source>unexpected answer (the state cannot take it)</source>
        <translation>unexpected answer (the state cannot take it)</translation>
    </message>
</context>
<context>
    <name>CommandJournal</name>
    <message>
        <source>the command %1</source>
        <translation>the command %1</translation>
    </message>
    <message>
        <source>the event %1 of %2 (%3)</source>
        <translation>the event %1 of %2 (%3)</translation>
    </message>
    <message>
        <source>no command</source>
        <translation>no command</translation>
    </message>
    <message>
        <source>%1 is not an MQTT Deck journal: it is not an SQLite database.</source>
        <translation>%1 is not an MQTT Deck journal: it is not an SQLite database.</translation>
    </message>
    <message>
        <source>%1 is not an MQTT Deck journal: it is an SQLite database with other tables (%2). Choose the journal file (journal.sqlite).</source>
        <translation>%1 is not an MQTT Deck journal: it is an SQLite database with other tables (%2). Choose the journal file (journal.sqlite).</translation>
    </message>
    <message>
        <source>the journal</source>
        <translation>the journal</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>The journal is not open.</translation>
    </message>
    <message>
        <source>prepare the journal</source>
        <translation>prepare the journal</translation>
    </message>
    <message>
        <source>record the command %1</source>
        <translation>record the command %1</translation>
    </message>
    <message>
        <source>record what became of commands</source>
        <translation>record what became of commands</translation>
    </message>
    <message>
        <source>read the command journal</source>
        <translation>read the command journal</translation>
    </message>
    <message>
        <source>entry #%1 (%2) was inserted: it is not part of the chain that entry #%3 continues.</source>
        <translation>entry #%1 (%2) was inserted: it is not part of the chain that entry #%3 continues.</translation>
    </message>
    <message>
        <source>entry #%1 was removed: the entry after #%2 is #%3 (%4).</source>
        <translation>entry #%1 was removed: the entry after #%2 is #%3 (%4).</translation>
    </message>
    <message>
        <source>entry #%1 (%2) was changed: its hash does not match its contents and the entry before it.</source>
        <translation>entry #%1 (%2) was changed: its hash does not match its contents and the entry before it.</translation>
    </message>
    <message>
        <source>entry #%1 was removed: the journal recorded %2 entries, %3 remain.</source>
        <translation>entry #%1 was removed: the journal recorded %2 entries, %3 remain.</translation>
    </message>
    <message>
        <source>entry #%1 was inserted after the last entry the journal recorded (#%2).</source>
        <translation>entry #%1 was inserted after the last entry the journal recorded (#%2).</translation>
    </message>
</context>
<context>
    <name>CommandState</name>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>timed out</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>outcome unknown</translation>
    </message>
</context>
<context>
    <name>CommandTracker</name>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>the broker acknowledged the publish</source>
        <translation>the broker acknowledged the publish</translation>
    </message>
    <message>
        <source>written to the connection (QoS 0: the broker does not answer)</source>
        <translation>written to the connection (QoS 0: the broker does not answer)</translation>
    </message>
    <message>
        <source>not delivered to the broker: %1</source>
        <translation>not delivered to the broker: %1</translation>
    </message>
    <message>
        <source>cancelled by the operator</source>
        <translation>cancelled by the operator</translation>
    </message>
    <message>
        <source>the same answer again</source>
        <translation>the same answer again</translation>
    </message>
    <message>
        <source>an answer after the command ended as %1</source>
        <translation>an answer after the command ended as %1</translation>
    </message>
    <message>
        <source>sent (a device answered before the broker&apos;s acknowledgement was handled)</source>
        <translation>sent (a device answered before the broker&apos;s acknowledgement was handled)</translation>
    </message>
    <message>
        <source>a rejection after the command was accepted</source>
        <translation>a rejection after the command was accepted</translation>
    </message>
    <message>
        <source>the device accepted the command</source>
        <translation>the device accepted the command</translation>
    </message>
    <message>
        <source>the device rejected the command</source>
        <translation>the device rejected the command</translation>
    </message>
    <message>
        <source>the device runs the command</source>
        <translation>the device runs the command</translation>
    </message>
    <message>
        <source>the device says the command is done</source>
        <translation>the device says the command is done</translation>
    </message>
    <message>
        <source>the device says the command failed</source>
        <translation>the device says the command failed</translation>
    </message>
    <message>
        <source>the next data message after the command</source>
        <translation>the next data message after the command</translation>
    </message>
    <message>
        <source>an answer without a command_id</source>
        <translation>an answer without a command_id</translation>
    </message>
    <message>
        <source>an answer for a command this connection did not send</source>
        <translation>an answer for a command this connection did not send</translation>
    </message>
    <message>
        <source>an answer whose status &quot;%1&quot; does not fit this topic</source>
        <translation>an answer whose status &quot;%1&quot; does not fit this topic</translation>
    </message>
    <message>
        <source>no data message from the node within %1 s</source>
        <translation>no data message from the node within %1 s</translation>
    </message>
    <message>
        <source>its time to live (%1 s) passed before an ack</source>
        <translation>its time to live (%1 s) passed before an ack</translation>
    </message>
    <message>
        <source>no ack within %1 s</source>
        <translation>no ack within %1 s</translation>
    </message>
    <message>
        <source>no result within %1 s of the ack</source>
        <translation>no result within %1 s of the ack</translation>
    </message>
</context>
<context>
    <name>ConnectionArguments</name>
    <message numerus="yes">
        <source>%1 needs %n value(s).</source>
        <translation>
            <numerusform>%1 needs %n value.</numerusform>
            <numerusform>%1 needs %n values.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 expects a number between %2 and %3, not &quot;%4&quot;.</source>
        <translation>%1 expects a number between %2 and %3, not &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>-D needs a command, a property name and a value, for example: -D connect session-expiry-interval 3600</source>
        <translation>-D needs a command, a property name and a value, for example: -D connect session-expiry-interval 3600</translation>
    </message>
    <message>
        <source>-D %1 user-property needs a name and a value.</source>
        <translation>-D %1 user-property needs a name and a value.</translation>
    </message>
    <message>
        <source>-D: unknown command &quot;%1&quot;; use connect, publish, subscribe or will.</source>
        <translation>-D: unknown command &quot;%1&quot;; use connect, publish, subscribe or will.</translation>
    </message>
    <message>
        <source>-D %1: the property &quot;%2&quot; is not supported there.</source>
        <translation>-D %1: the property &quot;%2&quot; is not supported there.</translation>
    </message>
    <message>
        <source>-V expects mqttv5 or mqttv311, not &quot;%1&quot; (MQTT 3.1 is not supported).</source>
        <translation>-V expects mqttv5 or mqttv311, not &quot;%1&quot; (MQTT 3.1 is not supported).</translation>
    </message>
    <message>
        <source>--transport expects tcp, tls, ws or wss, not &quot;%1&quot;.</source>
        <translation>--transport expects tcp, tls, ws or wss, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1: cannot read &quot;%2&quot;: %3.</source>
        <translation>%1: cannot read &quot;%2&quot;: %3.</translation>
    </message>
    <message>
        <source>Password for %1@%2: </source>
        <translation>Password for %1@%2: </translation>
    </message>
    <message>
        <source>(no user name)</source>
        <translation>(no user name)</translation>
    </message>
    <message>
        <source>--pw-prompt: there is no terminal to ask on. Use --pw-file FILE or the MQTTDECK_PASSWORD environment variable instead.</source>
        <translation>--pw-prompt: there is no terminal to ask on. Use --pw-file FILE or the MQTTDECK_PASSWORD environment variable instead.</translation>
    </message>
    <message>
        <source>Passphrase of the private key %1: </source>
        <translation>Passphrase of the private key %1: </translation>
    </message>
    <message>
        <source>--key-passphrase-prompt: there is no terminal to ask on. Use --key-passphrase-file FILE or the MQTTDECK_KEY_PASSPHRASE environment variable instead.</source>
        <translation>--key-passphrase-prompt: there is no terminal to ask on. Use --key-passphrase-file FILE or the MQTTDECK_KEY_PASSPHRASE environment variable instead.</translation>
    </message>
    <message>
        <source>-L expects a URL such as mqtt://user@host:1883/topic (schemes mqtt, mqtts, ws, wss), not &quot;%1&quot;.</source>
        <translation>-L expects a URL such as mqtt://user@host:1883/topic (schemes mqtt, mqtts, ws, wss), not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>-L &quot;%1&quot; names no topic: add it after the host, e.g. mqtt://host/site/%2 for site/#.</source>
        <translation>-L &quot;%1&quot; names no topic: add it after the host, e.g. mqtt://host/site/%2 for site/#.</translation>
    </message>
    <message>
        <source>Connection:
  -L, --url URL               mqtt(s)://[user[:password]@]host[:port]/topic, or ws(s)://…
  -h, --host HOST             broker host (default localhost)
  -p, --port PORT             broker port (default 1883, 8883 for TLS)
      --transport T           tcp, tls, ws or wss (default tcp; tls when --cafile or --cert is given)
      --ws-path PATH          WebSocket path (default /mqtt)
  -V, --protocol-version V    mqttv5 (default) or mqttv311
  -i, --id ID                 client id (default: generated)
  -I, --id-prefix PREFIX      client id made of PREFIX and random characters
  -u, --username USER         user name
  -P, --pw PASSWORD           password (visible to every user in the process list:
                              prefer one of the three below)
      --pw-file FILE          password from the first line of FILE
      --pw-prompt             ask for the password on the terminal
      (environment)           MQTTDECK_PASSWORD, used when no flag gives one
  -k, --keepalive SECONDS     keep alive (default 60)
  -c, --disable-clean-session keep the session (MQTT 5: forever unless -x)
  -x, --session-expiry SEC    MQTT 5 session expiry interval
      --connect-timeout SEC   give up connecting after SEC seconds (default 10)
      --no-reconnect          do not reconnect after the connection is lost
TLS:
      --cafile FILE           trusted CA certificates (PEM); default: system store
      --cert FILE             client certificate (PEM) for mutual TLS
      --key FILE              client private key (PEM)
      --key-passphrase PASS   passphrase of an encrypted private key (visible in the process list)
      --key-passphrase-file FILE, --key-passphrase-prompt, or MQTTDECK_KEY_PASSPHRASE:
                              the same without showing it
      --insecure              do not check that the certificate names the host
      --no-verify-peer        do not check the broker&apos;s certificate at all
Last Will:
      --will-topic TOPIC      --will-payload TEXT   --will-qos 0|1|2   --will-retain
MQTT 5 properties (-D, --property):
  -D connect session-expiry-interval|receive-maximum|maximum-packet-size N
  -D connect user-property NAME VALUE
  -D will will-delay-interval N | content-type T | ... (as publish)
  -D publish content-type T | payload-format-indicator 0|1 |
             message-expiry-interval N | response-topic T |
             correlation-data D | user-property NAME VALUE
  -D subscribe subscription-identifier N
</source>
        <translation>Connection:
  -L, --url URL               mqtt(s)://[user[:password]@]host[:port]/topic, or ws(s)://…
  -h, --host HOST             broker host (default localhost)
  -p, --port PORT             broker port (default 1883, 8883 for TLS)
      --transport T           tcp, tls, ws or wss (default tcp; tls when --cafile or --cert is given)
      --ws-path PATH          WebSocket path (default /mqtt)
  -V, --protocol-version V    mqttv5 (default) or mqttv311
  -i, --id ID                 client id (default: generated)
  -I, --id-prefix PREFIX      client id made of PREFIX and random characters
  -u, --username USER         user name
  -P, --pw PASSWORD           password (visible to every user in the process list:
                              prefer one of the three below)
      --pw-file FILE          password from the first line of FILE
      --pw-prompt             ask for the password on the terminal
      (environment)           MQTTDECK_PASSWORD, used when no flag gives one
  -k, --keepalive SECONDS     keep alive (default 60)
  -c, --disable-clean-session keep the session (MQTT 5: forever unless -x)
  -x, --session-expiry SEC    MQTT 5 session expiry interval
      --connect-timeout SEC   give up connecting after SEC seconds (default 10)
      --no-reconnect          do not reconnect after the connection is lost
TLS:
      --cafile FILE           trusted CA certificates (PEM); default: system store
      --cert FILE             client certificate (PEM) for mutual TLS
      --key FILE              client private key (PEM)
      --key-passphrase PASS   passphrase of an encrypted private key (visible in the process list)
      --key-passphrase-file FILE, --key-passphrase-prompt, or MQTTDECK_KEY_PASSPHRASE:
                              the same without showing it
      --insecure              do not check that the certificate names the host
      --no-verify-peer        do not check the broker&apos;s certificate at all
Last Will:
      --will-topic TOPIC      --will-payload TEXT   --will-qos 0|1|2   --will-retain
MQTT 5 properties (-D, --property):
  -D connect session-expiry-interval|receive-maximum|maximum-packet-size N
  -D connect user-property NAME VALUE
  -D will will-delay-interval N | content-type T | ... (as publish)
  -D publish content-type T | payload-format-indicator 0|1 |
             message-expiry-interval N | response-topic T |
             correlation-data D | user-property NAME VALUE
  -D subscribe subscription-identifier N
</translation>
    </message>
</context>
<context>
    <name>ConnectionOptions</name>
    <message>
        <source>The broker host is empty. Enter a host name or an address such as 127.0.0.1.</source>
        <translation>The broker host is empty. Enter a host name or an address such as 127.0.0.1.</translation>
    </message>
    <message>
        <source>The broker host &quot;%1&quot; contains spaces. Remove them.</source>
        <translation>The broker host &quot;%1&quot; contains spaces. Remove them.</translation>
    </message>
    <message>
        <source>The broker host &quot;%1&quot; looks like a URI. Enter only the host name and choose the transport separately.</source>
        <translation>The broker host &quot;%1&quot; looks like a URI. Enter only the host name and choose the transport separately.</translation>
    </message>
    <message>
        <source>The broker host &quot;%1&quot; is not a valid host name.</source>
        <translation>The broker host &quot;%1&quot; is not a valid host name.</translation>
    </message>
    <message>
        <source>The port %1 is out of range. Use a port between 1 and 65535 (1883 for MQTT, 8883 for MQTT over TLS).</source>
        <translation>The port %1 is out of range. Use a port between 1 and 65535 (1883 for MQTT, 8883 for MQTT over TLS).</translation>
    </message>
    <message>
        <source>The WebSocket path &quot;%1&quot; is not a plain URL path (such as /mqtt).</source>
        <translation>The WebSocket path &quot;%1&quot; is not a plain URL path (such as /mqtt).</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>client id</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>user name</translation>
    </message>
    <message>
        <source>MQTT 3.1.1 cannot send a password without a user name. Enter a user name or use MQTT 5.</source>
        <translation>MQTT 3.1.1 cannot send a password without a user name. Enter a user name or use MQTT 5.</translation>
    </message>
    <message>
        <source>The keep alive %1 s is out of range (0 to 65535 seconds).</source>
        <translation>The keep alive %1 s is out of range (0 to 65535 seconds).</translation>
    </message>
    <message>
        <source>The connect timeout must be at least one second.</source>
        <translation>The connect timeout must be at least one second.</translation>
    </message>
    <message>
        <source>Session expiry is an MQTT 5 option. Use MQTT 5, or clean session off for a persistent MQTT 3.1.1 session.</source>
        <translation>Session expiry is an MQTT 5 option. Use MQTT 5, or clean session off for a persistent MQTT 3.1.1 session.</translation>
    </message>
    <message>
        <source>User properties, receive maximum and maximum packet size are MQTT 5 options. Use MQTT 5 or remove them.</source>
        <translation>User properties, receive maximum and maximum packet size are MQTT 5 options. Use MQTT 5 or remove them.</translation>
    </message>
    <message>
        <source>The receive maximum must be at least 1.</source>
        <translation>The receive maximum must be at least 1.</translation>
    </message>
    <message>
        <source>The maximum packet size must be at least 1 byte.</source>
        <translation>The maximum packet size must be at least 1 byte.</translation>
    </message>
    <message>
        <source>Last Will: %1</source>
        <translation>Last Will: %1</translation>
    </message>
    <message>
        <source>The Last Will QoS must be 0, 1 or 2.</source>
        <translation>The Last Will QoS must be 0, 1 or 2.</translation>
    </message>
    <message>
        <source>A Last Will payload or retain flag was given without a will topic. Add the will topic.</source>
        <translation>A Last Will payload or retain flag was given without a will topic. Add the will topic.</translation>
    </message>
    <message>
        <source>The reconnect delays are inconsistent: the minimum must be positive and not above the maximum.</source>
        <translation>The reconnect delays are inconsistent: the minimum must be positive and not above the maximum.</translation>
    </message>
    <message>
        <source>Certificate files were given but the transport is %1 (no TLS). Choose tls or wss, or remove the files.</source>
        <translation>Certificate files were given but the transport is %1 (no TLS). Choose tls or wss, or remove the files.</translation>
    </message>
    <message>
        <source>A persistent session (clean session off) needs a fixed client id: the broker finds the session by it, and a session under a random id would stay on the broker with nobody to resume it. Enter a client id (-i).</source>
        <translation>A persistent session (clean session off) needs a fixed client id: the broker finds the session by it, and a session under a random id would stay on the broker with nobody to resume it. Enter a client id (-i).</translation>
    </message>
</context>
<context>
    <name>Conventions</name>
    <message>
        <source>the target &quot;%1&quot; contains a wildcard (+ or #): a command goes to one device, named in full.</source>
        <translation>the target &quot;%1&quot; contains a wildcard (+ or #): a command goes to one device, named in full.</translation>
    </message>
    <message>
        <source>the target &quot;%1&quot; has an empty topic level (no leading, trailing or double &apos;/&apos;).</source>
        <translation>the target &quot;%1&quot; has an empty topic level (no leading, trailing or double &apos;/&apos;).</translation>
    </message>
    <message>
        <source>the target &quot;%1&quot; is not a device prefix: expected {env}/{tenant}/{site}/{area}/{asset}, devices/{id} or spBv1.0/{group}/{node}[/{device}].</source>
        <translation>the target &quot;%1&quot; is not a device prefix: expected {env}/{tenant}/{site}/{area}/{asset}, devices/{id} or spBv1.0/{group}/{node}[/{device}].</translation>
    </message>
    <message>
        <source>the topic &quot;%1&quot; cannot carry a command: %2</source>
        <translation>the topic &quot;%1&quot; cannot carry a command: %2</translation>
    </message>
    <message>
        <source>for the stream convention the topic must end in /command/NAME (&quot;%1&quot; does not).</source>
        <translation>for the stream convention the topic must end in /command/NAME (&quot;%1&quot; does not).</translation>
    </message>
    <message>
        <source>for the devices convention the topic must be devices/ID/commands/NAME (&quot;%1&quot; is not).</source>
        <translation>for the devices convention the topic must be devices/ID/commands/NAME (&quot;%1&quot; is not).</translation>
    </message>
    <message>
        <source>for Sparkplug B the topic must be spBv1.0/GROUP/NCMD/NODE or spBv1.0/GROUP/DCMD/NODE/DEVICE (&quot;%1&quot; is not).</source>
        <translation>for Sparkplug B the topic must be spBv1.0/GROUP/NCMD/NODE or spBv1.0/GROUP/DCMD/NODE/DEVICE (&quot;%1&quot; is not).</translation>
    </message>
    <message>
        <source>the command name &quot;%1&quot; must be one topic level (not empty, no /, + or #).</source>
        <translation>the command name &quot;%1&quot; must be one topic level (not empty, no /, + or #).</translation>
    </message>
    <message>
        <source>the Sparkplug B convention needs a target spBv1.0/GROUP/NODE[/DEVICE] (&quot;%1&quot; is not one).</source>
        <translation>the Sparkplug B convention needs a target spBv1.0/GROUP/NODE[/DEVICE] (&quot;%1&quot; is not one).</translation>
    </message>
    <message>
        <source>the target &quot;%1&quot; is a Sparkplug B node or device: use the sparkplug convention.</source>
        <translation>the target &quot;%1&quot; is a Sparkplug B node or device: use the sparkplug convention.</translation>
    </message>
    <message>
        <source>the devices convention needs a target devices/ID (&quot;%1&quot; is not one).</source>
        <translation>the devices convention needs a target devices/ID (&quot;%1&quot; is not one).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a command under the devices convention: devices/ID/commands/%1 is where the answers come.</source>
        <translation>&quot;%1&quot; cannot name a command under the devices convention: devices/ID/commands/%1 is where the answers come.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Check that the file and its folder are writable.</source>
        <translation>Check that the file and its folder are writable.</translation>
    </message>
    <message>
        <source>Another program (or another MQTT Deck) is using the file; close it and try again.</source>
        <translation>Another program (or another MQTT Deck) is using the file; close it and try again.</translation>
    </message>
    <message>
        <source>Free some disk space and try again.</source>
        <translation>Free some disk space and try again.</translation>
    </message>
    <message>
        <source>Check that the file and its folder exist and are writable.</source>
        <translation>Check that the file and its folder exist and are writable.</translation>
    </message>
    <message>
        <source>The file is damaged: move it away and MQTT Deck will start a new one.</source>
        <translation>The file is damaged: move it away and MQTT Deck will start a new one.</translation>
    </message>
    <message>
        <source>The disk reported an error; check it and try again.</source>
        <translation>The disk reported an error; check it and try again.</translation>
    </message>
    <message>
        <source>Could not %1 in %2: %3 (SQLite).</source>
        <translation>Could not %1 in %2: %3 (SQLite).</translation>
    </message>
    <message>
        <source>read the schema version of %1</source>
        <translation>read the schema version of %1</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for %2. Check that its parent folder is writable.</source>
        <translation>Could not create the folder %1 for %2. Check that its parent folder is writable.</translation>
    </message>
    <message>
        <source>%1 does not exist, so %2 cannot be read.</source>
        <translation>%1 does not exist, so %2 cannot be read.</translation>
    </message>
    <message>
        <source>open %1</source>
        <translation>open %1</translation>
    </message>
    <message>
        <source>%1 cannot hold %2: it is not an SQLite database (damaged, or another program&apos;s file). Nothing was changed; move it away (or choose another file) and MQTT Deck will start a new one.</source>
        <translation>%1 cannot hold %2: it is not an SQLite database (damaged, or another program&apos;s file). Nothing was changed; move it away (or choose another file) and MQTT Deck will start a new one.</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>read %1</translation>
    </message>
    <message>
        <source>%1 was written by a newer MQTT Deck (schema %2, this build knows %3); nothing was changed. Update MQTT Deck, or choose another file for %4.</source>
        <translation>%1 was written by a newer MQTT Deck (schema %2, this build knows %3); nothing was changed. Update MQTT Deck, or choose another file for %4.</translation>
    </message>
    <message>
        <source>%1 holds %2 in an older schema (%3, this build needs %4) and is opened read-only, so it cannot be updated.</source>
        <translation>%1 holds %2 in an older schema (%3, this build needs %4) and is opened read-only, so it cannot be updated.</translation>
    </message>
    <message>
        <source>prepare %1</source>
        <translation>prepare %1</translation>
    </message>
    <message>
        <source>update %1 to schema %2 (%3)</source>
        <translation>update %1 to schema %2 (%3)</translation>
    </message>
</context>
<context>
    <name>DeviceRules</name>
    <message>
        <source>no preset is called &quot;%1&quot;; choose among %2.</source>
        <translation>no preset is called &quot;%1&quot;; choose among %2.</translation>
    </message>
    <message>
        <source>the rules are not JSON: %1 at byte %2.</source>
        <translation>the rules are not JSON: %1 at byte %2.</translation>
    </message>
    <message>
        <source>the rules file needs an object with a &quot;rules&quot; list.</source>
        <translation>the rules file needs an object with a &quot;rules&quot; list.</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot;: &quot;%2&quot; must be a whole number from %3 to %4.</source>
        <translation>rule &quot;%1&quot;: &quot;%2&quot; must be a whole number from %3 to %4.</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot;: each literal is &quot;level&quot;: &quot;text&quot; with a level inside the prefix (0 to %2).</source>
        <translation>rule &quot;%1&quot;: each literal is &quot;level&quot;: &quot;text&quot; with a level inside the prefix (0 to %2).</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot;: group &quot;%2&quot; must name a level inside the prefix (0 to %3).</source>
        <translation>rule &quot;%1&quot;: group &quot;%2&quot; must name a level inside the prefix (0 to %3).</translation>
    </message>
    <message>
        <source>the rules file has no rule (and Sparkplug is off): nothing would be found.</source>
        <translation>the rules file has no rule (and Sparkplug is off): nothing would be found.</translation>
    </message>
</context>
<context>
    <name>FleetStage</name>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>stale</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source> (retained)</source>
        <translation> (retained)</translation>
    </message>
    <message>
        <source>status: online%1</source>
        <translation>status: online%1</translation>
    </message>
    <message>
        <source>status: offline%1</source>
        <translation>status: offline%1</translation>
    </message>
    <message>
        <source>messages arrive</source>
        <translation>messages arrive</translation>
    </message>
    <message>
        <source>birth (%1)</source>
        <translation>birth (%1)</translation>
    </message>
    <message>
        <source>birth</source>
        <translation>birth</translation>
    </message>
    <message>
        <source>data without a birth</source>
        <translation>data without a birth</translation>
    </message>
    <message>
        <source>nothing received for %1 s</source>
        <translation>nothing received for %1 s</translation>
    </message>
    <message>
        <source>rebirth (%1)</source>
        <translation>rebirth (%1)</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>unknown option &quot;%1&quot;; see --help</source>
        <translation>unknown option &quot;%1&quot;; see --help</translation>
    </message>
    <message>
        <source>no saved connection is called &quot;%1&quot; (saved: %2)</source>
        <translation>no saved connection is called &quot;%1&quot; (saved: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 needs a whole number of at least 1, not &quot;%2&quot;</source>
        <translation>%1 needs a whole number of at least 1, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Usage: mqttdeck [connection flags] [-t FILTER] [--connect] [--profile NAME]... [URL]... [--profiles-file PATH]
                [--journal FILE]
                [--screenshots DIR [--screenshots-own-broker HOST:PORT]]
       mqttdeck --version
With connection flags or --profile the window connects at start. Each --profile and each URL (mqtt://, mqtts://, ws://, wss://, as -L takes them) opens a connection of its own, side by side.
Saved connections live in %1; commands are journaled in %2 unless --journal names another file.
The language follows the system; MQTTDECK_LANG=fr or MQTTDECK_LANG=en chooses it.
--check FILE [--check-devices N] [--check-timeout S]: wait until the window is connected and shows the live status of N devices (default 1), save a picture of it to FILE and exit 0; exit 1 after S seconds (default 60) saying what was missing (used by scripts/run.sh --check).

</source>
        <translation>Usage: mqttdeck [connection flags] [-t FILTER] [--connect] [--profile NAME]... [URL]... [--profiles-file PATH]
                [--journal FILE]
                [--screenshots DIR [--screenshots-own-broker HOST:PORT]]
       mqttdeck --version
With connection flags or --profile the window connects at start. Each --profile and each URL (mqtt://, mqtts://, ws://, wss://, as -L takes them) opens a connection of its own, side by side.
Saved connections live in %1; commands are journaled in %2 unless --journal names another file.
The language follows the system; MQTTDECK_LANG=fr or MQTTDECK_LANG=en chooses it.
--check FILE [--check-devices N] [--check-timeout S]: wait until the window is connected and shows the live status of N devices (default 1), save a picture of it to FILE and exit 0; exit 1 after S seconds (default 60) saying what was missing (used by scripts/run.sh --check).

</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>the journal</source>
        <translation>the journal</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>The journal is not open.</translation>
    </message>
    <message>
        <source>record the clearing of retained values</source>
        <translation>record the clearing of retained values</translation>
    </message>
    <message>
        <source>record the outcome of clearing retained values</source>
        <translation>record the outcome of clearing retained values</translation>
    </message>
    <message>
        <source>read the journal of cleared retained values</source>
        <translation>read the journal of cleared retained values</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>cleared</translation>
    </message>
    <message>
        <source>no answer was recorded (MQTT Deck stopped first)</source>
        <translation>no answer was recorded (MQTT Deck stopped first)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the connection was lost before the broker answered</source>
        <translation>the connection was lost before the broker answered</translation>
    </message>
    <message>
        <source>no answer from the broker within 15 s</source>
        <translation>no answer from the broker within 15 s</translation>
    </message>
</context>
<context>
    <name>JournalCommand</name>
    <message>
        <source>Usage: mqttdeck-cli journal list [--journal FILE]
       mqttdeck-cli journal show COMMAND_ID [--journal FILE]
       mqttdeck-cli journal export --format csv|jsonl [--journal FILE]
       mqttdeck-cli journal verify [--journal FILE]
The command journal: every command sent (who, what, to whom, why, through which
broker) and every step of each, in one hash-chained sequence.
  list     the newest commands first: state, target, operator, time to ack and to
           result
  show     one command with its timeline and the payloads exchanged
  export   every entry in chain order, as CSV or JSON lines, to stdout
  verify   recomputes the chain: exit 0 when intact (and prints the last hash),
           20 naming the first entry changed, removed or inserted
  --journal FILE  default journal.sqlite in the data directory
Exit codes: 0 done, 1 bad arguments or unknown command id, 6 the journal cannot be
read (missing, not a journal), 20 the chain is broken.
</source>
        <translation>Usage: mqttdeck-cli journal list [--journal FILE]
       mqttdeck-cli journal show COMMAND_ID [--journal FILE]
       mqttdeck-cli journal export --format csv|jsonl [--journal FILE]
       mqttdeck-cli journal verify [--journal FILE]
The command journal: every command sent (who, what, to whom, why, through which
broker) and every step of each, in one hash-chained sequence.
  list     the newest commands first: state, target, operator, time to ack and to
           result
  show     one command with its timeline and the payloads exchanged
  export   every entry in chain order, as CSV or JSON lines, to stdout
  verify   recomputes the chain: exit 0 when intact (and prints the last hash),
           20 naming the first entry changed, removed or inserted
  --journal FILE  default journal.sqlite in the data directory
Exit codes: 0 done, 1 bad arguments or unknown command id, 6 the journal cannot be
read (missing, not a journal), 20 the chain is broken.
</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; or missing value. See mqttdeck-cli journal --help.</source>
        <translation>unknown option &quot;%1&quot; or missing value. See mqttdeck-cli journal --help.</translation>
    </message>
    <message>
        <source>mqttdeck-cli journal knows list, show, export and verify, not &quot;%1&quot;.</source>
        <translation>mqttdeck-cli journal knows list, show, export and verify, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>journal show needs a command id (see journal list).</source>
        <translation>journal show needs a command id (see journal list).</translation>
    </message>
    <message>
        <source>journal export needs --format csv or --format jsonl.</source>
        <translation>journal export needs --format csv or --format jsonl.</translation>
    </message>
    <message>
        <source>there is no journal at %1 (no command was sent with it).</source>
        <translation>there is no journal at %1 (no command was sent with it).</translation>
    </message>
    <message>
        <source>the journal %1 was tampered with: %2</source>
        <translation>the journal %1 was tampered with: %2</translation>
    </message>
    <message numerus="yes">
        <source>intact: %n entries, last hash %1</source>
        <translation>
            <numerusform>intact: %n entry, last hash %1</numerusform>
            <numerusform>intact: %n entries, last hash %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  by %5  ack %6  result %7</source>
        <translation>%1  %2  %3  %4  by %5  ack %6  result %7</translation>
    </message>
    <message>
        <source>the journal %1 has no command %2.</source>
        <translation>the journal %1 has no command %2.</translation>
    </message>
    <message>
        <source>command    %1 (%2)</source>
        <translation>command    %1 (%2)</translation>
    </message>
    <message>
        <source>template   %1, convention %2, QoS %3%4</source>
        <translation>template   %1, convention %2, QoS %3%4</translation>
    </message>
    <message>
        <source>, retained (%1)</source>
        <translation>, retained (%1)</translation>
    </message>
    <message>
        <source>target     %1</source>
        <translation>target     %1</translation>
    </message>
    <message>
        <source>topic      %1</source>
        <translation>topic      %1</translation>
    </message>
    <message>
        <source>payload    %1</source>
        <translation>payload    %1</translation>
    </message>
    <message>
        <source>operator   %1 (OS user %2 on %3)</source>
        <translation>operator   %1 (OS user %2 on %3)</translation>
    </message>
    <message>
        <source>reason     %1</source>
        <translation>reason     %1</translation>
    </message>
    <message>
        <source>broker     %1, client id %2</source>
        <translation>broker     %1, client id %2</translation>
    </message>
    <message>
        <source>answers    %1</source>
        <translation>answers    %1</translation>
    </message>
    <message>
        <source> reason code %1</source>
        <translation> reason code %1</translation>
    </message>
</context>
<context>
    <name>LoadGenerator</name>
    <message>
        <source>the broker refused the load generator&apos;s connection</source>
        <translation>the broker refused the load generator&apos;s connection</translation>
    </message>
    <message>
        <source>the broker closed the load generator&apos;s connection after %1 messages</source>
        <translation>the broker closed the load generator&apos;s connection after %1 messages</translation>
    </message>
    <message>
        <source>the load generator cannot connect to 127.0.0.1:%1 (%2)</source>
        <translation>the load generator cannot connect to 127.0.0.1:%1 (%2)</translation>
    </message>
</context>
<context>
    <name>LocalBroker</name>
    <message>
        <source>cannot create a temporary directory for the broker</source>
        <translation>cannot create a temporary directory for the broker</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>mosquitto did not start (%1). Install it: apt-get install mosquitto</source>
        <translation>mosquitto did not start (%1). Install it: apt-get install mosquitto</translation>
    </message>
    <message>
        <source>mosquitto does not accept connections on port %1; see %2</source>
        <translation>mosquitto does not accept connections on port %1; see %2</translation>
    </message>
</context>
<context>
    <name>Migration</name>
    <message>
        <source>profiles</source>
        <translation>profiles</translation>
    </message>
    <message>
        <source>default subscriptions</source>
        <translation>default subscriptions</translation>
    </message>
    <message>
        <source>sent messages</source>
        <translation>sent messages</translation>
    </message>
    <message>
        <source>sent messages per broker</source>
        <translation>sent messages per broker</translation>
    </message>
    <message>
        <source>retained clears</source>
        <translation>retained clears</translation>
    </message>
    <message>
        <source>production connections</source>
        <translation>production connections</translation>
    </message>
    <message>
        <source>fleet rules and retained threshold</source>
        <translation>fleet rules and retained threshold</translation>
    </message>
    <message>
        <source>command journal</source>
        <translation>command journal</translation>
    </message>
</context>
<context>
    <name>ObserverArguments</name>
    <message>
        <source>  --observer-user U, --observer-pw P
                        the observer: the same broker and options, this account
  --observer-cert FILE, --observer-key FILE
                        the observer&apos;s client certificate (mutual TLS)
  --observer-profile NAME  the observer from a saved connection (its password
                        from the keychain); --profiles-file chooses the file
</source>
        <translation>  --observer-user U, --observer-pw P
                        the observer: the same broker and options, this account
  --observer-cert FILE, --observer-key FILE
                        the observer&apos;s client certificate (mutual TLS)
  --observer-profile NAME  the observer from a saved connection (its password
                        from the keychain); --profiles-file chooses the file
</translation>
    </message>
    <message>
        <source>no saved connection is called &quot;%1&quot; in %2.</source>
        <translation>no saved connection is called &quot;%1&quot; in %2.</translation>
    </message>
    <message>
        <source>the password of &quot;%1&quot; could not be read from the keychain: %2</source>
        <translation>the password of &quot;%1&quot; could not be read from the keychain: %2</translation>
    </message>
    <message>
        <source>--observer-cert and --observer-key go together.</source>
        <translation>--observer-cert and --observer-key go together.</translation>
    </message>
    <message>
        <source>the observer: %1</source>
        <translation>the observer: %1</translation>
    </message>
</context>
<context>
    <name>PacketDecoder</name>
    <message>
        <source>The length field runs over more than 4 bytes.</source>
        <translation>The length field runs over more than 4 bytes.</translation>
    </message>
    <message>
        <source>A length or number is written with more bytes than it needs.</source>
        <translation>A length or number is written with more bytes than it needs.</translation>
    </message>
    <message>
        <source>The packet announces %1 bytes, more than this decoder accepts.</source>
        <translation>The packet announces %1 bytes, more than this decoder accepts.</translation>
    </message>
    <message>
        <source>The %1 packet ends before its fields do (truncated, or a length inside it is too long).</source>
        <translation>The %1 packet ends before its fields do (truncated, or a length inside it is too long).</translation>
    </message>
    <message>
        <source>The stream ends inside this %1 packet: it announced more bytes than came.</source>
        <translation>The stream ends inside this %1 packet: it announced more bytes than came.</translation>
    </message>
    <message>
        <source>The %1 packet has bytes left after its last field.</source>
        <translation>The %1 packet has bytes left after its last field.</translation>
    </message>
    <message>
        <source>Packet type %1 is reserved in this MQTT version.</source>
        <translation>Packet type %1 is reserved in this MQTT version.</translation>
    </message>
    <message>
        <source>The %1 packet&apos;s fixed-header flags are 0x%2; they must be 0x%3.</source>
        <translation>The %1 packet&apos;s fixed-header flags are 0x%2; they must be 0x%3.</translation>
    </message>
    <message>
        <source>The PUBLISH packet has QoS 3 (both QoS bits set).</source>
        <translation>The PUBLISH packet has QoS 3 (both QoS bits set).</translation>
    </message>
    <message>
        <source>The PUBLISH packet has DUP set at QoS 0.</source>
        <translation>The PUBLISH packet has DUP set at QoS 0.</translation>
    </message>
    <message>
        <source>The PUBLISH topic contains a wildcard (+ or #).</source>
        <translation>The PUBLISH topic contains a wildcard (+ or #).</translation>
    </message>
    <message>
        <source>The PUBLISH topic is empty (and no topic alias stands for it).</source>
        <translation>The PUBLISH topic is empty (and no topic alias stands for it).</translation>
    </message>
    <message>
        <source>A string is not valid UTF-8.</source>
        <translation>A string is not valid UTF-8.</translation>
    </message>
    <message>
        <source>A string contains the character U+0000.</source>
        <translation>A string contains the character U+0000.</translation>
    </message>
    <message>
        <source>The %1 packet has packet identifier 0; it must not be zero.</source>
        <translation>The %1 packet has packet identifier 0; it must not be zero.</translation>
    </message>
    <message>
        <source>The CONNECT&apos;s protocol name is not MQTT.</source>
        <translation>The CONNECT&apos;s protocol name is not MQTT.</translation>
    </message>
    <message>
        <source>The CONNECT asks for protocol level %1; 3, 4 (3.1.1) and 5 are known.</source>
        <translation>The CONNECT asks for protocol level %1; 3, 4 (3.1.1) and 5 are known.</translation>
    </message>
    <message>
        <source>The CONNECT&apos;s reserved flag (bit 0) is set.</source>
        <translation>The CONNECT&apos;s reserved flag (bit 0) is set.</translation>
    </message>
    <message>
        <source>The CONNECT sets a will QoS or retain without a will.</source>
        <translation>The CONNECT sets a will QoS or retain without a will.</translation>
    </message>
    <message>
        <source>The CONNECT&apos;s will has QoS 3.</source>
        <translation>The CONNECT&apos;s will has QoS 3.</translation>
    </message>
    <message>
        <source>The CONNECT has a password without a user name.</source>
        <translation>The CONNECT has a password without a user name.</translation>
    </message>
    <message>
        <source>The CONNACK&apos;s reserved acknowledge flags are set.</source>
        <translation>The CONNACK&apos;s reserved acknowledge flags are set.</translation>
    </message>
    <message>
        <source>The %1 packet has no topic filter.</source>
        <translation>The %1 packet has no topic filter.</translation>
    </message>
    <message>
        <source>The subscription options 0x%1 use reserved bits, QoS 3 or retain handling 3.</source>
        <translation>The subscription options 0x%1 use reserved bits, QoS 3 or retain handling 3.</translation>
    </message>
    <message>
        <source>The %1 packet has no reason code.</source>
        <translation>The %1 packet has no reason code.</translation>
    </message>
    <message>
        <source>SUBACK return code 0x%1 is not one of 0, 1, 2 and 0x80.</source>
        <translation>SUBACK return code 0x%1 is not one of 0, 1, 2 and 0x80.</translation>
    </message>
    <message>
        <source>Property id 0x%1 is not defined by MQTT 5.</source>
        <translation>Property id 0x%1 is not defined by MQTT 5.</translation>
    </message>
    <message>
        <source>The property %1 is not allowed in a %2 packet.</source>
        <translation>The property %1 is not allowed in a %2 packet.</translation>
    </message>
    <message>
        <source>The property %1 appears more than once.</source>
        <translation>The property %1 appears more than once.</translation>
    </message>
    <message>
        <source>The property %1 has a value it may not take.</source>
        <translation>The property %1 has a value it may not take.</translation>
    </message>
</context>
<context>
    <name>PayloadInput</name>
    <message>
        <source>standard input</source>
        <translation>standard input</translation>
    </message>
    <message>
        <source>the payload file &quot;%1&quot;</source>
        <translation>the payload file &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 holds %2, more than one MQTT message can carry (%3 bytes at most with this topic). Publish a smaller payload, or split it.</source>
        <translation>%1 holds %2, more than one MQTT message can carry (%3 bytes at most with this topic). Publish a smaller payload, or split it.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>more than %1 bytes</source>
        <translation>more than %1 bytes</translation>
    </message>
</context>
<context>
    <name>PayloadText</name>
    <message>
        <source>Not valid CBOR: %1 at byte %2.</source>
        <translation>Not valid CBOR: %1 at byte %2.</translation>
    </message>
    <message>
        <source>Not valid CBOR: one item ends at byte %1 of %2.</source>
        <translation>Not valid CBOR: one item ends at byte %1 of %2.</translation>
    </message>
    <message>
        <source>Not a CBOR map or array.</source>
        <translation>Not a CBOR map or array.</translation>
    </message>
    <message>
        <source>Not a MessagePack map or array.</source>
        <translation>Not a MessagePack map or array.</translation>
    </message>
    <message>
        <source>Not valid MessagePack: one item ends at byte %1 of %2.</source>
        <translation>Not valid MessagePack: one item ends at byte %1 of %2.</translation>
    </message>
    <message>
        <source>Not valid MessagePack: %1.</source>
        <translation>Not valid MessagePack: %1.</translation>
    </message>
    <message>
        <source>Only the first %1 lines (or %2) of each payload are compared.</source>
        <translation>Only the first %1 lines (or %2) of each payload are compared.</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Text (UTF-8)</source>
        <translation>Text (UTF-8)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex dump</source>
        <translation>Hex dump</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>CBOR</source>
        <translation>CBOR</translation>
    </message>
    <message>
        <source>MessagePack</source>
        <translation>MessagePack</translation>
    </message>
    <message>
        <source>%1 is too large to decode as %2 here (the limit is %3); showing the start as text. Use “Save payload…” to open it in another tool.</source>
        <translation>%1 is too large to decode as %2 here (the limit is %3); showing the start as text. Use “Save payload…” to open it in another tool.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>Showing the first %1 of %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) that are not valid UTF-8 are shown as ⟨XX⟩.</source>
        <translation>
            <numerusform>%n byte that are not valid UTF-8 are shown as ⟨XX⟩.</numerusform>
            <numerusform>%n bytes that are not valid UTF-8 are shown as ⟨XX⟩.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at byte %2.</source>
        <translation>Not valid JSON: %1 at byte %2.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at line %2, column %3. Pick the Text format to send it anyway.</source>
        <translation>Not valid JSON: %1 at line %2, column %3. Pick the Text format to send it anyway.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2 is not a hexadecimal digit (0-9, a-f; spaces may separate bytes).</source>
        <translation>&quot;%1&quot; at position %2 is not a hexadecimal digit (0-9, a-f; spaces may separate bytes).</translation>
    </message>
    <message>
        <source>%1 hexadecimal digits: a byte needs two, so one is missing or extra.</source>
        <translation>%1 hexadecimal digits: a byte needs two, so one is missing or extra.</translation>
    </message>
    <message>
        <source>Not valid base64: only A-Z, a-z, 0-9, +, / and = padding may appear.</source>
        <translation>Not valid base64: only A-Z, a-z, 0-9, +, / and = padding may appear.</translation>
    </message>
    <message>
        <source>Sparkplug B</source>
        <translation>Sparkplug B</translation>
    </message>
    <message>
        <source>(data set, %1)</source>
        <translation>(data set, %1)</translation>
    </message>
    <message>
        <source>(template, %1)</source>
        <translation>(template, %1)</translation>
    </message>
    <message>
        <source>Not a Sparkplug B payload: the bytes are not a valid Protobuf message of its schema.</source>
        <translation>Not a Sparkplug B payload: the bytes are not a valid Protobuf message of its schema.</translation>
    </message>
    <message>
        <source>timestamp %1</source>
        <translation>timestamp %1</translation>
    </message>
    <message>
        <source>seq %1</source>
        <translation>seq %1</translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s):</source>
        <translation>
            <numerusform>%n metric:</numerusform>
            <numerusform>%n metrics:</numerusform>
        </translation>
    </message>
    <message>
        <source>(alias %1)</source>
        <translation>(alias %1)</translation>
    </message>
    <message>
        <source>%1 (alias %2)</source>
        <translation>%1 (alias %2)</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binary</translation>
    </message>
    <message>
        <source>Indentation stops where it would make the text far larger than the payload (deep nesting); the rest is shown compact.</source>
        <translation>Indentation stops where it would make the text far larger than the payload (deep nesting); the rest is shown compact.</translation>
    </message>
    <message>
        <source>an array announces %1 elements, more than the %2 bytes of the payload could hold</source>
        <translation>an array announces %1 elements, more than the %2 bytes of the payload could hold</translation>
    </message>
    <message>
        <source>a map announces %1 entries, more than the %2 bytes of the payload could hold</source>
        <translation>a map announces %1 entries, more than the %2 bytes of the payload could hold</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>nested deeper than %1 levels</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more metric(s), in the tree view</source>
        <translation>
            <numerusform>  … and %n more metric, in the tree view</numerusform>
            <numerusform>  … and %n more metrics, in the tree view</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n string(s) not valid UTF-8: their invalid bytes are shown as ⟨XX⟩.</source>
        <translation>
            <numerusform>%n string not valid UTF-8: its invalid bytes are shown as ⟨XX⟩.</numerusform>
            <numerusform>%n strings not valid UTF-8: their invalid bytes are shown as ⟨XX⟩.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Protobuf reported %n problem(s), the first: %1</source>
        <translation>
            <numerusform>Protobuf reported %n problem: %1</numerusform>
            <numerusform>Protobuf reported %n problems, the first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileImport</name>
    <message>
        <source>%1: could not write its %2 to %3.</source>
        <translation>%1: could not write its %2 to %3.</translation>
    </message>
    <message>
        <source>%1: MQTTX appended the time to the client id; MQTT Deck uses the id as saved (leave it empty to have one generated).</source>
        <translation>%1: MQTTX appended the time to the client id; MQTT Deck uses the id as saved (leave it empty to have one generated).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>This file is not JSON (%1 at byte %2); export the connections from MQTT Explorer or MQTTX as JSON first.</source>
        <translation>This file is not JSON (%1 at byte %2); export the connections from MQTT Explorer or MQTTX as JSON first.</translation>
    </message>
    <message>
        <source>No connections found: this is neither an MQTT Explorer settings.json nor an MQTTX export.</source>
        <translation>No connections found: this is neither an MQTT Explorer settings.json nor an MQTTX export.</translation>
    </message>
    <message>
        <source>The %1 export holds no connections.</source>
        <translation>The %1 export holds no connections.</translation>
    </message>
    <message>
        <source>%1: its %2 was written to %3 (readable by you only).</source>
        <translation>%1: its %2 was written to %3 (readable by you only).</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Give the connection a name.</translation>
    </message>
    <message>
        <source>A saved connection is already called &quot;%1&quot;; pick another name.</source>
        <translation>A saved connection is already called &quot;%1&quot;; pick another name.</translation>
    </message>
    <message>
        <source>the saved connections</source>
        <translation>the saved connections</translation>
    </message>
    <message>
        <source>The saved connections are not open.</source>
        <translation>The saved connections are not open.</translation>
    </message>
    <message>
        <source>read the saved connections</source>
        <translation>read the saved connections</translation>
    </message>
    <message>
        <source>save &quot;%1&quot;</source>
        <translation>save &quot;%1&quot;</translation>
    </message>
    <message>
        <source>delete the saved connection</source>
        <translation>delete the saved connection</translation>
    </message>
    <message>
        <source>read the sent messages</source>
        <translation>read the sent messages</translation>
    </message>
    <message>
        <source>record the sent message</source>
        <translation>record the sent message</translation>
    </message>
    <message>
        <source>record the broker&apos;s answer</source>
        <translation>record the broker&apos;s answer</translation>
    </message>
    <message>
        <source>save the device rules of a connection</source>
        <translation>save the device rules of a connection</translation>
    </message>
</context>
<context>
    <name>ReasonCodes</name>
    <message>
        <source>Connection accepted</source>
        <translation>Connection accepted</translation>
    </message>
    <message>
        <source>Unacceptable protocol version</source>
        <translation>Unacceptable protocol version</translation>
    </message>
    <message>
        <source>Identifier rejected</source>
        <translation>Identifier rejected</translation>
    </message>
    <message>
        <source>Server unavailable</source>
        <translation>Server unavailable</translation>
    </message>
    <message>
        <source>Bad user name or password</source>
        <translation>Bad user name or password</translation>
    </message>
    <message>
        <source>Not authorized</source>
        <translation>Not authorized</translation>
    </message>
    <message>
        <source>Unknown return code</source>
        <translation>Unknown return code</translation>
    </message>
    <message>
        <source>The broker accepted the connection.</source>
        <translation>The broker accepted the connection.</translation>
    </message>
    <message>
        <source>The broker does not speak this MQTT version. Try the other protocol version (MQTT 5 or 3.1.1).</source>
        <translation>The broker does not speak this MQTT version. Try the other protocol version (MQTT 5 or 3.1.1).</translation>
    </message>
    <message>
        <source>The broker refused the client identifier. Use another client id (some brokers restrict its length or characters).</source>
        <translation>The broker refused the client identifier. Use another client id (some brokers restrict its length or characters).</translation>
    </message>
    <message>
        <source>The broker is up but cannot serve clients right now. Retry later or check the broker&apos;s log.</source>
        <translation>The broker is up but cannot serve clients right now. Retry later or check the broker&apos;s log.</translation>
    </message>
    <message>
        <source>The broker refused the user name or password. Check the credentials of this connection.</source>
        <translation>The broker refused the user name or password. Check the credentials of this connection.</translation>
    </message>
    <message>
        <source>The broker refused this client. Check the credentials, the client certificate or the broker&apos;s access rules.</source>
        <translation>The broker refused this client. Check the credentials, the client certificate or the broker&apos;s access rules.</translation>
    </message>
    <message>
        <source>The broker answered with a return code MQTT 3.1.1 does not define.</source>
        <translation>The broker answered with a return code MQTT 3.1.1 does not define.</translation>
    </message>
    <message>
        <source>Granted QoS 0</source>
        <translation>Granted QoS 0</translation>
    </message>
    <message>
        <source>Normal disconnection</source>
        <translation>Normal disconnection</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>Granted QoS 1</source>
        <translation>Granted QoS 1</translation>
    </message>
    <message>
        <source>Granted QoS 2</source>
        <translation>Granted QoS 2</translation>
    </message>
    <message>
        <source>Disconnect with Will Message</source>
        <translation>Disconnect with Will Message</translation>
    </message>
    <message>
        <source>No matching subscribers</source>
        <translation>No matching subscribers</translation>
    </message>
    <message>
        <source>No subscription existed</source>
        <translation>No subscription existed</translation>
    </message>
    <message>
        <source>Continue authentication</source>
        <translation>Continue authentication</translation>
    </message>
    <message>
        <source>Re-authenticate</source>
        <translation>Re-authenticate</translation>
    </message>
    <message>
        <source>Unspecified error</source>
        <translation>Unspecified error</translation>
    </message>
    <message>
        <source>Malformed Packet</source>
        <translation>Malformed Packet</translation>
    </message>
    <message>
        <source>Protocol Error</source>
        <translation>Protocol Error</translation>
    </message>
    <message>
        <source>Implementation specific error</source>
        <translation>Implementation specific error</translation>
    </message>
    <message>
        <source>Unsupported Protocol Version</source>
        <translation>Unsupported Protocol Version</translation>
    </message>
    <message>
        <source>Client Identifier not valid</source>
        <translation>Client Identifier not valid</translation>
    </message>
    <message>
        <source>Bad User Name or Password</source>
        <translation>Bad User Name or Password</translation>
    </message>
    <message>
        <source>Server busy</source>
        <translation>Server busy</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Banned</translation>
    </message>
    <message>
        <source>Server shutting down</source>
        <translation>Server shutting down</translation>
    </message>
    <message>
        <source>Bad authentication method</source>
        <translation>Bad authentication method</translation>
    </message>
    <message>
        <source>Keep Alive timeout</source>
        <translation>Keep Alive timeout</translation>
    </message>
    <message>
        <source>Session taken over</source>
        <translation>Session taken over</translation>
    </message>
    <message>
        <source>Topic Filter invalid</source>
        <translation>Topic Filter invalid</translation>
    </message>
    <message>
        <source>Topic Name invalid</source>
        <translation>Topic Name invalid</translation>
    </message>
    <message>
        <source>Packet Identifier in use</source>
        <translation>Packet Identifier in use</translation>
    </message>
    <message>
        <source>Packet Identifier not found</source>
        <translation>Packet Identifier not found</translation>
    </message>
    <message>
        <source>Receive Maximum exceeded</source>
        <translation>Receive Maximum exceeded</translation>
    </message>
    <message>
        <source>Topic Alias invalid</source>
        <translation>Topic Alias invalid</translation>
    </message>
    <message>
        <source>Packet too large</source>
        <translation>Packet too large</translation>
    </message>
    <message>
        <source>Message rate too high</source>
        <translation>Message rate too high</translation>
    </message>
    <message>
        <source>Quota exceeded</source>
        <translation>Quota exceeded</translation>
    </message>
    <message>
        <source>Administrative action</source>
        <translation>Administrative action</translation>
    </message>
    <message>
        <source>Payload format invalid</source>
        <translation>Payload format invalid</translation>
    </message>
    <message>
        <source>Retain not supported</source>
        <translation>Retain not supported</translation>
    </message>
    <message>
        <source>QoS not supported</source>
        <translation>QoS not supported</translation>
    </message>
    <message>
        <source>Use another server</source>
        <translation>Use another server</translation>
    </message>
    <message>
        <source>Server moved</source>
        <translation>Server moved</translation>
    </message>
    <message>
        <source>Shared Subscriptions not supported</source>
        <translation>Shared Subscriptions not supported</translation>
    </message>
    <message>
        <source>Connection rate exceeded</source>
        <translation>Connection rate exceeded</translation>
    </message>
    <message>
        <source>Maximum connect time</source>
        <translation>Maximum connect time</translation>
    </message>
    <message>
        <source>Subscription Identifiers not supported</source>
        <translation>Subscription Identifiers not supported</translation>
    </message>
    <message>
        <source>Wildcard Subscriptions not supported</source>
        <translation>Wildcard Subscriptions not supported</translation>
    </message>
    <message>
        <source>Unknown reason code</source>
        <translation>Unknown reason code</translation>
    </message>
    <message>
        <source>The broker granted the subscription at QoS 0.</source>
        <translation>The broker granted the subscription at QoS 0.</translation>
    </message>
    <message>
        <source>The connection was closed normally.</source>
        <translation>The connection was closed normally.</translation>
    </message>
    <message>
        <source>The broker accepted the request.</source>
        <translation>The broker accepted the request.</translation>
    </message>
    <message>
        <source>The broker granted the subscription at QoS 1.</source>
        <translation>The broker granted the subscription at QoS 1.</translation>
    </message>
    <message>
        <source>The broker granted the subscription at QoS 2.</source>
        <translation>The broker granted the subscription at QoS 2.</translation>
    </message>
    <message>
        <source>The client closed the connection and asked the broker to publish its Last Will.</source>
        <translation>The client closed the connection and asked the broker to publish its Last Will.</translation>
    </message>
    <message>
        <source>The broker accepted the message, but no client is subscribed to its topic right now.</source>
        <translation>The broker accepted the message, but no client is subscribed to its topic right now.</translation>
    </message>
    <message>
        <source>There was no such subscription to remove.</source>
        <translation>There was no such subscription to remove.</translation>
    </message>
    <message>
        <source>The broker asks for another step of enhanced authentication.</source>
        <translation>The broker asks for another step of enhanced authentication.</translation>
    </message>
    <message>
        <source>The broker refused without saying why. Its log usually tells more.</source>
        <translation>The broker refused without saying why. Its log usually tells more.</translation>
    </message>
    <message>
        <source>The broker could not parse a packet. This points to a client or broker bug; capture a packet trace.</source>
        <translation>The broker could not parse a packet. This points to a client or broker bug; capture a packet trace.</translation>
    </message>
    <message>
        <source>The broker saw a protocol violation. Capture a packet trace and check the client and broker versions.</source>
        <translation>The broker saw a protocol violation. Capture a packet trace and check the client and broker versions.</translation>
    </message>
    <message>
        <source>The broker refused for a reason of its own. Check the broker&apos;s log or documentation.</source>
        <translation>The broker refused for a reason of its own. Check the broker&apos;s log or documentation.</translation>
    </message>
    <message>
        <source>The broker does not support MQTT 5. Connect with MQTT 3.1.1.</source>
        <translation>The broker does not support MQTT 5. Connect with MQTT 3.1.1.</translation>
    </message>
    <message>
        <source>The broker refused the client identifier. Use another client id.</source>
        <translation>The broker refused the client identifier. Use another client id.</translation>
    </message>
    <message>
        <source>The broker does not allow this client to connect. Check the credentials, the client certificate or the access rules.</source>
        <translation>The broker does not allow this client to connect. Check the credentials, the client certificate or the access rules.</translation>
    </message>
    <message>
        <source>The broker&apos;s access rules do not allow this client to subscribe to this filter. Ask for read access or subscribe to a narrower filter.</source>
        <translation>The broker&apos;s access rules do not allow this client to subscribe to this filter. Ask for read access or subscribe to a narrower filter.</translation>
    </message>
    <message>
        <source>The broker&apos;s access rules do not allow this client to publish to this topic. Ask for write access to it.</source>
        <translation>The broker&apos;s access rules do not allow this client to publish to this topic. Ask for write access to it.</translation>
    </message>
    <message>
        <source>The broker&apos;s access rules refused this operation.</source>
        <translation>The broker&apos;s access rules refused this operation.</translation>
    </message>
    <message>
        <source>The broker is not available. Retry later.</source>
        <translation>The broker is not available. Retry later.</translation>
    </message>
    <message>
        <source>The broker is too busy. Retry later.</source>
        <translation>The broker is too busy. Retry later.</translation>
    </message>
    <message>
        <source>The broker has banned this client. Contact the broker&apos;s administrator.</source>
        <translation>The broker has banned this client. Contact the broker&apos;s administrator.</translation>
    </message>
    <message>
        <source>The broker is shutting down.</source>
        <translation>The broker is shutting down.</translation>
    </message>
    <message>
        <source>The broker does not support the authentication method.</source>
        <translation>The broker does not support the authentication method.</translation>
    </message>
    <message>
        <source>The broker heard nothing within the keep alive time. Check the network or lower the keep alive.</source>
        <translation>The broker heard nothing within the keep alive time. Check the network or lower the keep alive.</translation>
    </message>
    <message>
        <source>Another client connected with the same client id and took over this session. Give each client a unique id.</source>
        <translation>Another client connected with the same client id and took over this session. Give each client a unique id.</translation>
    </message>
    <message>
        <source>The broker refused the topic filter. Check its syntax or the broker&apos;s limits.</source>
        <translation>The broker refused the topic filter. Check its syntax or the broker&apos;s limits.</translation>
    </message>
    <message>
        <source>The broker refused the topic name. Check its syntax or the broker&apos;s limits.</source>
        <translation>The broker refused the topic name. Check its syntax or the broker&apos;s limits.</translation>
    </message>
    <message>
        <source>The packet identifier is already in use.</source>
        <translation>The packet identifier is already in use.</translation>
    </message>
    <message>
        <source>The broker did not know the packet identifier.</source>
        <translation>The broker did not know the packet identifier.</translation>
    </message>
    <message>
        <source>More messages were in flight than the receive maximum allows.</source>
        <translation>More messages were in flight than the receive maximum allows.</translation>
    </message>
    <message>
        <source>The topic alias was invalid.</source>
        <translation>The topic alias was invalid.</translation>
    </message>
    <message>
        <source>The packet is larger than the broker accepts. Send a smaller payload or raise the broker&apos;s limit.</source>
        <translation>The packet is larger than the broker accepts. Send a smaller payload or raise the broker&apos;s limit.</translation>
    </message>
    <message>
        <source>The client sends too fast for the broker. Slow down.</source>
        <translation>The client sends too fast for the broker. Slow down.</translation>
    </message>
    <message>
        <source>A quota set by the broker was exceeded.</source>
        <translation>A quota set by the broker was exceeded.</translation>
    </message>
    <message>
        <source>An administrator disconnected this client.</source>
        <translation>An administrator disconnected this client.</translation>
    </message>
    <message>
        <source>The payload does not match its format indicator (it is marked UTF-8 but is not).</source>
        <translation>The payload does not match its format indicator (it is marked UTF-8 but is not).</translation>
    </message>
    <message>
        <source>The broker does not support retained messages. Publish without retain.</source>
        <translation>The broker does not support retained messages. Publish without retain.</translation>
    </message>
    <message>
        <source>The broker does not support this QoS. Use a lower QoS.</source>
        <translation>The broker does not support this QoS. Use a lower QoS.</translation>
    </message>
    <message>
        <source>The broker asks the client to use another server.</source>
        <translation>The broker asks the client to use another server.</translation>
    </message>
    <message>
        <source>The broker has moved permanently to another server.</source>
        <translation>The broker has moved permanently to another server.</translation>
    </message>
    <message>
        <source>The broker does not support shared subscriptions.</source>
        <translation>The broker does not support shared subscriptions.</translation>
    </message>
    <message>
        <source>The client connects too often. Wait before reconnecting.</source>
        <translation>The client connects too often. Wait before reconnecting.</translation>
    </message>
    <message>
        <source>The broker ended the connection at its maximum connect time.</source>
        <translation>The broker ended the connection at its maximum connect time.</translation>
    </message>
    <message>
        <source>The broker does not support subscription identifiers. Subscribe without one.</source>
        <translation>The broker does not support subscription identifiers. Subscribe without one.</translation>
    </message>
    <message>
        <source>The broker does not support wildcard subscriptions. Subscribe to exact topics.</source>
        <translation>The broker does not support wildcard subscriptions. Subscribe to exact topics.</translation>
    </message>
    <message>
        <source>The broker answered with a reason code MQTT 5 does not define.</source>
        <translation>The broker answered with a reason code MQTT 5 does not define.</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Failure</translation>
    </message>
    <message>
        <source>Granted QoS %1</source>
        <translation>Granted QoS %1</translation>
    </message>
    <message>
        <source>The broker refused the subscription (MQTT 3.1.1 gives no reason; access rules are the usual cause). Ask for read access or subscribe to a narrower filter.</source>
        <translation>The broker refused the subscription (MQTT 3.1.1 gives no reason; access rules are the usual cause). Ask for read access or subscribe to a narrower filter.</translation>
    </message>
    <message>
        <source>The broker granted the subscription at QoS %1.</source>
        <translation>The broker granted the subscription at QoS %1.</translation>
    </message>
    <message>
        <source>The broker acknowledged the message. MQTT 3.1.1 cannot report a refusal: a broker that denies a publish usually drops it silently.</source>
        <translation>The broker acknowledged the message. MQTT 3.1.1 cannot report a refusal: a broker that denies a publish usually drops it silently.</translation>
    </message>
</context>
<context>
    <name>RequestValidator</name>
    <message>
        <source>No topic filter to subscribe to. Enter at least one filter.</source>
        <translation>No topic filter to subscribe to. Enter at least one filter.</translation>
    </message>
    <message>
        <source>The QoS %1 for &quot;%2&quot; is invalid: use 0, 1 or 2.</source>
        <translation>The QoS %1 for &quot;%2&quot; is invalid: use 0, 1 or 2.</translation>
    </message>
    <message>
        <source>No local, retain as published, retain handling and subscription identifiers are MQTT 5 options. Connect with MQTT 5 or remove them.</source>
        <translation>No local, retain as published, retain handling and subscription identifiers are MQTT 5 options. Connect with MQTT 5 or remove them.</translation>
    </message>
    <message>
        <source>Retain handling must be 0 (send retained), 1 (only for a new subscription) or 2 (never).</source>
        <translation>Retain handling must be 0 (send retained), 1 (only for a new subscription) or 2 (never).</translation>
    </message>
    <message>
        <source>A subscription identifier must be between 1 and 268,435,455.</source>
        <translation>A subscription identifier must be between 1 and 268,435,455.</translation>
    </message>
    <message>
        <source>MQTT 5 carries one subscription identifier per SUBSCRIBE: subscribe to filters with different identifiers separately.</source>
        <translation>MQTT 5 carries one subscription identifier per SUBSCRIBE: subscribe to filters with different identifiers separately.</translation>
    </message>
    <message>
        <source>No local cannot be used on a shared subscription (%1).</source>
        <translation>No local cannot be used on a shared subscription (%1).</translation>
    </message>
    <message>
        <source>The QoS %1 is invalid: use 0, 1 or 2.</source>
        <translation>The QoS %1 is invalid: use 0, 1 or 2.</translation>
    </message>
    <message>
        <source>Message properties (content type, expiry, response topic, correlation data, user properties) need MQTT 5. Connect with MQTT 5 or remove them.</source>
        <translation>Message properties (content type, expiry, response topic, correlation data, user properties) need MQTT 5. Connect with MQTT 5 or remove them.</translation>
    </message>
    <message>
        <source>The payload is marked as UTF-8 text (payload format indicator) but is not valid UTF-8. Fix the payload or drop the indicator.</source>
        <translation>The payload is marked as UTF-8 text (payload format indicator) but is not valid UTF-8. Fix the payload or drop the indicator.</translation>
    </message>
    <message>
        <source>Response topic: %1</source>
        <translation>Response topic: %1</translation>
    </message>
    <message>
        <source>user property</source>
        <translation>user property</translation>
    </message>
</context>
<context>
    <name>SentAnswer</name>
    <message>
        <source>waiting…</source>
        <translation>waiting…</translation>
    </message>
    <message>
        <source>sent (QoS 0 has no answer)</source>
        <translation>sent (QoS 0 has no answer)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>refused: %1 (%2). %3</source>
        <translation>refused: %1 (%2). %3</translation>
    </message>
</context>
<context>
    <name>SeriesRecorder</name>
    <message>
        <source>%1 is already plotted.</source>
        <translation>%1 is already plotted.</translation>
    </message>
</context>
<context>
    <name>SimCommand</name>
    <message>
        <source>unknown option &quot;%1&quot; or missing value. See mqttdeck-cli sim --help.</source>
        <translation>unknown option &quot;%1&quot; or missing value. See mqttdeck-cli sim --help.</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;. See mqttdeck-cli sim --help.</source>
        <translation>unknown option &quot;%1&quot;. See mqttdeck-cli sim --help.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is out of range (devices 1-5000, rate 0-1000, port 1-65535).</source>
        <translation>%1: &quot;%2&quot; is out of range (devices 1-5000, rate 0-1000, port 1-65535).</translation>
    </message>
    <message>
        <source>sim: %1 of %2 devices online, %3 messages published</source>
        <translation>sim: %1 of %2 devices online, %3 messages published</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must be one topic level: 1 to 64 bytes of UTF-8, without &apos;/&apos;, &apos;+&apos; or &apos;#&apos; (for example prod, or acme).</source>
        <translation>%1 &quot;%2&quot; must be one topic level: 1 to 64 bytes of UTF-8, without &apos;/&apos;, &apos;+&apos; or &apos;#&apos; (for example prod, or acme).</translation>
    </message>
    <message>
        <source>no simulated device could connect: %1.</source>
        <translation>no simulated device could connect: %1.</translation>
    </message>
    <message>
        <source>the broker at %1:%2 did not answer</source>
        <translation>the broker at %1:%2 did not answer</translation>
    </message>
    <message>
        <source>Usage: mqttdeck-cli sim [-h HOST] [-p PORT] [--devices N] [--rate PER_SECOND]
                        [--duration SECONDS] [--env ENV] [--tenant TENANT]
                        [--no-sparkplug] [--command-behaviour MODE]
                        [--late-seconds S] [--commands-v311] [--no-commands]
Simulates a fleet under {env}/{tenant}/{site}/{area}/{asset}/{stream}/{signal}:
one connection per device with a Last Will, a retained online status, JSON
telemetry (temperature, humidity, power) at RATE messages per second per signal,
an alarm event now and then, and a device that dies without DISCONNECT every 45 s
(its will fires) and comes back. MQTT 3.1.1 over TCP.
Beside it, a Sparkplug B edge node (spBv1.0/TENANT-plant/…/edge-01): NBIRTH with
its metrics and aliases, NDEATH as its will, NDATA once a second with aliases only
(--no-sparkplug leaves it out).
Devices answer commands (stream: …/{asset}/command/NAME, answers on …/ack/NAME and
…/result/NAME; devices: devices/gw-NNN/commands/NAME, answers on …/commands/ack
and …/result; MQTT 5 request/response: on the command&apos;s response topic with its
correlation data), from one MQTT 5 connection (--commands-v311: MQTT 3.1.1, no
request/response). --command-behaviour: mixed (default: by device, gw-001 done,
gw-002 reject, gw-003 fail, gw-004 late, gw-005 never, gw-006 twice, gw-007 done
again…) or one of done, reject, fail, late, never, twice for every device; late
answers come after --late-seconds (default 5).
Defaults: localhost:1883, 40 devices, rate 1, until interrupted.
</source>
        <translation>Usage: mqttdeck-cli sim [-h HOST] [-p PORT] [--devices N] [--rate PER_SECOND]
                        [--duration SECONDS] [--env ENV] [--tenant TENANT]
                        [--no-sparkplug] [--command-behaviour MODE]
                        [--late-seconds S] [--commands-v311] [--no-commands]
Simulates a fleet under {env}/{tenant}/{site}/{area}/{asset}/{stream}/{signal}:
one connection per device with a Last Will, a retained online status, JSON
telemetry (temperature, humidity, power) at RATE messages per second per signal,
an alarm event now and then, and a device that dies without DISCONNECT every 45 s
(its will fires) and comes back. MQTT 3.1.1 over TCP.
Beside it, a Sparkplug B edge node (spBv1.0/TENANT-plant/…/edge-01): NBIRTH with
its metrics and aliases, NDEATH as its will, NDATA once a second with aliases only
(--no-sparkplug leaves it out).
Devices answer commands (stream: …/{asset}/command/NAME, answers on …/ack/NAME and
…/result/NAME; devices: devices/gw-NNN/commands/NAME, answers on …/commands/ack
and …/result; MQTT 5 request/response: on the command&apos;s response topic with its
correlation data), from one MQTT 5 connection (--commands-v311: MQTT 3.1.1, no
request/response). --command-behaviour: mixed (default: by device, gw-001 done,
gw-002 reject, gw-003 fail, gw-004 late, gw-005 never, gw-006 twice, gw-007 done
again…) or one of done, reject, fail, late, never, twice for every device; late
answers come after --late-seconds (default 5).
Defaults: localhost:1883, 40 devices, rate 1, until interrupted.
</translation>
    </message>
    <message>
        <source>--command-behaviour: &quot;%1&quot; is not mixed, done, reject, fail, late, never or twice.</source>
        <translation>--command-behaviour: &quot;%1&quot; is not mixed, done, reject, fail, late, never or twice.</translation>
    </message>
    <message>
        <source>sim: devices answer commands</source>
        <translation>sim: devices answer commands</translation>
    </message>
</context>
<context>
    <name>SparkplugCommandPayload</name>
    <message>
        <source>a Sparkplug B command is written as {&quot;metrics&quot;:[{&quot;name&quot;:…, &quot;type&quot;:…, &quot;value&quot;:…}]} with at least one metric.</source>
        <translation>a Sparkplug B command is written as {&quot;metrics&quot;:[{&quot;name&quot;:…, &quot;type&quot;:…, &quot;value&quot;:…}]} with at least one metric.</translation>
    </message>
    <message>
        <source>every Sparkplug B metric needs a &quot;name&quot; and a &quot;value&quot;.</source>
        <translation>every Sparkplug B metric needs a &quot;name&quot; and a &quot;value&quot;.</translation>
    </message>
    <message>
        <source>metric &quot;%1&quot;: type &quot;%2&quot; with this value cannot be sent (use Int8…UInt64, Float, Double, Boolean, String or Text).</source>
        <translation>metric &quot;%1&quot;: type &quot;%2&quot; with this value cannot be sent (use Int8…UInt64, Float, Double, Boolean, String or Text).</translation>
    </message>
</context>
<context>
    <name>SparkplugTracker</name>
    <message>
        <source>seq %1 is outside 0–255</source>
        <translation>seq %1 is outside 0–255</translation>
    </message>
    <message numerus="yes">
        <source>seq %1 after %2: %n message(s) missing</source>
        <translation>
            <numerusform>seq %1 after %2: %n message missing</numerusform>
            <numerusform>seq %1 after %2: %n messages missing</numerusform>
        </translation>
    </message>
    <message>
        <source>seq %1 after %2: out of order or repeated</source>
        <translation>seq %1 after %2: out of order or repeated</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a Sparkplug B Protobuf payload (%n byte(s))</source>
        <translation>
            <numerusform>%1 is not a Sparkplug B Protobuf payload (%n byte)</numerusform>
            <numerusform>%1 is not a Sparkplug B Protobuf payload (%n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 carries %n metric(s) past the limit of %2, not kept</source>
        <translation>
            <numerusform>%1 carries %n metric past the limit of %2, not kept</numerusform>
            <numerusform>%1 carries %n metrics past the limit of %2, not kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>metric %1 not kept: %2 already has %n metric(s), the limit</source>
        <translation>
            <numerusform>metric %1 not kept: %2 already has %n metric, the limit</numerusform>
            <numerusform>metric %1 not kept: %2 already has %n metrics, the limit</numerusform>
        </translation>
    </message>
    <message>
        <source>new %1 while online</source>
        <translation>new %1 while online</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 after %2</translation>
    </message>
    <message>
        <source>%1 after an unknown state</source>
        <translation>%1 after an unknown state</translation>
    </message>
    <message>
        <source>NDEATH with bdSeq %1 while the NBIRTH had %2: ignored, a death of an earlier session</source>
        <translation>NDEATH with bdSeq %1 while the NBIRTH had %2: ignored, a death of an earlier session</translation>
    </message>
    <message>
        <source>NDEATH of its node</source>
        <translation>NDEATH of its node</translation>
    </message>
    <message>
        <source>DBIRTH before its node&apos;s NBIRTH</source>
        <translation>DBIRTH before its node&apos;s NBIRTH</translation>
    </message>
    <message>
        <source>%1 before any %2</source>
        <translation>%1 before any %2</translation>
    </message>
    <message>
        <source>%1 while offline after %2, before a new %3</source>
        <translation>%1 while offline after %2, before a new %3</translation>
    </message>
    <message>
        <source>%1 while its node is not born</source>
        <translation>%1 while its node is not born</translation>
    </message>
    <message>
        <source>%1: alias %2 is not in the catalogue of the last birth</source>
        <translation>%1: alias %2 is not in the catalogue of the last birth</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>the output</source>
        <translation>the output</translation>
    </message>
    <message>
        <source>the charts</source>
        <translation>the charts</translation>
    </message>
    <message>
        <source>the live feed</source>
        <translation>the live feed</translation>
    </message>
    <message>
        <source>the fleet</source>
        <translation>the fleet</translation>
    </message>
    <message>
        <source>the rebirth watch</source>
        <translation>the rebirth watch</translation>
    </message>
    <message>
        <source>the retained board</source>
        <translation>the retained board</translation>
    </message>
    <message>
        <source>the command tracker</source>
        <translation>the command tracker</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>template &quot;%1&quot;, field &quot;%2&quot;: %3</source>
        <translation>template &quot;%1&quot;, field &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>a template needs a name.</source>
        <translation>a template needs a name.</translation>
    </message>
    <message>
        <source>template &quot;%1&quot;: unknown field &quot;%2&quot; (known: %3).</source>
        <translation>template &quot;%1&quot;: unknown field &quot;%2&quot; (known: %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not stream, devices, mqtt5, sparkplug or auto.</source>
        <translation>&quot;%1&quot; is not stream, devices, mqtt5, sparkplug or auto.</translation>
    </message>
    <message>
        <source>the command&apos;s name must be one topic level (not empty, no /, + or #).</source>
        <translation>the command&apos;s name must be one topic level (not empty, no /, + or #).</translation>
    </message>
    <message>
        <source>the payload must be a JSON object or a string.</source>
        <translation>the payload must be a JSON object or a string.</translation>
    </message>
    <message>
        <source>unknown placeholder {{%1}} (known: %2).</source>
        <translation>unknown placeholder {{%1}} (known: %2).</translation>
    </message>
    <message>
        <source>not JSON at offset %1: %2</source>
        <translation>not JSON at offset %1: %2</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2.</source>
        <translation>must be a whole number from %1 to %2.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>must be true or false.</translation>
    </message>
    <message>
        <source>expected an object with a &quot;templates&quot; array.</source>
        <translation>expected an object with a &quot;templates&quot; array.</translation>
    </message>
    <message>
        <source>template %1 is not a JSON object.</source>
        <translation>template %1 is not a JSON object.</translation>
    </message>
    <message>
        <source>template &quot;%1&quot; appears twice.</source>
        <translation>template &quot;%1&quot; appears twice.</translation>
    </message>
    <message>
        <source>cannot read the templates file %1: %2</source>
        <translation>cannot read the templates file %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot write the templates file %1: %2</source>
        <translation>cannot write the templates file %1: %2</translation>
    </message>
</context>
<context>
    <name>TlsFiles</name>
    <message>
        <source>The %1 file &quot;%2&quot; does not exist. Check the path.</source>
        <translation>The %1 file &quot;%2&quot; does not exist. Check the path.</translation>
    </message>
    <message>
        <source>The %1 path &quot;%2&quot; is not a file.</source>
        <translation>The %1 path &quot;%2&quot; is not a file.</translation>
    </message>
    <message>
        <source>The %1 file &quot;%2&quot; cannot be read (%3). Check its permissions.</source>
        <translation>The %1 file &quot;%2&quot; cannot be read (%3). Check its permissions.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; holds no PEM certificate (expected &quot;-----BEGIN CERTIFICATE-----&quot;). Convert a DER file with: openssl x509 -inform der -in ca.der -out ca.pem</source>
        <translation>The CA file &quot;%1&quot; holds no PEM certificate (expected &quot;-----BEGIN CERTIFICATE-----&quot;). Convert a DER file with: openssl x509 -inform der -in ca.der -out ca.pem</translation>
    </message>
    <message>
        <source>A client key was given without a client certificate. Add the certificate file (--cert).</source>
        <translation>A client key was given without a client certificate. Add the certificate file (--cert).</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>client certificate</translation>
    </message>
    <message>
        <source>The client certificate &quot;%1&quot; is not a PEM certificate. Check that it is the certificate (not the key) and PEM-encoded.</source>
        <translation>The client certificate &quot;%1&quot; is not a PEM certificate. Check that it is the certificate (not the key) and PEM-encoded.</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>private key</translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; is encrypted. Enter its passphrase (--key-passphrase).</source>
        <translation>The private key &quot;%1&quot; is encrypted. Enter its passphrase (--key-passphrase).</translation>
    </message>
    <message>
        <source>The passphrase does not decrypt the private key &quot;%1&quot;. Check the passphrase.</source>
        <translation>The passphrase does not decrypt the private key &quot;%1&quot;. Check the passphrase.</translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; is not a PEM private key. Check that it is the key (not the certificate) and PEM-encoded.</source>
        <translation>The private key &quot;%1&quot; is not a PEM private key. Check that it is the key (not the certificate) and PEM-encoded.</translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; does not belong to the client certificate &quot;%2&quot;. Pick the key that was generated with this certificate.</source>
        <translation>The private key &quot;%1&quot; does not belong to the client certificate &quot;%2&quot;. Pick the key that was generated with this certificate.</translation>
    </message>
    <message>
        <source>The client certificate &quot;%1&quot; was given without its private key, and the certificate file holds none. Add the key file (--key).</source>
        <translation>The client certificate &quot;%1&quot; was given without its private key, and the certificate file holds none. Add the key file (--key).</translation>
    </message>
</context>
<context>
    <name>TopicSearch</name>
    <message>
        <source>The regular expression is not valid: %1 (at character %2).</source>
        <translation>The regular expression is not valid: %1 (at character %2).</translation>
    </message>
</context>
<context>
    <name>TopicValidator</name>
    <message>
        <source>The %1 contains an invalid character (an unpaired UTF-16 surrogate). Retype it or paste it again from its source.</source>
        <translation>The %1 contains an invalid character (an unpaired UTF-16 surrogate). Retype it or paste it again from its source.</translation>
    </message>
    <message>
        <source>The %1 is %2 bytes long; MQTT allows at most 65,535 bytes. Shorten it.</source>
        <translation>The %1 is %2 bytes long; MQTT allows at most 65,535 bytes. Shorten it.</translation>
    </message>
    <message>
        <source>The %1 contains a NUL character (U+0000), which MQTT forbids. Remove it.</source>
        <translation>The %1 contains a NUL character (U+0000), which MQTT forbids. Remove it.</translation>
    </message>
    <message>
        <source>The %1 is not valid UTF-8. MQTT strings must be UTF-8 text; check the encoding of its source.</source>
        <translation>The %1 is not valid UTF-8. MQTT strings must be UTF-8 text; check the encoding of its source.</translation>
    </message>
    <message>
        <source>The topic is empty. Enter a topic such as site-01/device-7/telemetry.</source>
        <translation>The topic is empty. Enter a topic such as site-01/device-7/telemetry.</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>topic</translation>
    </message>
    <message>
        <source>The topic &quot;%1&quot; contains a wildcard (+ or #). Wildcards are only allowed in subscriptions; publish to a concrete topic.</source>
        <translation>The topic &quot;%1&quot; contains a wildcard (+ or #). Wildcards are only allowed in subscriptions; publish to a concrete topic.</translation>
    </message>
    <message>
        <source>The topic filter is empty. Enter a filter such as site-01/# or +/status.</source>
        <translation>The topic filter is empty. Enter a filter such as site-01/# or +/status.</translation>
    </message>
    <message>
        <source>topic filter</source>
        <translation>topic filter</translation>
    </message>
    <message>
        <source>The shared subscription &quot;%1&quot; needs a group and a filter: $share/{group}/{filter}.</source>
        <translation>The shared subscription &quot;%1&quot; needs a group and a filter: $share/{group}/{filter}.</translation>
    </message>
    <message>
        <source>The share group name &quot;%1&quot; contains a wildcard; group names must be plain text.</source>
        <translation>The share group name &quot;%1&quot; contains a wildcard; group names must be plain text.</translation>
    </message>
    <message>
        <source>The shared subscription &quot;%1&quot; has no filter after its group.</source>
        <translation>The shared subscription &quot;%1&quot; has no filter after its group.</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, # must be a whole level on its own (for example a/#, not a#).</source>
        <translation>In &quot;%1&quot;, # must be a whole level on its own (for example a/#, not a#).</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, # must be the last level: it matches everything below, so nothing may follow it.</source>
        <translation>In &quot;%1&quot;, # must be the last level: it matches everything below, so nothing may follow it.</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, + must be a whole level on its own (for example a/+/c, not a/b+/c).</source>
        <translation>In &quot;%1&quot;, + must be a whole level on its own (for example a/+/c, not a/b+/c).</translation>
    </message>
</context>
<context>
    <name>TraceCommand</name>
    <message>
        <source>Usage: mqttdeck-cli trace --decode [-V mqttv5|mqttv311] [--hex] [--dir in|out]
Decodes raw MQTT bytes read from standard input (a stream of packets, split
anywhere) and prints one JSON line per packet: dir, offset, type, size,
packet_id, reason_codes and reason_names, properties (MQTT 5), and the type&apos;s
fields (PUBLISH: topic, qos, retain, dup, payload; CONNECT: its fields with the
password and authentication data masked).
  -V, --protocol-version V  how to read packets before a CONNECT: mqttv5
                            (default) or mqttv311; a CONNECT switches to the
                            version it names
  --hex                     the input is hexadecimal text (whitespace ignored)
  --dir in|out              the dir field of every line (default in: bytes a
                            client received; out for bytes it sent)
A malformed packet prints a line with error (what is wrong), rule (the
specification&apos;s rule) and offset (bytes from the start of the stream); the
decoding goes on with the next packet when the length was readable.
Exit codes: 0 every packet decoded, 1 bad arguments or hex text, 7 a malformed
or truncated packet.
</source>
        <translation>Usage: mqttdeck-cli trace --decode [-V mqttv5|mqttv311] [--hex] [--dir in|out]
Decodes raw MQTT bytes read from standard input (a stream of packets, split
anywhere) and prints one JSON line per packet: dir, offset, type, size,
packet_id, reason_codes and reason_names, properties (MQTT 5), and the type&apos;s
fields (PUBLISH: topic, qos, retain, dup, payload; CONNECT: its fields with the
password and authentication data masked).
  -V, --protocol-version V  how to read packets before a CONNECT: mqttv5
                            (default) or mqttv311; a CONNECT switches to the
                            version it names
  --hex                     the input is hexadecimal text (whitespace ignored)
  --dir in|out              the dir field of every line (default in: bytes a
                            client received; out for bytes it sent)
A malformed packet prints a line with error (what is wrong), rule (the
specification&apos;s rule) and offset (bytes from the start of the stream); the
decoding goes on with the next packet when the length was readable.
Exit codes: 0 every packet decoded, 1 bad arguments or hex text, 7 a malformed
or truncated packet.
</translation>
    </message>
    <message>
        <source>-V expects mqttv5 or mqttv311, not &quot;%1&quot;.</source>
        <translation>-V expects mqttv5 or mqttv311, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--dir expects in or out, not &quot;%1&quot;.</source>
        <translation>--dir expects in or out, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; or missing value. See mqttdeck-cli trace --decode --help.</source>
        <translation>unknown option &quot;%1&quot; or missing value. See mqttdeck-cli trace --decode --help.</translation>
    </message>
    <message>
        <source>the input is not hexadecimal text: character %1 is neither a hex digit nor whitespace. Leave out --hex for raw bytes.</source>
        <translation>the input is not hexadecimal text: character %1 is neither a hex digit nor whitespace. Leave out --hex for raw bytes.</translation>
    </message>
    <message>
        <source>the hexadecimal text ends with half a byte (an odd number of digits).</source>
        <translation>the hexadecimal text ends with half a byte (an odd number of digits).</translation>
    </message>
</context>
<context>
    <name>TraceRelay</name>
    <message>
        <source>The packet trace is already started.</source>
        <translation>The packet trace is already started.</translation>
    </message>
    <message>
        <source>The packet trace could not listen on 127.0.0.1: %1</source>
        <translation>The packet trace could not listen on 127.0.0.1: %1</translation>
    </message>
</context>
<context>
    <name>WindowTerms</name>
    <message>
        <source>(CA certificate, in Connections… › TLS)</source>
        <translation>(CA certificate, in Connections… › TLS)</translation>
    </message>
    <message>
        <source>(untick “Verify that it names the host” in Connections… › TLS)</source>
        <translation>(untick “Verify that it names the host” in Connections… › TLS)</translation>
    </message>
    <message>
        <source>(Client certificate, in Connections… › TLS)</source>
        <translation>(Client certificate, in Connections… › TLS)</translation>
    </message>
    <message>
        <source>(Client key, in Connections… › TLS)</source>
        <translation>(Client key, in Connections… › TLS)</translation>
    </message>
    <message>
        <source>(Key passphrase, in Connections… › TLS)</source>
        <translation>(Key passphrase, in Connections… › TLS)</translation>
    </message>
    <message>
        <source>(Client id, in Connections… › General)</source>
        <translation>(Client id, in Connections… › General)</translation>
    </message>
    <message>
        <source>(the composer&apos;s Reason)</source>
        <translation>(the composer&apos;s Reason)</translation>
    </message>
    <message>
        <source>(the reason beside Retain, in the composer)</source>
        <translation>(the reason beside Retain, in the composer)</translation>
    </message>
    <message>
        <source>for a command topic as it is, choose the convention in the composer</source>
        <translation>for a command topic as it is, choose the convention in the composer</translation>
    </message>
</context>
<context>
    <name>deck::ConnectionContext</name>
    <message>
        <source>The saved device rules could not be read (%1); the &quot;auto&quot; preset is used.</source>
        <translation>The saved device rules could not be read (%1); the &quot;auto&quot; preset is used.</translation>
    </message>
</context>
<context>
    <name>deck::cli::AclProbeCommand</name>
    <message>
        <source>Usage: mqttdeck-cli acl-probe [connection flags] [--sub FILTER]... [--read TOPIC]...
            [--pub TOPIC]... [--observer-user U --observer-pw P]
            [--observer-cert FILE --observer-key FILE]
            [--observer-profile NAME [--profiles-file PATH]] [--timeout S] [--json]
Tests what the identity of the connection flags may do, each right with a verdict
(allowed, denied, unknown) and its evidence: the SUBACK per filter, the PUBACK&apos;s
reason under MQTT 5, and delivery — a probe message the observer publishes must
reach the probed identity (read), and one the probed identity publishes must reach
the observer (write: under MQTT 3.1.1 the only evidence, as brokers drop refused
publishes silently; and mosquitto&apos;s acl_file grants forbidden subscriptions in the
SUBACK). Without an observer, what only a delivery can tell is &quot;unknown&quot;.
Probe messages are QoS 1 and never retained; subscriptions are removed after each
check.

  --sub FILTER          may it subscribe to FILTER (and receive what matches)?
  --read TOPIC          may it receive messages published on TOPIC?
  --pub TOPIC           may it publish on TOPIC?
</source>
        <translation>Usage: mqttdeck-cli acl-probe [connection flags] [--sub FILTER]... [--read TOPIC]...
            [--pub TOPIC]... [--observer-user U --observer-pw P]
            [--observer-cert FILE --observer-key FILE]
            [--observer-profile NAME [--profiles-file PATH]] [--timeout S] [--json]
Tests what the identity of the connection flags may do, each right with a verdict
(allowed, denied, unknown) and its evidence: the SUBACK per filter, the PUBACK&apos;s
reason under MQTT 5, and delivery — a probe message the observer publishes must
reach the probed identity (read), and one the probed identity publishes must reach
the observer (write: under MQTT 3.1.1 the only evidence, as brokers drop refused
publishes silently; and mosquitto&apos;s acl_file grants forbidden subscriptions in the
SUBACK). Without an observer, what only a delivery can tell is &quot;unknown&quot;.
Probe messages are QoS 1 and never retained; subscriptions are removed after each
check.

  --sub FILTER          may it subscribe to FILTER (and receive what matches)?
  --read TOPIC          may it receive messages published on TOPIC?
  --pub TOPIC           may it publish on TOPIC?
</translation>
    </message>
    <message>
        <source>  --timeout S           how long a probe message may take (default 2)
  --json                one JSON object per check: check, target, verdict,
                        evidence, reason_code, probe_topic

Exit codes: 0 every check allowed, 30 at least one denied, 31 none denied and
at least one unknown; 1 bad arguments, 2 could not connect.

</source>
        <translation>  --timeout S           how long a probe message may take (default 2)
  --json                one JSON object per check: check, target, verdict,
                        evidence, reason_code, probe_topic

Exit codes: 0 every check allowed, 30 at least one denied, 31 none denied and
at least one unknown; 1 bad arguments, 2 could not connect.

</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;. See mqttdeck-cli acl-probe --help.</source>
        <translation>unknown option &quot;%1&quot;. See mqttdeck-cli acl-probe --help.</translation>
    </message>
    <message>
        <source>nothing to test: give --sub FILTER, --read TOPIC or --pub TOPIC.</source>
        <translation>nothing to test: give --sub FILTER, --read TOPIC or --pub TOPIC.</translation>
    </message>
    <message>
        <source>no observer: what only a delivery can show will be &quot;unknown&quot; (give --observer-user/--observer-pw or --observer-profile).</source>
        <translation>no observer: what only a delivery can show will be &quot;unknown&quot; (give --observer-user/--observer-pw or --observer-profile).</translation>
    </message>
</context>
<context>
    <name>deck::cli::CertCommand</name>
    <message>
        <source>Usage: mqttdeck-cli cert [connection flags] [--warn-days N] [--json]
Shows the broker&apos;s certificate chain as its TLS handshake presents it, and the
client certificate (--cert): subject, issuer, names (SANs), validity, key type and
size, SHA-256 fingerprint, days to expiry, and warnings in words — expired,
expiring within --warn-days (default 30), not yet valid, self-signed, weak key,
host not in the certificate&apos;s names, not trusted by the CA in use. Nothing is sent
after the handshake. Needs a TLS connection (--cafile, --tls, mqtts://, wss://).

  --warn-days N   warn when a certificate expires within N days (default 30)
  --json          one JSON object per certificate: role (server, chain, client),
                  subject, issuer, sans, not_before, not_after, days_left,
                  key_type, key_bits, sha256, self_signed, warnings

Exit codes: 0 no warning, 32 a certificate has a warning, 2 no TLS handshake,
1 bad arguments.

</source>
        <translation>Usage: mqttdeck-cli cert [connection flags] [--warn-days N] [--json]
Shows the broker&apos;s certificate chain as its TLS handshake presents it, and the
client certificate (--cert): subject, issuer, names (SANs), validity, key type and
size, SHA-256 fingerprint, days to expiry, and warnings in words — expired,
expiring within --warn-days (default 30), not yet valid, self-signed, weak key,
host not in the certificate&apos;s names, not trusted by the CA in use. Nothing is sent
after the handshake. Needs a TLS connection (--cafile, --tls, mqtts://, wss://).

  --warn-days N   warn when a certificate expires within N days (default 30)
  --json          one JSON object per certificate: role (server, chain, client),
                  subject, issuer, sans, not_before, not_after, days_left,
                  key_type, key_bits, sha256, self_signed, warnings

Exit codes: 0 no warning, 32 a certificate has a warning, 2 no TLS handshake,
1 bad arguments.

</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;. See mqttdeck-cli cert --help.</source>
        <translation>unknown option &quot;%1&quot;. See mqttdeck-cli cert --help.</translation>
    </message>
    <message>
        <source>cert needs a TLS connection: give --cafile (or --tls), or a mqtts:// or wss:// URL.</source>
        <translation>cert needs a TLS connection: give --cafile (or --tls), or a mqtts:// or wss:// URL.</translation>
    </message>
    <message>
        <source>%1 certificate</source>
        <translation>%1 certificate</translation>
    </message>
    <message>
        <source>subject      %1</source>
        <translation>subject      %1</translation>
    </message>
    <message>
        <source>issuer       %1</source>
        <translation>issuer       %1</translation>
    </message>
    <message>
        <source>names        %1</source>
        <translation>names        %1</translation>
    </message>
    <message numerus="yes">
        <source>valid        %1 to %2 (%n day(s) left)</source>
        <translation>
            <numerusform>valid        %1 to %2 (%n day left)</numerusform>
            <numerusform>valid        %1 to %2 (%n days left)</numerusform>
        </translation>
    </message>
    <message>
        <source>key          %1 %2 bits</source>
        <translation>key          %1 %2 bits</translation>
    </message>
    <message>
        <source>SHA-256      %1</source>
        <translation>SHA-256      %1</translation>
    </message>
    <message>
        <source>WARNING      %1</source>
        <translation>WARNING      %1</translation>
    </message>
</context>
<context>
    <name>deck::cli::CheckCommand</name>
    <message>
        <source>Usage: mqttdeck-cli check [connection flags] [--other-topic TOPIC]
            [--command-topic TOPIC] [--own-topic TOPIC] [--oversize BYTES]
            [--plain-port PORT] [--warn-days N] [observer flags] [--json]
The security acceptance checks of a broker for the identity of the connection
flags (typically a device&apos;s), each pass, fail, unknown or n/a with its evidence:
  anonymous_refused        a CONNECT without credentials is refused
  plaintext_closed         no plaintext MQTT listener beside TLS (--plain-port,
                           default 1883); fails on a plain connection itself
  wildcard_refused         &apos;#&apos; is not subscribable (nor delivering)
  sys_refused              &apos;$SYS/#&apos; is not subscribable (nor delivering)
  other_namespace_refused  publishing on --other-topic (another device&apos;s) refused
  command_publish_refused  publishing on --command-topic refused
  oversize_refused         a payload of --oversize bytes (default 1 MiB + 1) on
                           --own-topic (default mqttdeck/check/&lt;client id&gt;) refused
  certificate_valid        no certificate expires within --warn-days (default 30)
Rights are tested as acl-probe does: by delivery through an observer when one is
given, else from the broker&apos;s acknowledgements (&quot;unknown&quot; where they cannot tell).
Nothing published is retained.

</source>
        <translation>Usage: mqttdeck-cli check [connection flags] [--other-topic TOPIC]
            [--command-topic TOPIC] [--own-topic TOPIC] [--oversize BYTES]
            [--plain-port PORT] [--warn-days N] [observer flags] [--json]
The security acceptance checks of a broker for the identity of the connection
flags (typically a device&apos;s), each pass, fail, unknown or n/a with its evidence:
  anonymous_refused        a CONNECT without credentials is refused
  plaintext_closed         no plaintext MQTT listener beside TLS (--plain-port,
                           default 1883); fails on a plain connection itself
  wildcard_refused         &apos;#&apos; is not subscribable (nor delivering)
  sys_refused              &apos;$SYS/#&apos; is not subscribable (nor delivering)
  other_namespace_refused  publishing on --other-topic (another device&apos;s) refused
  command_publish_refused  publishing on --command-topic refused
  oversize_refused         a payload of --oversize bytes (default 1 MiB + 1) on
                           --own-topic (default mqttdeck/check/&lt;client id&gt;) refused
  certificate_valid        no certificate expires within --warn-days (default 30)
Rights are tested as acl-probe does: by delivery through an observer when one is
given, else from the broker&apos;s acknowledgements (&quot;unknown&quot; where they cannot tell).
Nothing published is retained.

</translation>
    </message>
    <message>
        <source>  --json                one JSON object per check: check, result, title, evidence

Exit codes: 0 every check passed (or n/a), 33 one failed, 34 none failed and some
unknown, 1 bad arguments.

</source>
        <translation>  --json                one JSON object per check: check, result, title, evidence

Exit codes: 0 every check passed (or n/a), 33 one failed, 34 none failed and some
unknown, 1 bad arguments.

</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;. See mqttdeck-cli check --help.</source>
        <translation>unknown option &quot;%1&quot;. See mqttdeck-cli check --help.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>deck::cli::CommandCommand</name>
    <message>
        <source>Usage: mqttdeck-cli command send [connection flags]
           (--topic TOPIC | --target DEVICE_TOPIC_PREFIX)
           [--template NAME | --name NAME --payload JSON]
           [--convention stream|devices|mqtt5|sparkplug] [--qos 0|1|2]
           [--ttl S] [--ack-timeout S] [--result-timeout S]
           [--operator NAME] [--reason TEXT] [--retain --retain-reason TEXT]
           [--templates FILE] [--journal FILE] [--wait] [--json]
       mqttdeck-cli command resume [connection flags] [--journal FILE] [--wait] [--json]
       mqttdeck-cli command templates [--templates FILE] [--json]

send: records the command in the journal, subscribes to its answer topics, then
publishes it (QoS 1 unless the template says otherwise) and prints each step:
CREATED, SENT (the broker&apos;s answer), ACKED, RUNNING, DONE, or REJECTED, FAILED,
EXPIRED (time to live passed before an ack), TIMEOUT (no ack or no result in time).
Without --wait it ends once the broker has the command.
  --target PREFIX     {env}/{tenant}/{site}/{area}/{asset} (stream convention),
                      devices/{id} (devices), spBv1.0/{group}/{node}[/{device}]
                      (sparkplug); no wildcards
  --topic TOPIC       the command topic as is (say --convention)
  --template NAME     from the library: built-in reboot, ping, set-config,
                      sparkplug-reboot, and those of --templates FILE (default
                      command-templates.json in the data directory)
  --name, --payload   a command made on the spot; the payload is JSON with
                      placeholders such as {{command_id}}, {{expires_at}},
                      {{requested_by}}, {{reason}}, {{device_id}}
  --convention C      mqtt5 sends a response topic and the command id as
                      correlation data (needs -V mqttv5, the default)
  --ttl, --ack-timeout, --result-timeout  seconds (override the template)
  --operator NAME     requested_by (default: the OS user)
  --reason TEXT       why (required by reboot and set-config)
  --retain            refused on command topics unless --retain-reason says why
  --journal FILE      the journal (default journal.sqlite in the data directory)
  --wait              follow the command to its final state
  --json              each step as a JSON line: command_id, state, at (UTC), ...
resume: follows again the journal&apos;s unfinished commands sent through this broker,
and marks UNKNOWN those whose timeouts passed while no MQTT Deck followed them.

Exit codes with --wait: 0 DONE, 10 REJECTED, 11 FAILED, 12 EXPIRED, 13 TIMEOUT,
14 CANCELLED, 15 UNKNOWN; 1 bad arguments, 2 could not connect, 3 refused by the
broker (the publish or the answers&apos; subscription), 4 connection lost, 6 the
journal could not be opened or written. Without --wait: 0 once SENT.

</source>
        <translation>Usage: mqttdeck-cli command send [connection flags]
           (--topic TOPIC | --target DEVICE_TOPIC_PREFIX)
           [--template NAME | --name NAME --payload JSON]
           [--convention stream|devices|mqtt5|sparkplug] [--qos 0|1|2]
           [--ttl S] [--ack-timeout S] [--result-timeout S]
           [--operator NAME] [--reason TEXT] [--retain --retain-reason TEXT]
           [--templates FILE] [--journal FILE] [--wait] [--json]
       mqttdeck-cli command resume [connection flags] [--journal FILE] [--wait] [--json]
       mqttdeck-cli command templates [--templates FILE] [--json]

send: records the command in the journal, subscribes to its answer topics, then
publishes it (QoS 1 unless the template says otherwise) and prints each step:
CREATED, SENT (the broker&apos;s answer), ACKED, RUNNING, DONE, or REJECTED, FAILED,
EXPIRED (time to live passed before an ack), TIMEOUT (no ack or no result in time).
Without --wait it ends once the broker has the command.
  --target PREFIX     {env}/{tenant}/{site}/{area}/{asset} (stream convention),
                      devices/{id} (devices), spBv1.0/{group}/{node}[/{device}]
                      (sparkplug); no wildcards
  --topic TOPIC       the command topic as is (say --convention)
  --template NAME     from the library: built-in reboot, ping, set-config,
                      sparkplug-reboot, and those of --templates FILE (default
                      command-templates.json in the data directory)
  --name, --payload   a command made on the spot; the payload is JSON with
                      placeholders such as {{command_id}}, {{expires_at}},
                      {{requested_by}}, {{reason}}, {{device_id}}
  --convention C      mqtt5 sends a response topic and the command id as
                      correlation data (needs -V mqttv5, the default)
  --ttl, --ack-timeout, --result-timeout  seconds (override the template)
  --operator NAME     requested_by (default: the OS user)
  --reason TEXT       why (required by reboot and set-config)
  --retain            refused on command topics unless --retain-reason says why
  --journal FILE      the journal (default journal.sqlite in the data directory)
  --wait              follow the command to its final state
  --json              each step as a JSON line: command_id, state, at (UTC), ...
resume: follows again the journal&apos;s unfinished commands sent through this broker,
and marks UNKNOWN those whose timeouts passed while no MQTT Deck followed them.

Exit codes with --wait: 0 DONE, 10 REJECTED, 11 FAILED, 12 EXPIRED, 13 TIMEOUT,
14 CANCELLED, 15 UNKNOWN; 1 bad arguments, 2 could not connect, 3 refused by the
broker (the publish or the answers&apos; subscription), 4 connection lost, 6 the
journal could not be opened or written. Without --wait: 0 once SENT.

</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;. See mqttdeck-cli command --help.</source>
        <translation>unknown option &quot;%1&quot;. See mqttdeck-cli command --help.</translation>
    </message>
    <message>
        <source>%1  %2  %3  QoS %4, ttl %5 s, ack %6 s, result %7 s%8%9</source>
        <translation>%1  %2  %3  QoS %4, ttl %5 s, ack %6 s, result %7 s%8%9</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>, dangerous</source>
        <translation>, dangerous</translation>
    </message>
    <message>
        <source>, needs a reason</source>
        <translation>, needs a reason</translation>
    </message>
    <message>
        <source>mqttdeck-cli command knows send, resume and templates, not &quot;%1&quot;. See --help.</source>
        <translation>mqttdeck-cli command knows send, resume and templates, not &quot;%1&quot;. See --help.</translation>
    </message>
    <message>
        <source>command resume takes connection flags, --journal, --wait and --json; not &quot;%1&quot;.</source>
        <translation>command resume takes connection flags, --journal, --wait and --json; not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--convention: &quot;%1&quot; is not stream, devices, mqtt5 or sparkplug.</source>
        <translation>--convention: &quot;%1&quot; is not stream, devices, mqtt5 or sparkplug.</translation>
    </message>
    <message>
        <source>unknown template &quot;%1&quot; (the library has: %2).</source>
        <translation>unknown template &quot;%1&quot; (the library has: %2).</translation>
    </message>
    <message>
        <source>say what to send: --template NAME, or --name NAME and --payload JSON.</source>
        <translation>say what to send: --template NAME, or --name NAME and --payload JSON.</translation>
    </message>
    <message>
        <source>journal: %1 unfinished command(s) followed again, %2 marked UNKNOWN (their timeouts passed), %3 sent through another broker left alone.</source>
        <translation>journal: %1 unfinished command(s) followed again, %2 marked UNKNOWN (their timeouts passed), %3 sent through another broker left alone.</translation>
    </message>
    <message>
        <source>followed again</source>
        <translation>followed again</translation>
    </message>
</context>
<context>
    <name>deck::cli::DoctorCommand</name>
    <message>
        <source>Usage: mqttdeck-cli doctor [connection flags] [-t FILTER] [--json]
Walks the connection as a support engineer would — dns, tcp, tls, connect,
subscribe, roundtrip (a QoS 1 message published on a topic of the filter must
come back) — and stops at the first step that fails, saying the likely cause and
what to try. The message is never retained; by default its topic is the doctor&apos;s
own (mqttdeck/doctor/&lt;client id&gt;).

  -t, --topic FILTER   subscribe to FILTER and publish on a topic it matches
  --json               one JSON object per step: step, ok, detail, ms, skipped

Exit code: 0 when every step passed, 8 when one failed (it is the last printed);
1 bad arguments.

</source>
        <translation>Usage: mqttdeck-cli doctor [connection flags] [-t FILTER] [--json]
Walks the connection as a support engineer would — dns, tcp, tls, connect,
subscribe, roundtrip (a QoS 1 message published on a topic of the filter must
come back) — and stops at the first step that fails, saying the likely cause and
what to try. The message is never retained; by default its topic is the doctor&apos;s
own (mqttdeck/doctor/&lt;client id&gt;).

  -t, --topic FILTER   subscribe to FILTER and publish on a topic it matches
  --json               one JSON object per step: step, ok, detail, ms, skipped

Exit code: 0 when every step passed, 8 when one failed (it is the last printed);
1 bad arguments.

</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;. See mqttdeck-cli doctor --help.</source>
        <translation>unknown option &quot;%1&quot;. See mqttdeck-cli doctor --help.</translation>
    </message>
</context>
<context>
    <name>deck::cli::FleetCommand</name>
    <message>
        <source>Usage: mqttdeck-cli fleet [connection flags] [--preset NAME | --rules FILE]
                          [--stale-after SECONDS] (--once [--wait SECONDS] | --watch) [--json]
Shows the devices the broker&apos;s traffic reveals: status topics and wills, any
message under a device, Sparkplug B births and deaths. Subscribes to &apos;#&apos; (and
spBv1.0/#); publishes nothing.

  --preset NAME         auto (default: all below), stream ({env}/{tenant}/{site}/
                        {area}/{asset}/status), devices (devices/{id}/status),
                        sparkplug
  --rules FILE          device rules as JSON (see docs/cli.md)
  --stale-after SECONDS a device silent for longer is stale (default 300)
  --once                collect for --wait seconds (default 3: retained status
                        arrives first), print the fleet, exit
  --watch               print every change of state as it happens
  --json                one JSON object per device per line

</source>
        <translation>Usage: mqttdeck-cli fleet [connection flags] [--preset NAME | --rules FILE]
                          [--stale-after SECONDS] (--once [--wait SECONDS] | --watch) [--json]
Shows the devices the broker&apos;s traffic reveals: status topics and wills, any
message under a device, Sparkplug B births and deaths. Subscribes to &apos;#&apos; (and
spBv1.0/#); publishes nothing.

  --preset NAME         auto (default: all below), stream ({env}/{tenant}/{site}/
                        {area}/{asset}/status), devices (devices/{id}/status),
                        sparkplug
  --rules FILE          device rules as JSON (see docs/cli.md)
  --stale-after SECONDS a device silent for longer is stale (default 300)
  --once                collect for --wait seconds (default 3: retained status
                        arrives first), print the fleet, exit
  --watch               print every change of state as it happens
  --json                one JSON object per device per line

</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;. See mqttdeck-cli fleet --help.</source>
        <translation>unknown option &quot;%1&quot;. See mqttdeck-cli fleet --help.</translation>
    </message>
    <message>
        <source>say --once (print the fleet after --wait seconds) or --watch (print each change), one of the two.</source>
        <translation>say --once (print the fleet after --wait seconds) or --watch (print each change), one of the two.</translation>
    </message>
    <message>
        <source>cannot read the rules file %1: %2</source>
        <translation>cannot read the rules file %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--preset: %1</source>
        <translation>--preset: %1</translation>
    </message>
    <message>
        <source>never seen live</source>
        <translation>never seen live</translation>
    </message>
    <message>
        <source>seen %1</source>
        <translation>seen %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reconnect(s)</source>
        <translation>
            <numerusform>%n reconnect</numerusform>
            <numerusform>%n reconnects</numerusform>
        </translation>
    </message>
    <message>
        <source>firmware %1</source>
        <translation>firmware %1</translation>
    </message>
    <message>
        <source>%1 devices: %2 online, %3 stale, %4 offline, %5 unknown</source>
        <translation>%1 devices: %2 online, %3 stale, %4 offline, %5 unknown</translation>
    </message>
    <message>
        <source>%1 more devices were not tracked (the limit is 100,000).</source>
        <translation>%1 more devices were not tracked (the limit is 100,000).</translation>
    </message>
    <message>
        <source>%1 changes were not printed: the output could not keep up.</source>
        <translation>%1 changes were not printed: the output could not keep up.</translation>
    </message>
</context>
<context>
    <name>deck::cli::PubCommand</name>
    <message>
        <source>the broker refused the message: %1 (%2). %3</source>
        <translation>the broker refused the message: %1 (%2). %3</translation>
    </message>
    <message>
        <source>%1 (%2). %3</source>
        <translation>%1 (%2). %3</translation>
    </message>
    <message>
        <source>Usage: mqttdeck-cli pub -t TOPIC (-m TEXT | -f FILE | -n | -s | -l) [options]
Publishes and reports the broker&apos;s answer (MQTT 5 reason codes).

Message:
  -t, --topic TOPIC           topic (no wildcards)
  -m, --message TEXT          payload text
  -f, --file FILE             payload read from a file (binary as is)
  -n, --null-message          empty payload (clears a retained message with -r)
  -s, --stdin-file            payload read from standard input until EOF
  -l, --stdin-line            one message per line of standard input
  -q, --qos 0|1|2             QoS (default 0)
  -r, --retain                retain the message
      --quiet                 no warning for accepted messages with a reason code (0x10 no subscribers)

</source>
        <translation>Usage: mqttdeck-cli pub -t TOPIC (-m TEXT | -f FILE | -n | -s | -l) [options]
Publishes and reports the broker&apos;s answer (MQTT 5 reason codes).

Message:
  -t, --topic TOPIC           topic (no wildcards)
  -m, --message TEXT          payload text
  -f, --file FILE             payload read from a file (binary as is)
  -n, --null-message          empty payload (clears a retained message with -r)
  -s, --stdin-file            payload read from standard input until EOF
  -l, --stdin-line            one message per line of standard input
  -q, --qos 0|1|2             QoS (default 0)
  -r, --retain                retain the message
      --quiet                 no warning for accepted messages with a reason code (0x10 no subscribers)

</translation>
    </message>
    <message>
        <source>-q expects 0, 1 or 2, not &quot;%1&quot;.</source>
        <translation>-q expects 0, 1 or 2, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;. See mqttdeck-cli pub --help.</source>
        <translation>unknown option &quot;%1&quot;. See mqttdeck-cli pub --help.</translation>
    </message>
    <message>
        <source>no payload: give one of -m, -f, -n, -s or -l.</source>
        <translation>no payload: give one of -m, -f, -n, -s or -l.</translation>
    </message>
    <message>
        <source>give only one of -m, -f, -n, -s or -l.</source>
        <translation>give only one of -m, -f, -n, -s or -l.</translation>
    </message>
    <message>
        <source>standard input held no line to publish.</source>
        <translation>standard input held no line to publish.</translation>
    </message>
    <message>
        <source>no topic: give one with -t.</source>
        <translation>no topic: give one with -t.</translation>
    </message>
    <message>
        <source>-f needs a file name.</source>
        <translation>-f needs a file name.</translation>
    </message>
    <message>
        <source>the broker accepts packets of at most %1 bytes, and this message (%2 bytes of payload) would not fit: it was not sent. Publish a smaller payload.</source>
        <translation>the broker accepts packets of at most %1 bytes, and this message (%2 bytes of payload) would not fit: it was not sent. Publish a smaller payload.</translation>
    </message>
</context>
<context>
    <name>deck::cli::RetainedCommand</name>
    <message>
        <source>Usage: mqttdeck-cli retained [connection flags] [-t FILTER]... [--wait SECONDS]
                             [--large BYTES] [--json]
Lists the retained values the broker keeps under the filters (default &apos;#&apos;), with
their anti-patterns: retained_command (a reconnecting device would replay it),
retained_telemetry, large (over --large bytes, default 16384). Publishes nothing.

  -t, --topic FILTER   where to look (repeatable)
  --wait SECONDS       how long to collect after subscribing (default 2)
  --json               one JSON object per topic per line: topic, size, qos, flags

</source>
        <translation>Usage: mqttdeck-cli retained [connection flags] [-t FILTER]... [--wait SECONDS]
                             [--large BYTES] [--json]
Lists the retained values the broker keeps under the filters (default &apos;#&apos;), with
their anti-patterns: retained_command (a reconnecting device would replay it),
retained_telemetry, large (over --large bytes, default 16384). Publishes nothing.

  -t, --topic FILTER   where to look (repeatable)
  --wait SECONDS       how long to collect after subscribing (default 2)
  --json               one JSON object per topic per line: topic, size, qos, flags

</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;. See mqttdeck-cli retained --help.</source>
        <translation>unknown option &quot;%1&quot;. See mqttdeck-cli retained --help.</translation>
    </message>
    <message numerus="yes">
        <source>%n retained topic(s)</source>
        <translation>
            <numerusform>%n retained topic</numerusform>
            <numerusform>%n retained topics</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more retained topics were not listed (the limit is 200,000).</source>
        <translation>%1 more retained topics were not listed (the limit is 200,000).</translation>
    </message>
</context>
<context>
    <name>deck::cli::SparkplugCommand</name>
    <message>
        <source>no NBIRTH from %1/%2 within %3 s after the rebirth request. Is the node connected, and does it subscribe to its NCMD topic?</source>
        <translation>no NBIRTH from %1/%2 within %3 s after the rebirth request. Is the node connected, and does it subscribe to its NCMD topic?</translation>
    </message>
    <message>
        <source>Usage: mqttdeck-cli sparkplug rebirth [connection flags] --group G --node N
                                     [--timeout SECONDS]
Asks a Sparkplug B edge node for a rebirth (NCMD spBv1.0/G/NCMD/N with the metric
Node Control/Rebirth = true) and waits for its new NBIRTH: exit 0 when it comes in
time (default 10 s), 5 when it does not, 3 when the broker refuses the request.
MQTT Deck never publishes spBv1.0/STATE/...: it is not a primary host.

</source>
        <translation>Usage: mqttdeck-cli sparkplug rebirth [connection flags] --group G --node N
                                     [--timeout SECONDS]
Asks a Sparkplug B edge node for a rebirth (NCMD spBv1.0/G/NCMD/N with the metric
Node Control/Rebirth = true) and waits for its new NBIRTH: exit 0 when it comes in
time (default 10 s), 5 when it does not, 3 when the broker refuses the request.
MQTT Deck never publishes spBv1.0/STATE/...: it is not a primary host.

</translation>
    </message>
    <message>
        <source>mqttdeck-cli sparkplug knows one action: rebirth. See --help.</source>
        <translation>mqttdeck-cli sparkplug knows one action: rebirth. See --help.</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;. See mqttdeck-cli sparkplug --help.</source>
        <translation>unknown option &quot;%1&quot;. See mqttdeck-cli sparkplug --help.</translation>
    </message>
    <message>
        <source>--group and --node must each be one topic level (not empty, no /, + or #).</source>
        <translation>--group and --node must each be one topic level (not empty, no /, + or #).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>NBIRTH from %1/%2 %3 ms after the request (bdSeq %4, %5 metrics)%6</source>
        <translation>NBIRTH from %1/%2 %3 ms after the request (bdSeq %4, %5 metrics)%6</translation>
    </message>
    <message>
        <source>; its payload is not valid Sparkplug B</source>
        <translation>; its payload is not valid Sparkplug B</translation>
    </message>
    <message>
        <source>the rebirth request was not delivered: %1</source>
        <translation>the rebirth request was not delivered: %1</translation>
    </message>
    <message>
        <source>rebirth requested on %1; waiting up to %2 s for the NBIRTH…</source>
        <translation>rebirth requested on %1; waiting up to %2 s for the NBIRTH…</translation>
    </message>
</context>
<context>
    <name>deck::cli::SubCommand</name>
    <message>
        <source>timed out after -W seconds.</source>
        <translation>timed out after -W seconds.</translation>
    </message>
    <message>
        <source>reconnecting in %1 s (attempt %2).</source>
        <translation>reconnecting in %1 s (attempt %2).</translation>
    </message>
    <message>
        <source>Usage: mqttdeck-cli sub -t FILTER [-t FILTER...] [options]
Subscribes and prints one line per message.

Subscription:
  -t, --topic FILTER          topic filter (repeatable; + and # wildcards)
  -q, --qos 0|1|2             requested QoS (default 0)
      --no-local              MQTT 5: do not receive our own messages
      --retain-as-published   MQTT 5: keep the retain flag as published
      --retain-handling 0|1|2 MQTT 5: 0 send retained, 1 only if new, 2 never
Output:
  -v, --verbose               print &quot;topic payload&quot; (default: payload only)
      --json                  one JSON object per line with QoS, retain, dup and every MQTT 5 property
  -N                          no newline after the payload
  -R                          skip retained messages (print only live ones)
  -C, --count N               exit after N messages
  -W, --timeout SECONDS       exit with code 5 if not done within SECONDS

</source>
        <translation>Usage: mqttdeck-cli sub -t FILTER [-t FILTER...] [options]
Subscribes and prints one line per message.

Subscription:
  -t, --topic FILTER          topic filter (repeatable; + and # wildcards)
  -q, --qos 0|1|2             requested QoS (default 0)
      --no-local              MQTT 5: do not receive our own messages
      --retain-as-published   MQTT 5: keep the retain flag as published
      --retain-handling 0|1|2 MQTT 5: 0 send retained, 1 only if new, 2 never
Output:
  -v, --verbose               print &quot;topic payload&quot; (default: payload only)
      --json                  one JSON object per line with QoS, retain, dup and every MQTT 5 property
  -N                          no newline after the payload
  -R                          skip retained messages (print only live ones)
  -C, --count N               exit after N messages
  -W, --timeout SECONDS       exit with code 5 if not done within SECONDS

</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;. See mqttdeck-cli sub --help.</source>
        <translation>unknown option &quot;%1&quot;. See mqttdeck-cli sub --help.</translation>
    </message>
    <message>
        <source>no topic filter: give at least one with -t (for example -t &apos;#&apos;).</source>
        <translation>no topic filter: give at least one with -t (for example -t &apos;#&apos;).</translation>
    </message>
    <message>
        <source>--no-local, --retain-as-published, --retain-handling and subscription identifiers need MQTT 5 (-V mqttv5).</source>
        <translation>--no-local, --retain-as-published, --retain-handling and subscription identifiers need MQTT 5 (-V mqttv5).</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were not printed: the output could not keep up.</source>
        <translation>
            <numerusform>%n message was not printed: the output could not keep up.</numerusform>
            <numerusform>%n messages were not printed: the output could not keep up.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deck::cli::TraceLiveCommand</name>
    <message>
        <source>the client</source>
        <translation>the client</translation>
    </message>
    <message>
        <source>the broker</source>
        <translation>the broker</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;. See mqttdeck-cli trace --help.</source>
        <translation>unknown option &quot;%1&quot;. See mqttdeck-cli trace --help.</translation>
    </message>
    <message>
        <source>the broker refused a publish: %1 (%2). %3</source>
        <translation>the broker refused a publish: %1 (%2). %3</translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) were not printed: the trace buffer was full.</source>
        <translation>
            <numerusform>%n packet was not printed: the trace buffer was full.</numerusform>
            <numerusform>%n packets were not printed: the trace buffer was full.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: mqttdeck-cli trace [connection flags] [-t FILTER]... [--publish TOPIC PAYLOAD]... [--duration S] [--json]
       mqttdeck-cli trace --decode ... (see mqttdeck-cli trace --decode --help)
Connects through the packet trace, subscribes and publishes as asked, and prints
every MQTT packet both ways as it crosses: time, direction (out: sent by us, in:
sent by the broker), type, packet id, QoS, retain, dup, topic, reason codes with
their names; and when a connection closes, which side closed it (type CLOSED).
Passwords and authentication data are never printed. TCP, TLS and WebSockets (the
trace makes the TLS and WebSocket connection with the connection&apos;s settings).
  -t, --topic FILTER          subscribe to FILTER (repeatable)
  -q, --qos 0|1|2             QoS of the subscriptions and publishes (default 0)
  --publish TOPIC PAYLOAD     publish once connected (repeatable)
  --duration S                seconds to trace before disconnecting (default 5)
  --json                      one JSON line per packet (dir, type, packet_id,
                              reason_codes, topic, qos, retain, dup, time...)
Exit codes as for sub; 3 when the broker refused a subscription or a publish.

</source>
        <translation>Usage: mqttdeck-cli trace [connection flags] [-t FILTER]... [--publish TOPIC PAYLOAD]... [--duration S] [--json]
       mqttdeck-cli trace --decode ... (see mqttdeck-cli trace --decode --help)
Connects through the packet trace, subscribes and publishes as asked, and prints
every MQTT packet both ways as it crosses: time, direction (out: sent by us, in:
sent by the broker), type, packet id, QoS, retain, dup, topic, reason codes with
their names; and when a connection closes, which side closed it (type CLOSED).
Passwords and authentication data are never printed. TCP, TLS and WebSockets (the
trace makes the TLS and WebSocket connection with the connection&apos;s settings).
  -t, --topic FILTER          subscribe to FILTER (repeatable)
  -q, --qos 0|1|2             QoS of the subscriptions and publishes (default 0)
  --publish TOPIC PAYLOAD     publish once connected (repeatable)
  --duration S                seconds to trace before disconnecting (default 5)
  --json                      one JSON line per packet (dir, type, packet_id,
                              reason_codes, topic, qos, retain, dup, time...)
Exit codes as for sub; 3 when the broker refused a subscription or a publish.

</translation>
    </message>
</context>
<context>
    <name>deck::commands::CommandSender</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What became of the commands could not be recorded: %1</source>
        <translation>What became of the commands could not be recorded: %1</translation>
    </message>
    <message>
        <source>Nothing was sent, because it could not be recorded: %1</source>
        <translation>Nothing was sent, because it could not be recorded: %1</translation>
    </message>
    <message>
        <source>Nothing was sent: the connection is not up.</source>
        <translation>Nothing was sent: the connection is not up.</translation>
    </message>
    <message>
        <source>the mqtt5 convention needs an MQTT 5 connection (response topic and correlation data are MQTT 5 properties).</source>
        <translation>the mqtt5 convention needs an MQTT 5 connection (response topic and correlation data are MQTT 5 properties).</translation>
    </message>
    <message>
        <source>not sent: its answers could not be subscribed (%1)</source>
        <translation>not sent: its answers could not be subscribed (%1)</translation>
    </message>
    <message>
        <source>MQTT Deck stopped while following this command and its timeouts passed meanwhile: its outcome is unknown.</source>
        <translation>MQTT Deck stopped while following this command and its timeouts passed meanwhile: its outcome is unknown.</translation>
    </message>
</context>
<context>
    <name>deck::diagnostics::AclProbe</name>
    <message>
        <source>the probed identity</source>
        <translation>the probed identity</translation>
    </message>
    <message>
        <source>the observer</source>
        <translation>the observer</translation>
    </message>
    <message>
        <source>the broker did not answer in time (%1 s)</source>
        <translation>the broker did not answer in time (%1 s)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 could not connect: %2. %3</source>
        <translation>%1 could not connect: %2. %3</translation>
    </message>
    <message>
        <source>%1 cannot connect: %2</source>
        <translation>%1 cannot connect: %2</translation>
    </message>
    <message>
        <source>no SUBACK (%1)</source>
        <translation>no SUBACK (%1)</translation>
    </message>
    <message>
        <source>SUBACK granted QoS %1</source>
        <translation>SUBACK granted QoS %1</translation>
    </message>
    <message>
        <source>SUBACK %1 %2</source>
        <translation>SUBACK %1 %2</translation>
    </message>
    <message>
        <source>PUBACK (MQTT 3.1.1: no reason code)</source>
        <translation>PUBACK (MQTT 3.1.1: no reason code)</translation>
    </message>
    <message>
        <source>PUBACK %1 %2</source>
        <translation>PUBACK %1 %2</translation>
    </message>
    <message>
        <source>%1, and the broker&apos;s own message on %2 arrived.</source>
        <translation>%1, and the broker&apos;s own message on %2 arrived.</translation>
    </message>
    <message>
        <source>%1, but no message under $SYS arrived within %2 s, while the observer received the broker&apos;s %3: the broker drops them for this identity.</source>
        <translation>%1, but no message under $SYS arrived within %2 s, while the observer received the broker&apos;s %3: the broker drops them for this identity.</translation>
    </message>
    <message>
        <source>%1, but no message under $SYS arrived within %2 s (the broker may not publish $SYS, or drops it for this identity).</source>
        <translation>%1, but no message under $SYS arrived within %2 s (the broker may not publish $SYS, or drops it for this identity).</translation>
    </message>
    <message>
        <source>%1, but without an observer nothing can show that messages are delivered (mosquitto&apos;s acl_file grants a forbidden subscription and drops its messages): give an observer.</source>
        <translation>%1, but without an observer nothing can show that messages are delivered (mosquitto&apos;s acl_file grants a forbidden subscription and drops its messages): give an observer.</translation>
    </message>
    <message>
        <source>%1; the observer may not subscribe to %2 (%3), so no delivery could be tested.</source>
        <translation>%1; the observer may not subscribe to %2 (%3), so no delivery could be tested.</translation>
    </message>
    <message>
        <source>%1; the observer may not publish to %2 (%3), so no delivery could be tested.</source>
        <translation>%1; the observer may not publish to %2 (%3), so no delivery could be tested.</translation>
    </message>
    <message>
        <source>%1, and a probe message the observer published on %2 arrived.</source>
        <translation>%1, and a probe message the observer published on %2 arrived.</translation>
    </message>
    <message>
        <source>%1, but the probe message the observer published on %2 never arrived (%3 s), while the observer received it: the broker drops what this identity may not read.</source>
        <translation>%1, but the probe message the observer published on %2 never arrived (%3 s), while the observer received it: the broker drops what this identity may not read.</translation>
    </message>
    <message>
        <source>%1; the observer&apos;s probe message on %2 did not reach the observer itself either (%3 s): the observer may not publish or read there.</source>
        <translation>%1; the observer&apos;s probe message on %2 did not reach the observer itself either (%3 s): the observer may not publish or read there.</translation>
    </message>
    <message>
        <source>the publish did not complete: %1</source>
        <translation>the publish did not complete: %1</translation>
    </message>
    <message>
        <source>%1; under MQTT 3.1.1 brokers drop a refused publish silently, so only a delivery can tell, and %2.</source>
        <translation>%1; under MQTT 3.1.1 brokers drop a refused publish silently, so only a delivery can tell, and %2.</translation>
    </message>
    <message>
        <source>%1, but a broker may acknowledge and drop: only a delivery can tell, and %2.</source>
        <translation>%1, but a broker may acknowledge and drop: only a delivery can tell, and %2.</translation>
    </message>
    <message>
        <source>%1, and the observer received the probe message on %2.</source>
        <translation>%1, and the observer received the probe message on %2.</translation>
    </message>
    <message>
        <source>%1, but the observer, subscribed to %2, never received the probe message (%3 s) while it received its own there: the broker dropped it (this identity may not publish there).</source>
        <translation>%1, but the observer, subscribed to %2, never received the probe message (%3 s) while it received its own there: the broker dropped it (this identity may not publish there).</translation>
    </message>
    <message>
        <source>%1; the observer received neither the probe message nor its own on %2 (%3 s): the observer may not read there.</source>
        <translation>%1; the observer received neither the probe message nor its own on %2 (%3 s): the observer may not read there.</translation>
    </message>
    <message>
        <source>no observer was given</source>
        <translation>no observer was given</translation>
    </message>
    <message>
        <source>the observer may not subscribe to %1 (%2)</source>
        <translation>the observer may not subscribe to %1 (%2)</translation>
    </message>
</context>
<context>
    <name>deck::diagnostics::CertificateReport</name>
    <message>
        <source>%1:%2 did not complete a TLS handshake within %3 s.</source>
        <translation>%1:%2 did not complete a TLS handshake within %3 s.</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>expired on %1</translation>
    </message>
    <message>
        <source>not valid before %1 (check this computer&apos;s clock)</source>
        <translation>not valid before %1 (check this computer&apos;s clock)</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s), on %1</source>
        <translation>
            <numerusform>expires in %n day, on %1</numerusform>
            <numerusform>expires in %n days, on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>self-signed: only trusted where it is given as the CA itself</source>
        <translation>self-signed: only trusted where it is given as the CA itself</translation>
    </message>
    <message>
        <source>weak key: %1 %2 bits (use RSA 2048 or more, or EC 256 or more)</source>
        <translation>weak key: %1 %2 bits (use RSA 2048 or more, or EC 256 or more)</translation>
    </message>
    <message>
        <source>does not name the host &quot;%1&quot; (it names: %2)</source>
        <translation>does not name the host &quot;%1&quot; (it names: %2)</translation>
    </message>
    <message>
        <source>not trusted by the CA in use (%1)</source>
        <translation>not trusted by the CA in use (%1)</translation>
    </message>
    <message>
        <source>no TLS handshake with %1:%2: %3</source>
        <translation>no TLS handshake with %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>deck::diagnostics::ConnectionDoctor</name>
    <message>
        <source>%1 is an address: nothing to look up.</source>
        <translation>%1 is an address: nothing to look up.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; does not resolve (%2). Check its spelling, the DNS server, or use the broker&apos;s address.</source>
        <translation>The host name &quot;%1&quot; does not resolve (%2). Check its spelling, the DNS server, or use the broker&apos;s address.</translation>
    </message>
    <message>
        <source>%1 resolves to %2.</source>
        <translation>%1 resolves to %2.</translation>
    </message>
    <message>
        <source>Looking up &quot;%1&quot; took longer than 10 s. Check the DNS server, or use the broker&apos;s address.</source>
        <translation>Looking up &quot;%1&quot; took longer than 10 s. Check the DNS server, or use the broker&apos;s address.</translation>
    </message>
    <message>
        <source>%1:%2 accepts TCP connections.</source>
        <translation>%1:%2 accepts TCP connections.</translation>
    </message>
    <message>
        <source>Not used: the connection is plain %1, nothing is encrypted.</source>
        <translation>Not used: the connection is plain %1, nothing is encrypted.</translation>
    </message>
    <message>
        <source>The TLS handshake succeeded and the broker&apos;s certificate is trusted for &quot;%1&quot;.</source>
        <translation>The TLS handshake succeeded and the broker&apos;s certificate is trusted for &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The TLS handshake succeeded, but the broker&apos;s certificate was NOT verified (--insecure): fine for a test broker only.</source>
        <translation>The TLS handshake succeeded, but the broker&apos;s certificate was NOT verified (--insecure): fine for a test broker only.</translation>
    </message>
    <message>
        <source>The broker accepted the CONNECT (MQTT %1, client id %2%3).</source>
        <translation>The broker accepted the CONNECT (MQTT %1, client id %2%3).</translation>
    </message>
    <message>
        <source>, anonymous</source>
        <translation>, anonymous</translation>
    </message>
    <message>
        <source>, user %1</source>
        <translation>, user %1</translation>
    </message>
    <message>
        <source> A session was kept for this client id.</source>
        <translation> A session was kept for this client id.</translation>
    </message>
    <message>
        <source>The broker refused the CONNECT: %1 (%2). %3</source>
        <translation>The broker refused the CONNECT: %1 (%2). %3</translation>
    </message>
    <message>
        <source>No CONNACK came: %1</source>
        <translation>No CONNACK came: %1</translation>
    </message>
    <message>
        <source>The connection ended during the check: %1</source>
        <translation>The connection ended during the check: %1</translation>
    </message>
    <message>
        <source>No SUBACK came for %1: %2</source>
        <translation>No SUBACK came for %1: %2</translation>
    </message>
    <message>
        <source>The broker refused the subscription to %1: %2 (%3). %4 Check the broker&apos;s access rules for this account, or choose another filter (-t).</source>
        <translation>The broker refused the subscription to %1: %2 (%3). %4 Check the broker&apos;s access rules for this account, or choose another filter (-t).</translation>
    </message>
    <message>
        <source>Subscribed to %1 (granted QoS %2).</source>
        <translation>Subscribed to %1 (granted QoS %2).</translation>
    </message>
    <message>
        <source>No SUBACK for %1 within 10 s: the broker is overloaded or the connection stalled.</source>
        <translation>No SUBACK for %1 within 10 s: the broker is overloaded or the connection stalled.</translation>
    </message>
    <message>
        <source>The broker refused the publish on %1: %2 (%3). %4</source>
        <translation>The broker refused the publish on %1: %2 (%3). %4</translation>
    </message>
    <message>
        <source>PUBACK %1</source>
        <translation>PUBACK %1</translation>
    </message>
    <message>
        <source>PUBACK</source>
        <translation>PUBACK</translation>
    </message>
    <message>
        <source>A QoS 1 message published on %1 came back in %2 ms.</source>
        <translation>A QoS 1 message published on %1 came back in %2 ms.</translation>
    </message>
    <message>
        <source>The publish on %1 was not acknowledged within 5 s.</source>
        <translation>The publish on %1 was not acknowledged within 5 s.</translation>
    </message>
    <message>
        <source>The broker acknowledged the publish on %1 (%2) but it never came back within 5 s: the broker drops it — this account may not publish or read there (brokers drop refused publishes silently under MQTT 3.1.1, and mosquitto&apos;s acl_file grants subscriptions it then starves). Check the access rules, or try mqttdeck-cli acl-probe.</source>
        <translation>The broker acknowledged the publish on %1 (%2) but it never came back within 5 s: the broker drops it — this account may not publish or read there (brokers drop refused publishes silently under MQTT 3.1.1, and mosquitto&apos;s acl_file grants subscriptions it then starves). Check the access rules, or try mqttdeck-cli acl-probe.</translation>
    </message>
</context>
<context>
    <name>deck::diagnostics::SecurityChecklist</name>
    <message>
        <source>Anonymous CONNECT refused</source>
        <translation>Anonymous CONNECT refused</translation>
    </message>
    <message>
        <source>No plaintext listener beside TLS</source>
        <translation>No plaintext listener beside TLS</translation>
    </message>
    <message>
        <source># not subscribable</source>
        <translation># not subscribable</translation>
    </message>
    <message>
        <source>$SYS/# not subscribable</source>
        <translation>$SYS/# not subscribable</translation>
    </message>
    <message>
        <source>Publishing into another device&apos;s namespace refused</source>
        <translation>Publishing into another device&apos;s namespace refused</translation>
    </message>
    <message>
        <source>Publishing a command topic refused</source>
        <translation>Publishing a command topic refused</translation>
    </message>
    <message>
        <source>Oversized payload refused</source>
        <translation>Oversized payload refused</translation>
    </message>
    <message>
        <source>Certificates not near expiry</source>
        <translation>Certificates not near expiry</translation>
    </message>
    <message>
        <source>The broker accepted a CONNECT without user name, password or client certificate: anyone who reaches it may connect.</source>
        <translation>The broker accepted a CONNECT without user name, password or client certificate: anyone who reaches it may connect.</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>Refused: %1.</translation>
    </message>
    <message>
        <source>No CONNACK: %1</source>
        <translation>No CONNACK: %1</translation>
    </message>
    <message>
        <source>This connection itself is not encrypted (%1): user names, passwords and payloads cross the network in clear.</source>
        <translation>This connection itself is not encrypted (%1): user names, passwords and payloads cross the network in clear.</translation>
    </message>
    <message>
        <source>A plaintext MQTT listener on port %1 accepted this identity: its password crosses the network in clear there.</source>
        <translation>A plaintext MQTT listener on port %1 accepted this identity: its password crosses the network in clear there.</translation>
    </message>
    <message>
        <source>A plaintext MQTT listener answers on port %1 (it refused this CONNECT: %2, but credentials sent there cross in clear).</source>
        <translation>A plaintext MQTT listener answers on port %1 (it refused this CONNECT: %2, but credentials sent there cross in clear).</translation>
    </message>
    <message>
        <source>No plaintext MQTT listener on port %1: %2</source>
        <translation>No plaintext MQTT listener on port %1: %2</translation>
    </message>
    <message>
        <source>Allowed for this identity (%1): %2</source>
        <translation>Allowed for this identity (%1): %2</translation>
    </message>
    <message>
        <source>Refused (%1): %2</source>
        <translation>Refused (%1): %2</translation>
    </message>
    <message>
        <source>Not established (%1): %2</source>
        <translation>Not established (%1): %2</translation>
    </message>
    <message>
        <source>Give a topic of another device (--other-topic) to check it.</source>
        <translation>Give a topic of another device (--other-topic) to check it.</translation>
    </message>
    <message>
        <source>Give a command topic (--command-topic) to check it.</source>
        <translation>Give a command topic (--command-topic) to check it.</translation>
    </message>
    <message>
        <source>The broker closed the connection on a %1-byte payload: %2</source>
        <translation>The broker closed the connection on a %1-byte payload: %2</translation>
    </message>
    <message>
        <source>Refused before sending: %1</source>
        <translation>Refused before sending: %1</translation>
    </message>
    <message>
        <source>The broker accepted a %1-byte payload on %2: set a message size limit (mosquitto: message_size_limit or max_packet_size).</source>
        <translation>The broker accepted a %1-byte payload on %2: set a message size limit (mosquitto: message_size_limit or max_packet_size).</translation>
    </message>
    <message>
        <source>Refused: PUBACK %1 %2.</source>
        <translation>Refused: PUBACK %1 %2.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>No answer to the oversized publish within 20 s.</source>
        <translation>No answer to the oversized publish within 20 s.</translation>
    </message>
    <message>
        <source>This identity could not connect: %1</source>
        <translation>This identity could not connect: %1</translation>
    </message>
    <message>
        <source>No TLS: there is no certificate to check.</source>
        <translation>No TLS: there is no certificate to check.</translation>
    </message>
    <message numerus="yes">
        <source>Every certificate has more than %n day(s) left (the nearest expiry: %1 days).</source>
        <translation>
            <numerusform>Every certificate has more than %n day left (the nearest expiry: %1 days).</numerusform>
            <numerusform>Every certificate has more than %n days left (the nearest expiry: %1 days).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deck::mqtt::ConnectionProbe</name>
    <message>
        <source>no answer within the probe&apos;s time limit</source>
        <translation>no answer within the probe&apos;s time limit</translation>
    </message>
    <message>
        <source>broker certificate: subject &quot;%1&quot;, issuer &quot;%2&quot;, valid %3 to %4</source>
        <translation>broker certificate: subject &quot;%1&quot;, issuer &quot;%2&quot;, valid %3 to %4</translation>
    </message>
    <message>
        <source>TCP and TLS to %1 work, but the broker did not accept the MQTT connection. Check the transport (WebSocket path, MQTT version) and the broker&apos;s log.</source>
        <translation>TCP and TLS to %1 work, but the broker did not accept the MQTT connection. Check the transport (WebSocket path, MQTT version) and the broker&apos;s log.</translation>
    </message>
    <message>
        <source>TCP to %1 works, but the broker did not answer the MQTT CONNECT. Check the transport: is this a TLS or WebSocket port? For WebSockets check the path.</source>
        <translation>TCP to %1 works, but the broker did not answer the MQTT CONNECT. Check the transport: is this a TLS or WebSocket port? For WebSockets check the path.</translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; was not found. Check its spelling and the DNS.</source>
        <translation>The host &quot;%1&quot; was not found. Check its spelling and the DNS.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on %1. Check that the broker runs and the port is right (1883 MQTT, 8883 MQTT over TLS).</source>
        <translation>Nothing accepts connections on %1. Check that the broker runs and the port is right (1883 MQTT, 8883 MQTT over TLS).</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the address, the firewall and that the broker runs.</source>
        <translation>%1 did not answer in time. Check the address, the firewall and that the broker runs.</translation>
    </message>
    <message>
        <source>%1 does not speak TLS (it closed the connection without a TLS answer). Use the plain tcp transport, or the broker&apos;s TLS port (usually 8883).</source>
        <translation>%1 does not speak TLS (it closed the connection without a TLS answer). Use the plain tcp transport, or the broker&apos;s TLS port (usually 8883).</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate is not signed by a trusted CA. Give the CA file that issued it (--cafile), or check that you reach the right broker.</source>
        <translation>The broker&apos;s certificate is not signed by a trusted CA. Give the CA file that issued it (--cafile), or check that you reach the right broker.</translation>
    </message>
    <message>
        <source>The broker presents a self-signed certificate that is not trusted. Give that certificate as the CA file (--cafile) if you trust it.</source>
        <translation>The broker presents a self-signed certificate that is not trusted. Give that certificate as the CA file (--cafile) if you trust it.</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate does not name the host &quot;%1&quot;. Connect with the host name the certificate was issued for, or turn off hostname verification (--insecure) for a test broker only.</source>
        <translation>The broker&apos;s certificate does not name the host &quot;%1&quot;. Connect with the host name the certificate was issued for, or turn off hostname verification (--insecure) for a test broker only.</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate has expired. Ask its administrator to renew it, or check this computer&apos;s clock.</source>
        <translation>The broker&apos;s certificate has expired. Ask its administrator to renew it, or check this computer&apos;s clock.</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate is not valid yet. Check this computer&apos;s clock.</source>
        <translation>The broker&apos;s certificate is not valid yet. Check this computer&apos;s clock.</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate has been revoked. Contact the broker&apos;s administrator.</source>
        <translation>The broker&apos;s certificate has been revoked. Contact the broker&apos;s administrator.</translation>
    </message>
    <message>
        <source>The broker requires a client certificate (mutual TLS). Give one with --cert and --key.</source>
        <translation>The broker requires a client certificate (mutual TLS). Give one with --cert and --key.</translation>
    </message>
    <message>
        <source>The broker rejected the client certificate. Check that it is signed by a CA the broker trusts and has not expired.</source>
        <translation>The broker rejected the client certificate. Check that it is signed by a CA the broker trusts and has not expired.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed. Check the TLS version and ciphers the broker accepts.</source>
        <translation>The TLS handshake with %1 failed. Check the TLS version and ciphers the broker accepts.</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>The connection to %1 failed.</translation>
    </message>
</context>
<context>
    <name>deck::mqtt::PahoSession</name>
    <message>
        <source>Still connecting to the broker; try again once connected.</source>
        <translation>Still connecting to the broker; try again once connected.</translation>
    </message>
    <message>
        <source>The connection to the broker is lost and being restored; nothing was sent. Try again once reconnected.</source>
        <translation>The connection to the broker is lost and being restored; nothing was sent. Try again once reconnected.</translation>
    </message>
    <message>
        <source>Not connected to a broker; nothing was sent. Connect first.</source>
        <translation>Not connected to a broker; nothing was sent. Connect first.</translation>
    </message>
    <message>
        <source>The MQTT library refused the broker address %1: %2</source>
        <translation>The MQTT library refused the broker address %1: %2</translation>
    </message>
    <message>
        <source>Connected; the broker resumed the previous session.</source>
        <translation>Connected; the broker resumed the previous session.</translation>
    </message>
    <message>
        <source>Connected with a new session.</source>
        <translation>Connected with a new session.</translation>
    </message>
    <message>
        <source>No answer from the broker</source>
        <translation>No answer from the broker</translation>
    </message>
    <message>
        <source>the network connection was closed</source>
        <translation>the network connection was closed</translation>
    </message>
    <message>
        <source>The connection to the broker was lost (%1).</source>
        <translation>The connection to the broker was lost (%1).</translation>
    </message>
    <message>
        <source>The subscription could not be sent: %1</source>
        <translation>The subscription could not be sent: %1</translation>
    </message>
    <message>
        <source>Part of the subscription could not be sent: %1</source>
        <translation>Part of the subscription could not be sent: %1</translation>
    </message>
    <message>
        <source>No topic filter to unsubscribe from.</source>
        <translation>No topic filter to unsubscribe from.</translation>
    </message>
    <message>
        <source>The unsubscribe could not be sent: %1</source>
        <translation>The unsubscribe could not be sent: %1</translation>
    </message>
    <message>
        <source>The broker did not confirm the unsubscribe: %1</source>
        <translation>The broker did not confirm the unsubscribe: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) are already waiting to be sent; this one was not queued. Wait for earlier messages to be acknowledged.</source>
        <translation>
            <numerusform>%n message is already waiting to be sent; this one was not queued. Wait for earlier messages to be acknowledged.</numerusform>
            <numerusform>%n messages are already waiting to be sent; this one was not queued. Wait for earlier messages to be acknowledged.</numerusform>
        </translation>
    </message>
    <message>
        <source>The message could not be sent: %1</source>
        <translation>The message could not be sent: %1</translation>
    </message>
    <message>
        <source>The message was not confirmed by the broker: %1 (code %2)</source>
        <translation>The message was not confirmed by the broker: %1 (code %2)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>QoS 0: the message was written to the network; the broker does not acknowledge it.</source>
        <translation>QoS 0: the message was written to the network; the broker does not acknowledge it.</translation>
    </message>
    <message>
        <source>no SUBACK</source>
        <translation>no SUBACK</translation>
    </message>
    <message>
        <source>The connection ended before the broker answered this subscription: the broker closed it, or sent a packet that could not be read (a malformed packet). The subscription was not refused; the broker&apos;s log tells why it ended.</source>
        <translation>The connection ended before the broker answered this subscription: the broker closed it, or sent a packet that could not be read (a malformed packet). The subscription was not refused; the broker&apos;s log tells why it ended.</translation>
    </message>
    <message>
        <source>the connection ends after the broker refuses a publish (seen with mosquitto 2.0 and Paho C 1.3)</source>
        <translation>the connection ends after the broker refuses a publish (seen with mosquitto 2.0 and Paho C 1.3)</translation>
    </message>
</context>
<context>
    <name>deck::mqtt::RetainedClearer</name>
    <message>
        <source>There is no retained value to clear.</source>
        <translation>There is no retained value to clear.</translation>
    </message>
    <message>
        <source>Nothing was cleared: %1</source>
        <translation>Nothing was cleared: %1</translation>
    </message>
    <message>
        <source>What was cleared could not be recorded: %1</source>
        <translation>What was cleared could not be recorded: %1</translation>
    </message>
    <message>
        <source>Nothing was cleared, because it could not be recorded: %1</source>
        <translation>Nothing was cleared, because it could not be recorded: %1</translation>
    </message>
</context>
<context>
    <name>deck::mqtt::Session</name>
    <message>
        <source>Disconnected</source>
        <translation>Disconnected</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connecting</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Reconnecting</translation>
    </message>
    <message>
        <source>Disconnecting</source>
        <translation>Disconnecting</translation>
    </message>
</context>
<context>
    <name>deck::profiles::SecretStore</name>
    <message>
        <source>The keychain holds no secret for this connection.</source>
        <translation>The keychain holds no secret for this connection.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). On Linux, a Secret Service such as GNOME Keyring or KWallet must run in the session.</source>
        <translation>No keychain is available (%1). On Linux, a Secret Service such as GNOME Keyring or KWallet must run in the session.</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>The keychain refused access: %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>The keychain failed: %1</translation>
    </message>
</context>
<context>
    <name>deck::sim::CommandResponder</name>
    <message>
        <source>the command responder could not subscribe: %1</source>
        <translation>the command responder could not subscribe: %1</translation>
    </message>
    <message>
        <source>the command responder could not connect: %1 %2</source>
        <translation>the command responder could not connect: %1 %2</translation>
    </message>
</context>
<context>
    <name>deck::sim::FleetSimulator</name>
    <message>
        <source>cannot connect to %1:%2: %3</source>
        <translation>cannot connect to %1:%2: %3</translation>
    </message>
    <message>
        <source>the broker at %1:%2 closed the connection before accepting it (no CONNACK)</source>
        <translation>the broker at %1:%2 closed the connection before accepting it (no CONNACK)</translation>
    </message>
    <message>
        <source>the server at %1:%2 does not speak MQTT: it answered the CONNECT with the bytes %3 instead of a CONNACK</source>
        <translation>the server at %1:%2 does not speak MQTT: it answered the CONNECT with the bytes %3 instead of a CONNACK</translation>
    </message>
    <message>
        <source>the broker at %1:%2 refused the devices&apos; connections (CONNACK return code %3)</source>
        <translation>the broker at %1:%2 refused the devices&apos; connections (CONNACK return code %3)</translation>
    </message>
</context>
<context>
    <name>deck::storage::AppendWriter</name>
    <message numerus="yes">
        <source>%n row(s) were not written.</source>
        <translation>
            <numerusform>%n row was not written.</numerusform>
            <numerusform>%n rows were not written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deck::ui::AboutDialog</name>
    <message>
        <source>About MQTT Deck</source>
        <translation>About MQTT Deck</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MQTT Deck&lt;/h2&gt;&lt;p&gt;An operations console and MQTT explorer for support engineers, operators and firmware teams.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;MQTT Deck&lt;/h2&gt;&lt;p&gt;An operations console and MQTT explorer for support engineers, operators and firmware teams.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>Copy versions</translation>
    </message>
</context>
<context>
    <name>deck::ui::ChartsPage</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Pick a field in the payload inspector&apos;s JSON tree and press Plot.</source>
        <translation>Pick a field in the payload inspector&apos;s JSON tree and press Plot.</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Last minute</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Last 5 minutes</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Last 15 minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <source>Freeze the picture; values keep being recorded and appear on resume.</source>
        <translation>Freeze the picture; values keep being recorded and appear on resume.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export series as CSV</source>
        <translation>Export series as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Export chart as PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>Hover a line to read its values.</source>
        <translation>Hover a line to read its values.</translation>
    </message>
    <message>
        <source>Plotted fields</source>
        <translation>Plotted fields</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n point(s)</source>
        <translation>
            <numerusform>%1 — %n point</numerusform>
            <numerusform>%1 — %n points</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 messages without a number there</source>
        <translation>%1 messages without a number there</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The payload of %1 is not a number in any of its last %n message(s); pick a numeric field in the JSON tree.</source>
        <translation>
            <numerusform>The payload of %1 is not a number in its last message; pick a numeric field in the JSON tree.</numerusform>
            <numerusform>The payload of %1 is not a number in any of its last %n messages; pick a numeric field in the JSON tree.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2 is not a number in any of its last %n message(s).</source>
        <translation>
            <numerusform>%1 in %2 is not a number in its last message.</numerusform>
            <numerusform>%1 in %2 is not a number in any of its last %n messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deck::ui::CommandComposer</name>
    <message>
        <source>Time to live: a device ignores the command after it (expires_at; the MQTT 5 message expiry).</source>
        <translation>Time to live: a device ignores the command after it (expires_at; the MQTT 5 message expiry).</translation>
    </message>
    <message>
        <source>TIMEOUT when no acknowledgement came within it.</source>
        <translation>TIMEOUT when no acknowledgement came within it.</translation>
    </message>
    <message>
        <source>TIMEOUT when no result came within it after the ack.</source>
        <translation>TIMEOUT when no result came within it after the ack.</translation>
    </message>
    <message>
        <source>Dangerous (type the target&apos;s name to send)</source>
        <translation>Dangerous (type the target&apos;s name to send)</translation>
    </message>
    <message>
        <source>Needs a reason</source>
        <translation>Needs a reason</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>Retain</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Send…</translation>
    </message>
    <message>
        <source>Devices (topic prefixes)</source>
        <translation>Devices (topic prefixes)</translation>
    </message>
    <message>
        <source>Command topics as they are</source>
        <translation>Command topics as they are</translation>
    </message>
    <message>
        <source>A device is named by its topic prefix: {env}/{tenant}/{site}/{area}/{asset}, devices/{id} or spBv1.0/{group}/{node}[/{device}]. A command topic as it is needs the convention.</source>
        <translation>A device is named by its topic prefix: {env}/{tenant}/{site}/{area}/{asset}, devices/{id} or spBv1.0/{group}/{node}[/{device}]. A command topic as it is needs the convention.</translation>
    </message>
    <message>
        <source>One target per line, e.g.
prod/acme/paris/line-01/gw-001
devices/gw-002</source>
        <translation>One target per line, e.g.
prod/acme/paris/line-01/gw-001
devices/gw-002</translation>
    </message>
    <message>
        <source>Add from the fleet: device, group or path contains…</source>
        <translation>Add from the fleet: device, group or path contains…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Adds every device of the Fleet page whose id, path or group contains the text.</source>
        <translation>Adds every device of the Fleet page whose id, path or group contains the text.</translation>
    </message>
    <message>
        <source>No device of the fleet matches &quot;%1&quot;.</source>
        <translation>No device of the fleet matches &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) added as targets.</source>
        <translation>
            <numerusform>%n device added as targets.</numerusform>
            <numerusform>%n devices added as targets.</numerusform>
        </translation>
    </message>
    <message>
        <source>auto (template or target)</source>
        <translation>auto (template or target)</translation>
    </message>
    <message>
        <source>stream: {prefix}/command/{name}; devices: devices/{id}/commands/{name}; mqtt5: request/response with a response topic and correlation data; sparkplug: NCMD/DCMD.</source>
        <translation>stream: {prefix}/command/{name}; devices: devices/{id}/commands/{name}; mqtt5: request/response with a response topic and correlation data; sparkplug: NCMD/DCMD.</translation>
    </message>
    <message>
        <source>The command&apos;s name in its topic (reboot).</source>
        <translation>The command&apos;s name in its topic (reboot).</translation>
    </message>
    <message>
        <source>JSON with placeholders: {{command_id}}, {{expires_at}}, {{requested_by}}, {{reason}}, {{device_id}}…</source>
        <translation>JSON with placeholders: {{command_id}}, {{expires_at}}, {{requested_by}}, {{reason}}, {{device_id}}…</translation>
    </message>
    <message>
        <source>QoS </source>
        <translation>QoS </translation>
    </message>
    <message>
        <source>Why it is sent (goes to the journal and {{reason}})</source>
        <translation>Why it is sent (goes to the journal and {{reason}})</translation>
    </message>
    <message>
        <source>Your name (requested_by)</source>
        <translation>Your name (requested_by)</translation>
    </message>
    <message>
        <source>Remembered for next time. Your OS user and host name go to the journal too.</source>
        <translation>Remembered for next time. Your OS user and host name go to the journal too.</translation>
    </message>
    <message>
        <source>Commands are not retained: a device subscribing later would run a retained command again. Only with a reason.</source>
        <translation>Commands are not retained: a device subscribing later would run a retained command again. Only with a reason.</translation>
    </message>
    <message>
        <source>Why this command must be retained</source>
        <translation>Why this command must be retained</translation>
    </message>
    <message>
        <source>Asks first when the template is dangerous, when there is more than one target, and on a production connection.</source>
        <translation>Asks first when the template is dangerous, when there is more than one target, and on a production connection.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Save as template…</translation>
    </message>
    <message>
        <source>Delete this template</source>
        <translation>Delete this template</translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation>Import JSON…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Export JSON…</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>ack within</source>
        <translation>ack within</translation>
    </message>
    <message>
        <source>result within</source>
        <translation>result within</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>Timeouts</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Say where to send it: a device (its topic prefix) or a command topic.</source>
        <translation>Say where to send it: a device (its topic prefix) or a command topic.</translation>
    </message>
    <message>
        <source>Say who sends it: the operator&apos;s name goes to the journal.</source>
        <translation>Say who sends it: the operator&apos;s name goes to the journal.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>Choose a target to see the exact topic and payload.</source>
        <translation>Choose a target to see the exact topic and payload.</translation>
    </message>
    <message>
        <source>Cannot be sent yet: %1</source>
        <translation>Cannot be sent yet: %1</translation>
    </message>
    <message>
        <source>Topic: %1
QoS %2%3 — answers on %4
</source>
        <translation>Topic: %1
QoS %2%3 — answers on %4
</translation>
    </message>
    <message>
        <source>, retained</source>
        <translation>, retained</translation>
    </message>
    <message numerus="yes">
        <source>Payload: Sparkplug B, %n byte(s), from:
</source>
        <translation>
            <numerusform>Payload: Sparkplug B, %n byte, from:
</numerusform>
            <numerusform>Payload: Sparkplug B, %n bytes, from:
</numerusform>
        </translation>
    </message>
    <message>
        <source>Payload (the command id is made when it is sent):
</source>
        <translation>Payload (the command id is made when it is sent):
</translation>
    </message>
    <message numerus="yes">
        <source>…and the same to %n more target(s).</source>
        <translation>
            <numerusform>…and the same to %n more target.</numerusform>
            <numerusform>…and the same to %n more targets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <source>Name of the template (a template of the same name is replaced):</source>
        <translation>Name of the template (a template of the same name is replaced):</translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation>The template was not saved: %1</translation>
    </message>
    <message>
        <source>Template %1 saved in %2.</source>
        <translation>Template %1 saved in %2.</translation>
    </message>
    <message>
        <source>%1 is a built-in template: it cannot be deleted.</source>
        <translation>%1 is a built-in template: it cannot be deleted.</translation>
    </message>
    <message>
        <source>The library was not saved: %1</source>
        <translation>The library was not saved: %1</translation>
    </message>
    <message>
        <source>Template %1 deleted.</source>
        <translation>Template %1 deleted.</translation>
    </message>
    <message>
        <source>Import command templates</source>
        <translation>Import command templates</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>Imported, but not saved: %1</source>
        <translation>Imported, but not saved: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) imported.</source>
        <translation>
            <numerusform>%n template imported.</numerusform>
            <numerusform>%n templates imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export command templates</source>
        <translation>Export command templates</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) exported to %1.</source>
        <translation>
            <numerusform>%n template exported to %1.</numerusform>
            <numerusform>%n templates exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>deck::ui::CommandsModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Command id</source>
        <translation>Command id</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>To ack</source>
        <translation>To ack</translation>
    </message>
    <message>
        <source>To result</source>
        <translation>To result</translation>
    </message>
</context>
<context>
    <name>deck::ui::CommandsPage</name>
    <message>
        <source>Resend as new…</source>
        <translation>Resend as new…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Show in Explorer</source>
        <translation>Show in Explorer</translation>
    </message>
    <message>
        <source>Your command templates could not be read: %1</source>
        <translation>Your command templates could not be read: %1</translation>
    </message>
    <message>
        <source>Filter: state, id, template, target or operator contains…</source>
        <translation>Filter: state, id, template, target or operator contains…</translation>
    </message>
    <message>
        <source>Export audit trail…</source>
        <translation>Export audit trail…</translation>
    </message>
    <message>
        <source>Every command and event of the journal, in order, with its hash: CSV or JSON lines.</source>
        <translation>Every command and event of the journal, in order, with its hash: CSV or JSON lines.</translation>
    </message>
    <message>
        <source>Verify journal</source>
        <translation>Verify journal</translation>
    </message>
    <message>
        <source>Recomputes the journal&apos;s hash chain: says whether an entry was changed, removed or inserted since it was written.</source>
        <translation>Recomputes the journal&apos;s hash chain: says whether an entry was changed, removed or inserted since it was written.</translation>
    </message>
    <message>
        <source>The same command, with a new id, to the same target: asks as any send does.</source>
        <translation>The same command, with a new id, to the same target: asks as any send does.</translation>
    </message>
    <message>
        <source>Stop following it (CANCELLED). What was published stays published.</source>
        <translation>Stop following it (CANCELLED). What was published stays published.</translation>
    </message>
    <message>
        <source>The command journal could not be read: %1</source>
        <translation>The command journal could not be read: %1</translation>
    </message>
    <message>
        <source>From the journal: %1 unfinished command(s) followed again, %2 marked UNKNOWN (their timeouts passed while MQTT Deck was not following them).</source>
        <translation>From the journal: %1 unfinished command(s) followed again, %2 marked UNKNOWN (their timeouts passed while MQTT Deck was not following them).</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) from the Fleet page: choose the template, say why, then Send….</source>
        <translation>
            <numerusform>%n target from the Fleet page: choose the template, say why, then Send….</numerusform>
            <numerusform>%n targets from the Fleet page: choose the template, say why, then Send….</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is marked as production.</source>
        <translation>%1 is marked as production.</translation>
    </message>
    <message>
        <source>Publish the command %1 to %2 (QoS %3)?</source>
        <translation>Publish the command %1 to %2 (QoS %3)?</translation>
    </message>
    <message numerus="yes">
        <source>Publish the command %1 to these %n device(s) (QoS %2)?</source>
        <translation>
            <numerusform>Publish the command %1 to these %n device (QoS %2)?</numerusform>
            <numerusform>Publish the command %1 to these %n devices (QoS %2)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (see the details).</source>
        <translation>
            <numerusform>…and %n more (see the details).</numerusform>
            <numerusform>…and %n more (see the details).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send to %n devices?</source>
        <translation>
            <numerusform>Send to %n devices?</numerusform>
            <numerusform>Send to %n devices?</numerusform>
        </translation>
    </message>
    <message>
        <source>Send on a production connection?</source>
        <translation>Send on a production connection?</translation>
    </message>
    <message>
        <source>Not sent: cancelled. Nothing was published or journaled.</source>
        <translation>Not sent: cancelled. Nothing was published or journaled.</translation>
    </message>
    <message>
        <source>%1 is a dangerous command</source>
        <translation>%1 is a dangerous command</translation>
    </message>
    <message>
        <source>The template %1 is marked dangerous. It will be published to %2.

Type the target&apos;s name, %3, to send it:</source>
        <translation>The template %1 is marked dangerous. It will be published to %2.

Type the target&apos;s name, %3, to send it:</translation>
    </message>
    <message>
        <source>The template %1 is marked dangerous. It will be published to %2 devices.

Type their number, %2, to send it:</source>
        <translation>The template %1 is marked dangerous. It will be published to %2 devices.

Type their number, %2, to send it:</translation>
    </message>
    <message>
        <source>Not sent: &quot;%1&quot; is not %2. Nothing was published or journaled.</source>
        <translation>Not sent: &quot;%1&quot; is not %2. Nothing was published or journaled.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>Not sent: the connection is not up.</source>
        <translation>Not sent: the connection is not up.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Command %1 journaled and sent to %2.</source>
        <translation>Command %1 journaled and sent to %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) journaled and sent.</source>
        <translation>
            <numerusform>%n command journaled and sent.</numerusform>
            <numerusform>%n commands journaled and sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent, %2 not: %3</source>
        <translation>%1 sent, %2 not: %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; commands &amp;nbsp; &lt;span style=&apos;color:#1565c0&apos;&gt;→ &lt;b&gt;%2&lt;/b&gt; waiting&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#2e7d32&apos;&gt;✓ &lt;b&gt;%3&lt;/b&gt; done&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#c62828&apos;&gt;✕ &lt;b&gt;%4&lt;/b&gt; rejected or failed&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#ef6c00&apos;&gt;◷ &lt;b&gt;%5&lt;/b&gt; timed out or expired&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; commands &amp;nbsp; &lt;span style=&apos;color:#1565c0&apos;&gt;→ &lt;b&gt;%2&lt;/b&gt; waiting&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#2e7d32&apos;&gt;✓ &lt;b&gt;%3&lt;/b&gt; done&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#c62828&apos;&gt;✕ &lt;b&gt;%4&lt;/b&gt; rejected or failed&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#ef6c00&apos;&gt;◷ &lt;b&gt;%5&lt;/b&gt; timed out or expired&lt;/span&gt;</translation>
    </message>
    <message>
        <source>– &lt;b&gt;%1&lt;/b&gt; cancelled or unknown</source>
        <translation>– &lt;b&gt;%1&lt;/b&gt; cancelled or unknown</translation>
    </message>
    <message>
        <source>%1 repeated, late or unknown answers (recorded, ignored)</source>
        <translation>%1 repeated, late or unknown answers (recorded, ignored)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No command yet.&lt;/b&gt; Choose a target and a template on the left, say why, check the preview, then &lt;i&gt;Send…&lt;/i&gt;. Each command is journaled before it is published and followed here through its answers: its acknowledgement, its result, or its timeout.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No command yet.&lt;/b&gt; Choose a target and a template on the left, say why, check the preview, then &lt;i&gt;Send…&lt;/i&gt;. Each command is journaled before it is published and followed here through its answers: its acknowledgement, its result, or its timeout.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a command to see its timeline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choose a command to see its timeline.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>cancelled by %1 in the window</source>
        <translation>cancelled by %1 in the window</translation>
    </message>
    <message>
        <source>%1 is no longer followed (CANCELLED); what was published stays published.</source>
        <translation>%1 is no longer followed (CANCELLED); what was published stays published.</translation>
    </message>
    <message>
        <source>%1 had already finished.</source>
        <translation>%1 had already finished.</translation>
    </message>
    <message>
        <source>The journal could not be opened: %1</source>
        <translation>The journal could not be opened: %1</translation>
    </message>
    <message>
        <source>The journal could not be read: %1</source>
        <translation>The journal could not be read: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <source>Audit trail written to %1.</source>
        <translation>Audit trail written to %1.</translation>
    </message>
    <message>
        <source>The journal is intact: %1 entries, each chained to the one before (last hash %2…).</source>
        <translation>The journal is intact: %1 entries, each chained to the one before (last hash %2…).</translation>
    </message>
    <message>
        <source>The journal was changed after it was written: entry %1 is the first that does not match. %2</source>
        <translation>The journal was changed after it was written: entry %1 is the first that does not match. %2</translation>
    </message>
</context>
<context>
    <name>deck::ui::ConnectionBar</name>
    <message>
        <source>broker host</source>
        <translation>broker host</translation>
    </message>
    <message>
        <source>Broker host</source>
        <translation>Broker host</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>Secure WebSocket</source>
        <translation>Secure WebSocket</translation>
    </message>
    <message>
        <source>MQTT 5</source>
        <translation>MQTT 5</translation>
    </message>
    <message>
        <source>MQTT 3.1.1</source>
        <translation>MQTT 3.1.1</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>user name</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>topic filter, e.g. #</source>
        <translation>topic filter, e.g. #</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Subscribe</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Disconnect</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Connections…</source>
        <translation>Connections…</translation>
    </message>
    <message>
        <source>Saved connections: create, edit, import, connect</source>
        <translation>Saved connections: create, edit, import, connect</translation>
    </message>
    <message>
        <source>The filter to subscribe to. While connected, press Enter to subscribe to it instead of the current one.</source>
        <translation>The filter to subscribe to. While connected, press Enter to subscribe to it instead of the current one.</translation>
    </message>
</context>
<context>
    <name>deck::ui::ConnectionDialog</name>
    <message>
        <source>Subscriptions, line %1: write a filter, then optionally its QoS (0, 1 or 2), e.g. &quot;prod/# 1&quot;.</source>
        <translation>Subscriptions, line %1: write a filter, then optionally its QoS (0, 1 or 2), e.g. &quot;prod/# 1&quot;.</translation>
    </message>
    <message>
        <source>Subscriptions, line %1: %2</source>
        <translation>Subscriptions, line %1: %2</translation>
    </message>
    <message>
        <source>Save in the keychain</source>
        <translation>Save in the keychain</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client certificate</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Client key</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Keys (*.pem *.key);;All files (*)</translation>
    </message>
    <message>
        <source>Verify the broker&apos;s certificate</source>
        <translation>Verify the broker&apos;s certificate</translation>
    </message>
    <message>
        <source>Verify that it names the host</source>
        <translation>Verify that it names the host</translation>
    </message>
    <message>
        <source>Clean start (no session kept)</source>
        <translation>Clean start (no session kept)</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>Retain</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>No colour</translation>
    </message>
    <message>
        <source>Red — production</source>
        <translation>Red — production</translation>
    </message>
    <message>
        <source>Orange — staging</source>
        <translation>Orange — staging</translation>
    </message>
    <message>
        <source>Green — lab</source>
        <translation>Green — lab</translation>
    </message>
    <message>
        <source>Blue — development</source>
        <translation>Blue — development</translation>
    </message>
    <message>
        <source>usual port of the transport</source>
        <translation>usual port of the transport</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>Secure WebSocket</source>
        <translation>Secure WebSocket</translation>
    </message>
    <message>
        <source>MQTT 5</source>
        <translation>MQTT 5</translation>
    </message>
    <message>
        <source>MQTT 3.1.1</source>
        <translation>MQTT 3.1.1</translation>
    </message>
    <message>
        <source>empty: generated at each connection</source>
        <translation>empty: generated at each connection</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>ends with the connection</source>
        <translation>ends with the connection</translation>
    </message>
    <message>
        <source>QoS %1</source>
        <translation>QoS %1</translation>
    </message>
    <message>
        <source>empty: no Last Will</source>
        <translation>empty: no Last Will</translation>
    </message>
    <message>
        <source>One filter per line, optionally followed by its QoS:
#
prod/+/+/+/+/status 1</source>
        <translation>One filter per line, optionally followed by its QoS:
#
prod/+/+/+/+/status 1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Colour tag</source>
        <translation>Colour tag</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>WebSocket path</source>
        <translation>WebSocket path</translation>
    </message>
    <message>
        <source>MQTT version</source>
        <translation>MQTT version</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client id</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s trusted authorities.</source>
        <translation>Empty: the system&apos;s trusted authorities.</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Key passphrase</translation>
    </message>
    <message>
        <source>Session and will</source>
        <translation>Session and will</translation>
    </message>
    <message>
        <source>Keep alive</source>
        <translation>Keep alive</translation>
    </message>
    <message>
        <source>Session expiry (MQTT 5)</source>
        <translation>Session expiry (MQTT 5)</translation>
    </message>
    <message>
        <source>Will topic</source>
        <translation>Will topic</translation>
    </message>
    <message>
        <source>Will payload</source>
        <translation>Will payload</translation>
    </message>
    <message>
        <source>Will QoS</source>
        <translation>Will QoS</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Subscriptions</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Read connections exported by MQTT Explorer (settings.json) or MQTTX (Export data, JSON).</source>
        <translation>Read connections exported by MQTT Explorer (settings.json) or MQTTX (Export data, JSON).</translation>
    </message>
    <message>
        <source>Import connections</source>
        <translation>Import connections</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation>Save and connect</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>kept in the keychain; type to change it</source>
        <translation>kept in the keychain; type to change it</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Give the connection a name.</translation>
    </message>
    <message>
        <source>Not saved in the keychain: %1 It is kept in memory until MQTT Deck closes, and you will be asked for it next time.</source>
        <translation>Not saved in the keychain: %1 It is kept in memory until MQTT Deck closes, and you will be asked for it next time.</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Delete connection</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and its secrets in the keychain?</source>
        <translation>Delete &quot;%1&quot; and its secrets in the keychain?</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s) from %1.</source>
        <translation>
            <numerusform>Imported %n connection from %1.</numerusform>
            <numerusform>Imported %n connections from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>not set (the broker&apos;s default)</source>
        <translation>not set (the broker&apos;s default)</translation>
    </message>
    <message>
        <source>not set (no limit)</source>
        <translation>not set (no limit)</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> bytes</translation>
    </message>
    <message>
        <source>One per line: name=value</source>
        <translation>One per line: name=value</translation>
    </message>
    <message>
        <source>Receive maximum (MQTT 5)</source>
        <translation>Receive maximum (MQTT 5)</translation>
    </message>
    <message>
        <source>Maximum packet size (MQTT 5)</source>
        <translation>Maximum packet size (MQTT 5)</translation>
    </message>
    <message>
        <source>CONNECT user properties (MQTT 5)</source>
        <translation>CONNECT user properties (MQTT 5)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>TLS turned on: a certificate file was given (as the command line does). Choose the transport again to change it.</source>
        <translation>TLS turned on: a certificate file was given (as the command line does). Choose the transport again to change it.</translation>
    </message>
    <message>
        <source>checking the keychain…</source>
        <translation>checking the keychain…</translation>
    </message>
    <message>
        <source>not in the keychain yet; type it to save it</source>
        <translation>not in the keychain yet; type it to save it</translation>
    </message>
    <message>
        <source>no keychain here: kept in memory until MQTT Deck closes</source>
        <translation>no keychain here: kept in memory until MQTT Deck closes</translation>
    </message>
    <message>
        <source>no keychain here: asked at each connection</source>
        <translation>no keychain here: asked at each connection</translation>
    </message>
    <message>
        <source>the keychain did not answer: %1</source>
        <translation>the keychain did not answer: %1</translation>
    </message>
    <message>
        <source>Production: ask before every publish, marked PROD in red</source>
        <translation>Production: ask before every publish, marked PROD in red</translation>
    </message>
    <message>
        <source>Check connection…</source>
        <translation>Check connection…</translation>
    </message>
    <message>
        <source>Run the connection doctor on these settings: DNS, TCP, TLS, CONNECT, SUBSCRIBE and a message that must come back; it stops where the connection breaks and says why.</source>
        <translation>Run the connection doctor on these settings: DNS, TCP, TLS, CONNECT, SUBSCRIBE and a message that must come back; it stops where the connection breaks and says why.</translation>
    </message>
</context>
<context>
    <name>deck::ui::ConnectionList</name>
    <message>
        <source>New connection</source>
        <translation>New connection</translation>
    </message>
    <message>
        <source>Close connection</source>
        <translation>Close connection</translation>
    </message>
    <message>
        <source>Open another connection beside this one (Ctrl+N).</source>
        <translation>Open another connection beside this one (Ctrl+N).</translation>
    </message>
    <message>
        <source>Disconnect and close the chosen connection (Ctrl+W).</source>
        <translation>Disconnect and close the chosen connection (Ctrl+W).</translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 msg/s</translation>
    </message>
    <message>
        <source>PROD</source>
        <translation>PROD</translation>
    </message>
    <message>
        <source>%1 — not connected</source>
        <translation>%1 — not connected</translation>
    </message>
</context>
<context>
    <name>deck::ui::ConnectionView</name>
    <message>
        <source>Explorer</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>%1 is no longer in the tree (it was cleared).</source>
        <translation>%1 is no longer in the tree (it was cleared).</translation>
    </message>
    <message>
        <source>refused: %1 (%2). %3</source>
        <translation>refused: %1 (%2). %3</translation>
    </message>
    <message>
        <source>the broker closed the connection: %1 (%2)</source>
        <translation>the broker closed the connection: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 — retrying in %2 s (attempt %3)</source>
        <translation>%1 — retrying in %2 s (attempt %3)</translation>
    </message>
    <message>
        <source>Subscribed to %1 (%2)</source>
        <translation>Subscribed to %1 (%2)</translation>
    </message>
    <message>
        <source>Subscription to %1 not answered: %2</source>
        <translation>Subscription to %1 not answered: %2</translation>
    </message>
    <message>
        <source>Subscription to %1 refused: %2 (%3). %4</source>
        <translation>Subscription to %1 refused: %2 (%3). %4</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Password for %1</translation>
    </message>
    <message>
        <source>Key passphrase for %1</source>
        <translation>Key passphrase for %1</translation>
    </message>
    <message>
        <source>Not connected: no secret was given for %1.</source>
        <translation>Not connected: no secret was given for %1.</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Cannot connect</translation>
    </message>
    <message>
        <source>The connection settings need attention:</source>
        <translation>The connection settings need attention:</translation>
    </message>
    <message>
        <source>Subscribed to %1 only.</source>
        <translation>Subscribed to %1 only.</translation>
    </message>
    <message>
        <source>Subscribing to %1 instead of %2…</source>
        <translation>Subscribing to %1 instead of %2…</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>New connection</translation>
    </message>
    <message>
        <source>%1 msg/s — %2 received — %3 topics</source>
        <translation>%1 msg/s — %2 received — %3 topics</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 waiting</translation>
    </message>
    <message>
        <source>%1 dropped (engine too far behind)</source>
        <translation>%1 dropped (engine too far behind)</translation>
    </message>
    <message>
        <source>%1 not seen by %2 (it fell behind)</source>
        <translation>%1 not seen by %2 (it fell behind)</translation>
    </message>
    <message>
        <source>%1 old history entries dropped (memory budget)</source>
        <translation>%1 old history entries dropped (memory budget)</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Fleet</translation>
    </message>
    <message>
        <source>%1 is not in the tree.</source>
        <translation>%1 is not in the tree.</translation>
    </message>
    <message>
        <source>Request a rebirth</source>
        <translation>Request a rebirth</translation>
    </message>
    <message>
        <source>Ask the edge node %1/%2 to publish its birth again?

MQTT Deck publishes Node Control/Rebirth = true on %3. The node republishes its NBIRTH (and its devices&apos; DBIRTHs); its metric catalogue is read again.</source>
        <translation>Ask the edge node %1/%2 to publish its birth again?

MQTT Deck publishes Node Control/Rebirth = true on %3. The node republishes its NBIRTH (and its devices&apos; DBIRTHs); its metric catalogue is read again.</translation>
    </message>
    <message>
        <source>Rebirth requested from %1/%2: its new birth will show in the Fleet page (the request is in the Publish page&apos;s sent list).</source>
        <translation>Rebirth requested from %1/%2: its new birth will show in the Fleet page (the request is in the Publish page&apos;s sent list).</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Retained</translation>
    </message>
    <message>
        <source>The device rules were not changed: %1</source>
        <translation>The device rules were not changed: %1</translation>
    </message>
    <message>
        <source>Applied, but not saved with %1: %2</source>
        <translation>Applied, but not saved with %1: %2</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Commands</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
</context>
<context>
    <name>deck::ui::DeviceRulesDialog</name>
    <message>
        <source>All the presets at once: devices/{id}/…, {env}/{tenant}/{site}/{area}/{asset}/… and Sparkplug B nodes and devices.</source>
        <translation>All the presets at once: devices/{id}/…, {env}/{tenant}/{site}/{area}/{asset}/… and Sparkplug B nodes and devices.</translation>
    </message>
    <message>
        <source>{env}/{tenant}/{site}/{area}/{asset}/{stream}/…: the device is the asset, grouped by env, tenant, site and area; its state is read from …/status (JSON &quot;state&quot; or &quot;status&quot;, or plain text).</source>
        <translation>{env}/{tenant}/{site}/{area}/{asset}/{stream}/…: the device is the asset, grouped by env, tenant, site and area; its state is read from …/status (JSON &quot;state&quot; or &quot;status&quot;, or plain text).</translation>
    </message>
    <message>
        <source>devices/{id}/…: the state is read from devices/{id}/status (JSON, or plain online/offline/1/0/true/false).</source>
        <translation>devices/{id}/…: the state is read from devices/{id}/status (JSON, or plain online/offline/1/0/true/false).</translation>
    </message>
    <message>
        <source>Sparkplug B edge nodes and devices, from their births and deaths (spBv1.0/…).</source>
        <translation>Sparkplug B edge nodes and devices, from their births and deaths (spBv1.0/…).</translation>
    </message>
    <message>
        <source>Rules of your own, as JSON: which levels make a device&apos;s prefix, which level names it, which group it, its status topic and how to read it. See the user guide for the fields.</source>
        <translation>Rules of your own, as JSON: which levels make a device&apos;s prefix, which level names it, which group it, its status topic and how to read it. See the user guide for the fields.</translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation>Load from file…</translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation>Save to file…</translation>
    </message>
    <message>
        <source>Device rules</source>
        <translation>Device rules</translation>
    </message>
    <message>
        <source>auto — every convention below</source>
        <translation>auto — every convention below</translation>
    </message>
    <message>
        <source>stream — {env}/{tenant}/{site}/{area}/{asset}/…</source>
        <translation>stream — {env}/{tenant}/{site}/{area}/{asset}/…</translation>
    </message>
    <message>
        <source>devices — devices/{id}/…</source>
        <translation>devices — devices/{id}/…</translation>
    </message>
    <message>
        <source>sparkplug — Sparkplug B nodes and devices</source>
        <translation>sparkplug — Sparkplug B nodes and devices</translation>
    </message>
    <message>
        <source>custom — rules of your own (JSON)</source>
        <translation>custom — rules of your own (JSON)</translation>
    </message>
    <message>
        <source>Choose &quot;custom&quot; to write rules of your own.</source>
        <translation>Choose &quot;custom&quot; to write rules of your own.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>each rule&apos;s own (presets: 300 s)</source>
        <translation>each rule&apos;s own (presets: 300 s)</translation>
    </message>
    <message>
        <source>A device from which nothing arrives for this long turns stale.</source>
        <translation>A device from which nothing arrives for this long turns stale.</translation>
    </message>
    <message>
        <source>Find devices with</source>
        <translation>Find devices with</translation>
    </message>
    <message>
        <source>Stale after</source>
        <translation>Stale after</translation>
    </message>
    <message>
        <source>Saved with the connection. Applying rebuilds the fleet: the broker sends the retained statuses again.</source>
        <translation>Saved with the connection. Applying rebuilds the fleet: the broker sends the retained statuses again.</translation>
    </message>
    <message>
        <source>This connection is not saved: the rules last until it closes. Applying rebuilds the fleet: the broker sends the retained statuses again.</source>
        <translation>This connection is not saved: the rules last until it closes. Applying rebuilds the fleet: the broker sends the retained statuses again.</translation>
    </message>
    <message>
        <source>These rules cannot be used: %1</source>
        <translation>These rules cannot be used: %1</translation>
    </message>
    <message>
        <source>Load device rules</source>
        <translation>Load device rules</translation>
    </message>
    <message>
        <source>Device rules (*.json);;All files (*)</source>
        <translation>Device rules (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>Save device rules</source>
        <translation>Save device rules</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>deck::ui::DoctorDialog</name>
    <message>
        <source>Name lookup (DNS)</source>
        <translation>Name lookup (DNS)</translation>
    </message>
    <message>
        <source>TCP connection</source>
        <translation>TCP connection</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS handshake</translation>
    </message>
    <message>
        <source>MQTT CONNECT</source>
        <translation>MQTT CONNECT</translation>
    </message>
    <message>
        <source>SUBSCRIBE</source>
        <translation>SUBSCRIBE</translation>
    </message>
    <message>
        <source>Publish and receive</source>
        <translation>Publish and receive</translation>
    </message>
    <message>
        <source>Connection doctor — %1:%2</source>
        <translation>Connection doctor — %1:%2</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>What was found</translation>
    </message>
    <message>
        <source>Checking, step by step…</source>
        <translation>Checking, step by step…</translation>
    </message>
    <message>
        <source>DNS → TCP → TLS → CONNECT → SUBSCRIBE → a QoS 1 message that must come back (never retained). The first step that fails stops the check.</source>
        <translation>DNS → TCP → TLS → CONNECT → SUBSCRIBE → a QoS 1 message that must come back (never retained). The first step that fails stops the check.</translation>
    </message>
    <message>
        <source>✓ Every step passed: this connection works.</source>
        <translation>✓ Every step passed: this connection works.</translation>
    </message>
    <message>
        <source>✗ Stopped at %1: %2</source>
        <translation>✗ Stopped at %1: %2</translation>
    </message>
    <message>
        <source>– not used</source>
        <translation>– not used</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ passed</translation>
    </message>
    <message>
        <source>✗ FAILED</source>
        <translation>✗ FAILED</translation>
    </message>
</context>
<context>
    <name>deck::ui::ExplorerPage</name>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Forget every topic and its statistics; the connection and the subscriptions stay, and the tree fills again as messages arrive.</source>
        <translation>Forget every topic and its statistics; the connection and the subscriptions stay, and the tree fills again as messages arrive.</translation>
    </message>
    <message>
        <source>Copy topic</source>
        <translation>Copy topic</translation>
    </message>
    <message>
        <source>Clear retained values…</source>
        <translation>Clear retained values…</translation>
    </message>
    <message>
        <source>Clear retained values</source>
        <translation>Clear retained values</translation>
    </message>
    <message>
        <source>No topic at or below &quot;%1&quot; is known to hold a retained value.</source>
        <translation>No topic at or below &quot;%1&quot; is known to hold a retained value.</translation>
    </message>
    <message>
        <source>(all topics)</source>
        <translation>(all topics)</translation>
    </message>
    <message numerus="yes">
        <source>Clear the retained value of %n topic(s) at or below &quot;%1&quot;?

The broker will stop sending them to new subscribers (devices and dashboards included). A record of what was cleared is kept in %2.</source>
        <translation>
            <numerusform>Clear the retained value of %n topic at or below &quot;%1&quot;?

The broker will stop sending it to new subscribers (devices and dashboards included). A record of what was cleared is kept in %2.</numerusform>
            <numerusform>Clear the retained value of %n topics at or below &quot;%1&quot;?

The broker will stop sending them to new subscribers (devices and dashboards included). A record of what was cleared is kept in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n retained value(s).</source>
        <translation>
            <numerusform>Cleared %n retained value.</numerusform>
            <numerusform>Cleared %n retained values.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleared %1 retained values; %2 failed: %3</source>
        <translation>Cleared %1 retained values; %2 failed: %3</translation>
    </message>
    <message>
        <source>Expand all below</source>
        <translation>Expand all below</translation>
    </message>
    <message>
        <source>Collapse all below</source>
        <translation>Collapse all below</translation>
    </message>
    <message>
        <source>Follow latest message below</source>
        <translation>Follow latest message below</translation>
    </message>
    <message>
        <source>Keep selecting the topic below this node that received the latest message.</source>
        <translation>Keep selecting the topic below this node that received the latest message.</translation>
    </message>
    <message>
        <source>Expanded the first %1 nodes only; use the search box to narrow down.</source>
        <translation>Expanded the first %1 nodes only; use the search box to narrow down.</translation>
    </message>
    <message>
        <source>Stopped following.</source>
        <translation>Stopped following.</translation>
    </message>
    <message>
        <source>Following the latest message at or below %1 (Ctrl+L again to stop).</source>
        <translation>Following the latest message at or below %1 (Ctrl+L again to stop).</translation>
    </message>
    <message>
        <source>Publish to this topic…</source>
        <translation>Publish to this topic…</translation>
    </message>
</context>
<context>
    <name>deck::ui::FileField</name>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
</context>
<context>
    <name>deck::ui::FleetModel</name>
    <message>
        <source>never (retained only)</source>
        <translation>never (retained only)</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>%1 s ago</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 min ago</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 h ago</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>%1 d ago</translation>
    </message>
    <message>
        <source>%1 since %2: %3</source>
        <translation>%1 since %2: %3</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>Reconnects</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Msg/s</source>
        <translation>Msg/s</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Found by</translation>
    </message>
</context>
<context>
    <name>deck::ui::FleetPage</name>
    <message>
        <source>Filter: device, group, firmware or state contains…</source>
        <translation>Filter: device, group, firmware or state contains…</translation>
    </message>
    <message>
        <source>What the Group column shows; sort by it to keep each group together.</source>
        <translation>What the Group column shows; sort by it to keep each group together.</translation>
    </message>
    <message>
        <source>Show in Explorer</source>
        <translation>Show in Explorer</translation>
    </message>
    <message>
        <source>Select the device&apos;s topics in the Explorer.</source>
        <translation>Select the device&apos;s topics in the Explorer.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>whole path</source>
        <translation>whole path</translation>
    </message>
    <message>
        <source>firmware</source>
        <translation>firmware</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; devices &amp;nbsp; &lt;span style=&apos;color:#2e7d32&apos;&gt;● &lt;b&gt;%2&lt;/b&gt; online&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#ef6c00&apos;&gt;◐ &lt;b&gt;%3&lt;/b&gt; stale&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#c62828&apos;&gt;✕ &lt;b&gt;%4&lt;/b&gt; offline&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#757575&apos;&gt;○ &lt;b&gt;%5&lt;/b&gt; unknown&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; devices &amp;nbsp; &lt;span style=&apos;color:#2e7d32&apos;&gt;● &lt;b&gt;%2&lt;/b&gt; online&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#ef6c00&apos;&gt;◐ &lt;b&gt;%3&lt;/b&gt; stale&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#c62828&apos;&gt;✕ &lt;b&gt;%4&lt;/b&gt; offline&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#757575&apos;&gt;○ &lt;b&gt;%5&lt;/b&gt; unknown&lt;/span&gt;</translation>
    </message>
    <message>
        <source>(%1 more not tracked: the limit is 100,000)</source>
        <translation>(%1 more not tracked: the limit is 100,000)</translation>
    </message>
    <message>
        <source>%1: %2 (%3 not online)</source>
        <translation>%1: %2 (%3 not online)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>and %1 more groups</source>
        <translation>and %1 more groups</translation>
    </message>
    <message>
        <source>No device yet: devices appear with their status topics ({env}/{tenant}/{site}/{area}/{asset}/status, devices/{id}/status), any message under them, and Sparkplug B births.</source>
        <translation>No device yet: devices appear with their status topics ({env}/{tenant}/{site}/{area}/{asset}/status, devices/{id}/status), any message under them, and Sparkplug B births.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a device to see its status history, its topics and its last status.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choose a device to see its status history, its topics and its last status.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, since %2</translation>
    </message>
    <message>
        <source>Topics under</source>
        <translation>Topics under</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>Reconnects</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>%1 (%2/s)</source>
        <translation>%1 (%2/s)</translation>
    </message>
    <message>
        <source>bdSeq</source>
        <translation>bdSeq</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metrics</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>Last status</translation>
    </message>
    <message>
        <source>Status history (newest first)</source>
        <translation>Status history (newest first)</translation>
    </message>
    <message>
        <source>Topics seen</source>
        <translation>Topics seen</translation>
    </message>
    <message>
        <source>Request rebirth…</source>
        <translation>Request rebirth…</translation>
    </message>
    <message>
        <source>Ask the chosen Sparkplug B edge node to publish its birth again (NCMD Node Control/Rebirth); asks first.</source>
        <translation>Ask the chosen Sparkplug B edge node to publish its birth again (NCMD Node Control/Rebirth); asks first.</translation>
    </message>
    <message>
        <source>How devices are found in the topics, how their state is read, when they turn stale: a preset or rules of your own.</source>
        <translation>How devices are found in the topics, how their state is read, when they turn stale: a preset or rules of your own.</translation>
    </message>
    <message>
        <source>Device rules: %1…</source>
        <translation>Device rules: %1…</translation>
    </message>
    <message>
        <source>Send command…</source>
        <translation>Send command…</translation>
    </message>
    <message>
        <source>Open the Commands page&apos;s composer with the chosen devices as targets (choose several with Ctrl or Shift).</source>
        <translation>Open the Commands page&apos;s composer with the chosen devices as targets (choose several with Ctrl or Shift).</translation>
    </message>
</context>
<context>
    <name>deck::ui::MainWindow</name>
    <message>
        <source>MQTT Deck</source>
        <translation>MQTT Deck</translation>
    </message>
    <message>
        <source>MQTT Deck — %1</source>
        <translation>MQTT Deck — %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About MQTT Deck…</source>
        <translation>&amp;About MQTT Deck…</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connection</translation>
    </message>
    <message>
        <source>&amp;New connection</source>
        <translation>&amp;New connection</translation>
    </message>
    <message>
        <source>&amp;Saved connections…</source>
        <translation>&amp;Saved connections…</translation>
    </message>
    <message>
        <source>&amp;Close connection</source>
        <translation>&amp;Close connection</translation>
    </message>
    <message>
        <source>Check &amp;connection…</source>
        <translation>Check &amp;connection…</translation>
    </message>
    <message>
        <source>Security chec&amp;k…</source>
        <translation>Security chec&amp;k…</translation>
    </message>
    <message>
        <source>Connect first: the checks run on the chosen connection&apos;s broker and identity.</source>
        <translation>Connect first: the checks run on the chosen connection&apos;s broker and identity.</translation>
    </message>
</context>
<context>
    <name>deck::ui::MessageListModel</name>
    <message>
        <source>retained</source>
        <translation>retained</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>Retain</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
</context>
<context>
    <name>deck::ui::MessagesPage</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop adding rows to read the list; the Explorer keeps counting.</source>
        <translation>Stop adding rows to read the list; the Explorer keeps counting.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>%L1 older rows have left the list.</source>
        <translation>%L1 older rows have left the list.</translation>
    </message>
    <message>
        <source>%L1 messages went by too fast to be listed (the Explorer counts them all).</source>
        <translation>%L1 messages went by too fast to be listed (the Explorer counts them all).</translation>
    </message>
    <message>
        <source>The newest %L1 messages (all topics together), oldest at the top.</source>
        <translation>The newest %L1 messages (all topics together), oldest at the top.</translation>
    </message>
    <message>
        <source>Filter: topic or payload contains… (Ctrl+F)</source>
        <translation>Filter: topic or payload contains… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Double-click a message to show its topic in the Explorer.</source>
        <translation>Double-click a message to show its topic in the Explorer.</translation>
    </message>
</context>
<context>
    <name>deck::ui::PayloadInspector</name>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{%n field}</numerusform>
            <numerusform>{%n fields}</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation>JSON tree</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Plot</translation>
    </message>
    <message>
        <source>Plot the selected field of the JSON tree, or the payload itself when it is a number, over time.</source>
        <translation>Plot the selected field of the JSON tree, or the payload itself when it is a number, over time.</translation>
    </message>
    <message>
        <source>Save payload…</source>
        <translation>Save payload…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Plot this field</source>
        <translation>Plot this field</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>View:</translation>
    </message>
    <message>
        <source>Select a topic to see its last message.</source>
        <translation>Select a topic to see its last message.</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatic (%1)</translation>
    </message>
    <message>
        <source>(empty payload)</source>
        <translation>(empty payload)</translation>
    </message>
    <message>
        <source>Only the first %1 fields are shown.</source>
        <translation>Only the first %1 fields are shown.</translation>
    </message>
    <message>
        <source>QoS %1</source>
        <translation>QoS %1</translation>
    </message>
    <message>
        <source>retained</source>
        <translation>retained</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>Payload format: %1</source>
        <translation>Payload format: %1</translation>
    </message>
    <message>
        <source>UTF-8 text</source>
        <translation>UTF-8 text</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>Message expiry: %1 s</source>
        <translation>Message expiry: %1 s</translation>
    </message>
    <message>
        <source>Content type: %1</source>
        <translation>Content type: %1</translation>
    </message>
    <message>
        <source>Response topic: %1</source>
        <translation>Response topic: %1</translation>
    </message>
    <message>
        <source>Correlation data: %1</source>
        <translation>Correlation data: %1</translation>
    </message>
    <message>
        <source>User property: %1 = %2</source>
        <translation>User property: %1 = %2</translation>
    </message>
    <message>
        <source>Subscription identifiers: %1</source>
        <translation>Subscription identifiers: %1</translation>
    </message>
    <message>
        <source>Topic alias: %1</source>
        <translation>Topic alias: %1</translation>
    </message>
    <message>
        <source>Save payload</source>
        <translation>Save payload</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>Saved %1 to %2.</translation>
    </message>
    <message>
        <source>How to show the payload. Automatic picks JSON, text, CBOR, MessagePack or hex from the bytes, and Sparkplug B on spBv1.0/ topics.</source>
        <translation>How to show the payload. Automatic picks JSON, text, CBOR, MessagePack or hex from the bytes, and Sparkplug B on spBv1.0/ topics.</translation>
    </message>
    <message>
        <source>This payload is not JSON, CBOR, MessagePack or Sparkplug B: there is no tree to show.</source>
        <translation>This payload is not JSON, CBOR, MessagePack or Sparkplug B: there is no tree to show.</translation>
    </message>
    <message>
        <source>Correlation data: &quot;%1&quot; (hex %2)</source>
        <translation>Correlation data: &quot;%1&quot; (hex %2)</translation>
    </message>
</context>
<context>
    <name>deck::ui::PropertiesEditor</name>
    <message>
        <source>MQTT 5 properties</source>
        <translation>MQTT 5 properties</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>bytes (0)</source>
        <translation>bytes (0)</translation>
    </message>
    <message>
        <source>UTF-8 text (1)</source>
        <translation>UTF-8 text (1)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>e.g. application/json</source>
        <translation>e.g. application/json</translation>
    </message>
    <message>
        <source>where the receiver should answer</source>
        <translation>where the receiver should answer</translation>
    </message>
    <message>
        <source>text, sent as bytes</source>
        <translation>text, sent as bytes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Add user property</source>
        <translation>Add user property</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Payload format</source>
        <translation>Payload format</translation>
    </message>
    <message>
        <source>Message expiry</source>
        <translation>Message expiry</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Content type</translation>
    </message>
    <message>
        <source>Response topic</source>
        <translation>Response topic</translation>
    </message>
    <message>
        <source>Correlation data</source>
        <translation>Correlation data</translation>
    </message>
</context>
<context>
    <name>deck::ui::PublishPage</name>
    <message>
        <source>Retain</source>
        <translation>Retain</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Topic, e.g. prod/acme/paris/line-01/gw-001/cmd/reboot</source>
        <translation>Topic, e.g. prod/acme/paris/line-01/gw-001/cmd/reboot</translation>
    </message>
    <message>
        <source>QoS %1</source>
        <translation>QoS %1</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>Format JSON</source>
        <translation>Format JSON</translation>
    </message>
    <message>
        <source>Payload (empty is allowed: with Retain it clears the topic&apos;s retained value)</source>
        <translation>Payload (empty is allowed: with Retain it clears the topic&apos;s retained value)</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>Send the message (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>QoS / retain</source>
        <translation>QoS / retain</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Broker&apos;s answer</source>
        <translation>Broker&apos;s answer</translation>
    </message>
    <message>
        <source>Double-click a message to load it into the form.</source>
        <translation>Double-click a message to load it into the form.</translation>
    </message>
    <message>
        <source>Resend selected</source>
        <translation>Resend selected</translation>
    </message>
    <message>
        <source>Payload as</source>
        <translation>Payload as</translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation>Sent messages</translation>
    </message>
    <message>
        <source>Properties need MQTT 5; this connection uses MQTT 3.1.1.</source>
        <translation>Properties need MQTT 5; this connection uses MQTT 3.1.1.</translation>
    </message>
    <message>
        <source>Type the topic to publish to.</source>
        <translation>Type the topic to publish to.</translation>
    </message>
    <message>
        <source>Connect first.</source>
        <translation>Connect first.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>, retained</source>
        <translation>, retained</translation>
    </message>
    <message>
        <source>Sent to %1 (QoS 0: the broker does not answer).</source>
        <translation>Sent to %1 (QoS 0: the broker does not answer).</translation>
    </message>
    <message>
        <source>Sent to %1; waiting for the broker&apos;s answer…</source>
        <translation>Sent to %1; waiting for the broker&apos;s answer…</translation>
    </message>
    <message>
        <source>%1 — broker&apos;s answer: %2</source>
        <translation>%1 — broker&apos;s answer: %2</translation>
    </message>
    <message>
        <source>Sent messages to %1</source>
        <translation>Sent messages to %1</translation>
    </message>
    <message>
        <source>Publish on a production connection?</source>
        <translation>Publish on a production connection?</translation>
    </message>
    <message>
        <source>%1 is marked as production. Publish to %2 (QoS %3%4)?</source>
        <translation>%1 is marked as production. Publish to %2 (QoS %3%4)?</translation>
    </message>
    <message>
        <source>Not sent: cancelled.</source>
        <translation>Not sent: cancelled.</translation>
    </message>
</context>
<context>
    <name>deck::ui::RetainedModel</name>
    <message>
        <source>retained command (a reconnecting device would replay it)</source>
        <translation>retained command (a reconnecting device would replay it)</translation>
    </message>
    <message>
        <source>retained telemetry</source>
        <translation>retained telemetry</translation>
    </message>
    <message>
        <source>large</source>
        <translation>large</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Anti-patterns</source>
        <translation>Anti-patterns</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
</context>
<context>
    <name>deck::ui::RetainedPage</name>
    <message>
        <source>Only anti-patterns</source>
        <translation>Only anti-patterns</translation>
    </message>
    <message>
        <source>Clear selected…</source>
        <translation>Clear selected…</translation>
    </message>
    <message>
        <source>Subtree: topics starting with… (e.g. prod/acme/)</source>
        <translation>Subtree: topics starting with… (e.g. prod/acme/)</translation>
    </message>
    <message>
        <source>Publish an empty retained message to each selected topic, after asking; what was cleared is recorded in the journal.</source>
        <translation>Publish an empty retained message to each selected topic, after asking; what was cleared is recorded in the journal.</translation>
    </message>
    <message numerus="yes">
        <source>%n retained value(s)</source>
        <translation>
            <numerusform>%n retained value</numerusform>
            <numerusform>%n retained values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an anti-pattern</source>
        <translation>
            <numerusform>%n with an anti-pattern</numerusform>
            <numerusform>%n with an anti-pattern</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 more not listed)</source>
        <translation>(%1 more not listed)</translation>
    </message>
    <message>
        <source>Select the retained values to clear first.</source>
        <translation>Select the retained values to clear first.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>Clear retained values</source>
        <translation>Clear retained values</translation>
    </message>
    <message numerus="yes">
        <source>Clear the retained value of %n topic(s)?

%1

The broker will stop sending them to new subscribers. A record is kept in %2.</source>
        <translation>
            <numerusform>Clear the retained value of %n topic?

%1

The broker will stop sending them to new subscribers. A record is kept in %2.</numerusform>
            <numerusform>Clear the retained value of %n topics?

%1

The broker will stop sending them to new subscribers. A record is kept in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n retained value(s).</source>
        <translation>
            <numerusform>Cleared %n retained value.</numerusform>
            <numerusform>Cleared %n retained values.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleared %1 retained values; %2 failed: %3</source>
        <translation>Cleared %1 retained values; %2 failed: %3</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Large above </source>
        <translation>Large above </translation>
    </message>
    <message>
        <source>A retained value larger than this is flagged &quot;large&quot;: every reconnecting subscriber receives it again.</source>
        <translation>A retained value larger than this is flagged &quot;large&quot;: every reconnecting subscriber receives it again.</translation>
    </message>
</context>
<context>
    <name>deck::ui::RunCheck</name>
    <message>
        <source>Qt has no TLS backend (available: %1)</source>
        <translation>Qt has no TLS backend (available: %1)</translation>
    </message>
    <message>
        <source>the window is not connected (state: %1)</source>
        <translation>the window is not connected (state: %1)</translation>
    </message>
    <message>
        <source>the explorer holds the status of %1 of %2 devices</source>
        <translation>the explorer holds the status of %1 of %2 devices</translation>
    </message>
    <message>
        <source>the explorer&apos;s tree shows no row</source>
        <translation>the explorer&apos;s tree shows no row</translation>
    </message>
    <message>
        <source>messages are not arriving (%1 received so far)</source>
        <translation>messages are not arriving (%1 received so far)</translation>
    </message>
    <message>
        <source>the window painted nothing</source>
        <translation>the window painted nothing</translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation>cannot write the screenshot to %1</translation>
    </message>
    <message>
        <source>the window is connected and shows the live fleet: %1 devices&apos; status, %2 topics, %3 messages (Qt %4, TLS backend %5); screenshot saved to %6</source>
        <translation>the window is connected and shows the live fleet: %1 devices&apos; status, %2 topics, %3 messages (Qt %4, TLS backend %5); screenshot saved to %6</translation>
    </message>
    <message>
        <source>after %1 s, %2</source>
        <translation>after %1 s, %2</translation>
    </message>
</context>
<context>
    <name>deck::ui::ScreenshotTour</name>
    <message>
        <source>the live tree and a telemetry topic&apos;s JSON</source>
        <translation>the live tree and a telemetry topic&apos;s JSON</translation>
    </message>
    <message>
        <source>the same payload as a JSON tree</source>
        <translation>the same payload as a JSON tree</translation>
    </message>
    <message>
        <source>the diff against the previous message</source>
        <translation>the diff against the previous message</translation>
    </message>
    <message>
        <source>search with an MQTT filter</source>
        <translation>search with an MQTT filter</translation>
    </message>
    <message>
        <source>an alarm payload as a hex dump</source>
        <translation>an alarm payload as a hex dump</translation>
    </message>
    <message>
        <source>the live message feed</source>
        <translation>the live message feed</translation>
    </message>
    <message>
        <source>three telemetry values plotted over time</source>
        <translation>three telemetry values plotted over time</translation>
    </message>
    <message>
        <source>a command composed with MQTT 5 properties and sent</source>
        <translation>a command composed with MQTT 5 properties and sent</translation>
    </message>
    <message>
        <source>saved connections: a production profile, its colour tag and a problem found in it</source>
        <translation>saved connections: a production profile, its colour tag and a problem found in it</translation>
    </message>
    <message>
        <source>a Sparkplug B birth certificate decoded: metrics, aliases, datatypes</source>
        <translation>a Sparkplug B birth certificate decoded: metrics, aliases, datatypes</translation>
    </message>
    <message>
        <source>a second connection beside the first, subscribed to the Sparkplug namespace</source>
        <translation>a second connection beside the first, subscribed to the Sparkplug namespace</translation>
    </message>
    <message>
        <source>the fleet: every device&apos;s state, by group, and a Sparkplug node&apos;s detail</source>
        <translation>the fleet: every device&apos;s state, by group, and a Sparkplug node&apos;s detail</translation>
    </message>
    <message>
        <source>the retained values the broker keeps, and their anti-patterns</source>
        <translation>the retained values the broker keeps, and their anti-patterns</translation>
    </message>
    <message>
        <source>device rules of your own: how the Fleet page finds devices in other topic shapes</source>
        <translation>device rules of your own: how the Fleet page finds devices in other topic shapes</translation>
    </message>
    <message>
        <source>commands followed to their outcome: done, rejected, timed out, with a timeline</source>
        <translation>commands followed to their outcome: done, rejected, timed out, with a timeline</translation>
    </message>
    <message>
        <source>firmware 1.8.2 rollout</source>
        <translation>firmware 1.8.2 rollout</translation>
    </message>
</context>
<context>
    <name>deck::ui::SecretPrompt</name>
    <message>
        <source>Remember until MQTT Deck closes (never written to disk)</source>
        <translation>Remember until MQTT Deck closes (never written to disk)</translation>
    </message>
</context>
<context>
    <name>deck::ui::SecurityCheckDialog</name>
    <message>
        <source>✓ pass</source>
        <translation>✓ pass</translation>
    </message>
    <message>
        <source>✗ FAIL</source>
        <translation>✗ FAIL</translation>
    </message>
    <message>
        <source>? unknown</source>
        <translation>? unknown</translation>
    </message>
    <message>
        <source>– n/a</source>
        <translation>– n/a</translation>
    </message>
    <message>
        <source>Run the checks</source>
        <translation>Run the checks</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Export report…</translation>
    </message>
    <message>
        <source>Security check — %1</source>
        <translation>Security check — %1</translation>
    </message>
    <message>
        <source>a topic of another device, e.g. devices/other-device/status</source>
        <translation>a topic of another device, e.g. devices/other-device/status</translation>
    </message>
    <message>
        <source>a command topic, e.g. devices/this-device/commands/reboot</source>
        <translation>a command topic, e.g. devices/this-device/commands/reboot</translation>
    </message>
    <message>
        <source>optional: a second account that may read and write</source>
        <translation>optional: a second account that may read and write</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Another device&apos;s topic</source>
        <translation>Another device&apos;s topic</translation>
    </message>
    <message>
        <source>Command topic</source>
        <translation>Command topic</translation>
    </message>
    <message>
        <source>Observer user name</source>
        <translation>Observer user name</translation>
    </message>
    <message>
        <source>Observer password</source>
        <translation>Observer password</translation>
    </message>
    <message>
        <source>Certificates expire within</source>
        <translation>Certificates expire within</translation>
    </message>
    <message>
        <source>Checks what the identity of this connection (%1 on %2:%3) may do, as an operator&apos;s acceptance test: anonymous access, plaintext beside TLS, # and $SYS/#, another device&apos;s namespace, a command topic, an oversized payload, certificate expiry. The probe messages are never retained; an observer makes the delivery evidence possible.</source>
        <translation>Checks what the identity of this connection (%1 on %2:%3) may do, as an operator&apos;s acceptance test: anonymous access, plaintext beside TLS, # and $SYS/#, another device&apos;s namespace, a command topic, an oversized payload, certificate expiry. The probe messages are never retained; an observer makes the delivery evidence possible.</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Checking… (up to a minute: deliveries are waited for)</source>
        <translation>Checking… (up to a minute: deliveries are waited for)</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed: choose one to read its evidence in full.</source>
        <translation>
            <numerusform>%n check failed: choose one to read its evidence in full.</numerusform>
            <numerusform>%n checks failed: choose one to read its evidence in full.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing failed, but %n check(s) could not be established (give an observer for the delivery evidence).</source>
        <translation>
            <numerusform>Nothing failed, but %n check could not be established (give an observer for the delivery evidence).</numerusform>
            <numerusform>Nothing failed, but %n checks could not be established (give an observer for the delivery evidence).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Every check passed.</translation>
    </message>
    <message>
        <source>(the field &quot;Another device&apos;s topic&quot;)</source>
        <translation>(the field &quot;Another device&apos;s topic&quot;)</translation>
    </message>
    <message>
        <source>(the field &quot;Command topic&quot;)</source>
        <translation>(the field &quot;Command topic&quot;)</translation>
    </message>
    <message>
        <source>Security check of %1 (%2:%3, %4), %5

</source>
        <translation>Security check of %1 (%2:%3, %4), %5

</translation>
    </message>
    <message>
        <source>Export the security report</source>
        <translation>Export the security report</translation>
    </message>
    <message>
        <source>Text (*.txt);;JSON lines (*.jsonl)</source>
        <translation>Text (*.txt);;JSON lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Report written to %1.</translation>
    </message>
</context>
<context>
    <name>deck::ui::TopicFilterBar</name>
    <message>
        <source>Topic contains</source>
        <translation>Topic contains</translation>
    </message>
    <message>
        <source>MQTT filter (+ #)</source>
        <translation>MQTT filter (+ #)</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regular expression</translation>
    </message>
    <message>
        <source>Payload contains</source>
        <translation>Payload contains</translation>
    </message>
    <message>
        <source>Search topics (Ctrl+F)</source>
        <translation>Search topics (Ctrl+F)</translation>
    </message>
    <message>
        <source>e.g. prod/+/+/+/+/status</source>
        <translation>e.g. prod/+/+/+/+/status</translation>
    </message>
    <message>
        <source>first %1 matches shown (of %2 topics)</source>
        <translation>first %1 matches shown (of %2 topics)</translation>
    </message>
    <message>
        <source>%1 matching topics (of %2)</source>
        <translation>%1 matching topics (of %2)</translation>
    </message>
</context>
<context>
    <name>deck::ui::TopicInspector</name>
    <message>
        <source>Show latest</source>
        <translation>Show latest</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>The topic&apos;s recent messages, newest first. Select one to inspect it and compare it with the one before.</source>
        <translation>The topic&apos;s recent messages, newest first. Select one to inspect it and compare it with the one before.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Diff with previous</source>
        <translation>Diff with previous</translation>
    </message>
    <message>
        <source>Messages here and below: %1 — to this topic: %2 — %3/s</source>
        <translation>Messages here and below: %1 — to this topic: %2 — %3/s</translation>
    </message>
    <message>
        <source>Payload sizes: min %1, average %2, max %3 — first seen %4</source>
        <translation>Payload sizes: min %1, average %2, max %3 — first seen %4</translation>
    </message>
    <message>
        <source>No message was published to this level itself.</source>
        <translation>No message was published to this level itself.</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>History (%1)</translation>
    </message>
    <message>
        <source>QoS %1</source>
        <translation>QoS %1</translation>
    </message>
    <message>
        <source>retained</source>
        <translation>retained</translation>
    </message>
    <message>
        <source>dup</source>
        <translation>dup</translation>
    </message>
    <message>
        <source>Showing the message received at %1, not the latest.</source>
        <translation>Showing the message received at %1, not the latest.</translation>
    </message>
    <message>
        <source>There is no earlier message of this topic to compare with.</source>
        <translation>There is no earlier message of this topic to compare with.</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n change(s)</source>
        <translation>
            <numerusform>%1 → %2: %n change</numerusform>
            <numerusform>%1 → %2: %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deck::ui::TopicTreeModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>(empty level)</source>
        <translation>(empty level)</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>cleared</translation>
    </message>
    <message>
        <source>retained</source>
        <translation>retained</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Last value</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Retained</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
</context>
<context>
    <name>deck::ui::TraceModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>CLOSED</source>
        <translation>CLOSED</translation>
    </message>
    <message>
        <source>MALFORMED</source>
        <translation>MALFORMED</translation>
    </message>
    <message>
        <source>→ out</source>
        <translation>→ out</translation>
    </message>
    <message>
        <source>← in</source>
        <translation>← in</translation>
    </message>
    <message>
        <source>CLOSED by the client</source>
        <translation>CLOSED by the client</translation>
    </message>
    <message>
        <source>CLOSED by the broker</source>
        <translation>CLOSED by the broker</translation>
    </message>
    <message>
        <source>dup</source>
        <translation>dup</translation>
    </message>
    <message>
        <source>retain</source>
        <translation>retain</translation>
    </message>
    <message>
        <source>session present</source>
        <translation>session present</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 after %2</translation>
    </message>
    <message>
        <source>answers %1 (%2)</source>
        <translation>answers %1 (%2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Packet</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Topic or filters</source>
        <translation>Topic or filters</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Reason codes</source>
        <translation>Reason codes</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
</context>
<context>
    <name>deck::ui::TracePage</name>
    <message>
        <source>Record packets (reconnects)</source>
        <translation>Record packets (reconnects)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>every packet</source>
        <translation>every packet</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>malformed</translation>
    </message>
    <message>
        <source>MALFORMED</source>
        <translation>MALFORMED</translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation>connection closed</translation>
    </message>
    <message>
        <source>CLOSED</source>
        <translation>CLOSED</translation>
    </message>
    <message>
        <source>Topic or filter contains…</source>
        <translation>Topic or filter contains…</translation>
    </message>
    <message>
        <source>Packet id</source>
        <translation>Packet id</translation>
    </message>
    <message>
        <source>Open this connection again through a relay that records every packet both ways (the topic tree and the feed start afresh). Off, the trace costs nothing.</source>
        <translation>Open this connection again through a relay that records every packet both ways (the topic tree and the feed start afresh). Off, the trace costs nothing.</translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) recorded</source>
        <translation>
            <numerusform>%n packet recorded</numerusform>
            <numerusform>%n packets recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n let go (the trace keeps the newest %1)</source>
        <translation>
            <numerusform> — %n let go (the trace keeps the newest %1)</numerusform>
            <numerusform> — %n let go (the trace keeps the newest %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a packet to see its decoded fields and its bytes. Double-click one to go to its answer, or to the request it answers.</source>
        <translation>Choose a packet to see its decoded fields and its bytes. Double-click one to go to its answer, or to the request it answers.</translation>
    </message>
    <message>
        <source>Paired with the packet in row %1, %2 ms apart.

</source>
        <translation>Paired with the packet in row %1, %2 ms apart.

</translation>
    </message>
    <message numerus="yes">
        <source>Bytes (%n, secrets masked):</source>
        <translation>
            <numerusform>Bytes (%n, secrets masked):</numerusform>
            <numerusform>Bytes (%n, secrets masked):</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the packet trace</source>
        <translation>Export the packet trace</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translation>JSON lines (*.jsonl);;All files (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) written to %1.</source>
        <translation>
            <numerusform>%n packet written to %1.</numerusform>
            <numerusform>%n packets written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Packet recording is off for this connection: it costs nothing then. “Record packets” opens the connection again through a recording relay (TCP, TLS, WebSockets).</source>
        <translation>Packet recording is off for this connection: it costs nothing then. “Record packets” opens the connection again through a recording relay (TCP, TLS, WebSockets).</translation>
    </message>
</context>
</TS>
