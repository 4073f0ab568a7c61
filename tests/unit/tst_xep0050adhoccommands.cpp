// SPDX-License-Identifier: GPL-3.0-or-later
// Ad-hoc commands (XEP-0050) with the entity's answers injected in-process: listing, a
// multi-stage run (form, next, prev, complete) with notes and a result table, cancel, and the
// bad answers: another session's id, another command, an error, silence, an oversized form.
#include <QDomDocument>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamWriter>
#include <QXmppPromise.h>

#include "xmpp/Xep0050AdHocCommands.h"
#include "xmpp/Xep0050CommandSession.h"

using namespace std::chrono_literals;

namespace {
const QString gateway = QStringLiteral("irc.example.test");
const QString node = QStringLiteral("configure");

QDomElement element(const QString &xml)
{
    static QList<QDomDocument> documents; // the elements live as long as their documents
    QDomDocument doc;
    if (!doc.setContent(xml, QDomDocument::ParseOption::UseNamespaceProcessing)) {
        qFatal("test stanza does not parse");
    }
    documents.append(doc);
    return doc.documentElement();
}

QString command(const QString &attributes, const QString &content = {})
{
    return QStringLiteral(
        "<iq xmlns='jabber:client' type='result' from='%1' id='x'>"
        "<command xmlns='http://jabber.org/protocol/commands' node='%2' %3>%4</command></iq>")
        .arg(gateway, node, attributes, content);
}

QString field(const QString &var, const QString &type, const QString &label, const QString &value = {})
{
    return QStringLiteral("<field var='%1' type='%2' label='%3'><value>%4</value></field>")
        .arg(var, type, label, value);
}

// Stands in for the connection: keeps each request and lets the test answer it (or not).
struct Entity
{
    struct Request
    {
        QString xml;
        QXmppPromise<QXmppClient::IqResult> promise;
    };
    QList<std::shared_ptr<Request>> requests;

    Xep0050AdHocCommands::IqSender sender()
    {
        return [this](QXmppIq &&iq) {
            auto request = std::make_shared<Request>();
            QXmlStreamWriter writer(&request->xml);
            iq.toXml(&writer);
            requests.append(request);
            return request->promise.task();
        };
    }
    void answer(const QString &xml)
    {
        requests.constLast()->promise.finish(QXmppClient::IqResult(element(xml)));
    }
    QString last() const { return requests.isEmpty() ? QString() : requests.constLast()->xml; }
};
} // namespace

class Xep0050Test : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Entity> m_entity;
    std::unique_ptr<Xep0050AdHocCommands> m_commands;

    Xep0050CommandSession *startedSession()
    {
        auto *session = m_commands->session(gateway, node, this);
        session->start();
        return session;
    }

private Q_SLOTS:
    void init()
    {
        m_entity = std::make_unique<Entity>();
        m_commands = std::make_unique<Xep0050AdHocCommands>(m_entity->sender());
        m_commands->setTimeout(2s);
    }

    void listsTheEntitysCommands()
    {
        std::optional<Xep0050AdHocCommands::ListResult> result;
        m_commands->listCommands(gateway).then(this, [&](auto &&r) { result = std::move(r); });
        QVERIFY(m_entity->last().contains(QStringLiteral("node=\"http://jabber.org/protocol/commands\"")));
        QVERIFY(m_entity->last().contains(QStringLiteral("disco#items")));
        m_entity->answer(
            QStringLiteral("<iq xmlns='jabber:client' type='result' from='irc.example.test' id='x'>"
                           "<query xmlns='http://jabber.org/protocol/disco#items' "
                           "node='http://jabber.org/protocol/commands'>"
                           "<item jid='irc.example.test' node='configure' name='Configure a few settings'/>"
                           "<item jid='irc.example.test' node='disconnect-user'/>"
                           "<item jid='irc.example.test' name='no node: not a command'/>"
                           "</query></iq>"));
        QVERIFY(result);
        const auto *commands = std::get_if<QList<Xep0050Command>>(&*result);
        QVERIFY(commands);
        QCOMPARE(commands->size(), 2);
        QCOMPARE(commands->at(0).name, QStringLiteral("Configure a few settings"));
        QCOMPARE(commands->at(1).name, QStringLiteral("disconnect-user")); // no name: its node
    }

    void runsEveryStageToTheResultTable()
    {
        auto *session = startedSession();
        QCOMPARE(session->state(), Xep0050CommandSession::State::Waiting);
        QVERIFY(m_entity->last().contains(QStringLiteral("action=\"execute\"")));
        QVERIFY(!m_entity->last().contains(QStringLiteral("sessionid")));
        QVERIFY(!session->proceed(Xep0050CommandIq::Action::Next)); // one request at a time

        m_entity->answer(command(QStringLiteral("sessionid='s1' status='executing'"),
            QStringLiteral("<actions execute='next'><next/></actions>"
                           "<note type='info'>Step one</note>"
                           "<x xmlns='jabber:x:data' type='form'><title>Ports</title>%1%2</x>")
                .arg(field(QStringLiteral("ports"), QStringLiteral("text-multi"), QStringLiteral("Ports"),
                         QStringLiteral("6667")),
                    field(QStringLiteral("about"), QStringLiteral("fixed"), QString(),
                        QStringLiteral("Read me")))));
        QCOMPARE(session->state(), Xep0050CommandSession::State::Executing);
        QCOMPARE(session->sessionId(), QStringLiteral("s1"));
        QVERIFY(session->allows(Xep0050CommandIq::Action::Next));
        QVERIFY(!session->allows(Xep0050CommandIq::Action::Prev));
        QVERIFY(!session->allows(Xep0050CommandIq::Action::Complete));
        QCOMPARE(session->stage().notes().size(), 1);
        QCOMPARE(session->stage().notes().at(0).text, QStringLiteral("Step one"));
        QCOMPARE(session->stage().defaultAction(), Xep0050CommandIq::Action::Next);
        QVERIFY(session->stage().form());
        QCOMPARE(session->stage().form()->fields().size(), 2);

        QXmppDataForm filled = *session->stage().form();
        filled.fields()[0].setValue(QStringList { QStringLiteral("6670") });
        QVERIFY(!session->proceed(Xep0050CommandIq::Action::Prev, filled));
        QVERIFY(session->proceed(Xep0050CommandIq::Action::Next, filled));
        const QString sent = m_entity->last();
        QVERIFY(sent.contains(QStringLiteral("sessionid=\"s1\"")));
        QVERIFY(sent.contains(QStringLiteral("action=\"next\"")));
        QVERIFY(sent.contains(QStringLiteral("type=\"submit\"")));
        QVERIFY(sent.contains(QStringLiteral("<value>6670</value>")));
        QVERIFY(!sent.contains(QStringLiteral("Read me"))); // fixed text is not sent back

        m_entity->answer(command(QStringLiteral("sessionid='s1' status='executing'"),
            QStringLiteral("<actions execute='complete'><prev/><complete/></actions>"
                           "<x xmlns='jabber:x:data' type='form'>%1</x>")
                .arg(field(QStringLiteral("nick"), QStringLiteral("text-single"), QStringLiteral("Nick")))));
        QVERIFY(session->allows(Xep0050CommandIq::Action::Prev));
        QVERIFY(session->proceed(Xep0050CommandIq::Action::Prev));
        QVERIFY(m_entity->last().contains(QStringLiteral("action=\"prev\"")));
        QVERIFY(!m_entity->last().contains(QStringLiteral("jabber:x:data")));
        m_entity->answer(command(QStringLiteral("sessionid='s1' status='executing'"),
            QStringLiteral("<actions execute='complete'><next/><complete/></actions>")));
        QVERIFY(session->proceed(Xep0050CommandIq::Action::Complete, QXmppDataForm()));
        QVERIFY(m_entity->last().contains(QStringLiteral("action=\"complete\"")));

        m_entity->answer(command(QStringLiteral("sessionid='s1' status='completed'"),
            QStringLiteral(
                "<note type='warn'>Half of it</note>"
                "<x xmlns='jabber:x:data' type='result'><title>Users</title>"
                "<reported><field var='nick' label='Nick'/><field var='host' label='Host'/></reported>"
                "<item><field var='host'><value>127.0.0.1</value></field><field "
                "var='nick'><value>ann</value></field></item>"
                "<item><field var='nick'><value>ben</value></field><field "
                "var='unknown'><value>x</value></field></item>"
                "</x>")));
        QCOMPARE(session->state(), Xep0050CommandSession::State::Completed);
        const Xep0050ResultTable &table = session->stage().table();
        QCOMPARE(table.labels, (QStringList { QStringLiteral("Nick"), QStringLiteral("Host") }));
        QCOMPARE(table.rows.size(), 2);
        QCOMPARE(table.rows.at(0), (QStringList { QStringLiteral("ann"), QStringLiteral("127.0.0.1") }));
        QCOMPARE(table.rows.at(1), (QStringList { QStringLiteral("ben"), QString() }));
        QCOMPARE(session->stage().notes().at(0).type, Xep0050CommandIq::Note::Warning);
        QVERIFY(!session->allows(Xep0050CommandIq::Action::Next));
    }

    void refusesAnotherSessionsAnswer()
    {
        auto *session = startedSession();
        m_entity->answer(command(QStringLiteral("sessionid='mine' status='executing'"),
            QStringLiteral("<actions><complete/></actions>")));
        QVERIFY(session->proceed(Xep0050CommandIq::Action::Complete));
        m_entity->answer(command(QStringLiteral("sessionid='someone-elses' status='completed'"),
            QStringLiteral("<note type='info'>their secret</note>")));
        QCOMPARE(session->state(), Xep0050CommandSession::State::Failed);
        QVERIFY(session->errorText().contains(QStringLiteral("another session")));
        // What is shown is still our own last stage, not theirs.
        QVERIFY(session->stage().notes().isEmpty());
    }

    void refusesAnotherCommandsAnswer()
    {
        auto *session = startedSession();
        m_entity->answer(
            QStringLiteral("<iq xmlns='jabber:client' type='result' from='irc.example.test' id='x'>"
                           "<command xmlns='http://jabber.org/protocol/commands' node='other' "
                           "sessionid='s' status='executing'/></iq>"));
        QCOMPARE(session->state(), Xep0050CommandSession::State::Failed);
        QVERIFY(session->errorText().contains(QStringLiteral("another command")));
    }

    void anExecutingAnswerWithoutSessionIdFails()
    {
        auto *session = startedSession();
        m_entity->answer(command(QStringLiteral("status='executing'")));
        QCOMPARE(session->state(), Xep0050CommandSession::State::Failed);
    }

    void anErrorSaysWhy()
    {
        auto *session = startedSession();
        m_entity->answer(
            QStringLiteral("<iq xmlns='jabber:client' type='error' from='irc.example.test' id='x'>"
                           "<error type='modify'><bad-request xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                           "<bad-sessionid xmlns='http://jabber.org/protocol/commands'/></error></iq>"));
        QCOMPARE(session->state(), Xep0050CommandSession::State::Failed);
        QVERIFY(session->errorText().contains(QStringLiteral("start it again")));
    }

    void aCommandThatNeverAnswersTimesOut()
    {
        m_commands->setTimeout(300ms);
        auto *session = startedSession();
        QSignalSpy state(session, &Xep0050CommandSession::stateChanged);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), Xep0050CommandSession::State::Failed, 5000);
        QVERIFY2(session->errorText().contains(QStringLiteral("did not answer")),
            qPrintable(session->errorText()));
        // The answer that comes after all changes nothing.
        m_entity->answer(command(QStringLiteral("sessionid='late' status='completed'")));
        QCOMPARE(session->state(), Xep0050CommandSession::State::Failed);
        QCOMPARE(session->sessionId(), QString());
    }

    void aListThatNeverComesTimesOut()
    {
        m_commands->setTimeout(300ms);
        std::optional<Xep0050AdHocCommands::ListResult> result;
        m_commands->listCommands(gateway).then(this, [&](auto &&r) { result = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
        QVERIFY(std::holds_alternative<QXmppError>(*result));
    }

    void cancelEndsTheRunAndTellsTheEntity()
    {
        auto *session = startedSession();
        m_entity->answer(command(QStringLiteral("sessionid='s9' status='executing'"),
            QStringLiteral("<actions><next/></actions>")));
        QVERIFY(session->cancel());
        QCOMPARE(session->state(), Xep0050CommandSession::State::Canceled);
        QVERIFY(m_entity->last().contains(QStringLiteral("action=\"cancel\"")));
        QVERIFY(m_entity->last().contains(QStringLiteral("sessionid=\"s9\"")));
        QVERIFY(!session->cancel());
    }

    void aHugeFormIsRefusedAndA500FieldFormIsRead()
    {
        for (const int count : { 500, int(Xep0050::maxFields) + 1 }) {
            auto *session = startedSession();
            QString fields;
            for (int i = 0; i < count; ++i) {
                fields += field(QStringLiteral("f%1").arg(i), QStringLiteral("text-single"),
                    QStringLiteral("Field %1").arg(i));
            }
            QElapsedTimer timer;
            timer.start();
            m_entity->answer(command(QStringLiteral("sessionid='s' status='executing'"),
                QStringLiteral("<x xmlns='jabber:x:data' type='form'>%1</x>").arg(fields)));
            qInfo("%d fields read in %lld ms", count, timer.elapsed());
            if (count == 500) {
                QCOMPARE(session->state(), Xep0050CommandSession::State::Executing);
                QCOMPARE(session->stage().form()->fields().size(), 500);
            } else {
                QCOMPARE(session->state(), Xep0050CommandSession::State::Failed);
                QVERIFY(session->errorText().contains(QStringLiteral("more than")));
            }
        }
    }

    void aHugeTableIsCut()
    {
        auto *session = startedSession();
        QString items;
        for (int i = 0; i < Xep0050::maxTableRows + 10; ++i) {
            items += QStringLiteral("<item><field var='n'><value>%1</value></field></item>").arg(i);
        }
        m_entity->answer(command(QStringLiteral("sessionid='s' status='completed'"),
            QStringLiteral(
                "<x xmlns='jabber:x:data' type='result'><reported><field var='n'/></reported>%1</x>")
                .arg(items)));
        QCOMPARE(session->state(), Xep0050CommandSession::State::Completed);
        QCOMPARE(session->stage().table().rows.size(), Xep0050::maxTableRows);
        QVERIFY(session->stage().table().truncated);
        QCOMPARE(session->stage().table().labels, QStringList { QStringLiteral("n") });
    }
};

QTEST_GUILESS_MAIN(Xep0050Test)
#include "tst_xep0050adhoccommands.moc"
