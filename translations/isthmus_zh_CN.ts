<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountCreation</name>
    <message>
        <source>&quot;%1&quot; is not a server name. It looks like example.org.</source>
        <translation>“%1”不是服务器名称。服务器名称的格式类似 example.org。</translation>
    </message>
    <message>
        <source>Choose a server first.</source>
        <translation>请先选择一个服务器。</translation>
    </message>
    <message>
        <source>Fill in: %1.</source>
        <translation>请填写：%1。</translation>
    </message>
</context>
<context>
    <name>AccountRegistration</name>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 关闭了连接。</translation>
    </message>
</context>
<context>
    <name>AccountsSection</name>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>No account is set up yet.</source>
        <translation>还没有设置账户。</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>启用 %1</translation>
    </message>
    <message>
        <source>Disable: disconnect and stay off at start; the history stays</source>
        <translation>停用：断开连接，启动时也不连接；聊天记录会保留</translation>
    </message>
    <message>
        <source>Enable and connect</source>
        <translation>启用并连接</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove %1 from this device</source>
        <translation>从此设备移除 %1</translation>
    </message>
    <message>
        <source>Add another account…</source>
        <translation>添加另一个账户…</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>移除 %1？</translation>
    </message>
    <message>
        <source>It is disconnected and its password is removed from the system keychain. The account on the server is not deleted, and the history stays on this device.</source>
        <translation>该账户会断开连接，其密码会从系统钥匙串中删除。服务器上的账户不会被删除，聊天记录也会保留在此设备上。</translation>
    </message>
</context>
<context>
    <name>AdHocCommandController</name>
    <message>
        <source>No connected account to ask.</source>
        <translation>没有可用于查询的已连接账户。</translation>
    </message>
</context>
<context>
    <name>AdHocCommandPage</name>
    <message>
        <source>Commands of %1</source>
        <translation>%1 的命令</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>All commands</source>
        <translation>所有命令</translation>
    </message>
    <message>
        <source>No commands</source>
        <translation>没有命令</translation>
    </message>
    <message>
        <source>Only the first rows are shown.</source>
        <translation>仅显示前几行。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add Contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账户：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>分组：</translation>
    </message>
    <message>
        <source>Optional; pick an existing group or type a new one</source>
        <translation>可选；选择已有分组或输入新分组</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>CertificateQuestion</name>
    <message>
        <source>Certificate question</source>
        <translation>证书确认</translation>
    </message>
    <message>
        <source>Do you trust this certificate for %1?</source>
        <translation>是否信任 %1 的此证书？</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be checked. If your provider gave you this fingerprint (or you run the server yourself), compare it character by character. Trust it only if it is the same: Isthmus will then accept exactly this certificate for this account, and ask again if it ever changes.</source>
        <translation>无法验证服务器的证书。如果你的服务提供商给过你这个指纹（或者服务器是你自己运行的），请逐个字符进行比较。只有完全一致时才信任它：之后 Isthmus 将只为此账户接受这一个证书，如果证书发生变化会再次询问。</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 指纹：</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 指纹</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>信任此证书</translation>
    </message>
</context>
<context>
    <name>ChatArchivePager</name>
    <message>
        <source>%1 is not connected; older messages load once it is.</source>
        <translation>%1 未连接；连接后会加载更早的消息。</translation>
    </message>
    <message>
        <source>Older messages could not be loaded: %1</source>
        <translation>无法加载更早的消息：%1</translation>
    </message>
</context>
<context>
    <name>ChatListModel</name>
    <message>
        <source>Sent something Isthmus cannot show yet</source>
        <translation>发送了 Isthmus 暂时无法显示的内容</translation>
    </message>
    <message>
        <source>An encrypted message this device cannot read</source>
        <translation>此设备无法读取的加密消息</translation>
    </message>
    <message>
        <source>Added a new device</source>
        <translation>添加了一台新设备</translation>
    </message>
</context>
<context>
    <name>ChatListPage</name>
    <message>
        <source>Chats</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <source>Pin to the top</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>开启通知</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>关闭通知</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>草稿：%1</translation>
    </message>
    <message>
        <source>No chats yet</source>
        <translation>还没有聊天</translation>
    </message>
    <message>
        <source>Messages you send and receive show up here.</source>
        <translation>你发送和收到的消息会显示在这里。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Filter chats…</source>
        <translation>筛选聊天…</translation>
    </message>
    <message>
        <source>No chat matches “%1”</source>
        <translation>没有与“%1”匹配的聊天</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>搜索所有消息</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>Say hello</source>
        <translation>打个招呼</translation>
    </message>
    <message>
        <source>This is the beginning of your conversation with %1.</source>
        <translation>这是你与 %1 对话的开始。</translation>
    </message>
    <message>
        <source>Editing your message</source>
        <translation>正在编辑你的消息</translation>
    </message>
    <message>
        <source>Replying to: %1</source>
        <translation>回复：%1</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>输入消息…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Jump to the newest message</source>
        <translation>跳到最新消息</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 正在输入…</translation>
    </message>
    <message>
        <source>Insert emoji</source>
        <translation>插入表情</translation>
    </message>
    <message>
        <source>Insert emoji (Ctrl+E)</source>
        <translation>插入表情（Ctrl+E）</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>away</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>away for a while</source>
        <translation>长时间离开</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>最后在线 %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Encryption keys</source>
        <translation>加密密钥</translation>
    </message>
    <message>
        <source>Commands…</source>
        <translation>命令…</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Change login details</source>
        <translation>更改登录信息</translation>
    </message>
</context>
<context>
    <name>ConnectionErrorText</name>
    <message>
        <source>The server&apos;s certificate cannot be trusted: %1.</source>
        <translation>无法信任服务器的证书：%1。</translation>
    </message>
    <message>
        <source>It was issued to &quot;%1&quot; by &quot;%2&quot;; SHA-256 fingerprint %3.</source>
        <translation>它由“%2”颁发给“%1”；SHA-256 指纹为 %3。</translation>
    </message>
    <message>
        <source>The server rejected the password for %1. Check the address and the password.</source>
        <translation>服务器拒绝了 %1 的密码。请检查地址和密码。</translation>
    </message>
    <message>
        <source>The server says the account %1 is disabled.</source>
        <translation>服务器表示账户 %1 已被停用。</translation>
    </message>
    <message>
        <source>The password of %1 has expired; set a new one with your provider.</source>
        <translation>%1 的密码已过期；请在你的服务提供商处设置新密码。</translation>
    </message>
    <message>
        <source>The server offers no secure way to log in.</source>
        <translation>服务器没有提供安全的登录方式。</translation>
    </message>
    <message>
        <source>Logging in failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <source>Could not reach %1: the connection was refused. The server may be down, or the address or port may be wrong.</source>
        <translation>无法连接到 %1：连接被拒绝。服务器可能已停止运行，或者地址或端口有误。</translation>
    </message>
    <message>
        <source>The server %1 was not found. Check the address and your network.</source>
        <translation>找不到服务器 %1。请检查地址和你的网络。</translation>
    </message>
    <message>
        <source>Could not reach %1: the network did not answer.</source>
        <translation>无法连接到 %1：网络没有响应。</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up: %2</source>
        <translation>无法与 %1 建立安全连接：%2</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 关闭了连接。</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation>连接到 %1 失败：%2</translation>
    </message>
    <message>
        <source>The server ended the session: %1</source>
        <translation>服务器结束了会话：%1</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>连接失败。</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>服务器消息：%1</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is already taken on %2. Choose another one.</source>
        <translation>名称“%1”在 %2 上已被占用。请换一个。</translation>
    </message>
    <message>
        <source>%1 does not let apps create accounts (registration is closed). Create the account on the provider&apos;s website, or choose another server.</source>
        <translation>%1 不允许应用创建账户（注册已关闭）。请在服务提供商的网站上创建账户，或者选择其他服务器。</translation>
    </message>
    <message>
        <source>%1 does not allow you to create an account.</source>
        <translation>%1 不允许你创建账户。</translation>
    </message>
    <message>
        <source>%1 refused to create the account now; try again later.</source>
        <translation>%1 目前拒绝创建账户；请稍后再试。</translation>
    </message>
    <message>
        <source>%1 did not accept what was entered. Check the fields.</source>
        <translation>%1 不接受输入的内容。请检查各个字段。</translation>
    </message>
    <message>
        <source>%1 could not create the account.</source>
        <translation>%1 无法创建账户。</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the address and your network, then try again.</source>
        <translation>%1 没有及时响应。请检查地址和你的网络，然后重试。</translation>
    </message>
    <message>
        <source>%1 did not offer an encrypted connection (STARTTLS). Someone on the network may have removed the offer; Isthmus does not log in or send your password without encryption.</source>
        <translation>%1 没有提供加密连接（STARTTLS）。可能有人在网络中删除了这一选项；Isthmus 不会在未加密的情况下登录或发送你的密码。</translation>
    </message>
</context>
<context>
    <name>ContactAvatar</name>
    <message>
        <source>another network</source>
        <translation>其他网络</translation>
    </message>
    <message>
        <source>On %1, through a gateway</source>
        <translation>%1（通过网关）</translation>
    </message>
</context>
<context>
    <name>CreateAccountPage</name>
    <message>
        <source>Create an account</source>
        <translation>创建账户</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Your address will be name@server. Anyone on any server can reach you there.</source>
        <translation>你的地址将是 name@服务器。任何服务器上的任何人都可以通过它联系你。</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <source>Connect to (optional):</source>
        <translation>连接到（可选）：</translation>
    </message>
    <message>
        <source>taken from the server name</source>
        <translation>取自服务器名称</translation>
    </message>
    <message>
        <source>Port (optional):</source>
        <translation>端口（可选）：</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>正在询问服务器…</translation>
    </message>
    <message>
        <source>Ask the server for its form</source>
        <translation>向服务器获取表单</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>正在创建账户…</translation>
    </message>
    <message>
        <source>Created; logging in…</source>
        <translation>已创建；正在登录…</translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation>创建账户</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No system keychain is available (Secret Service, KWallet...), so the password is not saved: Isthmus asks for it at the next start.</source>
        <translation>没有可用的系统密钥环（Secret Service、KWallet……），因此密码未被保存：Isthmus 会在下次启动时询问密码。</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>系统钥匙串拒绝了访问：%1</translation>
    </message>
</context>
<context>
    <name>DataFormView</name>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
</context>
<context>
    <name>DayHeader</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
</context>
<context>
    <name>DeliveryTicks</name>
    <message>
        <source>Sending</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <source>Smileys</source>
        <translation>笑脸</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Hearts</source>
        <translation>爱心</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>自然</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>食物</translation>
    </message>
    <message>
        <source>Things</source>
        <translation>物品</translation>
    </message>
</context>
<context>
    <name>EncryptionMark</name>
    <message>
        <source>Sent unencrypted in an encrypted chat</source>
        <translation>在加密聊天中以未加密方式发送</translation>
    </message>
    <message>
        <source>Encrypted (OMEMO 2)</source>
        <translation>已加密（OMEMO 2）</translation>
    </message>
    <message>
        <source>Encrypted (OMEMO)</source>
        <translation>已加密（OMEMO）</translation>
    </message>
    <message>
        <source>unencrypted</source>
        <translation>未加密</translation>
    </message>
</context>
<context>
    <name>EncryptionToggleAction</name>
    <message>
        <source>Encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>未加密</translation>
    </message>
    <message>
        <source>Messages in this chat are encrypted with OMEMO; click to send them unencrypted</source>
        <translation>此聊天中的消息使用 OMEMO 加密；点击后改为以未加密方式发送</translation>
    </message>
    <message>
        <source>Messages in this chat are sent unencrypted; click to encrypt them</source>
        <translation>此聊天中的消息以未加密方式发送；点击后改为加密发送</translation>
    </message>
</context>
<context>
    <name>FailureLine</name>
    <message>
        <source>Not delivered</source>
        <translation>未送达</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>GatewayChips</name>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>nick%irc.example.org</source>
        <translation>nick%irc.example.org</translation>
    </message>
    <message>
        <source>Username or id on that network</source>
        <translation>该网络中的用户名或 ID</translation>
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
        <translation>退出 %1？</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Left %1.</source>
        <translation>已退出 %1。</translation>
    </message>
    <message>
        <source>The gateway forgets your sign-in. Your chats with its contacts stay here.</source>
        <translation>网关将忘记你的登录信息。你与其联系人的聊天会保留在这里。</translation>
    </message>
    <message>
        <source>Also remove this network&apos;s contacts</source>
        <translation>同时移除此网络的联系人</translation>
    </message>
</context>
<context>
    <name>GatewayRequestBanner</name>
    <message>
        <source>%1 wants to add %2 contacts</source>
        <translation>%1 想添加 %2 个联系人</translation>
    </message>
    <message>
        <source>%1 requests from %2, not a gateway</source>
        <translation>来自 %2 的 %1 个请求（它不是网关）</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>全部同意</translation>
    </message>
    <message>
        <source>Deny all</source>
        <translation>全部拒绝</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>查看</translation>
    </message>
</context>
<context>
    <name>GatewayRow</name>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>No sign-in needed</source>
        <translation>无需登录</translation>
    </message>
    <message>
        <source>Signed in · connected</source>
        <translation>已登录 · 已连接</translation>
    </message>
    <message>
        <source>Signed in · logging in…</source>
        <translation>已登录 · 正在登录…</translation>
    </message>
    <message>
        <source>Signed in · gateway unreachable, messages wait</source>
        <translation>已登录 · 网关无法访问，消息正在等待</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>重新登录</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>GatewaySignIn</name>
    <message>
        <source>The account is not connected.</source>
        <translation>该账户未连接。</translation>
    </message>
    <message>
        <source>Please fill in: %1</source>
        <translation>请填写：%1</translation>
    </message>
</context>
<context>
    <name>GatewaySignInPage</name>
    <message>
        <source>Sign in to %1</source>
        <translation>登录到 %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Signed in. The network&apos;s contacts arrive as the gateway adds them.</source>
        <translation>已登录。网关添加该网络的联系人后，它们会陆续出现。</translation>
    </message>
    <message>
        <source>You are signed in already; sending the form changes the sign-in.</source>
        <translation>你已经登录；提交表单会更改登录信息。</translation>
    </message>
</context>
<context>
    <name>GatewayStateBanner</name>
    <message>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
</context>
<context>
    <name>GatewayStateWords</name>
    <message>
        <source>%1 gateway is logging in — messages will wait</source>
        <translation>%1 网关正在登录——消息将等待发送</translation>
    </message>
    <message>
        <source>%1 login failed — messages will wait</source>
        <translation>%1 登录失败——消息将等待发送</translation>
    </message>
    <message>
        <source>%1 gateway unreachable — messages will wait</source>
        <translation>%1 网关无法访问——消息将等待发送</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Gateways</name>
    <message>
        <source>The gateway is unreachable; the message waits</source>
        <translation>网关无法访问；消息正在等待</translation>
    </message>
</context>
<context>
    <name>HeldLine</name>
    <message>
        <source>Waiting: %1</source>
        <translation>等待中：%1</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Welcome to Isthmus</source>
        <translation>欢迎使用 Isthmus</translation>
    </message>
    <message>
        <source>Log in with your chat address (XMPP). Contacts on every server, and on networks behind gateways, are reachable from one account.</source>
        <translation>使用你的聊天地址（XMPP）登录。一个账户即可联系任何服务器上以及网关后面各个网络中的联系人。</translation>
    </message>
    <message>
        <source>Chat address:</source>
        <translation>聊天地址：</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Server (optional):</source>
        <translation>服务器（可选）：</translation>
    </message>
    <message>
        <source>taken from the address</source>
        <translation>取自地址</translation>
    </message>
    <message>
        <source>Port (optional):</source>
        <translation>端口（可选）：</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Set up an account</source>
        <translation>设置账户</translation>
    </message>
    <message>
        <source>No account yet?</source>
        <translation>还没有账户？</translation>
    </message>
    <message>
        <source>Create a new account…</source>
        <translation>创建新账户…</translation>
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
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>%1 is not set up on this computer any more.</source>
        <translation>这台电脑上已不再有账户 %1。</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>无法保存更改：%1</translation>
    </message>
    <message>
        <source>This message cannot get reactions: the app that sent it gave it no id.</source>
        <translation>无法对此消息做出回应：发送它的应用没有给它标识。</translation>
    </message>
</context>
<context>
    <name>MessageFooter</name>
    <message>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
</context>
<context>
    <name>MessageMenu</name>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>复制文本</translation>
    </message>
    <message>
        <source>Retract</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>More reactions…</source>
        <translation>更多回应…</translation>
    </message>
</context>
<context>
    <name>MessageNotifier</name>
    <message>
        <source>Open chat</source>
        <translation>打开聊天</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Reply to %1…</source>
        <translation>回复 %1…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Sent something Isthmus cannot show yet</source>
        <translation>发送了 Isthmus 暂时无法显示的内容</translation>
    </message>
    <message>
        <source>An encrypted message this device cannot read</source>
        <translation>此设备无法读取的加密消息</translation>
    </message>
    <message>
        <source>Added a new device</source>
        <translation>添加了一台新设备</translation>
    </message>
</context>
<context>
    <name>NetworkNames</name>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>NetworksPage</name>
    <message>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>No gateways</source>
        <translation>没有网关</translation>
    </message>
    <message>
        <source>%1&apos;s server offers no gateways to other networks.</source>
        <translation>%1 的服务器没有提供通往其他网络的网关。</translation>
    </message>
</context>
<context>
    <name>NewDeviceContent</name>
    <message>
        <source>%1 added a new device (device %2). It is trusted until you verify %1&apos;s devices.</source>
        <translation>%1 添加了一台新设备（设备 %2）。在你验证 %1 的设备之前，它会暂时受到信任。</translation>
    </message>
    <message>
        <source>%1 added a new device (device %2) that is not trusted yet: messages are not encrypted for it until you decide.</source>
        <translation>%1 添加了一台尚未受信任的新设备（设备 %2）：在你做出决定之前，消息不会为它加密。</translation>
    </message>
    <message>
        <source>Show devices</source>
        <translation>显示设备</translation>
    </message>
    <message>
        <source>Review devices</source>
        <translation>审核设备</translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <source>(%1 earlier messages)</source>
        <translation>（%1 条更早的消息）</translation>
    </message>
</context>
<context>
    <name>OmemoController</name>
    <message>
        <source>Verified a key of %1.</source>
        <translation>已验证 %1 的一个密钥。</translation>
    </message>
    <message numerus="yes">
        <source>Verified %n keys of %1.</source>
        <translation>
            <numerusform>已验证 %1 的 %n 个密钥。</numerusform>
        </translation>
    </message>
    <message>
        <source>This code names a device Isthmus has not seen yet: its key can be verified once a message was exchanged with it.</source>
        <translation>此代码中有一台 Isthmus 尚未见过的设备：与它交换过消息后，即可验证它的密钥。</translation>
    </message>
    <message numerus="yes">
        <source>This code names %n devices Isthmus has not seen yet: their keys can be verified once a message was exchanged with them.</source>
        <translation>
            <numerusform>此代码中有 %n 台 Isthmus 尚未见过的设备：与它们交换过消息后，即可验证它们的密钥。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>OmemoDevicesPage</name>
    <message>
        <source>Encryption keys</source>
        <translation>加密密钥</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>未决定</translation>
    </message>
    <message>
        <source>Trusted (not verified)</source>
        <translation>受信任（未验证）</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Distrusted</source>
        <translation>不信任</translation>
    </message>
    <message>
        <source>Verify with QR code</source>
        <translation>通过二维码验证</translation>
    </message>
    <message>
        <source>My devices</source>
        <translation>我的设备</translation>
    </message>
    <message>
        <source>This device · %1 · %2</source>
        <translation>此设备 · %1 · %2</translation>
    </message>
    <message>
        <source>Device %1 · %2</source>
        <translation>设备 %1 · %2</translation>
    </message>
    <message>
        <source>No key seen yet: it shows once a message was exchanged with this device.</source>
        <translation>尚未见到密钥：与此设备交换过消息后就会显示。</translation>
    </message>
    <message>
        <source>New – not trusted yet: messages are not encrypted for this device until you verify or trust it.</source>
        <translation>新设备——尚未受信任：在你验证或信任此设备之前，消息不会为它加密。</translation>
    </message>
    <message>
        <source>No OMEMO devices known</source>
        <translation>没有已知的 OMEMO 设备</translation>
    </message>
    <message>
        <source>Device %1 was not removed: %2</source>
        <translation>设备 %1 未被移除：%2</translation>
    </message>
    <message>
        <source>Device %1 was removed</source>
        <translation>设备 %1 已移除</translation>
    </message>
    <message>
        <source>Remove device %1?</source>
        <translation>移除设备 %1？</translation>
    </message>
    <message>
        <source>Your contacts stop encrypting messages for it, and it can no longer read new ones. A device that is still in use adds itself back the next time it connects: sign out there first.</source>
        <translation>你的联系人将不再为它加密消息，它也无法再读取新消息。仍在使用的设备会在下次连接时重新添加自己：请先在该设备上退出登录。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>OmemoQrPage</name>
    <message>
        <source>Verify with QR code</source>
        <translation>通过二维码验证</translation>
    </message>
    <message>
        <source>My code</source>
        <translation>我的二维码</translation>
    </message>
    <message>
        <source>Let your contact scan this code to verify the keys of all your devices (%1).</source>
        <translation>让你的联系人扫描此二维码，以验证你所有设备（%1）的密钥。</translation>
    </message>
    <message>
        <source>No code yet: this account&apos;s encryption keys are not ready.</source>
        <translation>暂无二维码：此账户的加密密钥尚未就绪。</translation>
    </message>
    <message>
        <source>QR code to verify my devices</source>
        <translation>用于验证我的设备的二维码</translation>
    </message>
    <message>
        <source>A contact&apos;s code</source>
        <translation>联系人的二维码</translation>
    </message>
    <message>
        <source>Paste the text of your contact&apos;s code (xmpp:…), or open a picture of it.</source>
        <translation>粘贴联系人二维码的文本（xmpp:…），或打开它的图片。</translation>
    </message>
    <message>
        <source>xmpp:name@example.org?…</source>
        <translation>xmpp:name@example.org?…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>打开图片…</translation>
    </message>
    <message>
        <source>Open a picture of a QR code</source>
        <translation>打开二维码图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
    </message>
    <message>
        <source>No QR code found in this image.</source>
        <translation>此图片中未找到二维码。</translation>
    </message>
</context>
<context>
    <name>OmemoReason</name>
    <message>
        <source>encryption is not set up yet</source>
        <translation>加密尚未设置</translation>
    </message>
    <message>
        <source>none of the contact&apos;s devices is trusted yet: verify one of their keys, or trust them</source>
        <translation>尚未信任该联系人的任何设备：请验证其中一个密钥，或信任它们</translation>
    </message>
    <message>
        <source>the contact has no device that can be encrypted for</source>
        <translation>该联系人没有可加密发送的设备</translation>
    </message>
    <message>
        <source>the encrypted element has an invalid device id</source>
        <translation>加密元素的设备 ID 无效</translation>
    </message>
    <message>
        <source>the encrypted element holds invalid base64</source>
        <translation>加密元素包含无效的 Base64</translation>
    </message>
    <message>
        <source>the stanza carries a document type declaration</source>
        <translation>该消息带有文档类型声明</translation>
    </message>
    <message>
        <source>the stanza is not well-formed XML</source>
        <translation>该消息不是格式正确的 XML</translation>
    </message>
    <message>
        <source>the encrypted element is malformed</source>
        <translation>加密元素格式错误</translation>
    </message>
    <message>
        <source>the encrypted element has no header</source>
        <translation>加密元素没有头部</translation>
    </message>
    <message>
        <source>the encrypted element has no IV</source>
        <translation>加密元素没有初始化向量</translation>
    </message>
    <message>
        <source>encryption is not set up for this account</source>
        <translation>此账户尚未设置加密</translation>
    </message>
    <message>
        <source>the encryption keys of this device could not be loaded</source>
        <translation>无法加载此设备的加密密钥</translation>
    </message>
    <message>
        <source>the contact&apos;s devices could not be fetched</source>
        <translation>无法获取联系人的设备</translation>
    </message>
    <message>
        <source>the device published a malformed key</source>
        <translation>该设备发布了格式错误的密钥</translation>
    </message>
    <message>
        <source>this message was already decrypted once (a replay or a duplicate)</source>
        <translation>此消息已被解密过一次（重放或重复）</translation>
    </message>
    <message>
        <source>the sender used a pre-key this device no longer has</source>
        <translation>发送者使用了此设备已不再拥有的预密钥</translation>
    </message>
    <message>
        <source>there is no session with the sending device</source>
        <translation>与发送设备之间没有会话</translation>
    </message>
    <message>
        <source>the encrypted key is corrupted or not meant for this session</source>
        <translation>加密的密钥已损坏或不属于此会话</translation>
    </message>
    <message>
        <source>the encrypted key has an unsupported version</source>
        <translation>加密的密钥版本不受支持</translation>
    </message>
    <message>
        <source>the encrypted key could not be decrypted</source>
        <translation>无法解密加密的密钥</translation>
    </message>
    <message>
        <source>the device&apos;s bundle is incomplete</source>
        <translation>该设备的密钥包不完整</translation>
    </message>
    <message>
        <source>the device&apos;s signed pre-key has a bad signature</source>
        <translation>该设备的已签名预密钥签名无效</translation>
    </message>
    <message>
        <source>there is no session with that device</source>
        <translation>与该设备之间没有会话</translation>
    </message>
    <message>
        <source>the message was not encrypted for this device</source>
        <translation>此消息并未为此设备加密</translation>
    </message>
    <message>
        <source>the encrypted payload is corrupted (its authentication tag does not match)</source>
        <translation>加密内容已损坏（其认证标签不匹配）</translation>
    </message>
    <message>
        <source>the encrypted payload is corrupted (its authentication code does not match)</source>
        <translation>加密内容已损坏（其认证码不匹配）</translation>
    </message>
    <message>
        <source>the encrypted content names another sender than the message</source>
        <translation>加密内容所写的发送者与消息的发送者不同</translation>
    </message>
    <message>
        <source>the decrypted content is not a stanza content encryption envelope</source>
        <translation>解密后的内容不是消息内容加密信封</translation>
    </message>
    <message>
        <source>the decrypted envelope is malformed</source>
        <translation>解密后的信封格式错误</translation>
    </message>
    <message>
        <source>the decrypted envelope does not name its sender</source>
        <translation>解密后的信封没有写明发送者</translation>
    </message>
    <message>
        <source>this device cannot remove itself</source>
        <translation>此设备不能移除自身</translation>
    </message>
    <message>
        <source>the account is not connected: try again once it is</source>
        <translation>账户未连接：连接后请重试</translation>
    </message>
    <message>
        <source>the server did not accept the new device list</source>
        <translation>服务器未接受新的设备列表</translation>
    </message>
</context>
<context>
    <name>OmemoTrustUri</name>
    <message>
        <source>This text is too long to be a verification code.</source>
        <translation>这段文本太长，不可能是验证代码。</translation>
    </message>
    <message>
        <source>This is not an XMPP verification code (it does not start with &quot;xmpp:&quot;).</source>
        <translation>这不是 XMPP 验证代码（它不以“xmpp:”开头）。</translation>
    </message>
    <message>
        <source>The code names no valid address.</source>
        <translation>此代码中没有有效的地址。</translation>
    </message>
    <message>
        <source>The code holds a damaged key (%1).</source>
        <translation>此代码包含一个损坏的密钥（%1）。</translation>
    </message>
    <message>
        <source>The code names more keys than any account has.</source>
        <translation>此代码中的密钥数量超过了任何账户可能拥有的数量。</translation>
    </message>
    <message>
        <source>The code is for another kind of encryption than OMEMO.</source>
        <translation>此代码用于 OMEMO 以外的其他加密方式。</translation>
    </message>
    <message>
        <source>The code names no OMEMO key to verify.</source>
        <translation>此代码中没有可验证的 OMEMO 密钥。</translation>
    </message>
</context>
<context>
    <name>OutgoingErrorText</name>
    <message>
        <source>%1 does not exist or does not accept messages.</source>
        <translation>%1 不存在或不接收消息。</translation>
    </message>
    <message>
        <source>The server of %1 (%2) cannot be reached.</source>
        <translation>无法连接到 %1 的服务器（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a valid chat address.</source>
        <translation>%1 不是有效的聊天地址。</translation>
    </message>
    <message>
        <source>The server refused the message to %1.</source>
        <translation>服务器拒绝了发给 %1 的消息。</translation>
    </message>
    <message>
        <source>The server of %1 is overloaded; try again later.</source>
        <translation>%1 的服务器负载过高，请稍后再试。</translation>
    </message>
    <message>
        <source>The message to %1 could not be delivered.</source>
        <translation>发给 %1 的消息无法送达。</translation>
    </message>
    <message>
        <source>%1 The server said: “%2”</source>
        <translation>%1 服务器返回：“%2”</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <source>Go to a chat…</source>
        <translation>转到聊天…</translation>
    </message>
    <message>
        <source>No chat with %1 yet</source>
        <translation>还没有与 %1 的聊天</translation>
    </message>
    <message>
        <source>No chat matches</source>
        <translation>没有匹配的聊天</translation>
    </message>
    <message>
        <source>Start a chat with %1</source>
        <translation>开始与 %1 聊天</translation>
    </message>
</context>
<context>
    <name>ReactionChips</name>
    <message>
        <source>Remove your reaction</source>
        <translation>移除你的回应</translation>
    </message>
    <message>
        <source>React with %1</source>
        <translation>用 %1 回应</translation>
    </message>
</context>
<context>
    <name>ReplyQuote</name>
    <message>
        <source>In reply to an earlier message</source>
        <translation>回复一条较早的消息</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
</context>
<context>
    <name>RetractedContent</name>
    <message>
        <source>You retracted this message</source>
        <translation>你撤回了这条消息</translation>
    </message>
    <message>
        <source>This message was retracted</source>
        <translation>此消息已撤回</translation>
    </message>
</context>
<context>
    <name>Rfc6121RosterManager</name>
    <message>
        <source>%1 is not in the contact list.</source>
        <translation>%1 不在联系人列表中。</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>%1 wants to add you as a contact: “%2”</source>
        <translation>%1 想添加你为联系人：“%2”</translation>
    </message>
    <message>
        <source>%1 wants to add you as a contact.</source>
        <translation>%1 想添加你为联系人。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n contact(s)</source>
        <translation>
            <numerusform>%1，%n 个联系人</numerusform>
        </translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>还没有联系人</translation>
    </message>
    <message>
        <source>Add the people you talk to by their chat address, like name@example.org.</source>
        <translation>通过聊天地址添加你的联系人，例如 name@example.org。</translation>
    </message>
    <message>
        <source>Asked %1 to share their online status with you.</source>
        <translation>已请求 %1 与你分享其在线状态。</translation>
    </message>
    <message>
        <source>Open chat</source>
        <translation>打开聊天</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Groups…</source>
        <translation>分组…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Rename Contact</source>
        <translation>重命名联系人</translation>
    </message>
    <message>
        <source>The name is kept in your contact list on the server, so your other devices show it too.</source>
        <translation>该名称保存在服务器上的联系人列表中，因此你的其他设备上也会显示它。</translation>
    </message>
    <message>
        <source>Contact Groups</source>
        <translation>联系人分组</translation>
    </message>
    <message>
        <source>Groups of %1, separated by commas. Without a group the contact is listed under &quot;Contacts&quot;.</source>
        <translation>%1 所在的分组，用逗号分隔。没有分组的联系人会列在“联系人”下。</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>删除 %1？</translation>
    </message>
    <message>
        <source>%1 leaves your contact list and you stop seeing each other&apos;s online status. Your chat history stays.</source>
        <translation>%1 将从你的联系人列表中移除，你们将不再能看到彼此的在线状态。聊天记录会保留。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Online first</source>
        <translation>在线优先</translation>
    </message>
    <message>
        <source>Blocked · %1</source>
        <translation>已屏蔽 · %1</translation>
    </message>
    <message>
        <source>Stop sharing my online status</source>
        <translation>停止分享我的在线状态</translation>
    </message>
    <message>
        <source>Stop receiving their online status</source>
        <translation>停止接收对方的在线状态</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>取消屏蔽</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>屏蔽</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Commands…</source>
        <translation>命令…</translation>
    </message>
    <message>
        <source>Group by network</source>
        <translation>按网络分组</translation>
    </message>
</context>
<context>
    <name>RosterTreeModel</name>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Other networks</source>
        <translation>其他网络</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Search all messages…</source>
        <translation>搜索所有消息…</translation>
    </message>
    <message>
        <source>You to %1</source>
        <translation>你 → %1</translation>
    </message>
    <message>
        <source>Search your history</source>
        <translation>搜索你的历史记录</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Words from any message in any chat; the last word may be the start of a word.</source>
        <translation>任何聊天中任何消息里的词；最后一个词可以只是词的开头。</translation>
    </message>
    <message>
        <source>No message contains all of these words.</source>
        <translation>没有消息同时包含这些词。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The message database cannot be opened: %1</source>
        <translation>无法打开消息数据库：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid chat address. It looks like name@example.org.</source>
        <translation>“%1”不是有效的聊天地址。它的格式类似 name@example.org。</translation>
    </message>
    <message>
        <source>Enter the password of %1.</source>
        <translation>请输入 %1 的密码。</translation>
    </message>
    <message>
        <source>Enter the password of %1 to connect.</source>
        <translation>请输入 %1 的密码以连接。</translation>
    </message>
    <message>
        <source>%1 Enter the password of %2 to connect.</source>
        <translation>%1 请输入 %2 的密码以连接。</translation>
    </message>
    <message>
        <source>The message could not be saved: %1</source>
        <translation>无法保存消息：%1</translation>
    </message>
    <message>
        <source>Set up an account first.</source>
        <translation>请先设置一个账户。</translation>
    </message>
    <message>
        <source>%1 is not one of your accounts.</source>
        <translation>%1 不是你的账户。</translation>
    </message>
    <message>
        <source>%1 is not connected; try again when it is.</source>
        <translation>%1 未连接；请在连接后重试。</translation>
    </message>
    <message>
        <source>That is your own address.</source>
        <translation>这是你自己的地址。</translation>
    </message>
    <message>
        <source>%1 could not be added: %2</source>
        <translation>无法添加 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be renamed: %2</source>
        <translation>无法重命名 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be moved: %2</source>
        <translation>无法移动 %1：%2</translation>
    </message>
    <message>
        <source>There is no certificate waiting for a decision for %1.</source>
        <translation>%1 没有等待确认的证书。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate changed; compare the new fingerprint before trusting it.</source>
        <translation>服务器的证书已更改；请先比较新的指纹，再决定是否信任。</translation>
    </message>
    <message>
        <source>The certificate choice could not be saved: %1</source>
        <translation>无法保存证书选择：%1</translation>
    </message>
    <message>
        <source>The account could not be enabled: %1</source>
        <translation>无法启用账户：%1</translation>
    </message>
    <message>
        <source>The password of %1 could not be removed from the keychain: %2</source>
        <translation>无法从钥匙串中删除 %1 的密码：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address or a domain that can be blocked.</source>
        <translation>“%1”不是可以屏蔽的地址或域名。</translation>
    </message>
    <message>
        <source>You cannot block your own address.</source>
        <translation>你不能屏蔽自己的地址。</translation>
    </message>
    <message>
        <source>%1 could not be blocked: %2</source>
        <translation>无法屏蔽 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be unblocked: %2</source>
        <translation>无法取消屏蔽 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be stopped from seeing your presence.</source>
        <translation>无法阻止 %1 查看你的在线状态。</translation>
    </message>
    <message>
        <source>%1 could not be unsubscribed from: %2</source>
        <translation>无法取消订阅 %1 的在线状态：%2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Light or dark, or as the rest of the desktop.</source>
        <translation>浅色或深色，或者与桌面其他部分保持一致。</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>显示通知</translation>
    </message>
    <message>
        <source>For new messages in chats that are not muted and not on screen; reply from the notification.</source>
        <translation>针对未静音且不在屏幕上的聊天中的新消息；可直接在通知中回复。</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Isthmus %1</source>
        <translation>Isthmus %1</translation>
    </message>
    <message>
        <source>A messenger for everyone you talk to, over XMPP and its gateways.</source>
        <translation>一款通过 XMPP 及其网关与所有人聊天的通讯软件。</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Show Isthmus</source>
        <translation>显示 Isthmus</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Unread messages: %1</source>
        <translation>未读消息：%1</translation>
    </message>
    <message>
        <source>No unread messages</source>
        <translation>没有未读消息</translation>
    </message>
</context>
<context>
    <name>UndecryptableContent</name>
    <message>
        <source>%1 sent an encrypted message this device cannot read: %2.</source>
        <translation>%1 发送了一条此设备无法读取的加密消息：%2。</translation>
    </message>
    <message>
        <source>%1 sent an encrypted message this device cannot read.</source>
        <translation>%1 发送了一条此设备无法读取的加密消息。</translation>
    </message>
</context>
<context>
    <name>UnreadMarker</name>
    <message>
        <source>New messages</source>
        <translation>新消息</translation>
    </message>
</context>
<context>
    <name>UnsupportedContent</name>
    <message>
        <source>a file</source>
        <translation>一个文件</translation>
    </message>
    <message>
        <source>a sticker</source>
        <translation>一个贴纸</translation>
    </message>
    <message>
        <source>a kind of message it does not know</source>
        <translation>一种它不认识的消息</translation>
    </message>
    <message>
        <source>You sent something Isthmus cannot show yet: %1</source>
        <translation>你发送了 Isthmus 暂时无法显示的内容：%1</translation>
    </message>
    <message>
        <source>%1 sent something Isthmus cannot show yet: %2</source>
        <translation>%1 发送了 Isthmus 暂时无法显示的内容：%2</translation>
    </message>
</context>
<context>
    <name>Xep0077RegistrationForm</name>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Chat with everyone over XMPP and its gateways.
The password is read from the ISTHMUS_PASSWORD environment variable.</source>
        <translation>通过 XMPP 及其网关与所有人聊天。
密码从环境变量 ISTHMUS_PASSWORD 中读取。</translation>
    </message>
    <message>
        <source>Log in as &lt;jid&gt;.</source>
        <translation>以 &lt;jid&gt; 身份登录。</translation>
    </message>
    <message>
        <source>Connect to &lt;host&gt; instead of the address&apos;s domain.</source>
        <translation>连接到 &lt;host&gt;，而不是地址中的域名。</translation>
    </message>
    <message>
        <source>Connect to &lt;port&gt;.</source>
        <translation>连接到 &lt;port&gt; 端口。</translation>
    </message>
    <message>
        <source>Keep the message database in &lt;dir&gt;.</source>
        <translation>将消息数据库保存在 &lt;dir&gt; 中。</translation>
    </message>
    <message>
        <source>An xmpp: address to open, e.g. xmpp:alice@example.org</source>
        <translation>要打开的 xmpp: 地址，例如 xmpp:alice@example.org</translation>
    </message>
</context>
</TS>
