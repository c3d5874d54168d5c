<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppProfileStore</name>
    <message>
        <source>the keychain entry is damaged</source>
        <translation>der Eintrag im Schlüsselbund ist beschädigt</translation>
    </message>
</context>
<context>
    <name>ArnBar</name>
    <message>
        <source>&amp;Inspect</source>
        <translation>Abr&amp;ufen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;ARN:</source>
        <translation>&amp;ARN:</translation>
    </message>
    <message>
        <source>Ingest configuration ARN</source>
        <translation>ARN der Ingest-Konfiguration</translation>
    </message>
    <message>
        <source>One or more ARNs, separated by spaces or new lines</source>
        <translation>Ein oder mehrere ARNs, getrennt durch Leerzeichen oder Zeilenumbrüche</translation>
    </message>
    <message>
        <source>arn:aws:ivs:REGION:ACCOUNT:ingest-configuration/ID</source>
        <translation>arn:aws:ivs:REGION:ACCOUNT:ingest-configuration/ID</translation>
    </message>
    <message>
        <source>Clear the ARN field</source>
        <translation>ARN-Feld leeren</translation>
    </message>
    <message>
        <source>ARN check</source>
        <translation>ARN-Prüfung</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <source>Cancel the requests</source>
        <translation>Anfragen abbrechen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>ARN %1: %2</source>
        <translation>ARN %1: %2</translation>
    </message>
    <message>
        <source>IVS Real-Time is not known to run in %1.</source>
        <translation>Es ist nicht bekannt, dass IVS Real-Time in %1 verfügbar ist.</translation>
    </message>
    <message>
        <source>These credentials are for account %1, but the ARN is in account %2.</source>
        <translation>Diese Zugangsdaten gehören zum Konto %1, der ARN liegt aber im Konto %2.</translation>
    </message>
    <message>
        <source>Not an ARN: Inspect looks up the ingest configuration with this ID or name in %1.</source>
        <translation>Kein ARN: „Abrufen“ sucht in %1 nach der Ingest-Konfiguration mit dieser ID oder diesem Namen.</translation>
    </message>
    <message>
        <source>Paste the ARN of an ingest configuration, or several, one per line.</source>
        <translation>Den ARN einer Ingest-Konfiguration einfügen oder mehrere, einen pro Zeile.</translation>
    </message>
    <message>
        <source>Cannot inspect yet: %1</source>
        <translation>Abruf noch nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n good ARN(s) will be inspected; skipped: %1</source>
        <translation>
            <numerusform>%n gültiger ARN wird abgerufen; übersprungen: %1</numerusform>
            <numerusform>%n gültige ARNs werden abgerufen; übersprungen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Region %1 · account %2</source>
        <translation>Region %1 · Konto %2</translation>
    </message>
    <message numerus="yes">
        <source>%n ARNs, each inspected in its own tab.</source>
        <translation>
            <numerusform>%n ARN, in einem eigenen Tab abgerufen.</numerusform>
            <numerusform>%n ARNs, jeder in einem eigenen Tab abgerufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
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
            <numerusform>%n ARN nicht abgerufen</numerusform>
            <numerusform>%n ARNs nicht abgerufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not look up %1</source>
        <translation>Suche nach %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing called %1</source>
        <translation>Nichts namens %1 gefunden</translation>
    </message>
    <message>
        <source>No ingest configuration in %1 has this ID or name. Check the region of the profile, or open View &gt; Browse to see them all.</source>
        <translation>Keine Ingest-Konfiguration in %1 hat diese ID oder diesen Namen. Die Region des Profils prüfen oder mit Ansicht &gt; Konfigurationen durchsuchen alle anzeigen.</translation>
    </message>
    <message numerus="yes">
        <source>%n configuration(s) are called %1</source>
        <translation>
            <numerusform>%n Konfiguration heißt %1</numerusform>
            <numerusform>%n Konfigurationen heißen %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is shown in its own tab.</source>
        <translation>Jede wird in einem eigenen Tab angezeigt.</translation>
    </message>
</context>
<context>
    <name>AssumeRoleProvider</name>
    <message>
        <source>Profile %1 has both source_profile and credential_source; keep only one.</source>
        <translation>Profil %1 hat sowohl source_profile als auch credential_source; nur eines davon behalten.</translation>
    </message>
    <message>
        <source>Profile %1 has role_arn but neither source_profile nor credential_source.</source>
        <translation>Profil %1 hat role_arn, aber weder source_profile noch credential_source.</translation>
    </message>
    <message>
        <source>Profile %1 uses credential_source = %2, which only works on AWS compute; ivs-inspector supports Environment or a source_profile.</source>
        <translation>Profil %1 verwendet credential_source = %2, was nur auf AWS-Compute-Ressourcen funktioniert; ivs-inspector unterstützt Environment oder ein source_profile.</translation>
    </message>
    <message>
        <source>Profile %1 takes its source credentials from the environment, but AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set.</source>
        <translation>Profil %1 bezieht seine Quell-Zugangsdaten aus der Umgebung, aber AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY sind nicht gesetzt.</translation>
    </message>
    <message>
        <source>The source_profile settings form a loop (%1); a chain of roles must end in a profile with keys, SSO or credential_process.</source>
        <translation>Die source_profile-Einstellungen bilden eine Schleife (%1); eine Kette von Rollen muss bei einem Profil mit Schlüsseln, SSO oder credential_process enden.</translation>
    </message>
    <message>
        <source>Profile %1 needs an MFA code (mfa_serial), but there is no way to ask for one here.</source>
        <translation>Profil %1 benötigt einen MFA-Code (mfa_serial), aber hier gibt es keine Möglichkeit, ihn abzufragen.</translation>
    </message>
    <message>
        <source>No MFA code was entered for profile %1.</source>
        <translation>Für Profil %1 wurde kein MFA-Code eingegeben.</translation>
    </message>
    <message>
        <source>Profile %1 could not assume its role: %2 (%3)</source>
        <translation>Profil %1 konnte seine Rolle nicht übernehmen: %2 (%3)</translation>
    </message>
    <message>
        <source>STS answered AssumeRole for profile %1 without credentials.</source>
        <translation>STS hat AssumeRole für Profil %1 ohne Zugangsdaten beantwortet.</translation>
    </message>
</context>
<context>
    <name>AwsError</name>
    <message>
        <source>No error</source>
        <translation>Kein Fehler</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Credentials rejected</source>
        <translation>Zugangsdaten abgelehnt</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>Service error</source>
        <translation>Dienstfehler</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Unreadable reply</source>
        <translation>Unlesbare Antwort</translation>
    </message>
    <message>
        <source>Reply too large</source>
        <translation>Antwort zu groß</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Check that the region, account and ID in the ARN are right and that the ingest configuration was not deleted.</source>
        <translation>Prüfen, ob Region, Konto und ID im ARN stimmen und ob die Ingest-Konfiguration nicht gelöscht wurde.</translation>
    </message>
    <message>
        <source>The service refused the request as invalid: check the ARN.</source>
        <translation>Der Dienst hat die Anfrage als ungültig abgelehnt: ARN prüfen.</translation>
    </message>
    <message>
        <source>The credentials are valid but not allowed to do this: check the IAM policy.</source>
        <translation>Die Zugangsdaten sind gültig, aber dafür nicht berechtigt: IAM-Richtlinie prüfen.</translation>
    </message>
    <message>
        <source>The credentials are valid but not allowed to do this: the IAM policy needs %1 on this resource.</source>
        <translation>Die Zugangsdaten sind gültig, aber dafür nicht berechtigt: Die IAM-Richtlinie muss %1 für diese Ressource erlauben.</translation>
    </message>
    <message>
        <source>The credentials were not accepted: check the access key, the secret and the session token, and renew them if they have expired. Also check that this computer&apos;s clock is right.</source>
        <translation>Die Zugangsdaten wurden nicht akzeptiert: Zugriffsschlüssel, geheimen Schlüssel und Sitzungstoken prüfen und erneuern, falls sie abgelaufen sind. Außerdem prüfen, ob die Uhr dieses Computers richtig geht.</translation>
    </message>
    <message>
        <source>IVS allows 5 requests a second per account and region. Wait a moment and try again.</source>
        <translation>IVS erlaubt 5 Anfragen pro Sekunde je Konto und Region. Einen Moment warten und erneut versuchen.</translation>
    </message>
    <message>
        <source>The service had a problem. Try again in a moment; if it persists, check the AWS Health Dashboard.</source>
        <translation>Beim Dienst ist ein Problem aufgetreten. In einem Moment erneut versuchen; falls es weiter besteht, das AWS Health Dashboard prüfen.</translation>
    </message>
    <message>
        <source>Read the service&apos;s message above for the reason.</source>
        <translation>Den Grund nennt die Meldung des Dienstes oben.</translation>
    </message>
    <message>
        <source>Check the network connection, any proxy, and the endpoint URL.</source>
        <translation>Netzwerkverbindung, einen etwaigen Proxy und die Endpunkt-URL prüfen.</translation>
    </message>
    <message>
        <source>The secure connection could not be set up: check the system&apos;s date and CA certificates, and any proxy that intercepts HTTPS.</source>
        <translation>Die sichere Verbindung konnte nicht aufgebaut werden: Datum und CA-Zertifikate des Systems prüfen sowie jeden Proxy, der HTTPS abfängt.</translation>
    </message>
    <message>
        <source>The service did not answer in time. Check the network, or raise the timeout.</source>
        <translation>Der Dienst hat nicht rechtzeitig geantwortet. Netzwerk prüfen oder das Timeout erhöhen.</translation>
    </message>
    <message>
        <source>The reply was cut short or is not what IVS sends. Try again; if you use a custom endpoint, check that it is an IVS Real-Time endpoint.</source>
        <translation>Die Antwort wurde abgeschnitten oder entspricht nicht dem, was IVS sendet. Erneut versuchen; bei einem eigenen Endpunkt prüfen, ob es ein Endpunkt von IVS Real-Time ist.</translation>
    </message>
    <message>
        <source>The reply is far larger than any IVS reply: check that the endpoint URL points at IVS Real-Time.</source>
        <translation>Die Antwort ist weit größer als jede Antwort von IVS: prüfen, ob die Endpunkt-URL auf IVS Real-Time zeigt.</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>Insecure endpoint</source>
        <translation>Unsicherer Endpunkt</translation>
    </message>
    <message>
        <source>Signed requests go over plain http:// only to this computer (localhost). Use https://, or allow this host explicitly (--allow-http-endpoint, or Preferences in the window).</source>
        <translation>Signierte Anfragen werden über unverschlüsseltes http:// nur an diesen Computer (localhost) gesendet. https:// verwenden oder diesen Host ausdrücklich erlauben (--allow-http-endpoint oder Einstellungen im Fenster).</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>AwsHttpCall</name>
    <message>
        <source>The reply was refused because it is larger than %1 KiB.</source>
        <translation>Die Antwort wurde abgelehnt, weil sie größer als %1 KiB ist.</translation>
    </message>
    <message>
        <source>The connection closed after %1 of %2 bytes of the reply.</source>
        <translation>Die Verbindung wurde nach %1 von %2 Bytes der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>an unknown number of</source>
        <translation>einer unbekannten Anzahl</translation>
    </message>
    <message>
        <source>The endpoint %1 uses plain http://, which would expose the signed request to anyone on the network; nothing was sent.</source>
        <translation>Der Endpunkt %1 verwendet unverschlüsseltes http://, wodurch die signierte Anfrage für jeden im Netzwerk lesbar wäre; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>the computer&apos;s clock is off</source>
        <translation>die Uhr des Computers geht falsch</translation>
    </message>
    <message>
        <source>The reply came compressed (Content-Encoding: %1, %2 bytes) although the request asked for none; it was not unpacked.</source>
        <translation>Die Antwort kam komprimiert an (Content-Encoding: %1, %2 Bytes), obwohl die Anfrage keine Komprimierung verlangt hat; sie wurde nicht entpackt.</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1 (connection refused).</source>
        <translation>Unter %1 nimmt nichts Verbindungen an (Verbindung abgelehnt).</translation>
    </message>
    <message>
        <source>The host name %1 could not be found.</source>
        <translation>Der Hostname %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 seconds (the connect timeout).</source>
        <translation>Innerhalb von %2 Sekunden konnte keine Verbindung zu %1 hergestellt werden (Verbindungs-Timeout).</translation>
    </message>
    <message>
        <source>%1 stopped answering: nothing arrived for %2 seconds (the read timeout).</source>
        <translation>%1 antwortet nicht mehr: %2 Sekunden lang ist nichts angekommen (Lese-Timeout).</translation>
    </message>
    <message>
        <source>%1 had not finished its reply after %2 seconds, the limit for one attempt (connect timeout plus read timeout); %3 bytes had arrived.</source>
        <translation>%1 hatte die Antwort nach %2 Sekunden nicht abgeschlossen, der Grenze für einen Versuch (Verbindungs-Timeout plus Lese-Timeout); %3 Bytes waren angekommen.</translation>
    </message>
    <message>
        <source>The reply was refused because its headers are larger than %1 KiB; no AWS reply comes near that.</source>
        <translation>Die Antwort wurde abgelehnt, weil ihre Header größer als %1 KiB sind; keine Antwort von AWS kommt auch nur in die Nähe davon.</translation>
    </message>
    <message>
        <source>The reply is not valid HTTP: %1.</source>
        <translation>Die Antwort ist kein gültiges HTTP: %1.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 hat die Verbindung geschlossen, ohne zu antworten.</translation>
    </message>
</context>
<context>
    <name>AwsIniFile</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the section [%1] appears a second time; its keys are added to the first one, but the AWS CLI rejects the whole file.</source>
        <translation>der Abschnitt [%1] kommt ein zweites Mal vor; seine Schlüssel werden dem ersten hinzugefügt, aber die AWS CLI lehnt die ganze Datei ab.</translation>
    </message>
    <message>
        <source>%1 comes before the first [section] header; it is ignored here, but the AWS CLI rejects the whole file.</source>
        <translation>%1 steht vor der ersten [Abschnitt]-Kopfzeile; die Zeile wird hier ignoriert, aber die AWS CLI lehnt die ganze Datei ab.</translation>
    </message>
    <message>
        <source>%1 is neither a [section] header nor a &quot;key = value&quot; line; it is ignored here, but the AWS CLI rejects the whole file.</source>
        <translation>%1 ist weder eine [Abschnitt]-Kopfzeile noch eine Zeile der Form „Schlüssel = Wert“; die Zeile wird hier ignoriert, aber die AWS CLI lehnt die ganze Datei ab.</translation>
    </message>
    <message>
        <source>%1 has no key before the %2; it is ignored here, but the AWS CLI rejects the whole file.</source>
        <translation>%1 hat vor %2 keinen Schlüssel; die Zeile wird hier ignoriert, aber die AWS CLI lehnt die ganze Datei ab.</translation>
    </message>
    <message>
        <source>the key %1 in section [%2] was already set on line %3; the later value is used here, but the AWS CLI rejects the whole file.</source>
        <translation>der Schlüssel %1 im Abschnitt [%2] wurde bereits in Zeile %3 gesetzt; hier wird der spätere Wert verwendet, aber die AWS CLI lehnt die ganze Datei ab.</translation>
    </message>
    <message>
        <source>%1 under %2 has no &quot;=&quot;; it is ignored here, but the AWS CLI rejects the whole file.</source>
        <translation>%1 unter %2 hat kein „=“; die Zeile wird hier ignoriert, aber die AWS CLI lehnt die ganze Datei ab.</translation>
    </message>
</context>
<context>
    <name>AwsSharedConfig</name>
    <message>
        <source>%1 cannot be read (%2); its settings are not used.</source>
        <translation>%1 kann nicht gelesen werden (%2); die Einstellungen daraus werden nicht verwendet.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8; the AWS CLI rejects it. Save it as UTF-8.</source>
        <translation>%1 ist nicht gültig UTF-8-kodiert; die AWS CLI lehnt die Datei ab. Die Datei als UTF-8 speichern.</translation>
    </message>
    <message>
        <source>config file</source>
        <translation>Konfigurationsdatei</translation>
    </message>
    <message>
        <source>credentials file</source>
        <translation>Zugangsdaten-Datei</translation>
    </message>
    <message>
        <source>%1: the section [%2] is ignored, as the AWS CLI ignores it. Write it as [%3 NAME], with quotes around a name that contains spaces.</source>
        <translation>%1: Der Abschnitt [%2] wird ignoriert, so wie die AWS CLI ihn ignoriert. Ihn als [%3 NAME] schreiben, mit Anführungszeichen um einen Namen, der Leerzeichen enthält.</translation>
    </message>
    <message>
        <source>%1: both [default] and [%2] define the default profile; [%2] is used.</source>
        <translation>%1: Sowohl [default] als auch [%2] definieren das Standardprofil; [%2] wird verwendet.</translation>
    </message>
    <message>
        <source>profile %1 names services section %2, which does not exist</source>
        <translation>Profil %1 verweist auf den services-Abschnitt %2, der nicht existiert</translation>
    </message>
    <message>
        <source>profile %1 names services section %2, which is empty</source>
        <translation>Profil %1 verweist auf den services-Abschnitt %2, der leer ist</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, far more than any AWS configuration needs; it is not read.</source>
        <translation>%1 ist größer als %2 MiB, weit mehr, als eine AWS-Konfiguration je braucht; die Datei wird nicht gelesen.</translation>
    </message>
    <message>
        <source>%1: the sections [%2] and [%3] both define the profile %4; only [%3] is used.</source>
        <translation>%1: Die Abschnitte [%2] und [%3] definieren beide das Profil %4; nur [%3] wird verwendet.</translation>
    </message>
</context>
<context>
    <name>BrowsePanel</name>
    <message>
        <source>&amp;Get list</source>
        <translation>&amp;Liste abrufen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Browse ingest configurations</source>
        <translation>Ingest-Konfigurationen durchsuchen</translation>
    </message>
    <message>
        <source>Ingest configurations</source>
        <translation>Ingest-Konfigurationen</translation>
    </message>
    <message>
        <source>Listing status</source>
        <translation>Status der Auflistung</translation>
    </message>
    <message>
        <source>Region to list</source>
        <translation>Aufzulistende Region</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle Regionen</translation>
    </message>
    <message>
        <source>Filter applied by the service</source>
        <translation>Filter, den der Dienst anwendet</translation>
    </message>
    <message>
        <source>Every configuration</source>
        <translation>Alle Konfigurationen</translation>
    </message>
    <message>
        <source>Only ACTIVE (service filter)</source>
        <translation>Nur ACTIVE (Dienstfilter)</translation>
    </message>
    <message>
        <source>Only INACTIVE (service filter)</source>
        <translation>Nur INACTIVE (Dienstfilter)</translation>
    </message>
    <message>
        <source>Only one stage (service filter)…</source>
        <translation>Nur eine Stage (Dienstfilter)…</translation>
    </message>
    <message>
        <source>Stage ARN for the service filter</source>
        <translation>Stage-ARN für den Dienstfilter</translation>
    </message>
    <message>
        <source>arn:aws:ivs:region:account:stage/…</source>
        <translation>arn:aws:ivs:region:account:stage/…</translation>
    </message>
    <message>
        <source>List every page (ListIngestConfigurations), within the request quota</source>
        <translation>Alle Seiten auflisten (ListIngestConfigurations), innerhalb des Anfragekontingents</translation>
    </message>
    <message>
        <source>Regi&amp;on:</source>
        <translation>Reg&amp;ion:</translation>
    </message>
    <message>
        <source>Search name, user ID, participant ID and ARN</source>
        <translation>Name, Benutzer-ID, Teilnehmer-ID und ARN durchsuchen</translation>
    </message>
    <message>
        <source>Search name, user ID, participant ID, ARN</source>
        <translation>Name, Benutzer-ID, Teilnehmer-ID, ARN</translation>
    </message>
    <message>
        <source>Show configurations in this state</source>
        <translation>Konfigurationen mit diesem Status anzeigen</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Jeder Status</translation>
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
        <translation>Konfigurationen mit diesem Protokoll anzeigen</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>Jedes Protokoll</translation>
    </message>
    <message>
        <source>Show configurations of a stage</source>
        <translation>Konfigurationen einer Stage anzeigen</translation>
    </message>
    <message>
        <source>Stage (part of its ARN)</source>
        <translation>Stage (Teil des ARN)</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Suchen:</translation>
    </message>
    <message numerus="yes">
        <source>Listing… %n configuration(s) so far; pages wait their turn in the quota of 5 requests a second per region.</source>
        <translation>
            <numerusform>Wird aufgelistet… bisher %n Konfiguration; Seiten warten auf das Kontingent (5 Anfragen/s je Region).</numerusform>
            <numerusform>Wird aufgelistet… bisher %n Konfigurationen; Seiten warten auf das Kontingent (5 Anfragen/s je Region).</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>Wird aufgelistet…</translation>
    </message>
    <message>
        <source>Listing cancelled</source>
        <translation>Auflistung abgebrochen</translation>
    </message>
    <message>
        <source>The table shows what was listed before.</source>
        <translation>Die Tabelle zeigt die vorherige Auflistung.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) could not be listed</source>
        <translation>
            <numerusform>%n Region konnte nicht aufgelistet werden</numerusform>
            <numerusform>%n Regionen konnten nicht aufgelistet werden</numerusform>
        </translation>
    </message>
    <message>
        <source>The other regions are shown. A region the account has not opted in to answers like this too.
%1</source>
        <translation>Die übrigen Regionen werden angezeigt. Eine Region, für die das Konto nicht freigeschaltet ist (Opt-in), antwortet ebenfalls so.
%1</translation>
    </message>
    <message>
        <source>Could not list</source>
        <translation>Auflisten nicht möglich</translation>
    </message>
    <message>
        <source>Offline: showing the last listing</source>
        <translation>Offline: letzte Auflistung wird angezeigt</translation>
    </message>
    <message>
        <source>Listing failed: %1
Shown is what was listed %2; states may have changed since.</source>
        <translation>Auflisten fehlgeschlagen: %1
Angezeigt wird, was %2 aufgelistet wurde; der Status kann sich seitdem geändert haben.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln configuration(s)</source>
        <translation>
            <numerusform>%1 von %Ln Konfiguration</numerusform>
            <numerusform>%1 von %Ln Konfigurationen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · last listed %2 (offline, may be out of date)</source>
        <translation>%1 · zuletzt %2 aufgelistet (offline, evtl. veraltet)</translation>
    </message>
    <message>
        <source>%1 · listed %2</source>
        <translation>%1 · %2 aufgelistet</translation>
    </message>
    <message>
        <source>Pick a region and press Get list.</source>
        <translation>Eine Region wählen und auf „Liste abrufen“ klicken.</translation>
    </message>
</context>
<context>
    <name>ClipboardStatus</name>
    <message numerus="yes">
        <source>The clipboard holds a stream key; it is cleared in %n second(s).</source>
        <translation>
            <numerusform>Die Zwischenablage enthält einen Streamschlüssel; sie wird in %n Sekunde geleert.</numerusform>
            <numerusform>Die Zwischenablage enthält einen Streamschlüssel; sie wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stream key is no longer on the clipboard.</source>
        <translation>Der Streamschlüssel ist nicht mehr in der Zwischenablage.</translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Die Zwischenablage wurde geleert.</translation>
    </message>
</context>
<context>
    <name>ConfigurationLister</name>
    <message>
        <source>You must specify a region. You can also configure your region by running &quot;aws configure&quot;.</source>
        <translation>Eine Region muss angegeben werden. Die Region lässt sich auch mit „aws configure“ einstellen.</translation>
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
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Last refreshed</source>
        <translation>Zuletzt aktualisiert</translation>
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
        <translation>Der Zugangsdaten-Prozess hat etwas ausgegeben, das kein JSON ist (%1).</translation>
    </message>
    <message>
        <source>The credential process printed an unsupported Version; only Version 1 is supported.</source>
        <translation>Der Zugangsdaten-Prozess hat eine nicht unterstützte Version ausgegeben; nur Version 1 wird unterstützt.</translation>
    </message>
    <message>
        <source>The credential process&apos;s output lacks AccessKeyId or SecretAccessKey.</source>
        <translation>In der Ausgabe des Zugangsdaten-Prozesses fehlt AccessKeyId oder SecretAccessKey.</translation>
    </message>
    <message>
        <source>credential_process is empty.</source>
        <translation>credential_process ist leer.</translation>
    </message>
    <message>
        <source>did not finish within %1 seconds</source>
        <translation>wurde nicht innerhalb von %1 Sekunden beendet</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>ist abgestürzt</translation>
    </message>
    <message>
        <source>exited with status %1</source>
        <translation>wurde mit Status %1 beendet</translation>
    </message>
    <message>
        <source>The credential process&apos;s Expiration %1 is not an ISO 8601 time.</source>
        <translation>Der Wert Expiration %1 des Zugangsdaten-Prozesses ist keine Zeitangabe nach ISO 8601.</translation>
    </message>
    <message>
        <source>The credential process gave credentials that expired at %1 (its Expiration); they are not used. It must print fresh ones.</source>
        <translation>Der Zugangsdaten-Prozess hat Zugangsdaten geliefert, die am %1 abgelaufen sind (laut Expiration); sie werden nicht verwendet. Er muss gültige ausgeben.</translation>
    </message>
    <message>
        <source>The credential process %1 could not be started: %2</source>
        <translation>Der Zugangsdaten-Prozess %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The credential process %1 %2.%3</source>
        <translation>Der Zugangsdaten-Prozess %1 %2.%3</translation>
    </message>
</context>
<context>
    <name>CredentialResolver</name>
    <message>
        <source>Unable to locate credentials. Add a profile (ivs-inspector configure), set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or name a profile with --profile.</source>
        <translation>Keine Zugangsdaten gefunden. Ein Profil hinzufügen (ivs-inspector configure), AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY setzen oder mit --profile ein Profil angeben.</translation>
    </message>
    <message>
        <source>The credentials of profile %1 could not be read from the keychain: %2</source>
        <translation>Die Zugangsdaten von Profil %1 konnten nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>The config profile (%1) could not be found</source>
        <translation>Das Konfigurationsprofil (%1) wurde nicht gefunden</translation>
    </message>
    <message>
        <source>The profile %1 has no credentials: it needs aws_access_key_id and aws_secret_access_key, role_arn, an SSO configuration or credential_process.</source>
        <translation>Das Profil %1 hat keine Zugangsdaten: Es benötigt aws_access_key_id und aws_secret_access_key, role_arn, eine SSO-Konfiguration oder credential_process.</translation>
    </message>
    <message>
        <source>Profile %1: %2</source>
        <translation>Profil %1: %2</translation>
    </message>
    <message>
        <source>Without a keychain (on a server, over SSH), configure cannot store a profile: put the keys in ~/.aws/credentials instead, as for the AWS CLI.</source>
        <translation>Ohne Schlüsselbund (auf einem Server, über SSH) kann configure kein Profil speichern: Die Schlüssel stattdessen wie für die AWS CLI in ~/.aws/credentials eintragen.</translation>
    </message>
</context>
<context>
    <name>CredentialSource</name>
    <message>
        <source>no credentials</source>
        <translation>keine Zugangsdaten</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>nur diese Sitzung</translation>
    </message>
    <message>
        <source>shared credentials file</source>
        <translation>gemeinsame Zugangsdaten-Datei</translation>
    </message>
    <message>
        <source>shared config file</source>
        <translation>gemeinsame Konfigurationsdatei</translation>
    </message>
    <message>
        <source>credential process</source>
        <translation>Zugangsdaten-Prozess</translation>
    </message>
    <message>
        <source>IAM Identity Center (SSO)</source>
        <translation>IAM Identity Center (SSO)</translation>
    </message>
    <message>
        <source>assumed role</source>
        <translation>übernommene Rolle</translation>
    </message>
    <message>
        <source>built-in demo</source>
        <translation>integrierte Demo</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Profiles kept by IVS Ingest Inspector</source>
        <translation>Von IVS Ingest Inspector gespeicherte Profile</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Session token (optional)</source>
        <translation>Sitzungstoken (optional)</translation>
    </message>
    <message>
        <source>Only for temporary credentials</source>
        <translation>Nur für temporäre Zugangsdaten</translation>
    </message>
    <message>
        <source>Default region</source>
        <translation>Standardregion</translation>
    </message>
    <message>
        <source>Ask AWS STS who these credentials belong to</source>
        <translation>Bei AWS STS abfragen, wem diese Zugangsdaten gehören</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Access key ID:</source>
        <translation>&amp;Zugriffsschlüssel-ID:</translation>
    </message>
    <message>
        <source>Secret access &amp;key:</source>
        <translation>&amp;Geheimer Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Session &amp;token:</source>
        <translation>S&amp;itzungstoken:</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>Standard&amp;region:</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain. Profiles from ~/.aws are used as they are and are not shown here.</source>
        <translation>Geheime Daten werden im System-Schlüsselbund gespeichert. Profile aus ~/.aws werden unverändert verwendet und hier nicht angezeigt.</translation>
    </message>
    <message>
        <source>%1 (this session only)</source>
        <translation>%1 (nur diese Sitzung)</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Give the profile a name of letters, digits and _ . @ + - (it starts with a letter or digit).</source>
        <translation>Dem Profil einen Namen aus Buchstaben, Ziffern und _ . @ + - geben (am Anfang ein Buchstabe oder eine Ziffer).</translation>
    </message>
    <message>
        <source>An access key ID and a secret access key are needed.</source>
        <translation>Eine Zugriffsschlüssel-ID und ein geheimer Zugriffsschlüssel sind erforderlich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region name such as us-east-1.</source>
        <translation>„%1“ ist kein Regionsname wie us-east-1.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Profile %1 is in the system keychain.</source>
        <translation>Profil %1 ist im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Not saved in the keychain</source>
        <translation>Nicht im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Kept for this session</source>
        <translation>Für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Profile %1 is held in memory until the app closes; nothing was written to disk.</source>
        <translation>Profil %1 wird bis zum Beenden der App im Arbeitsspeicher gehalten; auf den Datenträger wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Profile %1 was deleted.</source>
        <translation>Profil %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>These credentials work</source>
        <translation>Diese Zugangsdaten funktionieren</translation>
    </message>
    <message>
        <source>They belong to account %1.</source>
        <translation>Sie gehören zum Konto %1.</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Keep for this session onl&amp;y</source>
        <translation>Nur für diese Sitzung &amp;behalten</translation>
    </message>
</context>
<context>
    <name>CredentialsFlow</name>
    <message>
        <source>No AWS credentials found</source>
        <translation>Keine AWS-Zugangsdaten gefunden</translation>
    </message>
    <message>
        <source>There is no profile and no access key in the environment. Add the access key of an IAM user or role that may read your ingest configurations.</source>
        <translation>Es gibt kein Profil und keinen Zugriffsschlüssel in der Umgebung. Den Zugriffsschlüssel eines IAM-Benutzers oder einer IAM-Rolle hinzufügen, die die Ingest-Konfigurationen lesen darf.</translation>
    </message>
    <message>
        <source>Add crede&amp;ntials…</source>
        <translation>Zugangsdaten einri&amp;chten…</translation>
    </message>
    <message>
        <source>Try the de&amp;mo</source>
        <translation>De&amp;mo ausprobieren</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>No credentials</source>
        <translation>Keine Zugangsdaten</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>Account %1 · %2</source>
        <translation>Konto %1 · %2</translation>
    </message>
    <message>
        <source>Credentials work</source>
        <translation>Zugangsdaten funktionieren</translation>
    </message>
    <message>
        <source>%1 (%2) belongs to account %3.</source>
        <translation>%1 (%2) gehört zum Konto %3.</translation>
    </message>
    <message>
        <source>The environment&apos;s key</source>
        <translation>Der Schlüssel aus der Umgebung</translation>
    </message>
    <message numerus="yes">
        <source>No profile could be read: the AWS configuration files have %n problem(s). The first:
%1
Fix the file, or add the access key of an IAM user or role that may read your ingest configurations.</source>
        <translation>
            <numerusform>Kein Profil ließ sich lesen: Die AWS-Konfigurationsdateien haben %n Problem. Das erste:
%1
Die Datei korrigieren oder den Zugriffsschlüssel eines IAM-Benutzers oder einer Rolle hinzufügen, die Ihre Ingest-Konfigurationen lesen darf.</numerusform>
            <numerusform>Kein Profil ließ sich lesen: Die AWS-Konfigurationsdateien haben %n Probleme. Das erste:
%1
Die Datei korrigieren oder den Zugriffsschlüssel eines IAM-Benutzers oder einer Rolle hinzufügen, die Ihre Ingest-Konfigurationen lesen darf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DebugLogDialog</name>
    <message>
        <source>&amp;Record requests and replies</source>
        <translation>Anfragen und Antworten &amp;aufzeichnen</translation>
    </message>
    <message>
        <source>Debug log</source>
        <translation>Debug-Protokoll</translation>
    </message>
    <message>
        <source>Signatures, secrets, session tokens and stream keys are always redacted</source>
        <translation>Signaturen, geheime Werte, Sitzungstoken und Streamschlüssel werden immer unkenntlich gemacht</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Use &amp;real credentials</source>
        <translation>E&amp;chte Zugangsdaten verwenden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo&lt;/b&gt; — made-up ingest configurations from a built-in endpoint on this computer, not from AWS. Nothing you do here is saved.</source>
        <translation>&lt;b&gt;Demo&lt;/b&gt; — erfundene Ingest-Konfigurationen von einem integrierten Endpunkt auf diesem Computer, nicht von AWS. Hier wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Leave the demo and use real credentials</source>
        <translation>Demo verlassen und echte Zugangsdaten verwenden</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Demomodus</translation>
    </message>
</context>
<context>
    <name>ElidedLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>EndpointResolver</name>
    <message>
        <source>No region is known: give an ARN, which names its region, or pass --region.</source>
        <translation>Keine Region bekannt: einen ARN angeben, der seine Region enthält, oder --region übergeben.</translation>
    </message>
    <message>
        <source>the profile&apos;s endpoint_url</source>
        <translation>endpoint_url des Profils</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (Quelle: %2)</translation>
    </message>
    <message>
        <source>%1 is not a usable endpoint URL: it needs a scheme and a host, such as https://ivsrealtime.us-east-1.amazonaws.com.</source>
        <translation>%1 ist keine verwendbare Endpunkt-URL: Sie benötigt ein Schema und einen Host, etwa https://ivsrealtime.us-east-1.amazonaws.com.</translation>
    </message>
    <message>
        <source>The endpoint URL %1 must not contain a query or a fragment.</source>
        <translation>Die Endpunkt-URL %1 darf keinen Query-Teil und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>the region is empty.</source>
        <translation>die Region ist leer.</translation>
    </message>
    <message>
        <source>%1 is not a region name: regions are lower-case letters and digits joined by dashes, such as us-east-1.</source>
        <translation>%1 ist kein Regionsname: Regionen bestehen aus Kleinbuchstaben und Ziffern, verbunden durch Bindestriche, etwa us-east-1.</translation>
    </message>
    <message>
        <source>%1 is not known to run in %2; it runs in %3. The request is sent anyway.</source>
        <translation>Es ist nicht bekannt, dass %1 in %2 verfügbar ist; verfügbar ist es in %3. Die Anfrage wird trotzdem gesendet.</translation>
    </message>
</context>
<context>
    <name>EventAdvice</name>
    <message>
        <source>The stream contains B-frames, which IVS Real-Time refuses. Turn B-frames off in the encoder (OBS: Output &gt; Streaming &gt; B-frames 0; x264: bframes=0; FFmpeg: -bf 0).</source>
        <translation>Der Stream enthält B-Frames, die IVS Real-Time ablehnt. B-Frames im Encoder ausschalten (OBS: Ausgabe &gt; Stream &gt; B-Frames 0; x264: bframes=0; FFmpeg: -bf 0).</translation>
    </message>
    <message>
        <source>The bitrate went above the 8.5 Mbps limit. Set the encoder to constant bitrate at 6 Mbps or less (OBS: Rate control CBR; FFmpeg: -b:v 6M -maxrate 6M -bufsize 12M).</source>
        <translation>Die Bitrate hat die Grenze von 8,5 Mbit/s überschritten. Den Encoder auf konstante Bitrate mit höchstens 6 Mbit/s einstellen (OBS: Qualitätsregulierung CBR; FFmpeg: -b:v 6M -maxrate 6M -bufsize 12M).</translation>
    </message>
    <message>
        <source>The resolution is above the 720p limit. Scale the output to 1280×720 or less (OBS: Video &gt; Output resolution; FFmpeg: -vf scale=-2:720).</source>
        <translation>Die Auflösung liegt über der Grenze von 720p. Die Ausgabe auf 1280×720 oder weniger skalieren (OBS: Video &gt; (Skalierte) Ausgabeauflösung; FFmpeg: -vf scale=-2:720).</translation>
    </message>
    <message>
        <source>The stream ran longer than the 24-hour limit. Restart the stream to begin a new session.</source>
        <translation>Der Stream lief länger als die Grenze von 24 Stunden. Den Stream neu starten, um eine neue Sitzung zu beginnen.</translation>
    </message>
    <message>
        <source>The audio codec is not accepted. Send AAC-LC audio (FFmpeg: -c:a aac).</source>
        <translation>Der Audio-Codec wird nicht akzeptiert. Audio als AAC-LC senden (FFmpeg: -c:a aac).</translation>
    </message>
    <message>
        <source>The video codec is not accepted. Send H.264 video (OBS: x264 or a hardware H.264 encoder; FFmpeg: -c:v libx264).</source>
        <translation>Der Video-Codec wird nicht akzeptiert. Video als H.264 senden (OBS: x264 oder ein Hardware-Encoder für H.264; FFmpeg: -c:v libx264).</translation>
    </message>
    <message>
        <source>The encoder used RTMP, but this configuration requires RTMPS. Use the rtmps:// server URL.</source>
        <translation>Der Encoder hat RTMP verwendet, diese Konfiguration verlangt aber RTMPS. Die Server-URL mit rtmps:// verwenden.</translation>
    </message>
    <message>
        <source>The stream key was not accepted. Copy it again from here; if the configuration was recreated, the old key no longer works.</source>
        <translation>Der Streamschlüssel wurde nicht akzeptiert. Ihn hier erneut kopieren; wenn die Konfiguration neu erstellt wurde, funktioniert der alte Schlüssel nicht mehr.</translation>
    </message>
    <message>
        <source>The stream key is already in use by another active stage session. Stop the other encoder, or use a separate ingest configuration for each encoder.</source>
        <translation>Der Streamschlüssel wird bereits von einer anderen aktiven Stage-Sitzung verwendet. Den anderen Encoder stoppen oder für jeden Encoder eine eigene Ingest-Konfiguration verwenden.</translation>
    </message>
    <message>
        <source>The input stream was not usable. Check that it carries both audio and video, and the encoder&apos;s codec settings.</source>
        <translation>Der Eingangsstream war nicht verwendbar. Prüfen, ob er sowohl Audio als auch Video enthält, und die Codec-Einstellungen des Encoders prüfen.</translation>
    </message>
    <message>
        <source>The participant tried something its token does not allow.</source>
        <translation>Der Teilnehmer hat etwas versucht, das sein Token nicht erlaubt.</translation>
    </message>
    <message>
        <source>The stage already has as many publishers as its quota allows (12). Stop another publisher first.</source>
        <translation>Die Stage hat bereits so viele Publisher, wie ihr Kontingent erlaubt (12). Zuerst einen anderen Publisher stoppen.</translation>
    </message>
    <message>
        <source>The participant tried to subscribe to a publisher that does not exist.</source>
        <translation>Der Teilnehmer hat versucht, einen Publisher zu abonnieren, den es nicht gibt.</translation>
    </message>
    <message>
        <source>IVS had an internal error. Start the stream again; if it keeps happening, contact AWS Support.</source>
        <translation>Bei IVS ist ein interner Fehler aufgetreten. Den Stream erneut starten; falls das wieder passiert, den AWS Support kontaktieren.</translation>
    </message>
    <message>
        <source>IVS reported %1. See the IVS Real-Time documentation for this error code.</source>
        <translation>IVS hat %1 gemeldet. Näheres zu diesem Fehlercode steht in der Dokumentation von IVS Real-Time.</translation>
    </message>
    <message>
        <source>Some failures leave no event: a wrong server URL, a blocked network or a stream key refused before the connection is made never reach the stage. If the encoder cannot connect and nothing shows here, check its server URL, key and network first.</source>
        <translation>Manche Fehler hinterlassen kein Ereignis: Eine falsche Server-URL, ein blockiertes Netzwerk oder ein Streamschlüssel, der schon vor dem Verbindungsaufbau abgelehnt wird, erreichen die Stage nie. Wenn der Encoder keine Verbindung herstellen kann und hier nichts erscheint, zuerst seine Server-URL, den Schlüssel und das Netzwerk prüfen.</translation>
    </message>
    <message>
        <source>the stream contains B-frames</source>
        <translatorcomment>Nebensatz mit Verb am Ende: eingesetzt in „Nicht live, weil %1.“</translatorcomment>
        <translation>der Stream B-Frames enthält</translation>
    </message>
    <message>
        <source>the bitrate went above 8.5 Mbps</source>
        <translatorcomment>Nebensatz mit Verb am Ende: eingesetzt in „Nicht live, weil %1.“</translatorcomment>
        <translation>die Bitrate 8,5 Mbit/s überschritten hat</translation>
    </message>
    <message>
        <source>the resolution is above 720p</source>
        <translatorcomment>Nebensatz mit Verb am Ende: eingesetzt in „Nicht live, weil %1.“</translatorcomment>
        <translation>die Auflösung über 720p liegt</translation>
    </message>
    <message>
        <source>the stream reached the 24-hour limit</source>
        <translatorcomment>Nebensatz mit Verb am Ende: eingesetzt in „Nicht live, weil %1.“</translatorcomment>
        <translation>der Stream die Grenze von 24 Stunden erreicht hat</translation>
    </message>
    <message>
        <source>the audio codec is not AAC</source>
        <translatorcomment>Nebensatz mit Verb am Ende: eingesetzt in „Nicht live, weil %1.“</translatorcomment>
        <translation>der Audio-Codec nicht AAC ist</translation>
    </message>
    <message>
        <source>the video codec is not H.264</source>
        <translatorcomment>Nebensatz mit Verb am Ende: eingesetzt in „Nicht live, weil %1.“</translatorcomment>
        <translation>der Video-Codec nicht H.264 ist</translation>
    </message>
    <message>
        <source>the encoder used RTMP where RTMPS is required</source>
        <translatorcomment>Nebensatz mit Verb am Ende: eingesetzt in „Nicht live, weil %1.“</translatorcomment>
        <translation>der Encoder RTMP verwendet hat, wo RTMPS verlangt wird</translation>
    </message>
    <message>
        <source>the stream key was refused</source>
        <translatorcomment>Nebensatz mit Verb am Ende: eingesetzt in „Nicht live, weil %1.“</translatorcomment>
        <translation>der Streamschlüssel abgelehnt wurde</translation>
    </message>
    <message>
        <source>the stream key is in use by another session</source>
        <translatorcomment>Nebensatz mit Verb am Ende: eingesetzt in „Nicht live, weil %1.“</translatorcomment>
        <translation>der Streamschlüssel von einer anderen Sitzung verwendet wird</translation>
    </message>
    <message>
        <source>the input stream was not usable</source>
        <translatorcomment>Nebensatz mit Verb am Ende: eingesetzt in „Nicht live, weil %1.“</translatorcomment>
        <translation>der Eingangsstream nicht verwendbar war</translation>
    </message>
    <message>
        <source>the participant&apos;s token does not allow publishing</source>
        <translatorcomment>Nebensatz mit Verb am Ende: eingesetzt in „Nicht live, weil %1.“</translatorcomment>
        <translation>das Token des Teilnehmers kein Senden erlaubt</translation>
    </message>
    <message>
        <source>the stage has as many publishers as it allows</source>
        <translatorcomment>Nebensatz mit Verb am Ende: eingesetzt in „Nicht live, weil %1.“</translatorcomment>
        <translation>die Stage bereits so viele Publisher hat, wie sie erlaubt</translation>
    </message>
    <message>
        <source>IVS had an internal error</source>
        <translatorcomment>Nebensatz mit Verb am Ende: eingesetzt in „Nicht live, weil %1.“</translatorcomment>
        <translation>bei IVS ein interner Fehler aufgetreten ist</translation>
    </message>
    <message>
        <source>IVS reported %1</source>
        <translatorcomment>Nebensatz mit Verb am Ende: eingesetzt in „Nicht live, weil %1.“</translatorcomment>
        <translation>IVS %1 gemeldet hat</translation>
    </message>
</context>
<context>
    <name>FfmpegTestSignal</name>
    <message>
        <source>FFmpeg is not installed (no &quot;%1&quot; on PATH). It is only needed for the test signal: install it (Debian: apt install ffmpeg) and try again.</source>
        <translation>FFmpeg ist nicht installiert (kein „%1“ im PATH). Es wird nur für das Testsignal gebraucht: FFmpeg installieren (Debian: apt install ffmpeg) und erneut versuchen.</translation>
    </message>
    <message>
        <source>FFmpeg could not be started (%1). Check that it is installed and runs.</source>
        <translation>FFmpeg konnte nicht gestartet werden (%1). Prüfen, ob es installiert ist und läuft.</translation>
    </message>
    <message>
        <source>The test signal ran for %1 s and was accepted by %2.</source>
        <translation>Das Testsignal lief %1 s lang und wurde von %2 angenommen.</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1: check the server URL (and that the ingest is reachable).</source>
        <translation>Unter %1 nimmt nichts Verbindungen an: die Server-URL prüfen (und ob der Ingest erreichbar ist).</translation>
    </message>
    <message>
        <source>%1 took the connection but refused the stream (FFmpeg: %2). The stream key is wrong, or already in use by another publisher.</source>
        <translation>%1 hat die Verbindung angenommen, aber den Stream abgelehnt (FFmpeg: %2). Der Streamschlüssel ist falsch oder wird bereits von einem anderen Publisher verwendet.</translation>
    </message>
    <message>
        <source>FFmpeg did not finish within %1 s and was stopped.</source>
        <translation>FFmpeg wurde nicht innerhalb von %1 s fertig und wurde gestoppt.</translation>
    </message>
    <message>
        <source>The test signal was cancelled.</source>
        <translation>Das Testsignal wurde abgebrochen.</translation>
    </message>
    <message>
        <source>FFmpeg failed (exit code %1): %2</source>
        <translation>FFmpeg ist fehlgeschlagen (Exit-Code %1): %2</translation>
    </message>
    <message>
        <source>FFmpeg could not be run.</source>
        <translation>FFmpeg konnte nicht ausgeführt werden.</translation>
    </message>
</context>
<context>
    <name>GoLiveInspection</name>
    <message>
        <source>Not associated with a stage, so the stream key is unusable: an encoder that connects is refused. This usually follows DisconnectParticipant or DeleteStage. Associate a stage with UpdateIngestConfiguration while the configuration is inactive.</source>
        <translation>Keiner Stage zugeordnet, daher ist der Streamschlüssel nicht verwendbar: Ein Encoder, der sich verbindet, wird abgewiesen. Das folgt meist auf DisconnectParticipant oder DeleteStage. Mit UpdateIngestConfiguration eine Stage zuordnen, solange die Konfiguration inaktiv ist.</translation>
    </message>
    <message>
        <source>Associated with stage %1.</source>
        <translation>Der Stage %1 zugeordnet.</translation>
    </message>
    <message>
        <source>The stage %1 does not exist any more (GetStage: not found), so the key cannot be used. Associate the configuration with an existing stage.</source>
        <translation>Die Stage %1 existiert nicht mehr (GetStage: nicht gefunden), daher kann der Schlüssel nicht verwendet werden. Die Konfiguration einer vorhandenen Stage zuordnen.</translation>
    </message>
    <message>
        <source>The stage exists%1.</source>
        <translation>Die Stage existiert%1.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>The stage offers no %1 endpoint, so an encoder has nowhere to connect. Stages created before RTMP ingest existed lack it: create a new stage.</source>
        <translation>Die Stage bietet keinen %1-Endpunkt, daher kann sich ein Encoder nirgends verbinden. Stages, die erstellt wurden, bevor es RTMP-Ingest gab, fehlt er: eine neue Stage erstellen.</translation>
    </message>
    <message>
        <source>RTMP is allowed: this configuration was created with insecure ingest, which RTMP requires. Use the rtmp:// server below; the stream travels unencrypted.</source>
        <translation>RTMP ist erlaubt: Diese Konfiguration wurde mit unsicherem Ingest erstellt, den RTMP voraussetzt. Den rtmp://-Server unten verwenden; der Stream wird unverschlüsselt übertragen.</translation>
    </message>
    <message>
        <source>RTMPS is allowed; the encoder connects to the rtmps:// server below.</source>
        <translation>RTMPS ist erlaubt; der Encoder verbindet sich mit dem rtmps://-Server unten.</translation>
    </message>
    <message>
        <source>A publisher is live now.</source>
        <translation>Ein Publisher ist gerade live.</translation>
    </message>
    <message>
        <source>Nothing is being published right now. Start the encoder with the server URL and the stream key.</source>
        <translation>Derzeit wird nichts gesendet. Den Encoder mit der Server-URL und dem Streamschlüssel starten.</translation>
    </message>
    <message>
        <source>The stage has no active session: nobody is connected to it. A session starts when the first participant joins and ends a few minutes after the last one leaves.</source>
        <translation>Die Stage hat keine aktive Sitzung: Niemand ist mit ihr verbunden. Eine Sitzung beginnt, wenn der erste Teilnehmer beitritt, und endet einige Minuten, nachdem der letzte sie verlassen hat.</translation>
    </message>
    <message>
        <source>The stage has an active session (%1).</source>
        <translation>Die Stage hat eine aktive Sitzung (%1).</translation>
    </message>
    <message>
        <source>Other ingest configurations on this stage could not be listed (%1).</source>
        <translation>Weitere Ingest-Konfigurationen dieser Stage konnten nicht aufgelistet werden (%1).</translation>
    </message>
    <message>
        <source>No other ingest configuration uses this stage.</source>
        <translation>Keine andere Ingest-Konfiguration verwendet diese Stage.</translation>
    </message>
    <message numerus="yes">
        <source>%n other ingest configuration(s) use this stage (%1); each publishes as its own participant, and %2 of at most 12 publishers are live.</source>
        <translation>
            <numerusform>%n weitere Ingest-Konfiguration verwendet diese Stage (%1); jede sendet als eigener Teilnehmer, und %2 von höchstens 12 Publishern sind live.</numerusform>
            <numerusform>%n weitere Ingest-Konfigurationen verwenden diese Stage (%1); jede sendet als eigener Teilnehmer, und %2 von höchstens 12 Publishern sind live.</numerusform>
        </translation>
    </message>
    <message>
        <source>The participant&apos;s events in this session show no errors.</source>
        <translation>Die Ereignisse des Teilnehmers in dieser Sitzung zeigen keine Fehler.</translation>
    </message>
    <message>
        <source>The participant&apos;s events report %1: %2</source>
        <translation>Die Ereignisse des Teilnehmers melden %1: %2</translation>
    </message>
    <message>
        <source>The stage could not be read (%1: %2).</source>
        <translation>Die Stage konnte nicht gelesen werden (%1: %2).</translation>
    </message>
    <message>
        <source>%1 Its endpoints come from the cache.</source>
        <translation>%1 Ihre Endpunkte stammen aus dem Cache.</translation>
    </message>
    <message>
        <source>%1 Whether it exists is unknown. %2</source>
        <translation>%1 Ob sie existiert, ist unbekannt. %2</translation>
    </message>
    <message>
        <source>Unknown: without the stage, its %1 endpoint is not known, so there is no server to give the encoder.</source>
        <translation>Unbekannt: Ohne die Stage ist ihr %1-Endpunkt nicht bekannt, daher gibt es keinen Server für den Encoder.</translation>
    </message>
</context>
<context>
    <name>GoLivePanel</name>
    <message>
        <source>Copy full &amp;URL</source>
        <translation>Vollständige URL kopi&amp;eren</translation>
    </message>
    <message>
        <source>Server URL for the encoder</source>
        <translation>Server-URL für den Encoder</translation>
    </message>
    <message>
        <source>The server followed by the stream key, as FFmpeg takes it</source>
        <translation>Der Server, gefolgt vom Streamschlüssel, wie FFmpeg ihn erwartet</translation>
    </message>
    <message>
        <source>Readiness checklist</source>
        <translation>Checkliste zur Sendebereitschaft</translation>
    </message>
    <message>
        <source>Participant events</source>
        <translation>Teilnehmerereignisse</translation>
    </message>
    <message>
        <source>Participant / event</source>
        <translation>Teilnehmer / Ereignis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Prüfungen:</translation>
    </message>
    <message>
        <source>What the stage session says:</source>
        <translation>Was die Stage-Sitzung meldet:</translation>
    </message>
    <message>
        <source>Server URL copied.</source>
        <translation>Server-URL kopiert.</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>Streamschlüssel</translation>
    </message>
    <message>
        <source>Full URL</source>
        <translation>Vollständige URL</translation>
    </message>
    <message>
        <source>Not inspected yet.</source>
        <translation>Noch nicht abgerufen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>%1 kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>%1 kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no server: see the checks)</source>
        <translation>(kein Server: siehe die Prüfungen)</translation>
    </message>
    <message>
        <source>From the cache: the stage could not be read just now.</source>
        <translation>Aus dem Cache: Die Stage konnte gerade nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Redundant ingest: configure two encoders, each with its own key, on the same server.</source>
        <translation>Redundanter Ingest: zwei Encoder mit demselben Server einrichten, jeden mit seinem eigenen Schlüssel.</translation>
    </message>
    <message>
        <source>Encoder %1 (participant %2): %3</source>
        <translation>Encoder %1 (Teilnehmer %2): %3</translation>
    </message>
    <message>
        <source>Copy key %1</source>
        <translation>Schlüssel %1 kopieren</translation>
    </message>
    <message>
        <source>Copy URL %1</source>
        <translation>URL %1 kopieren</translation>
    </message>
    <message>
        <source>✔ OK</source>
        <translation>✔ OK</translation>
    </message>
    <message>
        <source>✘ Problem</source>
        <translation>✘ Problem</translation>
    </message>
    <message>
        <source>• Note</source>
        <translation>• Hinweis</translation>
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
        <translation>Die Teilnehmer konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>This configuration&apos;s participant is not in the stage&apos;s current session.</source>
        <translation>Der Teilnehmer dieser Konfiguration ist nicht in der aktuellen Sitzung der Stage.</translation>
    </message>
    <message>
        <source>No active session, so there are no events to show.</source>
        <translation>Keine aktive Sitzung, daher gibt es keine Ereignisse anzuzeigen.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>protocol unknown</source>
        <translation>Protokoll unbekannt</translation>
    </message>
    <message>
        <source>Copy s&amp;erver</source>
        <translation>Server &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy stream ke&amp;y</source>
        <translation>S&amp;treamschlüssel kopieren</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>What the selected event means</source>
        <translation>Bedeutung des ausgewählten Ereignisses</translation>
    </message>
    <message>
        <source>About failures that leave no event</source>
        <translation>Zu Fehlern, die kein Ereignis hinterlassen</translation>
    </message>
    <message>
        <source>Get it live</source>
        <translation>Live gehen</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>? Unknown</source>
        <translation>? Unbekannt</translation>
    </message>
    <message>
        <source>OBS stream status</source>
        <translation>OBS-Streamstatus</translation>
    </message>
</context>
<context>
    <name>GoLiveVerdict</name>
    <message>
        <source>the configuration is not associated with a stage</source>
        <translatorcomment>Nebensatz mit Verb am Ende: eingesetzt in „Nicht live, weil %1.“</translatorcomment>
        <translation>die Konfiguration keiner Stage zugeordnet ist</translation>
    </message>
    <message>
        <source>its stage does not exist any more</source>
        <translatorcomment>Nebensatz mit Verb am Ende: eingesetzt in „Nicht live, weil %1.“</translatorcomment>
        <translation>ihre Stage nicht mehr existiert</translation>
    </message>
    <message>
        <source>the stage offers no %1 endpoint</source>
        <translatorcomment>Nebensatz mit Verb am Ende: eingesetzt in „Nicht live, weil %1.“</translatorcomment>
        <translation>die Stage keinen %1-Endpunkt bietet</translation>
    </message>
    <message>
        <source>a check failed (%1)</source>
        <translatorcomment>Nebensatz mit Verb am Ende: eingesetzt in „Nicht live, weil %1.“</translatorcomment>
        <translation>eine Prüfung fehlgeschlagen ist (%1)</translation>
    </message>
    <message>
        <source>Live: a publisher is streaming to the stage.</source>
        <translation>Live: Ein Publisher streamt an die Stage.</translation>
    </message>
    <message>
        <source>Not live because %1.</source>
        <translation>Nicht live, weil %1.</translation>
    </message>
    <message>
        <source>Not live, and the reason could not be read.</source>
        <translation>Nicht live, und der Grund konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Ready, waiting for a publisher.</source>
        <translation>Bereit, wartet auf einen Publisher.</translation>
    </message>
    <message>
        <source>Start the encoder with the server URL and the stream key below.</source>
        <translation>Den Encoder mit der Server-URL und dem Streamschlüssel unten starten.</translation>
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
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>(not returned)</source>
        <translation>(nicht zurückgegeben)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message numerus="yes">
        <source>Redundant ingest credentials (%n)</source>
        <translation>
            <numerusform>Redundante Ingest-Zugangsdaten (%n)</numerusform>
            <numerusform>Redundante Ingest-Zugangsdaten (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoder %1</source>
        <translation>Encoder %1</translation>
    </message>
    <message>
        <source>Participant ID</source>
        <translation>Teilnehmer-ID</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>Streamschlüssel</translation>
    </message>
    <message numerus="yes">
        <source>Other members (%n)</source>
        <translation>
            <numerusform>Weitere Elemente (%n)</numerusform>
            <numerusform>Weitere Elemente (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>Ingest protocol</source>
        <translation>Ingest-Protokoll</translation>
    </message>
    <message>
        <source>Stage ARN</source>
        <translation>Stage-ARN</translation>
    </message>
    <message>
        <source>Not associated with a stage</source>
        <translation>Keiner Stage zugeordnet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Redundant ingest</source>
        <translation>Redundanter Ingest</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Feldname</translation>
    </message>
</context>
<context>
    <name>IngestConfiguration</name>
    <message>
        <source>The member &quot;%1&quot; should be text.</source>
        <translation>Das Element „%1“ sollte Text sein.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; should be a map of names to text.</source>
        <translation>Das Element „%1“ sollte eine Zuordnung von Namen zu Text sein.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; should be a list.</source>
        <translation>Das Element „%1“ sollte eine Liste sein.</translation>
    </message>
    <message>
        <source>Each entry of &quot;%1&quot; should be an object.</source>
        <translation>Jeder Eintrag von „%1“ sollte ein Objekt sein.</translation>
    </message>
    <message>
        <source>The reply has no &quot;ingestConfiguration&quot; object.</source>
        <translation>Die Antwort enthält kein Objekt „ingestConfiguration“.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; should be true or false.</source>
        <translation>Das Element „%1“ sollte true oder false sein.</translation>
    </message>
    <message>
        <source>The value of %1 in &quot;%2&quot; should be text.</source>
        <translation>Der Wert von %1 in „%2“ sollte Text sein.</translation>
    </message>
</context>
<context>
    <name>IngestConfigurationArn</name>
    <message>
        <source>Enter the ARN of an ingest configuration, for example %1.</source>
        <translation>Den ARN einer Ingest-Konfiguration eingeben, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>This is not an ARN: an ARN starts with &quot;arn:&quot;. Copy the ingest configuration&apos;s ARN from the IVS console or from &quot;aws ivs-realtime list-ingest-configurations&quot;.</source>
        <translation>Das ist kein ARN: Ein ARN beginnt mit „arn:“. Den ARN der Ingest-Konfiguration aus der IVS-Konsole oder aus „aws ivs-realtime list-ingest-configurations“ kopieren.</translation>
    </message>
    <message>
        <source>This ARN is incomplete: it has %1 of the 6 parts separated by colons. An ingest configuration ARN looks like %2.</source>
        <translation>Dieser ARN ist unvollständig: Er hat %1 der 6 durch Doppelpunkte getrennten Teile. Der ARN einer Ingest-Konfiguration sieht so aus: %2.</translation>
    </message>
    <message>
        <source>IVS Real-Time ARNs name the service &quot;ivs&quot;, not &quot;ivsrealtime&quot;: use arn:aws:ivs:….</source>
        <translation>ARNs von IVS Real-Time nennen den Dienst „ivs“, nicht „ivsrealtime“: arn:aws:ivs:… verwenden.</translation>
    </message>
    <message>
        <source>This is a stage ARN. Paste the ARN of an ingest configuration instead; it contains &quot;:ingest-configuration/&quot;.</source>
        <translation>Das ist ein Stage-ARN. Stattdessen den ARN einer Ingest-Konfiguration einfügen; er enthält „:ingest-configuration/“.</translation>
    </message>
    <message>
        <source>The region is missing: the fourth part of the ARN must name a region such as us-east-1.</source>
        <translation>Die Region fehlt: Der vierte Teil des ARN muss eine Region wie us-east-1 angeben.</translation>
    </message>
    <message>
        <source>The account ID is missing: the fifth part of the ARN must be a 12-digit AWS account ID.</source>
        <translation>Die Konto-ID fehlt: Der fünfte Teil des ARN muss eine 12-stellige AWS-Konto-ID sein.</translation>
    </message>
    <message>
        <source>The ingest configuration ID is missing after &quot;ingest-configuration/&quot;.</source>
        <translation>Nach „ingest-configuration/“ fehlt die ID der Ingest-Konfiguration.</translation>
    </message>
    <message>
        <source>The ARN is %1 characters long; the service accepts at most %2.</source>
        <translation>Der ARN ist %1 Zeichen lang; der Dienst akzeptiert höchstens %2.</translation>
    </message>
    <message>
        <source>IVS Real-Time ARNs use the &quot;aws&quot; partition, but this one uses %1.</source>
        <translation>ARNs von IVS Real-Time verwenden die Partition „aws“, dieser verwendet aber %1.</translation>
    </message>
    <message>
        <source>This is an ARN of another AWS service (%1), not of IVS. Paste the ARN of an ingest configuration.</source>
        <translation>Das ist ein ARN eines anderen AWS-Dienstes (%1), nicht von IVS. Den ARN einer Ingest-Konfiguration einfügen.</translation>
    </message>
    <message>
        <source>This ARN names an IVS %1, not an ingest configuration; the resource part must start with &quot;ingest-configuration/&quot;.</source>
        <translation>Dieser ARN bezeichnet eine IVS-Ressource vom Typ %1, keine Ingest-Konfiguration; der Ressourcenteil muss mit „ingest-configuration/“ beginnen.</translation>
    </message>
    <message>
        <source>The region %1 is not valid: regions use only lower-case letters, digits and hyphens.</source>
        <translation>Die Region %1 ist ungültig: Regionen bestehen nur aus Kleinbuchstaben, Ziffern und Bindestrichen.</translation>
    </message>
    <message>
        <source>The account ID %1 is not 12 digits: check that the ARN was copied completely.</source>
        <translation>Die Konto-ID %1 hat nicht 12 Ziffern: prüfen, ob der ARN vollständig kopiert wurde.</translation>
    </message>
    <message>
        <source>The ingest configuration ID contains %1, but IDs use only letters, digits and hyphens.</source>
        <translation>Die ID der Ingest-Konfiguration enthält %1, IDs bestehen aber nur aus Buchstaben, Ziffern und Bindestrichen.</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <source>the ARN is in %1 but the request goes to %2, where this ingest configuration does not exist.</source>
        <translation>der ARN liegt in %1, die Anfrage geht aber nach %2, wo es diese Ingest-Konfiguration nicht gibt.</translation>
    </message>
    <message>
        <source>these credentials belong to account %1, but the ARN is in account %2; IVS will most likely answer AccessDeniedException.</source>
        <translation>diese Zugangsdaten gehören zum Konto %1, der ARN liegt aber im Konto %2; IVS wird höchstwahrscheinlich mit AccessDeniedException antworten.</translation>
    </message>
    <message>
        <source>sending signed requests over plain http:// to %1, as allowed; anyone on the network can read them.</source>
        <translation>signierte Anfragen gehen wie erlaubt über unverschlüsseltes http:// an %1; jeder im Netzwerk kann sie mitlesen.</translation>
    </message>
</context>
<context>
    <name>InspectionEngine</name>
    <message>
        <source>this computer&apos;s clock is off by %1 seconds from AWS&apos;s; the refused request was sent again with the corrected time. Set the system clock right.</source>
        <translation>die Uhr dieses Computers weicht um %1 Sekunden von der Uhr von AWS ab; die abgelehnte Anfrage wurde mit der korrigierten Zeit erneut gesendet. Die Systemuhr richtig stellen.</translation>
    </message>
    <message>
        <source>this computer&apos;s clock is off by %1 seconds from AWS&apos;s; requests are now signed with the corrected time. Set the system clock right.</source>
        <translation>die Uhr dieses Computers weicht um %1 Sekunden von der Uhr von AWS ab; Anfragen werden jetzt mit der korrigierten Zeit signiert. Die Systemuhr richtig stellen.</translation>
    </message>
    <message numerus="yes">
        <source>the server&apos;s Date header is %n hour(s) away from this computer&apos;s clock, more than any wrong clock explains; it was not used to correct the signing time.</source>
        <translation>
            <numerusform>der Date-Header des Servers weicht um %n Stunde von der Uhr dieses Computers ab, mehr als eine falsch gehende Uhr erklären kann; er wurde nicht zur Korrektur der Signaturzeit verwendet.</numerusform>
            <numerusform>der Date-Header des Servers weicht um %n Stunden von der Uhr dieses Computers ab, mehr als eine falsch gehende Uhr erklären kann; er wurde nicht zur Korrektur der Signaturzeit verwendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectionPresenter</name>
    <message>
        <source>Getting credentials…</source>
        <translation>Zugangsdaten werden abgerufen…</translation>
    </message>
    <message>
        <source>Waiting for the request quota (5 a second)…</source>
        <translation>Warten auf das Anfragekontingent (5 pro Sekunde)…</translation>
    </message>
    <message>
        <source>Inspecting…</source>
        <translation>Wird abgerufen…</translation>
    </message>
    <message>
        <source>Retrying (%1 of %2) after: %3…</source>
        <translation>Neuer Versuch (%1 von %2) nach: %3…</translation>
    </message>
    <message>
        <source>Reading the stage and its session…</source>
        <translation>Stage und ihre Sitzung werden gelesen…</translation>
    </message>
    <message>
        <source>No credentials</source>
        <translation>Keine Zugangsdaten</translation>
    </message>
    <message>
        <source>No AWS credentials were found: no profile, no keys in the environment. Add the access key of an IAM user or role that may read this ingest configuration.</source>
        <translation>Es wurden keine AWS-Zugangsdaten gefunden: kein Profil, keine Schlüssel in der Umgebung. Den Zugriffsschlüssel eines IAM-Benutzers oder einer IAM-Rolle hinzufügen, die diese Ingest-Konfiguration lesen darf.</translation>
    </message>
    <message>
        <source>Add credentials…</source>
        <translation>Zugangsdaten einrichten…</translation>
    </message>
    <message>
        <source>No usable endpoint</source>
        <translation>Kein verwendbarer Endpunkt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Plain HTTP</source>
        <translation>Unverschlüsseltes HTTP</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong</source>
        <translation>Die Uhr dieses Computers geht falsch</translation>
    </message>
    <message>
        <source>Problems in the AWS configuration files</source>
        <translation>Probleme in den AWS-Konfigurationsdateien</translation>
    </message>
    <message>
        <source>the environment variables</source>
        <translation>den Umgebungsvariablen</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>The keys came from the environment (AWS_ACCESS_KEY_ID %1): set fresh ones and restart, or pick a profile.</source>
        <translation>Die Schlüssel stammen aus der Umgebung (AWS_ACCESS_KEY_ID %1): neue setzen und die App neu starten oder ein Profil auswählen.</translation>
    </message>
    <message>
        <source>The keys came from %1 (%2): update them under Credentials….</source>
        <translation>Die Schlüssel stammen aus %1 (%2): unter Zugangsdaten… aktualisieren.</translation>
    </message>
    <message>
        <source>The keys came from IAM Identity Center for %1: run &quot;aws sso login --profile %2&quot;.</source>
        <translation>Die Schlüssel stammen von IAM Identity Center für %1: „aws sso login --profile %2“ ausführen.</translation>
    </message>
    <message>
        <source>The keys came from %1 (%2): check its settings in the AWS configuration files.</source>
        <translation>Die Schlüssel stammen aus %1 (%2): die Einstellungen dazu in den AWS-Konfigurationsdateien prüfen.</translation>
    </message>
</context>
<context>
    <name>IvsCall</name>
    <message>
        <source>No credentials were given for the request.</source>
        <translation>Für die Anfrage wurden keine Zugangsdaten angegeben.</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>sie ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The reply (%1 bytes) is not valid JSON: %2.</source>
        <translation>Die Antwort (%1 Bytes) ist kein gültiges JSON: %2.</translation>
    </message>
    <message>
        <source>The reply is not what %1 returns: %2</source>
        <translation>Die Antwort entspricht nicht dem, was %1 zurückgibt: %2</translation>
    </message>
</context>
<context>
    <name>IvsPager</name>
    <message>
        <source>%1 returned a nextToken it had already returned (after page %2), so paging would never end; stopped with the %3 items read so far.</source>
        <translation>%1 hat ein nextToken geliefert, das es schon einmal geliefert hatte (nach Seite %2), das Blättern würde also nie enden; abgebrochen mit den bisher gelesenen %3 Einträgen.</translation>
    </message>
    <message>
        <source>%1 had still more after %2 pages (%3 items), the most this app reads in one listing; stopped there. Narrow the listing with a filter.</source>
        <translation>%1 hatte nach %2 Seiten (%3 Einträge) noch mehr; mehr liest diese App in einer Auflistung nicht, daher wurde dort abgebrochen. Die Auflistung mit einem Filter eingrenzen.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>System keychain</source>
        <translation>System-Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>LastKnownStore</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveWatch</name>
    <message>
        <source>Stopped watching the configuration.</source>
        <translation>Beobachtung der Konfiguration beendet.</translation>
    </message>
    <message numerus="yes">
        <source>IVS did not report the configuration ACTIVE within %n second(s).</source>
        <translation>
            <numerusform>IVS hat die Konfiguration nicht innerhalb von %n Sekunde als ACTIVE gemeldet.</numerusform>
            <numerusform>IVS hat die Konfiguration nicht innerhalb von %n Sekunden als ACTIVE gemeldet.</numerusform>
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
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>&amp;Zugangsdaten…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Go to the &amp;ARN field</source>
        <translation>Zum ARN-Feld &amp;wechseln</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About IVS Ingest Inspector</source>
        <translation>&amp;Über IVS Ingest Inspector</translation>
    </message>
    <message>
        <source>About IVS Ingest Inspector</source>
        <translation>Über IVS Ingest Inspector</translation>
    </message>
    <message>
        <source>&lt;b&gt;IVS Ingest Inspector&lt;/b&gt; %1&lt;br&gt;Inspect Amazon IVS Real-Time ingest configurations.&lt;br&gt;Qt %2</source>
        <translation>&lt;b&gt;IVS Ingest Inspector&lt;/b&gt; %1&lt;br&gt;Ingest-Konfigurationen von Amazon IVS Real-Time untersuchen.&lt;br&gt;Qt %2</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>&amp;Debug log…</source>
        <translation>Debug-P&amp;rotokoll…</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Browse configurations…</source>
        <translation>Konfigurationen &amp;durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Try the demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>See the inspector at work on made-up data, without an AWS account</source>
        <translation>Den Inspector mit erfundenen Daten ausprobieren, ohne AWS-Konto</translation>
    </message>
    <message>
        <source>The demo could not start</source>
        <translation>Die Demo konnte nicht starten</translation>
    </message>
    <message>
        <source>Its built-in endpoint could not listen on 127.0.0.1.</source>
        <translation>Ihr integrierter Endpunkt konnte nicht auf 127.0.0.1 lauschen.</translation>
    </message>
    <message>
        <source>Demo — %1</source>
        <translation>Demo — %1</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>This session only</source>
        <translation>Nur diese Sitzung</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Information: %1</source>
        <translation>Information: %1</translation>
    </message>
    <message>
        <source>Success: %1</source>
        <translation>Erfolg: %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n attempt(s)</source>
        <translation>
            <numerusform>%1, %n Versuch</numerusform>
            <numerusform>%1, %n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, nothing sent</source>
        <translation>%1, nichts gesendet</translation>
    </message>
</context>
<context>
    <name>MfaPrompt</name>
    <message>
        <source>Profile %1 needs a code from the MFA device %2:</source>
        <translation>Profil %1 benötigt einen Code vom MFA-Gerät %2:</translation>
    </message>
    <message>
        <source>MFA code</source>
        <translation>MFA-Code</translation>
    </message>
</context>
<context>
    <name>ObsController</name>
    <message>
        <source>O&amp;BS</source>
        <translation>&amp;OBS</translation>
    </message>
    <message>
        <source>The password is kept for this session only (the system keychain could not be used).</source>
        <translation>Das Passwort wird nur für diese Sitzung behalten (der Systemschlüsselbund konnte nicht verwendet werden).</translation>
    </message>
    <message>
        <source>The saved OBS password could not be read: %1</source>
        <translation>Das gespeicherte OBS-Passwort konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Connected to obs-websocket %1 at %2</source>
        <translation>Mit obs-websocket %1 unter %2 verbunden</translation>
    </message>
    <message>
        <source>Password saved in the system keychain.</source>
        <translation>Passwort im Systemschlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The password is kept for this session only: %1 It is never written to a file; type it again after restarting, or make the keychain available.</source>
        <translation>Das Passwort wird nur für diese Sitzung behalten: %1 Es wird nie in eine Datei geschrieben; nach einem Neustart erneut eingeben oder den Schlüsselbund verfügbar machen.</translation>
    </message>
    <message>
        <source>OBS is reconnecting to the server (%1 sent so far).</source>
        <translation>OBS verbindet sich erneut mit dem Server (bisher %1 gesendet).</translation>
    </message>
    <message>
        <source>OBS is not streaming.</source>
        <translation>OBS streamt nicht.</translation>
    </message>
    <message>
        <source>OBS is streaming: %1 sent, %2 of %3 frames dropped.</source>
        <translation>OBS streamt: %1 gesendet, %2 von %3 Frames verworfen.</translation>
    </message>
    <message>
        <source>OBS is not running</source>
        <translation>OBS läuft nicht</translation>
    </message>
    <message>
        <source>OBS cannot be reached</source>
        <translation>OBS ist nicht erreichbar</translation>
    </message>
    <message>
        <source>OBS wants a password</source>
        <translation>OBS verlangt ein Passwort</translation>
    </message>
    <message>
        <source>Wrong OBS password</source>
        <translation>Falsches OBS-Passwort</translation>
    </message>
    <message>
        <source>obs-websocket is too old</source>
        <translation>obs-websocket ist zu alt</translation>
    </message>
    <message>
        <source>Not obs-websocket 5</source>
        <translation>Nicht obs-websocket 5</translation>
    </message>
    <message>
        <source>OBS did not answer</source>
        <translation>OBS hat nicht geantwortet</translation>
    </message>
    <message>
        <source>OBS refused the request</source>
        <translation>OBS hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Disconnected from OBS</source>
        <translation>Verbindung zu OBS getrennt</translation>
    </message>
    <message>
        <source>OBS</source>
        <translation>OBS</translation>
    </message>
    <message>
        <source>OBS&apos;s WebSocket server requires a password and none was given. Copy it from OBS (Tools &gt; WebSocket Server Settings &gt; Show Connect Info) into the Password field and connect again.</source>
        <translation>Der WebSocket-Server von OBS verlangt ein Passwort, es wurde aber keines angegeben. Das Passwort aus OBS kopieren (Werkzeuge &gt; obs-websocket-Einstellungen &gt; Verbindungsinformationen anzeigen), in das Feld „Passwort“ einfügen und erneut verbinden.</translation>
    </message>
</context>
<context>
    <name>ObsError</name>
    <message>
        <source>Nothing answers at %1: OBS is not running, or its WebSocket server is off or on another port. Start OBS and turn on Tools &gt; WebSocket Server Settings &gt; Enable WebSocket server, and check the port.</source>
        <translation>Unter %1 antwortet nichts: OBS läuft nicht, oder sein WebSocket-Server ist ausgeschaltet oder auf einem anderen Port. OBS starten, unter Werkzeuge &gt; obs-websocket-Einstellungen „WebSocket-Server aktivieren“ einschalten und den Port prüfen.</translation>
    </message>
    <message>
        <source>Could not connect to OBS at %1 (%2). Check the address and that this computer can reach it.</source>
        <translation>Keine Verbindung zu OBS unter %1 möglich (%2). Die Adresse prüfen und ob dieser Computer sie erreichen kann.</translation>
    </message>
    <message>
        <source>OBS&apos;s WebSocket server requires a password and none was given. Copy it from OBS (Tools &gt; WebSocket Server Settings &gt; Show Connect Info) and set OBS_WEBSOCKET_PASSWORD.</source>
        <translation>Der WebSocket-Server von OBS verlangt ein Passwort, es wurde aber keines angegeben. Das Passwort aus OBS kopieren (Werkzeuge &gt; obs-websocket-Einstellungen &gt; Verbindungsinformationen anzeigen) und OBS_WEBSOCKET_PASSWORD setzen.</translation>
    </message>
    <message>
        <source>OBS refused the WebSocket password (AuthenticationFailed). Copy the current password from OBS (Tools &gt; WebSocket Server Settings &gt; Show Connect Info) and try again.</source>
        <translation>OBS hat das WebSocket-Passwort abgelehnt (AuthenticationFailed). Das aktuelle Passwort aus OBS kopieren (Werkzeuge &gt; obs-websocket-Einstellungen &gt; Verbindungsinformationen anzeigen) und erneut versuchen.</translation>
    </message>
    <message>
        <source>The server does not speak obs-websocket 5 (it sent no Hello). obs-websocket 4.x or another WebSocket server is listening there. Use OBS 28 or later, which has obs-websocket 5 built in.</source>
        <translation>Der Server spricht nicht obs-websocket 5 (er hat kein Hello gesendet). Dort lauscht obs-websocket 4.x oder ein anderer WebSocket-Server. OBS 28 oder neuer verwenden, das obs-websocket 5 mitbringt.</translation>
    </message>
    <message>
        <source>OBS runs obs-websocket %1, which is too old: version 5 is needed. Use OBS 28 or later, which has obs-websocket 5 built in.</source>
        <translation>OBS verwendet obs-websocket %1, das ist zu alt: Version 5 wird benötigt. OBS 28 oder neuer verwenden, das obs-websocket 5 mitbringt.</translation>
    </message>
    <message>
        <source>obs-websocket refused RPC version 1 (UnsupportedRpcVersion; the server offers version %1). This program speaks obs-websocket 5 with RPC version 1: update whichever side is older.</source>
        <translation>obs-websocket hat RPC-Version 1 abgelehnt (UnsupportedRpcVersion; der Server bietet Version %1). Dieses Programm spricht obs-websocket 5 mit RPC-Version 1: die ältere Seite aktualisieren.</translation>
    </message>
    <message>
        <source>The server at this address does not speak obs-websocket 5: %1. Check that the URL points at OBS&apos;s WebSocket server.</source>
        <translation>Der Server unter dieser Adresse spricht nicht obs-websocket 5: %1. Prüfen, ob die URL auf den WebSocket-Server von OBS zeigt.</translation>
    </message>
    <message>
        <source>OBS ended this WebSocket session (SessionInvalidated, code 4011): someone disconnected it in OBS&apos;s session list. Reconnect when that was a mistake.</source>
        <translation>OBS hat diese WebSocket-Sitzung beendet (SessionInvalidated, Code 4011): Jemand hat sie in der Sitzungsliste von OBS getrennt. Neu verbinden, falls das ein Versehen war.</translation>
    </message>
    <message>
        <source>OBS closed the connection with code %1 (%2). This is a protocol problem between this program and obs-websocket; update both and try again.</source>
        <translation>OBS hat die Verbindung mit Code %1 geschlossen (%2). Das ist ein Protokollproblem zwischen diesem Programm und obs-websocket; beide aktualisieren und erneut versuchen.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>OBS did not answer in time (%1, after %2 s). OBS may be busy or hung, or something other than obs-websocket is listening; check OBS and try again.</source>
        <translation>OBS hat nicht rechtzeitig geantwortet (%1, nach %2 s). OBS ist möglicherweise ausgelastet oder hängt, oder dort lauscht etwas anderes als obs-websocket; OBS prüfen und erneut versuchen.</translation>
    </message>
    <message>
        <source>An output is running: stop streaming or recording in OBS first.</source>
        <translation>Eine Ausgabe läuft: zuerst Streaming oder Aufnahme in OBS beenden.</translation>
    </message>
    <message>
        <source>The output is not running.</source>
        <translation>Die Ausgabe läuft nicht.</translation>
    </message>
    <message>
        <source>This OBS does not know the request: update OBS.</source>
        <translation>Dieses OBS kennt die Anfrage nicht: OBS aktualisieren.</translation>
    </message>
    <message>
        <source>Check OBS and try again.</source>
        <translation>OBS prüfen und erneut versuchen.</translation>
    </message>
    <message>
        <source>OBS refused %1 (request status %2%3). %4</source>
        <translation>OBS hat %1 abgelehnt (Anfragestatus %2%3). %4</translation>
    </message>
    <message>
        <source>The connection to OBS closed before it answered %1: OBS quit or its WebSocket server stopped. Start OBS and try again.</source>
        <translation>Die Verbindung zu OBS wurde geschlossen, bevor OBS auf %1 geantwortet hat: OBS wurde beendet oder sein WebSocket-Server gestoppt. OBS starten und erneut versuchen.</translation>
    </message>
    <message>
        <source>the request</source>
        <translation>die Anfrage</translation>
    </message>
    <message>
        <source>OBS is still loading, changing scene collection or quitting: wait until its window is ready, then try again.</source>
        <translation>OBS lädt noch, wechselt die Szenensammlung oder wird beendet: warten, bis sein Fenster bereit ist, dann erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>ObsFixPlanner</name>
    <message>
        <source>OBS uses changed encoder settings from the next stream start: if it is streaming now, stop and start the stream. OBS refuses video changes while an output runs.</source>
        <translation>OBS verwendet geänderte Encoder-Einstellungen ab dem nächsten Streamstart: Falls gerade gestreamt wird, den Stream beenden und neu starten. OBS lehnt Videoänderungen ab, solange eine Ausgabe läuft.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a hardware encoder: its B-frames and keyframe interval cannot be set through the API. Switch to Advanced output mode and set Keyframe Interval 2 s and B-frames 0, or choose x264.</source>
        <translation>„%1“ ist ein Hardware-Encoder: B-Frames und Keyframeintervall lassen sich nicht über die API einstellen. In den Ausgabemodus „Erweitert“ wechseln und Keyframeintervall 2 s und B-Frames 0 einstellen oder x264 wählen.</translation>
    </message>
    <message>
        <source>Advanced output mode keeps the encoder&apos;s settings in the profile&apos;s streamEncoder.json, which cannot be changed through the API. In Settings &gt; Output &gt; Streaming, choose x264 (or an H.264 hardware encoder), set Rate Control CBR, Bitrate 6000 Kbps or less, Keyframe Interval 2 s, and B-frames 0 (x264 Options: bframes=0).</source>
        <translation>Der Ausgabemodus „Erweitert“ speichert die Encoder-Einstellungen in der streamEncoder.json des Profils, die sich nicht über die API ändern lässt. Unter Einstellungen &gt; Ausgabe &gt; Stream x264 (oder einen H.264-Hardware-Encoder) wählen und Qualitätsregulierung CBR, Bitrate 6000 Kbps oder weniger, Keyframeintervall 2 s und B-Frames 0 einstellen (x264-Optionen: bframes=0).</translation>
    </message>
</context>
<context>
    <name>ObsPanel</name>
    <message>
        <source>Send server and ke&amp;y to OBS</source>
        <translation>Server und Streamschl&amp;üssel an OBS senden</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Make OBS IVS-safe…</source>
        <translation>OBS IVS-tauglich &amp;machen…</translation>
    </message>
    <message>
        <source>Restore previo&amp;us settings</source>
        <translation>Vorherige Einstellungen zurüc&amp;kholen</translation>
    </message>
    <message>
        <source>OBS</source>
        <translation>OBS</translation>
    </message>
    <message>
        <source>OBS and where it streams to</source>
        <translation>OBS und wohin es streamt</translation>
    </message>
    <message>
        <source>OBS WebSocket address</source>
        <translation>OBS-WebSocket-Adresse</translation>
    </message>
    <message>
        <source>OBS: Tools &gt; WebSocket Server Settings &gt; Show Connect Info</source>
        <translation>OBS: Werkzeuge &gt; obs-websocket-Einstellungen &gt; Verbindungsinformationen anzeigen</translation>
    </message>
    <message>
        <source>OBS WebSocket password</source>
        <translation>OBS-WebSocket-Passwort</translation>
    </message>
    <message>
        <source>Kept in the system keychain for this profile, never in a file.</source>
        <translation>Wird für dieses Profil im Systemschlüsselbund aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Sets OBS&apos;s stream service to a custom server with this configuration&apos;s server URL and stream key. The key goes straight to OBS, never through the clipboard.</source>
        <translation>Stellt den Streamingdienst von OBS auf einen benutzerdefinierten Server mit der Server-URL und dem Streamschlüssel dieser Konfiguration ein. Der Schlüssel geht direkt an OBS, nie über die Zwischenablage.</translation>
    </message>
    <message>
        <source>Encoder pre-flight</source>
        <translation>Encoder-Vorabprüfung</translation>
    </message>
    <message>
        <source>OBS encoder checks</source>
        <translation>OBS-Encoder-Prüfungen</translation>
    </message>
    <message>
        <source>Pre-flight summary</source>
        <translation>Zusammenfassung der Vorabprüfung</translation>
    </message>
    <message>
        <source>Shows every change first (old → new), then applies it to OBS&apos;s current profile.</source>
        <translation>Zeigt zuerst jede Änderung (alt → neu) und wendet sie dann auf das aktuelle Profil von OBS an.</translation>
    </message>
    <message>
        <source>Connecting cancelled.</source>
        <translation>Verbindungsaufbau abgebrochen.</translation>
    </message>
    <message>
        <source>Not a WebSocket address</source>
        <translation>Keine WebSocket-Adresse</translation>
    </message>
    <message>
        <source>%1 is not an obs-websocket address. Use ws://host:port, for OBS on this computer usually %2 (OBS: Tools &gt; WebSocket Server Settings).</source>
        <translation>%1 ist keine obs-websocket-Adresse. ws://host:port verwenden, für OBS auf diesem Computer meist %2 (OBS: Werkzeuge &gt; obs-websocket-Einstellungen).</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinden mit %1…</translation>
    </message>
    <message>
        <source>Connect to OBS to check its encoder settings.</source>
        <translation>Mit OBS verbinden, um seine Encoder-Einstellungen zu prüfen.</translation>
    </message>
    <message>
        <source>Cancel co&amp;nnecting</source>
        <translation>&amp;Verbindungsaufbau abbrechen</translation>
    </message>
    <message>
        <source>Disco&amp;nnect</source>
        <translation>&amp;Verbindung trennen</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>The configuration and its stage have not been read yet.</source>
        <translation>Die Konfiguration und ihre Stage wurden noch nicht gelesen.</translation>
    </message>
    <message>
        <source>Already set</source>
        <translation>Bereits eingestellt</translation>
    </message>
    <message>
        <source>OBS already streams to %1 with this configuration&apos;s stream key.</source>
        <translation>OBS streamt bereits mit dem Streamschlüssel dieser Konfiguration an %1.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>In OBS now: %1, server %2, stream key %3
After: custom server %4, stream key %5</source>
        <translation>Jetzt in OBS: %1, Server %2, Streamschlüssel %3
Danach: benutzerdefinierter Server %4, Streamschlüssel %5</translation>
    </message>
    <message>
        <source>Replace OBS&apos;s stream destination?</source>
        <translation>Streamziel von OBS ersetzen?</translation>
    </message>
    <message>
        <source>OBS streams to another destination now. Replace it with this configuration&apos;s server and stream key? (Stream keys are masked.)</source>
        <translation>OBS streamt derzeit an ein anderes Ziel. Durch den Server und den Streamschlüssel dieser Konfiguration ersetzen? (Streamschlüssel sind maskiert.)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nichts geändert</translation>
    </message>
    <message>
        <source>OBS keeps streaming to its current destination.</source>
        <translation>OBS streamt weiterhin an sein bisheriges Ziel.</translation>
    </message>
    <message>
        <source>Sent to OBS</source>
        <translation>An OBS gesendet</translation>
    </message>
    <message>
        <source>OBS now streams to %1 with the stream key %2. Start streaming below or in OBS.</source>
        <translation>OBS streamt jetzt mit dem Streamschlüssel %2 an %1. Den Stream unten oder in OBS starten.</translation>
    </message>
    <message>
        <source>Server and stream key sent to OBS.</source>
        <translation>Server und Streamschlüssel an OBS gesendet.</translation>
    </message>
    <message>
        <source>Reading OBS&apos;s settings…</source>
        <translation>Einstellungen von OBS werden gelesen…</translation>
    </message>
    <message>
        <source>OBS&apos;s settings could not be read.</source>
        <translation>Die Einstellungen von OBS konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>✔ OK</source>
        <translation>✔ OK</translation>
    </message>
    <message>
        <source>✘ Problem</source>
        <translation>✘ Problem</translation>
    </message>
    <message>
        <source>? Cannot be read</source>
        <translation>? Nicht lesbar</translation>
    </message>
    <message>
        <source>Video codec</source>
        <translation>Video-Codec</translation>
    </message>
    <message>
        <source>B-frames</source>
        <translation>B-Frames</translation>
    </message>
    <message>
        <source>Keyframe interval</source>
        <translation>Keyframeintervall</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>Video bitrate</source>
        <translation>Video-Bitrate</translation>
    </message>
    <message>
        <source>Audio codec</source>
        <translation>Audio-Codec</translation>
    </message>
    <message>
        <source>Audio and video</source>
        <translation>Audio und Video</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>OBS %1, %2 output, encoder %3.</source>
        <translation>OBS %1, Ausgabemodus %2, Encoder %3.</translation>
    </message>
    <message>
        <source>OBS&apos;s encoder settings are IVS-safe.</source>
        <translation>Die Encoder-Einstellungen von OBS sind IVS-tauglich.</translation>
    </message>
    <message numerus="yes">
        <source>Not IVS-safe: %n setting(s) to change</source>
        <translation>
            <numerusform>Nicht IVS-tauglich: %n Einstellung zu ändern</numerusform>
            <numerusform>Nicht IVS-tauglich: %n Einstellungen zu ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n cannot be read through OBS&apos;s API: check them in OBS (Settings &gt; Output)</source>
        <translation>
            <numerusform>; %n lässt sich nicht über die API von OBS lesen: in OBS prüfen (Einstellungen &gt; Ausgabe)</numerusform>
            <numerusform>; %n lassen sich nicht über die API von OBS lesen: in OBS prüfen (Einstellungen &gt; Ausgabe)</numerusform>
        </translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>%1/%2: %3 → %4</source>
        <translation>%1/%2: %3 → %4</translation>
    </message>
    <message>
        <source>Nothing OBS&apos;s API can change</source>
        <translation>Nichts, was die API von OBS ändern kann</translation>
    </message>
    <message>
        <source>OBS&apos;s encoder settings already follow IVS&apos;s rules as far as the API can read them.</source>
        <translation>Die Encoder-Einstellungen von OBS folgen bereits den Regeln von IVS, soweit die API sie lesen kann.</translation>
    </message>
    <message>
        <source>What is left needs OBS&apos;s Settings window:
%1</source>
        <translation>Was übrig bleibt, geht nur im Einstellungsfenster von OBS:
%1</translation>
    </message>
    <message>
        <source>Still to do in OBS&apos;s Settings window:</source>
        <translation>Noch im Einstellungsfenster von OBS zu erledigen:</translation>
    </message>
    <message>
        <source>Make OBS IVS-safe?</source>
        <translation>OBS IVS-tauglich machen?</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) of OBS&apos;s current profile will change, from the next stream start. &quot;Restore previous settings&quot; puts them back.</source>
        <translation>
            <numerusform>%n Einstellung des aktuellen OBS-Profils wird geändert, ab dem nächsten Streamstart. „Vorherige Einstellungen zurückholen“ stellt sie wieder her.</numerusform>
            <numerusform>%n Einstellungen des aktuellen OBS-Profils werden geändert, ab dem nächsten Streamstart. „Vorherige Einstellungen zurückholen“ stellt sie wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change OBS&apos;s settings</source>
        <translation>Einstellungen von OBS ändern</translation>
    </message>
    <message>
        <source>OBS is IVS-safe</source>
        <translation>OBS ist IVS-tauglich</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) changed; OBS uses them from the next stream start. &quot;Restore previous settings&quot; puts them back.</source>
        <translation>
            <numerusform>%n Einstellung geändert; OBS verwendet sie ab dem nächsten Streamstart. „Vorherige Einstellungen zurückholen“ stellt sie wieder her.</numerusform>
            <numerusform>%n Einstellungen geändert; OBS verwendet sie ab dem nächsten Streamstart. „Vorherige Einstellungen zurückholen“ stellt sie wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous settings restored</source>
        <translation>Vorherige Einstellungen zurückgeholt</translation>
    </message>
    <message>
        <source>OBS has its settings from before &quot;Make OBS IVS-safe&quot; again.</source>
        <translation>OBS hat wieder die Einstellungen von vor „OBS IVS-tauglich machen“.</translation>
    </message>
</context>
<context>
    <name>ObsPreflight</name>
    <message>
        <source>Advanced output mode keeps the encoder&apos;s settings in the profile&apos;s streamEncoder.json, which cannot be read through the API.</source>
        <translation>Der Ausgabemodus „Erweitert“ speichert die Encoder-Einstellungen in der streamEncoder.json des Profils, die sich nicht über die API lesen lässt.</translation>
    </message>
    <message>
        <source>The stream encoder &quot;%1&quot; makes H.264.</source>
        <translation>Der Stream-Encoder „%1“ erzeugt H.264.</translation>
    </message>
    <message>
        <source>The stream encoder &quot;%1&quot; makes HEVC or AV1; IVS accepts only H.264 over RTMP.</source>
        <translation>Der Stream-Encoder „%1“ erzeugt HEVC oder AV1; IVS akzeptiert über RTMP nur H.264.</translation>
    </message>
    <message>
        <source>In Settings &gt; Output &gt; Streaming, choose an H.264 encoder (x264, or the H.264 variant of NVENC, QuickSync, AMF or VA-API).</source>
        <translation>Unter Einstellungen &gt; Ausgabe &gt; Stream einen H.264-Encoder wählen (x264 oder die H.264-Variante von NVENC, QuickSync, AMF oder VA-API).</translation>
    </message>
    <message>
        <source>OBS did not say which stream encoder it uses.</source>
        <translation>OBS hat nicht mitgeteilt, welchen Stream-Encoder es verwendet.</translation>
    </message>
    <message>
        <source>The stream encoder &quot;%1&quot; is not one this check knows.</source>
        <translation>Den Stream-Encoder „%1“ kennt diese Prüfung nicht.</translation>
    </message>
    <message>
        <source>Make sure Settings &gt; Output &gt; Streaming uses an H.264 encoder.</source>
        <translation>Sicherstellen, dass unter Einstellungen &gt; Ausgabe &gt; Stream ein H.264-Encoder gewählt ist.</translation>
    </message>
    <message>
        <source>In Settings &gt; Output &gt; Streaming, turn on &quot;Enable Advanced Encoder Settings&quot; and put bframes=0 in &quot;x264 Options&quot; (or use &quot;Make OBS IVS-safe&quot;).</source>
        <translation>Unter Einstellungen &gt; Ausgabe &gt; Stream „Benutzerdefinierte Kodierereinstellungen aktivieren“ einschalten und bframes=0 in die „x264-Optionen“ eintragen (oder „OBS IVS-tauglich machen“ verwenden).</translation>
    </message>
    <message>
        <source>The hardware encoder &quot;%1&quot; has its own B-frame setting, which cannot be read through the API.</source>
        <translation>Der Hardware-Encoder „%1“ hat eine eigene B-Frame-Einstellung, die sich nicht über die API lesen lässt.</translation>
    </message>
    <message>
        <source>Set B-frames (&quot;Max B-frames&quot;) to 0 in the encoder&apos;s settings, or use x264.</source>
        <translation>In den Einstellungen des Encoders B-Frames („Max. B-Frames“) auf 0 setzen oder x264 verwenden.</translation>
    </message>
    <message>
        <source>Not known for this encoder; IVS needs H.264 without B-frames.</source>
        <translation>Für diesen Encoder nicht bekannt; IVS braucht H.264 ohne B-Frames.</translation>
    </message>
    <message>
        <source>Use an H.264 encoder with B-frames set to 0.</source>
        <translation>Einen H.264-Encoder mit B-Frames auf 0 verwenden.</translation>
    </message>
    <message>
        <source>In Settings &gt; Output &gt; Streaming, set &quot;x264 Options&quot; to include bframes=0, or choose Profile: baseline.</source>
        <translation>Unter Einstellungen &gt; Ausgabe &gt; Stream bframes=0 in die „x264-Optionen“ aufnehmen oder Profil: baseline wählen.</translation>
    </message>
    <message>
        <source>x264 runs with bframes=0 or the baseline profile: no B-frames.</source>
        <translation>x264 läuft mit bframes=0 oder dem Profil baseline: keine B-Frames.</translation>
    </message>
    <message>
        <source>The x264 options do not set bframes=0, so x264&apos;s preset adds B-frames; IVS refuses streams with B-frames (B_FRAME_PRESENT).</source>
        <translation>Die x264-Optionen setzen nicht bframes=0, daher fügt die Voreinstellung von x264 B-Frames hinzu; IVS lehnt Streams mit B-Frames ab (B_FRAME_PRESENT).</translation>
    </message>
    <message>
        <source>OBS&apos;s x264 uses its preset&apos;s B-frames (the default preset makes up to 3 in a row), and the x264 options that could turn them off are not enabled; IVS refuses streams with B-frames (B_FRAME_PRESENT).</source>
        <translation>Das x264 von OBS verwendet die B-Frames seiner Voreinstellung (die Standardvoreinstellung erzeugt bis zu 3 hintereinander), und die x264-Optionen, mit denen sie sich abschalten ließen, sind nicht aktiviert; IVS lehnt Streams mit B-Frames ab (B_FRAME_PRESENT).</translation>
    </message>
    <message>
        <source>Set the keyframe interval to 2 s (in &quot;x264 Options&quot;: keyint=&lt;2 x frame rate&gt;, or use &quot;Make OBS IVS-safe&quot;).</source>
        <translation>Das Keyframeintervall auf 2 s setzen (in den „x264-Optionen“: keyint=&lt;2 x Bildrate&gt;, oder „OBS IVS-tauglich machen“ verwenden).</translation>
    </message>
    <message>
        <source>In Settings &gt; Output &gt; Streaming, set Keyframe Interval to 2 s.</source>
        <translation>Unter Einstellungen &gt; Ausgabe &gt; Stream das Keyframeintervall auf 2 s setzen.</translation>
    </message>
    <message>
        <source>Simple output mode passes no keyframe interval to &quot;%1&quot;, so the encoder&apos;s own default applies, which cannot be read through the API.</source>
        <translation>Der Ausgabemodus „Simpel“ übergibt „%1“ kein Keyframeintervall, daher gilt der eigene Standardwert des Encoders, der sich nicht über die API lesen lässt.</translation>
    </message>
    <message>
        <source>Switch to Advanced output mode and set Keyframe Interval to 2 s, or use x264.</source>
        <translation>In den Ausgabemodus „Erweitert“ wechseln und das Keyframeintervall auf 2 s setzen oder x264 verwenden.</translation>
    </message>
    <message>
        <source>OBS did not report its frame rate, so the keyframe interval in seconds is not known.</source>
        <translation>OBS hat seine Bildrate nicht gemeldet, daher ist das Keyframeintervall in Sekunden nicht bekannt.</translation>
    </message>
    <message>
        <source>The x264 options set keyint=%1: no regular keyframes; IVS needs one every 1-2 s.</source>
        <translation>Die x264-Optionen setzen keyint=%1: keine regelmäßigen Keyframes; IVS braucht alle 1–2 s einen.</translation>
    </message>
    <message>
        <source>keyint=%1 in the x264 options</source>
        <translation>keyint=%1 in den x264-Optionen</translation>
    </message>
    <message>
        <source>x264&apos;s default of %1 frames, as OBS sets no interval</source>
        <translation>Standardwert von x264 mit %1 Frames, da OBS kein Intervall setzt</translation>
    </message>
    <message>
        <source>A keyframe every %1 s (%2 at %3 fps).</source>
        <translation>Ein Keyframe alle %1 s (%2 bei %3 fps).</translation>
    </message>
    <message>
        <source>A keyframe every %1 s (%2 at %3 fps); IVS needs one every 1-2 s.</source>
        <translation>Ein Keyframe alle %1 s (%2 bei %3 fps); IVS braucht alle 1–2 s einen.</translation>
    </message>
    <message>
        <source>OBS did not report its output resolution.</source>
        <translation>OBS hat seine Ausgabeauflösung nicht gemeldet.</translation>
    </message>
    <message>
        <source>Check Settings &gt; Video &gt; Output (Scaled) Resolution: at most 1280x720.</source>
        <translation>Einstellungen &gt; Video &gt; (Skalierte) Ausgabeauflösung prüfen: höchstens 1280x720.</translation>
    </message>
    <message>
        <source>The stream is %1, within 720p.</source>
        <translation>Der Stream hat %1, innerhalb von 720p.</translation>
    </message>
    <message>
        <source>The stream is %1; IVS takes at most 720p (1280x720, or 720x1280 upright).</source>
        <translation>Der Stream hat %1; IVS nimmt höchstens 720p an (1280x720 oder hochkant 720x1280).</translation>
    </message>
    <message>
        <source>In Settings &gt; Video, set Output (Scaled) Resolution to 1280x720 or less (or use &quot;Make OBS IVS-safe&quot;).</source>
        <translation>Unter Einstellungen &gt; Video die (Skalierte) Ausgabeauflösung auf 1280x720 oder weniger setzen (oder „OBS IVS-tauglich machen“ verwenden).</translation>
    </message>
    <message>
        <source>In Settings &gt; Output &gt; Streaming, set Bitrate to 6000 Kbps or less (8500 at most).</source>
        <translation>Unter Einstellungen &gt; Ausgabe &gt; Stream die Bitrate auf 6000 Kbps oder weniger setzen (höchstens 8500).</translation>
    </message>
    <message>
        <source>OBS did not report the video bitrate.</source>
        <translation>OBS hat die Videobitrate nicht gemeldet.</translation>
    </message>
    <message>
        <source>In Settings &gt; Output, set Video Bitrate to 6000 Kbps or less.</source>
        <translation>Unter Einstellungen &gt; Ausgabe die Videobitrate auf 6000 Kbps oder weniger setzen.</translation>
    </message>
    <message>
        <source>The video bitrate is %1 Kbps; IVS takes at most %2.</source>
        <translation>Die Videobitrate beträgt %1 Kbps; IVS nimmt höchstens %2 an.</translation>
    </message>
    <message>
        <source>In Settings &gt; Output, set Video Bitrate to %1 Kbps or less.</source>
        <translation>Unter Einstellungen &gt; Ausgabe die Videobitrate auf %1 Kbps oder weniger setzen.</translation>
    </message>
    <message>
        <source>The video bitrate is %1 Kbps: within IVS&apos;s %2 Kbps limit, above the recommended %3.</source>
        <translation>Die Videobitrate beträgt %1 Kbps: innerhalb der Grenze von IVS (%2 Kbps), aber über den empfohlenen %3.</translation>
    </message>
    <message>
        <source>The video bitrate is %1 Kbps.</source>
        <translation>Die Videobitrate beträgt %1 Kbps.</translation>
    </message>
    <message>
        <source>Simple output mode streams AAC audio over RTMP.</source>
        <translation>Der Ausgabemodus „Simpel“ streamt AAC-Audio über RTMP.</translation>
    </message>
    <message>
        <source>This OBS has no audio encoder choice for streaming (AdvOut/AudioEncoder is not set): it streams AAC.</source>
        <translation>Dieses OBS bietet keine Wahl des Audio-Encoders fürs Streaming (AdvOut/AudioEncoder ist nicht gesetzt): Es streamt AAC.</translation>
    </message>
    <message>
        <source>The stream&apos;s audio encoder &quot;%1&quot; makes AAC.</source>
        <translation>Der Audio-Encoder „%1“ des Streams erzeugt AAC.</translation>
    </message>
    <message>
        <source>The stream&apos;s audio encoder is &quot;%1&quot;; IVS takes AAC.</source>
        <translation>Der Audio-Encoder des Streams ist „%1“; IVS nimmt AAC an.</translation>
    </message>
    <message>
        <source>In Settings &gt; Output &gt; Streaming, choose an AAC audio encoder.</source>
        <translation>Unter Einstellungen &gt; Ausgabe &gt; Stream einen AAC-Audio-Encoder wählen.</translation>
    </message>
    <message>
        <source>OBS always streams one video and one audio track over RTMP (silence when no audio source plays). Whether a microphone or desktop audio is audible is not checked.</source>
        <translation>OBS streamt über RTMP immer eine Video- und eine Audiospur (Stille, wenn keine Audioquelle spielt). Ob ein Mikrofon oder das Desktop-Audio hörbar ist, wird nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>ObsReportJson</name>
    <message>
        <source>The stream encoder&apos;s bitrate, keyframe interval and B-frames (Advanced output mode keeps them in the profile&apos;s streamEncoder.json, which cannot be read through the API).</source>
        <translation>Bitrate, Keyframeintervall und B-Frames des Stream-Encoders (der Ausgabemodus „Erweitert“ speichert sie in der streamEncoder.json des Profils, die sich nicht über die API lesen lässt).</translation>
    </message>
</context>
<context>
    <name>ObsRestorePoint</name>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1 is not a restore point this program wrote (%2)</source>
        <translation>%1 ist kein Wiederherstellungspunkt, den dieses Programm geschrieben hat (%2)</translation>
    </message>
    <message>
        <source>the folder of %1 cannot be created</source>
        <translation>der Ordner von %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2)</source>
        <translation>%1 kann nicht geschrieben werden (%2)</translation>
    </message>
</context>
<context>
    <name>ObsStreamBox</name>
    <message>
        <source>Go live</source>
        <translation>Live gehen</translation>
    </message>
    <message>
        <source>&amp;Start streaming</source>
        <translation>S&amp;tream starten</translation>
    </message>
    <message>
        <source>Send a t&amp;est signal…</source>
        <translation>T&amp;estsignal senden…</translation>
    </message>
    <message>
        <source>OBS stream status</source>
        <translation>OBS-Streamstatus</translation>
    </message>
    <message>
        <source>What IVS says</source>
        <translation>Was IVS meldet</translation>
    </message>
    <message>
        <source>Test signal length in seconds</source>
        <translation>Länge des Testsignals in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Test signal progress</source>
        <translation>Fortschritt des Testsignals</translation>
    </message>
    <message>
        <source>%v s sent</source>
        <translation>%v s gesendet</translation>
    </message>
    <message>
        <source>About the test signal</source>
        <translation>Über das Testsignal</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Länge:</translation>
    </message>
    <message>
        <source>The connection to OBS is closed.</source>
        <translation>Die Verbindung zu OBS ist geschlossen.</translation>
    </message>
    <message>
        <source>Available once the configuration and its stage have been read.</source>
        <translation>Verfügbar, sobald die Konfiguration und ihre Stage gelesen wurden.</translation>
    </message>
    <message>
        <source>Not while OBS streams to this configuration: stop streaming first.</source>
        <translation>Nicht, während OBS an diese Konfiguration streamt: zuerst den Stream beenden.</translation>
    </message>
    <message>
        <source>Not available while the configuration is ACTIVE: a second publisher would displace the one that is live. The test signal is for an INACTIVE configuration.</source>
        <translation>Nicht verfügbar, solange die Konfiguration ACTIVE ist: Ein zweiter Publisher würde den verdrängen, der live ist. Das Testsignal ist für eine Konfiguration im Status INACTIVE gedacht.</translation>
    </message>
    <message>
        <source>Only available while the configuration is INACTIVE; its state is not known. Refresh first.</source>
        <translation>Nur verfügbar, solange die Konfiguration INACTIVE ist; ihr Status ist nicht bekannt. Zuerst aktualisieren.</translation>
    </message>
    <message>
        <source>&amp;Stop streaming</source>
        <translation>S&amp;tream beenden</translation>
    </message>
    <message>
        <source>Starts or stops streaming in OBS, then watches this configuration until IVS reports it ACTIVE or the participant reports an error.</source>
        <translation>Startet oder beendet den Stream in OBS und beobachtet dann diese Konfiguration, bis IVS sie als ACTIVE meldet oder der Teilnehmer einen Fehler meldet.</translation>
    </message>
    <message>
        <source>Connect to OBS first.</source>
        <translation>Zuerst mit OBS verbinden.</translation>
    </message>
    <message>
        <source>Cancel the t&amp;est signal</source>
        <translation>T&amp;estsignal abbrechen</translation>
    </message>
    <message>
        <source>Sends a moving test pattern and a tone with FFmpeg at IVS-safe settings to this configuration&apos;s server and key: it proves key, server and network path without OBS.</source>
        <translation>Sendet mit FFmpeg ein bewegtes Testbild und einen Ton mit IVS-tauglichen Einstellungen an Server und Schlüssel dieser Konfiguration: Das beweist Schlüssel, Server und Netzwerkweg ohne OBS.</translation>
    </message>
    <message>
        <source>Start streaming anyway?</source>
        <translation>Trotzdem Stream starten?</translation>
    </message>
    <message>
        <source>This configuration is ACTIVE: another publisher is live, and OBS would displace it.</source>
        <translation>Diese Konfiguration ist ACTIVE: Ein anderer Publisher ist live, und OBS würde ihn verdrängen.</translation>
    </message>
    <message>
        <source>Start streaming</source>
        <translation>Stream starten</translation>
    </message>
    <message>
        <source>Asking OBS to start streaming…</source>
        <translation>OBS wird gebeten, den Stream zu starten…</translation>
    </message>
    <message>
        <source>OBS is streaming.</source>
        <translation>OBS streamt.</translation>
    </message>
    <message>
        <source>OBS is not streaming</source>
        <translation>OBS streamt nicht</translation>
    </message>
    <message>
        <source>OBS stopped streaming.</source>
        <translation>OBS hat den Stream beendet.</translation>
    </message>
    <message>
        <source>FFmpeg is not installed</source>
        <translation>FFmpeg ist nicht installiert</translation>
    </message>
    <message>
        <source>The test signal needs FFmpeg, and there is no &quot;ffmpeg&quot; on PATH. Install it (Debian: apt install ffmpeg) and try again; nothing else in the inspector needs it.</source>
        <translation>Das Testsignal braucht FFmpeg, und im PATH gibt es kein „ffmpeg“. FFmpeg installieren (Debian: apt install ffmpeg) und erneut versuchen; sonst braucht der Inspector es nirgends.</translation>
    </message>
    <message>
        <source>Send a test signal to the stage?</source>
        <translation>Testsignal an die Stage senden?</translation>
    </message>
    <message numerus="yes">
        <source>For %n second(s), a moving test pattern and a tone are published with this configuration&apos;s key: everyone in the stage %1 will see and hear them.</source>
        <translation>
            <numerusform>%n Sekunde lang werden mit dem Schlüssel dieser Konfiguration ein bewegtes Testbild und ein Ton veröffentlicht: Alle in der Stage %1 sehen und hören sie.</numerusform>
            <numerusform>%n Sekunden lang werden mit dem Schlüssel dieser Konfiguration ein bewegtes Testbild und ein Ton veröffentlicht: Alle in der Stage %1 sehen und hören sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Server: %1
Stream key: %2</source>
        <translation>Server: %1
Streamschlüssel: %2</translation>
    </message>
    <message>
        <source>Send the test signal</source>
        <translation>Testsignal senden</translation>
    </message>
    <message>
        <source>Sending the test signal…</source>
        <translation>Testsignal wird gesendet…</translation>
    </message>
    <message>
        <source>Test signal sent</source>
        <translation>Testsignal gesendet</translation>
    </message>
    <message>
        <source>FFmpeg sent %1 s of test signal (%2). %3</source>
        <translation>FFmpeg hat %1 s Testsignal gesendet (%2). %3</translation>
    </message>
    <message>
        <source>Test signal cancelled</source>
        <translation>Testsignal abgebrochen</translation>
    </message>
    <message>
        <source>FFmpeg was stopped after %1 s.</source>
        <translation>FFmpeg wurde nach %1 s gestoppt.</translation>
    </message>
    <message>
        <source>The test signal failed</source>
        <translation>Das Testsignal ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Watching the configuration: %1</source>
        <translation>Beobachtung der Konfiguration: %1</translation>
    </message>
    <message>
        <source>Watching the configuration until IVS reports it ACTIVE…</source>
        <translation>Die Konfiguration wird beobachtet, bis IVS sie als ACTIVE meldet…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Not live</source>
        <translation>Nicht live</translation>
    </message>
    <message>
        <source>Not live yet</source>
        <translation>Noch nicht live</translation>
    </message>
</context>
<context>
    <name>ObsStreamWatcher</name>
    <message>
        <source>OBS is streaming: the output is active and sending data.</source>
        <translation>OBS streamt: Die Ausgabe ist aktiv und sendet Daten.</translation>
    </message>
    <message>
        <source>The stream started and then stopped: the server closed the connection. Check the stream key (IVS refuses a wrong key, or one already in use) and OBS&apos;s log.</source>
        <translation>Der Stream startete und stoppte dann: Der Server hat die Verbindung geschlossen. Den Streamschlüssel prüfen (IVS lehnt einen falschen oder bereits verwendeten Schlüssel ab) sowie das Log von OBS.</translation>
    </message>
    <message>
        <source>OBS tried to stream but the stream never became active: the server refused the connection or the stream key. Check the server URL and the stream key.</source>
        <translation>OBS hat zu streamen versucht, aber der Stream wurde nie aktiv: Der Server hat die Verbindung oder den Streamschlüssel abgelehnt. Server-URL und Streamschlüssel prüfen.</translation>
    </message>
    <message>
        <source>OBS accepted StartStream but the stream never became active. OBS may be waiting on a dialog, or could not reach the server; look at OBS&apos;s window and log.</source>
        <translation>OBS hat StartStream angenommen, aber der Stream wurde nie aktiv. OBS wartet möglicherweise auf einen Dialog oder konnte den Server nicht erreichen; Fenster und Log von OBS ansehen.</translation>
    </message>
    <message>
        <source>The stream is active but no data has flowed for %1 s: the network or the server is stalled.</source>
        <translation>Der Stream ist aktiv, aber seit %1 s sind keine Daten geflossen: Das Netzwerk oder der Server hängt.</translation>
    </message>
    <message>
        <source>Watching the stream failed.</source>
        <translation>Die Beobachtung des Streams ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ObsWebSocketClient</name>
    <message>
        <source>it sent a binary frame where JSON text was expected</source>
        <translation>er hat einen Binär-Frame gesendet, wo JSON-Text erwartet wurde</translation>
    </message>
    <message>
        <source>the WebSocket handshake failed (%1)</source>
        <translation>der WebSocket-Handshake ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>Hello</translation>
    </message>
    <message>
        <source>it closed the connection during the handshake (code %1)</source>
        <translation>er hat die Verbindung während des Handshakes geschlossen (Code %1)</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>Verbindungsaufbau zu %1</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identify</translation>
    </message>
    <message>
        <source>it sent something that is not a JSON object</source>
        <translation>er hat etwas gesendet, das kein JSON-Objekt ist</translation>
    </message>
    <message>
        <source>a message without an op code</source>
        <translation>eine Nachricht ohne Op-Code</translation>
    </message>
    <message>
        <source>an unexpected message (op %1)</source>
        <translation>eine unerwartete Nachricht (op %1)</translation>
    </message>
    <message>
        <source>the first message was not an obs-websocket 5 Hello</source>
        <translation>die erste Nachricht war kein Hello von obs-websocket 5</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Seconds before a copied stream key is cleared</source>
        <translation>Sekunden, bis ein kopierter Streamschlüssel aus der Zwischenablage entfernt wird</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation>Timeout für den Verbindungsaufbau in Sekunden</translation>
    </message>
    <message>
        <source>Read timeout in seconds</source>
        <translation>Lese-Timeout in Sekunden</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Clear a copied stream key &amp;after:</source>
        <translation>Kopierten Streamschlüssel entfernen &amp;nach:</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>&amp;Verbindungs-Timeout:</translation>
    </message>
    <message>
        <source>&amp;Read timeout:</source>
        <translation>&amp;Lese-Timeout:</translation>
    </message>
    <message>
        <source>A new language takes effect when the app starts again.</source>
        <translation>Eine neue Sprache wird beim nächsten Start der App wirksam.</translation>
    </message>
    <message>
        <source>Hosts allowed over plain HTTP</source>
        <translation>Hosts, die unverschlüsseltes HTTP verwenden dürfen</translation>
    </message>
    <message>
        <source>none (only this computer)</source>
        <translation>keine (nur dieser Computer)</translation>
    </message>
    <message>
        <source>Signed requests go over plain http:// only to this computer, unless the host is listed here (comma-separated). Anyone on the network can read such requests.</source>
        <translation>Signierte Anfragen werden über unverschlüsseltes http:// nur an diesen Computer gesendet, außer der Host ist hier aufgeführt (durch Kommas getrennt). Solche Anfragen kann jeder im Netzwerk mitlesen.</translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP to:</source>
        <translation>Unverschlüsseltes &amp;HTTP erlauben für:</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <source>C&amp;redentials…</source>
        <translation>&amp;Zugangsdaten…</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>P&amp;rüfen</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Credentials profile</source>
        <translation>Zugangsdaten-Profil</translation>
    </message>
    <message>
        <source>Manage credentials</source>
        <translation>Zugangsdaten verwalten</translation>
    </message>
    <message>
        <source>Check credentials</source>
        <translation>Zugangsdaten prüfen</translation>
    </message>
    <message>
        <source>Show the account and identity behind this profile</source>
        <translation>Konto und Identität hinter diesem Profil anzeigen</translation>
    </message>
    <message>
        <source>Account of the selected profile</source>
        <translation>Konto des ausgewählten Profils</translation>
    </message>
    <message>
        <source>Automatic (environment variables)</source>
        <translation>Automatisch (Umgebungsvariablen)</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
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
        <translation>Umgebung</translation>
    </message>
</context>
<context>
    <name>ResultNavigation</name>
    <message>
        <source>&amp;Filter the fields</source>
        <translation>Felder &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Next result</source>
        <translation>&amp;Nächstes Ergebnis</translation>
    </message>
    <message>
        <source>Pre&amp;vious result</source>
        <translation>&amp;Vorheriges Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Close result</source>
        <translation>Ergebnis &amp;schließen</translation>
    </message>
</context>
<context>
    <name>ResultTabs</name>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
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
        <translation>Felder der Ingest-Konfiguration</translation>
    </message>
    <message>
        <source>Raw JSON reply</source>
        <translation>JSON-Rohantwort</translation>
    </message>
    <message>
        <source>Views of the result</source>
        <translation>Ansichten des Ergebnisses</translation>
    </message>
    <message>
        <source>Name of the ingest configuration</source>
        <translation>Name der Ingest-Konfiguration</translation>
    </message>
    <message>
        <source>ARN of the ingest configuration</source>
        <translation>ARN der Ingest-Konfiguration</translation>
    </message>
    <message>
        <source>Last refreshed</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Fetch again (F5)</source>
        <translation>Erneut abrufen (F5)</translation>
    </message>
    <message>
        <source>Stream &amp;key:</source>
        <translation>&amp;Streamschlüssel:</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>Streamschlüssel</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the stream key</source>
        <translation>Streamschlüssel anzeigen</translation>
    </message>
    <message>
        <source>Show the stream key for a while (Ctrl+Shift+K)</source>
        <translation>Streamschlüssel kurz anzeigen (Strg+Umschalt+K)</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Copy the stream key</source>
        <translation>Streamschlüssel kopieren</translation>
    </message>
    <message>
        <source>Copy the stream key; the clipboard is cleared again after a while</source>
        <translation>Streamschlüssel kopieren; die Zwischenablage wird nach einer Weile wieder geleert</translation>
    </message>
    <message numerus="yes">
        <source>Stream key copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Streamschlüssel kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Streamschlüssel kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Last refreshed %1</source>
        <translation>Zuletzt aktualisiert um %1</translation>
    </message>
    <message>
        <source>Not associated with a stage</source>
        <translation>Keiner Stage zugeordnet</translation>
    </message>
    <message>
        <source>This ingest configuration has no stage, so its stream key cannot be used: an encoder that connects with it is refused. This typically follows DisconnectParticipant or DeleteStage; associate it with a stage again (UpdateIngestConfiguration).</source>
        <translation>Diese Ingest-Konfiguration hat keine Stage, daher ist ihr Streamschlüssel nicht verwendbar: Ein Encoder, der sich damit verbindet, wird abgewiesen. Das folgt typischerweise auf DisconnectParticipant oder DeleteStage; die Konfiguration wieder einer Stage zuordnen (UpdateIngestConfiguration).</translation>
    </message>
    <message>
        <source>Failed at %1</source>
        <translation>Fehlgeschlagen um %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide the stream key</source>
        <translation>Streamschlüssel ausblenden</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>&amp;Wert kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;key=value</source>
        <translation>Sch&amp;lüssel=Wert kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Als &amp;JSON kopieren</translation>
    </message>
    <message>
        <source>Filter the fields</source>
        <translation>Felder filtern</translation>
    </message>
    <message>
        <source>Filter fields, keys and values</source>
        <translation>Felder, API-Feldnamen und Werte filtern</translation>
    </message>
    <message>
        <source>Get it &amp;live</source>
        <translation>Live &amp;gehen</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>Fiel&amp;ds</source>
        <translation>&amp;Felder</translation>
    </message>
    <message>
        <source>Ra&amp;w JSON</source>
        <translation>Roh-&amp;JSON</translation>
    </message>
    <message>
        <source>Offline: last known view, from %1</source>
        <translation>Offline: zuletzt bekannter Stand (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n s)</source>
        <translation>
            <numerusform>%1 (%n s)</numerusform>
            <numerusform>%1 (%n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The request was cancelled before it finished.</source>
        <translation>Die Anfrage wurde abgebrochen, bevor sie abgeschlossen war.</translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>ResultsOverview</name>
    <message>
        <source>Overview of the inspected configurations</source>
        <translation>Übersicht der abgerufenen Konfigurationen</translation>
    </message>
</context>
<context>
    <name>SecretLineEdit</name>
    <message>
        <source>Secret</source>
        <translation>Geheimer Wert</translation>
    </message>
    <message>
        <source>Hide secret</source>
        <translation>Geheimen Wert ausblenden</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>Geheimen Wert anzeigen</translation>
    </message>
    <message>
        <source>Show or hide (Ctrl+H)</source>
        <translation>Anzeigen oder ausblenden (Strg+H)</translation>
    </message>
    <message>
        <source>Shown. Press Ctrl+H to hide.</source>
        <translation>Sichtbar. Mit Strg+H ausblenden.</translation>
    </message>
    <message>
        <source>Hidden. Press Ctrl+H to show.</source>
        <translation>Verborgen. Mit Strg+H anzeigen.</translation>
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
        <translation>Der Schlüsselbund hat keinen Eintrag für dieses Profil%1. Die Zugangsdaten erneut eingeben.</translation>
    </message>
    <message>
        <source>The system keychain is not available%1. On Linux it needs a desktop session with a Secret Service such as GNOME Keyring or KWallet. Credentials can be kept for this session only; nothing is written to disk.</source>
        <translation>Der System-Schlüsselbund ist nicht verfügbar%1. Unter Linux ist dafür eine Desktop-Sitzung mit einem Secret Service wie GNOME Keyring oder KWallet nötig. Zugangsdaten können nur für diese Sitzung behalten werden; dabei wird nichts auf den Datenträger geschrieben.</translation>
    </message>
    <message>
        <source>The system keychain refused access%1. Unlock it (for example by logging in again) and retry.</source>
        <translation>Der System-Schlüsselbund hat den Zugriff verweigert%1. Den Schlüsselbund entsperren (zum Beispiel durch erneutes Anmelden) und es erneut versuchen.</translation>
    </message>
    <message>
        <source>The system keychain did not answer%1. It may be waiting for an unlock prompt that cannot be shown; unlock it and retry, or keep the credentials for this session only.</source>
        <translation>Der System-Schlüsselbund hat nicht geantwortet%1. Möglicherweise wartet er auf eine Entsperrabfrage, die nicht angezeigt werden kann; den Schlüsselbund entsperren und es erneut versuchen oder die Zugangsdaten nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>The system keychain failed%1.</source>
        <translation>Fehler im System-Schlüsselbund%1.</translation>
    </message>
</context>
<context>
    <name>SsoCredentialProvider</name>
    <message>
        <source>Profile %1 names sso_session %2, but the config file has no [sso-session %2] section.</source>
        <translation>Profil %1 nennt sso_session %2, aber die Konfigurationsdatei hat keinen Abschnitt [sso-session %2].</translation>
    </message>
    <message>
        <source>Profile %1 is an SSO profile but lacks one of sso_start_url, sso_region, sso_account_id and sso_role_name.</source>
        <translation>Profil %1 ist ein SSO-Profil, aber es fehlt eine der Angaben sso_start_url, sso_region, sso_account_id und sso_role_name.</translation>
    </message>
    <message>
        <source>Run &quot;aws sso login --profile %1&quot;, then try again.</source>
        <translation>„aws sso login --profile %1“ ausführen und dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Profile %1 has no SSO login: %2. %3</source>
        <translation>Profil %1 hat keine SSO-Anmeldung: %2. %3</translation>
    </message>
    <message>
        <source>The SSO session of profile %1 expired at %2. %3</source>
        <translation>Die SSO-Sitzung von Profil %1 ist am %2 abgelaufen. %3</translation>
    </message>
    <message>
        <source>The SSO portal refused the login of profile %1 (%2). %3</source>
        <translation>Das SSO-Portal hat die Anmeldung von Profil %1 abgelehnt (%2). %3</translation>
    </message>
    <message>
        <source>IAM Identity Center could not give credentials for profile %1: %2</source>
        <translation>IAM Identity Center konnte keine Zugangsdaten für Profil %1 liefern: %2</translation>
    </message>
</context>
<context>
    <name>SsoRoleCredentialsCall</name>
    <message>
        <source>The SSO portal&apos;s reply has no usable role credentials.</source>
        <translation>Die Antwort des SSO-Portals enthält keine verwendbaren Rollen-Zugangsdaten.</translation>
    </message>
</context>
<context>
    <name>SsoTokenCache</name>
    <message>
        <source>there is no cached SSO token (%1)</source>
        <translation>es gibt kein zwischengespeichertes SSO-Token (%1)</translation>
    </message>
    <message>
        <source>the cached SSO token in %1 is incomplete</source>
        <translation>das zwischengespeicherte SSO-Token in %1 ist unvollständig</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>The reply has no &quot;stage&quot; object.</source>
        <translation>Die Antwort enthält kein Objekt „stage“.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; should be an object.</source>
        <translation>Das Element „%1“ sollte ein Objekt sein.</translation>
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
        <translation>Ein Publisher streamt gerade an die Stage.</translation>
    </message>
    <message>
        <source>Nothing is being published to the stage right now.</source>
        <translation>Derzeit wird nichts an die Stage gesendet.</translation>
    </message>
    <message>
        <source>The state of the ingest configuration is not known.</source>
        <translation>Der Status der Ingest-Konfiguration ist unbekannt.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>%1 (API value %2)</source>
        <translation>%1 (API-Wert %2)</translation>
    </message>
</context>
<context>
    <name>StsCall</name>
    <message>
        <source>The STS reply to %1 could not be read: %2</source>
        <translation>Die STS-Antwort auf %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no result element</source>
        <translation>kein Ergebniselement</translation>
    </message>
</context>
<context>
    <name>TerminalText</name>
    <message numerus="yes">
        <source>%1… (%n more character(s))</source>
        <translation>
            <numerusform>%1… (%n weiteres Zeichen)</numerusform>
            <numerusform>%1… (%n weitere Zeichen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weitere.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchController</name>
    <message>
        <source>Wa&amp;tch</source>
        <translation>&amp;Beobachten</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
</context>
<context>
    <name>WatchPanel</name>
    <message>
        <source>Watch this config&amp;uration</source>
        <translation>Diese &amp;Konfiguration beobachten</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Read it again at the interval and note every change of state, stage or participant</source>
        <translation>Sie im Intervall erneut lesen und jede Änderung von Status, Stage oder Teilnehmer festhalten</translation>
    </message>
    <message>
        <source>Seconds between looks</source>
        <translation>Sekunden zwischen zwei Abfragen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;every</source>
        <translation>all&amp;e</translation>
    </message>
    <message numerus="yes">
        <source>Looking every %n second(s): watching takes at most one of the 5 requests a second that the account shares per region, production included.</source>
        <translation>
            <numerusform>Abfrage im Abstand von %n Sekunde: Das Beobachten belegt höchstens eine der 5 Anfragen pro Sekunde, die sich das Konto je Region teilt – den Produktivbetrieb eingeschlossen.</numerusform>
            <numerusform>Abfrage im Abstand von %n Sekunden: Das Beobachten belegt höchstens eine der 5 Anfragen pro Sekunde, die sich das Konto je Region teilt – den Produktivbetrieb eingeschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n configuration(s) watched; the timeline is kept across restarts.</source>
        <translation>
            <numerusform>%n Konfiguration wird beobachtet; der Verlauf bleibt über Neustarts hinweg erhalten.</numerusform>
            <numerusform>%n Konfigurationen werden beobachtet; der Verlauf bleibt über Neustarts hinweg erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is watched. The timeline below is what earlier watches noted.</source>
        <translation>Nichts wird beobachtet. Der Verlauf unten zeigt, was frühere Beobachtungen festgehalten haben.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Timeline exported to %1.</source>
        <translation>Verlauf nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
</context>
<context>
    <name>WatchTimelineView</name>
    <message>
        <source>State timeline</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Could not read it: %1</source>
        <translation>Lesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Watching started</source>
        <translation>Beobachtung gestartet</translation>
    </message>
    <message>
        <source>Reachable again</source>
        <translation>Wieder erreichbar</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>State %1 → %2</source>
        <translation>Status %1 → %2</translation>
    </message>
    <message>
        <source>Stage %1 → %2</source>
        <translation>Stage %1 → %2</translation>
    </message>
    <message>
        <source>Participant %1 → %2</source>
        <translation>Teilnehmer %1 → %2</translation>
    </message>
    <message>
        <source>Redundant participants %1 → %2</source>
        <translation>Redundante Teilnehmer %1 → %2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
</context>
</TS>
