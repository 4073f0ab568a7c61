// SPDX-License-Identifier: GPL-3.0-or-later
#include "Xep0050CommandSession.h"

#include <QDomElement>

namespace {
// The commands namespace's own error conditions (XEP-0050 §6), in words.
QString commandErrorText(const QDomElement &iq)
{
    const QDomElement error = iq.firstChildElement(QStringLiteral("error"));
    for (QDomElement e = error.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        if (e.namespaceURI() != Xep0050::ns) {
            continue;
        }
        if (e.tagName() == u"bad-sessionid" || e.tagName() == u"session-expired") {
            return QStringLiteral("The command's session has ended on the other side; start it again.");
        }
        if (e.tagName() == u"bad-action" || e.tagName() == u"malformed-action") {
            return QStringLiteral("The other side does not allow this step now.");
        }
    }
    return {};
}

// What goes back to the entity: the filled fields, as a submission (fixed ones are the
// entity's own text and are not sent back).
QXmppDataForm submission(const QXmppDataForm &filled)
{
    QXmppDataForm form(QXmppDataForm::Submit);
    QList<QXmppDataForm::Field> fields;
    const auto all = filled.fields();
    for (const QXmppDataForm::Field &field : all) {
        if (field.type() != QXmppDataForm::Field::FixedField && !field.key().isEmpty()) {
            QXmppDataForm::Field copy(field.type(), field.key(), field.value());
            fields.append(copy);
        }
    }
    form.setFields(fields);
    return form;
}
} // namespace

Xep0050CommandSession::Xep0050CommandSession(Xep0050AdHocCommands::IqSender sender, QString jid, QString node,
    std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_sender(std::move(sender))
    , m_jid(std::move(jid))
    , m_node(std::move(node))
    , m_timeout(timeout)
{ }

bool Xep0050CommandSession::allows(Action action) const
{
    if (m_state != State::Executing) {
        return false;
    }
    if (action == Action::Execute || action == Action::Cancel) {
        return true;
    }
    // Without an <actions/> element the one way on is to complete (§4.4).
    const auto actions = m_stage.actions();
    return actions.isEmpty() ? action == Action::Complete : actions.contains(action);
}

bool Xep0050CommandSession::start()
{
    if (m_state != State::Idle) {
        return false;
    }
    return send(Action::Execute, {});
}

bool Xep0050CommandSession::proceed(Action action, const QXmppDataForm &filled)
{
    if (action == Action::Cancel) {
        return cancel();
    }
    if (!allows(action) || action == Action::None) {
        return false;
    }
    return send(action, action == Action::Prev || filled.isNull() ? QXmppDataForm() : submission(filled));
}

bool Xep0050CommandSession::cancel()
{
    if (m_state != State::Executing && m_state != State::Waiting) {
        return false;
    }
    if (!m_sessionId.isEmpty()) {
        Xep0050CommandIq request;
        request.setTo(m_jid);
        request.setNode(m_node);
        request.setSessionId(m_sessionId);
        request.setAction(Action::Cancel);
        // Whatever it answers, the run is over for us.
        Xep0050AdHocCommands::send(m_sender, std::move(request), m_timeout, this)
            .then(this, [](QXmppClient::IqResult &&) { });
    }
    setState(State::Canceled);
    return true;
}

bool Xep0050CommandSession::send(Action action, const QXmppDataForm &form)
{
    Xep0050CommandIq request;
    request.setTo(m_jid);
    request.setNode(m_node);
    request.setSessionId(m_sessionId);
    request.setAction(action);
    if (!form.isNull()) {
        request.setForm(form);
    }
    setState(State::Waiting);
    Xep0050AdHocCommands::send(m_sender, std::move(request), m_timeout, this)
        .then(this, [this, action](QXmppClient::IqResult &&result) { handle(std::move(result), action); });
    return true;
}

void Xep0050CommandSession::handle(QXmppClient::IqResult &&result, Action action)
{
    Q_UNUSED(action)
    if (m_state != State::Waiting) {
        return; // canceled meanwhile: a late answer changes nothing
    }
    if (const auto *error = std::get_if<QXmppError>(&result)) {
        fail(error->description.isEmpty() ? QStringLiteral("The command failed.") : error->description);
        return;
    }
    const QDomElement element = std::get<QDomElement>(result);
    if (element.attribute(QStringLiteral("type")) == u"error") {
        QXmppIq iq;
        iq.parse(element);
        const QString specific = commandErrorText(element);
        fail(!specific.isEmpty()               ? specific
                : !iq.error().text().isEmpty() ? iq.error().text()
                                               : QStringLiteral("%1 refused the command.").arg(m_jid));
        return;
    }
    if (!Xep0050CommandIq::isCommandIq(element)) {
        fail(QStringLiteral("%1 answered without a command.").arg(m_jid));
        return;
    }
    Xep0050CommandIq stage;
    stage.parse(element);
    if (!stage.parseProblem().isEmpty()) {
        fail(QStringLiteral("%1 sent %2; the command stops here.").arg(m_jid, stage.parseProblem()));
        return;
    }
    if (stage.node() != m_node) {
        fail(QStringLiteral("%1 answered for another command.").arg(m_jid));
        return;
    }
    if (!m_sessionId.isEmpty() && stage.sessionId() != m_sessionId) {
        // Someone else's session (or a forged answer): its contents are not ours to show.
        fail(QStringLiteral("%1 answered for another session of this command.").arg(m_jid));
        return;
    }
    if (m_sessionId.isEmpty()) {
        if (stage.status() == Xep0050CommandIq::Status::Executing && stage.sessionId().isEmpty()) {
            fail(QStringLiteral("%1 started the command without a session id.").arg(m_jid));
            return;
        }
        m_sessionId = stage.sessionId();
    }
    m_stage = stage;
    m_errorText.clear();
    switch (stage.status()) {
    case Xep0050CommandIq::Status::Completed:
    case Xep0050CommandIq::Status::None: // a one-step command that says nothing more is done
        setState(State::Completed);
        break;
    case Xep0050CommandIq::Status::Canceled:
        setState(State::Canceled);
        break;
    case Xep0050CommandIq::Status::Executing:
        setState(State::Executing);
        break;
    }
    Q_EMIT stageReceived();
}

void Xep0050CommandSession::fail(const QString &text)
{
    m_errorText = text;
    setState(State::Failed);
}

void Xep0050CommandSession::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}
