// SPDX-License-Identifier: GPL-3.0-or-later
// A failed SQL statement, carried through QFuture to whoever awaits the result.
#pragma once

#include "MessageError.h"

class DatabaseError : public MessageError<DatabaseError>
{
public:
    using MessageError::MessageError;
};
