// SPDX-License-Identifier: GPL-3.0-or-later
// The crypto callbacks libomemo-c leaves to its user, answered by OpenSSL.
#pragma once

extern "C" {
#include <signal_protocol.h>
}

namespace SignalCryptoProvider {
signal_crypto_provider make();
}
