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
    "%1 is a program or an active document: Vaultscope does not open it. Save it and check it before you open it.": (
        "%1 ist ein Programm oder ein aktives Dokument: Vaultscope öffnet es nicht. Speichern und prüfen Sie es, bevor Sie es öffnen.",
        "%1 est un programme ou un document actif : Vaultscope ne l’ouvre pas. Enregistrez-le et vérifiez-le avant de l’ouvrir."),
    "%1 names %2 as its %3; Vaultscope sends codes and tokens to the authority's own host (%4) over https only": (
        "%1 nennt %2 als %3; Vaultscope sendet Codes und Token nur über https an den Host der Autorität selbst (%4)",
        "%1 désigne %2 comme %3 ; Vaultscope n’envoie codes et jetons qu’à l’hôte de l’autorité lui-même (%4), en https"),
    "%1: evidence %2 is larger than the %3 an evidence file may be; nothing was imported": (
        "%1: Nachweis %2 ist größer als die %3, die eine Nachweisdatei haben darf; nichts wurde importiert",
        "%1 : la preuve %2 dépasse les %3 permis pour un fichier de preuve ; rien n’a été importé"),
    "%1: https is required; Resource Manager is never read over plain http (except on 127.0.0.1 with --allow-http-loopback, for a local test server).": (
        "%1: https ist erforderlich; Resource Manager wird nie über unverschlüsseltes http gelesen (außer auf 127.0.0.1 mit --allow-http-loopback, für einen lokalen Testserver).",
        "%1 : https est requis ; Resource Manager n’est jamais lu en http simple (sauf sur 127.0.0.1 avec --allow-http-loopback, pour un serveur de test local)."),
    "%1: the bundle is %2, more than the %3 a review bundle may be; nothing was imported": (
        "%1: das Paket ist %2 groß, mehr als die %3, die ein Prüfungspaket haben darf; nichts wurde importiert",
        "%1 : le lot fait %2, plus que les %3 permis pour un lot de revues ; rien n’a été importé"),
    "%n item(s) of Azure's answers skipped for their shape: %1": (
        ("%n Element der Antworten von Azure wegen seiner Form übersprungen: %1", "%n Elemente der Antworten von Azure wegen ihrer Form übersprungen: %1"),
        ("%n élément des réponses d’Azure ignoré pour sa forme : %1", "%n éléments des réponses d’Azure ignorés pour leur forme : %1")),
    "&Key Vault suffix:": ("&Key-Vault-Suffix:", "Suffixe &Key Vault :"),
    "&Managed HSM suffix:": ("&Managed-HSM-Suffix:", "Suffixe &Managed HSM :"),
    "'%1' is not a DNS suffix such as vault.example.com.": ("„%1“ ist kein DNS-Suffix wie vault.example.com.", "« %1 » n’est pas un suffixe DNS comme vault.example.com."),
    "'%1' is not a valid Resource Manager URL.": ("„%1“ ist keine gültige Resource-Manager-URL.", "« %1 » n’est pas une URL Resource Manager valide."),
    "; %1 items of odd shape skipped": ("; %1 Elemente ungewöhnlicher Form übersprungen", " ; %1 éléments de forme inattendue ignorés"),
    "Came from": ("Herkunft", "Provenance"),
    "Cannot listen on both loopback addresses (127.0.0.1 and ::1) for the sign-in redirect: another program holds the ports tried": (
        "Auf beiden Loopback-Adressen (127.0.0.1 und ::1) kann nicht auf die Anmelde-Weiterleitung gewartet werden: ein anderes Programm belegt die versuchten Ports",
        "Impossible d’écouter sur les deux adresses de bouclage (127.0.0.1 et ::1) pour la redirection de connexion : un autre programme occupe les ports essayés"),
    "Key Vault's DNS suffix in this cloud: Key Vault tokens go to hosts under it only": (
        "DNS-Suffix von Key Vault in dieser Cloud: Key-Vault-Token gehen nur an Hosts darunter",
        "Suffixe DNS de Key Vault dans ce cloud : les jetons Key Vault ne vont qu’aux hôtes situés dessous"),
    "Managed HSM's DNS suffix in this cloud: its tokens go to hosts under it only": (
        "DNS-Suffix von Managed HSM in dieser Cloud: seine Token gehen nur an Hosts darunter",
        "Suffixe DNS de Managed HSM dans ce cloud : ses jetons ne vont qu’aux hôtes situés dessous"),
    "Resource Graph's $skipToken repeats a page already read: its vaults may be missing": (
        "Das $skipToken von Resource Graph wiederholt eine bereits gelesene Seite: Tresore können fehlen",
        "Le $skipToken de Resource Graph répète une page déjà lue : des coffres peuvent manquer"),
    "Resource Graph's answer goes on beyond %1 pages: not read to the end": (
        "Die Antwort von Resource Graph geht über %1 Seiten hinaus: nicht bis zum Ende gelesen",
        "La réponse de Resource Graph dépasse %1 pages : pas lue jusqu’au bout"),
    "Save evidence": ("Nachweis speichern", "Enregistrer la preuve"),
    "Skipped an item of Azure's answer: %1": ("Ein Element der Antwort von Azure übersprungen: %1", "Élément de la réponse d’Azure ignoré : %1"),
    "The scan could not be stored (%1), nor kept in a file (%2).": (
        "Der Scan konnte nicht gespeichert werden (%1), auch nicht in einer Datei (%2).",
        "L’analyse n’a pas pu être enregistrée (%1), ni conservée dans un fichier (%2)."),
    "The scan could not be stored (%1). What it read is kept in %2: 'vaultscope snapshot import %2' stores it.": (
        "Der Scan konnte nicht gespeichert werden (%1). Was er gelesen hat, liegt in %2: „vaultscope snapshot import %2“ speichert es.",
        "L’analyse n’a pas pu être enregistrée (%1). Ce qu’elle a lu est conservé dans %2 : « vaultscope snapshot import %2 » l’enregistre."),
    "This sign-in is finished; this answer was not taken.": ("Diese Anmeldung ist abgeschlossen; diese Antwort wurde nicht angenommen.", "Cette connexion est terminée ; cette réponse n’a pas été prise."),
    "a vault list item without a string id and type": ("ein Element der Tresorliste ohne Zeichenketten-ID und -Typ", "un élément de la liste de coffres sans id ni type textuels"),
    "a vault whose id is not a plain resource id: %1": ("ein Tresor, dessen ID keine einfache Ressourcen-ID ist: %1", "un coffre dont l’id n’est pas un simple id de ressource : %1"),
    "an item of its %1 list has no string id and type": ("ein Element seiner Liste %1 hat keine Zeichenketten-ID und keinen Typ", "un élément de sa liste %1 n’a ni id ni type textuels"),
    "an item of its %1 list is of type %2": ("ein Element seiner Liste %1 hat den Typ %2", "un élément de sa liste %1 est de type %2"),
    "evidence %1 no longer matches its SHA-256 (the store was changed outside Vaultscope); it is not opened": (
        "Nachweis %1 stimmt nicht mehr mit seinem SHA-256 überein (der Speicher wurde außerhalb von Vaultscope geändert); er wird nicht geöffnet",
        "la preuve %1 ne correspond plus à son SHA-256 (le magasin a été modifié hors de Vaultscope) ; elle n’est pas ouverte"),
    "from bundle %1 (sha256 %2), imported by %3 on %4": ("aus Paket %1 (sha256 %2), importiert von %3 am %4", "du lot %1 (sha256 %2), importé par %3 le %4"),
    "no complete answer within %1 s": ("keine vollständige Antwort innerhalb von %1 s", "pas de réponse complète en %1 s"),
    "redirected to %1: not followed (a token never follows a redirect)": ("umgeleitet nach %1: nicht gefolgt (ein Token folgt nie einer Umleitung)", "redirigé vers %1 : non suivi (un jeton ne suit jamais une redirection)"),
    "refused: the answer names %1, not Resource Manager of %2 (%3)": ("abgelehnt: die Antwort nennt %1, nicht Resource Manager von %2 (%3)", "refusé : la réponse désigne %1, pas Resource Manager de %2 (%3)"),
    "refused: the answer names %1, not a Key Vault host of %2": ("abgelehnt: die Antwort nennt %1, keinen Key-Vault-Host von %2", "refusé : la réponse désigne %1, pas un hôte Key Vault de %2"),
    "refused: the answer names '%1', which is not a path from the root": ("abgelehnt: die Antwort nennt „%1“, keinen Pfad ab der Wurzel", "refusé : la réponse désigne « %1 », qui n’est pas un chemin depuis la racine"),
    "refused: the list's nextLink names %1, not %2 that was asked": ("abgelehnt: der nextLink der Liste nennt %1, nicht das angefragte %2", "refusé : le nextLink de la liste désigne %1, pas %2 qui a été interrogé"),
    "the ID token was issued to another party (azp)": ("das ID-Token wurde einer anderen Partei ausgestellt (azp)", "le jeton d’ID a été émis pour une autre partie (azp)"),
    "the ID token's %1 is not a number": ("%1 des ID-Tokens ist keine Zahl", "le %1 du jeton d’ID n’est pas un nombre"),
    "the answer is larger than %1 MiB: refused": ("die Antwort ist größer als %1 MiB: abgelehnt", "la réponse dépasse %1 Mio : refusée"),
    "the list goes on beyond %1 pages or %2 items: not read to the end": ("die Liste geht über %1 Seiten oder %2 Elemente hinaus: nicht bis zum Ende gelesen", "la liste dépasse %1 pages ou %2 éléments : pas lue jusqu’au bout"),
    "the list's nextLink repeats a page already read: not followed": ("der nextLink der Liste wiederholt eine bereits gelesene Seite: nicht gefolgt", "le nextLink de la liste répète une page déjà lue : non suivi"),
    "this store": ("dieser Speicher", "ce magasin"),
    "without a name": ("ohne Namen", "sans nom"),
}
