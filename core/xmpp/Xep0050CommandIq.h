// SPDX-License-Identifier: GPL-3.0-or-later
// One ad-hoc command stanza (XEP-0050 <command/>): what we ask (execute, next, prev, complete,
// cancel) and what the entity answers (status, session id, allowed actions, notes, a data form
// and, for results, the <reported>/<item> table that QXmpp 1.10's data forms do not read).
#pragma once

#include <optional>

#include <QList>
#include <QStringList>
#include <QXmppDataForm.h>
#include <QXmppIq.h>

namespace Xep0050 {
inline constexpr QStringView ns = u"http://jabber.org/protocol/commands";
// Sizes past which a form or a table is bad input, not something to draw.
inline constexpr qsizetype maxFields = 2000;
inline constexpr qsizetype maxTableRows = 5000;
inline constexpr qsizetype maxColumns = 64;
inline constexpr qsizetype maxNotes = 32;
} // namespace Xep0050

// A result table of a form (XEP-0004 §3.4): column keys and labels, then rows of values.
struct Xep0050ResultTable
{
    QStringList keys;
    QStringList labels;
    QList<QStringList> rows;
    bool truncated = false; // rows past Xep0050::maxTableRows were dropped
    bool isEmpty() const { return keys.isEmpty(); }
};

class Xep0050CommandIq : public QXmppIq
{
public:
    enum class Action { None, Execute, Cancel, Prev, Next, Complete };
    enum class Status { None, Executing, Completed, Canceled };
    struct Note
    {
        enum Type { Info, Warning, Error };
        Type type = Info;
        QString text;
    };

    Xep0050CommandIq();

    QString node() const { return m_node; }
    void setNode(const QString &node) { m_node = node; }
    QString sessionId() const { return m_sessionId; }
    void setSessionId(const QString &id) { m_sessionId = id; }
    Action action() const { return m_action; }
    void setAction(Action action) { m_action = action; }
    Status status() const { return m_status; }
    void setStatus(Status status) { m_status = status; }
    // The actions the entity allows now; execute() names the one "execute" stands for.
    QList<Action> actions() const { return m_actions; }
    void setActions(const QList<Action> &actions) { m_actions = actions; }
    Action defaultAction() const { return m_defaultAction; }
    void setDefaultAction(Action action) { m_defaultAction = action; }
    QList<Note> notes() const { return m_notes; }
    void setNotes(const QList<Note> &notes) { m_notes = notes; }
    const std::optional<QXmppDataForm> &form() const { return m_form; }
    void setForm(const std::optional<QXmppDataForm> &form) { m_form = form; }
    const Xep0050ResultTable &table() const { return m_table; }
    void setTable(const Xep0050ResultTable &table) { m_table = table; }
    // Why the answer could not be read whole (too many fields, notes…); empty when it could.
    QString parseProblem() const { return m_parseProblem; }

    static bool isCommandIq(const QDomElement &element);
    static QString actionName(Action action);
    static Action actionFromName(QStringView name);

protected:
    void parseElementFromChild(const QDomElement &element) override;
    void toXmlElementFromChild(QXmlStreamWriter *writer) const override;

private:
    void parseForm(const QDomElement &x);

    QString m_node;
    QString m_sessionId;
    Action m_action = Action::None;
    Status m_status = Status::None;
    QList<Action> m_actions;
    Action m_defaultAction = Action::None;
    QList<Note> m_notes;
    std::optional<QXmppDataForm> m_form;
    Xep0050ResultTable m_table;
    QString m_parseProblem;
};
