<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AppProfileStore</name>
    <message>
        <source>the keychain entry is damaged</source>
        <translation>キーチェーンのエントリが破損しています</translation>
    </message>
</context>
<context>
    <name>ArnBar</name>
    <message>
        <source>&amp;Inspect</source>
        <translation>検査(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;ARN:</source>
        <translation>ARN(&amp;A):</translation>
    </message>
    <message>
        <source>Ingest configuration ARN</source>
        <translation>取り込み設定の ARN</translation>
    </message>
    <message>
        <source>One or more ARNs, separated by spaces or new lines</source>
        <translation>1 つ以上の ARN (スペースまたは改行で区切る)</translation>
    </message>
    <message>
        <source>arn:aws:ivs:REGION:ACCOUNT:ingest-configuration/ID</source>
        <translation>arn:aws:ivs:REGION:ACCOUNT:ingest-configuration/ID</translation>
    </message>
    <message>
        <source>Clear the ARN field</source>
        <translation>ARN フィールドをクリア</translation>
    </message>
    <message>
        <source>ARN check</source>
        <translation>ARN のチェック</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>検査</translation>
    </message>
    <message>
        <source>Cancel the requests</source>
        <translation>リクエストをキャンセル</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>ARN %1: %2</source>
        <translation>ARN %1: %2</translation>
    </message>
    <message>
        <source>IVS Real-Time is not known to run in %1.</source>
        <translation>IVS Real-Time は %1 で提供されていない可能性があります。</translation>
    </message>
    <message>
        <source>These credentials are for account %1, but the ARN is in account %2.</source>
        <translation>この認証情報はアカウント %1 のものですが、ARN はアカウント %2 のものです。</translation>
    </message>
    <message>
        <source>Not an ARN: Inspect looks up the ingest configuration with this ID or name in %1.</source>
        <translation>ARN ではありません。[検査] を押すと、%1 でこの ID または名前の取り込み設定を検索します。</translation>
    </message>
    <message>
        <source>Paste the ARN of an ingest configuration, or several, one per line.</source>
        <translation>取り込み設定の ARN を貼り付けてください。複数の場合は 1 行に 1 つずつ貼り付けます。</translation>
    </message>
    <message>
        <source>Cannot inspect yet: %1</source>
        <translation>まだ検査できません: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n good ARN(s) will be inspected; skipped: %1</source>
        <translation>
            <numerusform>有効な ARN %n 件を検査します。スキップ: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Region %1 · account %2</source>
        <translation>リージョン %1 · アカウント %2</translation>
    </message>
    <message numerus="yes">
        <source>%n ARNs, each inspected in its own tab.</source>
        <translation>
            <numerusform>%n 件の ARN をそれぞれ個別のタブで検査します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
</context>
<context>
    <name>ArnSubmission</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n ARN(s) not inspected</source>
        <translation>
            <numerusform>%n 件の ARN を検査しませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not look up %1</source>
        <translation>%1 を検索できませんでした</translation>
    </message>
    <message>
        <source>Nothing called %1</source>
        <translation>%1 は見つかりません</translation>
    </message>
    <message>
        <source>No ingest configuration in %1 has this ID or name. Check the region of the profile, or open View &gt; Browse to see them all.</source>
        <translation>%1 には、この ID または名前の取り込み設定がありません。プロファイルのリージョンを確認するか、[表示] &gt; [取り込み設定の一覧] ですべて表示してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n configuration(s) are called %1</source>
        <translation>
            <numerusform>%1 という名前の取り込み設定が %n 件あります</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is shown in its own tab.</source>
        <translation>それぞれ個別のタブに表示しています。</translation>
    </message>
</context>
<context>
    <name>AssumeRoleProvider</name>
    <message>
        <source>Profile %1 has both source_profile and credential_source; keep only one.</source>
        <translation>プロファイル %1 に source_profile と credential_source の両方が設定されています。どちらか一方のみにしてください。</translation>
    </message>
    <message>
        <source>Profile %1 has role_arn but neither source_profile nor credential_source.</source>
        <translation>プロファイル %1 には role_arn がありますが、source_profile も credential_source もありません。</translation>
    </message>
    <message>
        <source>Profile %1 uses credential_source = %2, which only works on AWS compute; ivs-inspector supports Environment or a source_profile.</source>
        <translation>プロファイル %1 は credential_source = %2 を使用していますが、これは AWS のコンピューティング環境でのみ機能します。ivs-inspector がサポートしているのは Environment または source_profile です。</translation>
    </message>
    <message>
        <source>Profile %1 takes its source credentials from the environment, but AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set.</source>
        <translation>プロファイル %1 はソース認証情報を環境変数から取得しますが、AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY が設定されていません。</translation>
    </message>
    <message>
        <source>The source_profile settings form a loop (%1); a chain of roles must end in a profile with keys, SSO or credential_process.</source>
        <translation>source_profile の設定がループしています (%1)。ロールのチェーンは、キー、SSO、または credential_process を持つプロファイルで終わる必要があります。</translation>
    </message>
    <message>
        <source>Profile %1 needs an MFA code (mfa_serial), but there is no way to ask for one here.</source>
        <translation>プロファイル %1 には MFA コード (mfa_serial) が必要ですが、ここではコードの入力を求めることができません。</translation>
    </message>
    <message>
        <source>No MFA code was entered for profile %1.</source>
        <translation>プロファイル %1 の MFA コードが入力されませんでした。</translation>
    </message>
    <message>
        <source>Profile %1 could not assume its role: %2 (%3)</source>
        <translation>プロファイル %1 はロールを引き受けられませんでした: %2 (%3)</translation>
    </message>
    <message>
        <source>STS answered AssumeRole for profile %1 without credentials.</source>
        <translation>STS はプロファイル %1 の AssumeRole に対し、認証情報を含まない応答を返しました。</translation>
    </message>
</context>
<context>
    <name>AwsError</name>
    <message>
        <source>No error</source>
        <translation>エラーなし</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>無効なリクエスト</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>アクセス拒否</translation>
    </message>
    <message>
        <source>Credentials rejected</source>
        <translation>認証情報が拒否されました</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>リクエストが多すぎます</translation>
    </message>
    <message>
        <source>Service error</source>
        <translation>サービスエラー</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>リクエストが拒否されました</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>安全な接続に失敗しました</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>Unreadable reply</source>
        <translation>応答を読み取れません</translation>
    </message>
    <message>
        <source>Reply too large</source>
        <translation>応答が大きすぎます</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>Check that the region, account and ID in the ARN are right and that the ingest configuration was not deleted.</source>
        <translation>ARN のリージョン、アカウント、ID が正しいこと、および取り込み設定が削除されていないことを確認してください。</translation>
    </message>
    <message>
        <source>The service refused the request as invalid: check the ARN.</source>
        <translation>サービスはリクエストを無効として拒否しました。ARN を確認してください。</translation>
    </message>
    <message>
        <source>The credentials are valid but not allowed to do this: check the IAM policy.</source>
        <translation>認証情報は有効ですが、この操作は許可されていません。IAM ポリシーを確認してください。</translation>
    </message>
    <message>
        <source>The credentials are valid but not allowed to do this: the IAM policy needs %1 on this resource.</source>
        <translation>認証情報は有効ですが、この操作は許可されていません。IAM ポリシーでこのリソースに対する %1 を許可する必要があります。</translation>
    </message>
    <message>
        <source>The credentials were not accepted: check the access key, the secret and the session token, and renew them if they have expired. Also check that this computer&apos;s clock is right.</source>
        <translation>認証情報が受け入れられませんでした。アクセスキー、シークレット、セッショントークンを確認し、有効期限が切れている場合は更新してください。また、このコンピューターの時計が正しいことも確認してください。</translation>
    </message>
    <message>
        <source>IVS allows 5 requests a second per account and region. Wait a moment and try again.</source>
        <translation>IVS では、アカウントおよびリージョンごとに 1 秒あたり 5 リクエストまで許可されています。しばらく待ってから再試行してください。</translation>
    </message>
    <message>
        <source>The service had a problem. Try again in a moment; if it persists, check the AWS Health Dashboard.</source>
        <translation>サービスで問題が発生しました。しばらくしてから再試行してください。問題が解決しない場合は、AWS Health Dashboard を確認してください。</translation>
    </message>
    <message>
        <source>Read the service&apos;s message above for the reason.</source>
        <translation>理由については、上記のサービスからのメッセージを参照してください。</translation>
    </message>
    <message>
        <source>Check the network connection, any proxy, and the endpoint URL.</source>
        <translation>ネットワーク接続、プロキシ (使用している場合)、エンドポイント URL を確認してください。</translation>
    </message>
    <message>
        <source>The secure connection could not be set up: check the system&apos;s date and CA certificates, and any proxy that intercepts HTTPS.</source>
        <translation>安全な接続を確立できませんでした。システムの日付と CA 証明書、および HTTPS を傍受するプロキシがあればその設定を確認してください。</translation>
    </message>
    <message>
        <source>The service did not answer in time. Check the network, or raise the timeout.</source>
        <translation>サービスが時間内に応答しませんでした。ネットワークを確認するか、タイムアウトを長くしてください。</translation>
    </message>
    <message>
        <source>The reply was cut short or is not what IVS sends. Try again; if you use a custom endpoint, check that it is an IVS Real-Time endpoint.</source>
        <translation>応答が途中で切れているか、IVS が返す形式ではありません。再試行してください。カスタムエンドポイントを使用している場合は、それが IVS Real-Time のエンドポイントであることを確認してください。</translation>
    </message>
    <message>
        <source>The reply is far larger than any IVS reply: check that the endpoint URL points at IVS Real-Time.</source>
        <translation>応答が IVS の応答としては大きすぎます。エンドポイント URL が IVS Real-Time を指していることを確認してください。</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP ステータス %1</translation>
    </message>
    <message>
        <source>Insecure endpoint</source>
        <translation>安全でないエンドポイント</translation>
    </message>
    <message>
        <source>Signed requests go over plain http:// only to this computer (localhost). Use https://, or allow this host explicitly (--allow-http-endpoint, or Preferences in the window).</source>
        <translation>署名付きリクエストを暗号化されていない http:// で送信できるのは、このコンピューター (localhost) 宛ての場合のみです。https:// を使用するか、このホストを明示的に許可してください (--allow-http-endpoint、またはウィンドウの [環境設定])。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>AwsHttpCall</name>
    <message>
        <source>The reply was refused because it is larger than %1 KiB.</source>
        <translation>応答が %1 KiB を超えているため、受け付けませんでした。</translation>
    </message>
    <message>
        <source>The connection closed after %1 of %2 bytes of the reply.</source>
        <translation>応答を %1 / %2 バイト受信した時点で接続が閉じられました。</translation>
    </message>
    <message>
        <source>an unknown number of</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>The endpoint %1 uses plain http://, which would expose the signed request to anyone on the network; nothing was sent.</source>
        <translation>エンドポイント %1 は暗号化されていない http:// を使用しているため、署名付きリクエストがネットワーク上の誰にでも見えてしまいます。何も送信していません。</translation>
    </message>
    <message>
        <source>the computer&apos;s clock is off</source>
        <translation>コンピューターの時計がずれています</translation>
    </message>
    <message>
        <source>The reply came compressed (Content-Encoding: %1, %2 bytes) although the request asked for none; it was not unpacked.</source>
        <translation>リクエストでは圧縮を求めていないのに、応答が圧縮されていました (Content-Encoding: %1、%2 バイト)。展開していません。</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1 (connection refused).</source>
        <translation>%1 で接続を受け付けるものがありません (接続拒否)。</translation>
    </message>
    <message>
        <source>The host name %1 could not be found.</source>
        <translation>ホスト名 %1 が見つかりませんでした。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>%1 への安全な接続に失敗しました: %2</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 seconds (the connect timeout).</source>
        <translation>%2 秒以内に %1 に接続できませんでした (接続タイムアウト)。</translation>
    </message>
    <message>
        <source>%1 stopped answering: nothing arrived for %2 seconds (the read timeout).</source>
        <translation>%1 が応答しなくなりました。%2 秒間データを受信していません (読み取りタイムアウト)。</translation>
    </message>
    <message>
        <source>%1 had not finished its reply after %2 seconds, the limit for one attempt (connect timeout plus read timeout); %3 bytes had arrived.</source>
        <translation>%1 は %2 秒経っても応答を完了しませんでした。これは 1 回の試行の上限 (接続タイムアウト + 読み取りタイムアウト) です。受信済みのデータは %3 バイトでした。</translation>
    </message>
    <message>
        <source>The reply was refused because its headers are larger than %1 KiB; no AWS reply comes near that.</source>
        <translation>応答のヘッダーが %1 KiB を超えているため、受け付けませんでした。AWS の応答がこれほど大きくなることはありません。</translation>
    </message>
    <message>
        <source>The reply is not valid HTTP: %1.</source>
        <translation>応答が有効な HTTP ではありません: %1。</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 は応答せずに接続を閉じました。</translation>
    </message>
</context>
<context>
    <name>AwsIniFile</name>
    <message>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 の %2 行目</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the section [%1] appears a second time; its keys are added to the first one, but the AWS CLI rejects the whole file.</source>
        <translation>セクション [%1] が 2 回出現しています。ここではそのキーは最初のセクションに追加されますが、AWS CLI はファイル全体を拒否します。</translation>
    </message>
    <message>
        <source>%1 comes before the first [section] header; it is ignored here, but the AWS CLI rejects the whole file.</source>
        <translation>%1 は最初の [section] ヘッダーより前にあります。ここでは無視されますが、AWS CLI はファイル全体を拒否します。</translation>
    </message>
    <message>
        <source>%1 is neither a [section] header nor a &quot;key = value&quot; line; it is ignored here, but the AWS CLI rejects the whole file.</source>
        <translation>%1 は [section] ヘッダーでも &quot;key = value&quot; 行でもありません。ここでは無視されますが、AWS CLI はファイル全体を拒否します。</translation>
    </message>
    <message>
        <source>%1 has no key before the %2; it is ignored here, but the AWS CLI rejects the whole file.</source>
        <translation>%1 には %2 の前にキーがありません。ここでは無視されますが、AWS CLI はファイル全体を拒否します。</translation>
    </message>
    <message>
        <source>the key %1 in section [%2] was already set on line %3; the later value is used here, but the AWS CLI rejects the whole file.</source>
        <translation>セクション [%2] のキー %1 は %3 行目ですでに設定されています。ここでは後の値が使用されますが、AWS CLI はファイル全体を拒否します。</translation>
    </message>
    <message>
        <source>%1 under %2 has no &quot;=&quot;; it is ignored here, but the AWS CLI rejects the whole file.</source>
        <translation>%2 の下の %1 に &quot;=&quot; がありません。ここでは無視されますが、AWS CLI はファイル全体を拒否します。</translation>
    </message>
</context>
<context>
    <name>AwsSharedConfig</name>
    <message>
        <source>%1 cannot be read (%2); its settings are not used.</source>
        <translation>%1 を読み取れません (%2)。その設定は使用されません。</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8; the AWS CLI rejects it. Save it as UTF-8.</source>
        <translation>%1 は有効な UTF-8 ではないため、AWS CLI はこのファイルを拒否します。UTF-8 で保存してください。</translation>
    </message>
    <message>
        <source>config file</source>
        <translation>config ファイル</translation>
    </message>
    <message>
        <source>credentials file</source>
        <translation>credentials ファイル</translation>
    </message>
    <message>
        <source>%1: the section [%2] is ignored, as the AWS CLI ignores it. Write it as [%3 NAME], with quotes around a name that contains spaces.</source>
        <translation>%1: セクション [%2] は AWS CLI と同様に無視されます。[%3 NAME] の形式で記述し、名前に空白が含まれる場合は引用符で囲んでください。</translation>
    </message>
    <message>
        <source>%1: both [default] and [%2] define the default profile; [%2] is used.</source>
        <translation>%1: [default] と [%2] の両方がデフォルトプロファイルを定義しています。[%2] が使用されます。</translation>
    </message>
    <message>
        <source>profile %1 names services section %2, which does not exist</source>
        <translation>プロファイル %1 が指定している services セクション %2 は存在しません</translation>
    </message>
    <message>
        <source>profile %1 names services section %2, which is empty</source>
        <translation>プロファイル %1 が指定している services セクション %2 は空です</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, far more than any AWS configuration needs; it is not read.</source>
        <translation>%1 は %2 MiB を超えています。AWS の設定ファイルとしては大きすぎるため、読み込みません。</translation>
    </message>
    <message>
        <source>%1: the sections [%2] and [%3] both define the profile %4; only [%3] is used.</source>
        <translation>%1: セクション [%2] と [%3] の両方がプロファイル %4 を定義しています。[%3] のみが使用されます。</translation>
    </message>
</context>
<context>
    <name>BrowsePanel</name>
    <message>
        <source>&amp;Get list</source>
        <translation>一覧を取得(&amp;G)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Browse ingest configurations</source>
        <translation>取り込み設定の一覧</translation>
    </message>
    <message>
        <source>Ingest configurations</source>
        <translation>取り込み設定</translation>
    </message>
    <message>
        <source>Listing status</source>
        <translation>一覧取得の状況</translation>
    </message>
    <message>
        <source>Region to list</source>
        <translation>一覧を取得するリージョン</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>すべてのリージョン</translation>
    </message>
    <message>
        <source>Filter applied by the service</source>
        <translation>サービス側で適用するフィルター</translation>
    </message>
    <message>
        <source>Every configuration</source>
        <translation>すべての取り込み設定</translation>
    </message>
    <message>
        <source>Only ACTIVE (service filter)</source>
        <translation>ACTIVE のみ (サービス側で絞り込み)</translation>
    </message>
    <message>
        <source>Only INACTIVE (service filter)</source>
        <translation>INACTIVE のみ (サービス側で絞り込み)</translation>
    </message>
    <message>
        <source>Only one stage (service filter)…</source>
        <translation>1 つのステージのみ (サービス側で絞り込み)…</translation>
    </message>
    <message>
        <source>Stage ARN for the service filter</source>
        <translation>サービス側の絞り込みに使うステージ ARN</translation>
    </message>
    <message>
        <source>arn:aws:ivs:region:account:stage/…</source>
        <translation>arn:aws:ivs:region:account:stage/…</translation>
    </message>
    <message>
        <source>List every page (ListIngestConfigurations), within the request quota</source>
        <translation>すべてのページを取得します (ListIngestConfigurations)。リクエストの上限枠の範囲内で行います</translation>
    </message>
    <message>
        <source>Regi&amp;on:</source>
        <translation>リージョン(&amp;O):</translation>
    </message>
    <message>
        <source>Search name, user ID, participant ID and ARN</source>
        <translation>名前、ユーザー ID、参加者 ID、ARN を検索</translation>
    </message>
    <message>
        <source>Search name, user ID, participant ID, ARN</source>
        <translation>名前、ユーザー ID、参加者 ID、ARN</translation>
    </message>
    <message>
        <source>Show configurations in this state</source>
        <translation>この状態の取り込み設定を表示</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIVE</translation>
    </message>
    <message>
        <source>INACTIVE</source>
        <translation>INACTIVE</translation>
    </message>
    <message>
        <source>Show configurations with this protocol</source>
        <translation>このプロトコルの取り込み設定を表示</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>すべてのプロトコル</translation>
    </message>
    <message>
        <source>Show configurations of a stage</source>
        <translation>ステージの取り込み設定を表示</translation>
    </message>
    <message>
        <source>Stage (part of its ARN)</source>
        <translation>ステージ (ARN の一部)</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>検索:</translation>
    </message>
    <message numerus="yes">
        <source>Listing… %n configuration(s) so far; pages wait their turn in the quota of 5 requests a second per region.</source>
        <translation>
            <numerusform>一覧を取得しています… %n 件取得済み (上限枠: リージョンごとに毎秒 5 リクエスト)</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>一覧を取得しています…</translation>
    </message>
    <message>
        <source>Listing cancelled</source>
        <translation>一覧の取得をキャンセルしました</translation>
    </message>
    <message>
        <source>The table shows what was listed before.</source>
        <translation>表には以前に取得した一覧を表示しています。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) could not be listed</source>
        <translation>
            <numerusform>%n 個のリージョンの一覧を取得できませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>The other regions are shown. A region the account has not opted in to answers like this too.
%1</source>
        <translation>ほかのリージョンの一覧は表示しています。アカウントでオプトインしていないリージョンも、このように応答します。
%1</translation>
    </message>
    <message>
        <source>Could not list</source>
        <translation>一覧を取得できませんでした</translation>
    </message>
    <message>
        <source>Offline: showing the last listing</source>
        <translation>オフライン: 前回の一覧を表示しています</translation>
    </message>
    <message>
        <source>Listing failed: %1
Shown is what was listed %2; states may have changed since.</source>
        <translation>一覧の取得に失敗しました: %1
%2に取得した一覧を表示しています。その後、状態が変わっている可能性があります。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln configuration(s)</source>
        <translation>
            <numerusform>%1 / %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · last listed %2 (offline, may be out of date)</source>
        <translation>%1 · %2に取得 (オフライン、古い可能性があります)</translation>
    </message>
    <message>
        <source>%1 · listed %2</source>
        <translation>%1 · %2に取得</translation>
    </message>
    <message>
        <source>Pick a region and press Get list.</source>
        <translation>リージョンを選択して [一覧を取得] を押してください。</translation>
    </message>
</context>
<context>
    <name>ClipboardStatus</name>
    <message numerus="yes">
        <source>The clipboard holds a stream key; it is cleared in %n second(s).</source>
        <translation>
            <numerusform>クリップボードにストリームキーがあります。%n 秒後に消去されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The stream key is no longer on the clipboard.</source>
        <translation>ストリームキーはクリップボードから消えています。</translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>クリップボードを消去しました。</translation>
    </message>
</context>
<context>
    <name>ConfigurationLister</name>
    <message>
        <source>You must specify a region. You can also configure your region by running &quot;aws configure&quot;.</source>
        <translation>リージョンを指定する必要があります。&quot;aws configure&quot; を実行してリージョンを設定することもできます。</translation>
    </message>
</context>
<context>
    <name>ConfigurationTableModel</name>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIVE</translation>
    </message>
    <message>
        <source>INACTIVE</source>
        <translation>INACTIVE</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Last refreshed</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
</context>
<context>
    <name>CredentialProcess</name>
    <message>
        <source>The credential process printed something that is not JSON (%1).</source>
        <translation>認証情報プロセスが JSON ではない内容を出力しました (%1)。</translation>
    </message>
    <message>
        <source>The credential process printed an unsupported Version; only Version 1 is supported.</source>
        <translation>認証情報プロセスがサポートされていない Version を出力しました。サポートされているのは Version 1 のみです。</translation>
    </message>
    <message>
        <source>The credential process&apos;s output lacks AccessKeyId or SecretAccessKey.</source>
        <translation>認証情報プロセスの出力に AccessKeyId または SecretAccessKey がありません。</translation>
    </message>
    <message>
        <source>credential_process is empty.</source>
        <translation>credential_process が空です。</translation>
    </message>
    <message>
        <source>did not finish within %1 seconds</source>
        <translation>%1 秒以内に終了しませんでした</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>クラッシュしました</translation>
    </message>
    <message>
        <source>exited with status %1</source>
        <translation>ステータス %1 で終了しました</translation>
    </message>
    <message>
        <source>The credential process&apos;s Expiration %1 is not an ISO 8601 time.</source>
        <translation>認証情報プロセスの Expiration %1 は ISO 8601 形式の時刻ではありません。</translation>
    </message>
    <message>
        <source>The credential process gave credentials that expired at %1 (its Expiration); they are not used. It must print fresh ones.</source>
        <translation>認証情報プロセスが返した認証情報は %1 に期限切れになっています (Expiration)。使用しません。プロセスは有効な認証情報を出力する必要があります。</translation>
    </message>
    <message>
        <source>The credential process %1 could not be started: %2</source>
        <translation>認証情報プロセス %1 を開始できませんでした: %2</translation>
    </message>
    <message>
        <source>The credential process %1 %2.%3</source>
        <translation>認証情報プロセス %1 が%2。%3</translation>
    </message>
</context>
<context>
    <name>CredentialResolver</name>
    <message>
        <source>Unable to locate credentials. Add a profile (ivs-inspector configure), set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or name a profile with --profile.</source>
        <translation>認証情報が見つかりません。プロファイルを追加する (ivs-inspector configure)、AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY を設定する、または --profile でプロファイルを指定してください。</translation>
    </message>
    <message>
        <source>The credentials of profile %1 could not be read from the keychain: %2</source>
        <translation>プロファイル %1 の認証情報をキーチェーンから読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>The config profile (%1) could not be found</source>
        <translation>設定プロファイル (%1) が見つかりませんでした</translation>
    </message>
    <message>
        <source>The profile %1 has no credentials: it needs aws_access_key_id and aws_secret_access_key, role_arn, an SSO configuration or credential_process.</source>
        <translation>プロファイル %1 には認証情報がありません。aws_access_key_id と aws_secret_access_key、role_arn、SSO 設定、credential_process のいずれかが必要です。</translation>
    </message>
    <message>
        <source>Profile %1: %2</source>
        <translation>プロファイル %1: %2</translation>
    </message>
    <message>
        <source>Without a keychain (on a server, over SSH), configure cannot store a profile: put the keys in ~/.aws/credentials instead, as for the AWS CLI.</source>
        <translation>キーチェーンのない環境 (サーバー上や SSH 経由) では、configure でプロファイルを保存できません。AWS CLI と同様に、キーを ~/.aws/credentials に記述してください。</translation>
    </message>
</context>
<context>
    <name>CredentialSource</name>
    <message>
        <source>no credentials</source>
        <translation>認証情報なし</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>キーチェーン</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>このセッションのみ</translation>
    </message>
    <message>
        <source>shared credentials file</source>
        <translation>共有 credentials ファイル</translation>
    </message>
    <message>
        <source>shared config file</source>
        <translation>共有 config ファイル</translation>
    </message>
    <message>
        <source>credential process</source>
        <translation>認証情報プロセス</translation>
    </message>
    <message>
        <source>IAM Identity Center (SSO)</source>
        <translation>IAM Identity Center (SSO)</translation>
    </message>
    <message>
        <source>assumed role</source>
        <translation>引き受けたロール</translation>
    </message>
    <message>
        <source>built-in demo</source>
        <translation>組み込みデモ</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>認証情報</translation>
    </message>
    <message>
        <source>Profiles kept by IVS Ingest Inspector</source>
        <translation>IVS Ingest Inspector が保持するプロファイル</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>アクセスキー ID</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>シークレットアクセスキー</translation>
    </message>
    <message>
        <source>Session token (optional)</source>
        <translation>セッショントークン (オプション)</translation>
    </message>
    <message>
        <source>Only for temporary credentials</source>
        <translation>一時的な認証情報の場合のみ</translation>
    </message>
    <message>
        <source>Default region</source>
        <translation>デフォルトリージョン</translation>
    </message>
    <message>
        <source>Ask AWS STS who these credentials belong to</source>
        <translation>この認証情報の所有者を AWS STS に問い合わせます</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Access key ID:</source>
        <translation>アクセスキー ID(&amp;A):</translation>
    </message>
    <message>
        <source>Secret access &amp;key:</source>
        <translation>シークレットアクセスキー(&amp;K):</translation>
    </message>
    <message>
        <source>Session &amp;token:</source>
        <translation>セッショントークン(&amp;T):</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>デフォルトリージョン(&amp;R):</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain. Profiles from ~/.aws are used as they are and are not shown here.</source>
        <translation>シークレットはシステムのキーチェーンに保存されます。~/.aws のプロファイルはそのまま使用され、ここには表示されません。</translation>
    </message>
    <message>
        <source>%1 (this session only)</source>
        <translation>%1 (このセッションのみ)</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>キーチェーン</translation>
    </message>
    <message>
        <source>Give the profile a name of letters, digits and _ . @ + - (it starts with a letter or digit).</source>
        <translation>プロファイル名には英字、数字、_ . @ + - を使用してください (先頭は英字または数字)。</translation>
    </message>
    <message>
        <source>An access key ID and a secret access key are needed.</source>
        <translation>アクセスキー ID とシークレットアクセスキーが必要です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region name such as us-east-1.</source>
        <translation>&quot;%1&quot; は us-east-1 のようなリージョン名ではありません。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>保存されていません</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存しました</translation>
    </message>
    <message>
        <source>Profile %1 is in the system keychain.</source>
        <translation>プロファイル %1 をシステムのキーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>Not saved in the keychain</source>
        <translation>キーチェーンに保存されていません</translation>
    </message>
    <message>
        <source>Kept for this session</source>
        <translation>このセッションで保持しています</translation>
    </message>
    <message>
        <source>Profile %1 is held in memory until the app closes; nothing was written to disk.</source>
        <translation>プロファイル %1 はアプリを終了するまでメモリに保持されます。ディスクには何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>削除されていません</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除しました</translation>
    </message>
    <message>
        <source>Profile %1 was deleted.</source>
        <translation>プロファイル %1 を削除しました。</translation>
    </message>
    <message>
        <source>These credentials work</source>
        <translation>この認証情報は有効です</translation>
    </message>
    <message>
        <source>They belong to account %1.</source>
        <translation>アカウント %1 に属しています。</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>新規(&amp;W)</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>テスト(&amp;E)</translation>
    </message>
    <message>
        <source>Keep for this session onl&amp;y</source>
        <translation>このセッションのみ保持(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>CredentialsFlow</name>
    <message>
        <source>No AWS credentials found</source>
        <translation>AWS 認証情報が見つかりません</translation>
    </message>
    <message>
        <source>There is no profile and no access key in the environment. Add the access key of an IAM user or role that may read your ingest configurations.</source>
        <translation>プロファイルも環境変数のアクセスキーもありません。取り込み設定を読み取れる IAM ユーザーまたはロールのアクセスキーを追加してください。</translation>
    </message>
    <message>
        <source>Add crede&amp;ntials…</source>
        <translation>認証情報を追加(&amp;N)…</translation>
    </message>
    <message>
        <source>Try the de&amp;mo</source>
        <translation>デモを試す(&amp;M)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>No credentials</source>
        <translation>認証情報がありません</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>デモを試す</translation>
    </message>
    <message>
        <source>Account %1 · %2</source>
        <translation>アカウント %1 · %2</translation>
    </message>
    <message>
        <source>Credentials work</source>
        <translation>認証情報は有効です</translation>
    </message>
    <message>
        <source>%1 (%2) belongs to account %3.</source>
        <translation>%1 (%2) はアカウント %3 に属しています。</translation>
    </message>
    <message>
        <source>The environment&apos;s key</source>
        <translation>環境変数のキー</translation>
    </message>
    <message numerus="yes">
        <source>No profile could be read: the AWS configuration files have %n problem(s). The first:
%1
Fix the file, or add the access key of an IAM user or role that may read your ingest configurations.</source>
        <translation>
            <numerusform>読み込めるプロファイルがありません。AWS 設定ファイルに %n 件の問題があります。最初の問題:
%1
ファイルを修正するか、取り込み設定を読み取れる IAM ユーザーまたはロールのアクセスキーを追加してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DebugLogDialog</name>
    <message>
        <source>&amp;Record requests and replies</source>
        <translation>リクエストと応答を記録(&amp;R)</translation>
    </message>
    <message>
        <source>Debug log</source>
        <translation>デバッグログ</translation>
    </message>
    <message>
        <source>Signatures, secrets, session tokens and stream keys are always redacted</source>
        <translation>署名、シークレット、セッショントークン、ストリームキーは常にマスクされます</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>消去(&amp;L)</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Use &amp;real credentials</source>
        <translation>実際の認証情報を使用(&amp;N)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo&lt;/b&gt; — made-up ingest configurations from a built-in endpoint on this computer, not from AWS. Nothing you do here is saved.</source>
        <translation>&lt;b&gt;デモ&lt;/b&gt; — このコンピューター上の組み込みエンドポイントが返す架空の取り込み設定です。AWS のデータではありません。ここでの操作は保存されません。</translation>
    </message>
    <message>
        <source>Leave the demo and use real credentials</source>
        <translation>デモを終了して実際の認証情報を使用</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>デモモード</translation>
    </message>
</context>
<context>
    <name>ElidedLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>EndpointResolver</name>
    <message>
        <source>No region is known: give an ARN, which names its region, or pass --region.</source>
        <translation>リージョンが不明です。リージョンを含む ARN を指定するか、--region を指定してください。</translation>
    </message>
    <message>
        <source>the profile&apos;s endpoint_url</source>
        <translation>プロファイルの endpoint_url</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (%2 で指定)</translation>
    </message>
    <message>
        <source>%1 is not a usable endpoint URL: it needs a scheme and a host, such as https://ivsrealtime.us-east-1.amazonaws.com.</source>
        <translation>%1 は使用できるエンドポイント URL ではありません。https://ivsrealtime.us-east-1.amazonaws.com のように、スキームとホストが必要です。</translation>
    </message>
    <message>
        <source>The endpoint URL %1 must not contain a query or a fragment.</source>
        <translation>エンドポイント URL %1 にクエリやフラグメントを含めることはできません。</translation>
    </message>
    <message>
        <source>the region is empty.</source>
        <translation>リージョンが空です。</translation>
    </message>
    <message>
        <source>%1 is not a region name: regions are lower-case letters and digits joined by dashes, such as us-east-1.</source>
        <translation>%1 はリージョン名ではありません。リージョン名は、us-east-1 のように英小文字と数字をハイフンでつないだものです。</translation>
    </message>
    <message>
        <source>%1 is not known to run in %2; it runs in %3. The request is sent anyway.</source>
        <translation>%1 は %2 で提供されていない可能性があります (提供リージョン: %3)。リクエストはそのまま送信します。</translation>
    </message>
</context>
<context>
    <name>EventAdvice</name>
    <message>
        <source>The stream contains B-frames, which IVS Real-Time refuses. Turn B-frames off in the encoder (OBS: Output &gt; Streaming &gt; B-frames 0; x264: bframes=0; FFmpeg: -bf 0).</source>
        <translation>ストリームに B フレームが含まれていますが、IVS Real-Time は B フレームを受け付けません。エンコーダーで B フレームをオフにしてください (OBS: [出力] &gt; [配信] &gt; B フレーム 0、x264: bframes=0、FFmpeg: -bf 0)。</translation>
    </message>
    <message>
        <source>The bitrate went above the 8.5 Mbps limit. Set the encoder to constant bitrate at 6 Mbps or less (OBS: Rate control CBR; FFmpeg: -b:v 6M -maxrate 6M -bufsize 12M).</source>
        <translation>ビットレートが上限の 8.5 Mbps を超えました。エンコーダーを 6 Mbps 以下の固定ビットレートに設定してください (OBS: レート制御 CBR、FFmpeg: -b:v 6M -maxrate 6M -bufsize 12M)。</translation>
    </message>
    <message>
        <source>The resolution is above the 720p limit. Scale the output to 1280×720 or less (OBS: Video &gt; Output resolution; FFmpeg: -vf scale=-2:720).</source>
        <translation>解像度が上限の 720p を超えています。出力を 1280×720 以下にスケーリングしてください (OBS: [映像] &gt; [出力 (スケーリング) 解像度]、FFmpeg: -vf scale=-2:720)。</translation>
    </message>
    <message>
        <source>The stream ran longer than the 24-hour limit. Restart the stream to begin a new session.</source>
        <translation>ストリームが上限の 24 時間を超えました。ストリームを再開して新しいセッションを開始してください。</translation>
    </message>
    <message>
        <source>The audio codec is not accepted. Send AAC-LC audio (FFmpeg: -c:a aac).</source>
        <translation>この音声コーデックは受け付けられません。AAC-LC の音声を送信してください (FFmpeg: -c:a aac)。</translation>
    </message>
    <message>
        <source>The video codec is not accepted. Send H.264 video (OBS: x264 or a hardware H.264 encoder; FFmpeg: -c:v libx264).</source>
        <translation>この映像コーデックは受け付けられません。H.264 の映像を送信してください (OBS: x264 またはハードウェア H.264 エンコーダー、FFmpeg: -c:v libx264)。</translation>
    </message>
    <message>
        <source>The encoder used RTMP, but this configuration requires RTMPS. Use the rtmps:// server URL.</source>
        <translation>エンコーダーは RTMP を使用しましたが、この取り込み設定では RTMPS が必要です。rtmps:// のサーバー URL を使用してください。</translation>
    </message>
    <message>
        <source>The stream key was not accepted. Copy it again from here; if the configuration was recreated, the old key no longer works.</source>
        <translation>ストリームキーが受け付けられませんでした。ここからもう一度コピーしてください。取り込み設定を作成し直した場合、古いキーは使用できなくなっています。</translation>
    </message>
    <message>
        <source>The stream key is already in use by another active stage session. Stop the other encoder, or use a separate ingest configuration for each encoder.</source>
        <translation>このストリームキーは、別のアクティブなステージセッションですでに使用されています。もう一方のエンコーダーを停止するか、エンコーダーごとに別の取り込み設定を使用してください。</translation>
    </message>
    <message>
        <source>The input stream was not usable. Check that it carries both audio and video, and the encoder&apos;s codec settings.</source>
        <translation>入力ストリームを使用できませんでした。音声と映像の両方が含まれていること、およびエンコーダーのコーデック設定を確認してください。</translation>
    </message>
    <message>
        <source>The participant tried something its token does not allow.</source>
        <translation>参加者が、トークンで許可されていない操作を試みました。</translation>
    </message>
    <message>
        <source>The stage already has as many publishers as its quota allows (12). Stop another publisher first.</source>
        <translation>ステージのパブリッシャー数がすでにクォータの上限 (12) に達しています。先に別のパブリッシャーを停止してください。</translation>
    </message>
    <message>
        <source>The participant tried to subscribe to a publisher that does not exist.</source>
        <translation>参加者が、存在しないパブリッシャーをサブスクライブしようとしました。</translation>
    </message>
    <message>
        <source>IVS had an internal error. Start the stream again; if it keeps happening, contact AWS Support.</source>
        <translation>IVS で内部エラーが発生しました。ストリームを再開してください。繰り返し発生する場合は、AWS サポートに問い合わせてください。</translation>
    </message>
    <message>
        <source>IVS reported %1. See the IVS Real-Time documentation for this error code.</source>
        <translation>IVS が %1 を報告しました。このエラーコードについては、IVS Real-Time のドキュメントを参照してください。</translation>
    </message>
    <message>
        <source>Some failures leave no event: a wrong server URL, a blocked network or a stream key refused before the connection is made never reach the stage. If the encoder cannot connect and nothing shows here, check its server URL, key and network first.</source>
        <translation>イベントが残らない失敗もあります。サーバー URL の誤り、ネットワークのブロック、接続確立前に拒否されたストリームキーは、ステージに届きません。エンコーダーが接続できず、ここに何も表示されない場合は、まずサーバー URL、キー、ネットワークを確認してください。</translation>
    </message>
    <message>
        <source>the stream contains B-frames</source>
        <translatorcomment>「%1ため、ライブ配信されていません。」の %1 に入る普通形の節</translatorcomment>
        <translation>ストリームに B フレームが含まれている</translation>
    </message>
    <message>
        <source>the bitrate went above 8.5 Mbps</source>
        <translatorcomment>「%1ため、ライブ配信されていません。」の %1 に入る普通形の節</translatorcomment>
        <translation>ビットレートが 8.5 Mbps を超えた</translation>
    </message>
    <message>
        <source>the resolution is above 720p</source>
        <translatorcomment>「%1ため、ライブ配信されていません。」の %1 に入る普通形の節</translatorcomment>
        <translation>解像度が 720p を超えている</translation>
    </message>
    <message>
        <source>the stream reached the 24-hour limit</source>
        <translatorcomment>「%1ため、ライブ配信されていません。」の %1 に入る普通形の節</translatorcomment>
        <translation>ストリームが 24 時間の上限に達した</translation>
    </message>
    <message>
        <source>the audio codec is not AAC</source>
        <translatorcomment>「%1ため、ライブ配信されていません。」の %1 に入る普通形の節</translatorcomment>
        <translation>音声コーデックが AAC ではない</translation>
    </message>
    <message>
        <source>the video codec is not H.264</source>
        <translatorcomment>「%1ため、ライブ配信されていません。」の %1 に入る普通形の節</translatorcomment>
        <translation>映像コーデックが H.264 ではない</translation>
    </message>
    <message>
        <source>the encoder used RTMP where RTMPS is required</source>
        <translatorcomment>「%1ため、ライブ配信されていません。」の %1 に入る普通形の節</translatorcomment>
        <translation>RTMPS が必要なのにエンコーダーが RTMP を使用した</translation>
    </message>
    <message>
        <source>the stream key was refused</source>
        <translatorcomment>「%1ため、ライブ配信されていません。」の %1 に入る普通形の節</translatorcomment>
        <translation>ストリームキーが拒否された</translation>
    </message>
    <message>
        <source>the stream key is in use by another session</source>
        <translatorcomment>「%1ため、ライブ配信されていません。」の %1 に入る普通形の節</translatorcomment>
        <translation>ストリームキーが別のセッションで使用されている</translation>
    </message>
    <message>
        <source>the input stream was not usable</source>
        <translatorcomment>「%1ため、ライブ配信されていません。」の %1 に入る普通形の節</translatorcomment>
        <translation>入力ストリームを使用できなかった</translation>
    </message>
    <message>
        <source>the participant&apos;s token does not allow publishing</source>
        <translatorcomment>「%1ため、ライブ配信されていません。」の %1 に入る普通形の節</translatorcomment>
        <translation>参加者のトークンで配信が許可されていない</translation>
    </message>
    <message>
        <source>the stage has as many publishers as it allows</source>
        <translatorcomment>「%1ため、ライブ配信されていません。」の %1 に入る普通形の節</translatorcomment>
        <translation>ステージのパブリッシャー数が上限に達している</translation>
    </message>
    <message>
        <source>IVS had an internal error</source>
        <translatorcomment>「%1ため、ライブ配信されていません。」の %1 に入る普通形の節</translatorcomment>
        <translation>IVS で内部エラーが発生した</translation>
    </message>
    <message>
        <source>IVS reported %1</source>
        <translatorcomment>「%1ため、ライブ配信されていません。」の %1 に入る普通形の節</translatorcomment>
        <translation>IVS が %1 を報告した</translation>
    </message>
</context>
<context>
    <name>FfmpegTestSignal</name>
    <message>
        <source>FFmpeg is not installed (no &quot;%1&quot; on PATH). It is only needed for the test signal: install it (Debian: apt install ffmpeg) and try again.</source>
        <translation>FFmpeg がインストールされていません (PATH に &quot;%1&quot; がありません)。FFmpeg はテスト信号にのみ必要です。インストールしてから (Debian: apt install ffmpeg) 再試行してください。</translation>
    </message>
    <message>
        <source>FFmpeg could not be started (%1). Check that it is installed and runs.</source>
        <translation>FFmpeg を開始できませんでした (%1)。インストールされていて実行できることを確認してください。</translation>
    </message>
    <message>
        <source>The test signal ran for %1 s and was accepted by %2.</source>
        <translation>テスト信号を %1 秒間送信し、%2 に受け付けられました。</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1: check the server URL (and that the ingest is reachable).</source>
        <translation>%1 で接続を受け付けるものがありません。サーバー URL (および取り込み先に到達できること) を確認してください。</translation>
    </message>
    <message>
        <source>%1 took the connection but refused the stream (FFmpeg: %2). The stream key is wrong, or already in use by another publisher.</source>
        <translation>%1 は接続を受け付けましたが、ストリームを拒否しました (FFmpeg: %2)。ストリームキーが間違っているか、別のパブリッシャーがすでに使用しています。</translation>
    </message>
    <message>
        <source>FFmpeg did not finish within %1 s and was stopped.</source>
        <translation>FFmpeg が %1 秒以内に終了しなかったため、停止しました。</translation>
    </message>
    <message>
        <source>The test signal was cancelled.</source>
        <translation>テスト信号はキャンセルされました。</translation>
    </message>
    <message>
        <source>FFmpeg failed (exit code %1): %2</source>
        <translation>FFmpeg が失敗しました (終了コード %1): %2</translation>
    </message>
    <message>
        <source>FFmpeg could not be run.</source>
        <translation>FFmpeg を実行できませんでした。</translation>
    </message>
</context>
<context>
    <name>GoLiveInspection</name>
    <message>
        <source>Not associated with a stage, so the stream key is unusable: an encoder that connects is refused. This usually follows DisconnectParticipant or DeleteStage. Associate a stage with UpdateIngestConfiguration while the configuration is inactive.</source>
        <translation>ステージに関連付けられていないため、ストリームキーを使用できません。接続したエンコーダーは拒否されます。これは通常、DisconnectParticipant または DeleteStage の後に発生します。取り込み設定が非アクティブな間に、UpdateIngestConfiguration でステージを関連付けてください。</translation>
    </message>
    <message>
        <source>Associated with stage %1.</source>
        <translation>ステージ %1 に関連付けられています。</translation>
    </message>
    <message>
        <source>The stage %1 does not exist any more (GetStage: not found), so the key cannot be used. Associate the configuration with an existing stage.</source>
        <translation>ステージ %1 はもう存在しないため (GetStage: not found)、キーを使用できません。取り込み設定を既存のステージに関連付けてください。</translation>
    </message>
    <message>
        <source>The stage exists%1.</source>
        <translation>ステージは存在します%1。</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>The stage offers no %1 endpoint, so an encoder has nowhere to connect. Stages created before RTMP ingest existed lack it: create a new stage.</source>
        <translation>ステージに %1 エンドポイントがないため、エンコーダーの接続先がありません。RTMP 取り込みの導入前に作成されたステージにはこのエンドポイントがありません。新しいステージを作成してください。</translation>
    </message>
    <message>
        <source>RTMP is allowed: this configuration was created with insecure ingest, which RTMP requires. Use the rtmp:// server below; the stream travels unencrypted.</source>
        <translation>RTMP を使用できます。この取り込み設定は、RTMP に必要な安全でない取り込み (insecure ingest) を有効にして作成されています。下の rtmp:// サーバーを使用してください。ストリームは暗号化されずに送信されます。</translation>
    </message>
    <message>
        <source>RTMPS is allowed; the encoder connects to the rtmps:// server below.</source>
        <translation>RTMPS を使用できます。エンコーダーは下の rtmps:// サーバーに接続します。</translation>
    </message>
    <message>
        <source>A publisher is live now.</source>
        <translation>現在、パブリッシャーがライブ配信中です。</translation>
    </message>
    <message>
        <source>Nothing is being published right now. Start the encoder with the server URL and the stream key.</source>
        <translation>現在、何も配信されていません。サーバー URL とストリームキーを指定してエンコーダーを開始してください。</translation>
    </message>
    <message>
        <source>The stage has no active session: nobody is connected to it. A session starts when the first participant joins and ends a few minutes after the last one leaves.</source>
        <translation>ステージにアクティブなセッションがありません。誰も接続していません。セッションは最初の参加者が参加したときに始まり、最後の参加者が退出してから数分後に終了します。</translation>
    </message>
    <message>
        <source>The stage has an active session (%1).</source>
        <translation>ステージにはアクティブなセッションがあります (%1)。</translation>
    </message>
    <message>
        <source>Other ingest configurations on this stage could not be listed (%1).</source>
        <translation>このステージの他の取り込み設定を一覧表示できませんでした (%1)。</translation>
    </message>
    <message>
        <source>No other ingest configuration uses this stage.</source>
        <translation>このステージを使用している他の取り込み設定はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n other ingest configuration(s) use this stage (%1); each publishes as its own participant, and %2 of at most 12 publishers are live.</source>
        <translation>
            <numerusform>他に %n 件の取り込み設定がこのステージを使用しています (%1)。それぞれが個別の参加者として配信します。ライブ配信中のパブリッシャーは %2 です (最大 12)。</numerusform>
        </translation>
    </message>
    <message>
        <source>The participant&apos;s events in this session show no errors.</source>
        <translation>このセッションの参加者イベントにエラーはありません。</translation>
    </message>
    <message>
        <source>The participant&apos;s events report %1: %2</source>
        <translation>参加者イベントが %1 を報告しています: %2</translation>
    </message>
    <message>
        <source>The stage could not be read (%1: %2).</source>
        <translation>ステージを読み取れませんでした (%1: %2)。</translation>
    </message>
    <message>
        <source>%1 Its endpoints come from the cache.</source>
        <translation>%1ステージのエンドポイントはキャッシュから取得しています。</translation>
    </message>
    <message>
        <source>%1 Whether it exists is unknown. %2</source>
        <translation>%1ステージが存在するかどうかは不明です。%2</translation>
    </message>
    <message>
        <source>Unknown: without the stage, its %1 endpoint is not known, so there is no server to give the encoder.</source>
        <translation>不明: ステージがわからないため %1 エンドポイントも不明で、エンコーダーに指定するサーバーがありません。</translation>
    </message>
</context>
<context>
    <name>GoLivePanel</name>
    <message>
        <source>Copy full &amp;URL</source>
        <translation>完全な URL をコピー(&amp;U)</translation>
    </message>
    <message>
        <source>Server URL for the encoder</source>
        <translation>エンコーダー用のサーバー URL</translation>
    </message>
    <message>
        <source>The server followed by the stream key, as FFmpeg takes it</source>
        <translation>サーバーの後にストリームキーを続けた URL (FFmpeg で指定する形式)</translation>
    </message>
    <message>
        <source>Readiness checklist</source>
        <translation>準備状況のチェックリスト</translation>
    </message>
    <message>
        <source>Participant events</source>
        <translation>参加者イベント</translation>
    </message>
    <message>
        <source>Participant / event</source>
        <translation>参加者 / イベント</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>チェック項目:</translation>
    </message>
    <message>
        <source>What the stage session says:</source>
        <translation>ステージセッションの情報:</translation>
    </message>
    <message>
        <source>Server URL copied.</source>
        <translation>サーバー URL をコピーしました。</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>ストリームキー</translation>
    </message>
    <message>
        <source>Full URL</source>
        <translation>完全な URL</translation>
    </message>
    <message>
        <source>Not inspected yet.</source>
        <translation>まだ検査していません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>%1 をコピーしました。クリップボードは %n 秒後に消去されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>(no server: see the checks)</source>
        <translation>(サーバーなし: チェック項目を確認してください)</translation>
    </message>
    <message>
        <source>From the cache: the stage could not be read just now.</source>
        <translation>キャッシュの情報です。今回はステージを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Redundant ingest: configure two encoders, each with its own key, on the same server.</source>
        <translation>冗長取り込み: 同じサーバーに対して、それぞれ専用のキーを使う 2 台のエンコーダーを設定してください。</translation>
    </message>
    <message>
        <source>Encoder %1 (participant %2): %3</source>
        <translation>エンコーダー %1 (参加者 %2): %3</translation>
    </message>
    <message>
        <source>Copy key %1</source>
        <translation>キー %1 をコピー</translation>
    </message>
    <message>
        <source>Copy URL %1</source>
        <translation>URL %1 をコピー</translation>
    </message>
    <message>
        <source>✔ OK</source>
        <translation>✔ 問題なし</translation>
    </message>
    <message>
        <source>✘ Problem</source>
        <translation>✘ 問題あり</translation>
    </message>
    <message>
        <source>• Note</source>
        <translation>• 注意</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The participants could not be listed: %1</source>
        <translation>参加者を一覧表示できませんでした: %1</translation>
    </message>
    <message>
        <source>This configuration&apos;s participant is not in the stage&apos;s current session.</source>
        <translation>この取り込み設定の参加者は、ステージの現在のセッションにいません。</translation>
    </message>
    <message>
        <source>No active session, so there are no events to show.</source>
        <translation>アクティブなセッションがないため、表示するイベントはありません。</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2、%3)</translation>
    </message>
    <message>
        <source>protocol unknown</source>
        <translation>プロトコル不明</translation>
    </message>
    <message>
        <source>Copy s&amp;erver</source>
        <translation>サーバーをコピー(&amp;E)</translation>
    </message>
    <message>
        <source>Copy stream ke&amp;y</source>
        <translation>ストリームキーをコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>What the selected event means</source>
        <translation>選択したイベントの意味</translation>
    </message>
    <message>
        <source>About failures that leave no event</source>
        <translation>イベントが残らない障害について</translation>
    </message>
    <message>
        <source>Get it live</source>
        <translation>ライブ配信</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>? Unknown</source>
        <translation>? 不明</translation>
    </message>
    <message>
        <source>OBS stream status</source>
        <translation>OBS の配信状態</translation>
    </message>
</context>
<context>
    <name>GoLiveVerdict</name>
    <message>
        <source>the configuration is not associated with a stage</source>
        <translatorcomment>「%1ため、ライブ配信されていません。」の %1 に入る普通形の節</translatorcomment>
        <translation>取り込み設定がステージに関連付けられていない</translation>
    </message>
    <message>
        <source>its stage does not exist any more</source>
        <translatorcomment>「%1ため、ライブ配信されていません。」の %1 に入る普通形の節</translatorcomment>
        <translation>ステージがもう存在しない</translation>
    </message>
    <message>
        <source>the stage offers no %1 endpoint</source>
        <translatorcomment>「%1ため、ライブ配信されていません。」の %1 に入る普通形の節</translatorcomment>
        <translation>ステージに %1 エンドポイントがない</translation>
    </message>
    <message>
        <source>a check failed (%1)</source>
        <translatorcomment>「%1ため、ライブ配信されていません。」の %1 に入る普通形の節</translatorcomment>
        <translation>チェック (%1) に失敗した</translation>
    </message>
    <message>
        <source>Live: a publisher is streaming to the stage.</source>
        <translation>ライブ配信中: パブリッシャーがステージに配信しています。</translation>
    </message>
    <message>
        <source>Not live because %1.</source>
        <translation>%1ため、ライブ配信されていません。</translation>
    </message>
    <message>
        <source>Not live, and the reason could not be read.</source>
        <translation>ライブ配信されていません。原因を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Ready, waiting for a publisher.</source>
        <translation>準備完了。パブリッシャーを待っています。</translation>
    </message>
    <message>
        <source>Start the encoder with the server URL and the stream key below.</source>
        <translation>下のサーバー URL とストリームキーでエンコーダーを起動してください。</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>IVS Ingest Inspector</source>
        <translation>IVS Ingest Inspector</translation>
    </message>
</context>
<context>
    <name>IngestConfigModel</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>(not returned)</source>
        <translation>(返されませんでした)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message numerus="yes">
        <source>Redundant ingest credentials (%n)</source>
        <translation>
            <numerusform>冗長取り込みの認証情報 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoder %1</source>
        <translation>エンコーダー %1</translation>
    </message>
    <message>
        <source>Participant ID</source>
        <translation>参加者 ID</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>ストリームキー</translation>
    </message>
    <message numerus="yes">
        <source>Other members (%n)</source>
        <translation>
            <numerusform>その他のメンバー (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>Ingest protocol</source>
        <translation>取り込みプロトコル</translation>
    </message>
    <message>
        <source>Stage ARN</source>
        <translation>ステージ ARN</translation>
    </message>
    <message>
        <source>Not associated with a stage</source>
        <translation>ステージに関連付けられていません</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <source>Redundant ingest</source>
        <translation>冗長取り込み</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API のキー名</translation>
    </message>
</context>
<context>
    <name>IngestConfiguration</name>
    <message>
        <source>The member &quot;%1&quot; should be text.</source>
        <translation>メンバー &quot;%1&quot; はテキストである必要があります。</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; should be a map of names to text.</source>
        <translation>メンバー &quot;%1&quot; は名前からテキストへのマップである必要があります。</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; should be a list.</source>
        <translation>メンバー &quot;%1&quot; はリストである必要があります。</translation>
    </message>
    <message>
        <source>Each entry of &quot;%1&quot; should be an object.</source>
        <translation>&quot;%1&quot; の各エントリはオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>The reply has no &quot;ingestConfiguration&quot; object.</source>
        <translation>応答に &quot;ingestConfiguration&quot; オブジェクトがありません。</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; should be true or false.</source>
        <translation>メンバー &quot;%1&quot; は true または false である必要があります。</translation>
    </message>
    <message>
        <source>The value of %1 in &quot;%2&quot; should be text.</source>
        <translation>&quot;%2&quot; 内の %1 の値はテキストである必要があります。</translation>
    </message>
</context>
<context>
    <name>IngestConfigurationArn</name>
    <message>
        <source>Enter the ARN of an ingest configuration, for example %1.</source>
        <translation>取り込み設定の ARN を入力してください (例: %1)。</translation>
    </message>
    <message>
        <source>This is not an ARN: an ARN starts with &quot;arn:&quot;. Copy the ingest configuration&apos;s ARN from the IVS console or from &quot;aws ivs-realtime list-ingest-configurations&quot;.</source>
        <translation>これは ARN ではありません。ARN は &quot;arn:&quot; で始まります。取り込み設定の ARN を IVS コンソールまたは &quot;aws ivs-realtime list-ingest-configurations&quot; の出力からコピーしてください。</translation>
    </message>
    <message>
        <source>This ARN is incomplete: it has %1 of the 6 parts separated by colons. An ingest configuration ARN looks like %2.</source>
        <translation>この ARN は不完全です。コロンで区切られた 6 つの部分のうち %1 つしかありません。取り込み設定の ARN は %2 のような形式です。</translation>
    </message>
    <message>
        <source>IVS Real-Time ARNs name the service &quot;ivs&quot;, not &quot;ivsrealtime&quot;: use arn:aws:ivs:….</source>
        <translation>IVS Real-Time の ARN のサービス名は &quot;ivsrealtime&quot; ではなく &quot;ivs&quot; です。arn:aws:ivs:… を使用してください。</translation>
    </message>
    <message>
        <source>This is a stage ARN. Paste the ARN of an ingest configuration instead; it contains &quot;:ingest-configuration/&quot;.</source>
        <translation>これはステージの ARN です。代わりに取り込み設定の ARN を貼り付けてください。取り込み設定の ARN には &quot;:ingest-configuration/&quot; が含まれます。</translation>
    </message>
    <message>
        <source>The region is missing: the fourth part of the ARN must name a region such as us-east-1.</source>
        <translation>リージョンがありません。ARN の 4 番目の部分には us-east-1 などのリージョンを指定する必要があります。</translation>
    </message>
    <message>
        <source>The account ID is missing: the fifth part of the ARN must be a 12-digit AWS account ID.</source>
        <translation>アカウント ID がありません。ARN の 5 番目の部分は 12 桁の AWS アカウント ID である必要があります。</translation>
    </message>
    <message>
        <source>The ingest configuration ID is missing after &quot;ingest-configuration/&quot;.</source>
        <translation>&quot;ingest-configuration/&quot; の後に取り込み設定 ID がありません。</translation>
    </message>
    <message>
        <source>The ARN is %1 characters long; the service accepts at most %2.</source>
        <translation>ARN の長さは %1 文字ですが、サービスが受け付けるのは最大 %2 文字です。</translation>
    </message>
    <message>
        <source>IVS Real-Time ARNs use the &quot;aws&quot; partition, but this one uses %1.</source>
        <translation>IVS Real-Time の ARN は &quot;aws&quot; パーティションを使用しますが、この ARN は %1 を使用しています。</translation>
    </message>
    <message>
        <source>This is an ARN of another AWS service (%1), not of IVS. Paste the ARN of an ingest configuration.</source>
        <translation>これは IVS ではなく、別の AWS サービス (%1) の ARN です。取り込み設定の ARN を貼り付けてください。</translation>
    </message>
    <message>
        <source>This ARN names an IVS %1, not an ingest configuration; the resource part must start with &quot;ingest-configuration/&quot;.</source>
        <translation>この ARN は取り込み設定ではなく、IVS の %1 を指しています。リソース部分は &quot;ingest-configuration/&quot; で始まる必要があります。</translation>
    </message>
    <message>
        <source>The region %1 is not valid: regions use only lower-case letters, digits and hyphens.</source>
        <translation>リージョン %1 は無効です。リージョンには英小文字、数字、ハイフンのみを使用します。</translation>
    </message>
    <message>
        <source>The account ID %1 is not 12 digits: check that the ARN was copied completely.</source>
        <translation>アカウント ID %1 が 12 桁ではありません。ARN が完全にコピーされているか確認してください。</translation>
    </message>
    <message>
        <source>The ingest configuration ID contains %1, but IDs use only letters, digits and hyphens.</source>
        <translation>取り込み設定 ID に %1 が含まれていますが、ID には英字、数字、ハイフンのみを使用します。</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <source>the ARN is in %1 but the request goes to %2, where this ingest configuration does not exist.</source>
        <translation>ARN のリージョンは %1 ですが、リクエストの送信先は %2 です。%2 にはこの取り込み設定は存在しません。</translation>
    </message>
    <message>
        <source>these credentials belong to account %1, but the ARN is in account %2; IVS will most likely answer AccessDeniedException.</source>
        <translation>この認証情報はアカウント %1 のものですが、ARN はアカウント %2 のものです。IVS はおそらく AccessDeniedException を返します。</translation>
    </message>
    <message>
        <source>sending signed requests over plain http:// to %1, as allowed; anyone on the network can read them.</source>
        <translation>許可に従い、署名付きリクエストを暗号化されていない http:// で %1 に送信しています。ネットワーク上の誰でもその内容を読み取れます。</translation>
    </message>
</context>
<context>
    <name>InspectionEngine</name>
    <message>
        <source>this computer&apos;s clock is off by %1 seconds from AWS&apos;s; the refused request was sent again with the corrected time. Set the system clock right.</source>
        <translation>このコンピューターの時計は AWS の時計と %1 秒ずれています。拒否されたリクエストは補正した時刻で再送信しました。システムの時計を正しく設定してください。</translation>
    </message>
    <message>
        <source>this computer&apos;s clock is off by %1 seconds from AWS&apos;s; requests are now signed with the corrected time. Set the system clock right.</source>
        <translation>このコンピューターの時計は AWS の時計と %1 秒ずれています。リクエストには補正した時刻で署名するようになりました。システムの時計を正しく設定してください。</translation>
    </message>
    <message numerus="yes">
        <source>the server&apos;s Date header is %n hour(s) away from this computer&apos;s clock, more than any wrong clock explains; it was not used to correct the signing time.</source>
        <translation>
            <numerusform>サーバーの Date ヘッダーはこのコンピューターの時計と %n 時間ずれています。時計の誤差としては大きすぎるため、署名時刻の補正には使用していません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectionPresenter</name>
    <message>
        <source>Getting credentials…</source>
        <translation>認証情報を取得しています…</translation>
    </message>
    <message>
        <source>Waiting for the request quota (5 a second)…</source>
        <translation>リクエストの上限枠 (1 秒あたり 5 件) が空くのを待っています…</translation>
    </message>
    <message>
        <source>Inspecting…</source>
        <translation>検査しています…</translation>
    </message>
    <message>
        <source>Retrying (%1 of %2) after: %3…</source>
        <translation>再試行しています (%1 / %2 回目)。理由: %3…</translation>
    </message>
    <message>
        <source>Reading the stage and its session…</source>
        <translation>ステージとそのセッションを読み取っています…</translation>
    </message>
    <message>
        <source>No credentials</source>
        <translation>認証情報がありません</translation>
    </message>
    <message>
        <source>No AWS credentials were found: no profile, no keys in the environment. Add the access key of an IAM user or role that may read this ingest configuration.</source>
        <translation>AWS 認証情報が見つかりません。プロファイルも環境変数のキーもありません。この取り込み設定を読み取れる IAM ユーザーまたはロールのアクセスキーを追加してください。</translation>
    </message>
    <message>
        <source>Add credentials…</source>
        <translation>認証情報を追加…</translation>
    </message>
    <message>
        <source>No usable endpoint</source>
        <translation>使用できるエンドポイントがありません</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Plain HTTP</source>
        <translation>暗号化されていない HTTP</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong</source>
        <translation>このコンピューターの時計が正しくありません</translation>
    </message>
    <message>
        <source>Problems in the AWS configuration files</source>
        <translation>AWS 設定ファイルの問題</translation>
    </message>
    <message>
        <source>the environment variables</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>プロファイル %1</translation>
    </message>
    <message>
        <source>The keys came from the environment (AWS_ACCESS_KEY_ID %1): set fresh ones and restart, or pick a profile.</source>
        <translation>キーは環境変数 (AWS_ACCESS_KEY_ID %1) から取得されました。新しいキーを設定して再起動するか、プロファイルを選択してください。</translation>
    </message>
    <message>
        <source>The keys came from %1 (%2): update them under Credentials….</source>
        <translation>キーは %1 (%2) から取得されました。[認証情報…] で更新してください。</translation>
    </message>
    <message>
        <source>The keys came from IAM Identity Center for %1: run &quot;aws sso login --profile %2&quot;.</source>
        <translation>キーは %1 の IAM Identity Center から取得されました。&quot;aws sso login --profile %2&quot; を実行してください。</translation>
    </message>
    <message>
        <source>The keys came from %1 (%2): check its settings in the AWS configuration files.</source>
        <translation>キーは %1 (%2) から取得されました。AWS 設定ファイルでその設定を確認してください。</translation>
    </message>
</context>
<context>
    <name>IvsCall</name>
    <message>
        <source>No credentials were given for the request.</source>
        <translation>リクエストに認証情報が指定されていません。</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 (%2 バイト目)</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>The reply (%1 bytes) is not valid JSON: %2.</source>
        <translation>応答 (%1 バイト) は有効な JSON ではありません: %2。</translation>
    </message>
    <message>
        <source>The reply is not what %1 returns: %2</source>
        <translation>応答は %1 が返す形式ではありません: %2</translation>
    </message>
</context>
<context>
    <name>IvsPager</name>
    <message>
        <source>%1 returned a nextToken it had already returned (after page %2), so paging would never end; stopped with the %3 items read so far.</source>
        <translation>%1 がすでに返した nextToken をもう一度返しました (%2 ページ目の後)。このままではページングが終わらないため、それまでに読み取った %3 件で停止しました。</translation>
    </message>
    <message>
        <source>%1 had still more after %2 pages (%3 items), the most this app reads in one listing; stopped there. Narrow the listing with a filter.</source>
        <translation>%1 には %2 ページ (%3 件) を読み取った後もまだ続きがありました。このアプリが 1 回の一覧取得で読み取るのはここまでのため、停止しました。フィルターで一覧を絞り込んでください。</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>System keychain</source>
        <translation>システムのキーチェーン</translation>
    </message>
</context>
<context>
    <name>LastKnownStore</name>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveWatch</name>
    <message>
        <source>Stopped watching the configuration.</source>
        <translation>取り込み設定の監視を停止しました。</translation>
    </message>
    <message numerus="yes">
        <source>IVS did not report the configuration ACTIVE within %n second(s).</source>
        <translation>
            <numerusform>%n 秒以内に IVS から取り込み設定が ACTIVE と報告されませんでした。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>IVS Ingest Inspector</source>
        <translation>IVS Ingest Inspector</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>認証情報(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Go to the &amp;ARN field</source>
        <translation>ARN フィールドへ移動(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About IVS Ingest Inspector</source>
        <translation>IVS Ingest Inspector について(&amp;A)</translation>
    </message>
    <message>
        <source>About IVS Ingest Inspector</source>
        <translation>IVS Ingest Inspector について</translation>
    </message>
    <message>
        <source>&lt;b&gt;IVS Ingest Inspector&lt;/b&gt; %1&lt;br&gt;Inspect Amazon IVS Real-Time ingest configurations.&lt;br&gt;Qt %2</source>
        <translation>&lt;b&gt;IVS Ingest Inspector&lt;/b&gt; %1&lt;br&gt;Amazon IVS Real-Time の取り込み設定を検査します。&lt;br&gt;Qt %2</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>アカウント %1</translation>
    </message>
    <message>
        <source>&amp;Debug log…</source>
        <translation>デバッグログ(&amp;D)…</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>一覧</translation>
    </message>
    <message>
        <source>&amp;Browse configurations…</source>
        <translation>取り込み設定の一覧(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Try the demo</source>
        <translation>デモを試す(&amp;T)</translation>
    </message>
    <message>
        <source>See the inspector at work on made-up data, without an AWS account</source>
        <translation>AWS アカウントなしで、架空のデータを使ってインスペクターの動作を確認します</translation>
    </message>
    <message>
        <source>The demo could not start</source>
        <translation>デモを開始できませんでした</translation>
    </message>
    <message>
        <source>Its built-in endpoint could not listen on 127.0.0.1.</source>
        <translation>組み込みエンドポイントが 127.0.0.1 で待ち受けできませんでした。</translation>
    </message>
    <message>
        <source>Demo — %1</source>
        <translation>デモ — %1</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>This session only</source>
        <translation>このセッションのみ</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Information: %1</source>
        <translation>情報: %1</translation>
    </message>
    <message>
        <source>Success: %1</source>
        <translation>成功: %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>メッセージを閉じる</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>コード: %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>リクエスト ID: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n attempt(s)</source>
        <translation>
            <numerusform>%1、%n 回試行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, nothing sent</source>
        <translation>%1、送信なし</translation>
    </message>
</context>
<context>
    <name>MfaPrompt</name>
    <message>
        <source>Profile %1 needs a code from the MFA device %2:</source>
        <translation>プロファイル %1 には MFA デバイス %2 のコードが必要です:</translation>
    </message>
    <message>
        <source>MFA code</source>
        <translation>MFA コード</translation>
    </message>
</context>
<context>
    <name>ObsController</name>
    <message>
        <source>O&amp;BS</source>
        <translation>OBS(&amp;J)</translation>
    </message>
    <message>
        <source>The password is kept for this session only (the system keychain could not be used).</source>
        <translation>パスワードはこのセッションの間だけ保持されます (システムのキーチェーンを使用できませんでした)。</translation>
    </message>
    <message>
        <source>The saved OBS password could not be read: %1</source>
        <translation>保存されている OBS のパスワードを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Connected to obs-websocket %1 at %2</source>
        <translation>%2 の obs-websocket %1 に接続しました</translation>
    </message>
    <message>
        <source>Password saved in the system keychain.</source>
        <translation>パスワードをシステムのキーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>The password is kept for this session only: %1 It is never written to a file; type it again after restarting, or make the keychain available.</source>
        <translation>パスワードはこのセッションの間だけ保持されます: %1 ファイルには一切書き込まれません。再起動後に再入力するか、キーチェーンを使用できるようにしてください。</translation>
    </message>
    <message>
        <source>OBS is reconnecting to the server (%1 sent so far).</source>
        <translation>OBS はサーバーに再接続しています (これまでの送信量 %1)。</translation>
    </message>
    <message>
        <source>OBS is not streaming.</source>
        <translation>OBS は配信していません。</translation>
    </message>
    <message>
        <source>OBS is streaming: %1 sent, %2 of %3 frames dropped.</source>
        <translation>OBS は配信中です: %1 送信、%3 フレーム中 %2 フレームをドロップ。</translation>
    </message>
    <message>
        <source>OBS is not running</source>
        <translation>OBS が起動していません</translation>
    </message>
    <message>
        <source>OBS cannot be reached</source>
        <translation>OBS に接続できません</translation>
    </message>
    <message>
        <source>OBS wants a password</source>
        <translation>OBS がパスワードを要求しています</translation>
    </message>
    <message>
        <source>Wrong OBS password</source>
        <translation>OBS のパスワードが間違っています</translation>
    </message>
    <message>
        <source>obs-websocket is too old</source>
        <translation>obs-websocket が古すぎます</translation>
    </message>
    <message>
        <source>Not obs-websocket 5</source>
        <translation>obs-websocket 5 ではありません</translation>
    </message>
    <message>
        <source>OBS did not answer</source>
        <translation>OBS が応答しませんでした</translation>
    </message>
    <message>
        <source>OBS refused the request</source>
        <translation>OBS が要求を拒否しました</translation>
    </message>
    <message>
        <source>Disconnected from OBS</source>
        <translation>OBS から切断されました</translation>
    </message>
    <message>
        <source>OBS</source>
        <translation>OBS</translation>
    </message>
    <message>
        <source>OBS&apos;s WebSocket server requires a password and none was given. Copy it from OBS (Tools &gt; WebSocket Server Settings &gt; Show Connect Info) into the Password field and connect again.</source>
        <translation>OBS の WebSocket サーバーはパスワードを要求していますが、パスワードが指定されていません。OBS ([ツール] &gt; [obs-websocket設定] &gt; [接続情報を表示]) からコピーして [パスワード] 欄に入力し、もう一度接続してください。</translation>
    </message>
</context>
<context>
    <name>ObsError</name>
    <message>
        <source>Nothing answers at %1: OBS is not running, or its WebSocket server is off or on another port. Start OBS and turn on Tools &gt; WebSocket Server Settings &gt; Enable WebSocket server, and check the port.</source>
        <translation>%1 から応答がありません。OBS が起動していないか、WebSocket サーバーが無効か、別のポートを使用しています。OBS を起動し、[ツール] &gt; [obs-websocket設定] で [WebSocketサーバーを有効にする] をオンにして、ポートを確認してください。</translation>
    </message>
    <message>
        <source>Could not connect to OBS at %1 (%2). Check the address and that this computer can reach it.</source>
        <translation>%1 の OBS に接続できませんでした (%2)。アドレスと、このコンピューターからそのアドレスに到達できることを確認してください。</translation>
    </message>
    <message>
        <source>OBS&apos;s WebSocket server requires a password and none was given. Copy it from OBS (Tools &gt; WebSocket Server Settings &gt; Show Connect Info) and set OBS_WEBSOCKET_PASSWORD.</source>
        <translation>OBS の WebSocket サーバーはパスワードを要求していますが、パスワードが指定されていません。OBS ([ツール] &gt; [obs-websocket設定] &gt; [接続情報を表示]) からコピーして、OBS_WEBSOCKET_PASSWORD に設定してください。</translation>
    </message>
    <message>
        <source>OBS refused the WebSocket password (AuthenticationFailed). Copy the current password from OBS (Tools &gt; WebSocket Server Settings &gt; Show Connect Info) and try again.</source>
        <translation>OBS が WebSocket パスワードを拒否しました (AuthenticationFailed)。OBS ([ツール] &gt; [obs-websocket設定] &gt; [接続情報を表示]) から現在のパスワードをコピーして、再試行してください。</translation>
    </message>
    <message>
        <source>The server does not speak obs-websocket 5 (it sent no Hello). obs-websocket 4.x or another WebSocket server is listening there. Use OBS 28 or later, which has obs-websocket 5 built in.</source>
        <translation>サーバーが obs-websocket 5 に対応していません (Hello が送られてきません)。obs-websocket 4.x か別の WebSocket サーバーが待ち受けています。obs-websocket 5 を内蔵した OBS 28 以降を使用してください。</translation>
    </message>
    <message>
        <source>OBS runs obs-websocket %1, which is too old: version 5 is needed. Use OBS 28 or later, which has obs-websocket 5 built in.</source>
        <translation>OBS の obs-websocket %1 は古すぎます。バージョン 5 が必要です。obs-websocket 5 を内蔵した OBS 28 以降を使用してください。</translation>
    </message>
    <message>
        <source>obs-websocket refused RPC version 1 (UnsupportedRpcVersion; the server offers version %1). This program speaks obs-websocket 5 with RPC version 1: update whichever side is older.</source>
        <translation>obs-websocket が RPC バージョン 1 を拒否しました (UnsupportedRpcVersion、サーバーが提供するのはバージョン %1)。このプログラムは obs-websocket 5 の RPC バージョン 1 を使用します。古い方を更新してください。</translation>
    </message>
    <message>
        <source>The server at this address does not speak obs-websocket 5: %1. Check that the URL points at OBS&apos;s WebSocket server.</source>
        <translation>このアドレスのサーバーは obs-websocket 5 に対応していません: %1。URL が OBS の WebSocket サーバーを指していることを確認してください。</translation>
    </message>
    <message>
        <source>OBS ended this WebSocket session (SessionInvalidated, code 4011): someone disconnected it in OBS&apos;s session list. Reconnect when that was a mistake.</source>
        <translation>OBS がこの WebSocket セッションを終了しました (SessionInvalidated、コード 4011)。OBS のセッション一覧で誰かが切断しました。誤りだった場合は再接続してください。</translation>
    </message>
    <message>
        <source>OBS closed the connection with code %1 (%2). This is a protocol problem between this program and obs-websocket; update both and try again.</source>
        <translation>OBS がコード %1 で接続を閉じました (%2)。このプログラムと obs-websocket の間のプロトコルの問題です。両方を更新してから再試行してください。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由の記載なし</translation>
    </message>
    <message>
        <source>OBS did not answer in time (%1, after %2 s). OBS may be busy or hung, or something other than obs-websocket is listening; check OBS and try again.</source>
        <translation>OBS が時間内に応答しませんでした (%1、%2 秒後)。OBS がビジー状態かハングしているか、obs-websocket 以外のものが待ち受けている可能性があります。OBS を確認して再試行してください。</translation>
    </message>
    <message>
        <source>An output is running: stop streaming or recording in OBS first.</source>
        <translation>出力が実行中です。先に OBS で配信または録画を停止してください。</translation>
    </message>
    <message>
        <source>The output is not running.</source>
        <translation>出力は実行されていません。</translation>
    </message>
    <message>
        <source>This OBS does not know the request: update OBS.</source>
        <translation>この OBS はこのリクエストに対応していません。OBS を更新してください。</translation>
    </message>
    <message>
        <source>Check OBS and try again.</source>
        <translation>OBS を確認して再試行してください。</translation>
    </message>
    <message>
        <source>OBS refused %1 (request status %2%3). %4</source>
        <translation>OBS が %1 を拒否しました (リクエストステータス %2%3)。%4</translation>
    </message>
    <message>
        <source>The connection to OBS closed before it answered %1: OBS quit or its WebSocket server stopped. Start OBS and try again.</source>
        <translation>OBS が %1 に応答する前に接続が閉じられました。OBS が終了したか、WebSocket サーバーが停止しました。OBS を起動して再試行してください。</translation>
    </message>
    <message>
        <source>the request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>OBS is still loading, changing scene collection or quitting: wait until its window is ready, then try again.</source>
        <translation>OBS はまだ読み込み中、シーンコレクションの切り替え中、または終了処理中です。ウィンドウの準備ができるまで待ってから再試行してください。</translation>
    </message>
</context>
<context>
    <name>ObsFixPlanner</name>
    <message>
        <source>OBS uses changed encoder settings from the next stream start: if it is streaming now, stop and start the stream. OBS refuses video changes while an output runs.</source>
        <translation>変更したエンコーダー設定は、次に配信を開始したときから OBS で使用されます。現在配信中の場合は、配信を停止して再開してください。出力の実行中、OBS は映像の変更を受け付けません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a hardware encoder: its B-frames and keyframe interval cannot be set through the API. Switch to Advanced output mode and set Keyframe Interval 2 s and B-frames 0, or choose x264.</source>
        <translation>&quot;%1&quot; はハードウェアエンコーダーのため、B フレームとキーフレーム間隔を API で設定できません。出力モードを [詳細] に切り替えてキーフレーム間隔 2 秒、B フレーム 0 に設定するか、x264 を選択してください。</translation>
    </message>
    <message>
        <source>Advanced output mode keeps the encoder&apos;s settings in the profile&apos;s streamEncoder.json, which cannot be changed through the API. In Settings &gt; Output &gt; Streaming, choose x264 (or an H.264 hardware encoder), set Rate Control CBR, Bitrate 6000 Kbps or less, Keyframe Interval 2 s, and B-frames 0 (x264 Options: bframes=0).</source>
        <translation>出力モード [詳細] では、エンコーダーの設定はプロファイルの streamEncoder.json に保存され、API では変更できません。[設定] &gt; [出力] &gt; [配信] で x264 (または H.264 ハードウェアエンコーダー) を選択し、レート制御 CBR、ビットレート 6000 Kbps 以下、キーフレーム間隔 2 秒、B フレーム 0 (x264 オプション: bframes=0) に設定してください。</translation>
    </message>
</context>
<context>
    <name>ObsPanel</name>
    <message>
        <source>Send server and ke&amp;y to OBS</source>
        <translation>サーバーとストリームキーを OBS に送信(&amp;Y)</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再確認</translation>
    </message>
    <message>
        <source>&amp;Make OBS IVS-safe…</source>
        <translation>OBS を IVS 対応にする(&amp;M)…</translation>
    </message>
    <message>
        <source>Restore previo&amp;us settings</source>
        <translation>以前の設定に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>OBS</source>
        <translation>OBS</translation>
    </message>
    <message>
        <source>OBS and where it streams to</source>
        <translation>OBS と配信先</translation>
    </message>
    <message>
        <source>OBS WebSocket address</source>
        <translation>OBS WebSocket のアドレス</translation>
    </message>
    <message>
        <source>OBS: Tools &gt; WebSocket Server Settings &gt; Show Connect Info</source>
        <translation>OBS: [ツール] &gt; [obs-websocket設定] &gt; [接続情報を表示]</translation>
    </message>
    <message>
        <source>OBS WebSocket password</source>
        <translation>OBS WebSocket のパスワード</translation>
    </message>
    <message>
        <source>Kept in the system keychain for this profile, never in a file.</source>
        <translation>このプロファイル用にシステムのキーチェーンに保存され、ファイルには保存されません。</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>接続状態</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Sets OBS&apos;s stream service to a custom server with this configuration&apos;s server URL and stream key. The key goes straight to OBS, never through the clipboard.</source>
        <translation>OBS の配信サービスを、この取り込み設定のサーバー URL とストリームキーを使うカスタムサーバーに設定します。キーはクリップボードを経由せず、直接 OBS に送られます。</translation>
    </message>
    <message>
        <source>Encoder pre-flight</source>
        <translation>エンコーダーの事前チェック</translation>
    </message>
    <message>
        <source>OBS encoder checks</source>
        <translation>OBS エンコーダーのチェック</translation>
    </message>
    <message>
        <source>Pre-flight summary</source>
        <translation>事前チェックの概要</translation>
    </message>
    <message>
        <source>Shows every change first (old → new), then applies it to OBS&apos;s current profile.</source>
        <translation>すべての変更 (変更前 → 変更後) を先に表示してから、OBS の現在のプロファイルに適用します。</translation>
    </message>
    <message>
        <source>Connecting cancelled.</source>
        <translation>接続をキャンセルしました。</translation>
    </message>
    <message>
        <source>Not a WebSocket address</source>
        <translation>WebSocket のアドレスではありません</translation>
    </message>
    <message>
        <source>%1 is not an obs-websocket address. Use ws://host:port, for OBS on this computer usually %2 (OBS: Tools &gt; WebSocket Server Settings).</source>
        <translation>%1 は obs-websocket のアドレスではありません。ws://host:port の形式で指定してください。このコンピューター上の OBS なら通常は %2 です (OBS: [ツール] &gt; [obs-websocket設定])。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>Connect to OBS to check its encoder settings.</source>
        <translation>エンコーダー設定をチェックするには OBS に接続してください。</translation>
    </message>
    <message>
        <source>Cancel co&amp;nnecting</source>
        <translation>接続をキャンセル(&amp;Q)</translation>
    </message>
    <message>
        <source>Disco&amp;nnect</source>
        <translation>切断(&amp;Q)</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>接続(&amp;Q)</translation>
    </message>
    <message>
        <source>The configuration and its stage have not been read yet.</source>
        <translation>取り込み設定とそのステージはまだ読み取られていません。</translation>
    </message>
    <message>
        <source>Already set</source>
        <translation>設定済み</translation>
    </message>
    <message>
        <source>OBS already streams to %1 with this configuration&apos;s stream key.</source>
        <translation>OBS はすでにこの取り込み設定のストリームキーで %1 に配信するよう設定されています。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>In OBS now: %1, server %2, stream key %3
After: custom server %4, stream key %5</source>
        <translation>現在の OBS: %1、サーバー %2、ストリームキー %3
変更後: カスタムサーバー %4、ストリームキー %5</translation>
    </message>
    <message>
        <source>Replace OBS&apos;s stream destination?</source>
        <translation>OBS の配信先を置き換えますか?</translation>
    </message>
    <message>
        <source>OBS streams to another destination now. Replace it with this configuration&apos;s server and stream key? (Stream keys are masked.)</source>
        <translation>OBS は現在、別の配信先に配信するよう設定されています。この取り込み設定のサーバーとストリームキーに置き換えますか? (ストリームキーは伏せ字で表示しています。)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換える</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>OBS keeps streaming to its current destination.</source>
        <translation>OBS の配信先は現在のままです。</translation>
    </message>
    <message>
        <source>Sent to OBS</source>
        <translation>OBS に送信しました</translation>
    </message>
    <message>
        <source>OBS now streams to %1 with the stream key %2. Start streaming below or in OBS.</source>
        <translation>OBS は %1 にストリームキー %2 で配信するよう設定されました。下のボタンまたは OBS で配信を開始してください。</translation>
    </message>
    <message>
        <source>Server and stream key sent to OBS.</source>
        <translation>サーバーとストリームキーを OBS に送信しました。</translation>
    </message>
    <message>
        <source>Reading OBS&apos;s settings…</source>
        <translation>OBS の設定を読み取っています…</translation>
    </message>
    <message>
        <source>OBS&apos;s settings could not be read.</source>
        <translation>OBS の設定を読み取れませんでした。</translation>
    </message>
    <message>
        <source>✔ OK</source>
        <translation>✔ 問題なし</translation>
    </message>
    <message>
        <source>✘ Problem</source>
        <translation>✘ 問題あり</translation>
    </message>
    <message>
        <source>? Cannot be read</source>
        <translation>? 読み取り不可</translation>
    </message>
    <message>
        <source>Video codec</source>
        <translation>映像コーデック</translation>
    </message>
    <message>
        <source>B-frames</source>
        <translation>B フレーム</translation>
    </message>
    <message>
        <source>Keyframe interval</source>
        <translation>キーフレーム間隔</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <source>Video bitrate</source>
        <translation>映像ビットレート</translation>
    </message>
    <message>
        <source>Audio codec</source>
        <translation>音声コーデック</translation>
    </message>
    <message>
        <source>Audio and video</source>
        <translation>音声と映像</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>対処方法: %1</translation>
    </message>
    <message>
        <source>OBS %1, %2 output, encoder %3.</source>
        <translation>OBS %1、出力モード %2、エンコーダー %3。</translation>
    </message>
    <message>
        <source>OBS&apos;s encoder settings are IVS-safe.</source>
        <translation>OBS のエンコーダー設定は IVS に対応しています。</translation>
    </message>
    <message numerus="yes">
        <source>Not IVS-safe: %n setting(s) to change</source>
        <translation>
            <numerusform>IVS 非対応: 変更が必要な設定が %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n cannot be read through OBS&apos;s API: check them in OBS (Settings &gt; Output)</source>
        <translation>
            <numerusform>。%n 件は OBS の API で読み取れません: OBS で確認してください ([設定] &gt; [出力])</numerusform>
        </translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(未設定)</translation>
    </message>
    <message>
        <source>%1/%2: %3 → %4</source>
        <translation>%1/%2: %3 → %4</translation>
    </message>
    <message>
        <source>Nothing OBS&apos;s API can change</source>
        <translation>OBS の API で変更できる項目はありません</translation>
    </message>
    <message>
        <source>OBS&apos;s encoder settings already follow IVS&apos;s rules as far as the API can read them.</source>
        <translation>API で読み取れる範囲では、OBS のエンコーダー設定はすでに IVS の規則に沿っています。</translation>
    </message>
    <message>
        <source>What is left needs OBS&apos;s Settings window:
%1</source>
        <translation>残りの項目は OBS の設定ウィンドウで変更する必要があります:
%1</translation>
    </message>
    <message>
        <source>Still to do in OBS&apos;s Settings window:</source>
        <translation>OBS の設定ウィンドウで残っている作業:</translation>
    </message>
    <message>
        <source>Make OBS IVS-safe?</source>
        <translation>OBS を IVS 対応にしますか?</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) of OBS&apos;s current profile will change, from the next stream start. &quot;Restore previous settings&quot; puts them back.</source>
        <translation>
            <numerusform>OBS の現在のプロファイルの設定 %n 件が、次の配信開始時から変更されます。[以前の設定に戻す] で元に戻せます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Change OBS&apos;s settings</source>
        <translation>OBS の設定を変更</translation>
    </message>
    <message>
        <source>OBS is IVS-safe</source>
        <translation>OBS は IVS に対応しています</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) changed; OBS uses them from the next stream start. &quot;Restore previous settings&quot; puts them back.</source>
        <translation>
            <numerusform>%n 件の設定を変更しました。OBS では次の配信開始時から適用されます。[以前の設定に戻す] で元に戻せます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous settings restored</source>
        <translation>以前の設定に戻しました</translation>
    </message>
    <message>
        <source>OBS has its settings from before &quot;Make OBS IVS-safe&quot; again.</source>
        <translation>OBS の設定は [OBS を IVS 対応にする] の前の状態に戻りました。</translation>
    </message>
</context>
<context>
    <name>ObsPreflight</name>
    <message>
        <source>Advanced output mode keeps the encoder&apos;s settings in the profile&apos;s streamEncoder.json, which cannot be read through the API.</source>
        <translation>出力モード [詳細] では、エンコーダーの設定はプロファイルの streamEncoder.json に保存され、API では読み取れません。</translation>
    </message>
    <message>
        <source>The stream encoder &quot;%1&quot; makes H.264.</source>
        <translation>配信エンコーダー &quot;%1&quot; は H.264 を出力します。</translation>
    </message>
    <message>
        <source>The stream encoder &quot;%1&quot; makes HEVC or AV1; IVS accepts only H.264 over RTMP.</source>
        <translation>配信エンコーダー &quot;%1&quot; は HEVC または AV1 を出力します。IVS が RTMP で受け付けるのは H.264 のみです。</translation>
    </message>
    <message>
        <source>In Settings &gt; Output &gt; Streaming, choose an H.264 encoder (x264, or the H.264 variant of NVENC, QuickSync, AMF or VA-API).</source>
        <translation>[設定] &gt; [出力] &gt; [配信] で H.264 エンコーダー (x264、または NVENC、QuickSync、AMF、VA-API の H.264 版) を選択してください。</translation>
    </message>
    <message>
        <source>OBS did not say which stream encoder it uses.</source>
        <translation>OBS は使用している配信エンコーダーを返しませんでした。</translation>
    </message>
    <message>
        <source>The stream encoder &quot;%1&quot; is not one this check knows.</source>
        <translation>配信エンコーダー &quot;%1&quot; は、このチェックでは判定できないエンコーダーです。</translation>
    </message>
    <message>
        <source>Make sure Settings &gt; Output &gt; Streaming uses an H.264 encoder.</source>
        <translation>[設定] &gt; [出力] &gt; [配信] で H.264 エンコーダーが使用されていることを確認してください。</translation>
    </message>
    <message>
        <source>In Settings &gt; Output &gt; Streaming, turn on &quot;Enable Advanced Encoder Settings&quot; and put bframes=0 in &quot;x264 Options&quot; (or use &quot;Make OBS IVS-safe&quot;).</source>
        <translation>[設定] &gt; [出力] &gt; [配信] で [高度なエンコーダの設定を有効にする] をオンにし、[x264 オプション] に bframes=0 を入力してください (または [OBS を IVS 対応にする] を使用してください)。</translation>
    </message>
    <message>
        <source>The hardware encoder &quot;%1&quot; has its own B-frame setting, which cannot be read through the API.</source>
        <translation>ハードウェアエンコーダー &quot;%1&quot; には独自の B フレーム設定があり、API では読み取れません。</translation>
    </message>
    <message>
        <source>Set B-frames (&quot;Max B-frames&quot;) to 0 in the encoder&apos;s settings, or use x264.</source>
        <translation>エンコーダーの設定で B フレーム (&quot;最大 B フレーム&quot;) を 0 にするか、x264 を使用してください。</translation>
    </message>
    <message>
        <source>Not known for this encoder; IVS needs H.264 without B-frames.</source>
        <translation>このエンコーダーについては不明です。IVS には B フレームなしの H.264 が必要です。</translation>
    </message>
    <message>
        <source>Use an H.264 encoder with B-frames set to 0.</source>
        <translation>B フレームを 0 に設定した H.264 エンコーダーを使用してください。</translation>
    </message>
    <message>
        <source>In Settings &gt; Output &gt; Streaming, set &quot;x264 Options&quot; to include bframes=0, or choose Profile: baseline.</source>
        <translation>[設定] &gt; [出力] &gt; [配信] で [x264 オプション] に bframes=0 を含めるか、プロファイル: baseline を選択してください。</translation>
    </message>
    <message>
        <source>x264 runs with bframes=0 or the baseline profile: no B-frames.</source>
        <translation>x264 は bframes=0 または baseline プロファイルで動作しています。B フレームはありません。</translation>
    </message>
    <message>
        <source>The x264 options do not set bframes=0, so x264&apos;s preset adds B-frames; IVS refuses streams with B-frames (B_FRAME_PRESENT).</source>
        <translation>x264 オプションで bframes=0 が設定されていないため、x264 のプリセットにより B フレームが追加されます。IVS は B フレームを含むストリームを拒否します (B_FRAME_PRESENT)。</translation>
    </message>
    <message>
        <source>OBS&apos;s x264 uses its preset&apos;s B-frames (the default preset makes up to 3 in a row), and the x264 options that could turn them off are not enabled; IVS refuses streams with B-frames (B_FRAME_PRESENT).</source>
        <translation>OBS の x264 はプリセットの B フレームを使用します (デフォルトのプリセットでは最大 3 枚連続)。それを無効にできる x264 オプションも有効になっていません。IVS は B フレームを含むストリームを拒否します (B_FRAME_PRESENT)。</translation>
    </message>
    <message>
        <source>Set the keyframe interval to 2 s (in &quot;x264 Options&quot;: keyint=&lt;2 x frame rate&gt;, or use &quot;Make OBS IVS-safe&quot;).</source>
        <translation>キーフレーム間隔を 2 秒に設定してください ([x264 オプション] で keyint=&lt;フレームレートの 2 倍&gt;、または [OBS を IVS 対応にする] を使用)。</translation>
    </message>
    <message>
        <source>In Settings &gt; Output &gt; Streaming, set Keyframe Interval to 2 s.</source>
        <translation>[設定] &gt; [出力] &gt; [配信] で、キーフレーム間隔を 2 秒に設定してください。</translation>
    </message>
    <message>
        <source>Simple output mode passes no keyframe interval to &quot;%1&quot;, so the encoder&apos;s own default applies, which cannot be read through the API.</source>
        <translation>出力モード [基本] では &quot;%1&quot; にキーフレーム間隔が渡されないため、エンコーダー自身のデフォルト値が適用されます。この値は API では読み取れません。</translation>
    </message>
    <message>
        <source>Switch to Advanced output mode and set Keyframe Interval to 2 s, or use x264.</source>
        <translation>出力モードを [詳細] に切り替えてキーフレーム間隔を 2 秒に設定するか、x264 を使用してください。</translation>
    </message>
    <message>
        <source>OBS did not report its frame rate, so the keyframe interval in seconds is not known.</source>
        <translation>OBS がフレームレートを返さなかったため、キーフレーム間隔を秒単位で判断できません。</translation>
    </message>
    <message>
        <source>The x264 options set keyint=%1: no regular keyframes; IVS needs one every 1-2 s.</source>
        <translation>x264 オプションで keyint=%1 が設定されています。定期的なキーフレームがありません。IVS には 1～2 秒ごとのキーフレームが必要です。</translation>
    </message>
    <message>
        <source>keyint=%1 in the x264 options</source>
        <translation>x264 オプションの keyint=%1</translation>
    </message>
    <message>
        <source>x264&apos;s default of %1 frames, as OBS sets no interval</source>
        <translation>x264 のデフォルトの %1 フレーム (OBS が間隔を設定していないため)</translation>
    </message>
    <message>
        <source>A keyframe every %1 s (%2 at %3 fps).</source>
        <translation>キーフレーム間隔は %1 秒です (%2、%3 fps)。</translation>
    </message>
    <message>
        <source>A keyframe every %1 s (%2 at %3 fps); IVS needs one every 1-2 s.</source>
        <translation>キーフレーム間隔は %1 秒です (%2、%3 fps)。IVS には 1～2 秒ごとのキーフレームが必要です。</translation>
    </message>
    <message>
        <source>OBS did not report its output resolution.</source>
        <translation>OBS が出力解像度を返しませんでした。</translation>
    </message>
    <message>
        <source>Check Settings &gt; Video &gt; Output (Scaled) Resolution: at most 1280x720.</source>
        <translation>[設定] &gt; [映像] &gt; [出力 (スケーリング) 解像度] を確認してください (最大 1280x720)。</translation>
    </message>
    <message>
        <source>The stream is %1, within 720p.</source>
        <translation>ストリームは %1 で、720p 以内です。</translation>
    </message>
    <message>
        <source>The stream is %1; IVS takes at most 720p (1280x720, or 720x1280 upright).</source>
        <translation>ストリームは %1 です。IVS が受け付けるのは最大 720p (1280x720、縦長なら 720x1280) です。</translation>
    </message>
    <message>
        <source>In Settings &gt; Video, set Output (Scaled) Resolution to 1280x720 or less (or use &quot;Make OBS IVS-safe&quot;).</source>
        <translation>[設定] &gt; [映像] で [出力 (スケーリング) 解像度] を 1280x720 以下に設定してください (または [OBS を IVS 対応にする] を使用してください)。</translation>
    </message>
    <message>
        <source>In Settings &gt; Output &gt; Streaming, set Bitrate to 6000 Kbps or less (8500 at most).</source>
        <translation>[設定] &gt; [出力] &gt; [配信] で、ビットレートを 6000 Kbps 以下 (最大 8500) に設定してください。</translation>
    </message>
    <message>
        <source>OBS did not report the video bitrate.</source>
        <translation>OBS が映像ビットレートを返しませんでした。</translation>
    </message>
    <message>
        <source>In Settings &gt; Output, set Video Bitrate to 6000 Kbps or less.</source>
        <translation>[設定] &gt; [出力] で、映像ビットレートを 6000 Kbps 以下に設定してください。</translation>
    </message>
    <message>
        <source>The video bitrate is %1 Kbps; IVS takes at most %2.</source>
        <translation>映像ビットレートは %1 Kbps です。IVS が受け付けるのは最大 %2 です。</translation>
    </message>
    <message>
        <source>In Settings &gt; Output, set Video Bitrate to %1 Kbps or less.</source>
        <translation>[設定] &gt; [出力] で、映像ビットレートを %1 Kbps 以下に設定してください。</translation>
    </message>
    <message>
        <source>The video bitrate is %1 Kbps: within IVS&apos;s %2 Kbps limit, above the recommended %3.</source>
        <translation>映像ビットレートは %1 Kbps です。IVS の上限 %2 Kbps 以内ですが、推奨値 %3 を超えています。</translation>
    </message>
    <message>
        <source>The video bitrate is %1 Kbps.</source>
        <translation>映像ビットレートは %1 Kbps です。</translation>
    </message>
    <message>
        <source>Simple output mode streams AAC audio over RTMP.</source>
        <translation>出力モード [基本] では、AAC 音声を RTMP で配信します。</translation>
    </message>
    <message>
        <source>This OBS has no audio encoder choice for streaming (AdvOut/AudioEncoder is not set): it streams AAC.</source>
        <translation>この OBS には配信用の音声エンコーダーの選択肢がありません (AdvOut/AudioEncoder が未設定)。AAC で配信します。</translation>
    </message>
    <message>
        <source>The stream&apos;s audio encoder &quot;%1&quot; makes AAC.</source>
        <translation>配信の音声エンコーダー &quot;%1&quot; は AAC を出力します。</translation>
    </message>
    <message>
        <source>The stream&apos;s audio encoder is &quot;%1&quot;; IVS takes AAC.</source>
        <translation>配信の音声エンコーダーは &quot;%1&quot; です。IVS が受け付けるのは AAC です。</translation>
    </message>
    <message>
        <source>In Settings &gt; Output &gt; Streaming, choose an AAC audio encoder.</source>
        <translation>[設定] &gt; [出力] &gt; [配信] で AAC 音声エンコーダーを選択してください。</translation>
    </message>
    <message>
        <source>OBS always streams one video and one audio track over RTMP (silence when no audio source plays). Whether a microphone or desktop audio is audible is not checked.</source>
        <translation>OBS は RTMP で常に映像トラック 1 本と音声トラック 1 本を配信します (音声ソースが再生されていない場合は無音)。マイクやデスクトップ音声が聞こえるかどうかはチェックしません。</translation>
    </message>
</context>
<context>
    <name>ObsReportJson</name>
    <message>
        <source>The stream encoder&apos;s bitrate, keyframe interval and B-frames (Advanced output mode keeps them in the profile&apos;s streamEncoder.json, which cannot be read through the API).</source>
        <translation>配信エンコーダーのビットレート、キーフレーム間隔、B フレーム (出力モード [詳細] ではプロファイルの streamEncoder.json に保存され、API では読み取れません)。</translation>
    </message>
</context>
<context>
    <name>ObsRestorePoint</name>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 を読み取れません (%2)</translation>
    </message>
    <message>
        <source>%1 is not a restore point this program wrote (%2)</source>
        <translation>%1 はこのプログラムが書き込んだ復元ポイントではありません (%2)</translation>
    </message>
    <message>
        <source>the folder of %1 cannot be created</source>
        <translation>%1 のフォルダーを作成できません</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2)</source>
        <translation>%1 に書き込めません (%2)</translation>
    </message>
</context>
<context>
    <name>ObsStreamBox</name>
    <message>
        <source>Go live</source>
        <translation>ライブ配信</translation>
    </message>
    <message>
        <source>&amp;Start streaming</source>
        <translation>配信開始(&amp;S)</translation>
    </message>
    <message>
        <source>Send a t&amp;est signal…</source>
        <translation>テスト信号を送信(&amp;E)…</translation>
    </message>
    <message>
        <source>OBS stream status</source>
        <translation>OBS の配信状態</translation>
    </message>
    <message>
        <source>What IVS says</source>
        <translation>IVS の状態</translation>
    </message>
    <message>
        <source>Test signal length in seconds</source>
        <translation>テスト信号の長さ (秒)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Test signal progress</source>
        <translation>テスト信号の進行状況</translation>
    </message>
    <message>
        <source>%v s sent</source>
        <translation>%v 秒送信済み</translation>
    </message>
    <message>
        <source>About the test signal</source>
        <translation>テスト信号について</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>長さ:</translation>
    </message>
    <message>
        <source>The connection to OBS is closed.</source>
        <translation>OBS への接続は閉じています。</translation>
    </message>
    <message>
        <source>Available once the configuration and its stage have been read.</source>
        <translation>取り込み設定とそのステージを読み取ると使用できます。</translation>
    </message>
    <message>
        <source>Not while OBS streams to this configuration: stop streaming first.</source>
        <translation>OBS がこの取り込み設定に配信している間は使用できません。先に配信を終了してください。</translation>
    </message>
    <message>
        <source>Not available while the configuration is ACTIVE: a second publisher would displace the one that is live. The test signal is for an INACTIVE configuration.</source>
        <translation>取り込み設定が ACTIVE の間は使用できません。2 つ目のパブリッシャーが、ライブ配信中のパブリッシャーを押し出してしまいます。テスト信号は INACTIVE の取り込み設定用です。</translation>
    </message>
    <message>
        <source>Only available while the configuration is INACTIVE; its state is not known. Refresh first.</source>
        <translation>取り込み設定が INACTIVE の間のみ使用できますが、現在の状態が不明です。先に更新してください。</translation>
    </message>
    <message>
        <source>&amp;Stop streaming</source>
        <translation>配信終了(&amp;S)</translation>
    </message>
    <message>
        <source>Starts or stops streaming in OBS, then watches this configuration until IVS reports it ACTIVE or the participant reports an error.</source>
        <translation>OBS で配信を開始または終了し、IVS が取り込み設定を ACTIVE と報告するか、参加者がエラーを報告するまで監視します。</translation>
    </message>
    <message>
        <source>Connect to OBS first.</source>
        <translation>先に OBS に接続してください。</translation>
    </message>
    <message>
        <source>Cancel the t&amp;est signal</source>
        <translation>テスト信号をキャンセル(&amp;E)</translation>
    </message>
    <message>
        <source>Sends a moving test pattern and a tone with FFmpeg at IVS-safe settings to this configuration&apos;s server and key: it proves key, server and network path without OBS.</source>
        <translation>FFmpeg で動くテストパターンとトーンを IVS に適した設定で、この取り込み設定のサーバーとキーに送信します。OBS なしで、キー、サーバー、ネットワーク経路を確認できます。</translation>
    </message>
    <message>
        <source>Start streaming anyway?</source>
        <translation>それでも配信を開始しますか?</translation>
    </message>
    <message>
        <source>This configuration is ACTIVE: another publisher is live, and OBS would displace it.</source>
        <translation>この取り込み設定は ACTIVE です。別のパブリッシャーがライブ配信中で、OBS がそれを押し出してしまいます。</translation>
    </message>
    <message>
        <source>Start streaming</source>
        <translation>配信開始</translation>
    </message>
    <message>
        <source>Asking OBS to start streaming…</source>
        <translation>OBS に配信開始を要求しています…</translation>
    </message>
    <message>
        <source>OBS is streaming.</source>
        <translation>OBS は配信中です。</translation>
    </message>
    <message>
        <source>OBS is not streaming</source>
        <translation>OBS は配信していません</translation>
    </message>
    <message>
        <source>OBS stopped streaming.</source>
        <translation>OBS は配信を終了しました。</translation>
    </message>
    <message>
        <source>FFmpeg is not installed</source>
        <translation>FFmpeg がインストールされていません</translation>
    </message>
    <message>
        <source>The test signal needs FFmpeg, and there is no &quot;ffmpeg&quot; on PATH. Install it (Debian: apt install ffmpeg) and try again; nothing else in the inspector needs it.</source>
        <translation>テスト信号には FFmpeg が必要ですが、PATH に &quot;ffmpeg&quot; がありません。インストールしてから (Debian: apt install ffmpeg) 再試行してください。Inspector の他の機能では FFmpeg は不要です。</translation>
    </message>
    <message>
        <source>Send a test signal to the stage?</source>
        <translation>ステージにテスト信号を送信しますか?</translation>
    </message>
    <message numerus="yes">
        <source>For %n second(s), a moving test pattern and a tone are published with this configuration&apos;s key: everyone in the stage %1 will see and hear them.</source>
        <translation>
            <numerusform>%n 秒間、この取り込み設定のキーで動くテストパターンとトーンが配信されます。ステージ %1 の全員に表示され、聞こえます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Server: %1
Stream key: %2</source>
        <translation>サーバー: %1
ストリームキー: %2</translation>
    </message>
    <message>
        <source>Send the test signal</source>
        <translation>テスト信号を送信</translation>
    </message>
    <message>
        <source>Sending the test signal…</source>
        <translation>テスト信号を送信しています…</translation>
    </message>
    <message>
        <source>Test signal sent</source>
        <translation>テスト信号を送信しました</translation>
    </message>
    <message>
        <source>FFmpeg sent %1 s of test signal (%2). %3</source>
        <translation>FFmpeg がテスト信号を %1 秒間送信しました (%2)。%3</translation>
    </message>
    <message>
        <source>Test signal cancelled</source>
        <translation>テスト信号をキャンセルしました</translation>
    </message>
    <message>
        <source>FFmpeg was stopped after %1 s.</source>
        <translation>FFmpeg は %1 秒後に停止されました。</translation>
    </message>
    <message>
        <source>The test signal failed</source>
        <translation>テスト信号に失敗しました</translation>
    </message>
    <message>
        <source>Watching the configuration: %1</source>
        <translation>取り込み設定を監視中: %1</translation>
    </message>
    <message>
        <source>Watching the configuration until IVS reports it ACTIVE…</source>
        <translation>IVS が ACTIVE と報告するまで取り込み設定を監視しています…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ライブ配信中</translation>
    </message>
    <message>
        <source>Not live</source>
        <translation>ライブ配信されていません</translation>
    </message>
    <message>
        <source>Not live yet</source>
        <translation>まだライブ配信されていません</translation>
    </message>
</context>
<context>
    <name>ObsStreamWatcher</name>
    <message>
        <source>OBS is streaming: the output is active and sending data.</source>
        <translation>OBS は配信中です。出力はアクティブで、データを送信しています。</translation>
    </message>
    <message>
        <source>The stream started and then stopped: the server closed the connection. Check the stream key (IVS refuses a wrong key, or one already in use) and OBS&apos;s log.</source>
        <translation>配信は開始しましたが、その後停止しました。サーバーが接続を閉じています。ストリームキー (IVS は間違ったキーや使用中のキーを拒否します) と OBS のログを確認してください。</translation>
    </message>
    <message>
        <source>OBS tried to stream but the stream never became active: the server refused the connection or the stream key. Check the server URL and the stream key.</source>
        <translation>OBS は配信を試みましたが、配信はアクティブになりませんでした。サーバーが接続またはストリームキーを拒否しました。サーバー URL とストリームキーを確認してください。</translation>
    </message>
    <message>
        <source>OBS accepted StartStream but the stream never became active. OBS may be waiting on a dialog, or could not reach the server; look at OBS&apos;s window and log.</source>
        <translation>OBS は StartStream を受け付けましたが、配信はアクティブになりませんでした。OBS がダイアログへの応答を待っているか、サーバーに到達できなかった可能性があります。OBS のウィンドウとログを確認してください。</translation>
    </message>
    <message>
        <source>The stream is active but no data has flowed for %1 s: the network or the server is stalled.</source>
        <translation>配信はアクティブですが、%1 秒間データが流れていません。ネットワークまたはサーバーが停滞しています。</translation>
    </message>
    <message>
        <source>Watching the stream failed.</source>
        <translation>配信の監視に失敗しました。</translation>
    </message>
</context>
<context>
    <name>ObsWebSocketClient</name>
    <message>
        <source>it sent a binary frame where JSON text was expected</source>
        <translation>JSON テキストが来るべきところにバイナリフレームが送られてきました</translation>
    </message>
    <message>
        <source>the WebSocket handshake failed (%1)</source>
        <translation>WebSocket ハンドシェイクに失敗しました (%1)</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>Hello</translation>
    </message>
    <message>
        <source>it closed the connection during the handshake (code %1)</source>
        <translation>ハンドシェイク中に接続が閉じられました (コード %1)</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>%1 への接続</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identify</translation>
    </message>
    <message>
        <source>it sent something that is not a JSON object</source>
        <translation>JSON オブジェクトではないものが送られてきました</translation>
    </message>
    <message>
        <source>a message without an op code</source>
        <translation>op コードのないメッセージ</translation>
    </message>
    <message>
        <source>an unexpected message (op %1)</source>
        <translation>予期しないメッセージ (op %1)</translation>
    </message>
    <message>
        <source>the first message was not an obs-websocket 5 Hello</source>
        <translation>最初のメッセージが obs-websocket 5 の Hello ではありませんでした</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムのデフォルト</translation>
    </message>
    <message>
        <source>Seconds before a copied stream key is cleared</source>
        <translation>コピーしたストリームキーを消去するまでの秒数</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>消去しない</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation>接続タイムアウト (秒)</translation>
    </message>
    <message>
        <source>Read timeout in seconds</source>
        <translation>読み取りタイムアウト (秒)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Clear a copied stream key &amp;after:</source>
        <translation>コピーしたストリームキーを消去するまでの時間(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>接続タイムアウト(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Read timeout:</source>
        <translation>読み取りタイムアウト(&amp;R):</translation>
    </message>
    <message>
        <source>A new language takes effect when the app starts again.</source>
        <translation>新しい言語はアプリの再起動後に有効になります。</translation>
    </message>
    <message>
        <source>Hosts allowed over plain HTTP</source>
        <translation>暗号化されていない HTTP を許可するホスト</translation>
    </message>
    <message>
        <source>none (only this computer)</source>
        <translation>なし (このコンピューターのみ)</translation>
    </message>
    <message>
        <source>Signed requests go over plain http:// only to this computer, unless the host is listed here (comma-separated). Anyone on the network can read such requests.</source>
        <translation>ここに記載したホスト (カンマ区切り) を除き、署名付きリクエストを暗号化されていない http:// で送信できるのはこのコンピューター宛てのみです。このようなリクエストはネットワーク上の誰でも読み取れます。</translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP to:</source>
        <translation>暗号化されていない HTTP を許可(&amp;H):</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <source>C&amp;redentials…</source>
        <translation>認証情報(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>確認(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>プロファイル(&amp;P):</translation>
    </message>
    <message>
        <source>Credentials profile</source>
        <translation>認証情報プロファイル</translation>
    </message>
    <message>
        <source>Manage credentials</source>
        <translation>認証情報を管理</translation>
    </message>
    <message>
        <source>Check credentials</source>
        <translation>認証情報を確認</translation>
    </message>
    <message>
        <source>Show the account and identity behind this profile</source>
        <translation>このプロファイルのアカウントと ID を表示します</translation>
    </message>
    <message>
        <source>Account of the selected profile</source>
        <translation>選択したプロファイルのアカウント</translation>
    </message>
    <message>
        <source>Automatic (environment variables)</source>
        <translation>自動 (環境変数)</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>自動 (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
</context>
<context>
    <name>ProfileLister</name>
    <message>
        <source>environment</source>
        <translation>環境変数</translation>
    </message>
</context>
<context>
    <name>ResultNavigation</name>
    <message>
        <source>&amp;Filter the fields</source>
        <translation>フィールドを絞り込み(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Next result</source>
        <translation>次の結果(&amp;N)</translation>
    </message>
    <message>
        <source>Pre&amp;vious result</source>
        <translation>前の結果(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Close result</source>
        <translation>結果を閉じる(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ResultTabs</name>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Fields of the ingest configuration</source>
        <translation>取り込み設定のフィールド</translation>
    </message>
    <message>
        <source>Raw JSON reply</source>
        <translation>JSON の生の応答</translation>
    </message>
    <message>
        <source>Views of the result</source>
        <translation>結果の表示</translation>
    </message>
    <message>
        <source>Name of the ingest configuration</source>
        <translation>取り込み設定の名前</translation>
    </message>
    <message>
        <source>ARN of the ingest configuration</source>
        <translation>取り込み設定の ARN</translation>
    </message>
    <message>
        <source>Last refreshed</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Fetch again (F5)</source>
        <translation>再取得 (F5)</translation>
    </message>
    <message>
        <source>Stream &amp;key:</source>
        <translation>ストリームキー(&amp;K):</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>ストリームキー</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show the stream key</source>
        <translation>ストリームキーを表示</translation>
    </message>
    <message>
        <source>Show the stream key for a while (Ctrl+Shift+K)</source>
        <translation>ストリームキーを一定時間表示します (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>キーをコピー</translation>
    </message>
    <message>
        <source>Copy the stream key</source>
        <translation>ストリームキーをコピー</translation>
    </message>
    <message>
        <source>Copy the stream key; the clipboard is cleared again after a while</source>
        <translation>ストリームキーをコピーします。一定時間が経つとクリップボードは再び消去されます</translation>
    </message>
    <message numerus="yes">
        <source>Stream key copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>ストリームキーをコピーしました。クリップボードは %n 秒後に消去されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>Last refreshed %1</source>
        <translation>最終更新 %1</translation>
    </message>
    <message>
        <source>Not associated with a stage</source>
        <translation>ステージに関連付けられていません</translation>
    </message>
    <message>
        <source>This ingest configuration has no stage, so its stream key cannot be used: an encoder that connects with it is refused. This typically follows DisconnectParticipant or DeleteStage; associate it with a stage again (UpdateIngestConfiguration).</source>
        <translation>ステージに関連付けられていないため、ストリームキーを使用できません (接続しても拒否されます)。DisconnectParticipant や DeleteStage の後によく起こります。UpdateIngestConfiguration でステージに関連付け直してください。</translation>
    </message>
    <message>
        <source>Failed at %1</source>
        <translation>%1 に失敗しました</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>Hide the stream key</source>
        <translation>ストリームキーを非表示</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>コピーしました。</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>値をコピー(&amp;V)</translation>
    </message>
    <message>
        <source>Copy &amp;key=value</source>
        <translation>キー=値の形式でコピー(&amp;K)</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>JSON としてコピー(&amp;J)</translation>
    </message>
    <message>
        <source>Filter the fields</source>
        <translation>フィールドの絞り込み</translation>
    </message>
    <message>
        <source>Filter fields, keys and values</source>
        <translation>フィールド、キー、値で絞り込み</translation>
    </message>
    <message>
        <source>Get it &amp;live</source>
        <translation>ライブ配信(&amp;L)</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <source>Fiel&amp;ds</source>
        <translation>フィールド(&amp;D)</translation>
    </message>
    <message>
        <source>Ra&amp;w JSON</source>
        <translation>生の JSON(&amp;W)</translation>
    </message>
    <message>
        <source>Offline: last known view, from %1</source>
        <translation>オフライン: 最後に確認した内容 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n s)</source>
        <translation>
            <numerusform>%1 (%n 秒)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>The request was cancelled before it finished.</source>
        <translation>リクエストは完了前にキャンセルされました。</translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation>再試行(&amp;B)</translation>
    </message>
</context>
<context>
    <name>ResultsOverview</name>
    <message>
        <source>Overview of the inspected configurations</source>
        <translation>検査した取り込み設定の概要</translation>
    </message>
</context>
<context>
    <name>SecretLineEdit</name>
    <message>
        <source>Secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>Hide secret</source>
        <translation>シークレットを非表示</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>シークレットを表示</translation>
    </message>
    <message>
        <source>Show or hide (Ctrl+H)</source>
        <translation>表示/非表示 (Ctrl+H)</translation>
    </message>
    <message>
        <source>Shown. Press Ctrl+H to hide.</source>
        <translation>表示中です。Ctrl+H キーで非表示にします。</translation>
    </message>
    <message>
        <source>Hidden. Press Ctrl+H to show.</source>
        <translation>非表示です。Ctrl+H キーで表示します。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>The keychain has no entry for this profile%1. Enter the credentials again.</source>
        <translation>このプロファイルのエントリがキーチェーンにありません%1。認証情報をもう一度入力してください。</translation>
    </message>
    <message>
        <source>The system keychain is not available%1. On Linux it needs a desktop session with a Secret Service such as GNOME Keyring or KWallet. Credentials can be kept for this session only; nothing is written to disk.</source>
        <translation>システムのキーチェーンを使用できません%1。Linux では、GNOME Keyring や KWallet などの Secret Service を備えたデスクトップセッションが必要です。認証情報をこのセッションのみ保持することもできます。その場合、ディスクには何も書き込まれません。</translation>
    </message>
    <message>
        <source>The system keychain refused access%1. Unlock it (for example by logging in again) and retry.</source>
        <translation>システムのキーチェーンがアクセスを拒否しました%1。キーチェーンのロックを解除して (再ログインするなど)、再試行してください。</translation>
    </message>
    <message>
        <source>The system keychain did not answer%1. It may be waiting for an unlock prompt that cannot be shown; unlock it and retry, or keep the credentials for this session only.</source>
        <translation>システムのキーチェーンが応答しませんでした%1。表示できないロック解除プロンプトを待っている可能性があります。ロックを解除して再試行するか、認証情報をこのセッションのみ保持してください。</translation>
    </message>
    <message>
        <source>The system keychain failed%1.</source>
        <translation>システムのキーチェーンでエラーが発生しました%1。</translation>
    </message>
</context>
<context>
    <name>SsoCredentialProvider</name>
    <message>
        <source>Profile %1 names sso_session %2, but the config file has no [sso-session %2] section.</source>
        <translation>プロファイル %1 は sso_session %2 を指定していますが、config ファイルに [sso-session %2] セクションがありません。</translation>
    </message>
    <message>
        <source>Profile %1 is an SSO profile but lacks one of sso_start_url, sso_region, sso_account_id and sso_role_name.</source>
        <translation>プロファイル %1 は SSO プロファイルですが、sso_start_url、sso_region、sso_account_id、sso_role_name のいずれかがありません。</translation>
    </message>
    <message>
        <source>Run &quot;aws sso login --profile %1&quot;, then try again.</source>
        <translation>&quot;aws sso login --profile %1&quot; を実行してから、再試行してください。</translation>
    </message>
    <message>
        <source>Profile %1 has no SSO login: %2. %3</source>
        <translation>プロファイル %1 は SSO にログインしていません: %2。%3</translation>
    </message>
    <message>
        <source>The SSO session of profile %1 expired at %2. %3</source>
        <translation>プロファイル %1 の SSO セッションは %2 に期限切れになりました。%3</translation>
    </message>
    <message>
        <source>The SSO portal refused the login of profile %1 (%2). %3</source>
        <translation>SSO ポータルがプロファイル %1 のログインを拒否しました (%2)。%3</translation>
    </message>
    <message>
        <source>IAM Identity Center could not give credentials for profile %1: %2</source>
        <translation>IAM Identity Center からプロファイル %1 の認証情報を取得できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>SsoRoleCredentialsCall</name>
    <message>
        <source>The SSO portal&apos;s reply has no usable role credentials.</source>
        <translation>SSO ポータルの応答に使用可能なロール認証情報がありません。</translation>
    </message>
</context>
<context>
    <name>SsoTokenCache</name>
    <message>
        <source>there is no cached SSO token (%1)</source>
        <translation>キャッシュされた SSO トークンがありません (%1)</translation>
    </message>
    <message>
        <source>the cached SSO token in %1 is incomplete</source>
        <translation>%1 のキャッシュされた SSO トークンが不完全です</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>The reply has no &quot;stage&quot; object.</source>
        <translation>応答に &quot;stage&quot; オブジェクトがありません。</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; should be an object.</source>
        <translation>メンバー &quot;%1&quot; はオブジェクトである必要があります。</translation>
    </message>
</context>
<context>
    <name>StateBadge</name>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIVE</translation>
    </message>
    <message>
        <source>INACTIVE</source>
        <translation>INACTIVE</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>UNKNOWN</translation>
    </message>
    <message>
        <source>A publisher is streaming to the stage now.</source>
        <translation>現在、パブリッシャーがステージに配信しています。</translation>
    </message>
    <message>
        <source>Nothing is being published to the stage right now.</source>
        <translation>現在、ステージには何も配信されていません。</translation>
    </message>
    <message>
        <source>The state of the ingest configuration is not known.</source>
        <translation>取り込み設定の状態は不明です。</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>%1 (API value %2)</source>
        <translation>%1 (API の値: %2)</translation>
    </message>
</context>
<context>
    <name>StsCall</name>
    <message>
        <source>The STS reply to %1 could not be read: %2</source>
        <translation>%1 に対する STS の応答を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>no result element</source>
        <translation>結果要素がありません</translation>
    </message>
</context>
<context>
    <name>TerminalText</name>
    <message numerus="yes">
        <source>%1… (%n more character(s))</source>
        <translation>
            <numerusform>%1… (残り %n 文字)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… ほか %n 件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchController</name>
    <message>
        <source>Wa&amp;tch</source>
        <translation>監視(&amp;T)</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 を読み取れません</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 は %2 です</translation>
    </message>
</context>
<context>
    <name>WatchPanel</name>
    <message>
        <source>Watch this config&amp;uration</source>
        <translation>この取り込み設定を監視(&amp;U)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV にエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Read it again at the interval and note every change of state, stage or participant</source>
        <translation>一定間隔で読み取り直し、状態、ステージ、参加者の変化をすべて記録します</translation>
    </message>
    <message>
        <source>Seconds between looks</source>
        <translation>確認の間隔 (秒)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;every</source>
        <translation>間隔(&amp;E):</translation>
    </message>
    <message numerus="yes">
        <source>Looking every %n second(s): watching takes at most one of the 5 requests a second that the account shares per region, production included.</source>
        <translation>
            <numerusform>%n 秒ごとに確認しています。監視で使うのは、アカウントがリージョンごとに本番環境も含めて共有する 1 秒あたり 5 リクエストのうち、最大 1 件です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n configuration(s) watched; the timeline is kept across restarts.</source>
        <translation>
            <numerusform>%n 件の取り込み設定を監視しています。タイムラインは再起動後も保持されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is watched. The timeline below is what earlier watches noted.</source>
        <translation>何も監視していません。下のタイムラインは、以前の監視で記録した内容です。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Timeline exported to %1.</source>
        <translation>タイムラインを %1 にエクスポートしました。</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>タイムラインのエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>監視</translation>
    </message>
</context>
<context>
    <name>WatchTimelineView</name>
    <message>
        <source>State timeline</source>
        <translation>状態のタイムライン</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Could not read it: %1</source>
        <translation>読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Watching started</source>
        <translation>監視を開始</translation>
    </message>
    <message>
        <source>Reachable again</source>
        <translation>再び到達可能</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>到達不能</translation>
    </message>
    <message>
        <source>State %1 → %2</source>
        <translation>状態 %1 → %2</translation>
    </message>
    <message>
        <source>Stage %1 → %2</source>
        <translation>ステージ %1 → %2</translation>
    </message>
    <message>
        <source>Participant %1 → %2</source>
        <translation>参加者 %1 → %2</translation>
    </message>
    <message>
        <source>Redundant participants %1 → %2</source>
        <translation>冗長参加者 %1 → %2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>到達不能</translation>
    </message>
</context>
</TS>
