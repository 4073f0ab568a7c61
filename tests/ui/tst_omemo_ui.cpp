// SPDX-License-Identifier: GPL-3.0-or-later
// OMEMO in the chat page and the keys page, in-process (offscreen) over a store seeded as the
// stages leave it: a lock on encrypted messages (both directions), "unencrypted" on a plaintext
// message in an encrypted chat, a line with the reason for a message this device cannot read and
// for one of ours that waits for keys; the contact's devices with fingerprints in groups of eight
// hex digits and their trust, which can be changed; the QR page: my code (read back from its
// screenshot) and a contact's pasted code verifying his key. Screenshots light and dark, wide and
// narrow.
#include <QDir>
#include <QFileInfo>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQmlExtensionPlugin>
#include <QQmlListReference>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "AwaitFuture.h"
#include "QuickItemTree.h"
#include "ScreenshotCheck.h"
#include "models/Appearance.h"
#include "models/ChatsController.h"
#include "models/MessageListModel.h"
#include "models/QrImageReader.h"
#include "models/RootController.h"
#include "omemo/OmemoController.h"
#include "omemo/OmemoKeyForm.h"
#include "session/SessionCore.h"
#include "storage/AccountRows.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"
#include "storage/SqlQuery.h"

Q_IMPORT_QML_PLUGIN(Isthmus_CorePlugin)
Q_IMPORT_QML_PLUGIN(IsthmusPlugin)

namespace {
const QString alice = QStringLiteral("alice@example.test");
const QString bob = QStringLiteral("bob@example.test");

// Visible items named so inside `root`.
int visibleNamed(QQuickItem *root, const QString &objectName)
{
    int count = 0;
    const auto items = itemsBelow(root);
    for (QQuickItem *item : items) {
        if (item->objectName() == objectName && item->isVisible())
            ++count;
    }
    return count;
}

Message message(const QString &body, bool outgoing, qint64 timestamp, const QString &id,
    MessageEncryption encryption, MessageState state = MessageState::Received)
{
    Message m;
    m.account = alice;
    m.chatJid = bob;
    m.sender = outgoing ? alice : bob;
    m.outgoing = outgoing;
    m.body = body;
    m.timestamp = timestamp;
    m.originId = id;
    m.messageId = id;
    m.state = outgoing ? state : MessageState::Received;
    m.encryption = encryption;
    return m;
}

// OMEMO 2 stores the Ed25519 form: 32 bytes, no type byte.
QByteArray identityKey(char fill);
// Another device of mine, as the engine stores its key (the 33-byte Curve25519 form).
QByteArray ownOtherKey()
{
    return identityKey('\x33');
}

QQuickItem *named(QQuickWindow *window, const QString &objectName)
{
    const auto items = itemsBelow(window->contentItem());
    for (QQuickItem *item : items) {
        if (item->objectName() == objectName && item->isVisible())
            return item;
    }
    return nullptr;
}

QByteArray identityKey(char fill)
{
    QByteArray key(33, fill);
    key[0] = 0x05;
    key[1] = char(0xab);
    return key;
}
// A device as the engine leaves it after a session: listed, its key seen, a trust decided.
void seedDevice(
    QSqlDatabase &db, qint64 account, const QString &jid, int ns, qint64 id, const QByteArray &key, int trust)
{
    SqlQuery(db,
        QStringLiteral("INSERT INTO omemo_devices (account_id, ns, jid, device_id) VALUES (:a, "
                       ":ns, :jid, :id)"))
        .bind(QStringLiteral(":a"), account)
        .bind(QStringLiteral(":ns"), ns)
        .bind(QStringLiteral(":jid"), jid)
        .bind(QStringLiteral(":id"), id)
        .exec();
    SqlQuery(db,
        QStringLiteral("INSERT INTO omemo_identities (account_id, ns, jid, device_id, identity_key)"
                       " VALUES (:a, :ns, :jid, :id, :key)"))
        .bind(QStringLiteral(":a"), account)
        .bind(QStringLiteral(":ns"), ns)
        .bind(QStringLiteral(":jid"), jid)
        .bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":key"), key)
        .exec();
    SqlQuery(db,
        QStringLiteral("INSERT INTO omemo_trust (account_id, jid, identity_key, trust) VALUES "
                       "(:a, :jid, :key, :t)"))
        .bind(QStringLiteral(":a"), account)
        .bind(QStringLiteral(":jid"), jid)
        .bind(QStringLiteral(":key"), key)
        .bind(QStringLiteral(":t"), trust)
        .exec();
}
} // namespace

class OmemoUiTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<RootController> m_root;
    std::unique_ptr<Appearance> m_appearance;

    void shoot(QQuickWindow *window, const QString &name)
    {
        for (const auto &[scheme, schemeName] :
            { std::pair { Appearance::Light, "light" }, std::pair { Appearance::Dark, "dark" } }) {
            m_appearance->setScheme(scheme);
            for (const auto &[width, layout] : { std::pair { 1000, "wide" }, std::pair { 420, "narrow" } }) {
                window->setWidth(width);
                QTest::qWait(400);
                const QString path = testBinaryDir()
                    + QStringLiteral("/screenshots/omemo/%1-%2-%3.png")
                          .arg(name, QLatin1String(schemeName), QLatin1String(layout));
                QDir().mkpath(QFileInfo(path).path());
                QVERIFY(window->grabWindow().save(path));
                QVERIFY2(distinctColours(path) > 12, qPrintable(path));
            }
        }
        m_appearance->setScheme(Appearance::Light);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("ISTHMUS_COLOR_SCHEME", "light"); // this run only: nothing written to the config
        QQuickStyle::setStyle(QStringLiteral("org.kde.desktop"));
        m_appearance = std::make_unique<Appearance>();
        m_root = std::make_unique<RootController>(
            m_dir.filePath(QStringLiteral("omemo-ui.sqlite")), m_dir.filePath(QStringLiteral("ui.conf")));
        MessageStore *store = m_root->core()->messageStore();
        const qint64 t = QDateTime::currentMSecsSinceEpoch() - 60000;
        QVERIFY(awaitResult(store->addMessage(message(
            QStringLiteral("Encrypted hello"), false, t, QStringLiteral("b1"), MessageEncryption::Omemo2))));
        QVERIFY(awaitResult(store->addMessage(message(QStringLiteral("Encrypted reply"), true, t + 1000,
            QStringLiteral("a1"), MessageEncryption::OmemoLegacy, MessageState::Delivered))));
        QVERIFY(awaitResult(store->addMessage(message(QStringLiteral("Sent without encryption"), false,
            t + 2000, QStringLiteral("b2"), MessageEncryption::PlainInEncryptedChat))));
        Message unreadable
            = message(QString(), false, t + 3000, QStringLiteral("b3"), MessageEncryption::Omemo2);
        unreadable.kind = MessageKind::Undecryptable;
        unreadable.errorText = QStringLiteral("the message was not encrypted for this device");
        QVERIFY(awaitResult(store->addMessage(unreadable)));
        Message held = message(QStringLiteral("Waiting for your keys"), true, t + 4000, QStringLiteral("a2"),
            MessageEncryption::None, MessageState::Pending);
        QVERIFY(awaitResult(store->addMessage(held)));
        // As the outbox keeps the encrypt stage's reason.
        awaitResult(store->setHoldReason(alice, QStringLiteral("a2"),
            QStringLiteral("the contact has no device that can be encrypted for")));

        // Bob's new devices, as OmemoCapability words them: before and after his key was verified.
        for (const auto &[kind, id, at] : { std::tuple { MessageKind::NewDeviceTrusted, "3333", t + 5000 },
                 std::tuple { MessageKind::NewDeviceUntrusted, "4444", t + 6000 } }) {
            Message notice = message(QLatin1String(id), false, at, QStringLiteral("n") + QLatin1String(id),
                MessageEncryption::None);
            notice.kind = kind;
            QVERIFY(awaitResult(store->addMessage(notice)));
        }

        // Two devices of Bob as the engine leaves them after a session with each.
        awaitResult(m_root->core()->database()->run([](QSqlDatabase &db) {
            const qint64 account = AccountRows::accountId(db, alice);
            const QList<std::tuple<int, qint64, QByteArray, int>> devices {
                { 1, 1111, identityKey('\x11'), 1 }, // OMEMO 2, blindly trusted
                { 0, 2222, identityKey('\x22'), 2 }, // legacy, verified
                { 1, 4444, identityKey('\x44'), 0 }, // OMEMO 2, new after the verification
            };
            for (const auto &[ns, id, key, trust] : devices) {
                seedDevice(db, account, bob, ns, id, key, trust);
            }
            // Another device of my own (OMEMO 2): what my QR code names when this one is offline.
            seedDevice(db, account, alice, 1, 3333, ownOtherKey(), 1);
        }));
    }

    void chatShowsHowEachMessageTravelled()
    {
        QQmlApplicationEngine engine;
        engine.rootContext()->setContextProperty(QStringLiteral("theRoot"), m_root.get());
        engine.rootContext()->setContextProperty(
            QStringLiteral("theModel"), m_root->chats()->open(bob, alice));
        engine.loadData(QByteArrayLiteral("import QtQuick\n"
                                          "import org.kde.kirigami as Kirigami\n"
                                          "import Isthmus\n"
                                          "Kirigami.ApplicationWindow {\n"
                                          "    width: 1000; height: 700; visible: true\n"
                                          "    pageStack.initialPage: ChatPage { controllers: theRoot;\n"
                                          "        chatJid: \"bob@example.test\"; chatName: \"Bob\";\n"
                                          "        account: \"alice@example.test\"; model: theModel }\n"
                                          "}\n"));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY(bubbleWithBody(window, QStringLiteral("Waiting for your keys")));

        QCOMPARE(visibleNamed(bubbleWithBody(window, QStringLiteral("Encrypted hello")),
                     QStringLiteral("encryptionMark")),
            1);
        QCOMPARE(visibleNamed(bubbleWithBody(window, QStringLiteral("Encrypted reply")),
                     QStringLiteral("encryptionMark")),
            1);
        QQuickItem *plain = bubbleWithBody(window, QStringLiteral("Sent without encryption"));
        QCOMPARE(visibleNamed(plain, QStringLiteral("encryptionMark")), 1);
        QCOMPARE(plain->property("encryption").toInt(), int(MessageEncryption::PlainInEncryptedChat));
        QQuickItem *held = bubbleWithBody(window, QStringLiteral("Waiting for your keys"));
        QCOMPARE(visibleNamed(held, QStringLiteral("encryptionMark")), 0);
        QCOMPARE(visibleNamed(held, QStringLiteral("heldLine")), 1);
        QCOMPARE(visibleNamed(window->contentItem(), QStringLiteral("undecryptableLine")), 1);
        QCOMPARE(visibleNamed(window->contentItem(), QStringLiteral("newDeviceLine")), 1);
        QCOMPARE(visibleNamed(window->contentItem(), QStringLiteral("newUntrustedDeviceLine")), 1);
        QCOMPARE(visibleNamed(window->contentItem(), QStringLiteral("reviewDevicesButton")), 2);
        shoot(window, QStringLiteral("chat"));
    }

    void keysPageShowsFingerprintsAndTrust()
    {
        QQmlApplicationEngine engine;
        engine.rootContext()->setContextProperty(QStringLiteral("theRoot"), m_root.get());
        engine.loadData(QByteArrayLiteral(
            "import QtQuick\n"
            "import org.kde.kirigami as Kirigami\n"
            "import Isthmus\n"
            "Kirigami.ApplicationWindow {\n"
            "    width: 1000; height: 700; visible: true\n"
            "    pageStack.initialPage: OmemoDevicesPage { omemo: theRoot.controller(\"omemo\");\n"
            "        account: \"alice@example.test\"; jid: \"bob@example.test\" }\n"
            "}\n"));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(QTest::qWaitForWindowExposed(window));
        // Bob's three and my other device.
        QTRY_COMPARE(visibleNamed(window->contentItem(), QStringLiteral("omemoDevice")), 4);
        // Only the key that came after the verification is marked as new and not trusted.
        QCOMPARE(visibleNamed(window->contentItem(), QStringLiteral("undecidedDeviceWarning")), 1);
        // My other device can be removed; Bob's cannot (they are his).
        QCOMPARE(visibleNamed(window->contentItem(), QStringLiteral("removeOwnDevice")), 1);

        auto *omemo = static_cast<OmemoController *>(m_root->controller(QStringLiteral("omemo")));
        const QVariantList devices = awaitResult(omemo->devices(alice, bob));
        QCOMPARE(devices.size(), 4);
        const QVariantMap first = devices.first().toMap();
        QCOMPARE(first.value(QStringLiteral("deviceId")).toUInt(), 1111u);
        QCOMPARE(first.value(QStringLiteral("version")).toString(), QStringLiteral("OMEMO 2"));
        QCOMPARE(first.value(QStringLiteral("trust")).toInt(), 1);
        const QString fingerprint = first.value(QStringLiteral("fingerprint")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^([0-9a-f]{8} ){7}[0-9a-f]{8}$"))
                     .match(fingerprint)
                     .hasMatch(),
            qPrintable(fingerprint));
        QVERIFY(fingerprint.startsWith(QStringLiteral("ab111111")));
        shoot(window, QStringLiteral("keys"));
        // Removing asks first, and says what it does.
        QQuickItem *remove = nullptr;
        for (QQuickItem *item : itemsBelow(window->contentItem())) {
            if (item->objectName() == u"removeOwnDevice" && item->isVisible())
                remove = item;
        }
        QVERIFY(remove);
        QVERIFY(QMetaObject::invokeMethod(remove, "clicked"));
        QTRY_VERIFY(window->findChild<QObject *>(QStringLiteral("removeOwnDeviceDialog"))
                ->property("opened")
                .toBool());
        shoot(window, QStringLiteral("remove-device"));
        QVERIFY(QMetaObject::invokeMethod(
            window->findChild<QObject *>(QStringLiteral("removeOwnDeviceDialog")), "close"));

        // Distrusted from the page's call: stored, and the page shows it.
        QSignalSpy changed(omemo, &OmemoController::trustChanged);
        QVERIFY(QMetaObject::invokeMethod(omemo, "setTrust", Q_ARG(QString, alice), Q_ARG(QString, bob),
            Q_ARG(QString, fingerprint), Q_ARG(int, 3)));
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 5000);
        QCOMPARE(
            awaitResult(omemo->devices(alice, bob)).first().toMap().value(QStringLiteral("trust")).toInt(),
            3);
        // A fingerprint Bob never showed changes nothing.
        omemo->setTrust(alice, bob,
            QStringLiteral("00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000"), 2);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 5000);
        const QVariantList after = awaitResult(omemo->devices(alice, bob));
        QCOMPARE(after.at(0).toMap().value(QStringLiteral("trust")).toInt(), 3);
        QCOMPARE(after.at(1).toMap().value(QStringLiteral("trust")).toInt(), 2);
    }

    void qrPageVerifiesAPastedCode()
    {
        QQmlApplicationEngine engine;
        engine.rootContext()->setContextProperty(QStringLiteral("theRoot"), m_root.get());
        engine.loadData(QByteArrayLiteral(
            "import QtQuick\n"
            "import org.kde.kirigami as Kirigami\n"
            "import Isthmus\n"
            "Kirigami.ApplicationWindow {\n"
            "    width: 1000; height: 800; visible: true\n"
            "    pageStack.initialPage: OmemoDevicesPage { omemo: theRoot.controller(\"omemo\");\n"
            "        account: \"alice@example.test\"; jid: \"bob@example.test\" }\n"
            "}\n"));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(QTest::qWaitForWindowExposed(window));

        // The keys page's one action opens the QR page.
        QObject *pageStack = engine.rootObjects().constFirst()->property("pageStack").value<QObject *>();
        QVERIFY(pageStack);
        auto *keysPage = pageStack->property("currentItem").value<QObject *>();
        QVERIFY(keysPage);
        const QQmlListReference actions(keysPage, "actions");
        QObject *verifyAction = nullptr;
        for (qsizetype i = 0; i < actions.count(); ++i) {
            if (actions.at(i)->property("text").toString() == QStringLiteral("Verify with QR code"))
                verifyAction = actions.at(i);
        }
        QVERIFY(verifyAction);
        QVERIFY(QMetaObject::invokeMethod(verifyAction, "trigger"));
        QTRY_VERIFY(named(window, QStringLiteral("trustUriField")));

        // My code: the other device of mine, in the XEP-0450 form (OMEMO 2); offline here, so this
        // device has no key to add. The drawn code reads back as the same text.
        const QString ownUri
            = QStringLiteral("xmpp:alice@example.test?trust-message;encryption=urn:xmpp:omemo:2;trust=%1")
                  .arg(QString::fromLatin1(OmemoKeyForm::edFromCurve(ownOtherKey()).toHex()));
        QTRY_VERIFY(named(window, QStringLiteral("ownTrustUri")));
        QTRY_COMPARE(named(window, QStringLiteral("ownTrustUri"))->property("text").toString(), ownUri);
        QTest::qWait(300);
        QCOMPARE(QrImageReader::read(window->grabWindow()), ownUri);
        shoot(window, QStringLiteral("qr"));

        // Bob's code as Kaidan makes it, and one of a device we never saw (Conversations' form).
        auto *omemo = static_cast<OmemoController *>(m_root->controller(QStringLiteral("omemo")));
        QCOMPARE(
            awaitResult(omemo->devices(alice, bob)).first().toMap().value(QStringLiteral("trust")).toInt(),
            3); // distrusted by the keys-page test
        // Kaidan names the Ed25519 form of the key; we store the Curve25519 one.
        const QString bobKey = QString::fromLatin1(OmemoKeyForm::edFromCurve(identityKey('\x11')).toHex());
        const QString code = QStringLiteral("xmpp:bob@example.test?trust-message;encryption=urn:xmpp:omemo:2;"
                                            "trust=%1;omemo-sid-4444=%2")
                                 .arg(bobKey, QString(64, u'e'));
        QQuickItem *field = named(window, QStringLiteral("trustUriField"));
        field->setProperty("text", code);
        QVERIFY(QMetaObject::invokeMethod(named(window, QStringLiteral("applyTrustUri")), "clicked"));
        QQuickItem *result = nullptr;
        QTRY_VERIFY((result = named(window, QStringLiteral("trustUriResult"))));
        const QString message = result->property("text").toString();
        QVERIFY2(
            message.contains(QStringLiteral("Verified a key of bob@example.test.")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("has not seen yet")), qPrintable(message));
        const QVariantList after = awaitResult(omemo->devices(alice, bob));
        QCOMPARE(after.at(0).toMap().value(QStringLiteral("trust")).toInt(), 2); // now Verified
        QCOMPARE(after.at(1).toMap().value(QStringLiteral("trust")).toInt(), 2); // untouched
        shoot(window, QStringLiteral("qr-applied"));

        // Text that is no code: the reason, nothing changed.
        field->setProperty("text", QStringLiteral("xmpp:bob@example.test?omemo-sid-1=abc"));
        QVERIFY(QMetaObject::invokeMethod(named(window, QStringLiteral("applyTrustUri")), "clicked"));
        QTRY_VERIFY(result->property("text").toString().contains(QStringLiteral("damaged key")));
    }
};

QTEST_MAIN(OmemoUiTest)
#include "tst_omemo_ui.moc"
