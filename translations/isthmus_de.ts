<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; pick an existing group or type a new one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatListPage</name>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Pin to the top</source>
        <translation>Oben anheften</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Stummschaltung aufheben</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>Benachrichtigungen stummschalten</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>Entwurf: %1</translation>
    </message>
    <message>
        <source>No chats yet</source>
        <translation>Noch keine Chats</translation>
    </message>
    <message>
        <source>Messages you send and receive show up here.</source>
        <translation>Gesendete und empfangene Nachrichten erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>Say hello</source>
        <translation>Sag Hallo</translation>
    </message>
    <message>
        <source>This is the beginning of your conversation with %1.</source>
        <translation>Hier beginnt deine Unterhaltung mit %1.</translation>
    </message>
    <message>
        <source>Editing your message</source>
        <translation>Du bearbeitest deine Nachricht</translation>
    </message>
    <message>
        <source>Replying to: %1</source>
        <translation>Antwort auf: %1</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Nachricht schreiben…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Change login details</source>
        <translation>Anmeldedaten ändern</translation>
    </message>
</context>
<context>
    <name>ConnectionErrorText</name>
    <message>
        <source>The server&apos;s certificate cannot be trusted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was issued to &quot;%1&quot; by &quot;%2&quot;; SHA-256 fingerprint %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the password for %1. Check the address and the password.</source>
        <translation>Der Server hat das Passwort für %1 abgelehnt. Prüfe Adresse und Passwort.</translation>
    </message>
    <message>
        <source>The server says the account %1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 has expired; set a new one with your provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no secure way to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: the connection was refused. The server may be down, or the address or port may be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 was not found. Check the address and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: the network did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended the session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No system keychain is available (Secret Service, KWallet...). The password is kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Welcome to Isthmus</source>
        <translation>Willkommen bei Isthmus</translation>
    </message>
    <message>
        <source>Log in with your chat address (XMPP). Contacts on every server, and on networks behind gateways, are reachable from one account.</source>
        <translation>Melde dich mit deiner Chat-Adresse (XMPP) an. Kontakte auf jedem Server und in Netzwerken hinter Gateways erreichst du mit einem Konto.</translation>
    </message>
    <message>
        <source>Chat address:</source>
        <translation>Chat-Adresse:</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Server (optional):</source>
        <translation>Server (optional):</translation>
    </message>
    <message>
        <source>taken from the address</source>
        <translation>aus der Adresse</translation>
    </message>
    <message>
        <source>Port (optional):</source>
        <translation>Port (optional):</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Isthmus — %1</source>
        <translation>Isthmus — %1</translation>
    </message>
    <message>
        <source>Isthmus</source>
        <translation>Isthmus</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>%1 is not connected; try again when it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>↪ in reply</source>
        <translation>↪ als Antwort</translation>
    </message>
    <message>
        <source>You retracted this message</source>
        <translation>Du hast diese Nachricht zurückgezogen</translation>
    </message>
    <message>
        <source>This message was retracted</source>
        <translation>Diese Nachricht wurde zurückgezogen</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>Remove your reaction</source>
        <translation>Deine Reaktion entfernen</translation>
    </message>
    <message>
        <source>React with %1</source>
        <translation>Mit %1 reagieren</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <source>Retract</source>
        <translation>Zurückziehen</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>%1 wants to add you as a contact: “%2”</source>
        <translation>%1 möchte dich als Kontakt hinzufügen: „%2“</translation>
    </message>
    <message>
        <source>%1 wants to add you as a contact.</source>
        <translation>%1 möchte dich als Kontakt hinzufügen.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the people you talk to by their chat address, like name@example.org.</source>
        <translation>Füge die Menschen, mit denen du schreibst, über ihre Chat-Adresse hinzu, etwa name@example.org.</translation>
    </message>
    <message>
        <source>Asked %1 to share their online status with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open chat</source>
        <translation>Chat öffnen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Groups…</source>
        <translation>Gruppen…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Rename Contact</source>
        <translation>Kontakt umbenennen</translation>
    </message>
    <message>
        <source>The name is kept in your contact list on the server, so your other devices show it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Groups</source>
        <translation>Kontaktgruppen</translation>
    </message>
    <message>
        <source>Groups of %1, separated by commas. Without a group the contact is listed under &quot;Contacts&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>%1 leaves your contact list and you stop seeing each other&apos;s online status. Your chat history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>RosterTreeModel</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Search all messages…</source>
        <translation>Alle Nachrichten durchsuchen…</translation>
    </message>
    <message>
        <source>You to %1</source>
        <translation>Du an %1</translation>
    </message>
    <message>
        <source>Search your history</source>
        <translation>Durchsuche deinen Verlauf</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <source>Words from any message in any chat; the last word may be the start of a word.</source>
        <translation>Wörter aus jeder Nachricht in jedem Chat; das letzte Wort darf ein Wortanfang sein.</translation>
    </message>
    <message>
        <source>No message contains all of these words.</source>
        <translation>Keine Nachricht enthält alle diese Wörter.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The message database cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid chat address. It looks like name@example.org.</source>
        <translation>„%1“ ist keine gültige Chat-Adresse. Sie sieht so aus: name@example.org.</translation>
    </message>
    <message>
        <source>Enter the password of %1.</source>
        <translation>Gib das Passwort von %1 ein.</translation>
    </message>
    <message>
        <source>Enter the password of %1 to connect.</source>
        <translation>Gib das Passwort von %1 ein, um dich zu verbinden.</translation>
    </message>
    <message>
        <source>%1 Enter the password of %2 to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up an account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of your accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected; try again when it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is your own address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be renamed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be moved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Chat with everyone over XMPP and its gateways.
The password is read from the ISTHMUS_PASSWORD environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in as &lt;jid&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &lt;host&gt; instead of the address&apos;s domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &lt;port&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the message database in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An xmpp: address to open, e.g. xmpp:alice@example.org</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
