// SPDX-License-Identifier: GPL-3.0-or-later
// One run of an ad-hoc command (XEP-0050): start, then next / prev / complete / cancel with the
// form filled in, until the entity says completed or canceled. One request at a time; an answer
// for another command or another session id is refused, not shown; an entity that does not
// answer within the timeout ends the run with an error that says so.
#pragma once

#include <chrono>

#include <QObject>

#include "Xep0050AdHocCommands.h"
#include "Xep0050CommandIq.h"

class Xep0050CommandSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle, // not started
        Waiting, // a request is out
        Executing, // the entity waits for us (a form to fill, a step to choose)
        Completed,
        Canceled,
        Failed,
    };
    Q_ENUM(State)
    using Action = Xep0050CommandIq::Action;

    Xep0050CommandSession(Xep0050AdHocCommands::IqSender sender, QString jid, QString node,
        std::chrono::milliseconds timeout, QObject *parent = nullptr);

    QString jid() const { return m_jid; }
    QString node() const { return m_node; }
    QString sessionId() const { return m_sessionId; }
    State state() const { return m_state; }
    // The last stage the entity sent (its form, notes, table, allowed actions).
    const Xep0050CommandIq &stage() const { return m_stage; }
    QString errorText() const { return m_errorText; }
    // Whether the entity allows this action now (execute always while executing).
    bool allows(Action action) const;

    // Each returns false (and sends nothing) when the action is not possible now.
    bool start();
    // Execute carries the form to the entity's default action; next and complete carry it too.
    bool proceed(Action action, const QXmppDataForm &filled = {});
    // Asks the entity to drop the session; the run ends as canceled even if it does not answer.
    bool cancel();

Q_SIGNALS:
    void stateChanged(Xep0050CommandSession::State state);
    // A new stage arrived (also the final one).
    void stageReceived();

private:
    bool send(Action action, const QXmppDataForm &form);
    void handle(QXmppClient::IqResult &&result, Action action);
    void fail(const QString &text);
    void setState(State state);

    Xep0050AdHocCommands::IqSender m_sender;
    QString m_jid;
    QString m_node;
    std::chrono::milliseconds m_timeout;
    QString m_sessionId;
    State m_state = State::Idle;
    Xep0050CommandIq m_stage;
    QString m_errorText;
};
