// SPDX-License-Identifier: GPL-3.0-or-later
// Creating an account with in-band registration (XEP-0077) on a real Prosody: the form as the
// server sends it, the new account logs in, and every refusal explained in words.
#include <optional>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "ProsodyServer.h"
#include "account/AccountRegistration.h"
#include "models/AccountCreation.h"
#include "models/AccountsController.h"
#include "models/DataFormModel.h"
#include "models/RootController.h"
#include "xmpp/Xep0077RegistrationForm.h"

namespace {
const QString password = QStringLiteral("new-account-password");

QXmppDataForm filledIn(QXmppDataForm form, const QString &username, const QString &secret)
{
    for (auto &field : form.fields()) {
        if (field.key() == QLatin1String("username")) {
            field.setValue(username);
        } else if (field.key() == QLatin1String("password")) {
            field.setValue(secret);
        }
    }
    return form;
}

std::optional<QXmppDataForm::Field> findField(const QXmppDataForm &form, const QString &key)
{
    const auto fields = form.fields();
    for (const auto &field : fields) {
        if (field.key() == key) {
            return field;
        }
    }
    return std::nullopt;
}
} // namespace

class AccountRegistrationTest : public QObject
{
    Q_OBJECT
private:
    ProsodyServer m_server;
    QTemporaryDir m_dir;

    // Asks `server` for its form; an empty form when it failed (the reason in failure).
    static QXmppDataForm fetchForm(
        AccountRegistration &registration, const XmppTestServer &server, QString *failure)
    {
        QSignalSpy forms(&registration, &AccountRegistration::formReceived);
        QSignalSpy failures(&registration, &AccountRegistration::failed);
        registration.requestForm(server.domain(), server.address(), server.clientPort());
        if (!QTest::qWaitFor([&] { return !forms.isEmpty() || !failures.isEmpty(); }, 20000)) {
            *failure = QStringLiteral("no answer");
            return {};
        }
        if (!failures.isEmpty()) {
            *failure = failures.first().first().toString();
            return {};
        }
        return forms.first().first().value<QXmppDataForm>();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.error())); }

    void theServersFormIsADataForm()
    {
        AccountRegistration registration;
        QString failure;
        const QXmppDataForm form = fetchForm(registration, m_server, &failure);
        QVERIFY2(!form.isNull(), qPrintable(failure));
        QVERIFY2(!form.instructions().isEmpty(), "Prosody sends instructions");
        const auto username = findField(form, QStringLiteral("username"));
        const auto secret = findField(form, QStringLiteral("password"));
        const auto formType = findField(form, QStringLiteral("FORM_TYPE"));
        QVERIFY(username && secret && formType);
        QCOMPARE(username->type(), QXmppDataForm::Field::TextSingleField);
        QVERIFY(username->isRequired());
        QCOMPARE(secret->type(), QXmppDataForm::Field::TextPrivateField);
        QCOMPARE(formType->type(), QXmppDataForm::Field::HiddenField);
    }

    void theNewAccountLogsIn()
    {
        AccountRegistration registration;
        QString failure;
        QElapsedTimer clock;
        clock.start();
        const QXmppDataForm form = fetchForm(registration, m_server, &failure);
        QVERIFY2(!form.isNull(), qPrintable(failure));
        // For the report, not a budget: how long each step takes on loopback.
        qInfo("form received after %lld ms", clock.restart());
        QSignalSpy done(&registration, &AccountRegistration::succeeded);
        QSignalSpy failures(&registration, &AccountRegistration::failed);
        registration.submit(filledIn(form, QStringLiteral("newcomer"), password));
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() || !failures.isEmpty(), 15000);
        qInfo("account created %lld ms after sending the form", clock.restart());
        QVERIFY2(failures.isEmpty(), qPrintable(failures.value(0).value(0).toString()));
        QCOMPARE(done.first().at(0).toString(), QStringLiteral("newcomer@example.test"));
        QCOMPARE(done.first().at(1).toString(), password);

        RootController session(m_dir.filePath(QStringLiteral("newcomer.sqlite")));
        session.accounts()->login(
            QStringLiteral("newcomer@example.test"), password, m_server.address(), m_server.clientPort());
        QTRY_COMPARE_WITH_TIMEOUT(
            session.accounts()->connectionState(), AccountsController::Connected, 15000);
    }

    void aTakenNameIsExplained()
    {
        QVERIFY(m_server.createAccount(QStringLiteral("taken"), password));
        AccountRegistration registration;
        QString failure;
        const QXmppDataForm form = fetchForm(registration, m_server, &failure);
        QVERIFY2(!form.isNull(), qPrintable(failure));
        QSignalSpy failures(&registration, &AccountRegistration::failed);
        registration.submit(filledIn(form, QStringLiteral("taken"), password));
        QTRY_VERIFY_WITH_TIMEOUT(!failures.isEmpty(), 15000);
        const QString text = failures.first().first().toString();
        QVERIFY2(
            text.contains(QStringLiteral("\"taken\" is already taken on example.test")), qPrintable(text));
    }

    // The form stays usable: after a refusal the person changes the name and sends it again.
    void aSecondTryAfterARefusalWorks()
    {
        AccountRegistration registration;
        QString failure;
        const QXmppDataForm form = fetchForm(registration, m_server, &failure);
        QVERIFY2(!form.isNull(), qPrintable(failure));
        QSignalSpy failures(&registration, &AccountRegistration::failed);
        QSignalSpy done(&registration, &AccountRegistration::succeeded);
        registration.submit(filledIn(form, QStringLiteral("taken"), password));
        QTRY_VERIFY_WITH_TIMEOUT(!failures.isEmpty(), 15000);
        registration.submit(filledIn(form, QStringLiteral("second-try"), password));
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 15000);
        QCOMPARE(done.first().at(0).toString(), QStringLiteral("second-try@example.test"));
    }

    void refusals_data()
    {
        QTest::addColumn<int>("registration");
        QTest::addColumn<int>("certificate");
        QTest::addColumn<bool>("submit");
        QTest::addColumn<QString>("expected");
        QTest::addRow("registration closed")
            << int(ProsodyServer::Registration::Closed) << int(ProsodyServer::Certificate::Trusted) << false
            << QStringLiteral("registration is closed");
        QTest::addRow("not allowed") << int(ProsodyServer::Registration::Blocked)
                                     << int(ProsodyServer::Certificate::Trusted) << true
                                     << QStringLiteral(
                                            "example.test does not allow you to create an account");
        QTest::addRow("untrusted certificate")
            << int(ProsodyServer::Registration::Open) << int(ProsodyServer::Certificate::Untrusted) << false
            << QStringLiteral("certificate cannot be trusted");
    }
    void refusals()
    {
        QFETCH(int, registration);
        QFETCH(int, certificate);
        QFETCH(bool, submit);
        QFETCH(QString, expected);
        ProsodyServer::Options options;
        options.registration = ProsodyServer::Registration(registration);
        options.certificate = ProsodyServer::Certificate(certificate);
        ProsodyServer server(options);
        QVERIFY2(server.start(), qPrintable(server.error()));
        AccountRegistration signUp;
        QString failure;
        QXmppDataForm form = fetchForm(signUp, server, &failure);
        if (submit) {
            QVERIFY2(!form.isNull(), qPrintable(failure));
            QSignalSpy failures(&signUp, &AccountRegistration::failed);
            signUp.submit(filledIn(form, QStringLiteral("someone"), password));
            QTRY_VERIFY_WITH_TIMEOUT(!failures.isEmpty(), 15000);
            failure = failures.first().first().toString();
        } else {
            QVERIFY(form.isNull());
        }
        QVERIFY2(failure.contains(expected), qPrintable(failure));
    }

    // What the setup page does: the form as rows, required fields checked before anything is
    // sent, then the account is created and logged in by the session.
    void theSessionCreatesAndLogsIn()
    {
        RootController session(m_dir.filePath(QStringLiteral("created.sqlite")));
        AccountCreation *creation = session.accounts()->creation();
        creation->requestForm(
            QStringLiteral("someone@example.test"), m_server.address(), m_server.clientPort());
        QCOMPARE(creation->step(), AccountCreation::FetchingForm);
        QTRY_COMPARE_WITH_TIMEOUT(creation->step(), AccountCreation::FormReady, 15000);
        QCOMPARE(creation->domain(), QStringLiteral("example.test"));
        DataFormModel *form = creation->form();
        int usernameRow = -1;
        int passwordRow = -1;
        for (int row = 0; row < form->count(); ++row) {
            const QString key = form->data(form->index(row), DataFormModel::KeyRole).toString();
            usernameRow = key == QLatin1String("username") ? row : usernameRow;
            passwordRow = key == QLatin1String("password") ? row : passwordRow;
        }
        QVERIFY(usernameRow >= 0 && passwordRow >= 0);
        QCOMPARE(form->data(form->index(passwordRow), DataFormModel::TypeRole).toString(),
            QStringLiteral("text-private"));

        form->setValue(usernameRow, QStringLiteral("via-session"));
        creation->submit();
        QCOMPARE(creation->step(), AccountCreation::Failed);
        QVERIFY2(
            creation->errorText().contains(QStringLiteral("Password")), qPrintable(creation->errorText()));

        form->setValue(passwordRow, password);
        creation->submit();
        QTRY_COMPARE_WITH_TIMEOUT(creation->step(), AccountCreation::Created, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(
            session.accounts()->connectionState(), AccountsController::Connected, 15000);
        QCOMPARE(session.accounts()->primaryJid(), QStringLiteral("via-session@example.test"));
    }

    void aMalformedServerNameIsExplained()
    {
        RootController session(m_dir.filePath(QStringLiteral("malformed.sqlite")));
        session.accounts()->creation()->requestForm(QStringLiteral("not a server"));
        QCOMPARE(session.accounts()->creation()->step(), AccountCreation::Failed);
        QVERIFY2(session.accounts()->creation()->errorText().contains(QStringLiteral("is not a server name")),
            qPrintable(session.accounts()->creation()->errorText()));
    }

    // A server that accepts the connection and then says nothing.
    void silenceIsATimeout()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress(QStringLiteral("127.0.0.2")), 0));
        AccountRegistration registration;
        registration.setTimeout(1500);
        QSignalSpy failures(&registration, &AccountRegistration::failed);
        registration.requestForm(
            QStringLiteral("example.test"), QStringLiteral("127.0.0.2"), silent.serverPort());
        QTRY_VERIFY_WITH_TIMEOUT(!failures.isEmpty(), 10000);
        const QString text = failures.first().first().toString();
        QVERIFY2(text.contains(QStringLiteral("did not answer in time")), qPrintable(text));
        QCOMPARE(failures.count(), 1);
    }
};

QTEST_GUILESS_MAIN(AccountRegistrationTest)
#include "tst_account_registration.moc"
