// SPDX-License-Identifier: GPL-3.0-or-later
// Signing in to a gateway (XEP-0077 to the gateway), its answers injected: a data form with
// instructions, a fixed field and a QR code (XEP-0221 media) read whole; the filled form sent
// back as a submission without the fixed text; legacy fields; <remove/>; a refusal in words; a
// form of 500 fields read and one past the limit refused.
#include <QDomDocument>
#include <QTest>
#include <QXmlStreamWriter>
#include <QXmppPromise.h>

#include "InjectedIqs.h"
#include "gateways/GatewayRegistration.h"
#include "models/DataFormModel.h"
#include "xmpp/Xep0050CommandIq.h"

namespace {
const QString gatewayJid = QStringLiteral("telegram.example.test");

struct Gateway : InjectedIqs
{
    void answer(const QString &type, const QString &content)
    {
        finishWith(QStringLiteral("<iq xmlns='jabber:client' type='%1' from='%2' id='x'>%3</iq>")
                .arg(type, gatewayJid, content));
    }
};

const QString qrPng = QStringLiteral(
    "data:image/"
    "png;base64,"
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
} // namespace

class GatewayRegistrationTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void signsInWithTheGatewaysForm()
    {
        Gateway gateway;
        GatewayRegistration registration(gateway.sender());
        std::optional<GatewayRegistration::FormResult> result;
        registration.requestForm(gatewayJid).then(this, [&](auto &&r) { result = r; });
        QVERIFY(gateway.sent.last().contains(QStringLiteral("jabber:iq:register")));
        gateway.answer(QStringLiteral("result"),
            QStringLiteral("<query xmlns='jabber:iq:register'><instructions>Scan it</instructions>"
                           "<x xmlns='jabber:x:data' type='form'><instructions>&lt;b&gt;Scan&lt;/b&gt; the "
                           "code</instructions>"
                           "<field var='info' type='fixed'><value>Open the app</value></field>"
                           "<field var='qr' type='text-single' label='QR code'>"
                           "<media xmlns='urn:xmpp:media-element' height='200' width='200'><uri "
                           "type='image/png'>%1</uri></media>"
                           "<value>tg://login?token=abc</value></field>"
                           "<field var='phone' type='text-single' label='Phone'><required/></field>"
                           "</x></query>")
                .arg(qrPng));
        QVERIFY(result);
        auto *form = std::get_if<GatewayRegistration::Form>(&*result);
        QVERIFY(form);
        QVERIFY(!form->legacy);
        QCOMPARE(form->form.instructions(), QStringLiteral("<b>Scan</b> the code"));
        QCOMPARE(form->form.fields().size(), 3);
        QCOMPARE(form->form.fields().at(1).mediaSources().size(), 1);

        DataFormModel model;
        model.setForm(form->form);
        QCOMPARE(model.index(1).data(DataFormModel::ImageRole).toString(), qrPng);
        QCOMPARE(model.index(2).data(DataFormModel::ImageRole).toString(), QString());
        model.setValue(2, QStringLiteral("+4915123456789"));

        std::optional<GatewayRegistration::Done> done;
        registration.submit(gatewayJid, { model.form(), false, false }).then(this, [&](auto &&r) {
            done = r;
        });
        const QString sent = gateway.sent.last();
        QVERIFY(sent.contains(QStringLiteral("type=\"set\"")));
        QVERIFY(sent.contains(QStringLiteral("type=\"submit\"")));
        QVERIFY(sent.contains(QStringLiteral("<value>+4915123456789</value>")));
        QVERIFY(!sent.contains(QStringLiteral("Open the app")));
        QVERIFY(!sent.contains(QStringLiteral("instructions")));
        gateway.answer(QStringLiteral("result"), {});
        QVERIFY(done);
        QVERIFY(std::holds_alternative<std::monostate>(*done));
    }

    void legacyFieldsAndARefusal()
    {
        Gateway gateway;
        GatewayRegistration registration(gateway.sender());
        std::optional<GatewayRegistration::FormResult> result;
        registration.requestForm(gatewayJid).then(this, [&](auto &&r) { result = r; });
        gateway.answer(QStringLiteral("result"),
            QStringLiteral(
                "<query "
                "xmlns='jabber:iq:register'><registered/><username>ann</username><password/></query>"));
        auto *form = std::get_if<GatewayRegistration::Form>(&*result);
        QVERIFY(form && form->legacy && form->registered);
        std::optional<GatewayRegistration::Done> done;
        registration.submit(gatewayJid, *form).then(this, [&](auto &&r) { done = r; });
        QVERIFY(gateway.sent.last().contains(QStringLiteral("<username>ann</username>")));
        gateway.answer(QStringLiteral("error"),
            QStringLiteral(
                "<error type='modify'><not-acceptable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>Wrong password</text></error>"));
        QVERIFY(done);
        QCOMPARE(std::get<QXmppError>(*done).description, QStringLiteral("Wrong password"));
    }

    void unregisterRemoves()
    {
        Gateway gateway;
        GatewayRegistration registration(gateway.sender());
        std::optional<GatewayRegistration::Done> done;
        registration.unregister(gatewayJid).then(this, [&](auto &&r) { done = r; });
        QVERIFY(gateway.sent.last().contains(QStringLiteral("<remove/>")));
        gateway.answer(QStringLiteral("result"), {});
        QVERIFY(done && std::holds_alternative<std::monostate>(*done));
    }

    void fiveHundredFieldsAreReadAndTooManyRefused()
    {
        for (const int count : { 500, int(Xep0050::maxFields) + 1 }) {
            Gateway gateway;
            GatewayRegistration registration(gateway.sender());
            std::optional<GatewayRegistration::FormResult> result;
            registration.requestForm(gatewayJid).then(this, [&](auto &&r) { result = r; });
            QString fields;
            for (int i = 0; i < count; ++i) {
                fields += QStringLiteral("<field var='f%1' type='text-single' label='Field %1'/>").arg(i);
            }
            gateway.answer(QStringLiteral("result"),
                QStringLiteral(
                    "<query xmlns='jabber:iq:register'><x xmlns='jabber:x:data' type='form'>%1</x></query>")
                    .arg(fields));
            QVERIFY(result);
            if (count == 500) {
                QCOMPARE(std::get<GatewayRegistration::Form>(*result).form.fields().size(), 500);
            } else {
                QVERIFY(std::get<QXmppError>(*result).description.contains(QStringLiteral("more than")));
            }
        }
    }
};

QTEST_GUILESS_MAIN(GatewayRegistrationTest)
#include "tst_gatewayregistration.moc"
