#!/usr/bin/env node
// Encodes one Sparkplug B payload with Eclipse Tahu's `sparkplug-payload` (every scalar datatype,
// a null metric, metric properties, an alias-only metric) and prints, as one JSON object:
//   {"base64": the bytes, "decoded": Tahu's own decoding of them, 64-bit integers as text}
// tests/interop/tst_sparkplug_tahu.cpp decodes the bytes with MQTT Deck's decoder and compares.
'use strict';

const sparkplug = require('sparkplug-payload').get('spBv1.0');

const when = 1700000000123;
const payload = {
  timestamp: when,
  seq: 7,
  metrics: [
    { name: 'T/Int8', type: 'Int8', value: -5 },
    { name: 'T/Int16', type: 'Int16', value: -300 },
    { name: 'T/Int32', type: 'Int32', value: -70000 },
    { name: 'T/Int64', type: 'Int64', value: -5000000000 },
    { name: 'T/UInt8', type: 'UInt8', value: 200 },
    { name: 'T/UInt16', type: 'UInt16', value: 60000 },
    { name: 'T/UInt32', type: 'UInt32', value: 4000000000 },
    { name: 'T/UInt64', type: 'UInt64', value: '1152921504606846977' }, // 2^60 + 1: not a double
    { name: 'T/Float', type: 'Float', value: 1.5 },
    { name: 'T/Double', type: 'Double', value: 3.141592653589793 },
    { name: 'T/Boolean', type: 'Boolean', value: true },
    { name: 'T/String', type: 'String', value: 'héllo ✓' },
    { name: 'T/DateTime', type: 'DateTime', value: when },
    { name: 'T/Text', type: 'Text', value: 'line one\nline two' },
    { name: 'T/UUID', type: 'UUID', value: '4f1c8c8e-2b6a-4c1e-9a4e-0f5d2c7b9e11' },
    { name: 'T/Bytes', type: 'Bytes', value: Buffer.from([0, 1, 2, 253, 254, 255]) },
    { name: 'T/Null', type: 'Int32', value: null },
    { name: 'T/Stamped', type: 'Double', value: 2.5, timestamp: when - 1000, alias: 42 },
    { alias: 43, type: 'Int16', value: -2 }, // sent by alias only
    {
      name: 'T/WithProperties', type: 'Int32', value: 1,
      properties: {
        engUnit: { type: 'String', value: 'degC' },
        low: { type: 'Int32', value: -40 },
        high: { type: 'Int64', value: -1 },
        scale: { type: 'Double', value: 0.5 },
        enabled: { type: 'Boolean', value: true },
      },
    },
  ],
};

const bytes = Buffer.from(sparkplug.encodePayload(payload));
// Tahu's view of its own bytes, JSON-safe: Long values (64-bit) as decimal text, bytes as base64.
const plain = (v) => {
  if (v === null || v === undefined)
    return v === undefined ? null : v;
  if (Buffer.isBuffer(v) || v instanceof Uint8Array)
    return Buffer.from(v).toString('base64');
  if (typeof v === 'object' && typeof v.unsigned === 'boolean' && typeof v.low === 'number')
    return v.toString();
  if (typeof v === 'object' && !Array.isArray(v)) {
    const out = {};
    for (const k of Object.keys(v))
      out[k] = plain(v[k]);
    return out;
  }
  if (Array.isArray(v))
    return v.map(plain);
  return v;
};
process.stdout.write(JSON.stringify({ base64: bytes.toString('base64'),
                                      decoded: plain(sparkplug.decodePayload(bytes)) }) + '\n');
