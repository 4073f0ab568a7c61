// SPDX-License-Identifier: GPL-3.0-or-later
#include "OmemoKeyForm.h"

extern "C" {
#include <curve.h>
#include <signal_protocol.h>
}

namespace {

const uint8_t *data(const QByteArray &bytes)
{
    return reinterpret_cast<const uint8_t *>(bytes.constData());
}

QByteArray take(signal_buffer *buffer)
{
    if (!buffer) {
        return {};
    }
    QByteArray bytes(reinterpret_cast<const char *>(signal_buffer_const_data(buffer)),
        qsizetype(signal_buffer_len(buffer)));
    signal_buffer_free(buffer);
    return bytes;
}

// Decodes with `decode`, then spells the key with `spell`.
template<typename Decode, typename Spell> QByteArray convert(const QByteArray &in, Decode decode, Spell spell)
{
    ec_public_key *key = nullptr;
    // Neither decoder uses the context (it is only for log lines).
    if (decode(&key, data(in), size_t(in.size()), nullptr) < 0 || !key) {
        return {};
    }
    QByteArray out = spell(key);
    signal_type_unref(reinterpret_cast<signal_type_base *>(key));
    return out;
}

} // namespace

namespace OmemoKeyForm {

QByteArray curveFromEd(const QByteArray &ed)
{
    if (ed.size() != 32) {
        return {};
    }
    return convert(ed, curve_decode_point_ed, [](ec_public_key *key) {
        signal_buffer *buffer = nullptr;
        return ec_public_key_serialize(&buffer, key) < 0 ? QByteArray() : take(buffer);
    });
}

QByteArray edFromCurve(const QByteArray &curve)
{
    if (curve.size() != 32 && !(curve.size() == 33 && curve.at(0) == 0x05)) {
        return {};
    }
    return convert(
        curve, curve_decode_point_mont, [](ec_public_key *key) { return take(ec_public_key_get_ed(key)); });
}

} // namespace OmemoKeyForm
