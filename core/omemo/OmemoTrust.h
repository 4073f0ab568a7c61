// SPDX-License-Identifier: GPL-3.0-or-later
// What we think of a remote identity key. Stored values: never renumber.
#pragma once

enum class OmemoTrust {
    // Seen after a verified key of the same contact: shown, not encrypted to until decided.
    Undecided = 0,
    // Blind trust before verification: the contact has no verified key yet.
    BlindlyTrusted = 1,
    Verified = 2,
    Distrusted = 3,
};

inline bool isTrustedForSending(OmemoTrust trust)
{
    return trust == OmemoTrust::BlindlyTrusted || trust == OmemoTrust::Verified;
}
