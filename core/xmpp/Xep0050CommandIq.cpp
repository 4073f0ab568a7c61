// SPDX-License-Identifier: GPL-3.0-or-later
#include "Xep0050CommandIq.h"

#include <QDomElement>
#include <QXmlStreamWriter>

namespace {
constexpr QStringView dataFormsNs = u"jabber:x:data";

struct ActionName
{
    Xep0050CommandIq::Action action;
    QStringView name;
};
constexpr ActionName actionNames[] = {
    { Xep0050CommandIq::Action::Execute, u"execute" },
    { Xep0050CommandIq::Action::Cancel, u"cancel" },
    { Xep0050CommandIq::Action::Prev, u"prev" },
    { Xep0050CommandIq::Action::Next, u"next" },
    { Xep0050CommandIq::Action::Complete, u"complete" },
};

qsizetype countChildren(const QDomElement &parent, const QString &name, qsizetype stopAt)
{
    qsizetype count = 0;
    for (QDomElement child = parent.firstChildElement(name); !child.isNull() && count <= stopAt;
        child = child.nextSiblingElement(name)) {
        ++count;
    }
    return count;
}

// The text of a field's values in a result row: several values (text-multi, jid-multi) one per line.
QString fieldText(const QDomElement &field)
{
    QStringList values;
    for (QDomElement value = field.firstChildElement(QStringLiteral("value")); !value.isNull();
        value = value.nextSiblingElement(QStringLiteral("value"))) {
        values.append(value.text());
    }
    return values.join(u'\n');
}
} // namespace

Xep0050CommandIq::Xep0050CommandIq() : QXmppIq(QXmppIq::Set) { }

bool Xep0050CommandIq::isCommandIq(const QDomElement &element)
{
    const QDomElement command = element.firstChildElement(QStringLiteral("command"));
    return !command.isNull() && command.namespaceURI() == Xep0050::ns;
}

QString Xep0050CommandIq::actionName(Action action)
{
    for (const ActionName &entry : actionNames) {
        if (entry.action == action) {
            return entry.name.toString();
        }
    }
    return {};
}

Xep0050CommandIq::Action Xep0050CommandIq::actionFromName(QStringView name)
{
    for (const ActionName &entry : actionNames) {
        if (entry.name == name) {
            return entry.action;
        }
    }
    return Action::None;
}

void Xep0050CommandIq::parseElementFromChild(const QDomElement &element)
{
    const QDomElement command = element.firstChildElement(QStringLiteral("command"));
    m_node = command.attribute(QStringLiteral("node"));
    m_sessionId = command.attribute(QStringLiteral("sessionid"));
    m_action = actionFromName(command.attribute(QStringLiteral("action")));
    const QString status = command.attribute(QStringLiteral("status"));
    m_status = status == u"executing" ? Status::Executing
        : status == u"completed"      ? Status::Completed
        : status == u"canceled"       ? Status::Canceled
                                      : Status::None;

    m_actions.clear();
    m_defaultAction = Action::None;
    const QDomElement actions = command.firstChildElement(QStringLiteral("actions"));
    if (!actions.isNull()) {
        for (QDomElement a = actions.firstChildElement(); !a.isNull(); a = a.nextSiblingElement()) {
            const Action action = actionFromName(a.tagName());
            if (action != Action::None && action != Action::Execute && !m_actions.contains(action)) {
                m_actions.append(action);
            }
        }
        m_defaultAction = actionFromName(actions.attribute(QStringLiteral("execute")));
        // An execute attribute naming an action that is not offered is ignored (§4.4).
        if (!m_actions.contains(m_defaultAction)) {
            m_defaultAction = m_actions.isEmpty() ? Action::None : m_actions.constLast();
        }
    }

    m_notes.clear();
    for (QDomElement n = command.firstChildElement(QStringLiteral("note")); !n.isNull();
        n = n.nextSiblingElement(QStringLiteral("note"))) {
        if (m_notes.size() == Xep0050::maxNotes) {
            m_parseProblem = QStringLiteral("more than %1 notes").arg(Xep0050::maxNotes);
            break;
        }
        const QString type = n.attribute(QStringLiteral("type"));
        m_notes.append({ type == u"error" ? Note::Error
                : type == u"warn"         ? Note::Warning
                                          : Note::Info,
            n.text() });
    }

    m_form.reset();
    m_table = {};
    for (QDomElement x = command.firstChildElement(QStringLiteral("x")); !x.isNull();
        x = x.nextSiblingElement(QStringLiteral("x"))) {
        if (x.namespaceURI() == dataFormsNs) {
            parseForm(x);
            break;
        }
    }
}

void Xep0050CommandIq::parseForm(const QDomElement &x)
{
    if (countChildren(x, QStringLiteral("field"), Xep0050::maxFields) > Xep0050::maxFields) {
        m_parseProblem = QStringLiteral("a form of more than %1 fields").arg(Xep0050::maxFields);
        return;
    }
    QXmppDataForm form;
    form.parse(x);
    m_form = form;

    const QDomElement reported = x.firstChildElement(QStringLiteral("reported"));
    if (reported.isNull()) {
        return;
    }
    for (QDomElement f = reported.firstChildElement(QStringLiteral("field")); !f.isNull();
        f = f.nextSiblingElement(QStringLiteral("field"))) {
        const QString key = f.attribute(QStringLiteral("var"));
        if (key.isEmpty() || m_table.keys.contains(key)) {
            continue;
        }
        if (m_table.keys.size() == Xep0050::maxColumns) {
            m_parseProblem = QStringLiteral("a table of more than %1 columns").arg(Xep0050::maxColumns);
            break;
        }
        const QString label = f.attribute(QStringLiteral("label"));
        m_table.keys.append(key);
        m_table.labels.append(label.isEmpty() ? key : label);
    }
    for (QDomElement item = x.firstChildElement(QStringLiteral("item")); !item.isNull();
        item = item.nextSiblingElement(QStringLiteral("item"))) {
        if (m_table.rows.size() == Xep0050::maxTableRows) {
            m_table.truncated = true;
            break;
        }
        QStringList row(m_table.keys.size());
        for (QDomElement f = item.firstChildElement(QStringLiteral("field")); !f.isNull();
            f = f.nextSiblingElement(QStringLiteral("field"))) {
            const qsizetype column = m_table.keys.indexOf(f.attribute(QStringLiteral("var")));
            if (column >= 0) {
                row[column] = fieldText(f);
            }
        }
        m_table.rows.append(row);
    }
}

void Xep0050CommandIq::toXmlElementFromChild(QXmlStreamWriter *writer) const
{
    writer->writeStartElement(QStringLiteral("command"));
    writer->writeDefaultNamespace(Xep0050::ns.toString());
    writer->writeAttribute(QStringLiteral("node"), m_node);
    if (!m_sessionId.isEmpty()) {
        writer->writeAttribute(QStringLiteral("sessionid"), m_sessionId);
    }
    if (m_action != Action::None) {
        writer->writeAttribute(QStringLiteral("action"), actionName(m_action));
    }
    if (m_status != Status::None) {
        writer->writeAttribute(QStringLiteral("status"),
            m_status == Status::Executing       ? QStringLiteral("executing")
                : m_status == Status::Completed ? QStringLiteral("completed")
                                                : QStringLiteral("canceled"));
    }
    if (!m_actions.isEmpty()) {
        writer->writeStartElement(QStringLiteral("actions"));
        if (m_defaultAction != Action::None) {
            writer->writeAttribute(QStringLiteral("execute"), actionName(m_defaultAction));
        }
        for (Action action : m_actions) {
            writer->writeEmptyElement(actionName(action));
        }
        writer->writeEndElement();
    }
    for (const Note &note : m_notes) {
        writer->writeStartElement(QStringLiteral("note"));
        writer->writeAttribute(QStringLiteral("type"),
            note.type == Note::Error         ? QStringLiteral("error")
                : note.type == Note::Warning ? QStringLiteral("warn")
                                             : QStringLiteral("info"));
        writer->writeCharacters(note.text);
        writer->writeEndElement();
    }
    if (m_form) {
        m_form->toXml(writer);
    }
    writer->writeEndElement();
}
