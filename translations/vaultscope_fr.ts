<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <source>Vaultscope</source>
        <translation>Vaultscope</translation>
    </message>
    <message>
        <source>Another Vaultscope window (%1) has this store open. This window shows it read-only, so the two never overwrite each other&apos;s work.</source>
        <translation>Une autre fenêtre Vaultscope (%1) a ouvert cette base. Cette fenêtre l’affiche en lecture seule, pour que l’une n’écrase jamais le travail de l’autre.</translation>
    </message>
    <message>
        <source>%1: the store cannot be created: %2.</source>
        <translation>%1 : le magasin ne peut pas être créé : %2.</translation>
    </message>
    <message>
        <source>This store cannot be locked for writing: %1. This window shows it read-only; nothing can be changed.</source>
        <translation>Ce magasin ne peut pas être verrouillé en écriture : %1. Cette fenêtre l’affiche en lecture seule ; rien ne peut être modifié.</translation>
    </message>
</context>
<context>
    <name>vaultscope</name>
    <message>
        <source>no baseline or benchmark sheet found (sheets: %1): expected the headers of a security baseline (Azure Control, Azure ID, Benchmark Recommendation), of a feature summary (ASB Control ID, Feature Name) or of a benchmark (ID, Control Domain, Recommendation)</source>
        <translation>aucune feuille de référence ou de benchmark trouvée (feuilles : %1) : en-têtes attendus d’une référence de sécurité (Azure Control, Azure ID, Benchmark Recommendation), d’un résumé des fonctionnalités (ASB Control ID, Feature Name) ou d’un benchmark (ID, Control Domain, Recommendation)</translation>
    </message>
    <message>
        <source>the workbook has the headers of a baseline but no rows under them</source>
        <translation>le classeur a les en-têtes d’une référence mais aucune ligne en dessous</translation>
    </message>
</context>
<context>
    <name>vaultscope::ArmClient</name>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 a répondu %2</translation>
    </message>
    <message>
        <source>the answer is not complete JSON (%1 at offset %2)</source>
        <translation>la réponse n’est pas un JSON complet (%1 à la position %2)</translation>
    </message>
    <message>
        <source>Resource Manager&apos;s read quota is low: spacing requests</source>
        <translation>Le quota de lecture de Resource Manager est bas : requêtes espacées</translation>
    </message>
    <message>
        <source>Resource Graph&apos;s query quota is spent until the next window</source>
        <translation>Le quota de requêtes de Resource Graph est épuisé jusqu’à la prochaine fenêtre</translation>
    </message>
    <message>
        <source>%1: the answer broke off</source>
        <translation>%1 : la réponse s’est interrompue</translation>
    </message>
    <message>
        <source>%1: no connection (%2); trying again for %3 s at most</source>
        <translation>%1 : pas de connexion (%2) ; nouvel essai pendant %3 s au plus</translation>
    </message>
    <message>
        <source>refused: the answer names &apos;%1&apos;, which is not a path from the root</source>
        <translation>refusé : la réponse désigne « %1 », qui n’est pas un chemin depuis la racine</translation>
    </message>
    <message>
        <source>the list&apos;s nextLink repeats a page already read: not followed</source>
        <translation>le nextLink de la liste répète une page déjà lue : non suivi</translation>
    </message>
    <message>
        <source>the list goes on beyond %1 pages or %2 items: not read to the end</source>
        <translation>la liste dépasse %1 pages ou %2 éléments : pas lue jusqu’au bout</translation>
    </message>
    <message>
        <source>refused: the list&apos;s nextLink names %1, not %2 that was asked</source>
        <translation>refusé : le nextLink de la liste désigne %1, pas %2 qui a été interrogé</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>pas de réponse complète en %1 s</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB: refused</source>
        <translation>la réponse dépasse %1 Mio : refusée</translation>
    </message>
    <message>
        <source>redirected to %1: not followed (a token never follows a redirect)</source>
        <translation>redirigé vers %1 : non suivi (un jeton ne suit jamais une redirection)</translation>
    </message>
</context>
<context>
    <name>vaultscope::ArmError</name>
    <message>
        <source>%1: no answer (%2)</source>
        <translation>%1 : pas de réponse (%2)</translation>
    </message>
    <message>
        <source>%1 answered %2 %3: %4</source>
        <translation>%1 a répondu %2 %3 : %4</translation>
    </message>
</context>
<context>
    <name>vaultscope::AuthConfig</name>
    <message>
        <source>&apos;%1&apos; is not a valid URL.</source>
        <translation>« %1 » n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>%1: plain http is allowed on 127.0.0.1 only with --allow-http-loopback (for a local test server).</source>
        <translation>%1 : http simple n’est permis que sur 127.0.0.1 avec --allow-http-loopback (pour un serveur de test local).</translation>
    </message>
    <message>
        <source>%1: https is required; sign-in and Resource Manager never go over plain http.</source>
        <translation>%1 : https est requis ; la connexion et Resource Manager ne passent jamais par http simple.</translation>
    </message>
    <message>
        <source>No client id: enter the application (client) id of your organization&apos;s app registration.</source>
        <translation>Pas d’ID client : saisissez l’ID d’application (client) de l’inscription d’application de votre organisation.</translation>
    </message>
    <message>
        <source>The client id &apos;%1&apos; is not a GUID such as 3f0c1c55-8a7e-4d6b-9a0e-5e1c2b3d4f60.</source>
        <translation>L’ID client « %1 » n’est pas un GUID comme 3f0c1c55-8a7e-4d6b-9a0e-5e1c2b3d4f60.</translation>
    </message>
    <message>
        <source>The tenant &apos;%1&apos; is not &apos;organizations&apos;, a tenant id (GUID) or a domain such as contoso.onmicrosoft.com.</source>
        <translation>Le locataire « %1 » n’est ni « organizations », ni un ID de locataire (GUID), ni un domaine comme contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DNS suffix such as vault.example.com.</source>
        <translation>« %1 » n’est pas un suffixe DNS comme vault.example.com.</translation>
    </message>
</context>
<context>
    <name>vaultscope::AuthService</name>
    <message>
        <source>A sign-in is already under way; finish or cancel it first.</source>
        <translation>Une connexion est déjà en cours ; terminez-la ou annulez-la d’abord.</translation>
    </message>
    <message>
        <source>The browser did not come back within the time allowed; sign in again.</source>
        <translation>Le navigateur n’est pas revenu dans le temps imparti ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>Sign-in did not complete: %1 — %2</source>
        <translation>La connexion n’a pas abouti : %1 — %2</translation>
    </message>
    <message>
        <source>%1 offers no device code sign-in.</source>
        <translation>%1 ne propose pas de connexion par code.</translation>
    </message>
    <message>
        <source>The code expired before it was entered; start again.</source>
        <translation>Le code a expiré avant d’être saisi ; recommencez.</translation>
    </message>
    <message>
        <source>The sign-in was declined on the verification page.</source>
        <translation>La connexion a été refusée sur la page de vérification.</translation>
    </message>
    <message>
        <source>The sign-in service did not recognise the code; start again.</source>
        <translation>Le service de connexion n’a pas reconnu le code ; recommencez.</translation>
    </message>
    <message>
        <source>The sign-in service returned no ID token.</source>
        <translation>Le service de connexion n’a renvoyé aucun jeton d’ID.</translation>
    </message>
    <message>
        <source>The sign-in was refused: %1.</source>
        <translation>La connexion a été refusée : %1.</translation>
    </message>
    <message>
        <source>No keychain is available (%1): this sign-in lasts until Vaultscope closes and is never written to a file.</source>
        <translation>Aucun trousseau n’est disponible (%1) : cette connexion dure jusqu’à la fermeture de Vaultscope et n’est jamais écrite dans un fichier.</translation>
    </message>
    <message>
        <source>No account is signed in.</source>
        <translation>Aucun compte n’est connecté.</translation>
    </message>
    <message>
        <source>No account &apos;%1&apos; is signed in.</source>
        <translation>Aucun compte « %1 » n’est connecté.</translation>
    </message>
    <message>
        <source>Not signed in: sign in first (vaultscope login).</source>
        <translation>Non connecté : connectez-vous d’abord (vaultscope login).</translation>
    </message>
    <message>
        <source>The sign-in of %1 is no longer available: sign in again.</source>
        <translation>La connexion de %1 n’est plus disponible : reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>vaultscope::AzureCli</name>
    <message>
        <source>The Azure CLI (az) is not installed or not on PATH; install it and run &apos;az login&apos;, or sign in with the browser or a code.</source>
        <translation>Azure CLI (az) n’est pas installée ou pas dans le PATH ; installez-la et lancez « az login », ou connectez-vous dans le navigateur ou avec un code.</translation>
    </message>
    <message>
        <source>The Azure CLI is not signed in: run &apos;az login&apos; first (%1).</source>
        <translation>Azure CLI n’est pas connectée : lancez d’abord « az login » (%1).</translation>
    </message>
    <message>
        <source>The Azure CLI failed (exit %1): %2</source>
        <translation>Azure CLI a échoué (code %1) : %2</translation>
    </message>
    <message>
        <source>&apos;az account show&apos; did not name a user and tenant.</source>
        <translation>« az account show » n’a indiqué ni utilisateur ni locataire.</translation>
    </message>
    <message>
        <source>&apos;az account get-access-token&apos; returned no token.</source>
        <translation>« az account get-access-token » n’a renvoyé aucun jeton.</translation>
    </message>
</context>
<context>
    <name>vaultscope::BackupService</name>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>La sauvegarde automatique a échoué : %1</translation>
    </message>
</context>
<context>
    <name>vaultscope::Backups</name>
    <message>
        <source>%1: cannot create the backup folder</source>
        <translation>%1 : impossible de créer le dossier de sauvegarde</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 ne peut pas être restaurée : %2</translation>
    </message>
    <message>
        <source>%1: cannot put the restored store in place</source>
        <translation>%1 : impossible de mettre en place la base restaurée</translation>
    </message>
</context>
<context>
    <name>vaultscope::BaselineCompareDialog</name>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Control title</source>
        <translation>Titre du contrôle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Pris en charge</translation>
    </message>
    <message>
        <source>Enabled by default</source>
        <translation>Activé par défaut</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Responsabilité</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Azure Policy</source>
        <translation>Azure Policy</translation>
    </message>
    <message>
        <source>Framework mappings</source>
        <translation>Correspondances avec les référentiels</translation>
    </message>
    <message>
        <source>+ Added</source>
        <translation>+ Ajoutée</translation>
    </message>
    <message>
        <source>− Removed</source>
        <translation>− Supprimée</translation>
    </message>
    <message>
        <source>≠ Changed</source>
        <translation>≠ Modifiée</translation>
    </message>
    <message>
        <source>Compare baselines</source>
        <translation>Comparer des références</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Inverser</translation>
    </message>
    <message>
        <source>Swap older and newer</source>
        <translation>Inverser l’ancienne et la récente</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All differences</source>
        <translation>Toutes les différences</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutées</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimées</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiées</translation>
    </message>
    <message>
        <source>&amp;Older:</source>
        <translation>&amp;Plus ancienne :</translation>
    </message>
    <message>
        <source>&amp;Newer:</source>
        <translation>&amp;Plus récente :</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>A&amp;fficher :</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Champs modifiés</translation>
    </message>
    <message>
        <source>Both versions of the entry</source>
        <translation>Les deux versions de l’entrée</translation>
    </message>
    <message>
        <source>Import at least one baseline to compare.</source>
        <translation>Importez au moins une référence à comparer.</translation>
    </message>
    <message>
        <source>%1 → %2 entries: %3 changed, %4 added, %5 removed, %6 unchanged.</source>
        <translation>%1 → %2 entrées : %3 modifiées, %4 ajoutées, %5 supprimées, %6 inchangées.</translation>
    </message>
    <message>
        <source>Paired by control id alone (renamed): %1; by name alone (renumbered): %2.</source>
        <translation>Appariées par le seul identifiant de contrôle (renommées) : %1 ; par le seul nom (renumérotées) : %2.</translation>
    </message>
    <message>
        <source>%1 older and %2 newer entries could not be matched by control id or name; they are listed as removed and added.</source>
        <translation>%1 entrées anciennes et %2 récentes n’ont pu être appariées ni par identifiant de contrôle ni par nom ; elles figurent comme supprimées et ajoutées.</translation>
    </message>
    <message>
        <source>The same baseline is chosen twice: choose another version to compare.</source>
        <translation>La même référence est choisie deux fois : choisissez une autre version à comparer.</translation>
    </message>
    <message>
        <source>No differences of this kind.</source>
        <translation>Aucune différence de ce type.</translation>
    </message>
    <message>
        <source>Older: %1</source>
        <translation>Plus ancienne : %1</translation>
    </message>
    <message>
        <source>Newer: %1</source>
        <translation>Plus récente : %1</translation>
    </message>
    <message>
        <source>not in this version</source>
        <translation>absente de cette version</translation>
    </message>
</context>
<context>
    <name>vaultscope::CataloguePage</name>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Texte du filtre</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Pris en charge</translation>
    </message>
    <message>
        <source>Any support value</source>
        <translation>Toute prise en charge</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Vrai</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Faux</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Responsabilité</translation>
    </message>
    <message>
        <source>Any responsibility</source>
        <translation>Toute responsabilité</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Microsoft</source>
        <translation>Microsoft</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagée</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Select an entry to see its notes, guidance and references.</source>
        <translation>Sélectionnez une entrée pour voir ses notes, conseils et références.</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>Aucune entrée ne correspond.</translation>
    </message>
    <message>
        <source>No entries match the filter.</source>
        <translation>Aucune entrée ne correspond au filtre.</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Entrées : %1</translation>
    </message>
    <message>
        <source>Entries: %1 of %2</source>
        <translation>Entrées : %1 sur %2</translation>
    </message>
    <message>
        <source>Remove baseline…</source>
        <translation>Retirer la base de référence…</translation>
    </message>
    <message>
        <source>Filter entries, or a framework id such as NIST AC-4 (Ctrl+F)</source>
        <translation>Filtrer les entrées, ou un identifiant de référentiel comme NIST AC-4 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Compare with another version…</source>
        <translation>Comparer avec une autre version…</translation>
    </message>
    <message>
        <source>%1 · %2 · 1 entry</source>
        <translation>%1 · %2 · 1 entrée</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 entries</source>
        <translation>%1 · %2 · %3 entrées</translation>
    </message>
</context>
<context>
    <name>vaultscope::CatalogueStore</name>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>impossible de démarrer une transaction : %1</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>impossible d’enregistrer : %1</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>erreur de base de données : %1</translation>
    </message>
</context>
<context>
    <name>vaultscope::CatalogueTreeModel</name>
    <message>
        <source>%1
Source: %2
Format: %3%4</source>
        <translation>%1
Source : %2
Format : %3%4</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Base de référence</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Security attributes</source>
        <translation>Attributs de sécurité</translation>
    </message>
    <message>
        <source>Security controls</source>
        <translation>Contrôles de sécurité</translation>
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
        <translation>Vue d’ensemble des fonctionnalités de sécurité</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revus</translation>
    </message>
    <message>
        <source>Azure Security Benchmark v3</source>
        <translation>Azure Security Benchmark v3</translation>
    </message>
    <message>
        <source>Benchmark controls</source>
        <translation>Contrôles du benchmark</translation>
    </message>
    <message>
        <source>spreadsheet</source>
        <translation>classeur</translation>
    </message>
</context>
<context>
    <name>vaultscope::CloudOrigins</name>
    <message>
        <source>&apos;%1&apos; is not a valid Resource Manager URL.</source>
        <translation>« %1 » n’est pas une URL Resource Manager valide.</translation>
    </message>
    <message>
        <source>%1: https is required; Resource Manager is never read over plain http (except on 127.0.0.1 with --allow-http-loopback, for a local test server).</source>
        <translation>%1 : https est requis ; Resource Manager n’est jamais lu en http simple (sauf sur 127.0.0.1 avec --allow-http-loopback, pour un serveur de test local).</translation>
    </message>
    <message>
        <source>refused: the answer names %1, not Resource Manager of %2 (%3)</source>
        <translation>refusé : la réponse désigne %1, pas Resource Manager de %2 (%3)</translation>
    </message>
    <message>
        <source>refused: the answer names %1, not a Key Vault host of %2</source>
        <translation>refusé : la réponse désigne %1, pas un hôte Key Vault de %2</translation>
    </message>
</context>
<context>
    <name>vaultscope::CompareDialog</name>
    <message>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Compare snapshots</source>
        <translation>Comparer des instantanés</translation>
    </message>
    <message>
        <source>From “%1” to “%2”: %3 changed results (%4 now compliant, %5 now non-compliant).</source>
        <translation>De « %1 » à « %2 » : %3 résultats modifiés (%4 désormais conformes, %5 désormais non conformes).</translation>
    </message>
    <message>
        <source>Changed results</source>
        <translation>Résultats modifiés</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>(the vault itself)</source>
        <translation>(le coffre lui-même)</translation>
    </message>
</context>
<context>
    <name>vaultscope::Completeness</name>
    <message>
        <source>%1 of %2 subscriptions, %3 vaults</source>
        <translation>%1 abonnements sur %2, %3 coffres</translation>
    </message>
    <message>
        <source>: %1 failed (%2 on &apos;%3&apos;%4)</source>
        <translation> : %1 en échec (%2 sur « %3 »%4)</translation>
    </message>
    <message>
        <source>; related resources missing for %1 vaults (their results are unknown)</source>
        <translation> ; ressources associées manquantes pour %1 coffres (leurs résultats sont inconnus)</translation>
    </message>
    <message>
        <source>; %1 items of odd shape skipped</source>
        <translation> ; %1 éléments de forme inattendue ignorés</translation>
    </message>
</context>
<context>
    <name>vaultscope::CompletenessBanner</name>
    <message>
        <source>Live scan, complete: %1.</source>
        <translation>Analyse en direct, complète : %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Incomplete scan:&lt;/b&gt; %1. Results cover only what was read.</source>
        <translation>&lt;b&gt;Analyse incomplète :&lt;/b&gt; %1. Les résultats ne couvrent que ce qui a été lu.</translation>
    </message>
    <message>
        <source>… and %1 more subscriptions (snapshot list --json lists them all).</source>
        <translation>… et %1 autres abonnements (snapshot list --json les liste tous).</translation>
    </message>
    <message>
        <source>Not scanned: %1</source>
        <translation>Non analysé : %1</translation>
    </message>
</context>
<context>
    <name>vaultscope::DashboardPage</name>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Results: compliant, non-compliant and unknown</source>
        <translation>Résultats : conformes, non conformes et inconnus</translation>
    </message>
    <message>
        <source>Subscriptions, worst first</source>
        <translation>Abonnements, les plus faibles d’abord</translation>
    </message>
    <message>
        <source>Results per subscription</source>
        <translation>Résultats par abonnement</translation>
    </message>
    <message>
        <source>Pass rate per policy definition, worst first</source>
        <translation>Taux de conformité par définition, les plus faibles d’abord</translation>
    </message>
    <message>
        <source>Pass rate per definition</source>
        <translation>Taux de conformité par définition</translation>
    </message>
    <message>
        <source>Trend across snapshots</source>
        <translation>Évolution sur les instantanés</translation>
    </message>
    <message>
        <source>Score across snapshots of this tenant</source>
        <translation>Score sur les instantanés de ce locataire</translation>
    </message>
    <message>
        <source>Pass rate per subscription and control (worst subscriptions first)</source>
        <translation>Taux de conformité par abonnement et contrôle (abonnements les plus faibles d’abord)</translation>
    </message>
    <message>
        <source>Score %1 · %2 compliant · %3 non-compliant · %4 unknown · %5 vaults in %6 subscriptions</source>
        <translation>Score %1 · %2 conformes · %3 non conformes · %4 inconnus · %5 coffres dans %6 abonnements</translation>
    </message>
    <message>
        <source>%1: %2 results (%3)</source>
        <translation>%1 : %2 résultats (%3)</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Score %1</translation>
    </message>
    <message numerus="yes">
        <source>%n other subscription(s)</source>
        <translation>
            <numerusform>%n autre abonnement</numerusform>
            <numerusform>%n autres abonnements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2 : %3</translation>
    </message>
    <message>
        <source>other subscriptions</source>
        <translation>autres abonnements</translation>
    </message>
    <message>
        <source>%1: %2 compliant</source>
        <translation>%1 : %2 conformes</translation>
    </message>
    <message>
        <source>%1: %2 compliant, %3 non-compliant</source>
        <translation>%1 : %2 conformes, %3 non conformes</translation>
    </message>
    <message>
        <source>All subscriptions</source>
        <translation>Tous les abonnements</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Trend: one snapshot of this tenant so far</source>
        <translation>Évolution : un seul instantané de ce locataire pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>Trend across %n snapshot(s)</source>
        <translation>
            <numerusform>Évolution sur %n instantané</numerusform>
            <numerusform>Évolution sur %n instantanés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Key Vault objects: %n key(s)</source>
        <translation>
            <numerusform>Objets Key Vault : %n clé</numerusform>
            <numerusform>Objets Key Vault : %n clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s)</source>
        <translation>
            <numerusform>%n secret</numerusform>
            <numerusform>%n secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificat</numerusform>
            <numerusform>%n certificats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without expiry</source>
        <translation>
            <numerusform>%n sans date d’expiration</numerusform>
            <numerusform>%n sans date d’expiration</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expiring within %1 days of the capture</source>
        <translation>
            <numerusform>%n expire dans les %1 jours suivant la capture</numerusform>
            <numerusform>%n expirent dans les %1 jours suivant la capture</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already expired</source>
        <translation>
            <numerusform>%n déjà expiré</numerusform>
            <numerusform>%n déjà expirés</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the snapshot…</source>
        <translation>Lecture de l’instantané…</translation>
    </message>
</context>
<context>
    <name>vaultscope::Database</name>
    <message>
        <source>%1: cannot read the database: %2</source>
        <translation>%1 : impossible de lire la base de données : %2</translation>
    </message>
    <message>
        <source>%1: not a SQLite database (damaged, or another kind of file). Vaultscope leaves it untouched; move it away or choose another file with --db.</source>
        <translation>%1 : ce n’est pas une base SQLite (endommagée ou autre type de fichier). Vaultscope n’y touche pas ; déplacez-la ou choisissez un autre fichier avec --db.</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1 : impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1 : impossible d’ouvrir la base de données : %2</translation>
    </message>
    <message>
        <source>%1: the database is damaged (%2). Vaultscope leaves it untouched; restore a backup or move it away.</source>
        <translation>%1 : la base de données est endommagée (%2). Vaultscope n’y touche pas ; restaurez une sauvegarde ou déplacez-la.</translation>
    </message>
    <message>
        <source>%1: this SQLite database belongs to another program; Vaultscope will not change it. Choose another file with --db.</source>
        <translation>%1 : cette base SQLite appartient à un autre programme ; Vaultscope ne la modifiera pas. Choisissez un autre fichier avec --db.</translation>
    </message>
    <message>
        <source>%1: the database was written by a newer Vaultscope (schema %2; this version reads up to %3). Vaultscope leaves it untouched.</source>
        <translation>%1 : la base de données a été écrite par une version plus récente de Vaultscope (schéma %2 ; cette version lit jusqu’au %3). Vaultscope n’y touche pas.</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1 : impossible de démarrer une transaction : %2</translation>
    </message>
    <message>
        <source>%1: cannot write the schema: %2</source>
        <translation>%1 : impossible d’écrire le schéma : %2</translation>
    </message>
    <message>
        <source>database statement failed (%1): %2</source>
        <translation>échec de l’instruction de base de données (%1) : %2</translation>
    </message>
    <message>
        <source>%1: cannot read the store&apos;s settings: %2</source>
        <translation>%1 : impossible de lire les réglages du magasin : %2</translation>
    </message>
    <message>
        <source>%1: cannot write the store&apos;s settings: %2</source>
        <translation>%1 : impossible d’écrire les réglages du magasin : %2</translation>
    </message>
</context>
<context>
    <name>vaultscope::DeviceCodeDialog</name>
    <message>
        <source>Sign in with a code</source>
        <translation>Se connecter avec un code</translation>
    </message>
    <message>
        <source>Copy &amp;code</source>
        <translation>Copier le &amp;code</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>Copier l’&amp;adresse</translation>
    </message>
    <message>
        <source>On any device with a browser, open the address below, enter the code and sign in. Vaultscope continues by itself once you have.</source>
        <translation>Sur n’importe quel appareil doté d’un navigateur, ouvrez l’adresse ci-dessous, saisissez le code et connectez-vous. Vaultscope poursuit ensuite de lui-même.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code :</translation>
    </message>
    <message>
        <source>The code is valid for %1:%2 more.</source>
        <translation>Le code reste valable %1:%2.</translation>
    </message>
    <message>
        <source>The code has expired.</source>
        <translation>Le code a expiré.</translation>
    </message>
</context>
<context>
    <name>vaultscope::EmptyEstateView</name>
    <message>
        <source>Scan Azure…</source>
        <translation>Analyser Azure…</translation>
    </message>
    <message>
        <source>Import an export…</source>
        <translation>Importer un export…</translation>
    </message>
    <message>
        <source>Open the demo estate</source>
        <translation>Ouvrir le parc de démonstration</translation>
    </message>
    <message>
        <source>No estate yet</source>
        <translation>Pas encore de parc</translation>
    </message>
    <message>
        <source>This store holds no snapshot of vaults, so there is no posture to show. The catalogue of baselines is there to browse already. Bring in an estate in one of three ways:</source>
        <translation>Ce magasin ne contient aucun instantané de coffres : il n’y a donc pas de posture à afficher. Le catalogue des bases de référence est déjà consultable. Faites entrer un parc de l’une de trois façons :</translation>
    </message>
    <message>
        <source>Sign in with Entra ID and read the vaults of the subscriptions you choose, live. The Reader role is enough; Vaultscope never changes anything in Azure.</source>
        <translation>Se connecter avec Entra ID et lire en direct les coffres des abonnements choisis. Le rôle Lecteur suffit ; Vaultscope ne modifie jamais rien dans Azure.</translation>
    </message>
    <message>
        <source>Open a JSON file an administrator made for you, for example with az graph query, or a snapshot exported from another Vaultscope. Works without a network.</source>
        <translation>Ouvrir un fichier JSON qu’un administrateur a préparé pour vous, par exemple avec az graph query, ou un instantané exporté d’un autre Vaultscope. Fonctionne sans réseau.</translation>
    </message>
    <message>
        <source>Explore a generated estate of 240 vaults in 12 subscriptions, with Key Vault objects, to see what Vaultscope shows before your own estate is in.</source>
        <translation>Explorer un parc généré de 240 coffres dans 12 abonnements, avec des objets Key Vault, pour voir ce que Vaultscope affiche avant que votre propre parc soit là.</translation>
    </message>
</context>
<context>
    <name>vaultscope::EntryDetailsView</name>
    <message>
        <source>Entry details</source>
        <translation>Détails de l’entrée</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Pris en charge</translation>
    </message>
    <message>
        <source>Enabled by default</source>
        <translation>Activé par défaut</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Responsabilité</translation>
    </message>
    <message>
        <source>Security Center monitoring</source>
        <translation>Supervision Security Center</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Azure Policy definitions</source>
        <translation>Définitions Azure Policy</translation>
    </message>
    <message>
        <source>Source: %1, line %2</source>
        <translation>Source : %1, ligne %2</translation>
    </message>
    <message>
        <source>Framework mappings</source>
        <translation>Correspondances avec les référentiels</translation>
    </message>
    <message>
        <source>In the benchmark</source>
        <translation>Dans le benchmark</translation>
    </message>
    <message>
        <source>Maps to %1</source>
        <translation>Correspond à %1</translation>
    </message>
    <message>
        <source>Baselines with this control</source>
        <translation>Références avec ce contrôle</translation>
    </message>
    <message>
        <source>evaluated by Vaultscope</source>
        <translation>évaluée par Vaultscope</translation>
    </message>
</context>
<context>
    <name>vaultscope::EntryTableModel</name>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Pris en charge</translation>
    </message>
    <message>
        <source>Enabled by default</source>
        <translation>Activé par défaut</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Responsabilité</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Base de référence</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation>%1 % (%2 sur %3)</translation>
    </message>
    <message>
        <source>Snapshot “%1”: %2 compliant, %3 non-compliant, %4 unknown results of the policy definitions mapped to %5, over this service&apos;s vaults</source>
        <translation>Instantané « %1 » : %2 résultats conformes, %3 non conformes, %4 inconnus des définitions rattachées à %5, sur les coffres de ce service</translation>
    </message>
    <message>
        <source>Live posture</source>
        <translation>Posture actuelle</translation>
    </message>
</context>
<context>
    <name>vaultscope::ExportFiles</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
</context>
<context>
    <name>vaultscope::FilterBar</name>
    <message>
        <source>Filter by subscription</source>
        <translation>Filtrer par abonnement</translation>
    </message>
    <message>
        <source>Filter by resource group</source>
        <translation>Filtrer par groupe de ressources</translation>
    </message>
    <message>
        <source>Filter by region</source>
        <translation>Filtrer par région</translation>
    </message>
    <message>
        <source>Filter by vault type</source>
        <translation>Filtrer par type de coffre</translation>
    </message>
    <message>
        <source>Filter by policy definition</source>
        <translation>Filtrer par définition de stratégie</translation>
    </message>
    <message>
        <source>Filter by control</source>
        <translation>Filtrer par contrôle</translation>
    </message>
    <message>
        <source>Filter by result</source>
        <translation>Filtrer par résultat</translation>
    </message>
    <message>
        <source>C&amp;lear filter</source>
        <translation>E&amp;ffacer le filtre</translation>
    </message>
    <message>
        <source>All subscriptions</source>
        <translation>Tous les abonnements</translation>
    </message>
    <message>
        <source>All resource groups</source>
        <translation>Tous les groupes de ressources</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>All vault types</source>
        <translation>Tous les types de coffres</translation>
    </message>
    <message>
        <source>All definitions</source>
        <translation>Toutes les définitions</translation>
    </message>
    <message>
        <source>All controls</source>
        <translation>Tous les contrôles</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Showing: %1 — %2 vaults</source>
        <translation>Affiché : %1 — %2 coffres</translation>
    </message>
</context>
<context>
    <name>vaultscope::GraphPage</name>
    <message>
        <source>a vault list item without a string id and type</source>
        <translation>un élément de la liste de coffres sans id ni type textuels</translation>
    </message>
    <message>
        <source>a vault whose id is not a plain resource id: %1</source>
        <translation>un coffre dont l’id n’est pas un simple id de ressource : %1</translation>
    </message>
</context>
<context>
    <name>vaultscope::HeatMapView</name>
    <message>
        <source>Heat map: pass rate per subscription and control</source>
        <translation>Carte de chaleur : taux de conformité par abonnement et contrôle</translation>
    </message>
    <message>
        <source>%1, control %2: %3 % compliant (%4 compliant, %5 non-compliant, %6 unknown)</source>
        <translation>%1, contrôle %2 : %3 % conformes (%4 conformes, %5 non conformes, %6 inconnus)</translation>
    </message>
    <message>
        <source>%1, control %2: only unknown results (%3): the data they need was not captured</source>
        <translation>%1, contrôle %2 : résultats inconnus uniquement (%3) : les données nécessaires n’ont pas été capturées</translation>
    </message>
    <message>
        <source>%1, control %2: no vaults</source>
        <translation>%1, contrôle %2 : aucun coffre</translation>
    </message>
    <message>
        <source>no vaults</source>
        <translation>aucun coffre</translation>
    </message>
</context>
<context>
    <name>vaultscope::IdTokenVerifier</name>
    <message>
        <source>the ID token is not a signed JWT</source>
        <translation>le jeton d’ID n’est pas un JWT signé</translation>
    </message>
    <message>
        <source>the ID token is signed with %1, not RS256</source>
        <translation>le jeton d’ID est signé avec %1, pas avec RS256</translation>
    </message>
    <message>
        <source>the ID token&apos;s signature does not verify against the provider&apos;s keys</source>
        <translation>la signature du jeton d’ID ne se vérifie pas avec les clés du fournisseur</translation>
    </message>
    <message>
        <source>the ID token comes from %1, not from %2</source>
        <translation>le jeton d’ID vient de %1, pas de %2</translation>
    </message>
    <message>
        <source>the ID token is meant for another application</source>
        <translation>le jeton d’ID est destiné à une autre application</translation>
    </message>
    <message>
        <source>the ID token has expired</source>
        <translation>le jeton d’ID a expiré</translation>
    </message>
    <message>
        <source>the ID token is not valid yet</source>
        <translation>le jeton d’ID n’est pas encore valide</translation>
    </message>
    <message>
        <source>the ID token does not answer this sign-in (nonce mismatch)</source>
        <translation>le jeton d’ID ne répond pas à cette connexion (nonce différent)</translation>
    </message>
    <message>
        <source>the ID token was issued to another party (azp)</source>
        <translation>le jeton d’ID a été émis pour une autre partie (azp)</translation>
    </message>
    <message>
        <source>the ID token&apos;s %1 is not a number</source>
        <translation>le %1 du jeton d’ID n’est pas un nombre</translation>
    </message>
</context>
<context>
    <name>vaultscope::Import</name>
    <message>
        <source>no benchmark recommendations found</source>
        <translation>aucune recommandation du benchmark trouvée</translation>
    </message>
    <message>
        <source>no benchmark features found</source>
        <translation>aucune fonctionnalité du benchmark trouvée</translation>
    </message>
    <message>
        <source>the overview has no sections</source>
        <translation>la vue d’ensemble n’a aucune section</translation>
    </message>
    <message>
        <source>the attribute or control tables hold no rows</source>
        <translation>les tableaux d’attributs ou de contrôles n’ont aucune ligne</translation>
    </message>
    <message>
        <source>no baseline content found: expected security attribute or control tables, benchmark recommendations (&quot;### NS-1: ...&quot; or &quot;### 1.1: ...&quot;), benchmark features, or a security overview</source>
        <translation>aucun contenu de base de sécurité trouvé : tableaux d’attributs ou de contrôles de sécurité, recommandations du benchmark (« ### NS-1: … » ou « ### 1.1: … »), fonctionnalités du benchmark ou vue d’ensemble de la sécurité attendus</translation>
    </message>
</context>
<context>
    <name>vaultscope::ImportResultsDialog</name>
    <message>
        <source>Import results</source>
        <translation>Résultats de l’importation</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Already in the catalogue</source>
        <translation>Déjà dans le catalogue</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Import cancelled; the files not listed were not imported.</source>
        <translation>Importation annulée ; les fichiers non listés n’ont pas été importés.</translation>
    </message>
    <message>
        <source>%1 — %2 (entries: %3)</source>
        <translation>%1 — %2 (entrées : %3)</translation>
    </message>
    <message>
        <source>Imported: %1 · Failed: %2</source>
        <translation>Importés : %1 · Échecs : %2</translation>
    </message>
    <message>
        <source>Files that failed left the catalogue unchanged.</source>
        <translation>Les fichiers en échec n’ont pas modifié le catalogue.</translation>
    </message>
</context>
<context>
    <name>vaultscope::LoopbackReceiver</name>
    <message>
        <source>Cannot listen on 127.0.0.1 for the sign-in redirect: %1</source>
        <translation>Impossible d’écouter sur 127.0.0.1 la redirection de connexion : %1</translation>
    </message>
    <message>
        <source>This address only takes Vaultscope&apos;s sign-in redirect.</source>
        <translation>Cette adresse n’accepte que la redirection de connexion de Vaultscope.</translation>
    </message>
    <message>
        <source>This sign-in answer does not belong to the sign-in Vaultscope started. It was ignored.</source>
        <translation>Cette réponse de connexion n’appartient pas à la connexion lancée par Vaultscope. Elle a été ignorée.</translation>
    </message>
    <message>
        <source>Sign-in did not complete: %1. You can close this tab and return to Vaultscope.</source>
        <translation>La connexion n’a pas abouti : %1. Vous pouvez fermer cet onglet et revenir à Vaultscope.</translation>
    </message>
    <message>
        <source>You are signed in to Vaultscope. You can close this tab.</source>
        <translation>Vous êtes connecté à Vaultscope. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>Cannot listen on both loopback addresses (127.0.0.1 and ::1) for the sign-in redirect: another program holds the ports tried</source>
        <translation>Impossible d’écouter sur les deux adresses de bouclage (127.0.0.1 et ::1) pour la redirection de connexion : un autre programme occupe les ports essayés</translation>
    </message>
    <message>
        <source>This sign-in is finished; this answer was not taken.</source>
        <translation>Cette connexion est terminée ; cette réponse n’a pas été prise.</translation>
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
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import baselines…</source>
        <translation>&amp;Importer des bases de référence…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Vaultscope</source>
        <translation>À &amp;propos de Vaultscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Import baselines</source>
        <translation>Importer des bases de référence</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language changes when Vaultscope starts next.</source>
        <translation>La langue changera au prochain démarrage de Vaultscope.</translation>
    </message>
    <message>
        <source>About Vaultscope</source>
        <translation>À propos de Vaultscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vaultscope %1&lt;/h3&gt;&lt;p&gt;A compliance dashboard for Azure security baselines.&lt;/p&gt;&lt;p&gt;Bundled baselines: Microsoft Docs, © Microsoft Corporation, licensed under CC BY 4.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vaultscope %1&lt;/h3&gt;&lt;p&gt;Un tableau de bord de conformité pour les bases de sécurité Azure.&lt;/p&gt;&lt;p&gt;Bases fournies : Microsoft Docs, © Microsoft Corporation, sous licence CC BY 4.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Baselines: %1 · Entries: %2 · Database: %3</source>
        <translation>Bases de référence : %1 · Entrées : %2 · Base de données : %3</translation>
    </message>
    <message>
        <source>Importing files: %1…</source>
        <translation>Importation des fichiers : %1…</translation>
    </message>
    <message>
        <source>Remove baseline</source>
        <translation>Retirer la base de référence</translation>
    </message>
    <message>
        <source>Remove “%1” and all its entries from the catalogue? The source document is not touched and can be imported again.</source>
        <translation>Retirer « %1 » et toutes ses entrées du catalogue ? Le document source n’est pas modifié et peut être importé à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Catalogue</translation>
    </message>
    <message>
        <source>&amp;Vaults</source>
        <translation>C&amp;offres</translation>
    </message>
    <message>
        <source>Snapshot %1 stored.</source>
        <translation>Instantané %1 enregistré.</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Parc</translation>
    </message>
    <message>
        <source>Import &amp;estate…</source>
        <translation>Importer un &amp;parc…</translation>
    </message>
    <message>
        <source>Import an estate export (az graph query output, ARM or Resource Graph responses)</source>
        <translation>Importer un export de parc (sortie de az graph query, réponses ARM ou Resource Graph)</translation>
    </message>
    <message>
        <source>Open &amp;demo estate</source>
        <translation>Ouvrir le parc de &amp;démonstration</translation>
    </message>
    <message>
        <source>Import estate</source>
        <translation>Importer un parc</translation>
    </message>
    <message>
        <source>Estate exports (*.json);;All files (*)</source>
        <translation>Exports de parc (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading and evaluating %1…</source>
        <translation>Lecture et évaluation de %1…</translation>
    </message>
    <message>
        <source>Generating and evaluating the demo estate…</source>
        <translation>Génération et évaluation du parc de démonstration…</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revue</translation>
    </message>
    <message>
        <source>E&amp;xport reviews…</source>
        <translation>E&amp;xporter les revues…</translation>
    </message>
    <message>
        <source>Write reviews with their history and evidence to a bundle for a colleague</source>
        <translation>Écrire les revues avec leur historique et leurs pièces dans un paquet pour un collègue</translation>
    </message>
    <message>
        <source>Imp&amp;ort reviews…</source>
        <translation>Imp&amp;orter des revues…</translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s review bundle into this store</source>
        <translation>Fusionner le paquet de revues d’un collègue dans cette base</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Vaultscope (read-only)</source>
        <translation>Vaultscope (lecture seule)</translation>
    </message>
    <message>
        <source>Export reviews</source>
        <translation>Exporter les revues</translation>
    </message>
    <message>
        <source>Exported %1 reviews and %2 evidence files to %3.</source>
        <translation>%1 revues et %2 pièces justificatives exportées vers %3.</translation>
    </message>
    <message>
        <source>Import reviews</source>
        <translation>Importer des revues</translation>
    </message>
    <message>
        <source>%1 new reviews, %2 already equal, %3 conflicts (%4 taken from the bundle), %5 history entries and %6 evidence files added.</source>
        <translation>%1 nouvelles revues, %2 déjà identiques, %3 conflits (%4 repris du paquet), %5 entrées d’historique et %6 pièces justificatives ajoutées.</translation>
    </message>
    <message>
        <source>Review bundles (*.vsreview)</source>
        <translation>Paquets de revues (*.vsreview)</translation>
    </message>
    <message>
        <source>Review bundles (*.vsreview);;All files (*)</source>
        <translation>Paquets de revues (*.vsreview);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>There are no backups of this store yet.</source>
        <translation>Il n’existe pas encore de sauvegarde de cette base.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Replace the store with this backup? The store as it is now is kept as a backup first.</source>
        <translation>Remplacer la base par cette sauvegarde ? L’état actuel est d’abord conservé comme sauvegarde.</translation>
    </message>
    <message>
        <source>The store was restored from %1.</source>
        <translation>La base a été restaurée depuis %1.</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exporter le &amp;rapport…</translation>
    </message>
    <message>
        <source>Write the audit report of the current snapshot as PDF, CSV or JSON</source>
        <translation>Écrire le rapport d’audit de l’instantané courant en PDF, CSV ou JSON</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>There is no snapshot to report on: import an estate or open the demo estate.</source>
        <translation>Aucun instantané sur lequel faire un rapport : importez un parc ou ouvrez le parc de démonstration.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>A report is being written already; wait for it or cancel it first.</source>
        <translation>Un rapport est déjà en cours d’écriture ; attendez-le ou annulez-le d’abord.</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Se connecter…</translation>
    </message>
    <message>
        <source>Sign in with Microsoft Entra ID in the system browser</source>
        <translation>Se connecter avec Microsoft Entra ID dans le navigateur du système</translation>
    </message>
    <message>
        <source>Sign in with a &amp;code…</source>
        <translation>Se connecter avec un &amp;code…</translation>
    </message>
    <message>
        <source>Sign in on another device with a code (SSH sessions, locked-down laptops)</source>
        <translation>Se connecter sur un autre appareil avec un code (sessions SSH, portables verrouillés)</translation>
    </message>
    <message>
        <source>Use my &amp;Azure CLI sign-in</source>
        <translation>Utiliser ma connexion &amp;Azure CLI</translation>
    </message>
    <message>
        <source>Take tokens from &apos;az account get-access-token&apos; each time one is needed</source>
        <translation>Prendre les jetons de « az account get-access-token » chaque fois qu’il en faut un</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Sign-in se&amp;ttings…</source>
        <translation>&amp;Paramètres de connexion…</translation>
    </message>
    <message>
        <source>Signing in in the browser…</source>
        <translation>Connexion dans le navigateur…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address yourself:
%1</source>
        <translation>Aucun navigateur n’a pu être ouvert. Ouvrez vous-même cette adresse :
%1</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>%1 · tenant %2</source>
        <translation>%1 · locataire %2</translation>
    </message>
    <message>
        <source>Signed in (%1) at %2</source>
        <translation>Connecté (%1) auprès de %2</translation>
    </message>
    <message>
        <source>Sign in with Microsoft Entra ID to scan your estate</source>
        <translation>Se connecter avec Microsoft Entra ID pour analyser votre parc</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Signed out: the account&apos;s tokens are gone from this computer.</source>
        <translation>Déconnecté : les jetons du compte ont quitté cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Scan Azure…</source>
        <translation>&amp;Analyser Azure…</translation>
    </message>
    <message>
        <source>Read the estate live with the signed-in account (reads only)</source>
        <translation>Lire le parc en direct avec le compte connecté (lecture seule)</translation>
    </message>
    <message>
        <source>Scanning Azure: %1 %, %2 vaults so far…</source>
        <translation>Analyse d’Azure : %1 %, %2 coffres jusqu’ici…</translation>
    </message>
    <message>
        <source>Scan stored as snapshot %1: %2</source>
        <translation>Analyse enregistrée comme instantané %1 : %2</translation>
    </message>
    <message>
        <source>Import Microsoft security baselines: documents (markdown or text) or spreadsheets (.xlsx)</source>
        <translation>Importer des références de sécurité Microsoft : documents (markdown ou texte) ou classeurs (.xlsx)</translation>
    </message>
    <message>
        <source>Co&amp;mpare baselines…</source>
        <translation>Co&amp;mparer des références…</translation>
    </message>
    <message>
        <source>Compare two versions of a baseline: added, removed and changed entries</source>
        <translation>Comparer deux versions d’une référence : entrées ajoutées, supprimées et modifiées</translation>
    </message>
    <message>
        <source>Compare baselines</source>
        <translation>Comparer des références</translation>
    </message>
    <message>
        <source>The catalogue is empty: import baselines first.</source>
        <translation>Le catalogue est vide : importez d’abord des références.</translation>
    </message>
    <message>
        <source>Baselines (*.md *.markdown *.txt *.xlsx);;All files (*)</source>
        <translation>Références (*.md *.markdown *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>vaultscope::MergeConflictsDialog</name>
    <message>
        <source> until %1, approved by %2</source>
        <translation> jusqu’au %1, approuvée par %2</translation>
    </message>
    <message>
        <source>Review conflicts</source>
        <translation>Conflits de revues</translation>
    </message>
    <message>
        <source>These reviews differ between your store and the bundle. Both histories are kept. Tick the rows where the bundle&apos;s review should replace yours.</source>
        <translation>Ces revues diffèrent entre votre base et le paquet. Les deux historiques sont conservés. Cochez les lignes où la revue du paquet doit remplacer la vôtre.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <source>Bundle&apos;s (tick to take)</source>
        <translation>Du paquet (cocher pour reprendre)</translation>
    </message>
</context>
<context>
    <name>vaultscope::OAuthAnswers</name>
    <message>
        <source>%1 is not an OpenID Connect discovery document</source>
        <translation>%1 n’est pas un document de découverte OpenID Connect</translation>
    </message>
    <message>
        <source>%1 names %2 as its %3; Vaultscope sends codes and tokens to the authority&apos;s own host (%4) over https only</source>
        <translation>%1 désigne %2 comme %3 ; Vaultscope n’envoie codes et jetons qu’à l’hôte de l’autorité lui-même (%4), en https</translation>
    </message>
</context>
<context>
    <name>vaultscope::OAuthError</name>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 a répondu %2</translation>
    </message>
    <message>
        <source>Your organization has not consented to this application yet (%1). An administrator can grant consent once for everyone in the Entra admin center (Enterprise applications › Permissions), or through the admin consent URL of the app registration.</source>
        <translation>Votre organisation n’a pas encore donné son consentement à cette application (%1). Un administrateur peut le donner une fois pour tous dans le centre d’administration Entra (Applications d’entreprise › Autorisations), ou via l’URL de consentement administrateur de l’inscription d’application.</translation>
    </message>
    <message>
        <source>Multi-factor authentication is required: sign in again in the browser, where you can complete it (%1).</source>
        <translation>L’authentification multifacteur est requise : reconnectez-vous dans le navigateur, où vous pourrez la terminer (%1).</translation>
    </message>
    <message>
        <source>A Conditional Access policy of your organization blocks or limits this sign-in (%1). Sign in again from a compliant device or ask your administrator.</source>
        <translation>Une stratégie d’accès conditionnel de votre organisation bloque ou limite cette connexion (%1). Reconnectez-vous depuis un appareil conforme ou adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <source>The sign-in answer did not match this sign-in (PKCE): start it again (%1).</source>
        <translation>La réponse de connexion ne correspondait pas à cette connexion (PKCE) : recommencez (%1).</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked: sign in again (%1).</source>
        <translation>Votre connexion a expiré ou a été révoquée : reconnectez-vous (%1).</translation>
    </message>
    <message>
        <source>No connection to the sign-in service (%1: %2). Offline work goes on; try again when the network is back.</source>
        <translation>Pas de connexion au service de connexion (%1 : %2). Le travail hors ligne continue ; réessayez quand le réseau sera revenu.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1 — %2 (%3).</source>
        <translation>Échec de la connexion : %1 — %2 (%3).</translation>
    </message>
</context>
<context>
    <name>vaultscope::OpenItemsPage</name>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation>%1 sur %2 revus</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>Avancement de la revue</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Points ouverts</translation>
    </message>
    <message>
        <source>Double-click or press Enter on an item to review it.</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour revoir un point.</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Findings in %1</source>
        <translation>Constats dans %1</translation>
    </message>
    <message>
        <source>%1 open items · %2 of %3 reviewed overall</source>
        <translation>%1 points ouverts · %2 sur %3 revus au total</translation>
    </message>
</context>
<context>
    <name>vaultscope::Outcome</name>
    <message>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
</context>
<context>
    <name>vaultscope::PostureFilter</name>
    <message>
        <source>subscription %1</source>
        <translation>abonnement %1</translation>
    </message>
    <message>
        <source>resource group %1</source>
        <translation>groupe de ressources %1</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>région %1</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>type %1</translation>
    </message>
    <message>
        <source>definition %1</source>
        <translation>définition %1</translation>
    </message>
    <message>
        <source>control %1</source>
        <translation>contrôle %1</translation>
    </message>
    <message>
        <source>non-compliant</source>
        <translation>non conforme</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>result %1</source>
        <translation>résultat %1</translation>
    </message>
    <message>
        <source>no filter</source>
        <translation>aucun filtre</translation>
    </message>
</context>
<context>
    <name>vaultscope::ReportContent</name>
    <message>
        <source>%1 of %2 compliant</source>
        <translation>%1 sur %2 conformes</translation>
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
        <translation>CSV pour &amp;Excel (indicateur d’ordre des octets)</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Catalogue with reviews</source>
        <translation>Catalogue avec les revues</translation>
    </message>
    <message>
        <source>Findings and exceptions</source>
        <translation>Constats et exceptions</translation>
    </message>
    <message>
        <source>Appendix (method, definitions, evidence, hashes)</source>
        <translation>Annexe (méthode, définitions, pièces, empreintes)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Fichier du rapport</translation>
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
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formats :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apier :</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Sections :</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Documents PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>vaultscope::ReportJob</name>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation>Le rapport a été annulé ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Reading the snapshot and the reviews…</source>
        <translation>Lecture de l’instantané et des revues…</translation>
    </message>
    <message>
        <source>Laying out the PDF…</source>
        <translation>Mise en page du PDF…</translation>
    </message>
    <message>
        <source>Writing CSV and JSON…</source>
        <translation>Écriture du CSV et du JSON…</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Rapport écrit : %1</translation>
    </message>
    <message>
        <source>A report is being written already; wait for it or cancel it first.</source>
        <translation>Un rapport est déjà en cours d’écriture ; attendez-le ou annulez-le d’abord.</translation>
    </message>
</context>
<context>
    <name>vaultscope::ReportPdf</name>
    <message>
        <source>%1: cancelled; nothing was written</source>
        <translation>%1 : annulé ; rien n’a été écrit</translation>
    </message>
    <message>
        <source>%1: cannot start the PDF</source>
        <translation>%1 : impossible de commencer le PDF</translation>
    </message>
    <message>
        <source>%1: the PDF engine wrote no trailer</source>
        <translation>%1 : le moteur PDF n’a pas écrit de trailer</translation>
    </message>
</context>
<context>
    <name>vaultscope::ReportSections</name>
    <message>
        <source>Vaultscope audit report — %1</source>
        <translation>Rapport d’audit Vaultscope — %1</translation>
    </message>
    <message>
        <source>Snapshot %1 · SHA-256 %2</source>
        <translation>Instantané %1 · SHA-256 %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Azure vault security audit report — %1</source>
        <translation>Rapport d’audit de sécurité des coffres Azure — %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>until %1, approved by %2</source>
        <translation>jusqu’au %1, approuvée par %2</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Posture score: %1 % of %2 evaluated results compliant (%3 non-compliant, %4 unknown) over %5 vaults in %6 subscriptions. %7 of %8 catalogue entries reviewed. Exceptions: %9.</source>
        <translation>Score de posture : %1 % de %2 résultats évalués conformes (%3 non conformes, %4 inconnus) sur %5 coffres dans %6 abonnements. %7 sur %8 entrées du catalogue revues. Exceptions : %9.</translation>
    </message>
    <message>
        <source>Overall and worst subscriptions</source>
        <translation>Ensemble et abonnements les plus faibles</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>non-compliant</source>
        <translation>non conforme</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>All subscriptions</source>
        <translation>Tous les abonnements</translation>
    </message>
    <message>
        <source>Top findings</source>
        <translation>Principaux constats</translation>
    </message>
    <message>
        <source>Policy definition</source>
        <translation>Définition de stratégie</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Taux de conformité</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Pris en charge</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Responsabilité</translation>
    </message>
    <message>
        <source>Live posture</source>
        <translation>Posture actuelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Definition %1, version %2, effect %3 · controls %4 · %5 of %6 evaluated vaults fail</source>
        <translation>Définition %1, version %2, effet %3 · contrôles %4 · %5 coffres non conformes sur %6 évalués</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Groupe de ressources</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <source>No exceptions were recorded.</source>
        <translation>Aucune exception n’a été enregistrée.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approbateur</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Annexe</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Each vault&apos;s configuration, as captured in the snapshot, was evaluated offline against the Azure Policy definitions below, mapped to the controls of the Microsoft cloud security benchmark. Results are compliant, non-compliant, unknown (a property the definition needs was not captured) or not applicable. Reviews are the auditor&apos;s conclusions, with their history kept in the Vaultscope store.</source>
        <translation>La configuration de chaque coffre, telle que capturée dans l’instantané, a été évaluée hors ligne au regard des définitions Azure Policy ci-dessous, rattachées aux contrôles du Microsoft cloud security benchmark. Les résultats sont conformes, non conformes, inconnus (une propriété requise par la définition n’a pas été capturée) ou non applicables. Les revues sont les conclusions de l’auditeur ; leur historique est conservé dans la base Vaultscope.</translation>
    </message>
    <message>
        <source>Policy definitions</source>
        <translation>Définitions de stratégie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pièce justificative</translation>
    </message>
    <message>
        <source>No evidence files are attached.</source>
        <translation>Aucune pièce justificative n’est jointe.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <source>Snapshot %1 “%2”, captured %3, source %4. SHA-256 over its canonical resources: %5</source>
        <translation>Instantané %1 « %2 », capturé le %3, source %4. SHA-256 de ses ressources canoniques : %5</translation>
    </message>
    <message>
        <source>Azure vault security audit report</source>
        <translation>Rapport d’audit de sécurité des coffres Azure</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>%1 vaults in %2 subscriptions</source>
        <translation>%1 coffres dans %2 abonnements</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Capturé le</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Snapshot SHA-256</source>
        <translation>SHA-256 de l’instantané</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Complétude</translation>
    </message>
    <message>
        <source>Complete: %1</source>
        <translation>Complète : %1</translation>
    </message>
    <message>
        <source>INCOMPLETE: %1</source>
        <translation>INCOMPLÈTE : %1</translation>
    </message>
    <message>
        <source>Not scanned</source>
        <translation>Non analysé</translation>
    </message>
    <message>
        <source>and %1 more subscriptions</source>
        <translation>et %1 autres abonnements</translation>
    </message>
    <message>
        <source>Key Vault objects: %1 keys, %2 secrets and %3 certificates; %4 without expiry, %5 expiring within %6 days and %7 already expired. Time-relative definitions were judged as of the capture, %8.</source>
        <translation>Objets Key Vault : %1 clés, %2 secrets et %3 certificats ; %4 sans date d’expiration, %5 expirent dans les %6 jours et %7 sont déjà expirés. Les définitions relatives au temps ont été évaluées à la date de la capture, %8.</translation>
    </message>
    <message>
        <source>Definition %1, version %2, effect %3 · controls %4 · %5 of %6 evaluated Key Vault objects fail</source>
        <translation>Définition %1, version %2, effet %3 · contrôles %4 · %5 objets Key Vault non conformes sur %6 évalués</translation>
    </message>
    <message>
        <source>Failing resources</source>
        <translation>Ressources non conformes</translation>
    </message>
    <message>
        <source>… and %1 more failing Key Vault objects, not reviewed: the CSV and JSON exports list every one.</source>
        <translation>… et %1 autres objets Key Vault non conformes, non examinés : les exports CSV et JSON les listent tous.</translation>
    </message>
</context>
<context>
    <name>vaultscope::Review</name>
    <message>
        <source>Not reviewed</source>
        <translation>Non revu</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfait</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
</context>
<context>
    <name>vaultscope::ReviewBundle</name>
    <message>
        <source>%1: cannot read the bundle: %2</source>
        <translation>%1 : impossible de lire le paquet : %2</translation>
    </message>
    <message>
        <source>%1: not a readable review bundle (damaged or truncated?): %2 at byte %3; nothing was imported</source>
        <translation>%1 : paquet de revues illisible (endommagé ou tronqué ?) : %2 à l’octet %3 ; rien n’a été importé</translation>
    </message>
    <message>
        <source>%1: not a Vaultscope review bundle; nothing was imported</source>
        <translation>%1 : ce n’est pas un paquet de revues Vaultscope ; rien n’a été importé</translation>
    </message>
    <message>
        <source>%1: the bundle was written by %2 in format %3; this Vaultscope reads format %4. Update Vaultscope to import it; nothing was imported.</source>
        <translation>%1 : le paquet a été écrit par %2 au format %3 ; ce Vaultscope lit le format %4. Mettez Vaultscope à jour pour l’importer ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>%1: the bundle is damaged (its content does not match its SHA-256); nothing was imported</source>
        <translation>%1 : le paquet est endommagé (son contenu ne correspond pas à son SHA-256) ; rien n’a été importé</translation>
    </message>
    <message>
        <source>%1: %2 %3 is invalid (%4); nothing was imported</source>
        <translation>%1 : %2 %3 n’est pas valide (%4) ; rien n’a été importé</translation>
    </message>
    <message>
        <source>review</source>
        <translation>revue</translation>
    </message>
    <message>
        <source>unknown status</source>
        <translation>statut inconnu</translation>
    </message>
    <message>
        <source>history entry</source>
        <translation>entrée d’historique</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>pas d’horodatage</translation>
    </message>
    <message>
        <source>%1: evidence %2 does not match its SHA-256; nothing was imported</source>
        <translation>%1 : la pièce %2 ne correspond pas à son SHA-256 ; rien n’a été importé</translation>
    </message>
    <message>
        <source>evidence entry</source>
        <translation>pièce justificative</translation>
    </message>
    <message>
        <source>its file is missing</source>
        <translation>son fichier manque</translation>
    </message>
    <message>
        <source>%1: the bundle is %2, more than the %3 a review bundle may be; nothing was imported</source>
        <translation>%1 : le lot fait %2, plus que les %3 permis pour un lot de revues ; rien n’a été importé</translation>
    </message>
    <message>
        <source>%1: evidence %2 is larger than the %3 an evidence file may be; nothing was imported</source>
        <translation>%1 : la preuve %2 dépasse les %3 permis pour un fichier de preuve ; rien n’a été importé</translation>
    </message>
    <message>
        <source>from bundle %1 (sha256 %2), imported by %3 on %4</source>
        <translation>du lot %1 (sha256 %2), importé par %3 le %4</translation>
    </message>
    <message>
        <source>without a name</source>
        <translation>sans nom</translation>
    </message>
</context>
<context>
    <name>vaultscope::ReviewItemModel</name>
    <message>
        <source>Exception expired</source>
        <translation>Exception expirée</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Category or subscription</source>
        <translation>Catégorie ou abonnement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>vaultscope::ReviewPane</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approbateur</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pièce justificative</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Statut de la revue</translation>
    </message>
    <message>
        <source>Exception expiry date</source>
        <translation>Date d’expiration de l’exception</translation>
    </message>
    <message>
        <source>Who approved the exception</source>
        <translation>Qui a approuvé l’exception</translation>
    </message>
    <message>
        <source>Exception approver</source>
        <translation>Approbateur de l’exception</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expire le :</translation>
    </message>
    <message>
        <source>Approver:</source>
        <translation>Approbateur :</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Note de revue</translation>
    </message>
    <message>
        <source>Your conclusion. Lists (- item), **bold** and links are shown formatted.</source>
        <translation>Votre conclusion. Listes (- point), **gras** et liens sont affichés mis en forme.</translation>
    </message>
    <message>
        <source>Note as formatted</source>
        <translation>Note mise en forme</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Pièces justificatives</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Pièces justificatives :</translation>
    </message>
    <message>
        <source>Select a control or a finding to review it.</source>
        <translation>Sélectionnez un contrôle ou un constat pour le revoir.</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Pas encore revu.</translation>
    </message>
    <message>
        <source>Carried over from %1 — reviewed by %2 on %3.</source>
        <translation>Reprise de %1 — revue par %2 le %3.</translation>
    </message>
    <message>
        <source>Last changed by %1 on %2.</source>
        <translation>Dernière modification par %1 le %2.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>Nom de l’auditeur</translation>
    </message>
    <message>
        <source>Your name, recorded with every change you make to a review:</source>
        <translation>Votre nom, enregistré avec chaque modification d’une revue :</translation>
    </message>
    <message>
        <source>local reviewer</source>
        <translation>auditeur local</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré %1</translation>
    </message>
    <message>
        <source>Last changed by %1 just now.</source>
        <translation>Modifiée à l’instant par %1.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>SHA-256 %1
Added by %2</source>
        <translation>SHA-256 %1
Ajoutée par %2</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Joindre une pièce justificative</translation>
    </message>
    <message>
        <source>%1 is already attached (same content).</source>
        <translation>%1 est déjà jointe (même contenu).</translation>
    </message>
    <message>
        <source>No application opens %1; it is at %2</source>
        <translation>Aucune application n’ouvre %1 ; le fichier se trouve dans %2</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Retirer la pièce justificative</translation>
    </message>
    <message>
        <source>Detach %1 from this review? The history keeps its name and SHA-256.</source>
        <translation>Détacher %1 de cette revue ? L’historique conserve son nom et son SHA-256.</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1 : impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1 is a program or an active document: Vaultscope does not open it. Save it and check it before you open it.</source>
        <translation>%1 est un programme ou un document actif : Vaultscope ne l’ouvre pas. Enregistrez-le et vérifiez-le avant de l’ouvrir.</translation>
    </message>
    <message>
        <source>Save evidence</source>
        <translation>Enregistrer la preuve</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>this store</source>
        <translation>ce magasin</translation>
    </message>
</context>
<context>
    <name>vaultscope::ReviewService</name>
    <message>
        <source>no snapshot</source>
        <translation>aucun instantané</translation>
    </message>
    <message>
        <source>local reviewer</source>
        <translation>auditeur local</translation>
    </message>
</context>
<context>
    <name>vaultscope::ReviewStore</name>
    <message>
        <source>database error: %1</source>
        <translation>erreur de base de données : %1</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>impossible de démarrer une transaction : %1</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>impossible d’enregistrer : %1</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1 : impossible de lire le fichier : %2</translation>
    </message>
    <message>
        <source>%1 is %2; evidence files are limited to %3 each. Attach a smaller excerpt, or note where the full file is kept.</source>
        <translation>%1 fait %2 ; les pièces justificatives sont limitées à %3 chacune. Joignez un extrait plus petit ou notez où se trouve le fichier complet.</translation>
    </message>
    <message>
        <source>%1 is %2; evidence files are limited to %3 each.</source>
        <translation>%1 fait %2 ; les pièces justificatives sont limitées à %3 chacune.</translation>
    </message>
    <message>
        <source>evidence %1 is not in the store</source>
        <translation>la pièce %1 n’est pas dans la base</translation>
    </message>
    <message>
        <source>evidence %1 no longer matches its SHA-256 (the store was changed outside Vaultscope); it is not opened</source>
        <translation>la preuve %1 ne correspond plus à son SHA-256 (le magasin a été modifié hors de Vaultscope) ; elle n’est pas ouverte</translation>
    </message>
</context>
<context>
    <name>vaultscope::ReviewTarget</name>
    <message>
        <source>&apos;%1&apos;: a control target is control:&lt;service&gt;/&lt;control id or entry name&gt;</source>
        <translation>« %1 » : une cible de contrôle s’écrit control:&lt;service&gt;/&lt;id du contrôle ou nom de l’entrée&gt;</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a finding target is finding:&lt;resource id&gt;|&lt;policy definition name&gt;</source>
        <translation>« %1 » : une cible de constat s’écrit finding:&lt;id de la ressource&gt;|&lt;nom de la définition de stratégie&gt;</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a target starts with control: or finding:</source>
        <translation>« %1 » : une cible commence par control: ou finding:</translation>
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
        <translation>&amp;Tous les abonnements que le compte peut lire</translation>
    </message>
    <message>
        <source>Only the subscriptions &amp;checked below</source>
        <translation>Seulement les abonnements &amp;cochés ci-dessous</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Analyser</translation>
    </message>
    <message>
        <source>Cancel scan</source>
        <translation>Annuler l’analyse</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Scan Azure</source>
        <translation>Analyser Azure</translation>
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
        <translation>État</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Filter by name, ID, state or tenant</source>
        <translation>Filtrer par nom, ID, état ou locataire</translation>
    </message>
    <message>
        <source>Filter subscriptions</source>
        <translation>Filtrer les abonnements</translation>
    </message>
    <message>
        <source>Check &amp;all shown</source>
        <translation>Cocher &amp;tous les affichés</translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation>&amp;Tout décocher</translation>
    </message>
    <message>
        <source>Live scan of the chosen subscriptions</source>
        <translation>Analyse en direct des abonnements choisis</translation>
    </message>
    <message>
        <source>Snapshot &amp;name:</source>
        <translation>&amp;Nom de l’instantané :</translation>
    </message>
    <message>
        <source>Subscriptions (Resource Manager)</source>
        <translation>Abonnements (Resource Manager)</translation>
    </message>
    <message>
        <source>Vaults (Resource Graph, in batches of subscriptions)</source>
        <translation>Coffres (Resource Graph, par lots d’abonnements)</translation>
    </message>
    <message>
        <source>Related resources: diagnostic settings and Resource Guard proxies</source>
        <translation>Ressources associées : paramètres de diagnostic et proxys Resource Guard</translation>
    </message>
    <message>
        <source>Evaluation and storing</source>
        <translation>Évaluation et enregistrement</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Progression de l’analyse</translation>
    </message>
    <message>
        <source>Scan log</source>
        <translation>Journal d’analyse</translation>
    </message>
    <message>
        <source>Fallbacks, failures and retries appear here.</source>
        <translation>Les solutions de repli, les échecs et les nouvelles tentatives apparaissent ici.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Not signed in: sign in first (Account › Sign in), then scan.</source>
        <translation>Non connecté : connectez-vous d’abord (Compte › Se connecter), puis analysez.</translation>
    </message>
    <message>
        <source>Signed in as %1. Reading the subscriptions from %2…</source>
        <translation>Connecté en tant que %1. Lecture des abonnements depuis %2…</translation>
    </message>
    <message>
        <source>The subscriptions could not be read: %1</source>
        <translation>Les abonnements n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (Resource Manager %2): %3 subscriptions readable.</source>
        <translation>Connecté en tant que %1 (Resource Manager %2) : %3 abonnements lisibles.</translation>
    </message>
    <message>
        <source>All %1 subscriptions will be scanned.</source>
        <translation>Les %1 abonnements seront analysés.</translation>
    </message>
    <message>
        <source>%1 of %2 subscriptions checked.</source>
        <translation>%1 abonnements sur %2 cochés.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>The scan goes on; its snapshot opens when it ends</source>
        <translation>L’analyse continue ; son instantané s’ouvre à la fin</translation>
    </message>
    <message>
        <source>Subscriptions %1 of %2 · %3 vaults · related resources %4 of %5 · %6 requests</source>
        <translation>Abonnements %1 sur %2 · %3 coffres · ressources associées %4 sur %5 · %6 requêtes</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Écoulé %1</translation>
    </message>
    <message>
        <source>%1 · evaluating and storing</source>
        <translation>%1 · évaluation et enregistrement</translation>
    </message>
    <message>
        <source>%1 · estimating the time left…</source>
        <translation>%1 · estimation du temps restant…</translation>
    </message>
    <message>
        <source>%1 · about %2 left</source>
        <translation>%1 · environ %2 restantes</translation>
    </message>
    <message>
        <source>Waited %1 in all on quotas and retries; %2 throttled answers.</source>
        <translation>Attente totale de %1 pour les quotas et les nouvelles tentatives ; %2 réponses limitées.</translation>
    </message>
    <message>
        <source>Waiting %1: %2</source>
        <translation>Attente %1 : %2</translation>
    </message>
    <message>
        <source>Complete: %1. The snapshot is open in the dashboard.</source>
        <translation>Complète : %1. L’instantané est ouvert dans le tableau de bord.</translation>
    </message>
    <message>
        <source>Incomplete: %1. The snapshot is open; it is marked incomplete everywhere.</source>
        <translation>Incomplète : %1. L’instantané est ouvert ; il est signalé comme incomplet partout.</translation>
    </message>
    <message>
        <source>Not scanned: %1</source>
        <translation>Non analysé : %1</translation>
    </message>
</context>
<context>
    <name>vaultscope::ScanJob</name>
    <message>
        <source>A scan is already running.</source>
        <translation>Une analyse est déjà en cours.</translation>
    </message>
    <message numerus="yes">
        <source>Live scan of %n subscription(s)</source>
        <translation>
            <numerusform>Analyse en direct de %n abonnement</numerusform>
            <numerusform>Analyse en direct de %n abonnements</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan was cancelled; nothing was stored.</source>
        <translation>L’analyse a été annulée ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The scan could not be stored (%1). What it read is kept in %2: &apos;vaultscope snapshot import %2&apos; stores it.</source>
        <translation>L’analyse n’a pas pu être enregistrée (%1). Ce qu’elle a lu est conservé dans %2 : « vaultscope snapshot import %2 » l’enregistre.</translation>
    </message>
    <message>
        <source>The scan could not be stored (%1), nor kept in a file (%2).</source>
        <translation>L’analyse n’a pas pu être enregistrée (%1), ni conservée dans un fichier (%2).</translation>
    </message>
</context>
<context>
    <name>vaultscope::Scanner</name>
    <message>
        <source>Cannot list the subscriptions: %1</source>
        <translation>Impossible de lister les abonnements : %1</translation>
    </message>
    <message>
        <source>not visible to the signed-in account</source>
        <translation>non visible pour le compte connecté</translation>
    </message>
    <message numerus="yes">
        <source>Resource Graph refused the query for %n subscription(s) (%1): reading them through Resource Manager&apos;s lists instead</source>
        <translation>
            <numerusform>Resource Graph a refusé la requête pour %n abonnement (%1) : lecture par les listes de Resource Manager à la place</numerusform>
            <numerusform>Resource Graph a refusé la requête pour %n abonnements (%1) : lecture par les listes de Resource Manager à la place</numerusform>
        </translation>
    </message>
    <message>
        <source>Resource Graph was not permitted: the vaults were read through Resource Manager&apos;s lists</source>
        <translation>Resource Graph n’était pas autorisé : les coffres ont été lus par les listes de Resource Manager</translation>
    </message>
    <message numerus="yes">
        <source>Related resources could not be read for %n vault(s): their diagnostic-settings or multi-user-authorization results are unknown</source>
        <translation>
            <numerusform>Les ressources associées n’ont pas pu être lues pour %n coffre : ses résultats de paramètres de diagnostic ou d’autorisation multi-utilisateur sont inconnus</numerusform>
            <numerusform>Les ressources associées n’ont pas pu être lues pour %n coffres : leurs résultats de paramètres de diagnostic ou d’autorisation multi-utilisateur sont inconnus</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan was cancelled; nothing was stored.</source>
        <translation>L’analyse a été annulée ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Subscription not read: %1</source>
        <translation>Abonnement non lu : %1</translation>
    </message>
    <message>
        <source>Key Vault objects of %1 not read: %2</source>
        <translation>Objets Key Vault de %1 non lus : %2</translation>
    </message>
    <message>
        <source>the vault&apos;s properties name no %1</source>
        <translation>les propriétés du coffre n’indiquent aucun %1</translation>
    </message>
    <message>
        <source>Resource Graph&apos;s $skipToken repeats a page already read: its vaults may be missing</source>
        <translation>Le $skipToken de Resource Graph répète une page déjà lue : des coffres peuvent manquer</translation>
    </message>
    <message>
        <source>Resource Graph&apos;s answer goes on beyond %1 pages: not read to the end</source>
        <translation>La réponse de Resource Graph dépasse %1 pages : pas lue jusqu’au bout</translation>
    </message>
    <message>
        <source>Skipped an item of Azure&apos;s answer: %1</source>
        <translation>Élément de la réponse d’Azure ignoré : %1</translation>
    </message>
    <message>
        <source>an item of its %1 list has no string id and type</source>
        <translation>un élément de sa liste %1 n’a ni id ni type textuels</translation>
    </message>
    <message>
        <source>an item of its %1 list is of type %2</source>
        <translation>un élément de sa liste %1 est de type %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of Azure&apos;s answers skipped for their shape: %1</source>
        <translation>
            <numerusform>%n élément des réponses d’Azure ignoré pour sa forme : %1</numerusform>
            <numerusform>%n éléments des réponses d’Azure ignorés pour leur forme : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vaultscope::SecretStore</name>
    <message>
        <source>no keychain is available (turned off)</source>
        <translation>aucun trousseau n’est disponible (désactivé)</translation>
    </message>
    <message>
        <source>no Secret Service (keyring) answered on D-Bus</source>
        <translation>aucun Secret Service (trousseau) n’a répondu sur D-Bus</translation>
    </message>
</context>
<context>
    <name>vaultscope::SignInSettingsDialog</name>
    <message>
        <source>Sign-in settings</source>
        <translation>Paramètres de connexion</translation>
    </message>
    <message>
        <source>Azure (public)</source>
        <translation>Azure (public)</translation>
    </message>
    <message>
        <source>Azure US Government</source>
        <translation>Azure US Government</translation>
    </message>
    <message>
        <source>Azure China (21Vianet)</source>
        <translation>Azure Chine (21Vianet)</translation>
    </message>
    <message>
        <source>Custom endpoints</source>
        <translation>Points de terminaison personnalisés</translation>
    </message>
    <message>
        <source>organizations, a tenant id or contoso.onmicrosoft.com</source>
        <translation>organizations, un ID de locataire ou contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <source>Application (client) id of your organization&apos;s app registration</source>
        <translation>ID d’application (client) de l’inscription d’application de votre organisation</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>&amp;Cloud :</translation>
    </message>
    <message>
        <source>&amp;Authority host:</source>
        <translation>Hôte d’&amp;autorité :</translation>
    </message>
    <message>
        <source>&amp;Resource Manager:</source>
        <translation>&amp;Resource Manager :</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Locataire :</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <source>Register a public client application once for your organization (redirect URI http://localhost, Resource Manager&apos;s user_impersonation permission); the README explains the steps. Reader access is all Vaultscope needs.</source>
        <translation>Inscrivez une fois pour votre organisation une application cliente publique (URI de redirection http://localhost, autorisation user_impersonation de Resource Manager) ; le README explique les étapes. Vaultscope n’a besoin que d’un accès en lecture.</translation>
    </message>
    <message>
        <source>Key Vault&apos;s DNS suffix in this cloud: Key Vault tokens go to hosts under it only</source>
        <translation>Suffixe DNS de Key Vault dans ce cloud : les jetons Key Vault ne vont qu’aux hôtes situés dessous</translation>
    </message>
    <message>
        <source>Managed HSM&apos;s DNS suffix in this cloud: its tokens go to hosts under it only</source>
        <translation>Suffixe DNS de Managed HSM dans ce cloud : ses jetons ne vont qu’aux hôtes situés dessous</translation>
    </message>
    <message>
        <source>&amp;Key Vault suffix:</source>
        <translation>Suffixe &amp;Key Vault :</translation>
    </message>
    <message>
        <source>&amp;Managed HSM suffix:</source>
        <translation>Suffixe &amp;Managed HSM :</translation>
    </message>
</context>
<context>
    <name>vaultscope::SnapshotStore</name>
    <message>
        <source>database error: %1</source>
        <translation>erreur de base de données : %1</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>impossible de démarrer une transaction : %1</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>impossible d’enregistrer : %1</translation>
    </message>
    <message>
        <source>no snapshot with id %1</source>
        <translation>aucun instantané avec l’identifiant %1</translation>
    </message>
    <message>
        <source>snapshot %1 has no vault %2</source>
        <translation>l’instantané %1 ne contient pas le coffre %2</translation>
    </message>
    <message>
        <source>snapshot %1 is incomplete: resources %2 to %3 are missing</source>
        <translation>l’instantané %1 est incomplet : les ressources %2 à %3 manquent</translation>
    </message>
    <message>
        <source>snapshot %1 is damaged: a resource chunk cannot be read</source>
        <translation>l’instantané %1 est endommagé : un bloc de ressources est illisible</translation>
    </message>
    <message>
        <source>the snapshot&apos;s Key Vault objects were not evaluated</source>
        <translation>les objets Key Vault de l’instantané n’ont pas été évalués</translation>
    </message>
</context>
<context>
    <name>vaultscope::SourceDocument</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d’ouvrir le fichier : %1</translation>
    </message>
    <message>
        <source>the file is %1 MB; baseline documents are at most %2 MB</source>
        <translation>le fichier fait %1 Mo ; les documents de base de référence font au plus %2 Mo</translation>
    </message>
    <message>
        <source>the document is larger than %1 MB</source>
        <translation>le document dépasse %1 Mo</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>this is a binary file (a NUL byte at offset %1), not a baseline document</source>
        <translation>ceci est un fichier binaire (octet NUL à la position %1), pas un document de base de référence</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); save the document as UTF-8</source>
        <translation>UTF-8 non valide (octet 0x%1) ; enregistrez le document en UTF-8</translation>
    </message>
</context>
<context>
    <name>vaultscope::StoreLock</name>
    <message>
        <source>process %1 on %2</source>
        <translation>processus %1 sur %2</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>le dossier %1 ne peut pas être créé</translation>
    </message>
    <message>
        <source>no permission to write in %1 (or the disk is read-only)</source>
        <translation>pas d’autorisation d’écrire dans %1 (ou le disque est en lecture seule)</translation>
    </message>
    <message>
        <source>the lock file %1 cannot be created</source>
        <translation>le fichier de verrou %1 ne peut pas être créé</translation>
    </message>
</context>
<context>
    <name>vaultscope::VaultDetailsView</name>
    <message>
        <source>Policy results of the vault</source>
        <translation>Résultats des stratégies pour le coffre</translation>
    </message>
    <message>
        <source>Vault configuration as captured (JSON)</source>
        <translation>Configuration du coffre telle que capturée (JSON)</translation>
    </message>
    <message>
        <source>Find in the configuration (Enter for the next match)</source>
        <translation>Rechercher dans la configuration (Entrée pour le suivant)</translation>
    </message>
    <message>
        <source>Find in the vault configuration</source>
        <translation>Rechercher dans la configuration du coffre</translation>
    </message>
    <message>
        <source>Open in the Azure portal</source>
        <translation>Ouvrir dans le portail Azure</translation>
    </message>
    <message>
        <source>Controls: %1</source>
        <translation>Contrôles : %1</translation>
    </message>
    <message>
        <source>Remediation: %1</source>
        <translation>Remédiation : %1</translation>
    </message>
    <message>
        <source>version %1, effect %2</source>
        <translation>version %1, effet %2</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Revoir…</translation>
    </message>
    <message>
        <source>Keys, secrets and certificates (%1)</source>
        <translation>Clés, secrets et certificats (%1)</translation>
    </message>
    <message>
        <source>Judged as of the capture, %1: “expires within N days” counts from then.</source>
        <translation>Évalué à la date de la capture, %1 : « expire dans N jours » se compte à partir de là.</translation>
    </message>
    <message>
        <source>Managed HSM key</source>
        <translation>clé HSM managé</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>secret</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificat</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expire le %1</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>n’expire jamais</translation>
    </message>
    <message numerus="yes">
        <source>✓ %n definition(s) passed</source>
        <translation>
            <numerusform>✓ %n définition respectée</numerusform>
            <numerusform>✓ %n définitions respectées</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys, secrets and certificates</source>
        <translation>Clés, secrets et certificats</translation>
    </message>
    <message>
        <source>Not read in the scan, so unknown: %1</source>
        <translation>Non lus lors de l’analyse, donc inconnus : %1</translation>
    </message>
    <message>
        <source>Reading the vault&apos;s results…</source>
        <translation>Lecture des résultats du coffre…</translation>
    </message>
    <message>
        <source>Show %1 more of the %2 not shown yet</source>
        <translation>Afficher %1 de plus parmi les %2 pas encore affichés</translation>
    </message>
</context>
<context>
    <name>vaultscope::VaultTableModel</name>
    <message>
        <source>Recovery Services vault</source>
        <translation>Coffre Recovery Services</translation>
    </message>
    <message>
        <source>Backup vault</source>
        <translation>Coffre de sauvegarde</translation>
    </message>
    <message>
        <source>Key Vault</source>
        <translation>Key Vault</translation>
    </message>
    <message>
        <source>Managed HSM</source>
        <translation>HSM managé</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Groupe de ressources</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Passing</source>
        <translation>Réussis</translation>
    </message>
</context>
<context>
    <name>vaultscope::VaultsPage</name>
    <message>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <source>Import estate…</source>
        <translation>Importer un parc…</translation>
    </message>
    <message>
        <source>Demo estate</source>
        <translation>Parc de démonstration</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Snapshot:</source>
        <translation>Instantané :</translation>
    </message>
    <message>
        <source>Filter vaults by name, type, subscription, resource group or region</source>
        <translation>Filtrer les coffres par nom, type, abonnement, groupe de ressources ou région</translation>
    </message>
    <message>
        <source>Filter vaults</source>
        <translation>Filtrer les coffres</translation>
    </message>
    <message>
        <source>Vaults</source>
        <translation>Coffres</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 vaults)</source>
        <translation>%1 — %2 (%3 coffres)</translation>
    </message>
    <message>
        <source>No snapshot yet: import an estate export or open the demo estate.</source>
        <translation>Aucun instantané : importez un export de parc ou ouvrez le parc de démonstration.</translation>
    </message>
    <message>
        <source>Score %1% · compliant %2 · non-compliant %3 · unknown %4 · vaults shown: %5 of %6 · captured %7 · SHA-256 %8…</source>
        <translation>Score %1 % · conformes %2 · non conformes %3 · inconnus %4 · coffres affichés : %5 sur %6 · capturé %7 · SHA-256 %8…</translation>
    </message>
    <message>
        <source>Rename snapshot</source>
        <translation>Renommer l’instantané</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Delete snapshot</source>
        <translation>Supprimer l’instantané</translation>
    </message>
    <message>
        <source>Delete the snapshot “%1” with its %2 vaults and results? This cannot be undone.</source>
        <translation>Supprimer l’instantané « %1 » avec ses %2 coffres et résultats ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Result to review</source>
        <translation>Résultat à revoir</translation>
    </message>
    <message>
        <source>Re&amp;view result:</source>
        <translation>Re&amp;voir le résultat :</translation>
    </message>
    <message>
        <source>Select a vault to review its results.</source>
        <translation>Sélectionnez un coffre pour revoir ses résultats.</translation>
    </message>
    <message>
        <source>snapshot “%1” of %2</source>
        <translation>instantané « %1 » du %2</translation>
    </message>
    <message>
        <source>Export view…</source>
        <translation>Exporter la vue…</translation>
    </message>
    <message>
        <source>Write the vaults as shown (filter, search, order, columns) to a CSV file</source>
        <translation>Écrire les coffres tels qu’affichés (filtre, recherche, ordre, colonnes) dans un fichier CSV</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>Exporter la vue</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <source>Which vaults changed result since another snapshot</source>
        <translation>Quels coffres ont changé de résultat depuis un autre instantané</translation>
    </message>
    <message>
        <source>Compare snapshots</source>
        <translation>Comparer des instantanés</translation>
    </message>
    <message>
        <source>There is no other snapshot to compare with.</source>
        <translation>Il n’y a pas d’autre instantané à comparer.</translation>
    </message>
    <message>
        <source>Compare the shown snapshot with:</source>
        <translation>Comparer l’instantané affiché avec :</translation>
    </message>
    <message>
        <source>Reading the snapshot…</source>
        <translation>Lecture de l’instantané…</translation>
    </message>
    <message>
        <source>Scan Azure…</source>
        <translation>Analyser Azure…</translation>
    </message>
    <message>
        <source>Read the estate live with the signed-in account</source>
        <translation>Lire le parc en direct avec le compte connecté</translation>
    </message>
</context>
<context>
    <name>vaultscope::XlsxReader</name>
    <message>
        <source>the workbook has no part %1</source>
        <translation>le classeur n’a pas de partie %1</translation>
    </message>
    <message>
        <source>%1 is encrypted: the workbook is password-protected; save it without a password and import it again</source>
        <translation>%1 est chiffré : le classeur est protégé par mot de passe ; enregistrez-le sans mot de passe et importez-le à nouveau</translation>
    </message>
    <message>
        <source>cannot unpack %1 (zip error %2)</source>
        <translation>impossible de décompresser %1 (erreur zip %2)</translation>
    </message>
    <message>
        <source>cannot unpack %1: the archive is damaged (zip error %2)</source>
        <translation>impossible de décompresser %1 : l’archive est endommagée (erreur zip %2)</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB; a baseline workbook is far smaller, so this file is refused</source>
        <translation>%1 se décompresse en plus de %2 Mo ; un classeur de référence est bien plus petit, ce fichier est donc refusé</translation>
    </message>
    <message>
        <source>%1 is damaged: its checksum does not match (zip error %2)</source>
        <translation>%1 est endommagé : sa somme de contrôle ne correspond pas (erreur zip %2)</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>row number %1 is out of order or beyond row %2</source>
        <translation>le numéro de ligne %1 est hors séquence ou au-delà de la ligne %2</translation>
    </message>
    <message>
        <source>cell reference &quot;%1&quot; is not a column Excel has</source>
        <translation>la référence de cellule « %1 » n’est pas une colonne d’Excel</translation>
    </message>
    <message>
        <source>cell %1 names shared string %2, but the workbook has %3</source>
        <translation>la cellule %1 désigne la chaîne partagée %2, mais le classeur en a %3</translation>
    </message>
    <message>
        <source>the workbook is password-protected (encrypted); save it without a password and import it again</source>
        <translation>le classeur est protégé par mot de passe (chiffré) ; enregistrez-le sans mot de passe et importez-le à nouveau</translation>
    </message>
    <message>
        <source>this is an Excel 97-2003 (.xls) workbook; save it as .xlsx and import it again</source>
        <translation>il s’agit d’un classeur Excel 97-2003 (.xls) ; enregistrez-le en .xlsx et importez-le à nouveau</translation>
    </message>
    <message>
        <source>not a readable .xlsx workbook: the zip archive is damaged or incomplete</source>
        <translation>classeur .xlsx illisible : l’archive zip est endommagée ou incomplète</translation>
    </message>
    <message>
        <source>the workbook has no worksheets</source>
        <translation>le classeur n’a aucune feuille</translation>
    </message>
</context>
<context>
    <name>vaultscope::policy::Alias</name>
    <message>
        <source>alias &apos;%1&apos; names no property</source>
        <translation>l’alias « %1 » ne nomme aucune propriété</translation>
    </message>
</context>
<context>
    <name>vaultscope::policy::Definition</name>
    <message>
        <source>conditions nest too deeply</source>
        <translation>les conditions sont trop imbriquées</translation>
    </message>
    <message>
        <source>a condition must be an object</source>
        <translation>une condition doit être un objet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be combined with other keys</source>
        <translation>« %1 » ne peut pas être combiné avec d’autres clés</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a non-empty array</source>
        <translation>« %1 » demande un tableau non vide</translation>
    </message>
    <message>
        <source>&apos;not&apos; cannot be combined with other keys</source>
        <translation>« not » ne peut pas être combiné avec d’autres clés</translation>
    </message>
    <message>
        <source>a condition has exactly one of field, value and count</source>
        <translation>une condition a exactement un de field, value et count</translation>
    </message>
    <message>
        <source>unknown operator &apos;%1&apos;</source>
        <translation>opérateur inconnu « %1 »</translation>
    </message>
    <message>
        <source>the condition has no operator</source>
        <translation>la condition n’a pas d’opérateur</translation>
    </message>
    <message>
        <source>the condition has several operators (%1)</source>
        <translation>la condition a plusieurs opérateurs (%1)</translation>
    </message>
    <message>
        <source>&apos;exists&apos; takes true or false</source>
        <translation>« exists » prend true ou false</translation>
    </message>
    <message>
        <source>&apos;field&apos; must name an alias</source>
        <translation>« field » doit nommer un alias</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; has no value and no default</source>
        <translation>le paramètre « %1 » n’a ni valeur ni valeur par défaut</translation>
    </message>
    <message>
        <source>&apos;count&apos; must be an object</source>
        <translation>« count » doit être un objet</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in count</source>
        <translation>clé inconnue « %1 » dans count</translation>
    </message>
    <message>
        <source>&apos;count&apos; needs exactly one of field and value</source>
        <translation>« count » demande exactement un de field et value</translation>
    </message>
    <message>
        <source>a field count needs an alias ending in [*] (&apos;%1&apos;)</source>
        <translation>un comptage de champ demande un alias terminé par [*] (« %1 »)</translation>
    </message>
    <message>
        <source>%1:%2: invalid JSON: %3</source>
        <translation>%1:%2 : JSON invalide : %3</translation>
    </message>
    <message>
        <source>a policy definition is a JSON object</source>
        <translation>une définition de stratégie est un objet JSON</translation>
    </message>
    <message>
        <source>no &apos;policyRule&apos; object: not a policy definition</source>
        <translation>pas d’objet « policyRule » : ce n’est pas une définition de stratégie</translation>
    </message>
    <message>
        <source>policyRule has no &apos;if&apos; condition</source>
        <translation>policyRule n’a pas de condition « if »</translation>
    </message>
    <message>
        <source>policyRule has no &apos;then&apos; block</source>
        <translation>policyRule n’a pas de bloc « then »</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is not declared by the definition</source>
        <translation>le paramètre « %1 » n’est pas déclaré par la définition</translation>
    </message>
    <message>
        <source>policyRule.then.effect: %1 gives no effect (%2)</source>
        <translation>policyRule.then.effect : %1 ne donne aucun effet (%2)</translation>
    </message>
    <message>
        <source>related type &apos;%1&apos; is not captured in snapshots</source>
        <translation>le type associé « %1 » n’est pas capturé dans les instantanés</translation>
    </message>
    <message>
        <source>policyRule.then.details.%1 is not evaluated offline</source>
        <translation>policyRule.then.details.%1 n’est pas évalué hors ligne</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; has no default value: give one (policy eval --parameter %1=JSON)</source>
        <translation>le paramètre « %1 » n’a pas de valeur par défaut : indiquez-en une (policy eval --parameter %1=JSON)</translation>
    </message>
    <message>
        <source>&apos;field&apos; expression %1 names no alias (%2)</source>
        <translation>l’expression « field » %1 ne désigne aucun alias (%2)</translation>
    </message>
    <message>
        <source>effect &apos;%1&apos; is not evaluated offline (supported: Audit, Deny, AuditIfNotExists, DeployIfNotExists, Modify, Append, Disabled)</source>
        <translation>l’effet « %1 » n’est pas évalué hors ligne (pris en charge : Audit, Deny, AuditIfNotExists, DeployIfNotExists, Modify, Append, Disabled)</translation>
    </message>
    <message>
        <source>policyRule.then.details.type is missing for %1</source>
        <translation>policyRule.then.details.type manque pour %1</translation>
    </message>
    <message>
        <source>policyRule.then.details.name %1 is not evaluated offline (only parameters are known before a resource): %2</source>
        <translation>policyRule.then.details.name %1 n’est pas évalué hors ligne (seuls les paramètres sont connus avant une ressource) : %2</translation>
    </message>
</context>
<context>
    <name>vaultscope::policy::Evaluator</name>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>current() outside a count</source>
        <translation>current() hors d’un comptage</translation>
    </message>
    <message>
        <source>current(&apos;%1&apos;) names no enclosing count</source>
        <translation>current(&apos;%1&apos;) ne nomme aucun comptage englobant</translation>
    </message>
    <message>
        <source>unknown operator &apos;%1&apos;</source>
        <translation>opérateur inconnu « %1 »</translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation>non (%1)</translation>
    </message>
    <message>
        <source>%1 selects nothing</source>
        <translation>%1 ne sélectionne rien</translation>
    </message>
    <message>
        <source>every %1 (%2 values)</source>
        <translation>chaque %1 (%2 valeurs)</translation>
    </message>
    <message>
        <source>%1 has %2</source>
        <translation>%1 contient %2</translation>
    </message>
    <message>
        <source>count of %1 matching the where = %2</source>
        <translation>nombre de %1 satisfaisant le where = %2</translation>
    </message>
    <message>
        <source>count of %1 = %2</source>
        <translation>nombre de %1 = %2</translation>
    </message>
    <message>
        <source>the value</source>
        <translation>la valeur</translation>
    </message>
    <message>
        <source>%1 (condition: %2, at %3)</source>
        <translation>%1 (condition : %2, à %3)</translation>
    </message>
    <message>
        <source>a value count needs an array, got %1</source>
        <translation>un comptage de valeurs demande un tableau, reçu %1</translation>
    </message>
    <message>
        <source>the definition&apos;s effect is Disabled</source>
        <translation>l’effet de la définition est Disabled</translation>
    </message>
    <message>
        <source>the rule does not select type %1</source>
        <translation>la règle ne sélectionne pas le type %1</translation>
    </message>
    <message>
        <source>evaluation failed: %1</source>
        <translation>échec de l’évaluation : %1</translation>
    </message>
    <message>
        <source>the resource was captured without its properties</source>
        <translation>la ressource a été capturée sans ses propriétés</translation>
    </message>
    <message>
        <source>the rule&apos;s condition does not hold</source>
        <translation>la condition de la règle n’est pas remplie</translation>
    </message>
    <message>
        <source>not matched: %1</source>
        <translation>non satisfait : %1</translation>
    </message>
    <message>
        <source>the snapshot holds no %1 resources: they were not captured</source>
        <translation>l’instantané ne contient aucune ressource %1 : elles n’ont pas été capturées</translation>
    </message>
    <message>
        <source>a %1 exists</source>
        <translation>un %1 existe</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; satisfies the existence condition</source>
        <translation>%1 « %2 » remplit la condition d’existence</translation>
    </message>
    <message>
        <source>no %1 is attached to the resource</source>
        <translation>aucun %1 n’est rattaché à la ressource</translation>
    </message>
    <message>
        <source>none of the %1 %2 attached satisfies the existence condition</source>
        <translation>aucun des %1 %2 rattachés ne remplit la condition d’existence</translation>
    </message>
    <message>
        <source>the %1 resources of this resource could not be read: %2</source>
        <translation>les ressources %1 de cette ressource n’ont pas pu être lues : %2</translation>
    </message>
    <message>
        <source>no %1 named &apos;%2&apos; is attached to the resource</source>
        <translation>aucun %1 nommé « %2 » n’est rattaché à la ressource</translation>
    </message>
    <message>
        <source>the input holds no key rotation policies: export them with az keyvault key rotation-policy show</source>
        <translation>l’entrée ne contient aucune stratégie de rotation de clé : exportez-les avec az keyvault key rotation-policy show</translation>
    </message>
    <message>
        <source>the counts evaluated their where more than %1 times; the rule is too costly to judge</source>
        <translation>les comptages ont évalué leur where plus de %1 fois ; la règle est trop coûteuse à évaluer</translation>
    </message>
</context>
<context>
    <name>vaultscope::policy::Expression</name>
    <message>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation>« %1 » inattendu à la position %2</translation>
    </message>
    <message>
        <source>a property name must follow &apos;.&apos;</source>
        <translation>un nom de propriété doit suivre « . »</translation>
    </message>
    <message>
        <source>unclosed &apos;[&apos;</source>
        <translation>« [ » non fermé</translation>
    </message>
    <message>
        <source>the expression ends too early</source>
        <translation>l’expression se termine trop tôt</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <source>bad number at position %1</source>
        <translation>nombre invalide à la position %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a function call</source>
        <translation>« %1 » n’est pas un appel de fonction</translation>
    </message>
    <message>
        <source>unsupported template function &apos;%1&apos;</source>
        <translation>fonction de modèle non prise en charge « %1 »</translation>
    </message>
    <message>
        <source>missing &apos;)&apos; after the arguments of %1</source>
        <translation>« ) » manque après les arguments de %1</translation>
    </message>
    <message>
        <source>%1() takes %2 argument(s), not %3</source>
        <translation>%1() prend %2 argument(s), pas %3</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 ou plus</translation>
    </message>
    <message>
        <source>field() takes a literal alias</source>
        <translation>field() prend un alias littéral</translation>
    </message>
    <message>
        <source>ipRangeContains: &apos;%1&apos; is not an IPv4 address or range</source>
        <translation>ipRangeContains : « %1 » n’est ni une adresse ni une plage IPv4</translation>
    </message>
    <message>
        <source>ipRangeContains: bad prefix in &apos;%1&apos;</source>
        <translation>ipRangeContains : préfixe invalide dans « %1 »</translation>
    </message>
    <message>
        <source>int(): &apos;%1&apos; is not a number</source>
        <translation>int() : « %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>expression %1: %2</source>
        <translation>expression %1 : %2</translation>
    </message>
    <message>
        <source>addDays(): &apos;%1&apos; plus &apos;%2&apos; days is not a date-time</source>
        <translation>addDays() : « %1 » plus « %2 » jours n’est pas une date et heure</translation>
    </message>
    <message>
        <source>%1().%2 was not captured: a snapshot holds its id and name only</source>
        <translation>%1().%2 n’a pas été capturé : un instantané n’en contient que l’identifiant et le nom</translation>
    </message>
    <message>
        <source>the expression nests deeper than %1 levels</source>
        <translation>l’expression est imbriquée sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>%1(): the result exceeds %2 characters or %3 items</source>
        <translation>%1() : le résultat dépasse %2 caractères ou %3 éléments</translation>
    </message>
    <message>
        <source>concat(): the result would exceed %1 characters or items</source>
        <translation>concat() : le résultat dépasserait %1 caractères ou éléments</translation>
    </message>
</context>
<context>
    <name>vaultscope::policy::TemplateFunctions</name>
    <message>
        <source>%1(): not JSON: %2</source>
        <translation>%1() : pas du JSON : %2</translation>
    </message>
    <message>
        <source>%1(): &apos;%2&apos; and &apos;%3&apos; must be integers</source>
        <translation>%1() : « %2 » et « %3 » doivent être des entiers</translation>
    </message>
    <message>
        <source>%1(): division by zero</source>
        <translation>%1() : division par zéro</translation>
    </message>
    <message>
        <source>%1(): no values</source>
        <translation>%1() : aucune valeur</translation>
    </message>
    <message>
        <source>%1(): &apos;%2&apos; is not an integer</source>
        <translation>%1() : « %2 » n’est pas un entier</translation>
    </message>
    <message>
        <source>intersection(): the arguments must be all arrays or all objects</source>
        <translation>intersection() : les arguments doivent être tous des tableaux ou tous des objets</translation>
    </message>
    <message>
        <source>format(): &apos;%1&apos; has a placeholder without an argument</source>
        <translation>format() : « %1 » a un espace réservé sans argument</translation>
    </message>
    <message>
        <source>float(): &apos;%1&apos; is not a number</source>
        <translation>float() : « %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>range(): needs a start and a count from 0 to %1</source>
        <translation>range() : il faut un début et un nombre de 0 à %1</translation>
    </message>
    <message>
        <source>createObject(): needs pairs of a key and a value</source>
        <translation>createObject() : il faut des paires clé et valeur</translation>
    </message>
    <message>
        <source>%1(): &apos;%2&apos; is not base64</source>
        <translation>%1() : « %2 » n’est pas du base64</translation>
    </message>
    <message>
        <source>dataUriToString(): &apos;%1&apos; is not a data URI</source>
        <translation>dataUriToString() : « %1 » n’est pas une URI de données</translation>
    </message>
    <message>
        <source>unsupported template function &apos;%1&apos;</source>
        <translation>fonction de modèle non prise en charge « %1 »</translation>
    </message>
    <message>
        <source>padLeft(): the padding must be one character</source>
        <translation>padLeft() : le remplissage doit être un caractère</translation>
    </message>
    <message>
        <source>substring(): range outside &apos;%1&apos;</source>
        <translation>substring() : plage hors de « %1 »</translation>
    </message>
    <message>
        <source>padLeft(): the width must be from 0 to %1</source>
        <translation>padLeft() : la largeur doit être comprise entre 0 et %1</translation>
    </message>
    <message>
        <source>replace(): the result would exceed %1 characters</source>
        <translation>replace() : le résultat dépasserait %1 caractères</translation>
    </message>
</context>
</TS>
