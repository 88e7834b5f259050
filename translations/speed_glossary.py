"""German and French for the vault page that fills in from a worker and the heat map's empty cells;
merged by fill.py."""

# source: (German, French)
SPEED = {
    "%1, control %2: no vaults": ("%1, Kontrolle %2: keine Tresore", "%1, contrôle %2 : aucun coffre"),
    "no vaults": ("keine Tresore", "aucun coffre"),
    "Reading the vault's results…": ("Die Ergebnisse des Tresors werden gelesen…", "Lecture des résultats du coffre…"),
    "Show %1 more of the %2 not shown yet": ("%1 weitere der %2 noch nicht gezeigten anzeigen", "Afficher %1 de plus parmi les %2 pas encore affichés"),
}
