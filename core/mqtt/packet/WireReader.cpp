#include "WireReader.h"

namespace deck::mqtt::packet {

qsizetype firstInvalidUtf8(QByteArrayView s, bool *nul)
{
    *nul = false;
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n;) {
        const quint8 c = quint8(s[i]);
        if (c == 0) {
            *nul = true;
            return i;
        }
        if (c < 0x80) {
            ++i;
            continue;
        }
        int follow = 0;
        quint8 low = 0x80, high = 0xBF; // the range of the second byte (RFC 3629 section 4)
        if (c >= 0xC2 && c <= 0xDF) {
            follow = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            follow = 2;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F; // U+D800..U+DFFF, the surrogates, are not characters
        } else if (c >= 0xF0 && c <= 0xF4) {
            follow = 3;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        } else {
            return i;
        }
        if (i + follow >= n)
            return i;
        const quint8 second = quint8(s[i + 1]);
        if (second < low || second > high)
            return i;
        for (int k = 2; k <= follow; ++k) {
            if ((quint8(s[i + k]) & 0xC0) != 0x80)
                return i;
        }
        i += follow + 1;
    }
    return -1;
}

WireReader::WireReader(QByteArrayView bytes, qint64 base, PacketType type, MqttVersion version)
    : m_bytes(bytes), m_base(base), m_end(bytes.size()), m_type(type), m_version(version)
{
}

bool WireReader::fail(Rule rule, qsizetype at, int value)
{
    if (!m_error.isError()) {
        m_error.rule = rule;
        m_error.offset = m_base + at;
        m_error.type = m_type;
        m_error.value = value;
        m_error.version = m_version;
    }
    return false;
}

bool WireReader::byte(quint8 *out)
{
    if (failed())
        return false;
    if (m_at >= m_end)
        return fail(Rule::Truncated, m_at);
    *out = quint8(m_bytes[m_at++]);
    return true;
}

bool WireReader::twoBytes(quint16 *out)
{
    if (failed())
        return false;
    if (m_end - m_at < 2)
        return fail(Rule::Truncated, m_at);
    *out = quint16((quint8(m_bytes[m_at]) << 8) | quint8(m_bytes[m_at + 1]));
    m_at += 2;
    return true;
}

bool WireReader::fourBytes(quint32 *out)
{
    if (failed())
        return false;
    if (m_end - m_at < 4)
        return fail(Rule::Truncated, m_at);
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v = (v << 8) | quint8(m_bytes[m_at + i]);
    *out = v;
    m_at += 4;
    return true;
}

bool WireReader::varInt(quint32 *out)
{
    if (failed())
        return false;
    const qsizetype start = m_at;
    quint32 value = 0;
    for (int i = 0; i < 4; ++i) {
        if (m_at >= m_end)
            return fail(Rule::Truncated, m_at);
        const quint8 b = quint8(m_bytes[m_at++]);
        value |= quint32(b & 0x7F) << (7 * i);
        if (!(b & 0x80)) {
            if (i > 0 && b == 0) // a last byte of 0 adds nothing: not the minimum number of bytes
                return fail(Rule::VarIntNotMinimal, start);
            *out = value;
            return true;
        }
    }
    return fail(Rule::RemainingLengthTooLong, start);
}

bool WireReader::binary(QByteArray *out)
{
    quint16 length = 0;
    if (!twoBytes(&length))
        return false;
    if (m_end - m_at < length)
        return fail(Rule::Truncated, m_at - 2);
    *out = m_bytes.sliced(m_at, length).toByteArray();
    m_at += length;
    return true;
}

bool WireReader::utf8(QByteArray *out)
{
    const qsizetype start = m_at + 2;
    if (!binary(out))
        return false;
    bool nul = false;
    const qsizetype bad = firstInvalidUtf8(*out, &nul);
    if (bad >= 0)
        return fail(nul ? Rule::NullCharacter : Rule::InvalidUtf8, start + bad);
    return true;
}

QByteArray WireReader::rest()
{
    if (failed())
        return {};
    const QByteArray out = m_bytes.sliced(m_at, m_end - m_at).toByteArray();
    m_at = m_end;
    return out;
}

bool WireReader::pushLimit(qsizetype length, qsizetype *saved)
{
    if (failed())
        return false;
    if (length > m_end - m_at)
        return fail(Rule::Truncated, m_at);
    *saved = m_end;
    m_end = m_at + length;
    return true;
}

} // namespace deck::mqtt::packet
