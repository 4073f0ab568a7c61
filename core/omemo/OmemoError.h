// SPDX-License-Identifier: GPL-3.0-or-later
// Why an OMEMO step failed, in words a person can read (it ends up in a message placeholder).
#pragma once

#include "MessageError.h"

class OmemoError : public MessageError<OmemoError>
{
public:
    using MessageError::MessageError;
};
