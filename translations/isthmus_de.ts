<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccountCreation</name>
    <message>
        <source>&quot;%1&quot; is not a server name. It looks like example.org.</source>
        <translation>„%1“ ist kein Servername. Ein Servername sieht so aus: example.org.</translation>
    </message>
    <message>
        <source>Choose a server first.</source>
        <translation>Bitte zuerst einen Server auswählen.</translation>
    </message>
    <message>
        <source>Fill in: %1.</source>
        <translation>Bitte ausfüllen: %1.</translation>
    </message>
</context>
<context>
    <name>AccountRegistration</name>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 hat die Verbindung beendet.</translation>
    </message>
</context>
<context>
    <name>AccountsSection</name>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>No account is set up yet.</source>
        <translation>Es ist noch kein Konto eingerichtet.</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <source>Disable: disconnect and stay off at start; the history stays</source>
        <translation>Deaktivieren: Verbindung trennen und beim Start nicht verbinden; der Verlauf bleibt erhalten</translation>
    </message>
    <message>
        <source>Enable and connect</source>
        <translation>Aktivieren und verbinden</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from this device</source>
        <translation>%1 von diesem Gerät entfernen</translation>
    </message>
    <message>
        <source>Add another account…</source>
        <translation>Weiteres Konto hinzufügen…</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>It is disconnected and its password is removed from the system keychain. The account on the server is not deleted, and the history stays on this device.</source>
        <translation>Die Verbindung wird getrennt und das Passwort aus dem Schlüsselbund des Systems entfernt. Das Konto auf dem Server wird nicht gelöscht, und der Verlauf bleibt auf diesem Gerät.</translation>
    </message>
</context>
<context>
    <name>AdHocCommandController</name>
    <message>
        <source>No connected account to ask.</source>
        <translation>Es ist kein Konto verbunden, über das gefragt werden kann.</translation>
    </message>
</context>
<context>
    <name>AdHocCommandPage</name>
    <message>
        <source>Commands of %1</source>
        <translation>Befehle von %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertigstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>All commands</source>
        <translation>Alle Befehle</translation>
    </message>
    <message>
        <source>No commands</source>
        <translation>Keine Befehle</translation>
    </message>
    <message>
        <source>Only the first rows are shown.</source>
        <translation>Es werden nur die ersten Zeilen angezeigt.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add Contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>Optional; pick an existing group or type a new one</source>
        <translation>Optional; eine vorhandene Gruppe auswählen oder eine neue eingeben</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>CertificateQuestion</name>
    <message>
        <source>Certificate question</source>
        <translation>Frage zum Zertifikat</translation>
    </message>
    <message>
        <source>Do you trust this certificate for %1?</source>
        <translation>Diesem Zertifikat für %1 vertrauen?</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be checked. If your provider gave you this fingerprint (or you run the server yourself), compare it character by character. Trust it only if it is the same: Isthmus will then accept exactly this certificate for this account, and ask again if it ever changes.</source>
        <translation>Das Zertifikat des Servers konnte nicht überprüft werden. Wenn dieser Fingerabdruck vom Anbieter stammt (oder der Server selbst betrieben wird), bitte Zeichen für Zeichen vergleichen. Nur vertrauen, wenn er genau übereinstimmt: Isthmus akzeptiert dann genau dieses Zertifikat für dieses Konto und fragt erneut, falls es sich jemals ändert.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
</context>
<context>
    <name>ChatArchivePager</name>
    <message>
        <source>%1 is not connected; older messages load once it is.</source>
        <translation>%1 ist nicht verbunden; ältere Nachrichten werden geladen, sobald die Verbindung besteht.</translation>
    </message>
    <message>
        <source>Older messages could not be loaded: %1</source>
        <translation>Ältere Nachrichten konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>ChatListModel</name>
    <message>
        <source>Sent something Isthmus cannot show yet</source>
        <translation>Hat etwas gesendet, das Isthmus noch nicht anzeigen kann</translation>
    </message>
    <message>
        <source>An encrypted message this device cannot read</source>
        <translation>Eine verschlüsselte Nachricht, die dieses Gerät nicht lesen kann</translation>
    </message>
    <message>
        <source>Added a new device</source>
        <translation>Hat ein neues Gerät hinzugefügt</translation>
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
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Filter chats…</source>
        <translation>Chats filtern…</translation>
    </message>
    <message>
        <source>No chat matches “%1”</source>
        <translation>Kein Chat passt zu „%1“</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>Alle Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>Say hello</source>
        <translation>Hallo sagen</translation>
    </message>
    <message>
        <source>This is the beginning of your conversation with %1.</source>
        <translation>Hier beginnt die Unterhaltung mit %1.</translation>
    </message>
    <message>
        <source>Editing your message</source>
        <translation>Nachricht wird bearbeitet</translation>
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
    <message>
        <source>Jump to the newest message</source>
        <translation>Zur neuesten Nachricht springen</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 schreibt…</translation>
    </message>
    <message>
        <source>Insert emoji</source>
        <translation>Emoji einfügen</translation>
    </message>
    <message>
        <source>Insert emoji (Ctrl+E)</source>
        <translation>Emoji einfügen (Strg+E)</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>away</source>
        <translation>abwesend</translation>
    </message>
    <message>
        <source>away for a while</source>
        <translation>länger abwesend</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>beschäftigt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>zuletzt gesehen %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Encryption keys</source>
        <translation>Verschlüsselungsschlüssel</translation>
    </message>
    <message>
        <source>Commands…</source>
        <translation>Befehle…</translation>
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
        <translation>Dem Zertifikat des Servers kann nicht vertraut werden: %1.</translation>
    </message>
    <message>
        <source>It was issued to &quot;%1&quot; by &quot;%2&quot;; SHA-256 fingerprint %3.</source>
        <translation>Es wurde für „%1“ von „%2“ ausgestellt; SHA-256-Fingerabdruck %3.</translation>
    </message>
    <message>
        <source>The server rejected the password for %1. Check the address and the password.</source>
        <translation>Der Server hat das Passwort für %1 abgelehnt. Bitte Adresse und Passwort prüfen.</translation>
    </message>
    <message>
        <source>The server says the account %1 is disabled.</source>
        <translation>Laut Server ist das Konto %1 deaktiviert.</translation>
    </message>
    <message>
        <source>The password of %1 has expired; set a new one with your provider.</source>
        <translation>Das Passwort von %1 ist abgelaufen; bitte beim Anbieter ein neues festlegen.</translation>
    </message>
    <message>
        <source>The server offers no secure way to log in.</source>
        <translation>Der Server bietet keine sichere Anmeldemöglichkeit an.</translation>
    </message>
    <message>
        <source>Logging in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not reach %1: the connection was refused. The server may be down, or the address or port may be wrong.</source>
        <translation>%1 ist nicht erreichbar: Die Verbindung wurde abgelehnt. Der Server ist möglicherweise nicht in Betrieb, oder Adresse oder Port sind falsch.</translation>
    </message>
    <message>
        <source>The server %1 was not found. Check the address and your network.</source>
        <translation>Der Server %1 wurde nicht gefunden. Bitte Adresse und Netzwerkverbindung prüfen.</translation>
    </message>
    <message>
        <source>Could not reach %1: the network did not answer.</source>
        <translation>%1 ist nicht erreichbar: Das Netzwerk hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up: %2</source>
        <translation>Es konnte keine sichere Verbindung zu %1 hergestellt werden: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 hat die Verbindung beendet.</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation>Verbindung zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The server ended the session: %1</source>
        <translation>Der Server hat die Sitzung beendet: %1</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>Die Verbindung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>Meldung des Servers: %1</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is already taken on %2. Choose another one.</source>
        <translation>Der Name „%1“ ist auf %2 bereits vergeben. Bitte einen anderen wählen.</translation>
    </message>
    <message>
        <source>%1 does not let apps create accounts (registration is closed). Create the account on the provider&apos;s website, or choose another server.</source>
        <translation>%1 erlaubt Apps nicht, Konten zu erstellen (die Registrierung ist geschlossen). Das Konto kann auf der Website des Anbieters erstellt werden, oder es wird ein anderer Server gewählt.</translation>
    </message>
    <message>
        <source>%1 does not allow you to create an account.</source>
        <translation>%1 erlaubt nicht, ein Konto zu erstellen.</translation>
    </message>
    <message>
        <source>%1 refused to create the account now; try again later.</source>
        <translation>%1 hat das Erstellen des Kontos vorerst abgelehnt; bitte später erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 did not accept what was entered. Check the fields.</source>
        <translation>%1 hat die Eingaben nicht akzeptiert. Bitte die Felder prüfen.</translation>
    </message>
    <message>
        <source>%1 could not create the account.</source>
        <translation>%1 konnte das Konto nicht erstellen.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the address and your network, then try again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Bitte Adresse und Netzwerkverbindung prüfen und erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 did not offer an encrypted connection (STARTTLS). Someone on the network may have removed the offer; Isthmus does not log in or send your password without encryption.</source>
        <translation>%1 hat keine verschlüsselte Verbindung (STARTTLS) angeboten. Möglicherweise hat jemand im Netzwerk das Angebot entfernt; ohne Verschlüsselung meldet sich Isthmus nicht an und sendet kein Passwort.</translation>
    </message>
</context>
<context>
    <name>ContactAvatar</name>
    <message>
        <source>another network</source>
        <translation>einem anderen Netzwerk</translation>
    </message>
    <message>
        <source>On %1, through a gateway</source>
        <translation>Bei %1, über ein Gateway</translation>
    </message>
</context>
<context>
    <name>CreateAccountPage</name>
    <message>
        <source>Create an account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Your address will be name@server. Anyone on any server can reach you there.</source>
        <translation>Die Adresse lautet dann name@server. Darüber ist man von jedem Server aus erreichbar.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <source>Connect to (optional):</source>
        <translation>Verbinden mit (optional):</translation>
    </message>
    <message>
        <source>taken from the server name</source>
        <translation>aus dem Servernamen</translation>
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
        <source>Asking the server…</source>
        <translation>Server wird abgefragt…</translation>
    </message>
    <message>
        <source>Ask the server for its form</source>
        <translation>Formular vom Server abrufen</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Konto wird erstellt…</translation>
    </message>
    <message>
        <source>Created; logging in…</source>
        <translation>Erstellt; Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation>Konto erstellen</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No system keychain is available (Secret Service, KWallet...), so the password is not saved: Isthmus asks for it at the next start.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar (Secret Service, KWallet...), daher wird das Passwort nicht gespeichert: Isthmus fragt beim nächsten Start danach.</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert: %1</translation>
    </message>
</context>
<context>
    <name>DataFormView</name>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (erforderlich)</translation>
    </message>
</context>
<context>
    <name>DayHeader</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
</context>
<context>
    <name>DeliveryTicks</name>
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
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <source>Smileys</source>
        <translation>Smileys</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Menschen</translation>
    </message>
    <message>
        <source>Hearts</source>
        <translation>Herzen</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Natur</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Essen</translation>
    </message>
    <message>
        <source>Things</source>
        <translation>Dinge</translation>
    </message>
</context>
<context>
    <name>EncryptionMark</name>
    <message>
        <source>Sent unencrypted in an encrypted chat</source>
        <translation>Unverschlüsselt in einem verschlüsselten Chat gesendet</translation>
    </message>
    <message>
        <source>Encrypted (OMEMO 2)</source>
        <translation>Verschlüsselt (OMEMO 2)</translation>
    </message>
    <message>
        <source>Encrypted (OMEMO)</source>
        <translation>Verschlüsselt (OMEMO)</translation>
    </message>
    <message>
        <source>unencrypted</source>
        <translation>unverschlüsselt</translation>
    </message>
</context>
<context>
    <name>EncryptionToggleAction</name>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Unverschlüsselt</translation>
    </message>
    <message>
        <source>Messages in this chat are encrypted with OMEMO; click to send them unencrypted</source>
        <translation>Nachrichten in diesem Chat werden mit OMEMO verschlüsselt; klicken, um sie unverschlüsselt zu senden</translation>
    </message>
    <message>
        <source>Messages in this chat are sent unencrypted; click to encrypt them</source>
        <translation>Nachrichten in diesem Chat werden unverschlüsselt gesendet; klicken, um sie zu verschlüsseln</translation>
    </message>
</context>
<context>
    <name>FailureLine</name>
    <message>
        <source>Not delivered</source>
        <translation>Nicht zugestellt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>GatewayChips</name>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>nick%irc.example.org</source>
        <translation>nick%irc.example.org</translation>
    </message>
    <message>
        <source>Username or id on that network</source>
        <translation>Benutzername oder ID in diesem Netzwerk</translation>
    </message>
    <message>
        <source>XMPP</source>
        <translation>XMPP</translation>
    </message>
</context>
<context>
    <name>GatewayRemoveDialog</name>
    <message>
        <source>Leave %1?</source>
        <translation>%1 verlassen?</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <source>Left %1.</source>
        <translation>%1 wurde verlassen.</translation>
    </message>
    <message>
        <source>The gateway forgets your sign-in. Your chats with its contacts stay here.</source>
        <translation>Das Gateway vergisst die Anmeldung. Die Chats mit seinen Kontakten bleiben hier erhalten.</translation>
    </message>
    <message>
        <source>Also remove this network&apos;s contacts</source>
        <translation>Auch die Kontakte dieses Netzwerks entfernen</translation>
    </message>
</context>
<context>
    <name>GatewayRequestBanner</name>
    <message>
        <source>%1 wants to add %2 contacts</source>
        <translation>%1 möchte %2 Kontakte hinzufügen</translation>
    </message>
    <message>
        <source>%1 requests from %2, not a gateway</source>
        <translation>%1 Anfragen von %2 (kein Gateway)</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Alle annehmen</translation>
    </message>
    <message>
        <source>Deny all</source>
        <translation>Alle ablehnen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
</context>
<context>
    <name>GatewayRow</name>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>No sign-in needed</source>
        <translation>Keine Anmeldung nötig</translation>
    </message>
    <message>
        <source>Signed in · connected</source>
        <translation>Angemeldet · verbunden</translation>
    </message>
    <message>
        <source>Signed in · logging in…</source>
        <translation>Angemeldet · Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Signed in · gateway unreachable, messages wait</source>
        <translation>Angemeldet · Gateway nicht erreichbar, Nachrichten warten</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>GatewaySignIn</name>
    <message>
        <source>The account is not connected.</source>
        <translation>Das Konto ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Please fill in: %1</source>
        <translation>Bitte ausfüllen: %1</translation>
    </message>
</context>
<context>
    <name>GatewaySignInPage</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Signed in. The network&apos;s contacts arrive as the gateway adds them.</source>
        <translation>Angemeldet. Die Kontakte des Netzwerks erscheinen, sobald das Gateway sie hinzufügt.</translation>
    </message>
    <message>
        <source>You are signed in already; sending the form changes the sign-in.</source>
        <translation>Sie sind bereits angemeldet; das Absenden des Formulars ändert die Anmeldung.</translation>
    </message>
</context>
<context>
    <name>GatewayStateBanner</name>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
</context>
<context>
    <name>GatewayStateWords</name>
    <message>
        <source>%1 gateway is logging in — messages will wait</source>
        <translation>%1-Gateway meldet sich an — Nachrichten warten</translation>
    </message>
    <message>
        <source>%1 login failed — messages will wait</source>
        <translation>Anmeldung bei %1 fehlgeschlagen — Nachrichten warten</translation>
    </message>
    <message>
        <source>%1 gateway unreachable — messages will wait</source>
        <translation>%1-Gateway nicht erreichbar — Nachrichten warten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Gateways</name>
    <message>
        <source>The gateway is unreachable; the message waits</source>
        <translation>Das Gateway ist nicht erreichbar; die Nachricht wartet</translation>
    </message>
</context>
<context>
    <name>HeldLine</name>
    <message>
        <source>Waiting: %1</source>
        <translation>Wartet: %1</translation>
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
        <translation>Anmeldung mit der Chat-Adresse (XMPP). Mit einem einzigen Konto sind Kontakte auf jedem Server und in Netzwerken hinter Gateways erreichbar.</translation>
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
    <message>
        <source>Set up an account</source>
        <translation>Konto einrichten</translation>
    </message>
    <message>
        <source>No account yet?</source>
        <translation>Noch kein Konto?</translation>
    </message>
    <message>
        <source>Create a new account…</source>
        <translation>Neues Konto erstellen…</translation>
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
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>%1 is not set up on this computer any more.</source>
        <translation>%1 ist auf diesem Computer nicht mehr eingerichtet.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>This message cannot get reactions: the app that sent it gave it no id.</source>
        <translation>Auf diese Nachricht kann nicht reagiert werden: Die sendende App hat ihr keine Kennung gegeben.</translation>
    </message>
</context>
<context>
    <name>MessageFooter</name>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
</context>
<context>
    <name>MessageMenu</name>
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
    <message>
        <source>More reactions…</source>
        <translation>Weitere Reaktionen …</translation>
    </message>
</context>
<context>
    <name>MessageNotifier</name>
    <message>
        <source>Open chat</source>
        <translation>Chat öffnen</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Reply to %1…</source>
        <translation>%1 antworten…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Sent something Isthmus cannot show yet</source>
        <translation>Hat etwas gesendet, das Isthmus noch nicht anzeigen kann</translation>
    </message>
    <message>
        <source>An encrypted message this device cannot read</source>
        <translation>Eine verschlüsselte Nachricht, die dieses Gerät nicht lesen kann</translation>
    </message>
    <message>
        <source>Added a new device</source>
        <translation>Hat ein neues Gerät hinzugefügt</translation>
    </message>
</context>
<context>
    <name>NetworkNames</name>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>NetworksPage</name>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>No gateways</source>
        <translation>Keine Gateways</translation>
    </message>
    <message>
        <source>%1&apos;s server offers no gateways to other networks.</source>
        <translation>Der Server von %1 bietet keine Gateways zu anderen Netzwerken an.</translation>
    </message>
</context>
<context>
    <name>NewDeviceContent</name>
    <message>
        <source>%1 added a new device (device %2). It is trusted until you verify %1&apos;s devices.</source>
        <translation>%1 hat ein neues Gerät hinzugefügt (Gerät %2). Es gilt als vertrauenswürdig, bis Sie die Geräte von %1 verifizieren.</translation>
    </message>
    <message>
        <source>%1 added a new device (device %2) that is not trusted yet: messages are not encrypted for it until you decide.</source>
        <translation>%1 hat ein neues Gerät hinzugefügt (Gerät %2), das noch nicht vertrauenswürdig ist: Nachrichten werden erst für dieses Gerät verschlüsselt, wenn Sie entschieden haben.</translation>
    </message>
    <message>
        <source>Show devices</source>
        <translation>Geräte anzeigen</translation>
    </message>
    <message>
        <source>Review devices</source>
        <translation>Geräte prüfen</translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <source>(%1 earlier messages)</source>
        <translation>(%1 frühere Nachrichten)</translation>
    </message>
</context>
<context>
    <name>OmemoController</name>
    <message>
        <source>Verified a key of %1.</source>
        <translation>Ein Schlüssel von %1 wurde verifiziert.</translation>
    </message>
    <message numerus="yes">
        <source>Verified %n keys of %1.</source>
        <translation>
            <numerusform>%n Schlüssel von %1 wurde verifiziert.</numerusform>
            <numerusform>%n Schlüssel von %1 wurden verifiziert.</numerusform>
        </translation>
    </message>
    <message>
        <source>This code names a device Isthmus has not seen yet: its key can be verified once a message was exchanged with it.</source>
        <translation>Dieser Code nennt ein Gerät, das Isthmus noch nicht kennt: Sein Schlüssel kann verifiziert werden, sobald eine Nachricht mit ihm ausgetauscht wurde.</translation>
    </message>
    <message numerus="yes">
        <source>This code names %n devices Isthmus has not seen yet: their keys can be verified once a message was exchanged with them.</source>
        <translation>
            <numerusform>Dieser Code nennt %n Gerät, das Isthmus noch nicht kennt: Sein Schlüssel kann verifiziert werden, sobald eine Nachricht mit ihm ausgetauscht wurde.</numerusform>
            <numerusform>Dieser Code nennt %n Geräte, die Isthmus noch nicht kennt: Ihre Schlüssel können verifiziert werden, sobald eine Nachricht mit ihnen ausgetauscht wurde.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>OmemoDevicesPage</name>
    <message>
        <source>Encryption keys</source>
        <translation>Verschlüsselungsschlüssel</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <source>Trusted (not verified)</source>
        <translation>Vertrauenswürdig (nicht verifiziert)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Distrusted</source>
        <translation>Nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Verify with QR code</source>
        <translation>Mit QR-Code verifizieren</translation>
    </message>
    <message>
        <source>My devices</source>
        <translation>Meine Geräte</translation>
    </message>
    <message>
        <source>This device · %1 · %2</source>
        <translation>Dieses Gerät · %1 · %2</translation>
    </message>
    <message>
        <source>Device %1 · %2</source>
        <translation>Gerät %1 · %2</translation>
    </message>
    <message>
        <source>No key seen yet: it shows once a message was exchanged with this device.</source>
        <translation>Noch kein Schlüssel bekannt: Er erscheint, sobald eine Nachricht mit diesem Gerät ausgetauscht wurde.</translation>
    </message>
    <message>
        <source>New – not trusted yet: messages are not encrypted for this device until you verify or trust it.</source>
        <translation>Neu – noch nicht vertrauenswürdig: Nachrichten werden erst für dieses Gerät verschlüsselt, wenn Sie es verifizieren oder ihm vertrauen.</translation>
    </message>
    <message>
        <source>No OMEMO devices known</source>
        <translation>Keine OMEMO-Geräte bekannt</translation>
    </message>
    <message>
        <source>Device %1 was not removed: %2</source>
        <translation>Gerät %1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <source>Device %1 was removed</source>
        <translation>Gerät %1 wurde entfernt</translation>
    </message>
    <message>
        <source>Remove device %1?</source>
        <translation>Gerät %1 entfernen?</translation>
    </message>
    <message>
        <source>Your contacts stop encrypting messages for it, and it can no longer read new ones. A device that is still in use adds itself back the next time it connects: sign out there first.</source>
        <translation>Deine Kontakte verschlüsseln keine Nachrichten mehr für dieses Gerät, und es kann neue nicht mehr lesen. Ein Gerät, das noch benutzt wird, fügt sich bei der nächsten Verbindung wieder hinzu: melde dich dort zuerst ab.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>OmemoQrPage</name>
    <message>
        <source>Verify with QR code</source>
        <translation>Mit QR-Code verifizieren</translation>
    </message>
    <message>
        <source>My code</source>
        <translation>Mein Code</translation>
    </message>
    <message>
        <source>Let your contact scan this code to verify the keys of all your devices (%1).</source>
        <translation>Lassen Sie Ihren Kontakt diesen Code scannen, um die Schlüssel all Ihrer Geräte (%1) zu verifizieren.</translation>
    </message>
    <message>
        <source>No code yet: this account&apos;s encryption keys are not ready.</source>
        <translation>Noch kein Code: Die Verschlüsselungsschlüssel dieses Kontos sind noch nicht bereit.</translation>
    </message>
    <message>
        <source>QR code to verify my devices</source>
        <translation>QR-Code zum Verifizieren meiner Geräte</translation>
    </message>
    <message>
        <source>A contact&apos;s code</source>
        <translation>Code eines Kontakts</translation>
    </message>
    <message>
        <source>Paste the text of your contact&apos;s code (xmpp:…), or open a picture of it.</source>
        <translation>Den Text aus dem Code des Kontakts (xmpp:…) einfügen oder ein Bild davon öffnen.</translation>
    </message>
    <message>
        <source>xmpp:name@example.org?…</source>
        <translation>xmpp:name@example.org?…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifizieren</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>Bild öffnen…</translation>
    </message>
    <message>
        <source>Open a picture of a QR code</source>
        <translation>Bild eines QR-Codes öffnen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
    </message>
    <message>
        <source>No QR code found in this image.</source>
        <translation>In diesem Bild wurde kein QR-Code gefunden.</translation>
    </message>
</context>
<context>
    <name>OmemoReason</name>
    <message>
        <source>encryption is not set up yet</source>
        <translation>die Verschlüsselung ist noch nicht eingerichtet</translation>
    </message>
    <message>
        <source>none of the contact&apos;s devices is trusted yet: verify one of their keys, or trust them</source>
        <translation>noch keinem Gerät des Kontakts wird vertraut: prüfe einen seiner Schlüssel oder vertraue ihnen</translation>
    </message>
    <message>
        <source>the contact has no device that can be encrypted for</source>
        <translation>der Kontakt hat kein Gerät, für das verschlüsselt werden kann</translation>
    </message>
    <message>
        <source>the encrypted element has an invalid device id</source>
        <translation>das verschlüsselte Element hat eine ungültige Geräte-ID</translation>
    </message>
    <message>
        <source>the encrypted element holds invalid base64</source>
        <translation>das verschlüsselte Element enthält ungültiges Base64</translation>
    </message>
    <message>
        <source>the stanza carries a document type declaration</source>
        <translation>die Nachricht enthält eine Dokumenttyp-Deklaration</translation>
    </message>
    <message>
        <source>the stanza is not well-formed XML</source>
        <translation>die Nachricht ist kein wohlgeformtes XML</translation>
    </message>
    <message>
        <source>the encrypted element is malformed</source>
        <translation>das verschlüsselte Element ist fehlerhaft</translation>
    </message>
    <message>
        <source>the encrypted element has no header</source>
        <translation>dem verschlüsselten Element fehlt der Kopf</translation>
    </message>
    <message>
        <source>the encrypted element has no IV</source>
        <translation>dem verschlüsselten Element fehlt der Initialisierungsvektor</translation>
    </message>
    <message>
        <source>encryption is not set up for this account</source>
        <translation>für dieses Konto ist die Verschlüsselung nicht eingerichtet</translation>
    </message>
    <message>
        <source>the encryption keys of this device could not be loaded</source>
        <translation>die Schlüssel dieses Geräts konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>the contact&apos;s devices could not be fetched</source>
        <translation>die Geräte des Kontakts konnten nicht abgerufen werden</translation>
    </message>
    <message>
        <source>the device published a malformed key</source>
        <translation>das Gerät hat einen fehlerhaften Schlüssel veröffentlicht</translation>
    </message>
    <message>
        <source>this message was already decrypted once (a replay or a duplicate)</source>
        <translation>diese Nachricht wurde schon einmal entschlüsselt (eine Wiederholung oder ein Duplikat)</translation>
    </message>
    <message>
        <source>the sender used a pre-key this device no longer has</source>
        <translation>der Absender hat einen Vorabschlüssel benutzt, den dieses Gerät nicht mehr hat</translation>
    </message>
    <message>
        <source>there is no session with the sending device</source>
        <translation>es gibt keine Sitzung mit dem sendenden Gerät</translation>
    </message>
    <message>
        <source>the encrypted key is corrupted or not meant for this session</source>
        <translation>der verschlüsselte Schlüssel ist beschädigt oder nicht für diese Sitzung bestimmt</translation>
    </message>
    <message>
        <source>the encrypted key has an unsupported version</source>
        <translation>der verschlüsselte Schlüssel hat eine nicht unterstützte Version</translation>
    </message>
    <message>
        <source>the encrypted key could not be decrypted</source>
        <translation>der verschlüsselte Schlüssel konnte nicht entschlüsselt werden</translation>
    </message>
    <message>
        <source>the device&apos;s bundle is incomplete</source>
        <translation>das Schlüsselbündel des Geräts ist unvollständig</translation>
    </message>
    <message>
        <source>the device&apos;s signed pre-key has a bad signature</source>
        <translation>der signierte Vorabschlüssel des Geräts hat eine ungültige Signatur</translation>
    </message>
    <message>
        <source>there is no session with that device</source>
        <translation>es gibt keine Sitzung mit diesem Gerät</translation>
    </message>
    <message>
        <source>the message was not encrypted for this device</source>
        <translation>die Nachricht wurde nicht für dieses Gerät verschlüsselt</translation>
    </message>
    <message>
        <source>the encrypted payload is corrupted (its authentication tag does not match)</source>
        <translation>der verschlüsselte Inhalt ist beschädigt (sein Authentifizierungs-Tag stimmt nicht)</translation>
    </message>
    <message>
        <source>the encrypted payload is corrupted (its authentication code does not match)</source>
        <translation>der verschlüsselte Inhalt ist beschädigt (sein Authentifizierungscode stimmt nicht)</translation>
    </message>
    <message>
        <source>the encrypted content names another sender than the message</source>
        <translation>der verschlüsselte Inhalt nennt einen anderen Absender als die Nachricht</translation>
    </message>
    <message>
        <source>the decrypted content is not a stanza content encryption envelope</source>
        <translation>der entschlüsselte Inhalt ist kein Umschlag für verschlüsselte Nachrichteninhalte</translation>
    </message>
    <message>
        <source>the decrypted envelope is malformed</source>
        <translation>der entschlüsselte Umschlag ist fehlerhaft</translation>
    </message>
    <message>
        <source>the decrypted envelope does not name its sender</source>
        <translation>der entschlüsselte Umschlag nennt keinen Absender</translation>
    </message>
    <message>
        <source>this device cannot remove itself</source>
        <translation>dieses Gerät kann sich nicht selbst entfernen</translation>
    </message>
    <message>
        <source>the account is not connected: try again once it is</source>
        <translation>das Konto ist nicht verbunden: versuche es erneut, sobald es verbunden ist</translation>
    </message>
    <message>
        <source>the server did not accept the new device list</source>
        <translation>der Server hat die neue Geräteliste nicht angenommen</translation>
    </message>
</context>
<context>
    <name>OmemoTrustUri</name>
    <message>
        <source>This text is too long to be a verification code.</source>
        <translation>Dieser Text ist zu lang für einen Verifizierungscode.</translation>
    </message>
    <message>
        <source>This is not an XMPP verification code (it does not start with &quot;xmpp:&quot;).</source>
        <translation>Das ist kein XMPP-Verifizierungscode (er beginnt nicht mit „xmpp:“).</translation>
    </message>
    <message>
        <source>The code names no valid address.</source>
        <translation>Der Code enthält keine gültige Adresse.</translation>
    </message>
    <message>
        <source>The code holds a damaged key (%1).</source>
        <translation>Der Code enthält einen beschädigten Schlüssel (%1).</translation>
    </message>
    <message>
        <source>The code names more keys than any account has.</source>
        <translation>Der Code enthält mehr Schlüssel, als ein Konto haben kann.</translation>
    </message>
    <message>
        <source>The code is for another kind of encryption than OMEMO.</source>
        <translation>Der Code gehört zu einer anderen Verschlüsselung als OMEMO.</translation>
    </message>
    <message>
        <source>The code names no OMEMO key to verify.</source>
        <translation>Der Code enthält keinen OMEMO-Schlüssel zum Verifizieren.</translation>
    </message>
</context>
<context>
    <name>OutgoingErrorText</name>
    <message>
        <source>%1 does not exist or does not accept messages.</source>
        <translation>%1 existiert nicht oder nimmt keine Nachrichten an.</translation>
    </message>
    <message>
        <source>The server of %1 (%2) cannot be reached.</source>
        <translation>Der Server von %1 (%2) ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1 is not a valid chat address.</source>
        <translation>%1 ist keine gültige Chat-Adresse.</translation>
    </message>
    <message>
        <source>The server refused the message to %1.</source>
        <translation>Der Server hat die Nachricht an %1 abgelehnt.</translation>
    </message>
    <message>
        <source>The server of %1 is overloaded; try again later.</source>
        <translation>Der Server von %1 ist überlastet; bitte später erneut versuchen.</translation>
    </message>
    <message>
        <source>The message to %1 could not be delivered.</source>
        <translation>Die Nachricht an %1 konnte nicht zugestellt werden.</translation>
    </message>
    <message>
        <source>%1 The server said: “%2”</source>
        <translation>%1 Der Server meldete: „%2“</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <source>Go to a chat…</source>
        <translation>Zu einem Chat wechseln…</translation>
    </message>
    <message>
        <source>No chat with %1 yet</source>
        <translation>Noch kein Chat mit %1</translation>
    </message>
    <message>
        <source>No chat matches</source>
        <translation>Kein passender Chat</translation>
    </message>
    <message>
        <source>Start a chat with %1</source>
        <translation>Chat mit %1 beginnen</translation>
    </message>
</context>
<context>
    <name>ReactionChips</name>
    <message>
        <source>Remove your reaction</source>
        <translation>Eigene Reaktion entfernen</translation>
    </message>
    <message>
        <source>React with %1</source>
        <translation>Mit %1 reagieren</translation>
    </message>
</context>
<context>
    <name>ReplyQuote</name>
    <message>
        <source>In reply to an earlier message</source>
        <translation>Antwort auf eine frühere Nachricht</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
</context>
<context>
    <name>RetractedContent</name>
    <message>
        <source>You retracted this message</source>
        <translation>Sie haben diese Nachricht zurückgezogen</translation>
    </message>
    <message>
        <source>This message was retracted</source>
        <translation>Diese Nachricht wurde zurückgezogen</translation>
    </message>
</context>
<context>
    <name>Rfc6121RosterManager</name>
    <message>
        <source>%1 is not in the contact list.</source>
        <translation>%1 ist nicht in der Kontaktliste.</translation>
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
        <translation>%1 möchte Sie als Kontakt hinzufügen: „%2“</translation>
    </message>
    <message>
        <source>%1 wants to add you as a contact.</source>
        <translation>%1 möchte Sie als Kontakt hinzufügen.</translation>
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
        <translation>
            <numerusform>%1, %n Kontakt</numerusform>
            <numerusform>%1, %n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Noch keine Kontakte</translation>
    </message>
    <message>
        <source>Add the people you talk to by their chat address, like name@example.org.</source>
        <translation>Gesprächspartner über ihre Chat-Adresse hinzufügen, etwa name@example.org.</translation>
    </message>
    <message>
        <source>Asked %1 to share their online status with you.</source>
        <translation>%1 wurde um die Freigabe des Online-Status gebeten.</translation>
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
        <translation>Der Name wird in der Kontaktliste auf dem Server gespeichert und erscheint daher auch auf anderen Geräten.</translation>
    </message>
    <message>
        <source>Contact Groups</source>
        <translation>Kontaktgruppen</translation>
    </message>
    <message>
        <source>Groups of %1, separated by commas. Without a group the contact is listed under &quot;Contacts&quot;.</source>
        <translation>Gruppen von %1, durch Kommas getrennt. Ohne Gruppe erscheint der Kontakt unter „Kontakte“.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>%1 leaves your contact list and you stop seeing each other&apos;s online status. Your chat history stays.</source>
        <translation>%1 wird aus der Kontaktliste entfernt, und der Online-Status wird nicht mehr gegenseitig angezeigt. Der Chatverlauf bleibt erhalten.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Online first</source>
        <translation>Online zuerst</translation>
    </message>
    <message>
        <source>Blocked · %1</source>
        <translation>Blockiert · %1</translation>
    </message>
    <message>
        <source>Stop sharing my online status</source>
        <translation>Eigenen Online-Status nicht mehr teilen</translation>
    </message>
    <message>
        <source>Stop receiving their online status</source>
        <translation>Online-Status dieses Kontakts nicht mehr empfangen</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Blockierung aufheben</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>Commands…</source>
        <translation>Befehle…</translation>
    </message>
    <message>
        <source>Group by network</source>
        <translation>Nach Netzwerk gruppieren</translation>
    </message>
</context>
<context>
    <name>RosterTreeModel</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Other networks</source>
        <translation>Andere Netzwerke</translation>
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
        <translation>Sie an %1</translation>
    </message>
    <message>
        <source>Search your history</source>
        <translation>Verlauf durchsuchen</translation>
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
        <translation>Die Nachrichtendatenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid chat address. It looks like name@example.org.</source>
        <translation>„%1“ ist keine gültige Chat-Adresse. Sie sieht so aus: name@example.org.</translation>
    </message>
    <message>
        <source>Enter the password of %1.</source>
        <translation>Bitte das Passwort von %1 eingeben.</translation>
    </message>
    <message>
        <source>Enter the password of %1 to connect.</source>
        <translation>Bitte das Passwort von %1 eingeben, um die Verbindung herzustellen.</translation>
    </message>
    <message>
        <source>%1 Enter the password of %2 to connect.</source>
        <translation>%1 Bitte das Passwort von %2 eingeben, um die Verbindung herzustellen.</translation>
    </message>
    <message>
        <source>The message could not be saved: %1</source>
        <translation>Die Nachricht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Set up an account first.</source>
        <translation>Bitte zuerst ein Konto einrichten.</translation>
    </message>
    <message>
        <source>%1 is not one of your accounts.</source>
        <translation>%1 gehört nicht zu den eigenen Konten.</translation>
    </message>
    <message>
        <source>%1 is not connected; try again when it is.</source>
        <translation>%1 ist nicht verbunden; bitte erneut versuchen, sobald die Verbindung besteht.</translation>
    </message>
    <message>
        <source>That is your own address.</source>
        <translation>Das ist die eigene Adresse.</translation>
    </message>
    <message>
        <source>%1 could not be added: %2</source>
        <translation>%1 konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be renamed: %2</source>
        <translation>%1 konnte nicht umbenannt werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be moved: %2</source>
        <translation>%1 konnte nicht verschoben werden: %2</translation>
    </message>
    <message>
        <source>There is no certificate waiting for a decision for %1.</source>
        <translation>Für %1 wartet kein Zertifikat auf eine Entscheidung.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate changed; compare the new fingerprint before trusting it.</source>
        <translation>Das Zertifikat des Servers hat sich geändert; bitte den neuen Fingerabdruck vergleichen, bevor ihm vertraut wird.</translation>
    </message>
    <message>
        <source>The certificate choice could not be saved: %1</source>
        <translation>Die Entscheidung zum Zertifikat konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The account could not be enabled: %1</source>
        <translation>Das Konto konnte nicht aktiviert werden: %1</translation>
    </message>
    <message>
        <source>The password of %1 could not be removed from the keychain: %2</source>
        <translation>Das Passwort von %1 konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address or a domain that can be blocked.</source>
        <translation>„%1“ ist keine Adresse oder Domain, die blockiert werden kann.</translation>
    </message>
    <message>
        <source>You cannot block your own address.</source>
        <translation>Die eigene Adresse kann nicht blockiert werden.</translation>
    </message>
    <message>
        <source>%1 could not be blocked: %2</source>
        <translation>%1 konnte nicht blockiert werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be unblocked: %2</source>
        <translation>Die Blockierung von %1 konnte nicht aufgehoben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be stopped from seeing your presence.</source>
        <translation>Die Freigabe des Online-Status für %1 konnte nicht beendet werden.</translation>
    </message>
    <message>
        <source>%1 could not be unsubscribed from: %2</source>
        <translation>Der Online-Status von %1 konnte nicht abbestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Light or dark, or as the rest of the desktop.</source>
        <translation>Hell oder dunkel, oder wie der restliche Desktop.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>For new messages in chats that are not muted and not on screen; reply from the notification.</source>
        <translation>Bei neuen Nachrichten in Chats, die nicht stummgeschaltet und nicht geöffnet sind; Antworten direkt aus der Benachrichtigung.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Isthmus %1</source>
        <translation>Isthmus %1</translation>
    </message>
    <message>
        <source>A messenger for everyone you talk to, over XMPP and its gateways.</source>
        <translation>Ein Messenger für alle Gesprächspartner, über XMPP und seine Gateways.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Show Isthmus</source>
        <translation>Isthmus anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Unread messages: %1</source>
        <translation>Ungelesene Nachrichten: %1</translation>
    </message>
    <message>
        <source>No unread messages</source>
        <translation>Keine ungelesenen Nachrichten</translation>
    </message>
</context>
<context>
    <name>UndecryptableContent</name>
    <message>
        <source>%1 sent an encrypted message this device cannot read: %2.</source>
        <translation>%1 hat eine verschlüsselte Nachricht gesendet, die dieses Gerät nicht lesen kann: %2.</translation>
    </message>
    <message>
        <source>%1 sent an encrypted message this device cannot read.</source>
        <translation>%1 hat eine verschlüsselte Nachricht gesendet, die dieses Gerät nicht lesen kann.</translation>
    </message>
</context>
<context>
    <name>UnreadMarker</name>
    <message>
        <source>New messages</source>
        <translation>Neue Nachrichten</translation>
    </message>
</context>
<context>
    <name>UnsupportedContent</name>
    <message>
        <source>a file</source>
        <translation>eine Datei</translation>
    </message>
    <message>
        <source>a sticker</source>
        <translation>einen Sticker</translation>
    </message>
    <message>
        <source>a kind of message it does not know</source>
        <translation>eine Art Nachricht, die es nicht kennt</translation>
    </message>
    <message>
        <source>You sent something Isthmus cannot show yet: %1</source>
        <translation>Sie haben etwas gesendet, das Isthmus noch nicht anzeigen kann: %1</translation>
    </message>
    <message>
        <source>%1 sent something Isthmus cannot show yet: %2</source>
        <translation>%1 hat etwas gesendet, das Isthmus noch nicht anzeigen kann: %2</translation>
    </message>
</context>
<context>
    <name>Xep0077RegistrationForm</name>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Chat with everyone over XMPP and its gateways.
The password is read from the ISTHMUS_PASSWORD environment variable.</source>
        <translation>Mit allen chatten, über XMPP und seine Gateways.
Das Passwort wird aus der Umgebungsvariable ISTHMUS_PASSWORD gelesen.</translation>
    </message>
    <message>
        <source>Log in as &lt;jid&gt;.</source>
        <translation>Als &lt;jid&gt; anmelden.</translation>
    </message>
    <message>
        <source>Connect to &lt;host&gt; instead of the address&apos;s domain.</source>
        <translation>Mit &lt;host&gt; statt mit der Domain der Adresse verbinden.</translation>
    </message>
    <message>
        <source>Connect to &lt;port&gt;.</source>
        <translation>Mit &lt;port&gt; verbinden.</translation>
    </message>
    <message>
        <source>Keep the message database in &lt;dir&gt;.</source>
        <translation>Nachrichtendatenbank in &lt;dir&gt; speichern.</translation>
    </message>
    <message>
        <source>An xmpp: address to open, e.g. xmpp:alice@example.org</source>
        <translation>Eine zu öffnende xmpp:-Adresse, z. B. xmpp:alice@example.org</translation>
    </message>
</context>
</TS>
