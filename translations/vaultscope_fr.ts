<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <source>Vaultscope</source>
        <translation>Vaultscope</translation>
    </message>
</context>
<context>
    <name>vaultscope::CataloguePage</name>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Filter entries (Ctrl+F)</source>
        <translation>Filtrer les entrées (Ctrl+F)</translation>
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
        <source>Import Microsoft security baseline documents (markdown or text)</source>
        <translation>Importer les bases de sécurité de Microsoft (markdown ou texte)</translation>
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
        <source>Baseline documents (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Documents de base de référence (*.md *.markdown *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
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
        <source>Policy results of the vault</source>
        <translation>Résultats des stratégies pour le coffre</translation>
    </message>
    <message>
        <source>Vault configuration as captured (JSON)</source>
        <translation>Configuration du coffre telle que capturée (JSON)</translation>
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
        <source>Controls: %1</source>
        <translation>Contrôles : %1</translation>
    </message>
    <message>
        <source>version %1, effect %2</source>
        <translation>version %1, effet %2</translation>
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
</context>
</TS>
