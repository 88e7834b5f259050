#!/usr/bin/env python3
"""Fills the German and French .ts files from the glossary below (run after `update_translations`).

Kept in the repository so the translations stay reproducible; entries are keyed by source text.
Plural sources map to a (singular, plural) pair.
"""
import html
import re
import sys
from pathlib import Path

DE = {
    "Remove baseline": "Baseline entfernen",
    "Remove baseline…": "Baseline entfernen…",
    "Remove “%1” and all its entries from the catalogue? The source document is not touched and can be imported again.":
        "„%1“ mit allen Einträgen aus dem Katalog entfernen? Das Quelldokument bleibt unberührt und kann erneut importiert werden.",
    "%1 — %2 (entries: %3)": "%1 — %2 (Einträge: %3)",
    "Azure Security Benchmark v1": "Azure Security Benchmark v1",
    "Azure Security Benchmark v2": "Azure Security Benchmark v2",
    "Baselines: %1 · Entries: %2 · Database: %3": "Baselines: %1 · Einträge: %2 · Datenbank: %3",
    "Cloud security benchmark v1": "Cloud Security Benchmark v1",
    "Entries: %1": "Einträge: %1",
    "Entries: %1 of %2": "Einträge: %1 von %2",
    "Files that failed left the catalogue unchanged.": "Fehlgeschlagene Dateien haben den Katalog nicht verändert.",
    "Imported: %1 · Failed: %2": "Importiert: %1 · Fehlgeschlagen: %2",
    "Importing files: %1…": "Dateien werden importiert: %1…",
    "Security attributes": "Sicherheitsattribute",
    "Security controls": "Sicherheitskontrollen",
    "Security features overview": "Sicherheitsübersicht",
    "Source: %1, line %2": "Quelle: %1, Zeile %2",
    "Vaultscope": "Vaultscope",
    "database error: %1": "Datenbankfehler: %1",
    "database statement failed (%1): %2": "Datenbankanweisung fehlgeschlagen (%1): %2",
    'no baseline content found: expected security attribute or control tables, benchmark recommendations ("### NS-1: ..." or "### 1.1: ..."), benchmark features, or a security overview':
        'keine Baseline-Inhalte gefunden: erwartet werden Tabellen mit Sicherheitsattributen oder -kontrollen, Benchmark-Empfehlungen („### NS-1: …“ oder „### 1.1: …“), Benchmark-Features oder eine Sicherheitsübersicht',
    "Catalogue": "Katalog",
    "Filter entries (Ctrl+F)": "Einträge filtern (Strg+F)",
    "Filter text": "Filtertext",
    "Supported": "Unterstützt",
    "Any support value": "Jede Unterstützung",
    "Yes": "Ja",
    "No": "Nein",
    "N/A": "k. A.",
    "True": "Wahr",
    "False": "Falsch",
    "Responsibility": "Verantwortung",
    "Any responsibility": "Jede Verantwortung",
    "Customer": "Kunde",
    "Microsoft": "Microsoft",
    "Shared": "Gemeinsam",
    "Entries": "Einträge",
    "Select an entry to see its notes, guidance and references.": "Wählen Sie einen Eintrag, um Hinweise, Anleitung und Verweise zu sehen.",
    "No entries match.": "Keine passenden Einträge.",
    "No entries match the filter.": "Keine Einträge entsprechen dem Filter.",
    "%n entries": ("%n Eintrag", "%n Einträge"),
    "%1 of %n entries": ("%1 von %n Eintrag", "%1 von %n Einträgen"),
    "cannot start a transaction: %1": "Transaktion kann nicht gestartet werden: %1",
    "cannot commit: %1": "Speichern fehlgeschlagen: %1",
    "%1\nSource: %2\nFormat: %3%4": "%1\nQuelle: %2\nFormat: %3%4",
    "Baseline": "Baseline",
    "%1: cannot read the database: %2": "%1: Datenbank kann nicht gelesen werden: %2",
    "%1: not a SQLite database (damaged, or another kind of file). Vaultscope leaves it untouched; move it away or choose another file with --db.":
        "%1: keine SQLite-Datenbank (beschädigt oder eine andere Art von Datei). Vaultscope lässt sie unverändert; verschieben Sie sie oder wählen Sie mit --db eine andere Datei.",
    "%1: cannot create the folder": "%1: Ordner kann nicht angelegt werden",
    "%1: cannot open the database: %2": "%1: Datenbank kann nicht geöffnet werden: %2",
    "%1: the database is damaged (%2). Vaultscope leaves it untouched; restore a backup or move it away.":
        "%1: die Datenbank ist beschädigt (%2). Vaultscope lässt sie unverändert; stellen Sie eine Sicherung wieder her oder verschieben Sie sie.",
    "%1: this SQLite database belongs to another program; Vaultscope will not change it. Choose another file with --db.":
        "%1: diese SQLite-Datenbank gehört zu einem anderen Programm; Vaultscope ändert sie nicht. Wählen Sie mit --db eine andere Datei.",
    "%1: the database was written by a newer Vaultscope (schema %2; this version reads up to %3). Vaultscope leaves it untouched.":
        "%1: die Datenbank wurde von einem neueren Vaultscope geschrieben (Schema %2; diese Version liest bis %3). Vaultscope lässt sie unverändert.",
    "%1: cannot start a transaction: %2": "%1: Transaktion kann nicht gestartet werden: %2",
    "%1: cannot write the schema: %2": "%1: Schema kann nicht geschrieben werden: %2",
    "Entry details": "Eintragsdetails",
    "Enabled by default": "Standardmäßig aktiviert",
    "Security Center monitoring": "Security-Center-Überwachung",
    "Description": "Beschreibung",
    "Notes": "Hinweise",
    "Guidance": "Anleitung",
    "References": "Verweise",
    "Azure Policy definitions": "Azure Policy-Definitionen",
    "Control": "Kontrolle",
    "Name": "Name",
    "Category": "Kategorie",
    "no benchmark recommendations found": "keine Benchmark-Empfehlungen gefunden",
    "no benchmark features found": "keine Benchmark-Features gefunden",
    "the overview has no sections": "die Übersicht hat keine Abschnitte",
    "the attribute or control tables hold no rows": "die Attribut- oder Kontrolltabellen enthalten keine Zeilen",
    "Import results": "Importergebnisse",
    "File": "Datei",
    "Result": "Ergebnis",
    "Details": "Details",
    "Imported": "Importiert",
    "%1 — %2: %n entries": ("%1 — %2: %n Eintrag", "%1 — %2: %n Einträge"),
    "Already in the catalogue": "Bereits im Katalog",
    "Failed": "Fehlgeschlagen",
    "%n file(s) imported": ("%n Datei importiert", "%n Dateien importiert"),
    "%n failed and left the catalogue unchanged": ("%n fehlgeschlagen, Katalog unverändert", "%n fehlgeschlagen, Katalog unverändert"),
    "Import cancelled; the files not listed were not imported.": "Import abgebrochen; die nicht aufgeführten Dateien wurden nicht importiert.",
    "Importing %1…": "%1 wird importiert…",
    "&File": "&Datei",
    "&Import baselines…": "Baselines &importieren…",
    "Import Microsoft security baseline documents (markdown or text)": "Microsoft-Sicherheitsbaselines importieren (Markdown oder Text)",
    "&Quit": "&Beenden",
    "&Edit": "&Bearbeiten",
    "&Find…": "&Suchen…",
    "&View": "&Ansicht",
    "&Language": "&Sprache",
    "System default": "Systemstandard",
    "&Help": "&Hilfe",
    "&About Vaultscope": "&Über Vaultscope",
    "About &Qt": "Über &Qt",
    "%n baseline(s)": ("%n Baseline", "%n Baselines"),
    "Import baselines": "Baselines importieren",
    "Baseline documents (*.md *.markdown *.txt);;All files (*)": "Baseline-Dokumente (*.md *.markdown *.txt);;Alle Dateien (*)",
    "Importing…": "Import läuft…",
    "Cancel": "Abbrechen",
    "Importing %n file(s)…": ("%n Datei wird importiert…", "%n Dateien werden importiert…"),
    "Language": "Sprache",
    "The language changes when Vaultscope starts next.": "Die Sprache wechselt beim nächsten Start von Vaultscope.",
    "About Vaultscope": "Über Vaultscope",
    "<h3>Vaultscope %1</h3><p>A compliance dashboard for Azure security baselines.</p><p>Bundled baselines: Microsoft Docs, © Microsoft Corporation, licensed under CC BY 4.0.</p>":
        "<h3>Vaultscope %1</h3><p>Ein Compliance-Dashboard für Azure-Sicherheitsbaselines.</p><p>Mitgelieferte Baselines: Microsoft Docs, © Microsoft Corporation, lizenziert unter CC BY 4.0.</p>",
    "cannot open the file: %1": "Datei kann nicht geöffnet werden: %1",
    "the file is %1 MB; baseline documents are at most %2 MB": "die Datei ist %1 MB groß; Baseline-Dokumente sind höchstens %2 MB groß",
    "the document is larger than %1 MB": "das Dokument ist größer als %1 MB",
    "the file is empty": "die Datei ist leer",
    "this is a binary file (a NUL byte at offset %1), not a baseline document": "dies ist eine Binärdatei (NUL-Byte an Position %1), kein Baseline-Dokument",
    "invalid UTF-8 (byte 0x%1); save the document as UTF-8": "ungültiges UTF-8 (Byte 0x%1); speichern Sie das Dokument als UTF-8",
}

FR = {
    "Remove baseline": "Retirer la base de référence",
    "Remove baseline…": "Retirer la base de référence…",
    "Remove “%1” and all its entries from the catalogue? The source document is not touched and can be imported again.":
        "Retirer « %1 » et toutes ses entrées du catalogue ? Le document source n’est pas modifié et peut être importé à nouveau.",
    "%1 — %2 (entries: %3)": "%1 — %2 (entrées : %3)",
    "Azure Security Benchmark v1": "Azure Security Benchmark v1",
    "Azure Security Benchmark v2": "Azure Security Benchmark v2",
    "Baselines: %1 · Entries: %2 · Database: %3": "Bases de référence : %1 · Entrées : %2 · Base de données : %3",
    "Cloud security benchmark v1": "Cloud Security Benchmark v1",
    "Entries: %1": "Entrées : %1",
    "Entries: %1 of %2": "Entrées : %1 sur %2",
    "Files that failed left the catalogue unchanged.": "Les fichiers en échec n’ont pas modifié le catalogue.",
    "Imported: %1 · Failed: %2": "Importés : %1 · Échecs : %2",
    "Importing files: %1…": "Importation des fichiers : %1…",
    "Security attributes": "Attributs de sécurité",
    "Security controls": "Contrôles de sécurité",
    "Security features overview": "Vue d’ensemble des fonctionnalités de sécurité",
    "Source: %1, line %2": "Source : %1, ligne %2",
    "Vaultscope": "Vaultscope",
    "database error: %1": "erreur de base de données : %1",
    "database statement failed (%1): %2": "échec de l’instruction de base de données (%1) : %2",
    'no baseline content found: expected security attribute or control tables, benchmark recommendations ("### NS-1: ..." or "### 1.1: ..."), benchmark features, or a security overview':
        'aucun contenu de base de sécurité trouvé : tableaux d’attributs ou de contrôles de sécurité, recommandations du benchmark (« ### NS-1: … » ou « ### 1.1: … »), fonctionnalités du benchmark ou vue d’ensemble de la sécurité attendus',
    "Catalogue": "Catalogue",
    "Filter entries (Ctrl+F)": "Filtrer les entrées (Ctrl+F)",
    "Filter text": "Texte du filtre",
    "Supported": "Pris en charge",
    "Any support value": "Toute prise en charge",
    "Yes": "Oui",
    "No": "Non",
    "N/A": "N/A",
    "True": "Vrai",
    "False": "Faux",
    "Responsibility": "Responsabilité",
    "Any responsibility": "Toute responsabilité",
    "Customer": "Client",
    "Microsoft": "Microsoft",
    "Shared": "Partagée",
    "Entries": "Entrées",
    "Select an entry to see its notes, guidance and references.": "Sélectionnez une entrée pour voir ses notes, conseils et références.",
    "No entries match.": "Aucune entrée ne correspond.",
    "No entries match the filter.": "Aucune entrée ne correspond au filtre.",
    "%n entries": ("%n entrée", "%n entrées"),
    "%1 of %n entries": ("%1 sur %n entrée", "%1 sur %n entrées"),
    "cannot start a transaction: %1": "impossible de démarrer une transaction : %1",
    "cannot commit: %1": "impossible d’enregistrer : %1",
    "%1\nSource: %2\nFormat: %3%4": "%1\nSource : %2\nFormat : %3%4",
    "Baseline": "Base de référence",
    "%1: cannot read the database: %2": "%1 : impossible de lire la base de données : %2",
    "%1: not a SQLite database (damaged, or another kind of file). Vaultscope leaves it untouched; move it away or choose another file with --db.":
        "%1 : ce n’est pas une base SQLite (endommagée ou autre type de fichier). Vaultscope n’y touche pas ; déplacez-la ou choisissez un autre fichier avec --db.",
    "%1: cannot create the folder": "%1 : impossible de créer le dossier",
    "%1: cannot open the database: %2": "%1 : impossible d’ouvrir la base de données : %2",
    "%1: the database is damaged (%2). Vaultscope leaves it untouched; restore a backup or move it away.":
        "%1 : la base de données est endommagée (%2). Vaultscope n’y touche pas ; restaurez une sauvegarde ou déplacez-la.",
    "%1: this SQLite database belongs to another program; Vaultscope will not change it. Choose another file with --db.":
        "%1 : cette base SQLite appartient à un autre programme ; Vaultscope ne la modifiera pas. Choisissez un autre fichier avec --db.",
    "%1: the database was written by a newer Vaultscope (schema %2; this version reads up to %3). Vaultscope leaves it untouched.":
        "%1 : la base de données a été écrite par une version plus récente de Vaultscope (schéma %2 ; cette version lit jusqu’au %3). Vaultscope n’y touche pas.",
    "%1: cannot start a transaction: %2": "%1 : impossible de démarrer une transaction : %2",
    "%1: cannot write the schema: %2": "%1 : impossible d’écrire le schéma : %2",
    "Entry details": "Détails de l’entrée",
    "Enabled by default": "Activé par défaut",
    "Security Center monitoring": "Supervision Security Center",
    "Description": "Description",
    "Notes": "Notes",
    "Guidance": "Conseils",
    "References": "Références",
    "Azure Policy definitions": "Définitions Azure Policy",
    "Control": "Contrôle",
    "Name": "Nom",
    "Category": "Catégorie",
    "no benchmark recommendations found": "aucune recommandation du benchmark trouvée",
    "no benchmark features found": "aucune fonctionnalité du benchmark trouvée",
    "the overview has no sections": "la vue d’ensemble n’a aucune section",
    "the attribute or control tables hold no rows": "les tableaux d’attributs ou de contrôles n’ont aucune ligne",
    "Import results": "Résultats de l’importation",
    "File": "Fichier",
    "Result": "Résultat",
    "Details": "Détails",
    "Imported": "Importé",
    "%1 — %2: %n entries": ("%1 — %2 : %n entrée", "%1 — %2 : %n entrées"),
    "Already in the catalogue": "Déjà dans le catalogue",
    "Failed": "Échec",
    "%n file(s) imported": ("%n fichier importé", "%n fichiers importés"),
    "%n failed and left the catalogue unchanged": ("%n en échec, catalogue inchangé", "%n en échec, catalogue inchangé"),
    "Import cancelled; the files not listed were not imported.": "Importation annulée ; les fichiers non listés n’ont pas été importés.",
    "Importing %1…": "Importation de %1…",
    "&File": "&Fichier",
    "&Import baselines…": "&Importer des bases de référence…",
    "Import Microsoft security baseline documents (markdown or text)": "Importer les bases de sécurité de Microsoft (markdown ou texte)",
    "&Quit": "&Quitter",
    "&Edit": "&Édition",
    "&Find…": "&Rechercher…",
    "&View": "&Affichage",
    "&Language": "&Langue",
    "System default": "Langue du système",
    "&Help": "&Aide",
    "&About Vaultscope": "À &propos de Vaultscope",
    "About &Qt": "À propos de &Qt",
    "%n baseline(s)": ("%n base de référence", "%n bases de référence"),
    "Import baselines": "Importer des bases de référence",
    "Baseline documents (*.md *.markdown *.txt);;All files (*)": "Documents de base de référence (*.md *.markdown *.txt);;Tous les fichiers (*)",
    "Importing…": "Importation…",
    "Cancel": "Annuler",
    "Importing %n file(s)…": ("Importation de %n fichier…", "Importation de %n fichiers…"),
    "Language": "Langue",
    "The language changes when Vaultscope starts next.": "La langue changera au prochain démarrage de Vaultscope.",
    "About Vaultscope": "À propos de Vaultscope",
    "<h3>Vaultscope %1</h3><p>A compliance dashboard for Azure security baselines.</p><p>Bundled baselines: Microsoft Docs, © Microsoft Corporation, licensed under CC BY 4.0.</p>":
        "<h3>Vaultscope %1</h3><p>Un tableau de bord de conformité pour les bases de sécurité Azure.</p><p>Bases fournies : Microsoft Docs, © Microsoft Corporation, sous licence CC BY 4.0.</p>",
    "cannot open the file: %1": "impossible d’ouvrir le fichier : %1",
    "the file is %1 MB; baseline documents are at most %2 MB": "le fichier fait %1 Mo ; les documents de base de référence font au plus %2 Mo",
    "the document is larger than %1 MB": "le document dépasse %1 Mo",
    "the file is empty": "le fichier est vide",
    "this is a binary file (a NUL byte at offset %1), not a baseline document": "ceci est un fichier binaire (octet NUL à la position %1), pas un document de base de référence",
    "invalid UTF-8 (byte 0x%1); save the document as UTF-8": "UTF-8 non valide (octet 0x%1) ; enregistrez le document en UTF-8",
}

MESSAGE = re.compile(r'(<message(?P<num> numerus="yes")?>\s*<source>(?P<src>.*?)</source>\s*)<translation[^>]*?(?:/>|>.*?</translation>)', re.S)


def fill(path: Path, table: dict) -> list:
    text = path.read_text(encoding="utf-8")
    missing = []

    def repl(m):
        source = html.unescape(m.group("src"))
        value = table.get(source)
        if value is None:
            missing.append(source)
            return m.group(0)
        if m.group("num"):
            forms = value if isinstance(value, tuple) else (value, value)
            body = "".join(f"\n            <numerusform>{html.escape(f, quote=False)}</numerusform>" for f in forms)
            return m.group(1) + f"<translation>{body}\n        </translation>"
        return m.group(1) + f"<translation>{html.escape(value, quote=False)}</translation>"

    path.write_text(MESSAGE.sub(repl, text), encoding="utf-8")
    return missing


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    problems = fill(here / "vaultscope_de.ts", DE) + fill(here / "vaultscope_fr.ts", FR)
    for p in sorted(set(problems)):
        print("untranslated:", p, file=sys.stderr)
    sys.exit(1 if problems else 0)
