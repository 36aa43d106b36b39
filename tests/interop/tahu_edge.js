#!/usr/bin/env node
// A Sparkplug B edge node with one device, played by Eclipse Tahu's JavaScript client (npm
// `sparkplug-client`, which encodes with `sparkplug-payload`), for the interop tests
// (tests/interop/tst_sparkplug_tahu.cpp). MQTT Deck wrote none of it.
//
// Once connected it publishes NBIRTH (metrics with and without aliases; sparkplug-client adds
// bdSeq), the device's DBIRTH, then NDATA and DDATA carrying aliases only, and prints what it
// sent as JSON lines on stdout:
//   {"event":"born","bdseq":0,"node":{name: value},"device":{name: value}}
//   {"event":"data","node":{...},"device":{...}}       the current values after the data
//   {"event":"ncmd","metrics":[{name,type,value}]}      an NCMD as Tahu decoded it
//   {"event":"rebirth"}                                  it answered Node Control/Rebirth
//   {"event":"stopped"}                                  after stop(): NDEATH, DISCONNECT
// Stdin, one word a line: `data` sends one more NDATA and DDATA; `stop` publishes NDEATH (the
// client's publishDeath) and disconnects. A SIGKILL leaves the NDEATH to the broker (the will).
//
// Usage: node tahu_edge.js --url mqtt://127.0.0.1:PORT --group G --node N [--device D]
//          [--keepalive S] [--data COUNT]
'use strict';

const sparkplug = require('sparkplug-client');
const readline = require('readline');

function options(argv) {
  const o = { device: 'sensor-1', keepalive: 5, data: 3 };
  for (let i = 2; i < argv.length; i += 2)
    o[argv[i].replace(/^--/, '')] = argv[i + 1];
  for (const k of ['url', 'group', 'node'])
    if (!o[k])
      throw new Error(`--${k} is required`);
  o.keepalive = Number(o.keepalive);
  o.data = Number(o.data);
  return o;
}

function say(event, extra) {
  process.stdout.write(JSON.stringify(Object.assign({ event }, extra || {})) + '\n');
}

// The node's and the device's current values, by metric name, as MQTT Deck should show them.
const node = {
  'Node Control/Rebirth': false,
  'Properties/Firmware': 'tahu-edge 3.2.4',
  'Inputs/Temperature': 21.5,   // Double, alias 1
  'Inputs/Pressure': 1.25,      // Float, alias 2
  'Counters/Cycles': 1000,      // Int64, alias 3
  'Inputs/Offset': -5,          // Int32, alias 4: negative, two's complement in int_value
  'Counters/Total': 4000000000, // UInt32, alias 5: Tahu puts it in long_value
};
const device = {
  'Inputs/Vibration': 0.5,      // Float, alias 10
  'Inputs/Running': true,       // Boolean, alias 11
};
let step = 0;

function nodeBirth() {
  return {
    timestamp: Date.now(),
    metrics: [
      { name: 'Node Control/Rebirth', type: 'Boolean', value: node['Node Control/Rebirth'] },
      { name: 'Properties/Firmware', type: 'String', value: node['Properties/Firmware'] },
      { name: 'Inputs/Temperature', alias: 1, type: 'Double', value: node['Inputs/Temperature'] },
      { name: 'Inputs/Pressure', alias: 2, type: 'Float', value: node['Inputs/Pressure'] },
      { name: 'Counters/Cycles', alias: 3, type: 'Int64', value: node['Counters/Cycles'] },
      { name: 'Inputs/Offset', alias: 4, type: 'Int32', value: node['Inputs/Offset'] },
      { name: 'Counters/Total', alias: 5, type: 'UInt32', value: node['Counters/Total'] },
    ],
  };
}

function deviceBirth() {
  return {
    timestamp: Date.now(),
    metrics: [
      { name: 'Inputs/Vibration', alias: 10, type: 'Float', value: device['Inputs/Vibration'] },
      { name: 'Inputs/Running', alias: 11, type: 'Boolean', value: device['Inputs/Running'] },
    ],
  };
}

function main() {
  const o = options(process.argv);
  const client = sparkplug.newClient({
    serverUrl: o.url,
    username: null, // anonymous: the test broker allows it
    password: null,
    clientId: `tahu-${o.group}-${o.node}`,
    groupId: o.group,
    edgeNode: o.node,
    publishDeath: true,
    version: 'spBv1.0',
    keepalive: o.keepalive,
    mqttOptions: { reconnectPeriod: 0 },
  });

  const births = () => {
    client.publishNodeBirth(nodeBirth());
    client.publishDeviceBirth(o.device, deviceBirth());
  };
  // Data by alias only (no names): the console names them from the births.
  const data = () => {
    step += 1;
    node['Inputs/Temperature'] = 21.5 + step * 0.25;
    node['Counters/Cycles'] = 1000 + step;
    node['Inputs/Offset'] = -5 - step;
    client.publishNodeData({
      timestamp: Date.now(),
      metrics: [
        { alias: 1, type: 'Double', value: node['Inputs/Temperature'] },
        { alias: 3, type: 'Int64', value: node['Counters/Cycles'] },
        { alias: 4, type: 'Int32', value: node['Inputs/Offset'] },
      ],
    });
    device['Inputs/Vibration'] = 0.5 + step * 0.125; // exact in a Float
    device['Inputs/Running'] = step % 2 === 0;
    client.publishDeviceData(o.device, {
      timestamp: Date.now(),
      metrics: [
        { alias: 10, type: 'Float', value: device['Inputs/Vibration'] },
        { alias: 11, type: 'Boolean', value: device['Inputs/Running'] },
      ],
    });
    say('data', { step, node, device });
  };

  client.on('error', (e) => { process.stderr.write(`tahu_edge.js: ${e.message}\n`); process.exit(1); });
  let born = false;
  client.on('birth', () => {
    births();
    say('born', { bdseq: client.bdSeq, node, device });
    if (born)
      return;
    born = true;
    let sent = 0;
    const next = () => {
      if (sent++ < o.data) {
        data();
        setTimeout(next, 100);
      }
    };
    setTimeout(next, 100);
  });
  client.on('ncmd', (payload) => {
    const metrics = (payload.metrics || []).map((m) => ({
      name: m.name, type: m.type, value: m.value,
    }));
    say('ncmd', { metrics });
    if (metrics.some((m) => m.name === 'Node Control/Rebirth' && m.value === true)) {
      births(); // same bdSeq, seq from 0: what the specification asks of a rebirth
      say('rebirth', { bdseq: client.bdSeq });
    }
  });

  readline.createInterface({ input: process.stdin }).on('line', (line) => {
    const word = line.trim();
    if (word === 'data') {
      data();
    } else if (word === 'stop') {
      client.stop();
      // stop() publishes NDEATH then ends the connection; give it the time to flush.
      client.client.once('close', () => { say('stopped'); process.exit(0); });
    } else if (word) {
      process.stderr.write(`tahu_edge.js: unknown command "${word}"\n`);
    }
  });
}

try {
  main();
} catch (e) {
  process.stderr.write(`tahu_edge.js: ${e.message}\n`);
  process.exit(1);
}
