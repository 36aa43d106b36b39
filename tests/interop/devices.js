#!/usr/bin/env node
// One fleet device played by MQTT.js (npm `mqtt`), a client MQTT Deck did not write, for the
// interop tests (tests/interop/tst_fleet_mqttjs.cpp). It connects with a Last Will, publishes a
// retained online status (with its firmware) and telemetry, then does what stdin tells it, one
// word a line:
//   silent   stop publishing (it stays connected: keepalive pings are no sign of life)
//   offline  publish a retained offline status, then DISCONNECT (a clean, announced exit)
//   end      DISCONNECT cleanly: the broker discards the will
//   will     MQTT 5 only: DISCONNECT with reason code 0x04, "Disconnect with Will Message"
// A SIGKILL from the test sends no DISCONNECT: the broker fires the will after 1.5 x keepalive.
//
// Usage: node devices.js --url mqtt://127.0.0.1:PORT --id ID [--preset devices|stream]
//          [--prefix prod/acme/lyon/line-01] [--protocol 4|5] [--keepalive S]
//          [--firmware X] [--interval MS]
// Prints JSON lines on stdout: {"event":"online"} once the status is acknowledged (QoS 1),
// {"event":"closed"} after a DISCONNECT; errors go to stderr with exit code 1.
'use strict';

const mqtt = require('mqtt');
const readline = require('readline');

function options(argv) {
  const o = { preset: 'devices', prefix: 'prod/acme/lyon/line-01', protocol: 4, keepalive: 5,
              firmware: '', interval: 500 };
  for (let i = 2; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in o) && key !== 'url' && key !== 'id')
      throw new Error(`unknown option ${argv[i]}`);
    o[key] = argv[i + 1];
  }
  if (!o.url || !o.id)
    throw new Error('--url and --id are required');
  o.protocol = Number(o.protocol);
  o.keepalive = Number(o.keepalive);
  o.interval = Number(o.interval);
  return o;
}

function say(event, extra) {
  process.stdout.write(JSON.stringify(Object.assign({ event }, extra || {})) + '\n');
}

function main() {
  const o = options(process.argv);
  const stream = o.preset === 'stream';
  const base = stream ? `${o.prefix}/${o.id}` : `devices/${o.id}`;
  const statusTopic = `${base}/status`;
  // devices preset: a plain-text will; stream preset: JSON, as the stream convention has it.
  const offline = stream ? JSON.stringify({ state: 'offline' }) : 'offline';
  const online = JSON.stringify(Object.assign({ state: 'online' },
                                              o.firmware ? { firmware: o.firmware } : {}));
  const telemetryTopic = `${base}/telemetry/temperature`;

  const client = mqtt.connect(o.url, {
    clientId: `interop-${o.id}`,
    protocolVersion: o.protocol,
    keepalive: o.keepalive,
    clean: true,
    reconnectPeriod: 0, // a device that lost its broker is the test's failure, not retried
    connectTimeout: 10000,
    will: { topic: statusTopic, payload: Buffer.from(offline), qos: 1, retain: true },
  });

  let timer = null;
  let n = 0;
  const telemetry = () => {
    n += 1;
    client.publish(telemetryTopic, JSON.stringify({ value: 20 + (n % 10) / 10, n }), { qos: 0 });
  };
  const stopTelemetry = () => { if (timer) clearInterval(timer); timer = null; };

  client.on('error', (e) => { process.stderr.write(`devices.js ${o.id}: ${e.message}\n`); process.exit(1); });
  client.once('connect', (connack) => {
    client.publish(statusTopic, online, { qos: 1, retain: true }, (err) => {
      if (err) { process.stderr.write(`devices.js ${o.id}: ${err.message}\n`); process.exit(1); }
      telemetry();
      if (o.interval > 0)
        timer = setInterval(telemetry, o.interval);
      say('online', { id: o.id, protocol: o.protocol, session_present: !!connack.sessionPresent });
    });
  });

  const closed = () => { say('closed', { id: o.id }); process.exit(0); };
  readline.createInterface({ input: process.stdin }).on('line', (line) => {
    const word = line.trim();
    if (word === 'silent') {
      stopTelemetry();
      say('silent', { id: o.id });
    } else if (word === 'offline') {
      stopTelemetry();
      client.publish(statusTopic, offline, { qos: 1, retain: true }, () => client.end(false, {}, closed));
    } else if (word === 'end') {
      stopTelemetry();
      client.end(false, {}, closed);
    } else if (word === 'will') {
      if (o.protocol !== 5) { process.stderr.write('devices.js: "will" needs --protocol 5\n'); process.exit(1); }
      stopTelemetry();
      client.end(false, { reasonCode: 0x04 }, closed);
    } else if (word) {
      process.stderr.write(`devices.js: unknown command "${word}"\n`);
    }
  });
}

try {
  main();
} catch (e) {
  process.stderr.write(`devices.js: ${e.message}\n`);
  process.exit(1);
}
