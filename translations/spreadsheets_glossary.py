"""German and French for the spreadsheet import, framework mappings and the baseline comparison; merged by fill.py."""

# source: (German, French)
SPREADSHEETS = {
    "%1 unpacks to more than %2 MB; a baseline workbook is far smaller, so this file is refused": (
        "%1 entpackt sich auf mehr als %2 MB; eine Baseline-Arbeitsmappe ist weit kleiner, daher wird diese Datei abgelehnt",
        "%1 se décompresse en plus de %2 Mo ; un classeur de référence est bien plus petit, ce fichier est donc refusé"),
    "%1 · %2 · %3 entries": ("%1 · %2 · %3 Einträge", "%1 · %2 · %3 entrées"),
    "%1 · %2 · 1 entry": ("%1 · %2 · 1 Eintrag", "%1 · %2 · 1 entrée"),
    "%1 → %2 entries: %3 changed, %4 added, %5 removed, %6 unchanged.": (
        "%1 → %2 Einträge: %3 geändert, %4 hinzugefügt, %5 entfernt, %6 unverändert.",
        "%1 → %2 entrées : %3 modifiées, %4 ajoutées, %5 supprimées, %6 inchangées."),
    "%1, line %2: %3": ("%1, Zeile %2: %3", "%1, ligne %2 : %3"),
    "&Newer:": ("&Neuere:", "&Plus récente :"),
    "&Older:": ("Ä&ltere:", "&Plus ancienne :"),
    "+ Added": ("+ Hinzugefügt", "+ Ajoutée"),
    "Added": ("Hinzugefügt", "Ajoutées"),
    "All differences": ("Alle Unterschiede", "Toutes les différences"),
    "Azure Policy": ("Azure Policy", "Azure Policy"),
    "Azure Security Benchmark v3": ("Azure Security Benchmark v3", "Azure Security Benchmark v3"),
    "Baselines (*.md *.markdown *.txt *.xlsx);;All files (*)": (
        "Baselines (*.md *.markdown *.txt *.xlsx);;Alle Dateien (*)",
        "Références (*.md *.markdown *.txt *.xlsx);;Tous les fichiers (*)"),
    "Baselines with this control": ("Baselines mit dieser Kontrolle", "Références avec ce contrôle"),
    "Benchmark controls": ("Benchmark-Kontrollen", "Contrôles du benchmark"),
    "Both versions of the entry": ("Beide Fassungen des Eintrags", "Les deux versions de l’entrée"),
    "Change": ("Änderung", "Changement"),
    "Changed": ("Geändert", "Modifiées"),
    "Changed fields": ("Geänderte Felder", "Champs modifiés"),
    "Co&mpare baselines…": ("Baselines &vergleichen…", "Co&mparer des références…"),
    "Compare baselines": ("Baselines vergleichen", "Comparer des références"),
    "Compare two versions of a baseline: added, removed and changed entries": (
        "Zwei Fassungen einer Baseline vergleichen: hinzugefügte, entfernte und geänderte Einträge",
        "Comparer deux versions d’une référence : entrées ajoutées, supprimées et modifiées"),
    "Compare with another version…": ("Mit einer anderen Fassung vergleichen…", "Comparer avec une autre version…"),
    "Control title": ("Titel der Kontrolle", "Titre du contrôle"),
    "Differences": ("Unterschiede", "Différences"),
    "Filter entries, or a framework id such as NIST AC-4 (Ctrl+F)": (
        "Einträge filtern oder eine Framework-ID wie NIST AC-4 (Strg+F)",
        "Filtrer les entrées, ou un identifiant de référentiel comme NIST AC-4 (Ctrl+F)"),
    "Framework mappings": ("Zuordnungen zu Frameworks", "Correspondances avec les référentiels"),
    "Import Microsoft security baselines: documents (markdown or text) or spreadsheets (.xlsx)": (
        "Microsoft-Sicherheitsbaselines importieren: Dokumente (Markdown oder Text) oder Tabellen (.xlsx)",
        "Importer des références de sécurité Microsoft : documents (markdown ou texte) ou classeurs (.xlsx)"),
    "Import at least one baseline to compare.": (
        "Importieren Sie mindestens eine Baseline zum Vergleichen.",
        "Importez au moins une référence à comparer."),
    "In the benchmark": ("Im Benchmark", "Dans le benchmark"),
    "Maps to %1": ("Entspricht %1", "Correspond à %1"),
    "Monitoring": ("Überwachung", "Surveillance"),
    "Newer: %1": ("Neuere: %1", "Plus récente : %1"),
    "No differences of this kind.": ("Keine Unterschiede dieser Art.", "Aucune différence de ce type."),
    "Older: %1": ("Ältere: %1", "Plus ancienne : %1"),
    "Paired by control id alone (renamed): %1; by name alone (renumbered): %2.": (
        "Nur über die Kontroll-ID zugeordnet (umbenannt): %1; nur über den Namen (umnummeriert): %2.",
        "Appariées par le seul identifiant de contrôle (renommées) : %1 ; par le seul nom (renumérotées) : %2."),
    "Removed": ("Entfernt", "Supprimées"),
    "S&how:": ("&Anzeigen:", "A&fficher :"),
    "Show": ("Anzeigen", "Afficher"),
    "Swap": ("Tauschen", "Inverser"),
    "Swap older and newer": ("Ältere und neuere tauschen", "Inverser l’ancienne et la récente"),
    "The catalogue is empty: import baselines first.": (
        "Der Katalog ist leer: importieren Sie zuerst Baselines.",
        "Le catalogue est vide : importez d’abord des références."),
    "The same baseline is chosen twice: choose another version to compare.": (
        "Dieselbe Baseline ist zweimal gewählt: wählen Sie eine andere Fassung zum Vergleichen.",
        "La même référence est choisie deux fois : choisissez une autre version à comparer."),
    "cannot unpack %1 (zip error %2)": ("%1 kann nicht entpackt werden (Zip-Fehler %2)",
                                        "impossible de décompresser %1 (erreur zip %2)"),
    "cannot unpack %1: the archive is damaged (zip error %2)": (
        "%1 kann nicht entpackt werden: das Archiv ist beschädigt (Zip-Fehler %2)",
        "impossible de décompresser %1 : l’archive est endommagée (erreur zip %2)"),
    "cell %1 names shared string %2, but the workbook has %3": (
        "Zelle %1 verweist auf gemeinsame Zeichenkette %2, die Arbeitsmappe hat aber %3",
        "la cellule %1 désigne la chaîne partagée %2, mais le classeur en a %3"),
    "cell reference \"%1\" is not a column Excel has": (
        "Zellbezug „%1“ ist keine Spalte, die Excel kennt",
        "la référence de cellule « %1 » n’est pas une colonne d’Excel"),
    "evaluated by Vaultscope": ("von Vaultscope ausgewertet", "évaluée par Vaultscope"),
    "no baseline or benchmark sheet found (sheets: %1): expected the headers of a security baseline (Azure Control, Azure ID, Benchmark Recommendation), of a feature summary (ASB Control ID, Feature Name) or of a benchmark (ID, Control Domain, Recommendation)": (
        "kein Baseline- oder Benchmark-Blatt gefunden (Blätter: %1): erwartet wurden die Spaltenköpfe einer Sicherheitsbaseline (Azure Control, Azure ID, Benchmark Recommendation), einer Funktionsübersicht (ASB Control ID, Feature Name) oder eines Benchmarks (ID, Control Domain, Recommendation)",
        "aucune feuille de référence ou de benchmark trouvée (feuilles : %1) : en-têtes attendus d’une référence de sécurité (Azure Control, Azure ID, Benchmark Recommendation), d’un résumé des fonctionnalités (ASB Control ID, Feature Name) ou d’un benchmark (ID, Control Domain, Recommendation)"),
    "not a readable .xlsx workbook: the zip archive is damaged or incomplete": (
        "keine lesbare .xlsx-Arbeitsmappe: das Zip-Archiv ist beschädigt oder unvollständig",
        "classeur .xlsx illisible : l’archive zip est endommagée ou incomplète"),
    "not in this version": ("nicht in dieser Fassung", "absente de cette version"),
    "row number %1 is out of order or beyond row %2": (
        "Zeilennummer %1 ist außer der Reihe oder jenseits von Zeile %2",
        "le numéro de ligne %1 est hors séquence ou au-delà de la ligne %2"),
    "spreadsheet": ("Tabelle", "classeur"),
    "the workbook has no part %1": ("der Arbeitsmappe fehlt der Teil %1", "le classeur n’a pas de partie %1"),
    "the workbook has no worksheets": ("die Arbeitsmappe hat keine Tabellenblätter", "le classeur n’a aucune feuille"),
    "the workbook has the headers of a baseline but no rows under them": (
        "die Arbeitsmappe hat die Spaltenköpfe einer Baseline, aber keine Zeilen darunter",
        "le classeur a les en-têtes d’une référence mais aucune ligne en dessous"),
    "the workbook is password-protected (encrypted); save it without a password and import it again": (
        "die Arbeitsmappe ist kennwortgeschützt (verschlüsselt); speichern Sie sie ohne Kennwort und importieren Sie sie erneut",
        "le classeur est protégé par mot de passe (chiffré) ; enregistrez-le sans mot de passe et importez-le à nouveau"),
    "this is an Excel 97-2003 (.xls) workbook; save it as .xlsx and import it again": (
        "dies ist eine Excel-97-2003-Arbeitsmappe (.xls); speichern Sie sie als .xlsx und importieren Sie sie erneut",
        "il s’agit d’un classeur Excel 97-2003 (.xls) ; enregistrez-le en .xlsx et importez-le à nouveau"),
    "− Removed": ("− Entfernt", "− Supprimée"),
    "≠ Changed": ("≠ Geändert", "≠ Modifiée"),
    "%1 is encrypted: the workbook is password-protected; save it without a password and import it again": (
        "%1 ist verschlüsselt: die Arbeitsmappe ist kennwortgeschützt; speichern Sie sie ohne Kennwort und importieren Sie sie erneut",
        "%1 est chiffré : le classeur est protégé par mot de passe ; enregistrez-le sans mot de passe et importez-le à nouveau"),
    "%1 is damaged: its checksum does not match (zip error %2)": (
        "%1 ist beschädigt: die Prüfsumme stimmt nicht (Zip-Fehler %2)",
        "%1 est endommagé : sa somme de contrôle ne correspond pas (erreur zip %2)"),
    "%1 older and %2 newer entries could not be matched by control id or name; they are listed as removed and added.": (
        "%1 ältere und %2 neuere Einträge ließen sich weder über die Kontroll-ID noch über den Namen zuordnen; sie stehen als entfernt und hinzugefügt in der Liste.",
        "%1 entrées anciennes et %2 récentes n’ont pu être appariées ni par identifiant de contrôle ni par nom ; elles figurent comme supprimées et ajoutées."),
    # Limits of the policy language (tests/fuzz, tst_limits).
    "%1(): the result exceeds %2 characters or %3 items": (
        "%1(): das Ergebnis überschreitet %2 Zeichen oder %3 Elemente",
        "%1() : le résultat dépasse %2 caractères ou %3 éléments"),
    "concat(): the result would exceed %1 characters or items": (
        "concat(): das Ergebnis würde %1 Zeichen oder Elemente überschreiten",
        "concat() : le résultat dépasserait %1 caractères ou éléments"),
    "padLeft(): the width must be from 0 to %1": (
        "padLeft(): die Breite muss zwischen 0 und %1 liegen",
        "padLeft() : la largeur doit être comprise entre 0 et %1"),
    "replace(): the result would exceed %1 characters": (
        "replace(): das Ergebnis würde %1 Zeichen überschreiten",
        "replace() : le résultat dépasserait %1 caractères"),
    "the counts evaluated their where more than %1 times; the rule is too costly to judge": (
        "die Zählungen haben ihr where mehr als %1-mal ausgewertet; die Regel ist zu aufwendig zu beurteilen",
        "les comptages ont évalué leur where plus de %1 fois ; la règle est trop coûteuse à évaluer"),
    "the expression nests deeper than %1 levels": (
        "der Ausdruck ist tiefer als %1 Ebenen verschachtelt",
        "l’expression est imbriquée sur plus de %1 niveaux"),
}
