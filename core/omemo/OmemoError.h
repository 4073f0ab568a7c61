// SPDX-License-Identifier: GPL-3.0-or-later
// Why an OMEMO step failed, in words a person can read (it ends up in a message placeholder).
#pragma once

#include <QtGlobal>

#include "MessageError.h"

// A reason a person may read (an unreadable message's placeholder, a held message's line): kept
// and stored in its English source form, and translated where it is shown
// (qsTranslate("OmemoReason", …)), so stored placeholders follow a change of language too. Fixed
// sentences only, each written as omemoReason(QT_TRANSLATE_NOOP("OmemoReason", "…")) for lupdate:
// an argument would make the stored text a key no translation has.
inline QString omemoReason(const char *sourceText)
{
    return QString::fromUtf8(sourceText);
}

class OmemoError : public MessageError<OmemoError>
{
public:
    using MessageError::MessageError;
};
