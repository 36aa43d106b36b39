#!/usr/bin/env python3
"""Writes the hand-made seed inputs of the fuzz targets into corpus/<target>/: valid payloads of
each format, the bombs of issue 11 and a few truncated ones. Inputs the fuzzer found are kept
beside them under names starting with "found-" (this script leaves those alone).

Usage: tests/fuzz/make-seeds.py
"""
import json
import os
import struct

here = os.path.dirname(os.path.abspath(__file__))


def write(target, name, data):
    folder = os.path.join(here, "corpus", target)
    os.makedirs(folder, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


# JSON
telemetry = {"device": "pump-7", "id": 18446744073709551615, "temp": 21.5, "ok": True,
             "tags": ["a", "b"], "nested": {"x": [1, 2.50, 1e3], "empty": {}, "none": None}}
write("json", "telemetry.json", json.dumps(telemetry))
write("json", "ids-as-sent.json", '{"big": 18446744073709551615, "f": 1.50, "e": 1e3}')
write("json", "escapes.json", r'{"q\"uote": "tab\there", "u": "\u00e9\ud83d\ude00", "s\\": "\/"}')
write("json", "utf8.json", '{"name": "Température", "emoji": "😀"}')
write("json", "empty-containers.json", '{"a": [], "b": {}, "c": [ ], "d": { }}')
write("json", "array-of-objects.json", json.dumps([{"i": i, "v": i * 0.5} for i in range(20)]))
write("json", "truncated.json", '{"device": "pump-7", "temp": 21.')
write("json", "unterminated-string.json", '{"a": "abc')
write("json", "trailing-backslash.json", '["abc\\')
write("json", "not-json.json", "{a: 1, ]}")
write("json", "deep-1024.json", "[" * 1024 + "]" * 1024)
write("json", "bomb-10000-open.json", "[" * 10000)
write("json", "bomb-deep-values.json", "[" + ",".join(["[" * 1000 + "]" * 1000] * 2) + "]")

# CBOR (RFC 8949)
write("cbor", "map.cbor", bytes.fromhex("a26474656d70f94d6063726177420102"))
write("cbor", "array.cbor", bytes.fromhex("8301820203820405"))
write("cbor", "tagged-map.cbor", bytes.fromhex("d903e8a1016161"))
write("cbor", "indefinite.cbor", bytes.fromhex("9f018202039f0405ffff"))
write("cbor", "keys-not-strings.cbor", bytes.fromhex("a4016161" "41fb6162" "f93e006163" "8201026164"))
write("cbor", "date-and-bignum.cbor", bytes.fromhex("82c074323031332d30332d32315432303a30343a30305ac249010000000000000000"))
write("cbor", "floats.cbor", bytes.fromhex("84f97e00fa7f800000fb3ff199999999999af6"))
write("cbor", "truncated.cbor", bytes.fromhex("a26474656d70f94d"))
write("cbor", "bomb-array-2-32.cbor", bytes.fromhex("9b0000000100000000"))
write("cbor", "bomb-map-2-64.cbor", bytes.fromhex("bbffffffffffffffff"))
write("cbor", "bomb-bytes-4g.cbor", bytes.fromhex("815b0000000100000000"))
write("cbor", "bomb-nested-10000.cbor", b"\x81" * 10000 + b"\x00")
write("cbor", "bomb-tags-10000.cbor", bytes.fromhex("d820") * 2000 + b"\x80")
write("cbor", "bomb-deep-values.cbor", b"\x9f" + (b"\x81" * 1000 + b"\x00") * 3 + b"\xff")

# MessagePack
def mp_str(s):
    b = s.encode()
    return bytes([0xa0 | len(b)]) + b


sample = (b"\x83" + mp_str("temp") + b"\xcb" + struct.pack(">d", 21.5) + mp_str("ok") + b"\xc3"
          + mp_str("ids") + b"\x93\x01\x02\x03")
write("messagepack", "map.msgpack", sample)
write("messagepack", "array.msgpack", b"\x95\x01\xff\xcc\xc8\xd0\x80\xc0")
write("messagepack", "bin-ext.msgpack", b"\x92\xc4\x02\x01\x02\xd4\x05\x07")
write("messagepack", "int-keys.msgpack", b"\x82\x01\xa1a\x92\x01\x02\xa1b")
write("messagepack", "array16-map16.msgpack", b"\xdc\x00\x02\xde\x00\x01\xa1k\xc2\x90")
write("messagepack", "truncated.msgpack", sample[:-2])
write("messagepack", "bomb-array32.msgpack", bytes.fromhex("ddffffffff"))
write("messagepack", "bomb-map32.msgpack", bytes.fromhex("dfffffffff"))
write("messagepack", "bomb-nested-announcements.msgpack", bytes.fromhex("dd000003e8") * 200)
write("messagepack", "bomb-str32.msgpack", bytes.fromhex("91dbffffffff"))
write("messagepack", "bomb-deep-2000.msgpack", b"\x91" * 2000 + b"\xc0")
write("messagepack", "bomb-map-keys.msgpack", b"\x81" * 26 + b"\xc0" * 27)


# Sparkplug B (Protobuf wire format, spBv1.0 schema in core/payload/proto/sparkplug_b.proto)
def varint(v):
    out = b""
    while True:
        b = v & 0x7F
        v >>= 7
        if v:
            out += bytes([b | 0x80])
        else:
            return out + bytes([b])


def field(n, wire, payload):
    tag = varint(n << 3 | wire)
    if wire == 0:
        return tag + varint(payload)
    if wire == 2:
        return tag + varint(len(payload)) + payload
    return tag + payload  # fixed32 / fixed64, already packed


def metric(name, datatype, value_field, wire, value, alias=None, extra=b""):
    m = field(1, 2, name.encode()) if name is not None else b""
    if alias is not None:
        m += field(2, 0, alias)
    m += field(4, 0, datatype) + field(value_field, wire, value) + extra
    return field(2, 2, m)


props = field(1, 2, b"engUnit") + field(2, 2, field(1, 0, 12) + field(8, 2, b"degC"))
birth = (field(1, 0, 1795549000123) + field(3, 0, 0)
         + metric("Inputs/Temperature", 9, 12, 5, struct.pack("<f", 21.5), alias=3,
                  extra=field(9, 2, props))
         + metric("Counter", 3, 10, 0, 0xFFFFFFFB)
         + metric("Total", 4, 11, 0, 2**64 - 1)
         + metric("Ratio", 10, 13, 1, struct.pack("<d", 0.25))
         + metric("Node Control/Rebirth", 11, 14, 0, 0)
         + metric("Label", 12, 15, 2, "Pompe n°7".encode())
         + metric("Blob", 17, 16, 2, b"\x00\x01\x02")
         + metric("Table", 16, 17, 2, b"\x08\x02")
         + metric("When", 13, 11, 0, 1795549000123)
         + field(4, 2, b"uuid-1"))
write("sparkplug", "nbirth.pb", birth)
write("sparkplug", "ndata-alias-only.pb", field(3, 0, 7) + field(2, 2, field(2, 0, 3) + field(4, 0, 9) + field(12, 5, struct.pack("<f", 22.0))))
write("sparkplug", "invalid-utf8.pb", field(2, 2, field(1, 2, b"Bad\xff") + field(4, 0, 12) + field(15, 2, b"a\xffb")))
write("sparkplug", "truncated.pb", birth[:40])
deep = b""
for _ in range(200):  # Protobuf refuses past 100 levels
    deep = field(2, 2, field(9, 2, deep))
write("sparkplug", "bomb-deep-properties.pb", field(2, 2, field(9, 2, deep)))
write("sparkplug", "many-empty-metrics.pb", b"\x12\x00" * 2000)

# Sparkplug B tracker: (topic, payload) records as fuzz_sparkplug_tracker.cpp splits them, a
# selector byte (type in bits 0-2, node in 3-4, device in 5-6; 0xFF: a raw topic follows with
# its length byte) then the payload's length on 2 bytes, little-endian.
T_NBIRTH, T_NDEATH, T_DBIRTH, T_DDEATH, T_NDATA, T_DDATA, T_NCMD, T_STATE = range(8)


def record(kind, payload, node=0, device=0):
    return bytes([kind | node << 3 | device << 5]) + struct.pack("<H", len(payload)) + payload


def raw_record(topic, payload):
    return b"\xff" + bytes([len(topic)]) + topic + struct.pack("<H", len(payload)) + payload


def sp_payload(seq, *metrics):
    out = field(1, 0, 1795549000123) + (field(3, 0, seq) if seq is not None else b"")
    return out + b"".join(metrics)


def bdseq(v):
    return metric("bdSeq", 8, 11, 0, v)


def dbl(name, alias, v):
    return metric(name, 10, 13, 1, struct.pack("<d", v), alias=alias)


node_birth = sp_payload(0, bdseq(3), dbl("Temperature", 1, 21.5), dbl("Pressure", 2, 1.0))
device_birth = sp_payload(1, dbl("Speed", 10, 1500.0))
lifecycle = (record(T_NBIRTH, node_birth) + record(T_DBIRTH, device_birth)
             + record(T_NDATA, sp_payload(2, dbl(None, 1, 22.0)))
             + record(T_DDATA, sp_payload(3, dbl(None, 10, 1600.0)))
             + record(T_NDATA, sp_payload(5, dbl(None, 99, 0.0)))  # a gap, an unknown alias
             + record(T_DDEATH, sp_payload(6))
             + record(T_NDEATH, sp_payload(None, bdseq(2)))  # another session's: ignored
             + record(T_NDEATH, sp_payload(None, bdseq(3)))
             + record(T_NDATA, sp_payload(0, dbl(None, 1, 1.0)))  # after the death
             + record(T_NCMD, sp_payload(None, metric("Node Control/Rebirth", 11, 14, 0, 1)))
             + record(T_STATE, b'{"online":true}')
             + raw_record(b"spBv1.0/g/NBIRTH/raw-node", node_birth))
write("sparkplug_tracker", "lifecycle.bin", lifecycle)
write("sparkplug_tracker", "wrap.bin", record(T_NBIRTH, node_birth, node=1) + b"".join(
    record(T_NDATA, sp_payload(s % 256, dbl(None, 2, float(s))), node=1) for s in range(1, 260)))
write("sparkplug_tracker", "data-before-birth.bin",
      record(T_DDATA, sp_payload(4, dbl(None, 10, 1.0)), node=2, device=3)
      + record(T_NDATA, sp_payload(5, dbl("Named", None, 2.0)), node=2))
write("sparkplug_tracker", "malformed.bin",
      record(T_NBIRTH, node_birth) + record(T_NDATA, bytes.fromhex("1264010203"))
      + record(T_DBIRTH, birth[:40], device=1))
write("sparkplug_tracker", "many-devices.bin", record(T_NBIRTH, node_birth) + b"".join(
    record(T_DBIRTH, device_birth, node=n, device=d) for n in range(4) for d in range(4)))
write("sparkplug_tracker", "metric-limit.bin",  # 16 declared (the target's limit), 4 more sent
      record(T_NBIRTH, sp_payload(0, *[dbl("m%d" % i, i, 0.0) for i in range(16)]))
      + record(T_NDATA, sp_payload(1, *[dbl("extra%d" % i, None, 1.0) for i in range(4)])))

# Automatic: one of each
for target, name in [("json", "telemetry.json"), ("json", "not-json.json"), ("cbor", "map.cbor"),
                     ("cbor", "bomb-nested-10000.cbor"), ("messagepack", "map.msgpack"),
                     ("messagepack", "bomb-array32.msgpack"), ("sparkplug", "nbirth.pb")]:
    with open(os.path.join(here, "corpus", target, name), "rb") as f:
        write("detect", name, f.read())
write("detect", "text.txt", "temperature 21.5 °C\n")
write("detect", "number.txt", " 42.25\n")
write("detect", "invalid-utf8.txt", b"caf\xe9 \xff\xfe ok")
write("detect", "bom.txt", b"\xef\xbb\xbfhello")
write("detect", "control-bytes.bin", bytes(range(32)) * 4)


# MQTT packets (fuzz_packet): the first byte picks the version the stream starts in (bit 0: MQTT
# 5) and the read size (bits 1-4); one file per packet type and version, a whole conversation,
# and the malformed cases the decoder must refuse.
def vbi(n):
    out = b""
    while True:
        b = n % 128
        n //= 128
        out += bytes([b | (0x80 if n else 0)])
        if not n:
            return out


def s16(b):
    b = b.encode() if isinstance(b, str) else b
    return struct.pack(">H", len(b)) + b


def pkt(first, body):
    return bytes([first]) + vbi(len(body)) + body


def props(*items):
    body = b"".join(items)
    return vbi(len(body)) + body


def p_byte(i, v): return bytes([i, v])
def p_two(i, v): return bytes([i]) + struct.pack(">H", v)
def p_four(i, v): return bytes([i]) + struct.pack(">I", v)
def p_str(i, v): return bytes([i]) + s16(v)
def p_pair(k, v): return b"\x26" + s16(k) + s16(v)


def mqtt_packets(v5):
    P = (lambda *items: props(*items)) if v5 else (lambda *items: b"")
    will_props = P(p_four(0x18, 5), p_byte(0x01, 1), p_str(0x03, "application/json"),
                   p_pair("origin", "seed"))
    connect = pkt(0x10, s16("MQTT") + bytes([5 if v5 else 4, 0xEE]) + struct.pack(">H", 30)
                  + P(p_four(0x11, 120), p_two(0x21, 20), p_four(0x27, 65536), p_two(0x22, 5),
                      p_byte(0x17, 1), p_byte(0x19, 1), p_str(0x15, "SCRAM-SHA-1"),
                      p_str(0x16, "secret-data"), p_pair("site", "paris"))
                  + s16("gw-123") + (will_props if v5 else b"") + s16("prod/gw-123/status")
                  + s16('{"state":"offline"}') + s16("operator") + s16("s3cret"))
    connack = pkt(0x20, b"\x01" + (b"\x00" if v5 else b"\x00")
                  + P(p_four(0x11, 60), p_str(0x12, "auto-1"), p_two(0x13, 30), p_byte(0x24, 1),
                      p_byte(0x25, 1), p_byte(0x28, 1), p_byte(0x29, 1), p_byte(0x2A, 0),
                      p_str(0x1A, "resp/"), p_str(0x1C, "b:1883"), p_str(0x1F, "ok")))
    publish = pkt(0x3B, s16("prod/acme/gw-123/telemetry") + b"\x00\x07"
                  + P(p_byte(0x01, 1), p_four(0x02, 60), p_str(0x03, "text/plain"),
                      p_str(0x08, "reply/1"), p_str(0x09, b"\x00\x01"), b"\x0b\x07",
                      p_two(0x23, 1), p_pair("k", "v"))
                  + b'{"value":21.5}')
    acks = {name: pkt(first, b"\x00\x07" + (b"\x87" + P(p_str(0x1F, "why")) if v5 else b""))
            for name, first in [("puback", 0x40), ("pubrec", 0x50), ("pubrel", 0x62),
                                ("pubcomp", 0x70)]}
    subscribe = pkt(0x82, b"\x00\x08" + P(b"\x0b\x0c", p_pair("a", "b")) + s16("prod/+/status")
                    + (b"\x2d" if v5 else b"\x01") + s16("$share/g/#") + b"\x02")
    suback = pkt(0x90, b"\x00\x08" + P(p_str(0x1F, "r")) + (b"\x01\x87" if v5 else b"\x01\x80"))
    unsubscribe = pkt(0xA2, b"\x00\x09" + P(p_pair("u", "1")) + s16("prod/+/status"))
    unsuback = pkt(0xB0, b"\x00\x09" + (P(p_str(0x1F, "r")) + b"\x11" if v5 else b""))
    disconnect = pkt(0xE0, b"\x8e" + P(p_four(0x11, 0), p_str(0x1F, "bye")) if v5 else b"")
    out = {"connect": connect, "connack": connack, "publish": publish, **acks,
           "subscribe": subscribe, "suback": suback, "unsubscribe": unsubscribe,
           "unsuback": unsuback, "pingreq": pkt(0xC0, b""), "pingresp": pkt(0xD0, b""),
           "disconnect": disconnect}
    if v5:
        out["auth"] = pkt(0xF0, b"\x18" + P(p_str(0x15, "SCRAM-SHA-1"), p_str(0x16, "chal")))
    return out


for v5 in (False, True):
    version = "v5" if v5 else "v311"
    packets = mqtt_packets(v5)
    for name, data in packets.items():
        write("packet", "%s-%s.bin" % (name, version), bytes([1 if v5 else 0]) + data)
    write("packet", "conversation-%s.bin" % version,
          bytes([(1 if v5 else 0) | (3 << 1)]) + b"".join(packets.values()))

malformed = {
    "remaining-length-5-bytes": (1, "30ffffffff01"),
    "remaining-length-not-minimal": (1, "c08000"),
    "qos3": (0, "3605000161 0001"),
    "dup-qos0": (0, "3803000161"),
    "reserved-flags-subscribe": (0, "8006 0001 000161 00"),
    "reserved-type-0": (1, "0000"),
    "auth-in-v311": (0, "f000"),
    "wildcard-topic": (0, "3005 0003612f23"),
    "invalid-utf8": (0, "3004 000261ff"),
    "surrogate": (1, "3007 0004 61eda080 00"),
    "nul-client-id": (0, "100e 00044d515454 04 02 003c 00026100"),
    "packet-id-0": (0, "8206 0000 000161 00"),
    "property-not-allowed": (1, "820a 0001 03 230001 000161 00"),
    "duplicate-property": (1, "300e 000161 0a 020000003c 020000003c"),
    "unknown-property": (1, "3006 000161 020500"),
    "property-overrun": (1, "3007 000161 02 020000"),
    "truncated": (1, "c000 300a0003612f62"),
    "trailing-bytes": (1, "c00100 c000"),
    "no-topic-filter": (0, "82020001"),
    "retain-handling-3": (1, "8207 0001 00 000161 30"),
}
for name, (v5, text) in malformed.items():
    write("packet", "malformed-%s.bin" % name, bytes([v5]) + bytes.fromhex(text))
