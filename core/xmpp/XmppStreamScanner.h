// SPDX-License-Identifier: GPL-3.0-or-later
// Finds where the top-level units of an incoming XMPP stream end (the stream header, each
// stanza or nonza, the stream's end, whitespace between them), in one pass over the bytes as
// they arrive, so that QXmpp's reader only ever gets whole units (see StreamReaderGuard).
// It reads only markup: tags and their quoted attribute values, comments, CDATA sections and
// processing instructions; it does not check well-formedness (QXmpp's reader does that).
//
// RFC 6120 §11.1 forbids document type declarations in a stream. One mid-stream made QXmpp stall
// silently for 77 s (issue 10): its reader never parses again, so `<!DOCTYPE`, `<!ENTITY` and any
// other `<!` declaration is an error here.
#pragma once

#include <QByteArray>
#include <QString>

class XmppStreamScanner
{
public:
    // Scans more bytes of the stream. False (and error()) on a forbidden construct; the scanner
    // then stays failed until reset().
    bool feed(QByteArrayView bytes);

    // The bytes fed so far that end at a unit's end, removed from the scanner.
    QByteArray takeComplete();
    // Bytes fed that are not yet part of a complete unit.
    qsizetype pendingSize() const { return m_buffer.size() - m_complete; }
    QString error() const { return m_error; }

    // A new stream on a new transport (connected, or TLS started).
    void reset();

private:
    enum class State {
        Text,
        Open, // after '<'
        Bang, // after "<!"
        Comment, // inside "<!--", until "-->"
        CData, // inside "<![CDATA[", until "]]>"
        Instruction, // inside "<?", until "?>"
        Tag, // inside a start or end tag
        Quoted, // inside an attribute value
    };

    void endTag();
    void fail(const QString &error);

    QByteArray m_buffer;
    qsizetype m_scanned = 0; // bytes of m_buffer already scanned
    qsizetype m_complete = 0; // bytes of m_buffer that end at a unit's end
    State m_state = State::Text;
    char m_quote = 0;
    QByteArray m_token; // a tag's name, or what follows "<!" so far
    bool m_endTag = false; // "</..."
    char m_previous = 0; // the last byte inside a tag, for "/>"
    int m_depth = 0; // 1 inside the stream element, 2 inside a stanza, ...
    QString m_error;
};
