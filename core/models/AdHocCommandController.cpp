// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdHocCommandController.h"

#include "account/Account.h"
#include "models/RootController.h"
#include "session/SessionCore.h"
#include "xmpp/Xep0050AdHocCommands.h"
#include "xmpp/Xep0050CommandSession.h"

namespace {
using Action = Xep0050CommandIq::Action;
using State = Xep0050CommandSession::State;
} // namespace

AdHocCommandController::AdHocCommandController(QObject *parent)
    : QObject(parent), m_form(new DataFormModel(this))
{ }

AdHocCommandController::~AdHocCommandController()
{
    // A run left open is closed on the other side too.
    if (m_run) {
        m_run->cancel();
    }
}

RootController *AdHocCommandController::controllers() const
{
    return m_controllers;
}

void AdHocCommandController::setControllers(RootController *controllers)
{
    if (m_controllers != controllers) {
        m_controllers = controllers;
        reset();
        Q_EMIT targetChanged();
    }
}

void AdHocCommandController::setAccount(const QString &account)
{
    if (m_account != account) {
        m_account = account;
        reset();
        Q_EMIT targetChanged();
    }
}

void AdHocCommandController::setJid(const QString &jid)
{
    if (m_jid != jid) {
        m_jid = jid;
        reset();
        Q_EMIT targetChanged();
    }
}

void AdHocCommandController::setCommands(Xep0050AdHocCommands *commands)
{
    m_injected = commands;
}

Xep0050AdHocCommands *AdHocCommandController::commandsForTarget()
{
    if (m_injected) {
        return m_injected;
    }
    Account *account = m_controllers ? m_controllers->core()->account(m_account) : nullptr;
    if (!account) {
        return nullptr;
    }
    if (!m_own) {
        m_own = new Xep0050AdHocCommands(Xep0050AdHocCommands::senderFor(account->client()), this);
    }
    return m_own;
}

QString AdHocCommandController::state() const
{
    if (m_listing) {
        return QStringLiteral("listing");
    }
    if (!m_run) {
        return m_listError.isEmpty() ? QStringLiteral("idle") : QStringLiteral("failed");
    }
    switch (m_run->state()) {
    case State::Idle:
        return QStringLiteral("idle");
    case State::Waiting:
        return QStringLiteral("waiting");
    case State::Executing:
        return QStringLiteral("executing");
    case State::Completed:
        return QStringLiteral("completed");
    case State::Canceled:
        return QStringLiteral("canceled");
    case State::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QString AdHocCommandController::errorText() const
{
    return m_run ? m_run->errorText() : m_listError;
}

bool AdHocCommandController::canPrev() const
{
    return m_run && m_run->allows(Action::Prev);
}
bool AdHocCommandController::canNext() const
{
    return m_run && m_run->allows(Action::Next);
}
bool AdHocCommandController::canComplete() const
{
    return m_run && m_run->allows(Action::Complete);
}
bool AdHocCommandController::running() const
{
    return m_run && (m_run->state() == State::Waiting || m_run->state() == State::Executing);
}

void AdHocCommandController::listCommands()
{
    Xep0050AdHocCommands *commands = commandsForTarget();
    m_listError.clear();
    if (!commands) {
        m_listError = tr("No connected account to ask.");
        Q_EMIT changed();
        return;
    }
    m_listing = true;
    Q_EMIT changed();
    commands->listCommands(m_jid).then(this, [this](Xep0050AdHocCommands::ListResult &&result) {
        m_listing = false;
        m_commandList.clear();
        if (const auto *error = std::get_if<QXmppError>(&result)) {
            m_listError = error->description;
        } else {
            for (const Xep0050Command &command : std::get<QList<Xep0050Command>>(result)) {
                m_commandList.append(QVariantMap { { QStringLiteral("jid"), command.jid },
                    { QStringLiteral("node"), command.node }, { QStringLiteral("name"), command.name } });
            }
        }
        Q_EMIT commandsChanged();
        Q_EMIT changed();
    });
}

void AdHocCommandController::run(const QString &node, const QString &name, const QString &jid)
{
    Xep0050AdHocCommands *commands = commandsForTarget();
    if (!commands) {
        m_listError = tr("No connected account to ask.");
        Q_EMIT changed();
        return;
    }
    if (m_run) {
        m_run->cancel();
        m_run->deleteLater();
    }
    m_commandName = name.isEmpty() ? node : name;
    m_run = commands->session(jid.isEmpty() ? m_jid : jid, node, this);
    connect(m_run, &Xep0050CommandSession::stateChanged, this, &AdHocCommandController::changed);
    connect(m_run, &Xep0050CommandSession::stageReceived, this, &AdHocCommandController::showStage);
    showStage();
    m_run->start();
}

void AdHocCommandController::showStage()
{
    const Xep0050CommandIq empty;
    const Xep0050CommandIq &stage = m_run ? m_run->stage() : empty;
    m_hasForm = stage.form().has_value() && !stage.form()->fields().isEmpty();
    QXmppDataForm form = stage.form().value_or(QXmppDataForm());
    if (!stage.table().isEmpty()) {
        // The table's own <reported> fields are not questions.
        form.setFields({});
        m_hasForm = false;
    }
    if (form.title().isEmpty() && stage.form()) {
        form.setTitle(stage.form()->title());
    }
    m_form->setForm(form);
    m_notes.clear();
    const auto notes = stage.notes();
    for (const auto &note : notes) {
        m_notes.append(
            QVariantMap { { QStringLiteral("type"),
                              note.type == Xep0050CommandIq::Note::Error         ? QStringLiteral("error")
                                  : note.type == Xep0050CommandIq::Note::Warning ? QStringLiteral("warn")
                                                                                 : QStringLiteral("info") },
                { QStringLiteral("text"), note.text } });
    }
    // A result form's instructions are the entity's words too.
    if (stage.form() && !stage.form()->instructions().isEmpty() && !m_hasForm) {
        m_notes.append(QVariantMap { { QStringLiteral("type"), QStringLiteral("info") },
            { QStringLiteral("text"), stage.form()->instructions() } });
    }
    m_tableColumns = stage.table().labels;
    m_tableRows.clear();
    for (const QStringList &row : stage.table().rows) {
        m_tableRows.append(QVariant(row));
    }
    m_tableTruncated = stage.table().truncated;
    Q_EMIT changed();
}

void AdHocCommandController::proceed(int action)
{
    if (m_run) {
        m_run->proceed(Action(action), m_hasForm ? m_form->form() : QXmppDataForm());
    }
}

void AdHocCommandController::execute()
{
    proceed(int(Action::Execute));
}
void AdHocCommandController::next()
{
    proceed(int(Action::Next));
}
void AdHocCommandController::prev()
{
    proceed(int(Action::Prev));
}
void AdHocCommandController::complete()
{
    proceed(int(Action::Complete));
}

void AdHocCommandController::cancel()
{
    if (m_run) {
        m_run->cancel();
    }
}

void AdHocCommandController::reset()
{
    if (m_run) {
        m_run->cancel();
        m_run->deleteLater();
        m_run = nullptr;
    }
    delete m_own; // the account may differ now
    m_own = nullptr;
    m_commandName.clear();
    m_listError.clear();
    showStage();
}
