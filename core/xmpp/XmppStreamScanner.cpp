// SPDX-License-Identifier: GPL-3.0-or-later
#include "XmppStreamScanner.h"

namespace {
constexpr QByteArrayView commentStart = "--";
constexpr QByteArrayView cdataStart = "[CDATA[";
constexpr QByteArrayView streamTag = "stream:stream";
// Enough of a tag's name to compare it with streamTag; the rest is not kept.
constexpr qsizetype maxToken = 16;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}
} // namespace

void XmppStreamScanner::reset()
{
    *this = XmppStreamScanner();
}

void XmppStreamScanner::fail(const QString &error)
{
    m_error = error;
}

void XmppStreamScanner::endTag()
{
    if (m_endTag) {
        m_depth = std::max(0, m_depth - 1);
        if (m_depth <= 1) {
            m_complete = m_scanned + 1;
        }
    } else if (m_previous == '/') {
        if (m_depth <= 1) {
            m_complete = m_scanned + 1;
        }
    } else if (m_token == streamTag) {
        // A stream restart (after STARTTLS or authentication) opens a new stream element
        // without closing the old one.
        m_depth = 1;
        m_complete = m_scanned + 1;
    } else {
        ++m_depth;
    }
    m_state = State::Text;
}

bool XmppStreamScanner::feed(QByteArrayView bytes)
{
    if (!m_error.isEmpty()) {
        return false;
    }
    m_buffer.append(bytes);
    for (; m_scanned < m_buffer.size(); ++m_scanned) {
        const char c = m_buffer.at(m_scanned);
        switch (m_state) {
        case State::Text:
            if (c == '<') {
                m_state = State::Open;
                m_token.clear();
                m_endTag = false;
                m_previous = 0;
            }
            break;
        case State::Open:
            if (c == '!') {
                m_state = State::Bang;
            } else if (c == '?') {
                m_state = State::Instruction;
            } else if (c == '/') {
                m_endTag = true;
                m_state = State::Tag;
            } else {
                m_token.append(c);
                m_state = State::Tag;
            }
            break;
        case State::Bang:
            m_token.append(c);
            if (m_token == commentStart) {
                m_state = State::Comment;
                m_previous = 0;
            } else if (m_token == cdataStart) {
                m_state = State::CData;
                m_previous = 0;
            } else if (!commentStart.startsWith(m_token) && !cdataStart.startsWith(m_token)) {
                // <!DOCTYPE, <!ENTITY, <!ELEMENT, <!ATTLIST...: not allowed in XMPP.
                fail(QStringLiteral("a document type declaration in the stream"));
                return false;
            }
            break;
        case State::Comment:
        case State::CData: {
            // The end is "-->" or "]]>": the two bytes before '>' are both the closing character.
            const char closing = m_state == State::Comment ? '-' : ']';
            if (c == '>' && m_previous == closing && m_scanned >= 2
                && m_buffer.at(m_scanned - 2) == closing) {
                m_state = State::Text;
            }
            m_previous = c;
            break;
        }
        case State::Instruction:
            if (c == '>' && m_previous == '?') {
                m_state = State::Text;
            }
            m_previous = c;
            break;
        case State::Tag:
            if (c == '"' || c == '\'') {
                m_quote = c;
                m_state = State::Quoted;
            } else if (c == '>') {
                endTag();
                continue;
            } else if (!isSpace(c) && m_previous != ' ' && m_token.size() < maxToken && !m_endTag
                && c != '/') {
                m_token.append(c);
            }
            // Once a space was seen, the name is over: m_previous keeps ' ' until the next '>'
            // or '/' so later bytes are not taken for the name.
            if (isSpace(c)) {
                m_previous = ' ';
            } else if (c == '/') {
                m_previous = '/';
            } else if (m_previous == '/') {
                m_previous = ' ';
            }
            break;
        case State::Quoted:
            if (c == m_quote) {
                m_state = State::Tag;
            }
            break;
        }
    }
    // Whitespace between stanzas (a keepalive) is a unit of its own.
    if (m_state == State::Text && m_depth == 1) {
        m_complete = m_buffer.size();
    }
    return true;
}

QByteArray XmppStreamScanner::takeComplete()
{
    const QByteArray complete = m_buffer.left(m_complete);
    m_buffer.remove(0, m_complete);
    m_scanned -= m_complete;
    m_complete = 0;
    return complete;
}
