// SPDX-License-Identifier: GPL-3.0-or-later
// ChatComposer over a real RootController and SQLite file: a draft is stored a moment after typing and
// comes back in the next composer of the chat (also when the page closed within the delay); an
// edit sets the draft aside and gives it back; send() stores a reply to the right message and
// clears the draft, and a correction changes our stored message. The account is set up against a
// closed loopback port: the outbox stores what is sent, nothing leaves the machine.
#include <memory>

#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "AwaitFuture.h"
#include "OfflineAccounts.h"
#include "models/AccountsController.h"
#include "models/ChatComposer.h"
#include "models/ChatListModel.h"
#include "models/ChatsController.h"
#include "models/RootController.h"
#include "session/SessionCore.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"

class ChatComposerTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<RootController> m_root;
    qint64 m_chatId = 0;
    qint64 m_bobsRow = 0;

    std::unique_ptr<ChatComposer> composer()
    {
        auto c = std::make_unique<ChatComposer>();
        c->setChats(m_root->chats());
        c->setChatJid(bob);
        c->setAccount(alice);
        c->setChatId(m_chatId);
        return c;
    }

    QString storedDraft() { return awaitResult(m_root->core()->messageStore()->draft(m_chatId)); }

    QList<Message> ours()
    {
        QList<Message> outgoing;
        for (const Message &m : awaitResult(m_root->core()->messageStore()->chatHistory(alice, bob))) {
            if (m.outgoing)
                outgoing.append(m);
        }
        return outgoing;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_root = std::make_unique<RootController>(m_dir.filePath(QStringLiteral("composer.sqlite")));
        loginOffline(m_root->accounts(), alice);
        QVERIFY(m_root->core()->outbox(alice));
        Message lunch;
        lunch.account = alice;
        lunch.chatJid = bob;
        lunch.sender = bob;
        lunch.body = QStringLiteral("Lunch at noon?");
        lunch.timestamp = QDateTime::currentMSecsSinceEpoch() - 60000;
        lunch.originId = lunch.messageId = QStringLiteral("b1");
        const std::optional<Message> stored = awaitResult(m_root->core()->messageStore()->addMessage(lunch));
        QVERIFY(stored);
        m_bobsRow = stored->id;
        m_chatId = stored->chatId;
        QVERIFY(m_chatId > 0);
        // The chat list has its row (drafts are read from it).
        QTRY_COMPARE(m_root->chats()->list()->rowCount(), 1);
    }

    // Fails without the delayed save, or without the save when the composer goes early.
    void aDraftIsStoredAndComesBack()
    {
        {
            auto first = composer();
            QCOMPARE(first->text(), QString());
            first->setText(QStringLiteral("Half a tho"));
            QCOMPARE(storedDraft(), QString()); // not on every keystroke
            QTRY_COMPARE(storedDraft(), QStringLiteral("Half a tho"));
        }
        auto second = composer();
        QCOMPARE(second->text(), QStringLiteral("Half a tho"));
        second->setText(QStringLiteral("Half a thought"));
        second.reset(); // the page closed within the delay
        QCOMPARE(storedDraft(), QStringLiteral("Half a thought"));
        QCOMPARE(composer()->text(), QStringLiteral("Half a thought"));
    }

    // Fails without keeping the newer draft: a row the store read between two draft writes (after
    // the first, queued before the second) brought the older text back until the second write's
    // row came. Under load a chat reopened then showed "Half a tho" for "Half a thought".
    void aRowReadBetweenTwoDraftWritesKeepsTheNewer()
    {
        ChatListModel *list = m_root->chats()->list();
        MessageStore *store = m_root->core()->messageStore();
        const QString older = QStringLiteral("first words");
        const QString newer = QStringLiteral("first words and more");
        list->saveDraft(m_chatId, older);
        QTRY_COMPARE(storedDraft(), older);
        QTest::qWait(100); // its row is read and shown
        QCOMPARE(list->draftOf(m_chatId), older);

        // The database thread held while a read of the row is queued and the second write follows.
        QSemaphore hold;
        QFuture<void> held = m_root->core()->database()->run([&hold](QSqlDatabase &) { hold.acquire(); });
        Q_EMIT store->chatChanged(m_chatId); // as any change to the chat does
        QCoreApplication::processEvents(); // the read is queued
        list->saveDraft(m_chatId, newer);
        QStringList shown; // the list's draft each time it changed from here on
        QObject guard;
        connect(list, &QAbstractItemModel::dataChanged, &guard,
            [&](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.contains(ChatListModel::DraftRole))
                    shown.append(list->draftOf(m_chatId));
            });
        hold.release();
        awaitResult(std::move(held));
        QTRY_COMPARE(storedDraft(), newer);
        QTest::qWait(300); // the rows the store announces
        QVERIFY2(!shown.contains(older), qPrintable(shown.join(u'|')));
        QCOMPARE(list->draftOf(m_chatId), newer);
        list->saveDraft(m_chatId, QString());
        QTRY_COMPARE(storedDraft(), QString());
    }

    // Fails when the edit's text is saved as the draft, or when cancelling loses the draft.
    void anEditSetsTheDraftAside()
    {
        auto c = composer();
        c->setText(QStringLiteral("My draft"));
        c->startEdit(m_bobsRow, QStringLiteral("Old words"));
        QCOMPARE(c->editingId(), m_bobsRow);
        QCOMPARE(c->text(), QStringLiteral("Old words"));
        c->setText(QStringLiteral("New words"));
        QTest::qWait(int(ChatComposer::draftDelay.count()) * 3);
        QCOMPARE(storedDraft(), QStringLiteral("My draft"));
        c->cancel();
        QCOMPARE(c->editingId(), 0);
        QCOMPARE(c->text(), QStringLiteral("My draft"));
        // Replying while editing ends the edit the same way.
        c->startEdit(m_bobsRow, QStringLiteral("Old words"));
        c->startReply(m_bobsRow, QStringLiteral("Lunch at noon?"));
        QCOMPARE(c->editingId(), 0);
        QCOMPARE(c->replyToId(), m_bobsRow);
        QCOMPARE(c->text(), QStringLiteral("My draft"));
        c->cancel();
        QCOMPARE(c->replyToId(), 0);
    }

    // Fails when send() drops the reply target, keeps the text, or leaves the draft stored.
    void aReplyGoesOutAndTheDraftIsCleared()
    {
        auto c = composer();
        QCOMPARE(c->text(), QStringLiteral("My draft")); // from before
        c->startReply(m_bobsRow, QStringLiteral("Lunch at noon?"));
        QSignalSpy sent(c.get(), &ChatComposer::sent);
        c->setText(QStringLiteral("  Yes, see you there  "));
        QVERIFY(c->canSend());
        QVERIFY(c->send());
        QCOMPARE(sent.size(), 1);
        QCOMPARE(c->text(), QString());
        QCOMPARE(c->replyToId(), 0);
        QCOMPARE(storedDraft(), QString());
        QTRY_COMPARE(ours().size(), 1);
        const Message reply = ours().constLast();
        QCOMPARE(reply.body, QStringLiteral("Yes, see you there"));
        QCOMPARE(reply.replyToId, QStringLiteral("b1"));
        QCOMPARE(reply.state, MessageState::Pending);
        // Nothing to send: nothing happens.
        c->setText(QStringLiteral("   "));
        QVERIFY(!c->canSend());
        QVERIFY(!c->send());
        QTest::qWait(200);
        QCOMPARE(ours().size(), 1);
    }

    // Fails when send() in an edit sends a new message instead of the correction.
    void anEditCorrectsOurMessage()
    {
        auto c = composer();
        QTRY_VERIFY(!ours().isEmpty());
        const Message reply = ours().constLast();
        c->setText(QStringLiteral("Next thought"));
        c->startEdit(reply.id, reply.body);
        c->setText(QStringLiteral("Yes, see you at the usual place"));
        QVERIFY(c->send());
        QCOMPARE(c->editingId(), 0);
        QCOMPARE(c->text(), QStringLiteral("Next thought"));
        QTRY_COMPARE(ours().constLast().body, QStringLiteral("Yes, see you at the usual place"));
        QVERIFY(ours().constLast().edited);
        QCOMPARE(ours().size(), 1);
    }
};

QTEST_GUILESS_MAIN(ChatComposerTest)
#include "tst_chatcomposer.moc"
