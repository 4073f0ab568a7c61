// SPDX-License-Identifier: GPL-3.0-or-later
// A server's registration answer (XEP-0077 with a XEP-0004 form, or the legacy fields): read into
// a form and written back as a legacy request without crashing, whatever the server sends.
#include <QXmppRegisterIq.h>

#include "FuzzXml.h"
#include "xmpp/Xep0077RegistrationForm.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QDomDocument document;
    const auto element = FuzzXml::element(data, size, document);
    if (!element) {
        return 0;
    }
    QXmppRegisterIq iq;
    iq.parse(*element);
    const QXmppDataForm form = Xep0077RegistrationForm::fromServer(iq);
    for (const QXmppDataForm::Field &field : form.fields()) {
        (void)Xep0077RegistrationForm::value(form, field.key());
    }
    if (Xep0077RegistrationForm::isLegacy(iq)) {
        (void)Xep0077RegistrationForm::toLegacyRequest(form);
    }
    return 0;
}
