<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AccountCreation</name>
    <message>
        <source>&quot;%1&quot; is not a server name. It looks like example.org.</source>
        <translation>«%1» — это не имя сервера. Имя сервера выглядит так: example.org.</translation>
    </message>
    <message>
        <source>Choose a server first.</source>
        <translation>Сначала выберите сервер.</translation>
    </message>
    <message>
        <source>Fill in: %1.</source>
        <translation>Заполните: %1.</translation>
    </message>
</context>
<context>
    <name>AccountRegistration</name>
    <message>
        <source>%1 closed the connection.</source>
        <translation>Сервер %1 закрыл соединение.</translation>
    </message>
</context>
<context>
    <name>AccountsSection</name>
    <message>
        <source>Disabled</source>
        <translation>Отключена</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Подключена</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Не подключена</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>No account is set up yet.</source>
        <translation>Учётные записи ещё не настроены.</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>Включить %1</translation>
    </message>
    <message>
        <source>Disable: disconnect and stay off at start; the history stays</source>
        <translation>Отключить: разорвать соединение и не подключаться при запуске; история сохранится</translation>
    </message>
    <message>
        <source>Enable and connect</source>
        <translation>Включить и подключиться</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove %1 from this device</source>
        <translation>Удалить %1 с этого устройства</translation>
    </message>
    <message>
        <source>Add another account…</source>
        <translation>Добавить ещё одну учётную запись…</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Удалить %1?</translation>
    </message>
    <message>
        <source>It is disconnected and its password is removed from the system keychain. The account on the server is not deleted, and the history stays on this device.</source>
        <translation>Учётная запись будет отключена, а её пароль удалён из системного хранилища паролей. Учётная запись на сервере не удаляется, а история остаётся на этом устройстве.</translation>
    </message>
</context>
<context>
    <name>AdHocCommandController</name>
    <message>
        <source>No connected account to ask.</source>
        <translation>Нет подключённой учётной записи, через которую можно отправить запрос.</translation>
    </message>
</context>
<context>
    <name>AdHocCommandPage</name>
    <message>
        <source>Commands of %1</source>
        <translation>Команды %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>All commands</source>
        <translation>Все команды</translation>
    </message>
    <message>
        <source>No commands</source>
        <translation>Нет команд</translation>
    </message>
    <message>
        <source>Only the first rows are shown.</source>
        <translation>Показаны только первые строки.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add Contact</source>
        <translation>Добавить контакт</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Учётная запись:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Группа:</translation>
    </message>
    <message>
        <source>Optional; pick an existing group or type a new one</source>
        <translation>Необязательно; выберите существующую группу или введите новую</translation>
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
        <translation>Вопрос о сертификате</translation>
    </message>
    <message>
        <source>Do you trust this certificate for %1?</source>
        <translation>Доверять этому сертификату для %1?</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be checked. If your provider gave you this fingerprint (or you run the server yourself), compare it character by character. Trust it only if it is the same: Isthmus will then accept exactly this certificate for this account, and ask again if it ever changes.</source>
        <translation>Не удалось проверить сертификат сервера. Если ваш провайдер сообщил вам этот отпечаток (или сервер ваш собственный), сравните его посимвольно. Доверяйте, только если он совпадает: тогда Isthmus будет принимать именно этот сертификат для этой учётной записи и спросит снова, если он когда-нибудь изменится.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Отпечаток SHA-256:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Отпечаток SHA-256</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Доверять этому сертификату</translation>
    </message>
</context>
<context>
    <name>ChatArchivePager</name>
    <message>
        <source>%1 is not connected; older messages load once it is.</source>
        <translation>Учётная запись %1 не подключена; более ранние сообщения загрузятся после подключения.</translation>
    </message>
    <message>
        <source>Older messages could not be loaded: %1</source>
        <translation>Не удалось загрузить более ранние сообщения: %1</translation>
    </message>
</context>
<context>
    <name>ChatListModel</name>
    <message>
        <source>Sent something Isthmus cannot show yet</source>
        <translation>Отправлено то, что Isthmus пока не умеет показывать</translation>
    </message>
    <message>
        <source>An encrypted message this device cannot read</source>
        <translation>Зашифрованное сообщение, которое это устройство не может прочитать</translation>
    </message>
    <message>
        <source>Added a new device</source>
        <translation>Добавлено новое устройство</translation>
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
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Filter chats…</source>
        <translation>Фильтр чатов…</translation>
    </message>
    <message>
        <source>No chat matches “%1”</source>
        <translation>Нет чатов, подходящих под «%1»</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>Искать во всех сообщениях</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Сети</translation>
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
    <message>
        <source>Jump to the newest message</source>
        <translation>Перейти к последнему сообщению</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 печатает…</translation>
    </message>
    <message>
        <source>Insert emoji</source>
        <translation>Вставить эмодзи</translation>
    </message>
    <message>
        <source>Insert emoji (Ctrl+E)</source>
        <translation>Вставить эмодзи (Ctrl+E)</translation>
    </message>
    <message>
        <source>online</source>
        <translation>в сети</translation>
    </message>
    <message>
        <source>away</source>
        <translation>отошёл</translation>
    </message>
    <message>
        <source>away for a while</source>
        <translation>давно отошёл</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>занят</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>был в сети %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Encryption keys</source>
        <translation>Ключи шифрования</translation>
    </message>
    <message>
        <source>Commands…</source>
        <translation>Команды…</translation>
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
        <translation>Сертификату сервера нельзя доверять: %1.</translation>
    </message>
    <message>
        <source>It was issued to &quot;%1&quot; by &quot;%2&quot;; SHA-256 fingerprint %3.</source>
        <translation>Он выдан для «%1» издателем «%2»; отпечаток SHA-256: %3.</translation>
    </message>
    <message>
        <source>The server rejected the password for %1. Check the address and the password.</source>
        <translation>Сервер отклонил пароль для %1. Проверьте адрес и пароль.</translation>
    </message>
    <message>
        <source>The server says the account %1 is disabled.</source>
        <translation>По словам сервера, учётная запись %1 отключена.</translation>
    </message>
    <message>
        <source>The password of %1 has expired; set a new one with your provider.</source>
        <translation>Срок действия пароля %1 истёк; задайте новый у своего провайдера.</translation>
    </message>
    <message>
        <source>The server offers no secure way to log in.</source>
        <translation>Сервер не предлагает безопасного способа входа.</translation>
    </message>
    <message>
        <source>Logging in failed: %1</source>
        <translation>Не удалось войти: %1</translation>
    </message>
    <message>
        <source>Could not reach %1: the connection was refused. The server may be down, or the address or port may be wrong.</source>
        <translation>Не удалось связаться с %1: в соединении отказано. Возможно, сервер не работает или указан неверный адрес или порт.</translation>
    </message>
    <message>
        <source>The server %1 was not found. Check the address and your network.</source>
        <translation>Сервер %1 не найден. Проверьте адрес и подключение к сети.</translation>
    </message>
    <message>
        <source>Could not reach %1: the network did not answer.</source>
        <translation>Не удалось связаться с %1: сеть не ответила.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up: %2</source>
        <translation>Не удалось установить защищённое соединение с %1: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>Сервер %1 закрыл соединение.</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation>Не удалось подключиться к %1: %2</translation>
    </message>
    <message>
        <source>The server ended the session: %1</source>
        <translation>Сервер завершил сеанс: %1</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>Не удалось подключиться.</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>Сообщение сервера: %1</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is already taken on %2. Choose another one.</source>
        <translation>Имя «%1» на %2 уже занято. Выберите другое.</translation>
    </message>
    <message>
        <source>%1 does not let apps create accounts (registration is closed). Create the account on the provider&apos;s website, or choose another server.</source>
        <translation>Сервер %1 не разрешает приложениям создавать учётные записи (регистрация закрыта). Создайте учётную запись на сайте провайдера или выберите другой сервер.</translation>
    </message>
    <message>
        <source>%1 does not allow you to create an account.</source>
        <translation>Сервер %1 не разрешает вам создать учётную запись.</translation>
    </message>
    <message>
        <source>%1 refused to create the account now; try again later.</source>
        <translation>Сервер %1 сейчас отказывается создать учётную запись; попробуйте позже.</translation>
    </message>
    <message>
        <source>%1 did not accept what was entered. Check the fields.</source>
        <translation>Сервер %1 не принял введённые данные. Проверьте поля.</translation>
    </message>
    <message>
        <source>%1 could not create the account.</source>
        <translation>Серверу %1 не удалось создать учётную запись.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the address and your network, then try again.</source>
        <translation>Сервер %1 не ответил вовремя. Проверьте адрес и подключение к сети, затем попробуйте снова.</translation>
    </message>
    <message>
        <source>%1 did not offer an encrypted connection (STARTTLS). Someone on the network may have removed the offer; Isthmus does not log in or send your password without encryption.</source>
        <translation>Сервер %1 не предложил зашифрованное соединение (STARTTLS). Возможно, кто-то в сети удалил это предложение; без шифрования Isthmus не выполняет вход и не отправляет ваш пароль.</translation>
    </message>
</context>
<context>
    <name>ContactAvatar</name>
    <message>
        <source>another network</source>
        <translation>другой сети</translation>
    </message>
    <message>
        <source>On %1, through a gateway</source>
        <translation>В %1, через шлюз</translation>
    </message>
</context>
<context>
    <name>CreateAccountPage</name>
    <message>
        <source>Create an account</source>
        <translation>Создать учётную запись</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Your address will be name@server. Anyone on any server can reach you there.</source>
        <translation>Ваш адрес будет name@сервер. По нему с вами сможет связаться любой человек с любого сервера.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <source>Connect to (optional):</source>
        <translation>Подключаться к (необязательно):</translation>
    </message>
    <message>
        <source>taken from the server name</source>
        <translation>из имени сервера</translation>
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
        <source>Asking the server…</source>
        <translation>Запрос к серверу…</translation>
    </message>
    <message>
        <source>Ask the server for its form</source>
        <translation>Запросить форму у сервера</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Создание учётной записи…</translation>
    </message>
    <message>
        <source>Created; logging in…</source>
        <translation>Создана; выполняется вход…</translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation>Создать учётную запись</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No system keychain is available (Secret Service, KWallet...), so the password is not saved: Isthmus asks for it at the next start.</source>
        <translation>Системная связка ключей недоступна (Secret Service, KWallet...), поэтому пароль не сохранён: Isthmus спросит его при следующем запуске.</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>Системное хранилище паролей отказало в доступе: %1</translation>
    </message>
</context>
<context>
    <name>DataFormView</name>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (обязательно)</translation>
    </message>
</context>
<context>
    <name>DayHeader</name>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
</context>
<context>
    <name>DeliveryTicks</name>
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
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <source>Smileys</source>
        <translation>Смайлики</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Hearts</source>
        <translation>Сердечки</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Природа</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Еда</translation>
    </message>
    <message>
        <source>Things</source>
        <translation>Предметы</translation>
    </message>
</context>
<context>
    <name>EncryptionMark</name>
    <message>
        <source>Sent unencrypted in an encrypted chat</source>
        <translation>Отправлено без шифрования в зашифрованном чате</translation>
    </message>
    <message>
        <source>Encrypted (OMEMO 2)</source>
        <translation>Зашифровано (OMEMO 2)</translation>
    </message>
    <message>
        <source>Encrypted (OMEMO)</source>
        <translation>Зашифровано (OMEMO)</translation>
    </message>
    <message>
        <source>unencrypted</source>
        <translation>без шифрования</translation>
    </message>
</context>
<context>
    <name>EncryptionToggleAction</name>
    <message>
        <source>Encrypted</source>
        <translation>Зашифровано</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Без шифрования</translation>
    </message>
    <message>
        <source>Messages in this chat are encrypted with OMEMO; click to send them unencrypted</source>
        <translation>Сообщения в этом чате шифруются с помощью OMEMO; нажмите, чтобы отправлять их без шифрования</translation>
    </message>
    <message>
        <source>Messages in this chat are sent unencrypted; click to encrypt them</source>
        <translation>Сообщения в этом чате отправляются без шифрования; нажмите, чтобы шифровать их</translation>
    </message>
</context>
<context>
    <name>FailureLine</name>
    <message>
        <source>Not delivered</source>
        <translation>Не доставлено</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
</context>
<context>
    <name>GatewayChips</name>
    <message>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>nick%irc.example.org</source>
        <translation>nick%irc.example.org</translation>
    </message>
    <message>
        <source>Username or id on that network</source>
        <translation>Имя пользователя или ID в этой сети</translation>
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
        <translation>Покинуть %1?</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Покинуть</translation>
    </message>
    <message>
        <source>Left %1.</source>
        <translation>Вы покинули %1.</translation>
    </message>
    <message>
        <source>The gateway forgets your sign-in. Your chats with its contacts stay here.</source>
        <translation>Шлюз забудет ваши данные для входа. Чаты с его контактами останутся здесь.</translation>
    </message>
    <message>
        <source>Also remove this network&apos;s contacts</source>
        <translation>Также удалить контакты этой сети</translation>
    </message>
</context>
<context>
    <name>GatewayRequestBanner</name>
    <message>
        <source>%1 wants to add %2 contacts</source>
        <translation>%1 хочет добавить контакты: %2</translation>
    </message>
    <message>
        <source>%1 requests from %2, not a gateway</source>
        <translation>Запросы от %2 (%1), это не шлюз</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Принять все</translation>
    </message>
    <message>
        <source>Deny all</source>
        <translation>Отклонить все</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Просмотреть</translation>
    </message>
</context>
<context>
    <name>GatewayRow</name>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>No sign-in needed</source>
        <translation>Вход не требуется</translation>
    </message>
    <message>
        <source>Signed in · connected</source>
        <translation>Вход выполнен · подключено</translation>
    </message>
    <message>
        <source>Signed in · logging in…</source>
        <translation>Вход выполнен · подключение…</translation>
    </message>
    <message>
        <source>Signed in · gateway unreachable, messages wait</source>
        <translation>Вход выполнен · шлюз недоступен, сообщения ждут</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Не удалось войти</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Вход выполнен</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Войти снова</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Команды</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>GatewaySignIn</name>
    <message>
        <source>The account is not connected.</source>
        <translation>Учётная запись не подключена.</translation>
    </message>
    <message>
        <source>Please fill in: %1</source>
        <translation>Заполните: %1</translation>
    </message>
</context>
<context>
    <name>GatewaySignInPage</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Вход в %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Signed in. The network&apos;s contacts arrive as the gateway adds them.</source>
        <translation>Вход выполнен. Контакты сети появятся по мере того, как шлюз будет их добавлять.</translation>
    </message>
    <message>
        <source>You are signed in already; sending the form changes the sign-in.</source>
        <translation>Вы уже вошли; отправка формы изменит данные входа.</translation>
    </message>
</context>
<context>
    <name>GatewayStateBanner</name>
    <message>
        <source>Networks</source>
        <translation>Сети</translation>
    </message>
</context>
<context>
    <name>GatewayStateWords</name>
    <message>
        <source>%1 gateway is logging in — messages will wait</source>
        <translation>Шлюз %1 выполняет вход — сообщения подождут</translation>
    </message>
    <message>
        <source>%1 login failed — messages will wait</source>
        <translation>Не удалось войти в %1 — сообщения подождут</translation>
    </message>
    <message>
        <source>%1 gateway unreachable — messages will wait</source>
        <translation>Шлюз %1 недоступен — сообщения подождут</translation>
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
        <translation>Шлюз недоступен; сообщение ждёт</translation>
    </message>
</context>
<context>
    <name>HeldLine</name>
    <message>
        <source>Waiting: %1</source>
        <translation>Ожидает: %1</translation>
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
    <message>
        <source>Set up an account</source>
        <translation>Настроить учётную запись</translation>
    </message>
    <message>
        <source>No account yet?</source>
        <translation>Ещё нет учётной записи?</translation>
    </message>
    <message>
        <source>Create a new account…</source>
        <translation>Создать новую учётную запись…</translation>
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
        <translation>Вход</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>%1 is not set up on this computer any more.</source>
        <translation>Учётная запись %1 больше не настроена на этом компьютере.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Не удалось сохранить изменение: %1</translation>
    </message>
    <message>
        <source>This message cannot get reactions: the app that sent it gave it no id.</source>
        <translation>На это сообщение нельзя отреагировать: отправившее его приложение не дало ему идентификатора.</translation>
    </message>
</context>
<context>
    <name>MessageFooter</name>
    <message>
        <source>edited</source>
        <translation>изменено</translation>
    </message>
</context>
<context>
    <name>MessageMenu</name>
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
    <message>
        <source>More reactions…</source>
        <translation>Другие реакции…</translation>
    </message>
</context>
<context>
    <name>MessageNotifier</name>
    <message>
        <source>Open chat</source>
        <translation>Открыть чат</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <source>Reply to %1…</source>
        <translation>Ответить %1…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Sent something Isthmus cannot show yet</source>
        <translation>Отправлено то, что Isthmus пока не умеет показывать</translation>
    </message>
    <message>
        <source>An encrypted message this device cannot read</source>
        <translation>Зашифрованное сообщение, которое это устройство не может прочитать</translation>
    </message>
    <message>
        <source>Added a new device</source>
        <translation>Добавлено новое устройство</translation>
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
        <translation>Телефон</translation>
    </message>
</context>
<context>
    <name>NetworksPage</name>
    <message>
        <source>Networks</source>
        <translation>Сети</translation>
    </message>
    <message>
        <source>No gateways</source>
        <translation>Нет шлюзов</translation>
    </message>
    <message>
        <source>%1&apos;s server offers no gateways to other networks.</source>
        <translation>Сервер %1 не предлагает шлюзов в другие сети.</translation>
    </message>
</context>
<context>
    <name>NewDeviceContent</name>
    <message>
        <source>%1 added a new device (device %2). It is trusted until you verify %1&apos;s devices.</source>
        <translation>У %1 новое устройство (устройство %2). Оно считается доверенным, пока вы не проверите устройства %1.</translation>
    </message>
    <message>
        <source>%1 added a new device (device %2) that is not trusted yet: messages are not encrypted for it until you decide.</source>
        <translation>У %1 новое устройство (устройство %2), которому пока нет доверия: сообщения для него не шифруются, пока вы не примете решение.</translation>
    </message>
    <message>
        <source>Show devices</source>
        <translation>Показать устройства</translation>
    </message>
    <message>
        <source>Review devices</source>
        <translation>Просмотреть устройства</translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <source>(%1 earlier messages)</source>
        <translation>(более ранних сообщений: %1)</translation>
    </message>
</context>
<context>
    <name>OmemoController</name>
    <message>
        <source>Verified a key of %1.</source>
        <translation>Ключ %1 проверен.</translation>
    </message>
    <message numerus="yes">
        <source>Verified %n keys of %1.</source>
        <translation>
            <numerusform>Проверен %n ключ %1.</numerusform>
            <numerusform>Проверено %n ключа %1.</numerusform>
            <numerusform>Проверено %n ключей %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This code names a device Isthmus has not seen yet: its key can be verified once a message was exchanged with it.</source>
        <translation>В этом коде указано устройство, которого Isthmus ещё не встречал: его ключ можно будет проверить после обмена сообщениями с ним.</translation>
    </message>
    <message numerus="yes">
        <source>This code names %n devices Isthmus has not seen yet: their keys can be verified once a message was exchanged with them.</source>
        <translation>
            <numerusform>В этом коде указано %n устройство, которого Isthmus ещё не встречал: его ключ можно будет проверить после обмена сообщениями с ним.</numerusform>
            <numerusform>В этом коде указаны %n устройства, которых Isthmus ещё не встречал: их ключи можно будет проверить после обмена сообщениями с ними.</numerusform>
            <numerusform>В этом коде указаны %n устройств, которых Isthmus ещё не встречал: их ключи можно будет проверить после обмена сообщениями с ними.</numerusform>
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
        <translation>Ключи шифрования</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Не решено</translation>
    </message>
    <message>
        <source>Trusted (not verified)</source>
        <translation>Доверенный (не проверен)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Проверенный</translation>
    </message>
    <message>
        <source>Distrusted</source>
        <translation>Недоверенный</translation>
    </message>
    <message>
        <source>Verify with QR code</source>
        <translation>Проверить по QR-коду</translation>
    </message>
    <message>
        <source>My devices</source>
        <translation>Мои устройства</translation>
    </message>
    <message>
        <source>This device · %1 · %2</source>
        <translation>Это устройство · %1 · %2</translation>
    </message>
    <message>
        <source>Device %1 · %2</source>
        <translation>Устройство %1 · %2</translation>
    </message>
    <message>
        <source>No key seen yet: it shows once a message was exchanged with this device.</source>
        <translation>Ключ пока не получен: он появится после обмена сообщениями с этим устройством.</translation>
    </message>
    <message>
        <source>New – not trusted yet: messages are not encrypted for this device until you verify or trust it.</source>
        <translation>Новое, доверия пока нет: сообщения для этого устройства не шифруются, пока вы не проверите его или не отметите как доверенное.</translation>
    </message>
    <message>
        <source>No OMEMO devices known</source>
        <translation>Устройства OMEMO неизвестны</translation>
    </message>
    <message>
        <source>Device %1 was not removed: %2</source>
        <translation>Устройство %1 не удалено: %2</translation>
    </message>
    <message>
        <source>Device %1 was removed</source>
        <translation>Устройство %1 удалено</translation>
    </message>
    <message>
        <source>Remove device %1?</source>
        <translation>Удалить устройство %1?</translation>
    </message>
    <message>
        <source>Your contacts stop encrypting messages for it, and it can no longer read new ones. A device that is still in use adds itself back the next time it connects: sign out there first.</source>
        <translation>Ваши контакты перестанут шифровать для него сообщения, и оно больше не сможет читать новые. Устройство, которое ещё используется, добавит себя снова при следующем подключении: сначала выйдите из аккаунта на нём.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>OmemoQrPage</name>
    <message>
        <source>Verify with QR code</source>
        <translation>Проверить по QR-коду</translation>
    </message>
    <message>
        <source>My code</source>
        <translation>Мой код</translation>
    </message>
    <message>
        <source>Let your contact scan this code to verify the keys of all your devices (%1).</source>
        <translation>Дайте контакту отсканировать этот код, чтобы проверить ключи всех ваших устройств (%1).</translation>
    </message>
    <message>
        <source>No code yet: this account&apos;s encryption keys are not ready.</source>
        <translation>Кода пока нет: ключи шифрования этой учётной записи ещё не готовы.</translation>
    </message>
    <message>
        <source>QR code to verify my devices</source>
        <translation>QR-код для проверки моих устройств</translation>
    </message>
    <message>
        <source>A contact&apos;s code</source>
        <translation>Код контакта</translation>
    </message>
    <message>
        <source>Paste the text of your contact&apos;s code (xmpp:…), or open a picture of it.</source>
        <translation>Вставьте текст кода контакта (xmpp:…) или откройте его изображение.</translation>
    </message>
    <message>
        <source>xmpp:name@example.org?…</source>
        <translation>xmpp:name@example.org?…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>Открыть изображение…</translation>
    </message>
    <message>
        <source>Open a picture of a QR code</source>
        <translation>Открыть изображение QR-кода</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
    </message>
    <message>
        <source>No QR code found in this image.</source>
        <translation>На этом изображении не найден QR-код.</translation>
    </message>
</context>
<context>
    <name>OmemoReason</name>
    <message>
        <source>encryption is not set up yet</source>
        <translation>шифрование ещё не настроено</translation>
    </message>
    <message>
        <source>none of the contact&apos;s devices is trusted yet: verify one of their keys, or trust them</source>
        <translation>ни одному устройству контакта ещё не доверяют: проверьте один из их ключей или доверьтесь им</translation>
    </message>
    <message>
        <source>the contact has no device that can be encrypted for</source>
        <translation>у контакта нет устройства, для которого можно зашифровать сообщение</translation>
    </message>
    <message>
        <source>the encrypted element has an invalid device id</source>
        <translation>у зашифрованного элемента недопустимый идентификатор устройства</translation>
    </message>
    <message>
        <source>the encrypted element holds invalid base64</source>
        <translation>зашифрованный элемент содержит недопустимый base64</translation>
    </message>
    <message>
        <source>the stanza carries a document type declaration</source>
        <translation>сообщение содержит объявление типа документа</translation>
    </message>
    <message>
        <source>the stanza is not well-formed XML</source>
        <translation>сообщение не является правильно сформированным XML</translation>
    </message>
    <message>
        <source>the encrypted element is malformed</source>
        <translation>зашифрованный элемент повреждён</translation>
    </message>
    <message>
        <source>the encrypted element has no header</source>
        <translation>у зашифрованного элемента нет заголовка</translation>
    </message>
    <message>
        <source>the encrypted element has no IV</source>
        <translation>у зашифрованного элемента нет вектора инициализации</translation>
    </message>
    <message>
        <source>encryption is not set up for this account</source>
        <translation>для этой учётной записи шифрование не настроено</translation>
    </message>
    <message>
        <source>the encryption keys of this device could not be loaded</source>
        <translation>не удалось загрузить ключи шифрования этого устройства</translation>
    </message>
    <message>
        <source>the contact&apos;s devices could not be fetched</source>
        <translation>не удалось получить устройства контакта</translation>
    </message>
    <message>
        <source>the device published a malformed key</source>
        <translation>устройство опубликовало повреждённый ключ</translation>
    </message>
    <message>
        <source>this message was already decrypted once (a replay or a duplicate)</source>
        <translation>это сообщение уже было расшифровано (повтор или дубликат)</translation>
    </message>
    <message>
        <source>the sender used a pre-key this device no longer has</source>
        <translation>отправитель использовал предварительный ключ, которого у этого устройства больше нет</translation>
    </message>
    <message>
        <source>there is no session with the sending device</source>
        <translation>нет сеанса с устройством отправителя</translation>
    </message>
    <message>
        <source>the encrypted key is corrupted or not meant for this session</source>
        <translation>зашифрованный ключ повреждён или предназначен не для этого сеанса</translation>
    </message>
    <message>
        <source>the encrypted key has an unsupported version</source>
        <translation>у зашифрованного ключа неподдерживаемая версия</translation>
    </message>
    <message>
        <source>the encrypted key could not be decrypted</source>
        <translation>не удалось расшифровать зашифрованный ключ</translation>
    </message>
    <message>
        <source>the device&apos;s bundle is incomplete</source>
        <translation>набор ключей устройства неполон</translation>
    </message>
    <message>
        <source>the device&apos;s signed pre-key has a bad signature</source>
        <translation>у подписанного предварительного ключа устройства неверная подпись</translation>
    </message>
    <message>
        <source>there is no session with that device</source>
        <translation>нет сеанса с этим устройством</translation>
    </message>
    <message>
        <source>the message was not encrypted for this device</source>
        <translation>сообщение не было зашифровано для этого устройства</translation>
    </message>
    <message>
        <source>the encrypted payload is corrupted (its authentication tag does not match)</source>
        <translation>зашифрованное содержимое повреждено (тег аутентификации не совпадает)</translation>
    </message>
    <message>
        <source>the encrypted payload is corrupted (its authentication code does not match)</source>
        <translation>зашифрованное содержимое повреждено (код аутентификации не совпадает)</translation>
    </message>
    <message>
        <source>the encrypted content names another sender than the message</source>
        <translation>в зашифрованном содержимом указан другой отправитель, чем в сообщении</translation>
    </message>
    <message>
        <source>the decrypted content is not a stanza content encryption envelope</source>
        <translation>расшифрованное содержимое не является конвертом шифрования содержимого</translation>
    </message>
    <message>
        <source>the decrypted envelope is malformed</source>
        <translation>расшифрованный конверт повреждён</translation>
    </message>
    <message>
        <source>the decrypted envelope does not name its sender</source>
        <translation>в расшифрованном конверте не указан отправитель</translation>
    </message>
    <message>
        <source>this device cannot remove itself</source>
        <translation>это устройство не может удалить само себя</translation>
    </message>
    <message>
        <source>the account is not connected: try again once it is</source>
        <translation>аккаунт не подключён: повторите попытку после подключения</translation>
    </message>
    <message>
        <source>the server did not accept the new device list</source>
        <translation>сервер не принял новый список устройств</translation>
    </message>
</context>
<context>
    <name>OmemoTrustUri</name>
    <message>
        <source>This text is too long to be a verification code.</source>
        <translation>Этот текст слишком длинный для кода проверки.</translation>
    </message>
    <message>
        <source>This is not an XMPP verification code (it does not start with &quot;xmpp:&quot;).</source>
        <translation>Это не код проверки XMPP (он не начинается с «xmpp:»).</translation>
    </message>
    <message>
        <source>The code names no valid address.</source>
        <translation>В коде нет допустимого адреса.</translation>
    </message>
    <message>
        <source>The code holds a damaged key (%1).</source>
        <translation>В коде повреждённый ключ (%1).</translation>
    </message>
    <message>
        <source>The code names more keys than any account has.</source>
        <translation>В коде больше ключей, чем бывает у учётной записи.</translation>
    </message>
    <message>
        <source>The code is for another kind of encryption than OMEMO.</source>
        <translation>Этот код относится к другому виду шифрования, не к OMEMO.</translation>
    </message>
    <message>
        <source>The code names no OMEMO key to verify.</source>
        <translation>В коде нет ключа OMEMO для проверки.</translation>
    </message>
</context>
<context>
    <name>OutgoingErrorText</name>
    <message>
        <source>%1 does not exist or does not accept messages.</source>
        <translation>Адреса %1 не существует, или он не принимает сообщения.</translation>
    </message>
    <message>
        <source>The server of %1 (%2) cannot be reached.</source>
        <translation>Сервер адреса %1 (%2) недоступен.</translation>
    </message>
    <message>
        <source>%1 is not a valid chat address.</source>
        <translation>%1 — недопустимый адрес чата.</translation>
    </message>
    <message>
        <source>The server refused the message to %1.</source>
        <translation>Сервер отклонил сообщение для %1.</translation>
    </message>
    <message>
        <source>The server of %1 is overloaded; try again later.</source>
        <translation>Сервер адреса %1 перегружен; попробуйте позже.</translation>
    </message>
    <message>
        <source>The message to %1 could not be delivered.</source>
        <translation>Не удалось доставить сообщение для %1.</translation>
    </message>
    <message>
        <source>%1 The server said: “%2”</source>
        <translation>%1 Ответ сервера: «%2»</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <source>Go to a chat…</source>
        <translation>Перейти к чату…</translation>
    </message>
    <message>
        <source>No chat with %1 yet</source>
        <translation>Чата с %1 пока нет</translation>
    </message>
    <message>
        <source>No chat matches</source>
        <translation>Нет подходящих чатов</translation>
    </message>
    <message>
        <source>Start a chat with %1</source>
        <translation>Начать чат с %1</translation>
    </message>
</context>
<context>
    <name>ReactionChips</name>
    <message>
        <source>Remove your reaction</source>
        <translation>Убрать вашу реакцию</translation>
    </message>
    <message>
        <source>React with %1</source>
        <translation>Отреагировать: %1</translation>
    </message>
</context>
<context>
    <name>ReplyQuote</name>
    <message>
        <source>In reply to an earlier message</source>
        <translation>В ответ на более раннее сообщение</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
</context>
<context>
    <name>RetractedContent</name>
    <message>
        <source>You retracted this message</source>
        <translation>Вы отозвали это сообщение</translation>
    </message>
    <message>
        <source>This message was retracted</source>
        <translation>Это сообщение отозвано</translation>
    </message>
</context>
<context>
    <name>Rfc6121RosterManager</name>
    <message>
        <source>%1 is not in the contact list.</source>
        <translation>%1 нет в списке контактов.</translation>
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
        <translation>
            <numerusform>%1, %n контакт</numerusform>
            <numerusform>%1, %n контакта</numerusform>
            <numerusform>%1, %n контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Контактов пока нет</translation>
    </message>
    <message>
        <source>Add the people you talk to by their chat address, like name@example.org.</source>
        <translation>Добавьте собеседников по их адресу чата, например name@example.org.</translation>
    </message>
    <message>
        <source>Asked %1 to share their online status with you.</source>
        <translation>Контакту %1 отправлен запрос на доступ к сетевому статусу.</translation>
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
        <translation>Имя хранится в вашем списке контактов на сервере, поэтому его увидят и ваши другие устройства.</translation>
    </message>
    <message>
        <source>Contact Groups</source>
        <translation>Группы контакта</translation>
    </message>
    <message>
        <source>Groups of %1, separated by commas. Without a group the contact is listed under &quot;Contacts&quot;.</source>
        <translation>Группы для %1 через запятую. Контакт без группы показывается в разделе «Контакты».</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Удалить %1?</translation>
    </message>
    <message>
        <source>%1 leaves your contact list and you stop seeing each other&apos;s online status. Your chat history stays.</source>
        <translation>%1 исчезнет из вашего списка контактов, и вы перестанете видеть сетевой статус друг друга. История переписки сохранится.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Online first</source>
        <translation>Сначала в сети</translation>
    </message>
    <message>
        <source>Blocked · %1</source>
        <translation>Заблокирован · %1</translation>
    </message>
    <message>
        <source>Stop sharing my online status</source>
        <translation>Перестать делиться своим сетевым статусом</translation>
    </message>
    <message>
        <source>Stop receiving their online status</source>
        <translation>Перестать получать сетевой статус контакта</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Сети</translation>
    </message>
    <message>
        <source>Commands…</source>
        <translation>Команды…</translation>
    </message>
    <message>
        <source>Group by network</source>
        <translation>Группировать по сетям</translation>
    </message>
</context>
<context>
    <name>RosterTreeModel</name>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Other networks</source>
        <translation>Другие сети</translation>
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
        <translation>Не удаётся открыть базу данных сообщений: %1</translation>
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
        <translation>%1 Введите пароль для %2, чтобы подключиться.</translation>
    </message>
    <message>
        <source>The message could not be saved: %1</source>
        <translation>Не удалось сохранить сообщение: %1</translation>
    </message>
    <message>
        <source>Set up an account first.</source>
        <translation>Сначала настройте учётную запись.</translation>
    </message>
    <message>
        <source>%1 is not one of your accounts.</source>
        <translation>%1 не относится к вашим учётным записям.</translation>
    </message>
    <message>
        <source>%1 is not connected; try again when it is.</source>
        <translation>Учётная запись %1 не подключена; попробуйте снова после подключения.</translation>
    </message>
    <message>
        <source>That is your own address.</source>
        <translation>Это ваш собственный адрес.</translation>
    </message>
    <message>
        <source>%1 could not be added: %2</source>
        <translation>Не удалось добавить %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>Не удалось удалить %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be renamed: %2</source>
        <translation>Не удалось переименовать %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be moved: %2</source>
        <translation>Не удалось переместить %1: %2</translation>
    </message>
    <message>
        <source>There is no certificate waiting for a decision for %1.</source>
        <translation>Для %1 нет сертификата, ожидающего решения.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate changed; compare the new fingerprint before trusting it.</source>
        <translation>Сертификат сервера изменился; сравните новый отпечаток, прежде чем доверять ему.</translation>
    </message>
    <message>
        <source>The certificate choice could not be saved: %1</source>
        <translation>Не удалось сохранить решение о сертификате: %1</translation>
    </message>
    <message>
        <source>The account could not be enabled: %1</source>
        <translation>Не удалось включить учётную запись: %1</translation>
    </message>
    <message>
        <source>The password of %1 could not be removed from the keychain: %2</source>
        <translation>Не удалось удалить пароль %1 из хранилища паролей: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address or a domain that can be blocked.</source>
        <translation>«%1» — это не адрес и не домен, который можно заблокировать.</translation>
    </message>
    <message>
        <source>You cannot block your own address.</source>
        <translation>Нельзя заблокировать собственный адрес.</translation>
    </message>
    <message>
        <source>%1 could not be blocked: %2</source>
        <translation>Не удалось заблокировать %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be unblocked: %2</source>
        <translation>Не удалось разблокировать %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be stopped from seeing your presence.</source>
        <translation>Не удалось запретить %1 видеть ваш сетевой статус.</translation>
    </message>
    <message>
        <source>%1 could not be unsubscribed from: %2</source>
        <translation>Не удалось отписаться от сетевого статуса %1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Внешний вид</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Цвета</translation>
    </message>
    <message>
        <source>Light or dark, or as the rest of the desktop.</source>
        <translation>Светлая или тёмная, либо как у остальной системы.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Показывать уведомления</translation>
    </message>
    <message>
        <source>For new messages in chats that are not muted and not on screen; reply from the notification.</source>
        <translation>О новых сообщениях в чатах, которые не заглушены и не открыты на экране; ответить можно прямо из уведомления.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <source>Isthmus %1</source>
        <translation>Isthmus %1</translation>
    </message>
    <message>
        <source>A messenger for everyone you talk to, over XMPP and its gateways.</source>
        <translation>Мессенджер для общения со всеми вашими собеседниками через XMPP и его шлюзы.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Show Isthmus</source>
        <translation>Показать Isthmus</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Unread messages: %1</source>
        <translation>Непрочитанных сообщений: %1</translation>
    </message>
    <message>
        <source>No unread messages</source>
        <translation>Нет непрочитанных сообщений</translation>
    </message>
</context>
<context>
    <name>UndecryptableContent</name>
    <message>
        <source>%1 sent an encrypted message this device cannot read: %2.</source>
        <translation>Сообщение от %1 зашифровано, и это устройство не может его прочитать: %2.</translation>
    </message>
    <message>
        <source>%1 sent an encrypted message this device cannot read.</source>
        <translation>Сообщение от %1 зашифровано, и это устройство не может его прочитать.</translation>
    </message>
</context>
<context>
    <name>UnreadMarker</name>
    <message>
        <source>New messages</source>
        <translation>Новые сообщения</translation>
    </message>
</context>
<context>
    <name>UnsupportedContent</name>
    <message>
        <source>a file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>a sticker</source>
        <translation>стикер</translation>
    </message>
    <message>
        <source>a kind of message it does not know</source>
        <translation>сообщение незнакомого ему вида</translation>
    </message>
    <message>
        <source>You sent something Isthmus cannot show yet: %1</source>
        <translation>Вы отправили то, что Isthmus пока не умеет показывать: %1</translation>
    </message>
    <message>
        <source>%1 sent something Isthmus cannot show yet: %2</source>
        <translation>%1 отправляет то, что Isthmus пока не умеет показывать: %2</translation>
    </message>
</context>
<context>
    <name>Xep0077RegistrationForm</name>
    <message>
        <source>Username</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Chat with everyone over XMPP and its gateways.
The password is read from the ISTHMUS_PASSWORD environment variable.</source>
        <translation>Общайтесь со всеми через XMPP и его шлюзы.
Пароль берётся из переменной окружения ISTHMUS_PASSWORD.</translation>
    </message>
    <message>
        <source>Log in as &lt;jid&gt;.</source>
        <translation>Войти как &lt;jid&gt;.</translation>
    </message>
    <message>
        <source>Connect to &lt;host&gt; instead of the address&apos;s domain.</source>
        <translation>Подключаться к &lt;host&gt; вместо домена из адреса.</translation>
    </message>
    <message>
        <source>Connect to &lt;port&gt;.</source>
        <translation>Подключаться к порту &lt;port&gt;.</translation>
    </message>
    <message>
        <source>Keep the message database in &lt;dir&gt;.</source>
        <translation>Хранить базу данных сообщений в &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>An xmpp: address to open, e.g. xmpp:alice@example.org</source>
        <translation>Адрес xmpp: для открытия, например xmpp:alice@example.org</translation>
    </message>
</context>
</TS>
