<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>Vaultscope</source>
        <translation>Vaultscope</translation>
    </message>
    <message>
        <source>Another Vaultscope window (%1) has this store open. This window shows it read-only, so the two never overwrite each other&apos;s work.</source>
        <translation>Ein anderes Vaultscope-Fenster (%1) hat diesen Speicher geöffnet. Dieses Fenster zeigt ihn schreibgeschützt, damit sich die beiden nie gegenseitig überschreiben.</translation>
    </message>
    <message>
        <source>%1: the store cannot be created: %2.</source>
        <translation>%1: der Speicher kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>This store cannot be locked for writing: %1. This window shows it read-only; nothing can be changed.</source>
        <translation>Dieser Speicher kann nicht zum Schreiben gesperrt werden: %1. Dieses Fenster zeigt ihn schreibgeschützt; nichts kann geändert werden.</translation>
    </message>
</context>
<context>
    <name>vaultscope</name>
    <message>
        <source>no baseline or benchmark sheet found (sheets: %1): expected the headers of a security baseline (Azure Control, Azure ID, Benchmark Recommendation), of a feature summary (ASB Control ID, Feature Name) or of a benchmark (ID, Control Domain, Recommendation)</source>
        <translation>kein Baseline- oder Benchmark-Blatt gefunden (Blätter: %1): erwartet wurden die Spaltenköpfe einer Sicherheitsbaseline (Azure Control, Azure ID, Benchmark Recommendation), einer Funktionsübersicht (ASB Control ID, Feature Name) oder eines Benchmarks (ID, Control Domain, Recommendation)</translation>
    </message>
    <message>
        <source>the workbook has the headers of a baseline but no rows under them</source>
        <translation>die Arbeitsmappe hat die Spaltenköpfe einer Baseline, aber keine Zeilen darunter</translation>
    </message>
</context>
<context>
    <name>vaultscope::ArmClient</name>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 antwortete %2</translation>
    </message>
    <message>
        <source>the answer is not complete JSON (%1 at offset %2)</source>
        <translation>die Antwort ist kein vollständiges JSON (%1 bei Position %2)</translation>
    </message>
    <message>
        <source>Resource Manager&apos;s read quota is low: spacing requests</source>
        <translation>Das Lesekontingent von Resource Manager ist niedrig: Anfragen werden verteilt</translation>
    </message>
    <message>
        <source>Resource Graph&apos;s query quota is spent until the next window</source>
        <translation>Das Abfragekontingent von Resource Graph ist bis zum nächsten Zeitfenster aufgebraucht</translation>
    </message>
    <message>
        <source>%1: the answer broke off</source>
        <translation>%1: die Antwort brach ab</translation>
    </message>
    <message>
        <source>%1: no connection (%2); trying again for %3 s at most</source>
        <translation>%1: keine Verbindung (%2); neuer Versuch für höchstens %3 s</translation>
    </message>
    <message>
        <source>refused: the answer names &apos;%1&apos;, which is not a path from the root</source>
        <translation>abgelehnt: die Antwort nennt „%1“, keinen Pfad ab der Wurzel</translation>
    </message>
    <message>
        <source>the list&apos;s nextLink repeats a page already read: not followed</source>
        <translation>der nextLink der Liste wiederholt eine bereits gelesene Seite: nicht gefolgt</translation>
    </message>
    <message>
        <source>the list goes on beyond %1 pages or %2 items: not read to the end</source>
        <translation>die Liste geht über %1 Seiten oder %2 Elemente hinaus: nicht bis zum Ende gelesen</translation>
    </message>
    <message>
        <source>refused: the list&apos;s nextLink names %1, not %2 that was asked</source>
        <translation>abgelehnt: der nextLink der Liste nennt %1, nicht das angefragte %2</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>keine vollständige Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB: refused</source>
        <translation>die Antwort ist größer als %1 MiB: abgelehnt</translation>
    </message>
    <message>
        <source>redirected to %1: not followed (a token never follows a redirect)</source>
        <translation>umgeleitet nach %1: nicht gefolgt (ein Token folgt nie einer Umleitung)</translation>
    </message>
</context>
<context>
    <name>vaultscope::ArmError</name>
    <message>
        <source>%1: no answer (%2)</source>
        <translation>%1: keine Antwort (%2)</translation>
    </message>
    <message>
        <source>%1 answered %2 %3: %4</source>
        <translation>%1 antwortete %2 %3: %4</translation>
    </message>
</context>
<context>
    <name>vaultscope::AuthConfig</name>
    <message>
        <source>&apos;%1&apos; is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>%1: plain http is allowed on 127.0.0.1 only with --allow-http-loopback (for a local test server).</source>
        <translation>%1: einfaches http ist nur auf 127.0.0.1 mit --allow-http-loopback erlaubt (für einen lokalen Testserver).</translation>
    </message>
    <message>
        <source>%1: https is required; sign-in and Resource Manager never go over plain http.</source>
        <translation>%1: https ist erforderlich; Anmeldung und Resource Manager laufen nie über einfaches http.</translation>
    </message>
    <message>
        <source>No client id: enter the application (client) id of your organization&apos;s app registration.</source>
        <translation>Keine Client-ID: Geben Sie die Anwendungs-ID (Client-ID) der App-Registrierung Ihrer Organisation ein.</translation>
    </message>
    <message>
        <source>The client id &apos;%1&apos; is not a GUID such as 3f0c1c55-8a7e-4d6b-9a0e-5e1c2b3d4f60.</source>
        <translation>Die Client-ID „%1“ ist keine GUID wie 3f0c1c55-8a7e-4d6b-9a0e-5e1c2b3d4f60.</translation>
    </message>
    <message>
        <source>The tenant &apos;%1&apos; is not &apos;organizations&apos;, a tenant id (GUID) or a domain such as contoso.onmicrosoft.com.</source>
        <translation>Der Mandant „%1“ ist weder „organizations“ noch eine Mandanten-ID (GUID) noch eine Domäne wie contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DNS suffix such as vault.example.com.</source>
        <translation>„%1“ ist kein DNS-Suffix wie vault.example.com.</translation>
    </message>
</context>
<context>
    <name>vaultscope::AuthService</name>
    <message>
        <source>A sign-in is already under way; finish or cancel it first.</source>
        <translation>Eine Anmeldung läuft bereits; schließen Sie sie zuerst ab oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>The browser did not come back within the time allowed; sign in again.</source>
        <translation>Der Browser kam nicht in der erlaubten Zeit zurück; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Sign-in did not complete: %1 — %2</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen: %1 — %2</translation>
    </message>
    <message>
        <source>%1 offers no device code sign-in.</source>
        <translation>%1 bietet keine Anmeldung mit Code an.</translation>
    </message>
    <message>
        <source>The code expired before it was entered; start again.</source>
        <translation>Der Code ist abgelaufen, bevor er eingegeben wurde; beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>The sign-in was declined on the verification page.</source>
        <translation>Die Anmeldung wurde auf der Bestätigungsseite abgelehnt.</translation>
    </message>
    <message>
        <source>The sign-in service did not recognise the code; start again.</source>
        <translation>Der Anmeldedienst hat den Code nicht erkannt; beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>The sign-in service returned no ID token.</source>
        <translation>Der Anmeldedienst lieferte kein ID-Token.</translation>
    </message>
    <message>
        <source>The sign-in was refused: %1.</source>
        <translation>Die Anmeldung wurde zurückgewiesen: %1.</translation>
    </message>
    <message>
        <source>No keychain is available (%1): this sign-in lasts until Vaultscope closes and is never written to a file.</source>
        <translation>Kein Schlüsselbund verfügbar (%1): Diese Anmeldung gilt, bis Vaultscope geschlossen wird, und wird nie in eine Datei geschrieben.</translation>
    </message>
    <message>
        <source>No account is signed in.</source>
        <translation>Kein Konto ist angemeldet.</translation>
    </message>
    <message>
        <source>No account &apos;%1&apos; is signed in.</source>
        <translation>Kein Konto „%1“ ist angemeldet.</translation>
    </message>
    <message>
        <source>Not signed in: sign in first (vaultscope login).</source>
        <translation>Nicht angemeldet: Melden Sie sich zuerst an (vaultscope login).</translation>
    </message>
    <message>
        <source>The sign-in of %1 is no longer available: sign in again.</source>
        <translation>Die Anmeldung von %1 ist nicht mehr verfügbar: Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>vaultscope::AzureCli</name>
    <message>
        <source>The Azure CLI (az) is not installed or not on PATH; install it and run &apos;az login&apos;, or sign in with the browser or a code.</source>
        <translation>Die Azure CLI (az) ist nicht installiert oder nicht im PATH; installieren Sie sie und führen Sie „az login“ aus, oder melden Sie sich im Browser oder mit einem Code an.</translation>
    </message>
    <message>
        <source>The Azure CLI is not signed in: run &apos;az login&apos; first (%1).</source>
        <translation>Die Azure CLI ist nicht angemeldet: Führen Sie zuerst „az login“ aus (%1).</translation>
    </message>
    <message>
        <source>The Azure CLI failed (exit %1): %2</source>
        <translation>Die Azure CLI ist fehlgeschlagen (Exit %1): %2</translation>
    </message>
    <message>
        <source>&apos;az account show&apos; did not name a user and tenant.</source>
        <translation>„az account show“ nannte keinen Benutzer und Mandanten.</translation>
    </message>
    <message>
        <source>&apos;az account get-access-token&apos; returned no token.</source>
        <translation>„az account get-access-token“ lieferte kein Token.</translation>
    </message>
</context>
<context>
    <name>vaultscope::BackupService</name>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>vaultscope::Backups</name>
    <message>
        <source>%1: cannot create the backup folder</source>
        <translation>%1: der Sicherungsordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot put the restored store in place</source>
        <translation>%1: der wiederhergestellte Speicher kann nicht eingesetzt werden</translation>
    </message>
</context>
<context>
    <name>vaultscope::BaselineCompareDialog</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Control title</source>
        <translation>Titel der Kontrolle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Unterstützt</translation>
    </message>
    <message>
        <source>Enabled by default</source>
        <translation>Standardmäßig aktiviert</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Verantwortung</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Verweise</translation>
    </message>
    <message>
        <source>Azure Policy</source>
        <translation>Azure Policy</translation>
    </message>
    <message>
        <source>Framework mappings</source>
        <translation>Zuordnungen zu Frameworks</translation>
    </message>
    <message>
        <source>+ Added</source>
        <translation>+ Hinzugefügt</translation>
    </message>
    <message>
        <source>− Removed</source>
        <translation>− Entfernt</translation>
    </message>
    <message>
        <source>≠ Changed</source>
        <translation>≠ Geändert</translation>
    </message>
    <message>
        <source>Compare baselines</source>
        <translation>Baselines vergleichen</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Tauschen</translation>
    </message>
    <message>
        <source>Swap older and newer</source>
        <translation>Ältere und neuere tauschen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>All differences</source>
        <translation>Alle Unterschiede</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>&amp;Older:</source>
        <translation>Ä&amp;ltere:</translation>
    </message>
    <message>
        <source>&amp;Newer:</source>
        <translation>&amp;Neuere:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Geänderte Felder</translation>
    </message>
    <message>
        <source>Both versions of the entry</source>
        <translation>Beide Fassungen des Eintrags</translation>
    </message>
    <message>
        <source>Import at least one baseline to compare.</source>
        <translation>Importieren Sie mindestens eine Baseline zum Vergleichen.</translation>
    </message>
    <message>
        <source>%1 → %2 entries: %3 changed, %4 added, %5 removed, %6 unchanged.</source>
        <translation>%1 → %2 Einträge: %3 geändert, %4 hinzugefügt, %5 entfernt, %6 unverändert.</translation>
    </message>
    <message>
        <source>Paired by control id alone (renamed): %1; by name alone (renumbered): %2.</source>
        <translation>Nur über die Kontroll-ID zugeordnet (umbenannt): %1; nur über den Namen (umnummeriert): %2.</translation>
    </message>
    <message>
        <source>%1 older and %2 newer entries could not be matched by control id or name; they are listed as removed and added.</source>
        <translation>%1 ältere und %2 neuere Einträge ließen sich weder über die Kontroll-ID noch über den Namen zuordnen; sie stehen als entfernt und hinzugefügt in der Liste.</translation>
    </message>
    <message>
        <source>The same baseline is chosen twice: choose another version to compare.</source>
        <translation>Dieselbe Baseline ist zweimal gewählt: wählen Sie eine andere Fassung zum Vergleichen.</translation>
    </message>
    <message>
        <source>No differences of this kind.</source>
        <translation>Keine Unterschiede dieser Art.</translation>
    </message>
    <message>
        <source>Older: %1</source>
        <translation>Ältere: %1</translation>
    </message>
    <message>
        <source>Newer: %1</source>
        <translation>Neuere: %1</translation>
    </message>
    <message>
        <source>not in this version</source>
        <translation>nicht in dieser Fassung</translation>
    </message>
</context>
<context>
    <name>vaultscope::CataloguePage</name>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Filtertext</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Unterstützt</translation>
    </message>
    <message>
        <source>Any support value</source>
        <translation>Jede Unterstützung</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Wahr</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Verantwortung</translation>
    </message>
    <message>
        <source>Any responsibility</source>
        <translation>Jede Verantwortung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Microsoft</source>
        <translation>Microsoft</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Select an entry to see its notes, guidance and references.</source>
        <translation>Wählen Sie einen Eintrag, um Hinweise, Anleitung und Verweise zu sehen.</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>Keine passenden Einträge.</translation>
    </message>
    <message>
        <source>No entries match the filter.</source>
        <translation>Keine Einträge entsprechen dem Filter.</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Einträge: %1</translation>
    </message>
    <message>
        <source>Entries: %1 of %2</source>
        <translation>Einträge: %1 von %2</translation>
    </message>
    <message>
        <source>Remove baseline…</source>
        <translation>Baseline entfernen…</translation>
    </message>
    <message>
        <source>Filter entries, or a framework id such as NIST AC-4 (Ctrl+F)</source>
        <translation>Einträge filtern oder eine Framework-ID wie NIST AC-4 (Strg+F)</translation>
    </message>
    <message>
        <source>Compare with another version…</source>
        <translation>Mit einer anderen Fassung vergleichen…</translation>
    </message>
    <message>
        <source>%1 · %2 · 1 entry</source>
        <translation>%1 · %2 · 1 Eintrag</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 entries</source>
        <translation>%1 · %2 · %3 Einträge</translation>
    </message>
</context>
<context>
    <name>vaultscope::CatalogueStore</name>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
</context>
<context>
    <name>vaultscope::CatalogueTreeModel</name>
    <message>
        <source>%1
Source: %2
Format: %3%4</source>
        <translation>%1
Quelle: %2
Format: %3%4</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Security attributes</source>
        <translation>Sicherheitsattribute</translation>
    </message>
    <message>
        <source>Security controls</source>
        <translation>Sicherheitskontrollen</translation>
    </message>
    <message>
        <source>Azure Security Benchmark v1</source>
        <translation>Azure Security Benchmark v1</translation>
    </message>
    <message>
        <source>Azure Security Benchmark v2</source>
        <translation>Azure Security Benchmark v2</translation>
    </message>
    <message>
        <source>Cloud security benchmark v1</source>
        <translation>Cloud Security Benchmark v1</translation>
    </message>
    <message>
        <source>Security features overview</source>
        <translation>Sicherheitsübersicht</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Azure Security Benchmark v3</source>
        <translation>Azure Security Benchmark v3</translation>
    </message>
    <message>
        <source>Benchmark controls</source>
        <translation>Benchmark-Kontrollen</translation>
    </message>
    <message>
        <source>spreadsheet</source>
        <translation>Tabelle</translation>
    </message>
</context>
<context>
    <name>vaultscope::CloudOrigins</name>
    <message>
        <source>&apos;%1&apos; is not a valid Resource Manager URL.</source>
        <translation>„%1“ ist keine gültige Resource-Manager-URL.</translation>
    </message>
    <message>
        <source>%1: https is required; Resource Manager is never read over plain http (except on 127.0.0.1 with --allow-http-loopback, for a local test server).</source>
        <translation>%1: https ist erforderlich; Resource Manager wird nie über unverschlüsseltes http gelesen (außer auf 127.0.0.1 mit --allow-http-loopback, für einen lokalen Testserver).</translation>
    </message>
    <message>
        <source>refused: the answer names %1, not Resource Manager of %2 (%3)</source>
        <translation>abgelehnt: die Antwort nennt %1, nicht Resource Manager von %2 (%3)</translation>
    </message>
    <message>
        <source>refused: the answer names %1, not a Key Vault host of %2</source>
        <translation>abgelehnt: die Antwort nennt %1, keinen Key-Vault-Host von %2</translation>
    </message>
</context>
<context>
    <name>vaultscope::CompareDialog</name>
    <message>
        <source>Compliant</source>
        <translation>Konform</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>Nicht konform</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Nicht vorhanden</translation>
    </message>
    <message>
        <source>Compare snapshots</source>
        <translation>Momentaufnahmen vergleichen</translation>
    </message>
    <message>
        <source>From “%1” to “%2”: %3 changed results (%4 now compliant, %5 now non-compliant).</source>
        <translation>Von „%1“ zu „%2“: %3 geänderte Ergebnisse (%4 jetzt konform, %5 jetzt nicht konform).</translation>
    </message>
    <message>
        <source>Changed results</source>
        <translation>Geänderte Ergebnisse</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>(the vault itself)</source>
        <translation>(der Tresor selbst)</translation>
    </message>
</context>
<context>
    <name>vaultscope::Completeness</name>
    <message>
        <source>%1 of %2 subscriptions, %3 vaults</source>
        <translation>%1 von %2 Abonnements, %3 Tresore</translation>
    </message>
    <message>
        <source>: %1 failed (%2 on &apos;%3&apos;%4)</source>
        <translation>: %1 fehlgeschlagen (%2 bei „%3“%4)</translation>
    </message>
    <message>
        <source>; related resources missing for %1 vaults (their results are unknown)</source>
        <translation>; zugehörige Ressourcen fehlen für %1 Tresore (ihre Ergebnisse sind unbekannt)</translation>
    </message>
    <message>
        <source>; %1 items of odd shape skipped</source>
        <translation>; %1 Elemente ungewöhnlicher Form übersprungen</translation>
    </message>
</context>
<context>
    <name>vaultscope::CompletenessBanner</name>
    <message>
        <source>Live scan, complete: %1.</source>
        <translation>Live-Scan, vollständig: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Incomplete scan:&lt;/b&gt; %1. Results cover only what was read.</source>
        <translation>&lt;b&gt;Unvollständiger Scan:&lt;/b&gt; %1. Die Ergebnisse umfassen nur, was gelesen wurde.</translation>
    </message>
    <message>
        <source>… and %1 more subscriptions (snapshot list --json lists them all).</source>
        <translation>… und %1 weitere Abonnements (snapshot list --json listet alle).</translation>
    </message>
    <message>
        <source>Not scanned: %1</source>
        <translation>Nicht gescannt: %1</translation>
    </message>
</context>
<context>
    <name>vaultscope::DashboardPage</name>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Results: compliant, non-compliant and unknown</source>
        <translation>Ergebnisse: konform, nicht konform und unbekannt</translation>
    </message>
    <message>
        <source>Subscriptions, worst first</source>
        <translation>Abonnements, schwächste zuerst</translation>
    </message>
    <message>
        <source>Results per subscription</source>
        <translation>Ergebnisse je Abonnement</translation>
    </message>
    <message>
        <source>Pass rate per policy definition, worst first</source>
        <translation>Erfüllungsquote je Richtliniendefinition, schwächste zuerst</translation>
    </message>
    <message>
        <source>Pass rate per definition</source>
        <translation>Erfüllungsquote je Definition</translation>
    </message>
    <message>
        <source>Trend across snapshots</source>
        <translation>Verlauf über Momentaufnahmen</translation>
    </message>
    <message>
        <source>Score across snapshots of this tenant</source>
        <translation>Wert über die Momentaufnahmen dieses Mandanten</translation>
    </message>
    <message>
        <source>Pass rate per subscription and control (worst subscriptions first)</source>
        <translation>Erfüllungsquote je Abonnement und Kontrolle (schwächste Abonnements zuerst)</translation>
    </message>
    <message>
        <source>Score %1 · %2 compliant · %3 non-compliant · %4 unknown · %5 vaults in %6 subscriptions</source>
        <translation>Wert %1 · %2 konform · %3 nicht konform · %4 unbekannt · %5 Tresore in %6 Abonnements</translation>
    </message>
    <message>
        <source>%1: %2 results (%3)</source>
        <translation>%1: %2 Ergebnisse (%3)</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Wert %1</translation>
    </message>
    <message numerus="yes">
        <source>%n other subscription(s)</source>
        <translation>
            <numerusform>%n weiteres Abonnement</numerusform>
            <numerusform>%n weitere Abonnements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>other subscriptions</source>
        <translation>weitere Abonnements</translation>
    </message>
    <message>
        <source>%1: %2 compliant</source>
        <translation>%1: %2 konform</translation>
    </message>
    <message>
        <source>%1: %2 compliant, %3 non-compliant</source>
        <translation>%1: %2 konform, %3 nicht konform</translation>
    </message>
    <message>
        <source>All subscriptions</source>
        <translation>Alle Abonnements</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Momentaufnahme</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Trend: one snapshot of this tenant so far</source>
        <translation>Verlauf: bisher eine Momentaufnahme dieses Mandanten</translation>
    </message>
    <message numerus="yes">
        <source>Trend across %n snapshot(s)</source>
        <translation>
            <numerusform>Verlauf über %n Momentaufnahme</numerusform>
            <numerusform>Verlauf über %n Momentaufnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Key Vault objects: %n key(s)</source>
        <translation>
            <numerusform>Key-Vault-Objekte: %n Schlüssel</numerusform>
            <numerusform>Key-Vault-Objekte: %n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s)</source>
        <translation>
            <numerusform>%n Geheimnis</numerusform>
            <numerusform>%n Geheimnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n Zertifikat</numerusform>
            <numerusform>%n Zertifikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without expiry</source>
        <translation>
            <numerusform>%n ohne Ablaufdatum</numerusform>
            <numerusform>%n ohne Ablaufdatum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expiring within %1 days of the capture</source>
        <translation>
            <numerusform>%n läuft innerhalb von %1 Tagen nach der Erfassung ab</numerusform>
            <numerusform>%n laufen innerhalb von %1 Tagen nach der Erfassung ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already expired</source>
        <translation>
            <numerusform>%n bereits abgelaufen</numerusform>
            <numerusform>%n bereits abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the snapshot…</source>
        <translation>Momentaufnahme wird gelesen…</translation>
    </message>
</context>
<context>
    <name>vaultscope::Database</name>
    <message>
        <source>%1: cannot read the database: %2</source>
        <translation>%1: Datenbank kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a SQLite database (damaged, or another kind of file). Vaultscope leaves it untouched; move it away or choose another file with --db.</source>
        <translation>%1: keine SQLite-Datenbank (beschädigt oder eine andere Art von Datei). Vaultscope lässt sie unverändert; verschieben Sie sie oder wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1: Datenbank kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: the database is damaged (%2). Vaultscope leaves it untouched; restore a backup or move it away.</source>
        <translation>%1: die Datenbank ist beschädigt (%2). Vaultscope lässt sie unverändert; stellen Sie eine Sicherung wieder her oder verschieben Sie sie.</translation>
    </message>
    <message>
        <source>%1: this SQLite database belongs to another program; Vaultscope will not change it. Choose another file with --db.</source>
        <translation>%1: diese SQLite-Datenbank gehört zu einem anderen Programm; Vaultscope ändert sie nicht. Wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <source>%1: the database was written by a newer Vaultscope (schema %2; this version reads up to %3). Vaultscope leaves it untouched.</source>
        <translation>%1: die Datenbank wurde von einem neueren Vaultscope geschrieben (Schema %2; diese Version liest bis %3). Vaultscope lässt sie unverändert.</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1: Transaktion kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the schema: %2</source>
        <translation>%1: Schema kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>database statement failed (%1): %2</source>
        <translation>Datenbankanweisung fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>%1: cannot read the store&apos;s settings: %2</source>
        <translation>%1: die Einstellungen des Speichers sind nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the store&apos;s settings: %2</source>
        <translation>%1: die Einstellungen des Speichers können nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>vaultscope::DeviceCodeDialog</name>
    <message>
        <source>Sign in with a code</source>
        <translation>Mit einem Code anmelden</translation>
    </message>
    <message>
        <source>Copy &amp;code</source>
        <translation>&amp;Code kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>&amp;Adresse kopieren</translation>
    </message>
    <message>
        <source>On any device with a browser, open the address below, enter the code and sign in. Vaultscope continues by itself once you have.</source>
        <translation>Öffnen Sie auf einem beliebigen Gerät mit Browser die Adresse unten, geben Sie den Code ein und melden Sie sich an. Vaultscope fährt danach von selbst fort.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>The code is valid for %1:%2 more.</source>
        <translation>Der Code ist noch %1:%2 gültig.</translation>
    </message>
    <message>
        <source>The code has expired.</source>
        <translation>Der Code ist abgelaufen.</translation>
    </message>
</context>
<context>
    <name>vaultscope::EmptyEstateView</name>
    <message>
        <source>Scan Azure…</source>
        <translation>Azure scannen…</translation>
    </message>
    <message>
        <source>Import an export…</source>
        <translation>Einen Export importieren…</translation>
    </message>
    <message>
        <source>Open the demo estate</source>
        <translation>Demo-Umgebung öffnen</translation>
    </message>
    <message>
        <source>No estate yet</source>
        <translation>Noch keine Umgebung</translation>
    </message>
    <message>
        <source>This store holds no snapshot of vaults, so there is no posture to show. The catalogue of baselines is there to browse already. Bring in an estate in one of three ways:</source>
        <translation>Dieser Speicher enthält keine Momentaufnahme von Tresoren, daher gibt es keine Lage zu zeigen. Der Katalog der Baselines steht schon zum Durchsehen bereit. Holen Sie eine Umgebung auf einem von drei Wegen herein:</translation>
    </message>
    <message>
        <source>Sign in with Entra ID and read the vaults of the subscriptions you choose, live. The Reader role is enough; Vaultscope never changes anything in Azure.</source>
        <translation>Mit Entra ID anmelden und die Tresore der gewählten Abonnements live lesen. Die Rolle „Leser“ genügt; Vaultscope ändert nie etwas in Azure.</translation>
    </message>
    <message>
        <source>Open a JSON file an administrator made for you, for example with az graph query, or a snapshot exported from another Vaultscope. Works without a network.</source>
        <translation>Eine JSON-Datei öffnen, die ein Administrator für Sie erstellt hat, etwa mit az graph query, oder eine aus einem anderen Vaultscope exportierte Momentaufnahme. Funktioniert ohne Netzwerk.</translation>
    </message>
    <message>
        <source>Explore a generated estate of 240 vaults in 12 subscriptions, with Key Vault objects, to see what Vaultscope shows before your own estate is in.</source>
        <translation>Eine erzeugte Umgebung mit 240 Tresoren in 12 Abonnements samt Key-Vault-Objekten erkunden, um zu sehen, was Vaultscope zeigt, bevor Ihre eigene Umgebung da ist.</translation>
    </message>
</context>
<context>
    <name>vaultscope::EntryDetailsView</name>
    <message>
        <source>Entry details</source>
        <translation>Eintragsdetails</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Unterstützt</translation>
    </message>
    <message>
        <source>Enabled by default</source>
        <translation>Standardmäßig aktiviert</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Verantwortung</translation>
    </message>
    <message>
        <source>Security Center monitoring</source>
        <translation>Security-Center-Überwachung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Verweise</translation>
    </message>
    <message>
        <source>Azure Policy definitions</source>
        <translation>Azure Policy-Definitionen</translation>
    </message>
    <message>
        <source>Source: %1, line %2</source>
        <translation>Quelle: %1, Zeile %2</translation>
    </message>
    <message>
        <source>Framework mappings</source>
        <translation>Zuordnungen zu Frameworks</translation>
    </message>
    <message>
        <source>In the benchmark</source>
        <translation>Im Benchmark</translation>
    </message>
    <message>
        <source>Maps to %1</source>
        <translation>Entspricht %1</translation>
    </message>
    <message>
        <source>Baselines with this control</source>
        <translation>Baselines mit dieser Kontrolle</translation>
    </message>
    <message>
        <source>evaluated by Vaultscope</source>
        <translation>von Vaultscope ausgewertet</translation>
    </message>
</context>
<context>
    <name>vaultscope::EntryTableModel</name>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Unterstützt</translation>
    </message>
    <message>
        <source>Enabled by default</source>
        <translation>Standardmäßig aktiviert</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Verantwortung</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation>%1 % (%2 von %3)</translation>
    </message>
    <message>
        <source>Snapshot “%1”: %2 compliant, %3 non-compliant, %4 unknown results of the policy definitions mapped to %5, over this service&apos;s vaults</source>
        <translation>Momentaufnahme „%1“: %2 konforme, %3 nicht konforme, %4 unbekannte Ergebnisse der %5 zugeordneten Richtliniendefinitionen über die Tresore dieses Dienstes</translation>
    </message>
    <message>
        <source>Live posture</source>
        <translation>Aktueller Stand</translation>
    </message>
</context>
<context>
    <name>vaultscope::ExportFiles</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>vaultscope::FilterBar</name>
    <message>
        <source>Filter by subscription</source>
        <translation>Nach Abonnement filtern</translation>
    </message>
    <message>
        <source>Filter by resource group</source>
        <translation>Nach Ressourcengruppe filtern</translation>
    </message>
    <message>
        <source>Filter by region</source>
        <translation>Nach Region filtern</translation>
    </message>
    <message>
        <source>Filter by vault type</source>
        <translation>Nach Tresortyp filtern</translation>
    </message>
    <message>
        <source>Filter by policy definition</source>
        <translation>Nach Richtliniendefinition filtern</translation>
    </message>
    <message>
        <source>Filter by control</source>
        <translation>Nach Kontrolle filtern</translation>
    </message>
    <message>
        <source>Filter by result</source>
        <translation>Nach Ergebnis filtern</translation>
    </message>
    <message>
        <source>C&amp;lear filter</source>
        <translation>Filter &amp;löschen</translation>
    </message>
    <message>
        <source>All subscriptions</source>
        <translation>Alle Abonnements</translation>
    </message>
    <message>
        <source>All resource groups</source>
        <translation>Alle Ressourcengruppen</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle Regionen</translation>
    </message>
    <message>
        <source>All vault types</source>
        <translation>Alle Tresortypen</translation>
    </message>
    <message>
        <source>All definitions</source>
        <translation>Alle Definitionen</translation>
    </message>
    <message>
        <source>All controls</source>
        <translation>Alle Kontrollen</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Showing: %1 — %2 vaults</source>
        <translation>Angezeigt: %1 — %2 Tresore</translation>
    </message>
</context>
<context>
    <name>vaultscope::GraphPage</name>
    <message>
        <source>a vault list item without a string id and type</source>
        <translation>ein Element der Tresorliste ohne Zeichenketten-ID und -Typ</translation>
    </message>
    <message>
        <source>a vault whose id is not a plain resource id: %1</source>
        <translation>ein Tresor, dessen ID keine einfache Ressourcen-ID ist: %1</translation>
    </message>
</context>
<context>
    <name>vaultscope::HeatMapView</name>
    <message>
        <source>Heat map: pass rate per subscription and control</source>
        <translation>Heatmap: Erfüllungsquote je Abonnement und Kontrolle</translation>
    </message>
    <message>
        <source>%1, control %2: %3 % compliant (%4 compliant, %5 non-compliant, %6 unknown)</source>
        <translation>%1, Kontrolle %2: %3 % konform (%4 konform, %5 nicht konform, %6 unbekannt)</translation>
    </message>
    <message>
        <source>%1, control %2: only unknown results (%3): the data they need was not captured</source>
        <translation>%1, Kontrolle %2: nur unbekannte Ergebnisse (%3): die nötigen Daten wurden nicht erfasst</translation>
    </message>
    <message>
        <source>%1, control %2: no vaults</source>
        <translation>%1, Kontrolle %2: keine Tresore</translation>
    </message>
    <message>
        <source>no vaults</source>
        <translation>keine Tresore</translation>
    </message>
</context>
<context>
    <name>vaultscope::IdTokenVerifier</name>
    <message>
        <source>the ID token is not a signed JWT</source>
        <translation>das ID-Token ist kein signiertes JWT</translation>
    </message>
    <message>
        <source>the ID token is signed with %1, not RS256</source>
        <translation>das ID-Token ist mit %1 signiert, nicht mit RS256</translation>
    </message>
    <message>
        <source>the ID token&apos;s signature does not verify against the provider&apos;s keys</source>
        <translation>die Signatur des ID-Tokens lässt sich mit den Schlüsseln des Anbieters nicht bestätigen</translation>
    </message>
    <message>
        <source>the ID token comes from %1, not from %2</source>
        <translation>das ID-Token kommt von %1, nicht von %2</translation>
    </message>
    <message>
        <source>the ID token is meant for another application</source>
        <translation>das ID-Token ist für eine andere Anwendung bestimmt</translation>
    </message>
    <message>
        <source>the ID token has expired</source>
        <translation>das ID-Token ist abgelaufen</translation>
    </message>
    <message>
        <source>the ID token is not valid yet</source>
        <translation>das ID-Token ist noch nicht gültig</translation>
    </message>
    <message>
        <source>the ID token does not answer this sign-in (nonce mismatch)</source>
        <translation>das ID-Token gehört nicht zu dieser Anmeldung (Nonce stimmt nicht)</translation>
    </message>
    <message>
        <source>the ID token was issued to another party (azp)</source>
        <translation>das ID-Token wurde einer anderen Partei ausgestellt (azp)</translation>
    </message>
    <message>
        <source>the ID token&apos;s %1 is not a number</source>
        <translation>%1 des ID-Tokens ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>vaultscope::Import</name>
    <message>
        <source>no benchmark recommendations found</source>
        <translation>keine Benchmark-Empfehlungen gefunden</translation>
    </message>
    <message>
        <source>no benchmark features found</source>
        <translation>keine Benchmark-Features gefunden</translation>
    </message>
    <message>
        <source>the overview has no sections</source>
        <translation>die Übersicht hat keine Abschnitte</translation>
    </message>
    <message>
        <source>the attribute or control tables hold no rows</source>
        <translation>die Attribut- oder Kontrolltabellen enthalten keine Zeilen</translation>
    </message>
    <message>
        <source>no baseline content found: expected security attribute or control tables, benchmark recommendations (&quot;### NS-1: ...&quot; or &quot;### 1.1: ...&quot;), benchmark features, or a security overview</source>
        <translation>keine Baseline-Inhalte gefunden: erwartet werden Tabellen mit Sicherheitsattributen oder -kontrollen, Benchmark-Empfehlungen („### NS-1: …“ oder „### 1.1: …“), Benchmark-Features oder eine Sicherheitsübersicht</translation>
    </message>
</context>
<context>
    <name>vaultscope::ImportResultsDialog</name>
    <message>
        <source>Import results</source>
        <translation>Importergebnisse</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Already in the catalogue</source>
        <translation>Bereits im Katalog</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Import cancelled; the files not listed were not imported.</source>
        <translation>Import abgebrochen; die nicht aufgeführten Dateien wurden nicht importiert.</translation>
    </message>
    <message>
        <source>%1 — %2 (entries: %3)</source>
        <translation>%1 — %2 (Einträge: %3)</translation>
    </message>
    <message>
        <source>Imported: %1 · Failed: %2</source>
        <translation>Importiert: %1 · Fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Files that failed left the catalogue unchanged.</source>
        <translation>Fehlgeschlagene Dateien haben den Katalog nicht verändert.</translation>
    </message>
</context>
<context>
    <name>vaultscope::LoopbackReceiver</name>
    <message>
        <source>Cannot listen on 127.0.0.1 for the sign-in redirect: %1</source>
        <translation>Auf 127.0.0.1 kann nicht auf die Anmeldeweiterleitung gewartet werden: %1</translation>
    </message>
    <message>
        <source>This address only takes Vaultscope&apos;s sign-in redirect.</source>
        <translation>Diese Adresse nimmt nur die Anmeldeweiterleitung von Vaultscope an.</translation>
    </message>
    <message>
        <source>This sign-in answer does not belong to the sign-in Vaultscope started. It was ignored.</source>
        <translation>Diese Anmeldeantwort gehört nicht zu der Anmeldung, die Vaultscope begonnen hat. Sie wurde ignoriert.</translation>
    </message>
    <message>
        <source>Sign-in did not complete: %1. You can close this tab and return to Vaultscope.</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen: %1. Sie können diesen Tab schließen und zu Vaultscope zurückkehren.</translation>
    </message>
    <message>
        <source>You are signed in to Vaultscope. You can close this tab.</source>
        <translation>Sie sind bei Vaultscope angemeldet. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>Cannot listen on both loopback addresses (127.0.0.1 and ::1) for the sign-in redirect: another program holds the ports tried</source>
        <translation>Auf beiden Loopback-Adressen (127.0.0.1 und ::1) kann nicht auf die Anmelde-Weiterleitung gewartet werden: ein anderes Programm belegt die versuchten Ports</translation>
    </message>
    <message>
        <source>This sign-in is finished; this answer was not taken.</source>
        <translation>Diese Anmeldung ist abgeschlossen; diese Antwort wurde nicht angenommen.</translation>
    </message>
</context>
<context>
    <name>vaultscope::MainWindow</name>
    <message>
        <source>Vaultscope</source>
        <translation>Vaultscope</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import baselines…</source>
        <translation>Baselines &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Vaultscope</source>
        <translation>&amp;Über Vaultscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Import baselines</source>
        <translation>Baselines importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language changes when Vaultscope starts next.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Vaultscope.</translation>
    </message>
    <message>
        <source>About Vaultscope</source>
        <translation>Über Vaultscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vaultscope %1&lt;/h3&gt;&lt;p&gt;A compliance dashboard for Azure security baselines.&lt;/p&gt;&lt;p&gt;Bundled baselines: Microsoft Docs, © Microsoft Corporation, licensed under CC BY 4.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vaultscope %1&lt;/h3&gt;&lt;p&gt;Ein Compliance-Dashboard für Azure-Sicherheitsbaselines.&lt;/p&gt;&lt;p&gt;Mitgelieferte Baselines: Microsoft Docs, © Microsoft Corporation, lizenziert unter CC BY 4.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Baselines: %1 · Entries: %2 · Database: %3</source>
        <translation>Baselines: %1 · Einträge: %2 · Datenbank: %3</translation>
    </message>
    <message>
        <source>Importing files: %1…</source>
        <translation>Dateien werden importiert: %1…</translation>
    </message>
    <message>
        <source>Remove baseline</source>
        <translation>Baseline entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” and all its entries from the catalogue? The source document is not touched and can be imported again.</source>
        <translation>„%1“ mit allen Einträgen aus dem Katalog entfernen? Das Quelldokument bleibt unberührt und kann erneut importiert werden.</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Katalog</translation>
    </message>
    <message>
        <source>&amp;Vaults</source>
        <translation>&amp;Tresore</translation>
    </message>
    <message>
        <source>Snapshot %1 stored.</source>
        <translation>Momentaufnahme %1 gespeichert.</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Import &amp;estate…</source>
        <translation>&amp;Umgebung importieren…</translation>
    </message>
    <message>
        <source>Import an estate export (az graph query output, ARM or Resource Graph responses)</source>
        <translation>Einen Umgebungsexport importieren (Ausgabe von az graph query, ARM- oder Resource-Graph-Antworten)</translation>
    </message>
    <message>
        <source>Open &amp;demo estate</source>
        <translation>&amp;Demo-Umgebung öffnen</translation>
    </message>
    <message>
        <source>Import estate</source>
        <translation>Umgebung importieren</translation>
    </message>
    <message>
        <source>Estate exports (*.json);;All files (*)</source>
        <translation>Umgebungsexporte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading and evaluating %1…</source>
        <translation>%1 wird gelesen und ausgewertet…</translation>
    </message>
    <message>
        <source>Generating and evaluating the demo estate…</source>
        <translation>Demo-Umgebung wird erzeugt und ausgewertet…</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Bewertung</translation>
    </message>
    <message>
        <source>E&amp;xport reviews…</source>
        <translation>Bewertungen e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write reviews with their history and evidence to a bundle for a colleague</source>
        <translation>Bewertungen mit Verlauf und Nachweisen als Paket für Kolleginnen und Kollegen schreiben</translation>
    </message>
    <message>
        <source>Imp&amp;ort reviews…</source>
        <translation>Bewertungen imp&amp;ortieren…</translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s review bundle into this store</source>
        <translation>Das Bewertungspaket einer Kollegin oder eines Kollegen in diesen Speicher zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Vaultscope (read-only)</source>
        <translation>Vaultscope (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Export reviews</source>
        <translation>Bewertungen exportieren</translation>
    </message>
    <message>
        <source>Exported %1 reviews and %2 evidence files to %3.</source>
        <translation>%1 Bewertungen und %2 Nachweisdateien nach %3 exportiert.</translation>
    </message>
    <message>
        <source>Import reviews</source>
        <translation>Bewertungen importieren</translation>
    </message>
    <message>
        <source>%1 new reviews, %2 already equal, %3 conflicts (%4 taken from the bundle), %5 history entries and %6 evidence files added.</source>
        <translation>%1 neue Bewertungen, %2 bereits gleich, %3 Konflikte (%4 aus dem Paket übernommen), %5 Verlaufseinträge und %6 Nachweisdateien hinzugefügt.</translation>
    </message>
    <message>
        <source>Review bundles (*.vsreview)</source>
        <translation>Bewertungspakete (*.vsreview)</translation>
    </message>
    <message>
        <source>Review bundles (*.vsreview);;All files (*)</source>
        <translation>Bewertungspakete (*.vsreview);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There are no backups of this store yet.</source>
        <translation>Von diesem Speicher gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Replace the store with this backup? The store as it is now is kept as a backup first.</source>
        <translation>Den Speicher durch diese Sicherung ersetzen? Der jetzige Stand wird vorher selbst gesichert.</translation>
    </message>
    <message>
        <source>The store was restored from %1.</source>
        <translation>Der Speicher wurde aus %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>Write the audit report of the current snapshot as PDF, CSV or JSON</source>
        <translation>Den Prüfbericht der aktuellen Momentaufnahme als PDF, CSV oder JSON schreiben</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>There is no snapshot to report on: import an estate or open the demo estate.</source>
        <translation>Es gibt keine Momentaufnahme für einen Bericht: Importieren Sie eine Umgebung oder öffnen Sie die Demo-Umgebung.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
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
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>A report is being written already; wait for it or cancel it first.</source>
        <translation>Es wird bereits ein Bericht geschrieben; warten Sie darauf oder brechen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign in with Microsoft Entra ID in the system browser</source>
        <translation>Mit Microsoft Entra ID im Systembrowser anmelden</translation>
    </message>
    <message>
        <source>Sign in with a &amp;code…</source>
        <translation>Mit einem &amp;Code anmelden…</translation>
    </message>
    <message>
        <source>Sign in on another device with a code (SSH sessions, locked-down laptops)</source>
        <translation>Auf einem anderen Gerät mit einem Code anmelden (SSH-Sitzungen, abgeschottete Laptops)</translation>
    </message>
    <message>
        <source>Use my &amp;Azure CLI sign-in</source>
        <translation>Meine &amp;Azure-CLI-Anmeldung verwenden</translation>
    </message>
    <message>
        <source>Take tokens from &apos;az account get-access-token&apos; each time one is needed</source>
        <translation>Token bei Bedarf jedes Mal von „az account get-access-token“ holen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Sign-in se&amp;ttings…</source>
        <translation>Anmelde&amp;einstellungen…</translation>
    </message>
    <message>
        <source>Signing in in the browser…</source>
        <translation>Anmeldung im Browser…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address yourself:
%1</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie diese Adresse selbst:
%1</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>%1 · tenant %2</source>
        <translation>%1 · Mandant %2</translation>
    </message>
    <message>
        <source>Signed in (%1) at %2</source>
        <translation>Angemeldet (%1) bei %2</translation>
    </message>
    <message>
        <source>Sign in with Microsoft Entra ID to scan your estate</source>
        <translation>Mit Microsoft Entra ID anmelden, um Ihre Umgebung zu prüfen</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Signed out: the account&apos;s tokens are gone from this computer.</source>
        <translation>Abgemeldet: Die Token des Kontos sind von diesem Computer entfernt.</translation>
    </message>
    <message>
        <source>&amp;Scan Azure…</source>
        <translation>Azure &amp;scannen…</translation>
    </message>
    <message>
        <source>Read the estate live with the signed-in account (reads only)</source>
        <translation>Die Umgebung live mit dem angemeldeten Konto lesen (nur lesend)</translation>
    </message>
    <message>
        <source>Scanning Azure: %1 %, %2 vaults so far…</source>
        <translation>Azure wird gescannt: %1 %, bisher %2 Tresore…</translation>
    </message>
    <message>
        <source>Scan stored as snapshot %1: %2</source>
        <translation>Scan als Momentaufnahme %1 gespeichert: %2</translation>
    </message>
    <message>
        <source>Import Microsoft security baselines: documents (markdown or text) or spreadsheets (.xlsx)</source>
        <translation>Microsoft-Sicherheitsbaselines importieren: Dokumente (Markdown oder Text) oder Tabellen (.xlsx)</translation>
    </message>
    <message>
        <source>Co&amp;mpare baselines…</source>
        <translation>Baselines &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Compare two versions of a baseline: added, removed and changed entries</source>
        <translation>Zwei Fassungen einer Baseline vergleichen: hinzugefügte, entfernte und geänderte Einträge</translation>
    </message>
    <message>
        <source>Compare baselines</source>
        <translation>Baselines vergleichen</translation>
    </message>
    <message>
        <source>The catalogue is empty: import baselines first.</source>
        <translation>Der Katalog ist leer: importieren Sie zuerst Baselines.</translation>
    </message>
    <message>
        <source>Baselines (*.md *.markdown *.txt *.xlsx);;All files (*)</source>
        <translation>Baselines (*.md *.markdown *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>vaultscope::MergeConflictsDialog</name>
    <message>
        <source> until %1, approved by %2</source>
        <translation> bis %1, genehmigt von %2</translation>
    </message>
    <message>
        <source>Review conflicts</source>
        <translation>Bewertungskonflikte</translation>
    </message>
    <message>
        <source>These reviews differ between your store and the bundle. Both histories are kept. Tick the rows where the bundle&apos;s review should replace yours.</source>
        <translation>Diese Bewertungen unterscheiden sich zwischen Ihrem Speicher und dem Paket. Beide Verläufe bleiben erhalten. Kreuzen Sie die Zeilen an, in denen die Bewertung aus dem Paket Ihre ersetzen soll.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>Bundle&apos;s (tick to take)</source>
        <translation>Aus dem Paket (zum Übernehmen ankreuzen)</translation>
    </message>
</context>
<context>
    <name>vaultscope::OAuthAnswers</name>
    <message>
        <source>%1 is not an OpenID Connect discovery document</source>
        <translation>%1 ist kein OpenID-Connect-Discovery-Dokument</translation>
    </message>
    <message>
        <source>%1 names %2 as its %3; Vaultscope sends codes and tokens to the authority&apos;s own host (%4) over https only</source>
        <translation>%1 nennt %2 als %3; Vaultscope sendet Codes und Token nur über https an den Host der Autorität selbst (%4)</translation>
    </message>
</context>
<context>
    <name>vaultscope::OAuthError</name>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 antwortete %2</translation>
    </message>
    <message>
        <source>Your organization has not consented to this application yet (%1). An administrator can grant consent once for everyone in the Entra admin center (Enterprise applications › Permissions), or through the admin consent URL of the app registration.</source>
        <translation>Ihre Organisation hat dieser Anwendung noch nicht zugestimmt (%1). Eine Administratorin oder ein Administrator kann einmal für alle zustimmen, im Entra Admin Center (Unternehmensanwendungen › Berechtigungen) oder über die Administratorzustimmungs-URL der App-Registrierung.</translation>
    </message>
    <message>
        <source>Multi-factor authentication is required: sign in again in the browser, where you can complete it (%1).</source>
        <translation>Mehrstufige Authentifizierung ist erforderlich: Melden Sie sich im Browser erneut an, wo Sie sie abschließen können (%1).</translation>
    </message>
    <message>
        <source>A Conditional Access policy of your organization blocks or limits this sign-in (%1). Sign in again from a compliant device or ask your administrator.</source>
        <translation>Eine Richtlinie für bedingten Zugriff Ihrer Organisation blockiert oder beschränkt diese Anmeldung (%1). Melden Sie sich von einem konformen Gerät erneut an oder wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <source>The sign-in answer did not match this sign-in (PKCE): start it again (%1).</source>
        <translation>Die Anmeldeantwort passte nicht zu dieser Anmeldung (PKCE): Beginnen Sie erneut (%1).</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked: sign in again (%1).</source>
        <translation>Ihre Anmeldung ist abgelaufen oder wurde widerrufen: Melden Sie sich erneut an (%1).</translation>
    </message>
    <message>
        <source>No connection to the sign-in service (%1: %2). Offline work goes on; try again when the network is back.</source>
        <translation>Keine Verbindung zum Anmeldedienst (%1: %2). Die Offline-Arbeit geht weiter; versuchen Sie es erneut, wenn das Netz wieder da ist.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1 — %2 (%3).</source>
        <translation>Anmeldung fehlgeschlagen: %1 — %2 (%3).</translation>
    </message>
</context>
<context>
    <name>vaultscope::OpenItemsPage</name>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation>%1 von %2 bewertet</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>Bewertungsfortschritt</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Offene Punkte</translation>
    </message>
    <message>
        <source>Double-click or press Enter on an item to review it.</source>
        <translation>Doppelklicken oder Eingabe drücken, um einen Punkt zu bewerten.</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <source>Findings in %1</source>
        <translation>Befunde in %1</translation>
    </message>
    <message>
        <source>%1 open items · %2 of %3 reviewed overall</source>
        <translation>%1 offene Punkte · insgesamt %2 von %3 bewertet</translation>
    </message>
</context>
<context>
    <name>vaultscope::Outcome</name>
    <message>
        <source>Compliant</source>
        <translation>Konform</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>Nicht konform</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
</context>
<context>
    <name>vaultscope::PostureFilter</name>
    <message>
        <source>subscription %1</source>
        <translation>Abonnement %1</translation>
    </message>
    <message>
        <source>resource group %1</source>
        <translation>Ressourcengruppe %1</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>Region %1</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>Typ %1</translation>
    </message>
    <message>
        <source>definition %1</source>
        <translation>Definition %1</translation>
    </message>
    <message>
        <source>control %1</source>
        <translation>Kontrolle %1</translation>
    </message>
    <message>
        <source>non-compliant</source>
        <translation>nicht konform</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>konform</translation>
    </message>
    <message>
        <source>result %1</source>
        <translation>Ergebnis %1</translation>
    </message>
    <message>
        <source>no filter</source>
        <translation>kein Filter</translation>
    </message>
</context>
<context>
    <name>vaultscope::ReportContent</name>
    <message>
        <source>%1 of %2 compliant</source>
        <translation>%1 von %2 konform</translation>
    </message>
</context>
<context>
    <name>vaultscope::ReportDialog</name>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>&amp;CSV</source>
        <translation>&amp;CSV</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>CSV for &amp;Excel (byte order mark)</source>
        <translation>CSV für &amp;Excel (Byte Order Mark)</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung für die Leitung</translation>
    </message>
    <message>
        <source>Catalogue with reviews</source>
        <translation>Katalog mit Bewertungen</translation>
    </message>
    <message>
        <source>Findings and exceptions</source>
        <translation>Befunde und Ausnahmen</translation>
    </message>
    <message>
        <source>Appendix (method, definitions, evidence, hashes)</source>
        <translation>Anhang (Methode, Definitionen, Nachweise, Prüfsummen)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Berichtsdatei</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apier:</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Abschnitte:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF-Dokumente (*.pdf);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>vaultscope::ReportJob</name>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation>Der Bericht wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Reading the snapshot and the reviews…</source>
        <translation>Momentaufnahme und Bewertungen werden gelesen…</translation>
    </message>
    <message>
        <source>Laying out the PDF…</source>
        <translation>PDF wird gesetzt…</translation>
    </message>
    <message>
        <source>Writing CSV and JSON…</source>
        <translation>CSV und JSON werden geschrieben…</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Bericht geschrieben: %1</translation>
    </message>
    <message>
        <source>A report is being written already; wait for it or cancel it first.</source>
        <translation>Es wird bereits ein Bericht geschrieben; warten Sie darauf oder brechen Sie ihn zuerst ab.</translation>
    </message>
</context>
<context>
    <name>vaultscope::ReportPdf</name>
    <message>
        <source>%1: cancelled; nothing was written</source>
        <translation>%1: abgebrochen; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>%1: cannot start the PDF</source>
        <translation>%1: das PDF kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>%1: the PDF engine wrote no trailer</source>
        <translation>%1: die PDF-Erzeugung schrieb keinen Trailer</translation>
    </message>
</context>
<context>
    <name>vaultscope::ReportSections</name>
    <message>
        <source>Vaultscope audit report — %1</source>
        <translation>Vaultscope-Prüfbericht — %1</translation>
    </message>
    <message>
        <source>Snapshot %1 · SHA-256 %2</source>
        <translation>Momentaufnahme %1 · SHA-256 %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Azure vault security audit report — %1</source>
        <translation>Prüfbericht zur Sicherheit der Azure-Tresore — %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>until %1, approved by %2</source>
        <translation>bis %1, genehmigt von %2</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung für die Leitung</translation>
    </message>
    <message>
        <source>Posture score: %1 % of %2 evaluated results compliant (%3 non-compliant, %4 unknown) over %5 vaults in %6 subscriptions. %7 of %8 catalogue entries reviewed. Exceptions: %9.</source>
        <translation>Sicherheitswert: %1 % von %2 ausgewerteten Ergebnissen konform (%3 nicht konform, %4 unbekannt) über %5 Tresore in %6 Abonnements. %7 von %8 Katalogeinträgen bewertet. Ausnahmen: %9.</translation>
    </message>
    <message>
        <source>Overall and worst subscriptions</source>
        <translation>Gesamt und schwächste Abonnements</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>konform</translation>
    </message>
    <message>
        <source>non-compliant</source>
        <translation>nicht konform</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>All subscriptions</source>
        <translation>Alle Abonnements</translation>
    </message>
    <message>
        <source>Top findings</source>
        <translation>Wichtigste Befunde</translation>
    </message>
    <message>
        <source>Policy definition</source>
        <translation>Richtliniendefinition</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Erfüllungsquote</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Unterstützt</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Verantwortung</translation>
    </message>
    <message>
        <source>Live posture</source>
        <translation>Aktueller Stand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Definition %1, version %2, effect %3 · controls %4 · %5 of %6 evaluated vaults fail</source>
        <translation>Definition %1, Version %2, Effekt %3 · Kontrollen %4 · %5 von %6 ausgewerteten Tresoren nicht konform</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Ressourcengruppe</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>No exceptions were recorded.</source>
        <translation>Es wurden keine Ausnahmen erfasst.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer/in</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Each vault&apos;s configuration, as captured in the snapshot, was evaluated offline against the Azure Policy definitions below, mapped to the controls of the Microsoft cloud security benchmark. Results are compliant, non-compliant, unknown (a property the definition needs was not captured) or not applicable. Reviews are the auditor&apos;s conclusions, with their history kept in the Vaultscope store.</source>
        <translation>Die Konfiguration jedes Tresors, wie in der Momentaufnahme erfasst, wurde offline gegen die unten aufgeführten Azure-Policy-Definitionen ausgewertet, die den Kontrollen des Microsoft Cloud Security Benchmark zugeordnet sind. Ergebnisse sind konform, nicht konform, unbekannt (eine von der Definition benötigte Eigenschaft wurde nicht erfasst) oder nicht anwendbar. Bewertungen sind die Schlussfolgerungen der Prüferin oder des Prüfers; ihr Verlauf wird im Vaultscope-Speicher aufbewahrt.</translation>
    </message>
    <message>
        <source>Policy definitions</source>
        <translation>Richtliniendefinitionen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>No evidence files are attached.</source>
        <translation>Es sind keine Nachweisdateien angehängt.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Momentaufnahme</translation>
    </message>
    <message>
        <source>Snapshot %1 “%2”, captured %3, source %4. SHA-256 over its canonical resources: %5</source>
        <translation>Momentaufnahme %1 „%2“, erfasst %3, Quelle %4. SHA-256 über ihre kanonischen Ressourcen: %5</translation>
    </message>
    <message>
        <source>Azure vault security audit report</source>
        <translation>Prüfbericht zur Sicherheit der Azure-Tresore</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>%1 vaults in %2 subscriptions</source>
        <translation>%1 Tresore in %2 Abonnements</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Snapshot SHA-256</source>
        <translation>SHA-256 der Momentaufnahme</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Vollständigkeit</translation>
    </message>
    <message>
        <source>Complete: %1</source>
        <translation>Vollständig: %1</translation>
    </message>
    <message>
        <source>INCOMPLETE: %1</source>
        <translation>UNVOLLSTÄNDIG: %1</translation>
    </message>
    <message>
        <source>Not scanned</source>
        <translation>Nicht gescannt</translation>
    </message>
    <message>
        <source>and %1 more subscriptions</source>
        <translation>und %1 weitere Abonnements</translation>
    </message>
    <message>
        <source>Key Vault objects: %1 keys, %2 secrets and %3 certificates; %4 without expiry, %5 expiring within %6 days and %7 already expired. Time-relative definitions were judged as of the capture, %8.</source>
        <translation>Key-Vault-Objekte: %1 Schlüssel, %2 Geheimnisse und %3 Zertifikate; %4 ohne Ablaufdatum, %5 laufen innerhalb von %6 Tagen ab und %7 sind bereits abgelaufen. Zeitbezogene Definitionen wurden zum Zeitpunkt der Erfassung beurteilt, %8.</translation>
    </message>
    <message>
        <source>Definition %1, version %2, effect %3 · controls %4 · %5 of %6 evaluated Key Vault objects fail</source>
        <translation>Definition %1, Version %2, Effekt %3 · Kontrollen %4 · %5 von %6 ausgewerteten Key-Vault-Objekten nicht konform</translation>
    </message>
    <message>
        <source>Failing resources</source>
        <translation>Nicht konforme Ressourcen</translation>
    </message>
    <message>
        <source>… and %1 more failing Key Vault objects, not reviewed: the CSV and JSON exports list every one.</source>
        <translation>… und %1 weitere nicht konforme Key-Vault-Objekte, nicht geprüft: die CSV- und JSON-Exporte führen jedes auf.</translation>
    </message>
</context>
<context>
    <name>vaultscope::Review</name>
    <message>
        <source>Not reviewed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
</context>
<context>
    <name>vaultscope::ReviewBundle</name>
    <message>
        <source>%1: cannot read the bundle: %2</source>
        <translation>%1: das Paket ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1: not a readable review bundle (damaged or truncated?): %2 at byte %3; nothing was imported</source>
        <translation>%1: kein lesbares Bewertungspaket (beschädigt oder abgeschnitten?): %2 bei Byte %3; nichts wurde importiert</translation>
    </message>
    <message>
        <source>%1: not a Vaultscope review bundle; nothing was imported</source>
        <translation>%1: kein Vaultscope-Bewertungspaket; nichts wurde importiert</translation>
    </message>
    <message>
        <source>%1: the bundle was written by %2 in format %3; this Vaultscope reads format %4. Update Vaultscope to import it; nothing was imported.</source>
        <translation>%1: das Paket wurde von %2 im Format %3 geschrieben; dieses Vaultscope liest Format %4. Aktualisieren Sie Vaultscope, um es zu importieren; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1: the bundle is damaged (its content does not match its SHA-256); nothing was imported</source>
        <translation>%1: das Paket ist beschädigt (sein Inhalt passt nicht zu seinem SHA-256); nichts wurde importiert</translation>
    </message>
    <message>
        <source>%1: %2 %3 is invalid (%4); nothing was imported</source>
        <translation>%1: %2 %3 ist ungültig (%4); nichts wurde importiert</translation>
    </message>
    <message>
        <source>review</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>unknown status</source>
        <translation>unbekannter Status</translation>
    </message>
    <message>
        <source>history entry</source>
        <translation>Verlaufseintrag</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>keine Zeitangabe</translation>
    </message>
    <message>
        <source>%1: evidence %2 does not match its SHA-256; nothing was imported</source>
        <translation>%1: Nachweis %2 passt nicht zu seinem SHA-256; nichts wurde importiert</translation>
    </message>
    <message>
        <source>evidence entry</source>
        <translation>Nachweiseintrag</translation>
    </message>
    <message>
        <source>its file is missing</source>
        <translation>seine Datei fehlt</translation>
    </message>
    <message>
        <source>%1: the bundle is %2, more than the %3 a review bundle may be; nothing was imported</source>
        <translation>%1: das Paket ist %2 groß, mehr als die %3, die ein Prüfungspaket haben darf; nichts wurde importiert</translation>
    </message>
    <message>
        <source>%1: evidence %2 is larger than the %3 an evidence file may be; nothing was imported</source>
        <translation>%1: Nachweis %2 ist größer als die %3, die eine Nachweisdatei haben darf; nichts wurde importiert</translation>
    </message>
    <message>
        <source>from bundle %1 (sha256 %2), imported by %3 on %4</source>
        <translation>aus Paket %1 (sha256 %2), importiert von %3 am %4</translation>
    </message>
    <message>
        <source>without a name</source>
        <translation>ohne Namen</translation>
    </message>
</context>
<context>
    <name>vaultscope::ReviewItemModel</name>
    <message>
        <source>Exception expired</source>
        <translation>Ausnahme abgelaufen</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Category or subscription</source>
        <translation>Kategorie oder Abonnement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>vaultscope::ReviewPane</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Anhängen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Bewertungsstatus</translation>
    </message>
    <message>
        <source>Exception expiry date</source>
        <translation>Ablaufdatum der Ausnahme</translation>
    </message>
    <message>
        <source>Who approved the exception</source>
        <translation>Wer die Ausnahme genehmigt hat</translation>
    </message>
    <message>
        <source>Exception approver</source>
        <translation>Genehmiger der Ausnahme</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Approver:</source>
        <translation>Genehmigt von:</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Bewertungsnotiz</translation>
    </message>
    <message>
        <source>Your conclusion. Lists (- item), **bold** and links are shown formatted.</source>
        <translation>Ihre Schlussfolgerung. Listen (- Punkt), **fett** und Links werden formatiert angezeigt.</translation>
    </message>
    <message>
        <source>Note as formatted</source>
        <translation>Notiz formatiert</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Nachweisdateien</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Nachweise:</translation>
    </message>
    <message>
        <source>Select a control or a finding to review it.</source>
        <translation>Wählen Sie eine Kontrolle oder einen Befund, um sie zu bewerten.</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Noch nicht bewertet.</translation>
    </message>
    <message>
        <source>Carried over from %1 — reviewed by %2 on %3.</source>
        <translation>Übernommen aus %1 — bewertet von %2 am %3.</translation>
    </message>
    <message>
        <source>Last changed by %1 on %2.</source>
        <translation>Zuletzt geändert von %1 am %2.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>Name der Prüferin / des Prüfers</translation>
    </message>
    <message>
        <source>Your name, recorded with every change you make to a review:</source>
        <translation>Ihr Name, der bei jeder Änderung an einer Bewertung festgehalten wird:</translation>
    </message>
    <message>
        <source>local reviewer</source>
        <translation>lokale Prüferin / lokaler Prüfer</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert %1</translation>
    </message>
    <message>
        <source>Last changed by %1 just now.</source>
        <translation>Gerade eben von %1 geändert.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>SHA-256 %1
Added by %2</source>
        <translation>SHA-256 %1
Hinzugefügt von %2</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Nachweis anhängen</translation>
    </message>
    <message>
        <source>%1 is already attached (same content).</source>
        <translation>%1 ist bereits angehängt (gleicher Inhalt).</translation>
    </message>
    <message>
        <source>No application opens %1; it is at %2</source>
        <translation>Keine Anwendung öffnet %1; die Datei liegt unter %2</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Nachweis entfernen</translation>
    </message>
    <message>
        <source>Detach %1 from this review? The history keeps its name and SHA-256.</source>
        <translation>%1 von dieser Bewertung lösen? Der Verlauf behält Namen und SHA-256.</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 is a program or an active document: Vaultscope does not open it. Save it and check it before you open it.</source>
        <translation>%1 ist ein Programm oder ein aktives Dokument: Vaultscope öffnet es nicht. Speichern und prüfen Sie es, bevor Sie es öffnen.</translation>
    </message>
    <message>
        <source>Save evidence</source>
        <translation>Nachweis speichern</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>this store</source>
        <translation>dieser Speicher</translation>
    </message>
</context>
<context>
    <name>vaultscope::ReviewService</name>
    <message>
        <source>no snapshot</source>
        <translation>keine Momentaufnahme</translation>
    </message>
    <message>
        <source>local reviewer</source>
        <translation>lokale Prüferin / lokaler Prüfer</translation>
    </message>
</context>
<context>
    <name>vaultscope::ReviewStore</name>
    <message>
        <source>database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: die Datei ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1 is %2; evidence files are limited to %3 each. Attach a smaller excerpt, or note where the full file is kept.</source>
        <translation>%1 ist %2 groß; Nachweisdateien sind auf je %3 begrenzt. Hängen Sie einen kleineren Auszug an oder notieren Sie, wo die vollständige Datei liegt.</translation>
    </message>
    <message>
        <source>%1 is %2; evidence files are limited to %3 each.</source>
        <translation>%1 ist %2 groß; Nachweisdateien sind auf je %3 begrenzt.</translation>
    </message>
    <message>
        <source>evidence %1 is not in the store</source>
        <translation>Nachweis %1 ist nicht im Speicher</translation>
    </message>
    <message>
        <source>evidence %1 no longer matches its SHA-256 (the store was changed outside Vaultscope); it is not opened</source>
        <translation>Nachweis %1 stimmt nicht mehr mit seinem SHA-256 überein (der Speicher wurde außerhalb von Vaultscope geändert); er wird nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>vaultscope::ReviewTarget</name>
    <message>
        <source>&apos;%1&apos;: a control target is control:&lt;service&gt;/&lt;control id or entry name&gt;</source>
        <translation>„%1“: ein Kontrollziel lautet control:&lt;Dienst&gt;/&lt;Kontroll-ID oder Eintragsname&gt;</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a finding target is finding:&lt;resource id&gt;|&lt;policy definition name&gt;</source>
        <translation>„%1“: ein Befundziel lautet finding:&lt;Ressourcen-ID&gt;|&lt;Name der Richtliniendefinition&gt;</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a target starts with control: or finding:</source>
        <translation>„%1“: ein Ziel beginnt mit control: oder finding:</translation>
    </message>
</context>
<context>
    <name>vaultscope::ScanDialog</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>&amp;Every subscription the account can read</source>
        <translation>&amp;Jedes Abonnement, das das Konto lesen kann</translation>
    </message>
    <message>
        <source>Only the subscriptions &amp;checked below</source>
        <translation>Nur die unten &amp;ausgewählten Abonnements</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Scannen</translation>
    </message>
    <message>
        <source>Cancel scan</source>
        <translation>Scan abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Scan Azure</source>
        <translation>Azure scannen</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Filter by name, ID, state or tenant</source>
        <translation>Nach Name, ID, Status oder Mandant filtern</translation>
    </message>
    <message>
        <source>Filter subscriptions</source>
        <translation>Abonnements filtern</translation>
    </message>
    <message>
        <source>Check &amp;all shown</source>
        <translation>&amp;Alle angezeigten auswählen</translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <source>Live scan of the chosen subscriptions</source>
        <translation>Live-Scan der gewählten Abonnements</translation>
    </message>
    <message>
        <source>Snapshot &amp;name:</source>
        <translation>&amp;Name der Momentaufnahme:</translation>
    </message>
    <message>
        <source>Subscriptions (Resource Manager)</source>
        <translation>Abonnements (Resource Manager)</translation>
    </message>
    <message>
        <source>Vaults (Resource Graph, in batches of subscriptions)</source>
        <translation>Tresore (Resource Graph, in Stapeln von Abonnements)</translation>
    </message>
    <message>
        <source>Related resources: diagnostic settings and Resource Guard proxies</source>
        <translation>Zugehörige Ressourcen: Diagnoseeinstellungen und Resource-Guard-Proxys</translation>
    </message>
    <message>
        <source>Evaluation and storing</source>
        <translation>Auswertung und Speicherung</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Scan-Fortschritt</translation>
    </message>
    <message>
        <source>Scan log</source>
        <translation>Scan-Protokoll</translation>
    </message>
    <message>
        <source>Fallbacks, failures and retries appear here.</source>
        <translation>Ausweichwege, Fehler und Wiederholungen erscheinen hier.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Not signed in: sign in first (Account › Sign in), then scan.</source>
        <translation>Nicht angemeldet: Melden Sie sich zuerst an (Konto › Anmelden) und scannen Sie dann.</translation>
    </message>
    <message>
        <source>Signed in as %1. Reading the subscriptions from %2…</source>
        <translation>Angemeldet als %1. Abonnements werden von %2 gelesen…</translation>
    </message>
    <message>
        <source>The subscriptions could not be read: %1</source>
        <translation>Die Abonnements konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (Resource Manager %2): %3 subscriptions readable.</source>
        <translation>Angemeldet als %1 (Resource Manager %2): %3 Abonnements lesbar.</translation>
    </message>
    <message>
        <source>All %1 subscriptions will be scanned.</source>
        <translation>Alle %1 Abonnements werden gescannt.</translation>
    </message>
    <message>
        <source>%1 of %2 subscriptions checked.</source>
        <translation>%1 von %2 Abonnements ausgewählt.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>The scan goes on; its snapshot opens when it ends</source>
        <translation>Der Scan läuft weiter; seine Momentaufnahme öffnet sich am Ende</translation>
    </message>
    <message>
        <source>Subscriptions %1 of %2 · %3 vaults · related resources %4 of %5 · %6 requests</source>
        <translation>Abonnements %1 von %2 · %3 Tresore · zugehörige Ressourcen %4 von %5 · %6 Anfragen</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Verstrichen %1</translation>
    </message>
    <message>
        <source>%1 · evaluating and storing</source>
        <translation>%1 · Auswertung und Speicherung</translation>
    </message>
    <message>
        <source>%1 · estimating the time left…</source>
        <translation>%1 · Restzeit wird geschätzt…</translation>
    </message>
    <message>
        <source>%1 · about %2 left</source>
        <translation>%1 · noch etwa %2</translation>
    </message>
    <message>
        <source>Waited %1 in all on quotas and retries; %2 throttled answers.</source>
        <translation>Insgesamt %1 auf Kontingente und Wiederholungen gewartet; %2 gedrosselte Antworten.</translation>
    </message>
    <message>
        <source>Waiting %1: %2</source>
        <translation>Warten %1: %2</translation>
    </message>
    <message>
        <source>Complete: %1. The snapshot is open in the dashboard.</source>
        <translation>Vollständig: %1. Die Momentaufnahme ist im Dashboard geöffnet.</translation>
    </message>
    <message>
        <source>Incomplete: %1. The snapshot is open; it is marked incomplete everywhere.</source>
        <translation>Unvollständig: %1. Die Momentaufnahme ist geöffnet und überall als unvollständig gekennzeichnet.</translation>
    </message>
    <message>
        <source>Not scanned: %1</source>
        <translation>Nicht gescannt: %1</translation>
    </message>
</context>
<context>
    <name>vaultscope::ScanJob</name>
    <message>
        <source>A scan is already running.</source>
        <translation>Ein Scan läuft bereits.</translation>
    </message>
    <message numerus="yes">
        <source>Live scan of %n subscription(s)</source>
        <translation>
            <numerusform>Live-Scan von %n Abonnement</numerusform>
            <numerusform>Live-Scan von %n Abonnements</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan was cancelled; nothing was stored.</source>
        <translation>Der Scan wurde abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The scan could not be stored (%1). What it read is kept in %2: &apos;vaultscope snapshot import %2&apos; stores it.</source>
        <translation>Der Scan konnte nicht gespeichert werden (%1). Was er gelesen hat, liegt in %2: „vaultscope snapshot import %2“ speichert es.</translation>
    </message>
    <message>
        <source>The scan could not be stored (%1), nor kept in a file (%2).</source>
        <translation>Der Scan konnte nicht gespeichert werden (%1), auch nicht in einer Datei (%2).</translation>
    </message>
</context>
<context>
    <name>vaultscope::Scanner</name>
    <message>
        <source>Cannot list the subscriptions: %1</source>
        <translation>Die Abonnements können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>not visible to the signed-in account</source>
        <translation>für das angemeldete Konto nicht sichtbar</translation>
    </message>
    <message numerus="yes">
        <source>Resource Graph refused the query for %n subscription(s) (%1): reading them through Resource Manager&apos;s lists instead</source>
        <translation>
            <numerusform>Resource Graph lehnte die Abfrage für %n Abonnement ab (%1): es wird stattdessen über die Listen von Resource Manager gelesen</numerusform>
            <numerusform>Resource Graph lehnte die Abfrage für %n Abonnements ab (%1): sie werden stattdessen über die Listen von Resource Manager gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Resource Graph was not permitted: the vaults were read through Resource Manager&apos;s lists</source>
        <translation>Resource Graph war nicht erlaubt: die Tresore wurden über die Listen von Resource Manager gelesen</translation>
    </message>
    <message numerus="yes">
        <source>Related resources could not be read for %n vault(s): their diagnostic-settings or multi-user-authorization results are unknown</source>
        <translation>
            <numerusform>Zugehörige Ressourcen konnten für %n Tresor nicht gelesen werden: seine Ergebnisse zu Diagnoseeinstellungen oder Mehrbenutzerautorisierung sind unbekannt</numerusform>
            <numerusform>Zugehörige Ressourcen konnten für %n Tresore nicht gelesen werden: ihre Ergebnisse zu Diagnoseeinstellungen oder Mehrbenutzerautorisierung sind unbekannt</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan was cancelled; nothing was stored.</source>
        <translation>Der Scan wurde abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Subscription not read: %1</source>
        <translation>Abonnement nicht gelesen: %1</translation>
    </message>
    <message>
        <source>Key Vault objects of %1 not read: %2</source>
        <translation>Key-Vault-Objekte von %1 nicht gelesen: %2</translation>
    </message>
    <message>
        <source>the vault&apos;s properties name no %1</source>
        <translation>die Eigenschaften des Tresors nennen kein %1</translation>
    </message>
    <message>
        <source>Resource Graph&apos;s $skipToken repeats a page already read: its vaults may be missing</source>
        <translation>Das $skipToken von Resource Graph wiederholt eine bereits gelesene Seite: Tresore können fehlen</translation>
    </message>
    <message>
        <source>Resource Graph&apos;s answer goes on beyond %1 pages: not read to the end</source>
        <translation>Die Antwort von Resource Graph geht über %1 Seiten hinaus: nicht bis zum Ende gelesen</translation>
    </message>
    <message>
        <source>Skipped an item of Azure&apos;s answer: %1</source>
        <translation>Ein Element der Antwort von Azure übersprungen: %1</translation>
    </message>
    <message>
        <source>an item of its %1 list has no string id and type</source>
        <translation>ein Element seiner Liste %1 hat keine Zeichenketten-ID und keinen Typ</translation>
    </message>
    <message>
        <source>an item of its %1 list is of type %2</source>
        <translation>ein Element seiner Liste %1 hat den Typ %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of Azure&apos;s answers skipped for their shape: %1</source>
        <translation>
            <numerusform>%n Element der Antworten von Azure wegen seiner Form übersprungen: %1</numerusform>
            <numerusform>%n Elemente der Antworten von Azure wegen ihrer Form übersprungen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vaultscope::SecretStore</name>
    <message>
        <source>no keychain is available (turned off)</source>
        <translation>kein Schlüsselbund verfügbar (abgeschaltet)</translation>
    </message>
    <message>
        <source>no Secret Service (keyring) answered on D-Bus</source>
        <translation>kein Secret Service (Schlüsselbund) antwortete über D-Bus</translation>
    </message>
</context>
<context>
    <name>vaultscope::SignInSettingsDialog</name>
    <message>
        <source>Sign-in settings</source>
        <translation>Anmeldeeinstellungen</translation>
    </message>
    <message>
        <source>Azure (public)</source>
        <translation>Azure (öffentlich)</translation>
    </message>
    <message>
        <source>Azure US Government</source>
        <translation>Azure US Government</translation>
    </message>
    <message>
        <source>Azure China (21Vianet)</source>
        <translation>Azure China (21Vianet)</translation>
    </message>
    <message>
        <source>Custom endpoints</source>
        <translation>Eigene Endpunkte</translation>
    </message>
    <message>
        <source>organizations, a tenant id or contoso.onmicrosoft.com</source>
        <translation>organizations, eine Mandanten-ID oder contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <source>Application (client) id of your organization&apos;s app registration</source>
        <translation>Anwendungs-ID (Client-ID) der App-Registrierung Ihrer Organisation</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>&amp;Cloud:</translation>
    </message>
    <message>
        <source>&amp;Authority host:</source>
        <translation>&amp;Autoritätshost:</translation>
    </message>
    <message>
        <source>&amp;Resource Manager:</source>
        <translation>&amp;Resource Manager:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Register a public client application once for your organization (redirect URI http://localhost, Resource Manager&apos;s user_impersonation permission); the README explains the steps. Reader access is all Vaultscope needs.</source>
        <translation>Registrieren Sie einmal für Ihre Organisation eine öffentliche Clientanwendung (Umleitungs-URI http://localhost, Berechtigung user_impersonation von Resource Manager); das README erklärt die Schritte. Vaultscope braucht nur Lesezugriff.</translation>
    </message>
    <message>
        <source>Key Vault&apos;s DNS suffix in this cloud: Key Vault tokens go to hosts under it only</source>
        <translation>DNS-Suffix von Key Vault in dieser Cloud: Key-Vault-Token gehen nur an Hosts darunter</translation>
    </message>
    <message>
        <source>Managed HSM&apos;s DNS suffix in this cloud: its tokens go to hosts under it only</source>
        <translation>DNS-Suffix von Managed HSM in dieser Cloud: seine Token gehen nur an Hosts darunter</translation>
    </message>
    <message>
        <source>&amp;Key Vault suffix:</source>
        <translation>&amp;Key-Vault-Suffix:</translation>
    </message>
    <message>
        <source>&amp;Managed HSM suffix:</source>
        <translation>&amp;Managed-HSM-Suffix:</translation>
    </message>
</context>
<context>
    <name>vaultscope::SnapshotStore</name>
    <message>
        <source>database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no snapshot with id %1</source>
        <translation>keine Momentaufnahme mit der Kennung %1</translation>
    </message>
    <message>
        <source>snapshot %1 has no vault %2</source>
        <translation>Momentaufnahme %1 enthält keinen Tresor %2</translation>
    </message>
    <message>
        <source>snapshot %1 is incomplete: resources %2 to %3 are missing</source>
        <translation>Momentaufnahme %1 ist unvollständig: Ressourcen %2 bis %3 fehlen</translation>
    </message>
    <message>
        <source>snapshot %1 is damaged: a resource chunk cannot be read</source>
        <translation>Momentaufnahme %1 ist beschädigt: ein Ressourcenblock ist nicht lesbar</translation>
    </message>
    <message>
        <source>the snapshot&apos;s Key Vault objects were not evaluated</source>
        <translation>die Key-Vault-Objekte der Momentaufnahme wurden nicht ausgewertet</translation>
    </message>
</context>
<context>
    <name>vaultscope::SourceDocument</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file is %1 MB; baseline documents are at most %2 MB</source>
        <translation>die Datei ist %1 MB groß; Baseline-Dokumente sind höchstens %2 MB groß</translation>
    </message>
    <message>
        <source>the document is larger than %1 MB</source>
        <translation>das Dokument ist größer als %1 MB</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>this is a binary file (a NUL byte at offset %1), not a baseline document</source>
        <translation>dies ist eine Binärdatei (NUL-Byte an Position %1), kein Baseline-Dokument</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); save the document as UTF-8</source>
        <translation>ungültiges UTF-8 (Byte 0x%1); speichern Sie das Dokument als UTF-8</translation>
    </message>
</context>
<context>
    <name>vaultscope::StoreLock</name>
    <message>
        <source>process %1 on %2</source>
        <translation>Prozess %1 auf %2</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>no permission to write in %1 (or the disk is read-only)</source>
        <translation>keine Schreibberechtigung in %1 (oder der Datenträger ist schreibgeschützt)</translation>
    </message>
    <message>
        <source>the lock file %1 cannot be created</source>
        <translation>die Sperrdatei %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>vaultscope::VaultDetailsView</name>
    <message>
        <source>Policy results of the vault</source>
        <translation>Richtlinienergebnisse des Tresors</translation>
    </message>
    <message>
        <source>Vault configuration as captured (JSON)</source>
        <translation>Tresorkonfiguration wie erfasst (JSON)</translation>
    </message>
    <message>
        <source>Find in the configuration (Enter for the next match)</source>
        <translation>In der Konfiguration suchen (Eingabe für den nächsten Treffer)</translation>
    </message>
    <message>
        <source>Find in the vault configuration</source>
        <translation>In der Tresorkonfiguration suchen</translation>
    </message>
    <message>
        <source>Open in the Azure portal</source>
        <translation>Im Azure-Portal öffnen</translation>
    </message>
    <message>
        <source>Controls: %1</source>
        <translation>Kontrollen: %1</translation>
    </message>
    <message>
        <source>Remediation: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>version %1, effect %2</source>
        <translation>Version %1, Auswirkung %2</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Bewerten…</translation>
    </message>
    <message>
        <source>Keys, secrets and certificates (%1)</source>
        <translation>Schlüssel, Geheimnisse und Zertifikate (%1)</translation>
    </message>
    <message>
        <source>Judged as of the capture, %1: “expires within N days” counts from then.</source>
        <translation>Beurteilt zum Zeitpunkt der Erfassung, %1: „läuft innerhalb von N Tagen ab“ zählt ab dann.</translation>
    </message>
    <message>
        <source>Managed HSM key</source>
        <translation>Managed-HSM-Schlüssel</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft am %1 ab</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>läuft nie ab</translation>
    </message>
    <message numerus="yes">
        <source>✓ %n definition(s) passed</source>
        <translation>
            <numerusform>✓ %n Definition erfüllt</numerusform>
            <numerusform>✓ %n Definitionen erfüllt</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys, secrets and certificates</source>
        <translation>Schlüssel, Geheimnisse und Zertifikate</translation>
    </message>
    <message>
        <source>Not read in the scan, so unknown: %1</source>
        <translation>Beim Scan nicht gelesen, daher unbekannt: %1</translation>
    </message>
    <message>
        <source>Reading the vault&apos;s results…</source>
        <translation>Die Ergebnisse des Tresors werden gelesen…</translation>
    </message>
    <message>
        <source>Show %1 more of the %2 not shown yet</source>
        <translation>%1 weitere der %2 noch nicht gezeigten anzeigen</translation>
    </message>
</context>
<context>
    <name>vaultscope::VaultTableModel</name>
    <message>
        <source>Recovery Services vault</source>
        <translation>Recovery Services-Tresor</translation>
    </message>
    <message>
        <source>Backup vault</source>
        <translation>Sicherungstresor</translation>
    </message>
    <message>
        <source>Key Vault</source>
        <translation>Key Vault</translation>
    </message>
    <message>
        <source>Managed HSM</source>
        <translation>Managed HSM</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Ressourcengruppe</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Passing</source>
        <translation>Bestanden</translation>
    </message>
</context>
<context>
    <name>vaultscope::VaultsPage</name>
    <message>
        <source>Snapshot</source>
        <translation>Momentaufnahme</translation>
    </message>
    <message>
        <source>Import estate…</source>
        <translation>Umgebung importieren…</translation>
    </message>
    <message>
        <source>Demo estate</source>
        <translation>Demo-Umgebung</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Snapshot:</source>
        <translation>Momentaufnahme:</translation>
    </message>
    <message>
        <source>Filter vaults by name, type, subscription, resource group or region</source>
        <translation>Tresore nach Name, Typ, Abonnement, Ressourcengruppe oder Region filtern</translation>
    </message>
    <message>
        <source>Filter vaults</source>
        <translation>Tresore filtern</translation>
    </message>
    <message>
        <source>Vaults</source>
        <translation>Tresore</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 vaults)</source>
        <translation>%1 — %2 (%3 Tresore)</translation>
    </message>
    <message>
        <source>No snapshot yet: import an estate export or open the demo estate.</source>
        <translation>Noch keine Momentaufnahme: Importieren Sie einen Umgebungsexport oder öffnen Sie die Demo-Umgebung.</translation>
    </message>
    <message>
        <source>Score %1% · compliant %2 · non-compliant %3 · unknown %4 · vaults shown: %5 of %6 · captured %7 · SHA-256 %8…</source>
        <translation>Bewertung %1 % · konform %2 · nicht konform %3 · unbekannt %4 · angezeigte Tresore: %5 von %6 · erfasst %7 · SHA-256 %8…</translation>
    </message>
    <message>
        <source>Rename snapshot</source>
        <translation>Momentaufnahme umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Delete snapshot</source>
        <translation>Momentaufnahme löschen</translation>
    </message>
    <message>
        <source>Delete the snapshot “%1” with its %2 vaults and results? This cannot be undone.</source>
        <translation>Die Momentaufnahme „%1“ mit ihren %2 Tresoren und Ergebnissen löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Result to review</source>
        <translation>Zu bewertendes Ergebnis</translation>
    </message>
    <message>
        <source>Re&amp;view result:</source>
        <translation>Ergebnis &amp;bewerten:</translation>
    </message>
    <message>
        <source>Select a vault to review its results.</source>
        <translation>Wählen Sie einen Tresor, um seine Ergebnisse zu bewerten.</translation>
    </message>
    <message>
        <source>snapshot “%1” of %2</source>
        <translation>Momentaufnahme „%1“ vom %2</translation>
    </message>
    <message>
        <source>Export view…</source>
        <translation>Ansicht exportieren…</translation>
    </message>
    <message>
        <source>Write the vaults as shown (filter, search, order, columns) to a CSV file</source>
        <translation>Die Tresore wie angezeigt (Filter, Suche, Reihenfolge, Spalten) in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Which vaults changed result since another snapshot</source>
        <translation>Welche Tresore seit einer anderen Momentaufnahme ihr Ergebnis geändert haben</translation>
    </message>
    <message>
        <source>Compare snapshots</source>
        <translation>Momentaufnahmen vergleichen</translation>
    </message>
    <message>
        <source>There is no other snapshot to compare with.</source>
        <translation>Es gibt keine andere Momentaufnahme zum Vergleichen.</translation>
    </message>
    <message>
        <source>Compare the shown snapshot with:</source>
        <translation>Die angezeigte Momentaufnahme vergleichen mit:</translation>
    </message>
    <message>
        <source>Reading the snapshot…</source>
        <translation>Momentaufnahme wird gelesen…</translation>
    </message>
    <message>
        <source>Scan Azure…</source>
        <translation>Azure scannen…</translation>
    </message>
    <message>
        <source>Read the estate live with the signed-in account</source>
        <translation>Die Umgebung live mit dem angemeldeten Konto lesen</translation>
    </message>
</context>
<context>
    <name>vaultscope::XlsxReader</name>
    <message>
        <source>the workbook has no part %1</source>
        <translation>der Arbeitsmappe fehlt der Teil %1</translation>
    </message>
    <message>
        <source>%1 is encrypted: the workbook is password-protected; save it without a password and import it again</source>
        <translation>%1 ist verschlüsselt: die Arbeitsmappe ist kennwortgeschützt; speichern Sie sie ohne Kennwort und importieren Sie sie erneut</translation>
    </message>
    <message>
        <source>cannot unpack %1 (zip error %2)</source>
        <translation>%1 kann nicht entpackt werden (Zip-Fehler %2)</translation>
    </message>
    <message>
        <source>cannot unpack %1: the archive is damaged (zip error %2)</source>
        <translation>%1 kann nicht entpackt werden: das Archiv ist beschädigt (Zip-Fehler %2)</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB; a baseline workbook is far smaller, so this file is refused</source>
        <translation>%1 entpackt sich auf mehr als %2 MB; eine Baseline-Arbeitsmappe ist weit kleiner, daher wird diese Datei abgelehnt</translation>
    </message>
    <message>
        <source>%1 is damaged: its checksum does not match (zip error %2)</source>
        <translation>%1 ist beschädigt: die Prüfsumme stimmt nicht (Zip-Fehler %2)</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>row number %1 is out of order or beyond row %2</source>
        <translation>Zeilennummer %1 ist außer der Reihe oder jenseits von Zeile %2</translation>
    </message>
    <message>
        <source>cell reference &quot;%1&quot; is not a column Excel has</source>
        <translation>Zellbezug „%1“ ist keine Spalte, die Excel kennt</translation>
    </message>
    <message>
        <source>cell %1 names shared string %2, but the workbook has %3</source>
        <translation>Zelle %1 verweist auf gemeinsame Zeichenkette %2, die Arbeitsmappe hat aber %3</translation>
    </message>
    <message>
        <source>the workbook is password-protected (encrypted); save it without a password and import it again</source>
        <translation>die Arbeitsmappe ist kennwortgeschützt (verschlüsselt); speichern Sie sie ohne Kennwort und importieren Sie sie erneut</translation>
    </message>
    <message>
        <source>this is an Excel 97-2003 (.xls) workbook; save it as .xlsx and import it again</source>
        <translation>dies ist eine Excel-97-2003-Arbeitsmappe (.xls); speichern Sie sie als .xlsx und importieren Sie sie erneut</translation>
    </message>
    <message>
        <source>not a readable .xlsx workbook: the zip archive is damaged or incomplete</source>
        <translation>keine lesbare .xlsx-Arbeitsmappe: das Zip-Archiv ist beschädigt oder unvollständig</translation>
    </message>
    <message>
        <source>the workbook has no worksheets</source>
        <translation>die Arbeitsmappe hat keine Tabellenblätter</translation>
    </message>
</context>
<context>
    <name>vaultscope::policy::Alias</name>
    <message>
        <source>alias &apos;%1&apos; names no property</source>
        <translation>Alias „%1“ nennt keine Eigenschaft</translation>
    </message>
</context>
<context>
    <name>vaultscope::policy::Definition</name>
    <message>
        <source>conditions nest too deeply</source>
        <translation>Bedingungen sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>a condition must be an object</source>
        <translation>eine Bedingung muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be combined with other keys</source>
        <translation>„%1“ kann nicht mit anderen Schlüsseln kombiniert werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a non-empty array</source>
        <translation>„%1“ braucht ein nicht leeres Array</translation>
    </message>
    <message>
        <source>&apos;not&apos; cannot be combined with other keys</source>
        <translation>„not“ kann nicht mit anderen Schlüsseln kombiniert werden</translation>
    </message>
    <message>
        <source>a condition has exactly one of field, value and count</source>
        <translation>eine Bedingung hat genau eines von field, value und count</translation>
    </message>
    <message>
        <source>unknown operator &apos;%1&apos;</source>
        <translation>unbekannter Operator „%1“</translation>
    </message>
    <message>
        <source>the condition has no operator</source>
        <translation>die Bedingung hat keinen Operator</translation>
    </message>
    <message>
        <source>the condition has several operators (%1)</source>
        <translation>die Bedingung hat mehrere Operatoren (%1)</translation>
    </message>
    <message>
        <source>&apos;exists&apos; takes true or false</source>
        <translation>„exists“ nimmt true oder false</translation>
    </message>
    <message>
        <source>&apos;field&apos; must name an alias</source>
        <translation>„field“ muss einen Alias nennen</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; has no value and no default</source>
        <translation>Parameter „%1“ hat keinen Wert und keinen Standardwert</translation>
    </message>
    <message>
        <source>&apos;count&apos; must be an object</source>
        <translation>„count“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in count</source>
        <translation>unbekannter Schlüssel „%1“ in count</translation>
    </message>
    <message>
        <source>&apos;count&apos; needs exactly one of field and value</source>
        <translation>„count“ braucht genau eines von field und value</translation>
    </message>
    <message>
        <source>a field count needs an alias ending in [*] (&apos;%1&apos;)</source>
        <translation>eine Feldzählung braucht einen Alias, der auf [*] endet („%1“)</translation>
    </message>
    <message>
        <source>%1:%2: invalid JSON: %3</source>
        <translation>%1:%2: ungültiges JSON: %3</translation>
    </message>
    <message>
        <source>a policy definition is a JSON object</source>
        <translation>eine Richtliniendefinition ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>no &apos;policyRule&apos; object: not a policy definition</source>
        <translation>kein „policyRule“-Objekt: keine Richtliniendefinition</translation>
    </message>
    <message>
        <source>policyRule has no &apos;if&apos; condition</source>
        <translation>policyRule hat keine „if“-Bedingung</translation>
    </message>
    <message>
        <source>policyRule has no &apos;then&apos; block</source>
        <translation>policyRule hat keinen „then“-Block</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is not declared by the definition</source>
        <translation>Parameter „%1“ ist in der Definition nicht deklariert</translation>
    </message>
    <message>
        <source>policyRule.then.effect: %1 gives no effect (%2)</source>
        <translation>policyRule.then.effect: %1 ergibt keinen Effekt (%2)</translation>
    </message>
    <message>
        <source>related type &apos;%1&apos; is not captured in snapshots</source>
        <translation>verwandter Typ „%1“ wird in Momentaufnahmen nicht erfasst</translation>
    </message>
    <message>
        <source>policyRule.then.details.%1 is not evaluated offline</source>
        <translation>policyRule.then.details.%1 wird offline nicht ausgewertet</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; has no default value: give one (policy eval --parameter %1=JSON)</source>
        <translation>Parameter „%1“ hat keinen Standardwert: geben Sie einen an (policy eval --parameter %1=JSON)</translation>
    </message>
    <message>
        <source>&apos;field&apos; expression %1 names no alias (%2)</source>
        <translation>„field“-Ausdruck %1 nennt keinen Alias (%2)</translation>
    </message>
    <message>
        <source>effect &apos;%1&apos; is not evaluated offline (supported: Audit, Deny, AuditIfNotExists, DeployIfNotExists, Modify, Append, Disabled)</source>
        <translation>Effekt „%1“ wird offline nicht ausgewertet (unterstützt: Audit, Deny, AuditIfNotExists, DeployIfNotExists, Modify, Append, Disabled)</translation>
    </message>
    <message>
        <source>policyRule.then.details.type is missing for %1</source>
        <translation>policyRule.then.details.type fehlt für %1</translation>
    </message>
    <message>
        <source>policyRule.then.details.name %1 is not evaluated offline (only parameters are known before a resource): %2</source>
        <translation>policyRule.then.details.name %1 wird offline nicht ausgewertet (vor einer Ressource sind nur Parameter bekannt): %2</translation>
    </message>
</context>
<context>
    <name>vaultscope::policy::Evaluator</name>
    <message>
        <source>absent</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>current() outside a count</source>
        <translation>current() außerhalb einer Zählung</translation>
    </message>
    <message>
        <source>current(&apos;%1&apos;) names no enclosing count</source>
        <translation>current(&apos;%1&apos;) nennt keine umschließende Zählung</translation>
    </message>
    <message>
        <source>unknown operator &apos;%1&apos;</source>
        <translation>unbekannter Operator „%1“</translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation>nicht (%1)</translation>
    </message>
    <message>
        <source>%1 selects nothing</source>
        <translation>%1 wählt nichts aus</translation>
    </message>
    <message>
        <source>every %1 (%2 values)</source>
        <translation>jedes %1 (%2 Werte)</translation>
    </message>
    <message>
        <source>%1 has %2</source>
        <translation>%1 enthält %2</translation>
    </message>
    <message>
        <source>count of %1 matching the where = %2</source>
        <translation>Anzahl von %1, die where erfüllen = %2</translation>
    </message>
    <message>
        <source>count of %1 = %2</source>
        <translation>Anzahl von %1 = %2</translation>
    </message>
    <message>
        <source>the value</source>
        <translation>der Wert</translation>
    </message>
    <message>
        <source>%1 (condition: %2, at %3)</source>
        <translation>%1 (Bedingung: %2, bei %3)</translation>
    </message>
    <message>
        <source>a value count needs an array, got %1</source>
        <translation>eine Wertzählung braucht ein Array, erhielt %1</translation>
    </message>
    <message>
        <source>the definition&apos;s effect is Disabled</source>
        <translation>der Effekt der Definition ist Disabled</translation>
    </message>
    <message>
        <source>the rule does not select type %1</source>
        <translation>die Regel wählt den Typ %1 nicht aus</translation>
    </message>
    <message>
        <source>evaluation failed: %1</source>
        <translation>Auswertung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the resource was captured without its properties</source>
        <translation>die Ressource wurde ohne ihre Eigenschaften erfasst</translation>
    </message>
    <message>
        <source>the rule&apos;s condition does not hold</source>
        <translation>die Bedingung der Regel trifft nicht zu</translation>
    </message>
    <message>
        <source>not matched: %1</source>
        <translation>nicht zutreffend: %1</translation>
    </message>
    <message>
        <source>the snapshot holds no %1 resources: they were not captured</source>
        <translation>die Momentaufnahme enthält keine %1-Ressourcen: sie wurden nicht erfasst</translation>
    </message>
    <message>
        <source>a %1 exists</source>
        <translation>ein %1 ist vorhanden</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; satisfies the existence condition</source>
        <translation>%1 „%2“ erfüllt die Existenzbedingung</translation>
    </message>
    <message>
        <source>no %1 is attached to the resource</source>
        <translation>der Ressource ist kein %1 zugeordnet</translation>
    </message>
    <message>
        <source>none of the %1 %2 attached satisfies the existence condition</source>
        <translation>keines der %1 zugeordneten %2 erfüllt die Existenzbedingung</translation>
    </message>
    <message>
        <source>the %1 resources of this resource could not be read: %2</source>
        <translation>die %1-Ressourcen dieser Ressource konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no %1 named &apos;%2&apos; is attached to the resource</source>
        <translation>der Ressource ist kein %1 namens „%2“ zugeordnet</translation>
    </message>
    <message>
        <source>the input holds no key rotation policies: export them with az keyvault key rotation-policy show</source>
        <translation>die Eingabe enthält keine Schlüsselrotationsrichtlinien: exportieren Sie sie mit az keyvault key rotation-policy show</translation>
    </message>
    <message>
        <source>the counts evaluated their where more than %1 times; the rule is too costly to judge</source>
        <translation>die Zählungen haben ihr where mehr als %1-mal ausgewertet; die Regel ist zu aufwendig zu beurteilen</translation>
    </message>
</context>
<context>
    <name>vaultscope::policy::Expression</name>
    <message>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation>unerwartetes „%1“ an Position %2</translation>
    </message>
    <message>
        <source>a property name must follow &apos;.&apos;</source>
        <translation>auf „.“ muss ein Eigenschaftsname folgen</translation>
    </message>
    <message>
        <source>unclosed &apos;[&apos;</source>
        <translation>nicht geschlossenes „[“</translation>
    </message>
    <message>
        <source>the expression ends too early</source>
        <translation>der Ausdruck endet zu früh</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>bad number at position %1</source>
        <translation>ungültige Zahl an Position %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a function call</source>
        <translation>„%1“ ist kein Funktionsaufruf</translation>
    </message>
    <message>
        <source>unsupported template function &apos;%1&apos;</source>
        <translation>nicht unterstützte Vorlagenfunktion „%1“</translation>
    </message>
    <message>
        <source>missing &apos;)&apos; after the arguments of %1</source>
        <translation>„)“ fehlt nach den Argumenten von %1</translation>
    </message>
    <message>
        <source>%1() takes %2 argument(s), not %3</source>
        <translation>%1() nimmt %2 Argument(e), nicht %3</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 oder mehr</translation>
    </message>
    <message>
        <source>field() takes a literal alias</source>
        <translation>field() nimmt einen wörtlichen Alias</translation>
    </message>
    <message>
        <source>ipRangeContains: &apos;%1&apos; is not an IPv4 address or range</source>
        <translation>ipRangeContains: „%1“ ist keine IPv4-Adresse und kein Bereich</translation>
    </message>
    <message>
        <source>ipRangeContains: bad prefix in &apos;%1&apos;</source>
        <translation>ipRangeContains: ungültiges Präfix in „%1“</translation>
    </message>
    <message>
        <source>int(): &apos;%1&apos; is not a number</source>
        <translation>int(): „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>expression %1: %2</source>
        <translation>Ausdruck %1: %2</translation>
    </message>
    <message>
        <source>addDays(): &apos;%1&apos; plus &apos;%2&apos; days is not a date-time</source>
        <translation>addDays(): „%1“ plus „%2“ Tage ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>%1().%2 was not captured: a snapshot holds its id and name only</source>
        <translation>%1().%2 wurde nicht erfasst: eine Momentaufnahme enthält nur Kennung und Name</translation>
    </message>
    <message>
        <source>the expression nests deeper than %1 levels</source>
        <translation>der Ausdruck ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>%1(): the result exceeds %2 characters or %3 items</source>
        <translation>%1(): das Ergebnis überschreitet %2 Zeichen oder %3 Elemente</translation>
    </message>
    <message>
        <source>concat(): the result would exceed %1 characters or items</source>
        <translation>concat(): das Ergebnis würde %1 Zeichen oder Elemente überschreiten</translation>
    </message>
</context>
<context>
    <name>vaultscope::policy::TemplateFunctions</name>
    <message>
        <source>%1(): not JSON: %2</source>
        <translation>%1(): kein JSON: %2</translation>
    </message>
    <message>
        <source>%1(): &apos;%2&apos; and &apos;%3&apos; must be integers</source>
        <translation>%1(): „%2“ und „%3“ müssen ganze Zahlen sein</translation>
    </message>
    <message>
        <source>%1(): division by zero</source>
        <translation>%1(): Division durch null</translation>
    </message>
    <message>
        <source>%1(): no values</source>
        <translation>%1(): keine Werte</translation>
    </message>
    <message>
        <source>%1(): &apos;%2&apos; is not an integer</source>
        <translation>%1(): „%2“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>intersection(): the arguments must be all arrays or all objects</source>
        <translation>intersection(): die Argumente müssen alle Arrays oder alle Objekte sein</translation>
    </message>
    <message>
        <source>format(): &apos;%1&apos; has a placeholder without an argument</source>
        <translation>format(): „%1“ hat einen Platzhalter ohne Argument</translation>
    </message>
    <message>
        <source>float(): &apos;%1&apos; is not a number</source>
        <translation>float(): „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>range(): needs a start and a count from 0 to %1</source>
        <translation>range(): braucht einen Anfang und eine Anzahl von 0 bis %1</translation>
    </message>
    <message>
        <source>createObject(): needs pairs of a key and a value</source>
        <translation>createObject(): braucht Paare aus Schlüssel und Wert</translation>
    </message>
    <message>
        <source>%1(): &apos;%2&apos; is not base64</source>
        <translation>%1(): „%2“ ist kein Base64</translation>
    </message>
    <message>
        <source>dataUriToString(): &apos;%1&apos; is not a data URI</source>
        <translation>dataUriToString(): „%1“ ist keine Daten-URI</translation>
    </message>
    <message>
        <source>unsupported template function &apos;%1&apos;</source>
        <translation>nicht unterstützte Vorlagenfunktion „%1“</translation>
    </message>
    <message>
        <source>padLeft(): the padding must be one character</source>
        <translation>padLeft(): die Auffüllung muss ein Zeichen sein</translation>
    </message>
    <message>
        <source>substring(): range outside &apos;%1&apos;</source>
        <translation>substring(): Bereich außerhalb von „%1“</translation>
    </message>
    <message>
        <source>padLeft(): the width must be from 0 to %1</source>
        <translation>padLeft(): die Breite muss zwischen 0 und %1 liegen</translation>
    </message>
    <message>
        <source>replace(): the result would exceed %1 characters</source>
        <translation>replace(): das Ergebnis würde %1 Zeichen überschreiten</translation>
    </message>
</context>
</TS>
