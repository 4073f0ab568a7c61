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
        <translation>Чаты</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Открепить</translation>
    </message>
    <message>
        <source>Pin to the top</source>
        <translation>Закрепить сверху</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Включить уведомления</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>Отключить уведомления</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>Черновик: %1</translation>
    </message>
    <message>
        <source>No chats yet</source>
        <translation>Чатов пока нет</translation>
    </message>
    <message>
        <source>Messages you send and receive show up here.</source>
        <translation>Здесь появятся отправленные и полученные сообщения.</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>Say hello</source>
        <translation>Поздоровайтесь</translation>
    </message>
    <message>
        <source>This is the beginning of your conversation with %1.</source>
        <translation>Здесь начинается ваша переписка с %1.</translation>
    </message>
    <message>
        <source>Editing your message</source>
        <translation>Редактирование сообщения</translation>
    </message>
    <message>
        <source>Replying to: %1</source>
        <translation>Ответ на: %1</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Напишите сообщение…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>Change login details</source>
        <translation>Изменить данные входа</translation>
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
        <translation>Сервер отклонил пароль для %1. Проверьте адрес и пароль.</translation>
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
        <translation>Войти</translation>
    </message>
    <message>
        <source>Welcome to Isthmus</source>
        <translation>Добро пожаловать в Isthmus</translation>
    </message>
    <message>
        <source>Log in with your chat address (XMPP). Contacts on every server, and on networks behind gateways, are reachable from one account.</source>
        <translation>Войдите со своим адресом чата (XMPP). С одной учётной записью вам доступны контакты на любом сервере и в сетях за шлюзами.</translation>
    </message>
    <message>
        <source>Chat address:</source>
        <translation>Адрес чата:</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Server (optional):</source>
        <translation>Сервер (необязательно):</translation>
    </message>
    <message>
        <source>taken from the address</source>
        <translation>из адреса</translation>
    </message>
    <message>
        <source>Port (optional):</source>
        <translation>Порт (необязательно):</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>автоматически</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
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
        <translation>Отправляется</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <source>↪ in reply</source>
        <translation>↪ в ответ</translation>
    </message>
    <message>
        <source>You retracted this message</source>
        <translation>Вы отозвали это сообщение</translation>
    </message>
    <message>
        <source>This message was retracted</source>
        <translation>Это сообщение отозвано</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>Remove your reaction</source>
        <translation>Убрать вашу реакцию</translation>
    </message>
    <message>
        <source>React with %1</source>
        <translation>Отреагировать: %1</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Копировать текст</translation>
    </message>
    <message>
        <source>Retract</source>
        <translation>Отозвать</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>%1 wants to add you as a contact: “%2”</source>
        <translation>%1 хочет добавить вас в контакты: «%2»</translation>
    </message>
    <message>
        <source>%1 wants to add you as a contact.</source>
        <translation>%1 хочет добавить вас в контакты.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Добавить контакт</translation>
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
        <translation>Добавьте собеседников по их адресу чата, например name@example.org.</translation>
    </message>
    <message>
        <source>Asked %1 to share their online status with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open chat</source>
        <translation>Открыть чат</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Groups…</source>
        <translation>Группы…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Rename Contact</source>
        <translation>Переименовать контакт</translation>
    </message>
    <message>
        <source>The name is kept in your contact list on the server, so your other devices show it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Groups</source>
        <translation>Группы контакта</translation>
    </message>
    <message>
        <source>Groups of %1, separated by commas. Without a group the contact is listed under &quot;Contacts&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Удалить %1?</translation>
    </message>
    <message>
        <source>%1 leaves your contact list and you stop seeing each other&apos;s online status. Your chat history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>RosterTreeModel</name>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <source>Search all messages…</source>
        <translation>Искать во всех сообщениях…</translation>
    </message>
    <message>
        <source>You to %1</source>
        <translation>Вы → %1</translation>
    </message>
    <message>
        <source>Search your history</source>
        <translation>Поиск по истории</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message>
        <source>Words from any message in any chat; the last word may be the start of a word.</source>
        <translation>Слова из любых сообщений во всех чатах; последнее слово может быть началом слова.</translation>
    </message>
    <message>
        <source>No message contains all of these words.</source>
        <translation>Нет сообщений со всеми этими словами.</translation>
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
        <translation>«%1» — неверный адрес чата. Он выглядит так: name@example.org.</translation>
    </message>
    <message>
        <source>Enter the password of %1.</source>
        <translation>Введите пароль для %1.</translation>
    </message>
    <message>
        <source>Enter the password of %1 to connect.</source>
        <translation>Введите пароль для %1, чтобы подключиться.</translation>
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
