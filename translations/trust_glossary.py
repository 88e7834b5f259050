"""German and French for the first start (the store lock, the empty estate) and the scan's trust
rules (origins, bounds, odd items); merged by fill.py."""

# source: (German, French); plural sources: ((singular, plural), (singular, plural))
TRUST = {
    "%1: cannot read the store's settings: %2": ("%1: die Einstellungen des Speichers sind nicht lesbar: %2", "%1 : impossible de lire les réglages du magasin : %2"),
    "%1: cannot write the store's settings: %2": ("%1: die Einstellungen des Speichers können nicht geschrieben werden: %2", "%1 : impossible d’écrire les réglages du magasin : %2"),
    "%1: the store cannot be created: %2.": ("%1: der Speicher kann nicht angelegt werden: %2.", "%1 : le magasin ne peut pas être créé : %2."),
    "Explore a generated estate of 240 vaults in 12 subscriptions, with Key Vault objects, to see what Vaultscope shows before your own estate is in.": (
        "Eine erzeugte Umgebung mit 240 Tresoren in 12 Abonnements samt Key-Vault-Objekten erkunden, um zu sehen, was Vaultscope zeigt, bevor Ihre eigene Umgebung da ist.",
        "Explorer un parc généré de 240 coffres dans 12 abonnements, avec des objets Key Vault, pour voir ce que Vaultscope affiche avant que votre propre parc soit là."),
    "Import an export…": ("Einen Export importieren…", "Importer un export…"),
    "No estate yet": ("Noch keine Umgebung", "Pas encore de parc"),
    "Open a JSON file an administrator made for you, for example with az graph query, or a snapshot exported from another Vaultscope. Works without a network.": (
        "Eine JSON-Datei öffnen, die ein Administrator für Sie erstellt hat, etwa mit az graph query, oder eine aus einem anderen Vaultscope exportierte Momentaufnahme. Funktioniert ohne Netzwerk.",
        "Ouvrir un fichier JSON qu’un administrateur a préparé pour vous, par exemple avec az graph query, ou un instantané exporté d’un autre Vaultscope. Fonctionne sans réseau."),
    "Open the demo estate": ("Demo-Umgebung öffnen", "Ouvrir le parc de démonstration"),
    "Sign in with Entra ID and read the vaults of the subscriptions you choose, live. The Reader role is enough; Vaultscope never changes anything in Azure.": (
        "Mit Entra ID anmelden und die Tresore der gewählten Abonnements live lesen. Die Rolle „Leser“ genügt; Vaultscope ändert nie etwas in Azure.",
        "Se connecter avec Entra ID et lire en direct les coffres des abonnements choisis. Le rôle Lecteur suffit ; Vaultscope ne modifie jamais rien dans Azure."),
    "This store cannot be locked for writing: %1. This window shows it read-only; nothing can be changed.": (
        "Dieser Speicher kann nicht zum Schreiben gesperrt werden: %1. Dieses Fenster zeigt ihn schreibgeschützt; nichts kann geändert werden.",
        "Ce magasin ne peut pas être verrouillé en écriture : %1. Cette fenêtre l’affiche en lecture seule ; rien ne peut être modifié."),
    "This store holds no snapshot of vaults, so there is no posture to show. The catalogue of baselines is there to browse already. Bring in an estate in one of three ways:": (
        "Dieser Speicher enthält keine Momentaufnahme von Tresoren, daher gibt es keine Lage zu zeigen. Der Katalog der Baselines steht schon zum Durchsehen bereit. Holen Sie eine Umgebung auf einem von drei Wegen herein:",
        "Ce magasin ne contient aucun instantané de coffres : il n’y a donc pas de posture à afficher. Le catalogue des bases de référence est déjà consultable. Faites entrer un parc de l’une de trois façons :"),
    "no permission to write in %1 (or the disk is read-only)": ("keine Schreibberechtigung in %1 (oder der Datenträger ist schreibgeschützt)", "pas d’autorisation d’écrire dans %1 (ou le disque est en lecture seule)"),
    "the folder %1 cannot be created": ("der Ordner %1 kann nicht angelegt werden", "le dossier %1 ne peut pas être créé"),
    "the lock file %1 cannot be created": ("die Sperrdatei %1 kann nicht angelegt werden", "le fichier de verrou %1 ne peut pas être créé"),
}
