// SPDX-License-Identifier: GPL-3.0-or-later
// Data forms (XEP-0004) as QML rows, and legacy registration fields (XEP-0077) as a data form.
#include <QTest>

#include "models/DataFormModel.h"
#include "xmpp/Xep0077RegistrationForm.h"

namespace {
using Field = QXmppDataForm::Field;

QXmppDataForm everyKindOfField()
{
    return QXmppDataForm(QXmppDataForm::Form,
        {
            Field(Field::HiddenField, QStringLiteral("FORM_TYPE"), QStringLiteral("jabber:iq:register")),
            Field(Field::FixedField, {}, QStringLiteral("Pick a name you like.")),
            Field(Field::TextSingleField, QStringLiteral("username"), {}, true, QStringLiteral("Username")),
            Field(Field::TextPrivateField, QStringLiteral("password"), {}, true, QStringLiteral("Password")),
            Field(
                Field::BooleanField, QStringLiteral("tos"), false, false, QStringLiteral("Accept the rules")),
            Field(Field::ListSingleField, QStringLiteral("lang"), QStringLiteral("en"), false, {}, {},
                { { QStringLiteral("English"), QStringLiteral("en") }, { QString(), QStringLiteral("de") } }),
        },
        QStringLiteral("New account"), QStringLiteral("Choose a username and password."));
}
} // namespace

class DataFormModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsCarryWhatTheViewNeeds()
    {
        DataFormModel model;
        model.setForm(everyKindOfField());
        QCOMPARE(model.count(), 6);
        QCOMPARE(model.instructions(), QStringLiteral("Choose a username and password."));
        QCOMPARE(model.title(), QStringLiteral("New account"));
        const QStringList types { QStringLiteral("hidden"), QStringLiteral("fixed"),
            QStringLiteral("text-single"), QStringLiteral("text-private"), QStringLiteral("boolean"),
            QStringLiteral("list-single") };
        for (int row = 0; row < types.size(); ++row) {
            QCOMPARE(model.data(model.index(row), DataFormModel::TypeRole).toString(), types.at(row));
        }
        // A field without a label is named by its key, an option without a label by its value.
        QCOMPARE(model.data(model.index(5), DataFormModel::LabelRole).toString(), QStringLiteral("lang"));
        const QVariantList options = model.data(model.index(5), DataFormModel::OptionsRole).toList();
        QCOMPARE(options.size(), 2);
        QCOMPARE(options.at(1).toMap().value(QStringLiteral("label")).toString(), QStringLiteral("de"));
    }

    void valuesGoBackIntoTheForm()
    {
        DataFormModel model;
        model.setForm(everyKindOfField());
        QCOMPARE(
            model.missingFields(), (QStringList { QStringLiteral("Username"), QStringLiteral("Password") }));
        // Where typing starts, and where Return goes next (the view builds only rows on screen,
        // so it asks the model, not its rows).
        QCOMPARE(model.firstTextField(), 2);
        QCOMPARE(model.firstMissingTextField(), 2);
        model.setValue(2, QStringLiteral("alice"));
        QCOMPARE(model.firstMissingTextField(), 3);
        model.setValue(3, QStringLiteral("secret"));
        QCOMPARE(model.firstMissingTextField(), -1);
        QCOMPARE(model.firstTextField(), 2);
        model.setValue(4, true);
        model.setValue(5, QStringLiteral("de"));
        model.setValue(0, QStringLiteral("tampered")); // hidden: not the person's to change
        QVERIFY(model.missingFields().isEmpty());
        const auto fields = model.form().fields();
        QCOMPARE(fields.at(0).value().toString(), QStringLiteral("jabber:iq:register"));
        QCOMPARE(fields.at(2).value().toString(), QStringLiteral("alice"));
        QCOMPARE(fields.at(4).value().toBool(), true);
        QCOMPARE(fields.at(5).value().toString(), QStringLiteral("de"));
        QCOMPARE(Xep0077RegistrationForm::value(model.form(), QStringLiteral("password")),
            QStringLiteral("secret"));
    }

    void legacyFieldsBecomeADataFormAndBack()
    {
        QXmppRegisterIq iq;
        iq.setType(QXmppIq::Result);
        iq.setInstructions(QStringLiteral("Choose a name."));
        iq.setUsername(QString(u""));
        iq.setPassword(QString(u""));
        QVERIFY(Xep0077RegistrationForm::isLegacy(iq));
        QXmppDataForm form = Xep0077RegistrationForm::fromServer(iq);
        QCOMPARE(form.instructions(), QStringLiteral("Choose a name."));
        QCOMPARE(form.fields().size(), 2);
        QCOMPARE(form.fields().at(1).type(), Field::TextPrivateField);
        form.fields()[0].setValue(QStringLiteral("bob"));
        form.fields()[1].setValue(QStringLiteral("pw"));
        const QXmppRegisterIq request = Xep0077RegistrationForm::toLegacyRequest(form);
        QCOMPARE(request.username(), QStringLiteral("bob"));
        QCOMPARE(request.password(), QStringLiteral("pw"));
        QVERIFY(request.form().isNull());
    }

    void aDataFormIsKeptAsTheServerSentIt()
    {
        QXmppRegisterIq iq;
        iq.setInstructions(QStringLiteral("From the register element."));
        QXmppDataForm withoutInstructions = everyKindOfField();
        withoutInstructions.setInstructions({});
        iq.setForm(withoutInstructions);
        QVERIFY(!Xep0077RegistrationForm::isLegacy(iq));
        const QXmppDataForm form = Xep0077RegistrationForm::fromServer(iq);
        QCOMPARE(form.fields().size(), 6);
        QCOMPARE(form.instructions(), QStringLiteral("From the register element."));
    }
};

QTEST_GUILESS_MAIN(DataFormModelTest)
#include "tst_dataformmodel.moc"
