// SPDX-License-Identifier: GPL-3.0-or-later
// A failed keychain operation, carried through QFuture; message() is a sentence for people.
#pragma once

#include "MessageError.h"

class KeychainError : public MessageError<KeychainError>
{
public:
    using MessageError::MessageError;
};
