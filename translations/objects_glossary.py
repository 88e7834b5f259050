"""German and French for Key Vault objects (keys, secrets, certificates) on the dashboard and the vault page; merged by fill.py."""

# source: (German, French); plural sources map to ((singular, plural), (singular, plural)).
OBJECTS = {
    "%n already expired": (("%n bereits abgelaufen", "%n bereits abgelaufen"), ("%n déjà expiré", "%n déjà expirés")),
    "%n certificate(s)": (("%n Zertifikat", "%n Zertifikate"), ("%n certificat", "%n certificats")),
    "%n expiring within %1 days of the capture": (
        ("%n läuft innerhalb von %1 Tagen nach der Erfassung ab", "%n laufen innerhalb von %1 Tagen nach der Erfassung ab"),
        ("%n expire dans les %1 jours suivant la capture", "%n expirent dans les %1 jours suivant la capture")),
    "%n secret(s)": (("%n Geheimnis", "%n Geheimnisse"), ("%n secret", "%n secrets")),
    "%n without expiry": (("%n ohne Ablaufdatum", "%n ohne Ablaufdatum"), ("%n sans date d’expiration", "%n sans date d’expiration")),
    "Judged as of the capture, %1: “expires within N days” counts from then.": (
        "Beurteilt zum Zeitpunkt der Erfassung, %1: „läuft innerhalb von N Tagen ab“ zählt ab dann.",
        "Évalué à la date de la capture, %1 : « expire dans N jours » se compte à partir de là."),
    "Key Vault objects: %n key(s)": (("Key-Vault-Objekte: %n Schlüssel", "Key-Vault-Objekte: %n Schlüssel"),
                                     ("Objets Key Vault : %n clé", "Objets Key Vault : %n clés")),
    "Keys, secrets and certificates (%1)": ("Schlüssel, Geheimnisse und Zertifikate (%1)", "Clés, secrets et certificats (%1)"),
    "Managed HSM key": ("Managed-HSM-Schlüssel", "clé HSM managé"),
    "certificate": ("Zertifikat", "certificat"),
    "expires %1": ("läuft am %1 ab", "expire le %1"),
    "key": ("Schlüssel", "clé"),
    "never expires": ("läuft nie ab", "n’expire jamais"),
    "secret": ("Geheimnis", "secret"),
    "the snapshot's Key Vault objects were not evaluated": (
        "die Key-Vault-Objekte der Momentaufnahme wurden nicht ausgewertet",
        "les objets Key Vault de l’instantané n’ont pas été évalués"),
    "✓ %n definition(s) passed": (("✓ %n Definition erfüllt", "✓ %n Definitionen erfüllt"),
                                  ("✓ %n définition respectée", "✓ %n définitions respectées")),
    "Definition %1, version %2, effect %3 · controls %4 · %5 of %6 evaluated Key Vault objects fail": (
        "Definition %1, Version %2, Effekt %3 · Kontrollen %4 · %5 von %6 ausgewerteten Key-Vault-Objekten nicht konform",
        "Définition %1, version %2, effet %3 · contrôles %4 · %5 objets Key Vault non conformes sur %6 évalués"),
    "Key Vault objects: %1 keys, %2 secrets and %3 certificates; %4 without expiry, %5 expiring within %6 days and %7 already expired. Time-relative definitions were judged as of the capture, %8.": (
        "Key-Vault-Objekte: %1 Schlüssel, %2 Geheimnisse und %3 Zertifikate; %4 ohne Ablaufdatum, %5 laufen innerhalb von %6 Tagen ab und %7 sind bereits abgelaufen. Zeitbezogene Definitionen wurden zum Zeitpunkt der Erfassung beurteilt, %8.",
        "Objets Key Vault : %1 clés, %2 secrets et %3 certificats ; %4 sans date d’expiration, %5 expirent dans les %6 jours et %7 sont déjà expirés. Les définitions relatives au temps ont été évaluées à la date de la capture, %8."),
    "Failing resources": ("Nicht konforme Ressourcen", "Ressources non conformes"),
    "Key Vault objects of %1 not read: %2": ("Key-Vault-Objekte von %1 nicht gelesen: %2", "Objets Key Vault de %1 non lus : %2"),
    "Keys, secrets and certificates": ("Schlüssel, Geheimnisse und Zertifikate", "Clés, secrets et certificats"),
    "Not read in the scan, so unknown: %1": ("Beim Scan nicht gelesen, daher unbekannt: %1", "Non lus lors de l’analyse, donc inconnus : %1"),
    "the vault's properties name no %1": ("die Eigenschaften des Tresors nennen kein %1", "les propriétés du coffre n’indiquent aucun %1"),
    "… and %1 more failing Key Vault objects, not reviewed: the CSV and JSON exports list every one.": ("… und %1 weitere nicht konforme Key-Vault-Objekte, nicht geprüft: die CSV- und JSON-Exporte führen jedes auf.", "… et %1 autres objets Key Vault non conformes, non examinés : les exports CSV et JSON les listent tous."),
}
