// SPDX-License-Identifier: GPL-3.0-or-later
// Why the server's archive could not be read, in words for a person.
#pragma once

#include "MessageError.h"

class ArchiveError : public MessageError<ArchiveError>
{
public:
    using MessageError::MessageError;
};
