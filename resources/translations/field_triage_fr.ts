<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>Notable known-file match: this photo is not shown.</source>
        <translation>Correspondance avec un fichier connu signalé : cette photo n&apos;est pas affichée.</translation>
    </message>
    <message>
        <source>Matched: </source>
        <translation>Correspondance : </translation>
    </message>
    <message>
        <source>Do not open it elsewhere. Record it and call a specialist; an L3 specialist can view it here, and that is recorded in custody.</source>
        <translation>Ne l&apos;ouvrez nulle part ailleurs. Consignez-le et appelez un spécialiste ; un spécialiste L3 peut le voir ici, et c&apos;est enregistré dans la chaîne de possession.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Taille du fichier</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Camera make</source>
        <translation>Marque de l&apos;appareil</translation>
    </message>
    <message>
        <source>Camera model</source>
        <translation>Modèle de l&apos;appareil</translation>
    </message>
    <message>
        <source>Camera serial number</source>
        <translation>Numéro de série de l&apos;appareil</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Lens serial number</source>
        <translation>Numéro de série de l&apos;objectif</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Appareil photo</translation>
    </message>
    <message>
        <source>(camera clock; time zone not recorded)</source>
        <translation>(horloge de l&apos;appareil ; fuseau horaire non enregistré)</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prise de vue</translation>
    </message>
    <message>
        <source>Digitized</source>
        <translation>Numérisation</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>GPS time (UTC)</source>
        <translation>Heure GPS (UTC)</translation>
    </message>
    <message>
        <source>Dates and times</source>
        <translation>Dates et heures</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Altitude</source>
        <translation>Altitude</translation>
    </message>
    <message>
        <source>true north</source>
        <translation>nord géographique</translation>
    </message>
    <message>
        <source>magnetic north</source>
        <translation>nord magnétique</translation>
    </message>
    <message>
        <source>north</source>
        <translation>nord</translation>
    </message>
    <message>
        <source>Camera pointing</source>
        <translation>Direction de l&apos;appareil</translation>
    </message>
    <message>
        <source>from</source>
        <translation>par rapport au</translation>
    </message>
    <message>
        <source>Nearest place</source>
        <translation>Lieu le plus proche</translation>
    </message>
    <message>
        <source>away</source>
        <translation>de distance</translation>
    </message>
    <message>
        <source>(offline GeoNames gazetteer; a hint, not proof of place)</source>
        <translation>(répertoire GeoNames hors ligne ; un indice, pas une preuve du lieu)</translation>
    </message>
    <message>
        <source>none within 250 km (open sea or remote land)</source>
        <translation>aucun à moins de 250 km (haute mer ou zone isolée)</translation>
    </message>
    <message>
        <source>no GPS position recorded</source>
        <translation>aucune position GPS enregistrée</translation>
    </message>
    <message>
        <source>Where it was taken</source>
        <translation>Lieu de prise de vue</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation>Taille de l&apos;image</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>the previews are turned upright</source>
        <translation>les aperçus sont redressés</translation>
    </message>
    <message>
        <source>differs from the main picture in %1 of 64 fingerprint bits</source>
        <translation>diffère de l&apos;image principale sur %1 des 64 bits d&apos;empreinte</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>non comparée</translation>
    </message>
    <message>
        <source>Embedded thumbnail</source>
        <translation>Miniature intégrée</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présente</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Preview made from</source>
        <translation>Aperçu créé à partir de</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>How each value was obtained is shown in brackets (library : group : tag). Parsed with exifread and Pillow in a fenced worker process; the file is never changed.</source>
        <translation>Entre parenthèses : comment chaque valeur a été obtenue (bibliothèque : groupe : balise). Lu avec exifread et Pillow dans un processus isolé ; le fichier n&apos;est jamais modifié.</translation>
    </message>
    <message>
        <source>Request a specialist</source>
        <translation>Demander un spécialiste</translation>
    </message>
    <message>
        <source>Open the case first: the request is recorded in it.</source>
        <translation>Ouvrez d&apos;abord l&apos;affaire : la demande y est consignée.</translation>
    </message>
    <message>
        <source>Your request is recorded in the custody ledger (entry %d). A specialist or your supervisor will see it in the review queue.</source>
        <translation>Votre demande est consignée dans le registre de la chaîne de possession (entrée %d). Un spécialiste ou votre superviseur la verra dans la file de revue.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translation>N&apos;a pas pu aboutir</translation>
    </message>
    <message>
        <source>notable match — not shown</source>
        <translation>correspondance signalée — non affichée</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>no picture to show (metadata only)</source>
        <translation>aucune image à afficher (métadonnées seulement)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>pas de date</translation>
    </message>
    <message>
        <source>Notable known-file match: not shown.</source>
        <translation>Correspondance avec un fichier connu signalé : non affichée.</translation>
    </message>
    <message>
        <source>no camera recorded</source>
        <translation>aucun appareil enregistré</translation>
    </message>
    <message>
        <source>near </source>
        <translation>près de </translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>Prendre une photo</translation>
    </message>
    <message>
        <source>&amp;Take the photo</source>
        <translation>&amp;Prendre la photo</translation>
    </message>
    <message>
        <source>Save the label as</source>
        <translation>Enregistrer l&apos;étiquette sous</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printing the label</source>
        <translation>Impression de l&apos;étiquette</translation>
    </message>
    <message>
        <source>Open or make a case first.</source>
        <translation>Ouvrez ou créez d&apos;abord une affaire.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Recording the device&apos;s facts</source>
        <translation>Enregistrement des faits de l&apos;appareil</translation>
    </message>
</context>
<context>
    <name>AuthorityForm</name>
    <message>
        <source>Warrant</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Statutory power</source>
        <translation>Pouvoir légal</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>e.g. W-2026-0042</source>
        <translation>p. ex. W-2026-0042</translation>
    </message>
    <message>
        <source>Court, magistrate, or the person consenting</source>
        <translation>Tribunal, magistrat ou la personne qui consent</translation>
    </message>
    <message>
        <source>What the authority covers: the address, the people, the kinds of devices</source>
        <translation>Ce que couvre l&apos;autorisation : l&apos;adresse, les personnes, les types d&apos;appareils</translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation>&amp;Autorisation</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>Ré&amp;férence</translation>
    </message>
    <message>
        <source>&amp;Issued by</source>
        <translation>Dé&amp;livrée par</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Valable d&amp;u</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>Valable &amp;jusqu&apos;au</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>&amp;Portée</translation>
    </message>
    <message>
        <source>the authority must end after it starts</source>
        <translation>l&apos;autorisation doit se terminer après son début</translation>
    </message>
</context>
<context>
    <name>AuthorityStep</name>
    <message>
        <source>why it is amended (a renewal, a wider scope)</source>
        <translation>pourquoi elle est modifiée (renouvellement, portée élargie)</translation>
    </message>
    <message>
        <source>Re&amp;ason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Re&amp;cord the authority</source>
        <translation>&amp;Enregistrer l&apos;autorisation</translation>
    </message>
    <message>
        <source>Every field is needed: copy them from the warrant or the signed consent.</source>
        <translation>Chaque champ est requis : recopiez-les du mandat ou du consentement signé.</translation>
    </message>
    <message>
        <source>Re&amp;cord the amended authority</source>
        <translation>&amp;Enregistrer l&apos;autorisation modifiée</translation>
    </message>
    <message>
        <source>Not recorded: %1.</source>
        <translation>Non enregistré : %1.</translation>
    </message>
    <message>
        <source>Recording the authority</source>
        <translation>Enregistrement de l&apos;autorisation</translation>
    </message>
    <message>
        <source>Recorded (custody entry %1).</source>
        <translation>Enregistré (entrée %1 du registre de la chaîne de possession).</translation>
    </message>
</context>
<context>
    <name>CaseNote</name>
    <message>
        <source>Open or make a case first.</source>
        <translation>Ouvrez ou créez d&apos;abord une affaire.</translation>
    </message>
</context>
<context>
    <name>CaseOverview</name>
    <message>
        <source>Exhibit</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Record or amend the legal &amp;authority…</source>
        <translation>Enregistrer ou modifier l&apos;&amp;autorisation légale…</translation>
    </message>
    <message>
        <source>&amp;Change case…</source>
        <translation>&amp;Changer d&apos;affaire…</translation>
    </message>
    <message>
        <source>My &amp;score and debrief</source>
        <translation>Mon &amp;score et le débriefing</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Scellés</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Aucune affaire ouverte</translation>
    </message>
    <message>
        <source>Open or make a case first (Session ▸ Change case).</source>
        <translation>Ouvrez ou créez d&apos;abord une affaire (Session ▸ Changer d&apos;affaire).</translation>
    </message>
    <message>
        <source>Case %s</source>
        <translation>Affaire %s</translation>
    </message>
    <message>
        <source>STOP: %s. Nothing may be read from evidence until a legal authority in force is recorded.</source>
        <translation>STOP : %s. Rien ne peut être lu sur les preuves tant qu&apos;une autorisation légale en vigueur n&apos;est pas enregistrée.</translation>
    </message>
    <message>
        <source>Legal authority: %s %s, issued by %s, valid until %s.
Scope: %s</source>
        <translation>Autorisation légale : %s %s, délivrée par %s, valable jusqu&apos;au %s.
Portée : %s</translation>
    </message>
    <message>
        <source>Training exercise “%s” (%s): %s</source>
        <translation>Exercice de formation « %s » (%s) : %s</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>No points lost.</source>
        <translation>Aucun point perdu.</translation>
    </message>
    <message>
        <source>Score: %d of 100</source>
        <translation>Score : %d sur 100</translation>
    </message>
    <message>
        <source>The debrief with the reasons: %s</source>
        <translation>Le débriefing avec les raisons : %s</translation>
    </message>
    <message>
        <source>Open the debrief</source>
        <translation>Ouvrir le débriefing</translation>
    </message>
    <message>
        <source>Legal authority</source>
        <translation>Autorisation légale</translation>
    </message>
    <message>
        <source>Why it is amended (a renewed warrant, a wider scope)</source>
        <translation>Pourquoi elle est modifiée (mandat renouvelé, portée élargie)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
</context>
<context>
    <name>CaseScreen</name>
    <message>
        <source>Case</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>e.g. OP-ORCHARD-2026-117</source>
        <translation>p. ex. OP-ORCHARD-2026-117</translation>
    </message>
    <message>
        <source>Where the case is kept (never on evidence)</source>
        <translation>Où l&apos;affaire est conservée (jamais sur les preuves)</translation>
    </message>
    <message>
        <source>&amp;Make the case</source>
        <translation>&amp;Créer l&apos;affaire</translation>
    </message>
    <message>
        <source>Case &amp;reference</source>
        <translation>&amp;Référence de l&apos;affaire</translation>
    </message>
    <message>
        <source>Case &amp;folder</source>
        <translation>&amp;Dossier de l&apos;affaire</translation>
    </message>
    <message>
        <source>Case folder</source>
        <translation>Dossier de l&apos;affaire</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <source>The legal authority for the search: nothing is read from evidence without it.</source>
        <translation>L&apos;autorisation légale de la perquisition : sans elle, rien n&apos;est lu sur les preuves.</translation>
    </message>
    <message>
        <source>&amp;Open the chosen case</source>
        <translation>&amp;Ouvrir l&apos;affaire choisie</translation>
    </message>
    <message>
        <source>Open &amp;another case folder…</source>
        <translation>Ou&amp;vrir un autre dossier d&apos;affaire…</translation>
    </message>
    <message>
        <source>Continue &amp;without a case</source>
        <translation>Continuer &amp;sans affaire</translation>
    </message>
    <message>
        <source>Lab intake (importing a package makes its case) and training (building an exercise makes it)</source>
        <translation>Réception au laboratoire (l&apos;import d&apos;un paquet crée son affaire) et formation (la création d&apos;un exercice la crée)</translation>
    </message>
    <message>
        <source>Resume a case</source>
        <translation>Reprendre une affaire</translation>
    </message>
    <message>
        <source>Give the case reference and its folder.</source>
        <translation>Indiquez la référence de l&apos;affaire et son dossier.</translation>
    </message>
    <message>
        <source>Making the case</source>
        <translation>Création de l&apos;affaire</translation>
    </message>
    <message>
        <source>Opening the case</source>
        <translation>Ouverture de l&apos;affaire</translation>
    </message>
</context>
<context>
    <name>CryptoCheckPage</name>
    <message>
        <source>Type or paste a crypto-currency address, private key or seed phrase (one per line), or open a photo of a QR code. Nothing leaves this computer.</source>
        <translation>Saisissez ou collez une adresse de cryptomonnaie, une clé privée ou une phrase de récupération (une par ligne), ou ouvrez la photo d&apos;un code QR. Rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>e.g. bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq
A seed phrase goes on one line, words separated by spaces.</source>
        <translation>p. ex. bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq
Une phrase de récupération tient sur une ligne, mots séparés par des espaces.</translation>
    </message>
    <message>
        <source>Private keys and seed phrases are always shown shortened; the ledger holds only the shortened form.</source>
        <translation>Les clés privées et phrases de récupération sont toujours affichées tronquées ; le registre ne contient que la forme tronquée.</translation>
    </message>
    <message>
        <source>Type or paste something to check first.</source>
        <translation>Saisissez ou collez d&apos;abord quelque chose à vérifier.</translation>
    </message>
    <message>
        <source>Photo of a QR code</source>
        <translation>Photo d&apos;un code QR</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.heic *.heif *.webp *.bmp *.tif *.tiff);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.heic *.heif *.webp *.bmp *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the photo…</source>
        <translation>Lecture de la photo…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Secrets were taken out of the box above.</source>
        <translation>Les secrets ont été retirés du champ ci-dessus.</translation>
    </message>
    <message>
        <source>%1 checked, %2 valid.</source>
        <translation>%1 vérifiés, %2 valides.</translation>
    </message>
    <message>
        <source>Read from the photo %1.</source>
        <translation>Lu sur la photo %1.</translation>
    </message>
    <message>
        <source>Each check is recorded in the custody ledger of %1.</source>
        <translation>Chaque vérification est consignée dans le registre de la chaîne de possession de %1.</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Read &amp;QR code from a photo…</source>
        <translation>Lire un code &amp;QR sur une photo…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>E&amp;ffacer</translation>
    </message>
    <message>
        <source>(not from an exhibit)</source>
        <translation>(pas d&apos;un scellé)</translation>
    </message>
    <message>
        <source>Found on e&amp;xhibit</source>
        <translation>Trouvé sur le &amp;scellé</translation>
    </message>
    <message>
        <source>Not recorded: no case is open.</source>
        <translation>Non enregistré : aucune affaire n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Could not finish: </source>
        <translation>N&apos;a pas pu aboutir : </translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>PRIVATE KEY</source>
        <translation>CLÉ PRIVÉE</translation>
    </message>
    <message>
        <source>extended key</source>
        <translation>clé étendue</translation>
    </message>
    <message>
        <source>SEED PHRASE</source>
        <translation>PHRASE DE RÉCUPÉRATION</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>clé publique</translation>
    </message>
    <message>
        <source>VALID</source>
        <translation>VALIDE</translation>
    </message>
    <message>
        <source>ON A WATCH LIST</source>
        <translation>SUR UNE LISTE DE SURVEILLANCE</translation>
    </message>
    <message>
        <source>NOT RECOGNISED</source>
        <translation>NON RECONNU</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Hidden characters</source>
        <translation>Caractères cachés</translation>
    </message>
    <message>
        <source>Text checked</source>
        <translation>Texte vérifié</translation>
    </message>
    <message>
        <source>Could be</source>
        <translation>Pourrait être</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Ce que c&apos;est</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Watch lists</source>
        <translation>Listes de surveillance</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Chaîne de possession</translation>
    </message>
    <message>
        <source>recorded as entry %1</source>
        <translation>consigné comme entrée %1</translation>
    </message>
</context>
<context>
    <name>DeviationDialog</name>
    <message>
        <source>Do something else: %1</source>
        <translation>Faire autre chose : %1</translation>
    </message>
    <message>
        <source>e.g. switched it off: no signal bag</source>
        <translation>p. ex. éteint : pas de sac de blindage</translation>
    </message>
    <message>
        <source>A supervisor reviews every deviation.</source>
        <translation>Un superviseur examine chaque écart.</translation>
    </message>
    <message>
        <source>What &amp;was done instead *</source>
        <translation>Ce qui a été &amp;fait à la place *</translation>
    </message>
    <message>
        <source>&amp;Why (written reason) *</source>
        <translation>&amp;Pourquoi (motif écrit) *</translation>
    </message>
    <message>
        <source>Recording the deviation</source>
        <translation>Enregistrement de l&apos;écart</translation>
    </message>
</context>
<context>
    <name>DeviceForm</name>
    <message>
        <source>e.g. ABC/1 (the number on the bag)</source>
        <translation>p. ex. ABC/1 (le numéro sur le sachet)</translation>
    </message>
    <message>
        <source>— choose what it is —</source>
        <translation>— choisir ce que c&apos;est —</translation>
    </message>
    <message>
        <source>phones: *#06# shows it; do not unlock</source>
        <translation>téléphones : *#06# l&apos;affiche ; ne pas déverrouiller</translation>
    </message>
    <message>
        <source>the number on the evidence bag&apos;s seal</source>
        <translation>le numéro du scellé sur le sachet de preuve</translation>
    </message>
    <message>
        <source>where it was found, what is connected</source>
        <translation>où il a été trouvé, ce qui est branché</translation>
    </message>
    <message>
        <source>Photos from a camera &amp;folder…</source>
        <translation>Photos d&apos;un &amp;dossier d&apos;appareil…</translation>
    </message>
    <message>
        <source>C&amp;lear photos</source>
        <translation>E&amp;ffacer les photos</translation>
    </message>
    <message>
        <source>Take a photo with this computer&apos;s ca&amp;mera</source>
        <translation>Prendre une photo avec la &amp;caméra de cet ordinateur</translation>
    </message>
    <message>
        <source>No camera on this computer</source>
        <translation>Pas de caméra sur cet ordinateur</translation>
    </message>
    <message>
        <source>E&amp;xhibit number *</source>
        <translation>N° de &amp;scellé *</translation>
    </message>
    <message>
        <source>&amp;What is it *</source>
        <translation>&amp;Qu&apos;est-ce que c&apos;est *</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Ma&amp;ke and model</source>
        <translation>&amp;Marque et modèle</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>&amp;Serial / IMEI</source>
        <translation>N° de série / &amp;IMEI</translation>
    </message>
    <message>
        <source>S&amp;eal number</source>
        <translation>N° du scell&amp;é</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>&amp;Register this device</source>
        <translation>&amp;Enregistrer cet appareil</translation>
    </message>
    <message>
        <source>The camera&apos;s photo folder</source>
        <translation>Le dossier photo de l&apos;appareil</translation>
    </message>
    <message>
        <source>Fill in the exhibit number and what the device is (fields marked *).</source>
        <translation>Renseignez le numéro de scellé et la nature de l&apos;appareil (champs marqués *).</translation>
    </message>
    <message>
        <source>Registering the device</source>
        <translation>Enregistrement de l&apos;appareil</translation>
    </message>
    <message>
        <source>%1 is registered (%2).</source>
        <translation>%1 est enregistré (%2).</translation>
    </message>
</context>
<context>
    <name>DevicePanel</name>
    <message>
        <source>&amp;Get the instruction</source>
        <translation>Obtenir la consi&amp;gne</translation>
    </message>
    <message>
        <source>Call a &amp;specialist for this device</source>
        <translation>Appeler un &amp;spécialiste pour cet appareil</translation>
    </message>
    <message>
        <source>I have &amp;done this</source>
        <translation>C&apos;est &amp;fait</translation>
    </message>
    <message>
        <source>Do something &amp;else…</source>
        <translation>Faire autr&amp;e chose…</translation>
    </message>
    <message>
        <source>Cannot do it as it says?</source>
        <translation>Impossible de faire comme indiqué ?</translation>
    </message>
    <message>
        <source>Request a specialist first; then confirm that nobody touches the device.</source>
        <translation>Demandez d&apos;abord un spécialiste ; confirmez ensuite que personne ne touche l&apos;appareil.</translation>
    </message>
    <message>
        <source>In this exercise you see: </source>
        <translation>Dans cet exercice, vous voyez : </translation>
    </message>
    <message>
        <source>Something else was done instead (recorded with its reason).</source>
        <translation>Autre chose a été fait à la place (enregistré avec son motif).</translation>
    </message>
    <message>
        <source>Carried out.</source>
        <translation>Exécuté.</translation>
    </message>
    <message>
        <source>Getting the instruction</source>
        <translation>Obtention de la consigne</translation>
    </message>
    <message>
        <source>Recording what you did</source>
        <translation>Enregistrement de ce que vous avez fait</translation>
    </message>
    <message>
        <source>Requesting a specialist</source>
        <translation>Demande d&apos;un spécialiste</translation>
    </message>
    <message>
        <source>A specialist is requested (custody entry %1). Keep everyone away from the device, then press &quot;I have done this&quot;.</source>
        <translation>Un spécialiste est demandé (entrée %1 du registre). Tenez tout le monde à l&apos;écart de l&apos;appareil, puis appuyez sur « C&apos;est fait ».</translation>
    </message>
</context>
<context>
    <name>DeviceQueue</name>
    <message>
        <source>%1 is dealt with. </source>
        <translation>%1 est traité. </translation>
    </message>
    <message>
        <source>Device %1 of %2 · %3 still to deal with</source>
        <translation>Appareil %1 sur %2 · encore %3 à traiter</translation>
    </message>
    <message>
        <source>Every registered device is decided and its instruction carried out.</source>
        <translation>Chaque appareil enregistré est décidé et sa consigne exécutée.</translation>
    </message>
    <message>
        <source>No device is registered yet.</source>
        <translation>Aucun appareil enregistré pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>DeviceRegister</name>
    <message>
        <source>Device register</source>
        <translation>Registre des appareils</translation>
    </message>
    <message>
        <source>&amp;Register a device…</source>
        <translation>&amp;Enregistrer un appareil…</translation>
    </message>
    <message>
        <source>Add &amp;photos of the chosen device…</source>
        <translation>Ajouter des &amp;photos de l&apos;appareil choisi…</translation>
    </message>
    <message>
        <source>Print its &amp;label…</source>
        <translation>Imprimer son é&amp;tiquette…</translation>
    </message>
    <message>
        <source>Register a device</source>
        <translation>Enregistrer un appareil</translation>
    </message>
    <message>
        <source>The camera&apos;s photo folder</source>
        <translation>Le dossier photo de l&apos;appareil</translation>
    </message>
    <message>
        <source>%1 photo(s) of %2 added (custody entry %3).</source>
        <translation>%1 photo(s) de %2 ajoutée(s) (entrée %3 du registre).</translation>
    </message>
    <message>
        <source>Adding the photos</source>
        <translation>Ajout des photos</translation>
    </message>
</context>
<context>
    <name>DeviceTable</name>
    <message>
        <source>Exhibit</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Serial / IMEI</source>
        <translation>N° de série / IMEI</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <source>State at seizure</source>
        <translation>État à la saisie</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>Exécuté</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>something else (reason recorded)</source>
        <translation>autre chose (motif enregistré)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>non décidé</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>the folder to write it to, e.g. the exhibit drive</source>
        <translation>le dossier de destination, p. ex. le support scellé</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Export the documentation package</source>
        <translation>E&amp;xporter le paquet de documentation</translation>
    </message>
    <message>
        <source>Write to *</source>
        <translation>Écrire dans *</translation>
    </message>
    <message>
        <source>Last package: %1 (%2).</source>
        <translation>Dernier paquet : %1 (%2).</translation>
    </message>
    <message>
        <source>Where to write the package</source>
        <translation>Où écrire le paquet</translation>
    </message>
    <message>
        <source>Choose the folder to write the package to first.</source>
        <translation>Choisissez d&apos;abord le dossier où écrire le paquet.</translation>
    </message>
    <message>
        <source>Exporting the package</source>
        <translation>Export du paquet</translation>
    </message>
    <message>
        <source>Package written: %1 (%2 files). Hand it over with the sealed bags. Custody head: %3</source>
        <translation>Paquet écrit : %1 (%2 fichiers). Remettez-le avec les sachets scellés. Tête du registre : %3</translation>
    </message>
</context>
<context>
    <name>FactQuestion</name>
    <message>
        <source>&amp;Save the answer</source>
        <translation>&amp;Valider la réponse</translation>
    </message>
    <message>
        <source>An answer is needed to go on.</source>
        <translation>Une réponse est nécessaire pour continuer.</translation>
    </message>
    <message>
        <source>Recording the answer</source>
        <translation>Enregistrement de la réponse</translation>
    </message>
</context>
<context>
    <name>FactsDialog</name>
    <message>
        <source>Record what is missing</source>
        <translation>Consigner ce qui manque</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>FileResultsModel</name>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Type de contenu</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Ce qui a été trouvé</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Analyzer</source>
        <translation>Analyseur</translation>
    </message>
    <message>
        <source>How it was found</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Sans regroupement</translation>
    </message>
    <message>
        <source>By artefact</source>
        <translation>Par artefact</translation>
    </message>
    <message>
        <source>By exhibit</source>
        <translation>Par scellé</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Reason (optional to confirm or dismiss; required to reveal a secret)</source>
        <translation>Motif (facultatif pour confirmer ou écarter ; requis pour révéler un secret)</translation>
    </message>
    <message>
        <source>Secret in clear:</source>
        <translation>Secret en clair :</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>All exhibits</source>
        <translation>Tous les scellés</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>C&amp;onfirmer</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>É&amp;carter</translation>
    </message>
    <message>
        <source>&amp;Reveal secret (L3)…</source>
        <translation>&amp;Révéler le secret (L3)…</translation>
    </message>
    <message>
        <source>Each decision on what the scan found is recorded in the custody ledger with your name.</source>
        <translation>Chaque décision sur ce que l&apos;analyse a trouvé est consignée à votre nom dans le registre de la chaîne de possession.</translation>
    </message>
    <message>
        <source>Reading the findings</source>
        <translation>Lecture des résultats</translation>
    </message>
    <message>
        <source>%1 findings. Select one to see how it was found and to confirm or dismiss it.</source>
        <translation>%1 résultats. Sélectionnez-en un pour voir comment il a été trouvé et le confirmer ou l&apos;écarter.</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichés</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Where in it</source>
        <translation>Où dans le fichier</translation>
    </message>
    <message>
        <source>Times in the file</source>
        <translation>Dates dans le fichier</translation>
    </message>
    <message>
        <source>Analyzer</source>
        <translation>Analyseur</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Watch lists</source>
        <translation>Listes de surveillance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>This is a key to funds. It is shown shortened; only an L3 specialist can reveal it, and that is recorded.</source>
        <translation>Ceci est une clé donnant accès à des fonds. Elle est affichée tronquée ; seul un spécialiste L3 peut la révéler, et c&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Recording the decision</source>
        <translation>Enregistrement de la décision</translation>
    </message>
    <message>
        <source>Finding %1 %2; recorded in the custody ledger.</source>
        <translation>Résultat %1 %2 ; consigné dans le registre de la chaîne de possession.</translation>
    </message>
    <message>
        <source>Requesting a specialist</source>
        <translation>Demande d&apos;un spécialiste</translation>
    </message>
    <message>
        <source>Write the reason first: revealing a secret is recorded with why it was needed.</source>
        <translation>Écrivez d&apos;abord le motif : la révélation d&apos;un secret est consignée avec sa raison.</translation>
    </message>
    <message>
        <source>Revealing the secret</source>
        <translation>Révélation du secret</translation>
    </message>
    <message>
        <source>A specialist has been requested for this finding (custody entry %1). Leave the secret where it is and do not copy it.</source>
        <translation>Un spécialiste a été demandé pour ce résultat (entrée %1 du registre). Laissez le secret où il est et ne le copiez pas.</translation>
    </message>
    <message>
        <source>Revealed from the evidence and recorded (custody entry %1). Hide it when done.</source>
        <translation>Révélé depuis la preuve et enregistré (entrée %1 du registre). Masquez-le une fois terminé.</translation>
    </message>
</context>
<context>
    <name>GuardedAction</name>
    <message>
        <source>Request a specialist</source>
        <translation>Demander un spécialiste</translation>
    </message>
    <message>
        <source>Locked: %s (needs %s)</source>
        <translation>Verrouillé : %s (requiert %s)</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <source>Lab intake</source>
        <translation>Réception au labo</translation>
    </message>
    <message>
        <source>Check a triage package before you accept it; the package is only read. Importing copies it read-only into the lab store and records the receipt there.</source>
        <translation>Vérifiez un paquet de triage avant de l&apos;accepter ; le paquet est seulement lu. L&apos;import le copie en lecture seule dans le stockage du labo et y consigne la réception.</translation>
    </message>
    <message>
        <source>&amp;Check and import</source>
        <translation>Vérifier e&amp;t importer</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Officer&apos;s decision</source>
        <translation>Décision de l&apos;agent</translation>
    </message>
    <message>
        <source>E&amp;xhibits</source>
        <translation>&amp;Scellés</translation>
    </message>
    <message>
        <source>Custody &amp;timeline</source>
        <translation>&amp;Chronologie de la chaîne</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>Rés&amp;ultats</translation>
    </message>
    <message>
        <source>P&amp;hotos</source>
        <translation>P&amp;hotos</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>The package folder (TRIAGE_…) on the exhibit drive</source>
        <translation>Le dossier du paquet (TRIAGE_…) sur le support scellé</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Triage package folder</source>
        <translation>Dossier du paquet de triage</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <source>SIMULATION — training material, not evidence</source>
        <translation>SIMULATION — matériel de formation, pas une preuve</translation>
    </message>
    <message>
        <source>The lab store folder the package is copied into</source>
        <translation>Le dossier du stockage du labo où le paquet est copié</translation>
    </message>
    <message>
        <source>This is a training package (&amp;SIMULATION): import it, marked as such</source>
        <translation>C&apos;est un paquet de formation (SIMULATION) : l&apos;importer, &amp;marqué comme tel</translation>
    </message>
    <message>
        <source>&amp;Import into the lab store</source>
        <translation>&amp;Importer dans le stockage du labo</translation>
    </message>
    <message>
        <source>&amp;Open an imported package…</source>
        <translation>&amp;Ouvrir un paquet importé…</translation>
    </message>
    <message>
        <source>&amp;Package</source>
        <translation>&amp;Paquet</translation>
    </message>
    <message>
        <source>&amp;Lab store</source>
        <translation>Stockage du &amp;labo</translation>
    </message>
    <message>
        <source>Lab store folder</source>
        <translation>Dossier du stockage du labo</translation>
    </message>
    <message>
        <source>Scene photos of the package. Press Enter or double-click to open one in the system&apos;s viewer (a read-only copy).</source>
        <translation>Photos des lieux du paquet. Appuyez sur Entrée ou double-cliquez pour en ouvrir une dans la visionneuse du système (une copie en lecture seule).</translation>
    </message>
    <message>
        <source>Open the &amp;HTML report</source>
        <translation>Ouvrir le rapport &amp;HTML</translation>
    </message>
    <message>
        <source>Open the P&amp;DF report to print</source>
        <translation>Ouvrir le rapport P&amp;DF à imprimer</translation>
    </message>
    <message>
        <source>Safe to open</source>
        <translation>Ouverture sans risque</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Marquage</translation>
    </message>
    <message>
        <source>Bag complete, hashes match</source>
        <translation>Paquet complet, empreintes conformes</translation>
    </message>
    <message>
        <source>Custody chain</source>
        <translation>Chaîne de possession</translation>
    </message>
    <message>
        <source>Signature and signer</source>
        <translation>Signature et signataire</translation>
    </message>
    <message>
        <source>Choose the package folder first.</source>
        <translation>Choisissez d&apos;abord le dossier du paquet.</translation>
    </message>
    <message>
        <source>Checking the package</source>
        <translation>Vérification du paquet</translation>
    </message>
    <message>
        <source>VERIFIED: the package is whole, signed by an officer this lab trusts, and its custody chain holds.</source>
        <translation>VÉRIFIÉ : le paquet est complet, signé par un agent de confiance pour ce labo, et sa chaîne de possession est intacte.</translation>
    </message>
    <message>
        <source>REFUSED: do not accept this package: %d problem(s) found.</source>
        <translation>REFUSÉ : n&apos;acceptez pas ce paquet : %d problème(s) trouvé(s).</translation>
    </message>
    <message>
        <source>✔ PASS</source>
        <translation>✔ RÉUSSI</translation>
    </message>
    <message>
        <source>✘ FAIL</source>
        <translation>✘ ÉCHEC</translation>
    </message>
    <message>
        <source>– not checked</source>
        <translation>– non vérifié</translation>
    </message>
    <message>
        <source>Checked %s.</source>
        <translation>Vérifié : %s.</translation>
    </message>
    <message>
        <source>Not checked: an earlier check failed.</source>
        <translation>Non vérifié : une vérification précédente a échoué.</translation>
    </message>
    <message>
        <source>… and %d more problem(s)</source>
        <translation>… et %d autre(s) problème(s)</translation>
    </message>
    <message>
        <source>No links, devices, unsafe paths or oversized manifests.</source>
        <translation>Aucun lien, fichier de périphérique, chemin dangereux ni manifeste surdimensionné.</translation>
    </message>
    <message>
        <source>SIMULATION: training material, never evidence.</source>
        <translation>SIMULATION : matériel de formation, jamais une preuve.</translation>
    </message>
    <message>
        <source>LIVE: real evidence of case %s.</source>
        <translation>RÉEL : preuves réelles de l&apos;affaire %s.</translation>
    </message>
    <message numerus="yes">
        <source>%n payload file(s); every file matches its SHA-256 and SHA-512.</source>
        <translation>
            <numerusform>%n fichier de données ; il correspond à son SHA-256 et son SHA-512.</numerusform>
            <numerusform>%n fichiers de données ; chaque fichier correspond à son SHA-256 et son SHA-512.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries, unbroken and signed to its end; it matches the package&apos;s label.</source>
        <translation>
            <numerusform>%n entrée, ininterrompue et signée jusqu&apos;au bout ; elle correspond à l&apos;étiquette du paquet.</numerusform>
            <numerusform>%n entrées, ininterrompues et signées jusqu&apos;au bout ; elles correspondent à l&apos;étiquette du paquet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by %s, a key this lab trusts.</source>
        <translation>Signé par %s, une clé de confiance pour ce labo.</translation>
    </message>
    <message>
        <source>Choose the package and the lab store folder first.</source>
        <translation>Choisissez d&apos;abord le paquet et le dossier du stockage du labo.</translation>
    </message>
    <message>
        <source>Importing the package</source>
        <translation>Import du paquet</translation>
    </message>
    <message>
        <source>Imported read-only into %s; the receipt is in the lab&apos;s custody ledger there.</source>
        <translation>Importé en lecture seule dans %s ; la réception y figure dans le registre de la chaîne de possession du labo.</translation>
    </message>
    <message>
        <source>An imported package</source>
        <translation>Un paquet importé</translation>
    </message>
    <message>
        <source>lab</source>
        <translation>labo</translation>
    </message>
    <message>
        <source>received into the lab store</source>
        <translation>reçu dans le stockage du labo</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Annulé ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>, about %s left</source>
        <translation>, environ %s restant</translation>
    </message>
    <message>
        <source>%s: %d of %d files, %s of %s%s</source>
        <translation>%s : %d fichiers sur %d, %s sur %s%s</translation>
    </message>
</context>
<context>
    <name>JobStrip</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 fichiers sur %2</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>, environ %1 restant</translation>
    </message>
</context>
<context>
    <name>LabelsPanel</name>
    <message>
        <source>&amp;Print the label of the chosen exhibit…</source>
        <translation>Imprimer l&apos;é&amp;tiquette du scellé choisi…</translation>
    </message>
    <message>
        <source>— label printed: %1</source>
        <translation>— étiquette imprimée : %1</translation>
    </message>
    <message>
        <source>— no label yet</source>
        <translation>— pas encore d&apos;étiquette</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SIMULATION — a training exercise on synthetic evidence, not a real case</source>
        <translation>SIMULATION — un exercice de formation sur des preuves synthétiques, pas une vraie affaire</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Scan evidence</source>
        <translation>Analyser les preuves</translation>
    </message>
    <message>
        <source>Check an address</source>
        <translation>Vérifier une adresse</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Preserve &amp; hand over</source>
        <translation>Préserver &amp; remettre</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>File de revue</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Lab intake</source>
        <translation>Réception au labo</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Travail en cours</translation>
    </message>
    <message>
        <source>A task is still running: wait for it or cancel it before signing out.</source>
        <translation>Une tâche est encore en cours : attendez-la ou annulez-la avant de vous déconnecter.</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Trainer: inject an event…</source>
        <translation>&amp;Formateur : injecter un événement…</translation>
    </message>
    <message>
        <source>&amp;Change case…</source>
        <translation>&amp;Changer d&apos;affaire…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Event injected (custody entry %d).</source>
        <translation>Événement injecté (entrée %d du registre).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language is used when the running task has finished and the window is next opened.</source>
        <translation>La nouvelle langue s&apos;applique quand la tâche en cours est terminée et à la prochaine ouverture de la fenêtre.</translation>
    </message>
    <message>
        <source>no level</source>
        <translation>aucun niveau</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>Officer: </source>
        <translation>Agent : </translation>
    </message>
    <message>
        <source>Case: </source>
        <translation>Affaire : </translation>
    </message>
    <message>
        <source>none open</source>
        <translation>aucune ouverte</translation>
    </message>
    <message>
        <source>A task is still running. Cancel it and close? What it finished stays in the case; what it had not finished is discarded, and the cancel is recorded in the custody ledger.</source>
        <translation>Une tâche est encore en cours. L&apos;annuler et fermer ? Ce qu&apos;elle a terminé reste dans l&apos;affaire ; le reste est abandonné, et l&apos;annulation est consignée dans le registre de la chaîne de possession.</translation>
    </message>
    <message>
        <source>Cancelling the running task…</source>
        <translation>Annulation de la tâche en cours…</translation>
    </message>
    <message>
        <source>Still stopping</source>
        <translation>Arrêt en cours</translation>
    </message>
    <message>
        <source>The task has not stopped yet; the window stays open until it has.</source>
        <translation>La tâche n&apos;est pas encore arrêtée ; la fenêtre reste ouverte jusque-là.</translation>
    </message>
</context>
<context>
    <name>NewOfficerDialog</name>
    <message>
        <source>New officer profile</source>
        <translation>Nouveau profil d&apos;agent</translation>
    </message>
    <message>
        <source>Collar or staff number, e.g. PC-1234</source>
        <translation>Matricule, p. ex. PC-1234</translation>
    </message>
    <message>
        <source>Levels: </source>
        <translation>Niveaux : </translation>
    </message>
    <message>
        <source>Officer &amp;ID</source>
        <translation>&amp;Identifiant de l&apos;agent</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>&amp;Endorsements</source>
        <translation>&amp;Habilitations</translation>
    </message>
    <message>
        <source>Key &amp;passphrase</source>
        <translation>&amp;Phrase secrète de la clé</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation>&amp;Répéter la phrase secrète</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>Les phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>PhotoMapView</name>
    <message>
        <source>Offline map: Natural Earth (public domain), places © GeoNames (CC BY 4.0)</source>
        <translation>Carte hors ligne : Natural Earth (domaine public), lieux © GeoNames (CC BY 4.0)</translation>
    </message>
</context>
<context>
    <name>PhotosPage</name>
    <message>
        <source>Open a folder of photos…</source>
        <translation>Ouvrir un dossier de photos…</translation>
    </message>
    <message>
        <source>Open photo files…</source>
        <translation>Ouvrir des fichiers photo…</translation>
    </message>
    <message>
        <source>All exhibits</source>
        <translation>Tous les scellés</translation>
    </message>
    <message>
        <source>Show the &amp;case&apos;s photos</source>
        <translation>Afficher les photos de l&apos;&amp;affaire</translation>
    </message>
    <message>
        <source>The images the scans of the chosen exhibit found, read again (read-only) from the original evidence</source>
        <translation>Les images trouvées par les analyses du scellé choisi, relues (en lecture seule) depuis la preuve d&apos;origine</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Photos are opened read-only. Notable known-file matches are never shown.</source>
        <translation>Les photos sont ouvertes en lecture seule. Les correspondances avec des fichiers connus signalés ne sont jamais affichées.</translation>
    </message>
    <message>
        <source>Only photos with a GPS position</source>
        <translation>Seulement les photos avec position GPS</translation>
    </message>
    <message>
        <source>Time taken, oldest first</source>
        <translation>Date de prise, plus anciennes d&apos;abord</translation>
    </message>
    <message>
        <source>Time taken, newest first</source>
        <translation>Date de prise, plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Appareil :</translation>
    </message>
    <message>
        <source>Sort by:</source>
        <translation>Trier par :</translation>
    </message>
    <message>
        <source>Fit to the photos</source>
        <translation>Ajuster aux photos</translation>
    </message>
    <message>
        <source>Whole world</source>
        <translation>Monde entier</translation>
    </message>
    <message>
        <source>Click a dot to pick its photo. Wheel: zoom; drag: move.</source>
        <translation>Cliquez sur un point pour choisir sa photo. Molette : zoom ; glisser : déplacer.</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Show this &amp;notable photo (recorded in custody)</source>
        <translation>Afficher cette photo &amp;signalée (consigné au registre)</translation>
    </message>
    <message>
        <source>&amp;Export positions for the lab (KML and GeoJSON)…</source>
        <translation>&amp;Exporter les positions pour le labo (KML et GeoJSON)…</translation>
    </message>
    <message>
        <source>Open or make a case first.</source>
        <translation>Ouvrez ou créez d&apos;abord une affaire.</translation>
    </message>
    <message>
        <source>Request a specialist</source>
        <translation>Demander un spécialiste</translation>
    </message>
    <message>
        <source>Folder of photos</source>
        <translation>Dossier de photos</translation>
    </message>
    <message>
        <source>Photo files</source>
        <translation>Fichiers photo</translation>
    </message>
    <message>
        <source>Still reading photos: cancel first.</source>
        <translation>Lecture des photos en cours : annulez d&apos;abord.</translation>
    </message>
    <message>
        <source>Reading the photos</source>
        <translation>Lecture des photos</translation>
    </message>
    <message>
        <source>Cancelled. The photos read so far are shown.</source>
        <translation>Annulé. Les photos lues jusqu&apos;ici sont affichées.</translation>
    </message>
    <message>
        <source>Listing the photos…</source>
        <translation>Inventaire des photos…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <source>Listing the photos: %n found so far</source>
        <translation>
            <numerusform>Inventaire des photos : %n trouvée jusqu&apos;ici</numerusform>
            <numerusform>Inventaire des photos : %n trouvées jusqu&apos;ici</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading photos: %1 of %2</source>
        <translation>Lecture des photos : %1 sur %2</translation>
    </message>
    <message>
        <source>%1 photos, %2 with a GPS position.</source>
        <translation>%1 photos, %2 avec position GPS.</translation>
    </message>
    <message>
        <source>Notable matches not shown: %1.</source>
        <translation>Correspondances signalées non affichées : %1.</translation>
    </message>
    <message>
        <source>With warnings: %1 (see each photo&apos;s details).</source>
        <translation>Avec avertissements : %1 (voir le détail de chaque photo).</translation>
    </message>
    <message>
        <source>All cameras</source>
        <translation>Tous les appareils</translation>
    </message>
    <message>
        <source>(no camera recorded)</source>
        <translation>(aucun appareil enregistré)</translation>
    </message>
    <message>
        <source>Open photos, then pick one to see its details.</source>
        <translation>Ouvrez des photos, puis choisissez-en une pour voir son détail.</translation>
    </message>
    <message>
        <source>View a notable photo</source>
        <translation>Voir une photo signalée</translation>
    </message>
    <message>
        <source>Why do you need to see it? (recorded in custody)</source>
        <translation>Pourquoi devez-vous la voir ? (consigné au registre)</translation>
    </message>
    <message>
        <source>Viewing the notable photo</source>
        <translation>Affichage de la photo signalée</translation>
    </message>
    <message>
        <source>Shown to you and recorded in the custody ledger (photo.notable-viewed).</source>
        <translation>Affichée et consignée dans le registre de la chaîne de possession (photo.notable-viewed).</translation>
    </message>
    <message>
        <source>A note for the specialist (optional):</source>
        <translation>Une note pour le spécialiste (facultatif) :</translation>
    </message>
    <message>
        <source>Request recorded in the custody ledger (entry %1).</source>
        <translation>Demande consignée dans le registre de la chaîne de possession (entrée %1).</translation>
    </message>
    <message>
        <source>Requesting a specialist</source>
        <translation>Demande d&apos;un spécialiste</translation>
    </message>
    <message>
        <source>Folder for the KML and GeoJSON files</source>
        <translation>Dossier pour les fichiers KML et GeoJSON</translation>
    </message>
    <message>
        <source>Exported %1 positions to %2 and %3.</source>
        <translation>%1 positions exportées vers %2 et %3.</translation>
    </message>
    <message>
        <source>Exporting the positions</source>
        <translation>Export des positions</translation>
    </message>
</context>
<context>
    <name>PreservePage</name>
    <message>
        <source>Folder, disk image or device to preserve</source>
        <translation>Dossier, image disque ou périphérique à préserver</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>E&amp;xhibit</source>
        <translation>S&amp;cellé</translation>
    </message>
    <message>
        <source>optional, e.g. *.jpg  /Users/*/Documents/**</source>
        <translation>facultatif, p. ex. *.jpg  /Users/*/Documents/**</translation>
    </message>
    <message>
        <source>include deleted files</source>
        <translation>inclure les fichiers supprimés</translation>
    </message>
    <message>
        <source>C&amp;ollect files</source>
        <translation>C&amp;ollecter les fichiers</translation>
    </message>
    <message>
        <source>Collect files (copied, hashed and verified)</source>
        <translation>Collecter des fichiers (copiés, hachés et vérifiés)</translation>
    </message>
    <message>
        <source>Only</source>
        <translation>Seulement</translation>
    </message>
    <message>
        <source>optional segment size, e.g. 2G</source>
        <translation>taille de segment facultative, p. ex. 2G</translation>
    </message>
    <message>
        <source>&amp;Make the image</source>
        <translation>Créer l&apos;&amp;image</translation>
    </message>
    <message>
        <source>Make a disk image (hash on read, verify after write)</source>
        <translation>Créer une image disque (hachage à la lecture, vérification après écriture)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Découper</translation>
    </message>
    <message>
        <source>Add scene &amp;photos…</source>
        <translation>Ajouter des &amp;photos des lieux…</translation>
    </message>
    <message>
        <source>&amp;Export the triage package</source>
        <translation>&amp;Exporter le paquet de triage</translation>
    </message>
    <message>
        <source>Open or make a case first.</source>
        <translation>Ouvrez ou créez d&apos;abord une affaire.</translation>
    </message>
    <message>
        <source>Where to write the package (e.g. the exhibit stick)</source>
        <translation>Où écrire le paquet (p. ex. la clé USB scellée)</translation>
    </message>
    <message>
        <source>Document and hand over</source>
        <translation>Documenter et remettre</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sources are read-only; every step goes into the custody ledger.</source>
        <translation>Les sources sont en lecture seule ; chaque étape est consignée dans le registre de la chaîne de possession.</translation>
    </message>
    <message>
        <source>Collected %1 files (%2) into exhibit %3, each verified after writing.</source>
        <translation>%1 fichiers (%2) collectés dans le scellé %3, chacun vérifié après écriture.</translation>
    </message>
    <message>
        <source>The split size</source>
        <translation>La taille de découpe</translation>
    </message>
    <message>
        <source>Image of %1 written and verified: SHA-256 %2</source>
        <translation>Image de %1 écrite et vérifiée : SHA-256 %2</translation>
    </message>
    <message>
        <source>Scene photos to add</source>
        <translation>Photos des lieux à ajouter</translation>
    </message>
    <message>
        <source>%1 scene photo(s) added to the case.</source>
        <translation>%1 photo(s) des lieux ajoutée(s) à l&apos;affaire.</translation>
    </message>
    <message>
        <source>Choose where to write the package first.</source>
        <translation>Choisissez d&apos;abord où écrire le paquet.</translation>
    </message>
    <message>
        <source>Package written: %1 (%2 files, mode %3). Write the custody head on the exhibit label: %4</source>
        <translation>Paquet écrit : %1 (%2 fichiers, mode %3). Inscrivez la tête du registre sur l&apos;étiquette du scellé : %4</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Recorded. Try again.</source>
        <translation>Enregistré. Réessayez.</translation>
    </message>
    <message>
        <source>The task</source>
        <translation>La tâche</translation>
    </message>
    <message>
        <source>, %1 left</source>
        <translation>, %1 restant</translation>
    </message>
    <message>
        <source>Choose the source to preserve first.</source>
        <translation>Choisissez d&apos;abord la source à préserver.</translation>
    </message>
    <message>
        <source>Register the device first, then choose it as the exhibit.</source>
        <translation>Enregistrez d&apos;abord l&apos;appareil, puis choisissez-le comme scellé.</translation>
    </message>
    <message>
        <source>Disk image or file</source>
        <translation>Image disque ou fichier</translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message>
        <source>Registered so far</source>
        <translation>Enregistrés jusqu&apos;ici</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>Folder, disk image (.dd, .E01, .001) or device</source>
        <translation>Dossier, image disque (.dd, .E01, .001) ou périphérique</translation>
    </message>
    <message>
        <source>Evidence is opened read-only. Every step is recorded in the case&apos;s custody ledger.</source>
        <translation>Les preuves sont ouvertes en lecture seule. Chaque étape est consignée dans le registre de la chaîne de possession de l&apos;affaire.</translation>
    </message>
    <message>
        <source>Folder or mounted drive to scan</source>
        <translation>Dossier ou lecteur monté à analyser</translation>
    </message>
    <message>
        <source>Disk image to scan</source>
        <translation>Image disque à analyser</translation>
    </message>
    <message>
        <source>Disk images (*.dd *.raw *.img *.E01 *.001 *.000 *.iso *.dmg);;All files (*)</source>
        <translation>Images disque (*.dd *.raw *.img *.E01 *.001 *.000 *.iso *.dmg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Folder…</source>
        <translation>&amp;Dossier…</translation>
    </message>
    <message>
        <source>&amp;Image file…</source>
        <translation>Fichier &amp;image…</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>E&amp;xhibit</source>
        <translation>S&amp;cellé</translation>
    </message>
    <message>
        <source>&amp;Start scan</source>
        <translation>&amp;Lancer l&apos;analyse</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Choose the exhibit (register the device first) and its source.</source>
        <translation>Choisissez le scellé (enregistrez d&apos;abord l&apos;appareil) et sa source.</translation>
    </message>
    <message>
        <source>Opening the source…</source>
        <translation>Ouverture de la source…</translation>
    </message>
    <message>
        <source>Going on…</source>
        <translation>Reprise…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Paused: nothing is read until you resume.</source>
        <translation>En pause : rien n&apos;est lu tant que vous ne reprenez pas.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <source>Listing the source: %n entries so far</source>
        <translation>
            <numerusform>Inventaire de la source : %n entrée jusqu&apos;ici</numerusform>
            <numerusform>Inventaire de la source : %n entrées jusqu&apos;ici</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 left</source>
        <translation>, %1 restant</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>entrées</translation>
    </message>
    <message>
        <source>Recorded. Start the scan again.</source>
        <translation>Enregistré. Relancez l&apos;analyse.</translation>
    </message>
    <message>
        <source>The scan did not finish; the reason is below.</source>
        <translation>L&apos;analyse n&apos;a pas abouti ; la raison figure ci-dessous.</translation>
    </message>
    <message>
        <source>An internal error stopped the scan: %1</source>
        <translation>Une erreur interne a arrêté l&apos;analyse : %1</translation>
    </message>
    <message>
        <source>The scan</source>
        <translation>L&apos;analyse</translation>
    </message>
    <message>
        <source>URGENT: %1 private keys, seed phrases or wallet files - %2 (the Findings page lists them first). </source>
        <translation>URGENT : %1 clés privées, phrases de récupération ou fichiers de portefeuille - %2 (la page Résultats les liste en premier). </translation>
    </message>
    <message>
        <source>Scan finished: </source>
        <translation>Analyse terminée : </translation>
    </message>
    <message>
        <source> Resumed an interrupted scan.</source>
        <translation> Une analyse interrompue a été reprise.</translation>
    </message>
</context>
<context>
    <name>SceneChecklist</name>
    <message>
        <source>Scene checklist</source>
        <translation>Liste de contrôle des lieux</translation>
    </message>
    <message>
        <source>&amp;Open items (☐), then every step: ☑ done, · not reached</source>
        <translation>Points &amp;ouverts (☐), puis chaque étape : ☑ fait, · non atteint</translation>
    </message>
</context>
<context>
    <name>SceneExpert</name>
    <message>
        <source>Scene — expert view</source>
        <translation>Lieux — vue experte</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>&amp;Décider</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>Fai&amp;t</translation>
    </message>
    <message>
        <source>De&amp;viate…</source>
        <translation>Dé&amp;roger…</translation>
    </message>
    <message>
        <source>Record &amp;fact</source>
        <translation>Consigner un &amp;constat</translation>
    </message>
    <message>
        <source>Scene p&amp;hotos…</source>
        <translation>P&amp;hotos des lieux…</translation>
    </message>
    <message>
        <source>Scene photos</source>
        <translation>Photos des lieux</translation>
    </message>
    <message>
        <source>&amp;Amend authority…</source>
        <translation>Modifier l&apos;&amp;autorisation…</translation>
    </message>
    <message>
        <source>Legal authority</source>
        <translation>Autorisation légale</translation>
    </message>
    <message>
        <source>E&amp;xport package…</source>
        <translation>E&amp;xporter le paquet…</translation>
    </message>
    <message>
        <source>Export the package</source>
        <translation>Exporter le paquet</translation>
    </message>
    <message>
        <source>Chosen device:</source>
        <translation>Appareil choisi :</translation>
    </message>
    <message>
        <source>The case:</source>
        <translation>L&apos;affaire :</translation>
    </message>
    <message>
        <source>Latest custody entries</source>
        <translation>Dernières entrées du registre</translation>
    </message>
    <message>
        <source>Deciding</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>still missing %1: %2</source>
        <translation>il manque encore %1 : %2</translation>
    </message>
    <message>
        <source>Recording it done</source>
        <translation>Enregistrement de l&apos;exécution</translation>
    </message>
    <message>
        <source>Recording the fact</source>
        <translation>Enregistrement du constat</translation>
    </message>
</context>
<context>
    <name>ScenePhotosPanel</name>
    <message>
        <source>&amp;Import photos from a camera folder…</source>
        <translation>&amp;Importer les photos d&apos;un dossier d&apos;appareil…</translation>
    </message>
    <message>
        <source>The camera&apos;s photo folder</source>
        <translation>Le dossier photo de l&apos;appareil</translation>
    </message>
    <message>
        <source>%1 photo(s) added to the case.</source>
        <translation>%1 photo(s) ajoutée(s) à l&apos;affaire.</translation>
    </message>
    <message>
        <source>Importing the scene photos</source>
        <translation>Import des photos des lieux</translation>
    </message>
</context>
<context>
    <name>SceneWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Continue &gt;</source>
        <translation>&amp;Continuer &gt;</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Que faire maintenant</translation>
    </message>
    <message>
        <source>Continue opens once this step is recorded.</source>
        <translation>Continuer s&apos;active dès que cette étape est enregistrée.</translation>
    </message>
    <message>
        <source>The scene is documented: hand over the sealed bags and the package.</source>
        <translation>Les lieux sont documentés : remettez les sachets scellés et le paquet.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>ShiftCheckScreen</name>
    <message>
        <source>Start of shift</source>
        <translation>Prise de service</translation>
    </message>
    <message>
        <source>Check that this is the app your agency issued and that its clock is right. Times in the custody record are never changed: the difference you confirm here is recorded with them.</source>
        <translation>Vérifiez qu&apos;il s&apos;agit bien de l&apos;application fournie par votre service et que son horloge est juste. Les heures du registre ne sont jamais modifiées : l&apos;écart que vous confirmez ici est consigné avec elles.</translation>
    </message>
    <message>
        <source>e.g. force radio, phone network time</source>
        <translation>p. ex. radio de service, heure du réseau mobile</translation>
    </message>
    <message>
        <source>It shows the &amp;same time</source>
        <translation>Elle indique la &amp;même heure</translation>
    </message>
    <message>
        <source>Time &amp;read from</source>
        <translation>Heure &amp;lue sur</translation>
    </message>
    <message>
        <source>The reference &amp;shows</source>
        <translation>La référence &amp;indique</translation>
    </message>
    <message>
        <source>&amp;Confirm and continue</source>
        <translation>&amp;Confirmer et continuer</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Version de l&apos;application</translation>
    </message>
    <message>
        <source>App SHA-256</source>
        <translation>SHA-256 de l&apos;application</translation>
    </message>
    <message>
        <source>App clock</source>
        <translation>Horloge de l&apos;application</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>not named by this system</source>
        <translation>non nommé par ce système</translation>
    </message>
    <message>
        <source>Workflow rules</source>
        <translation>Règles de procédure</translation>
    </message>
    <message>
        <source>Hash sets</source>
        <translation>Jeux d&apos;empreintes</translation>
    </message>
    <message>
        <source>none installed</source>
        <translation>aucun installé</translation>
    </message>
    <message>
        <source>Watch lists</source>
        <translation>Listes de surveillance</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Say what you read the time from (a radio, a phone).</source>
        <translation>Indiquez sur quoi vous avez lu l&apos;heure (une radio, un téléphone).</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Choose your officer profile. What you may do at a scene follows from your competency level, and every action is recorded under your name.</source>
        <translation>Choisissez votre profil d&apos;agent. Ce que vous pouvez faire sur les lieux dépend de votre niveau de compétence, et chaque action est enregistrée à votre nom.</translation>
    </message>
    <message>
        <source>Leave empty if your key has none</source>
        <translation>Laisser vide si votre clé n&apos;en a pas</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Nouveau profil…</translation>
    </message>
    <message>
        <source>Key &amp;passphrase</source>
        <translation>&amp;Phrase secrète de la clé</translation>
    </message>
    <message>
        <source>No officer profile on this laptop yet: make yours with “New profile…”.</source>
        <translation>Aucun profil d&apos;agent sur ce portable : créez le vôtre avec « Nouveau profil… ».</translation>
    </message>
    <message>
        <source>Choose your profile first.</source>
        <translation>Choisissez d&apos;abord votre profil.</translation>
    </message>
</context>
<context>
    <name>SupervisorView</name>
    <message>
        <source>Review queue</source>
        <translation>File de revue</translation>
    </message>
    <message>
        <source>Items awaiting sign-off</source>
        <translation>Éléments en attente de validation</translation>
    </message>
    <message>
        <source>Verdicts given in this case</source>
        <translation>Décisions rendues dans cette affaire</translation>
    </message>
    <message>
        <source>&amp;Awaiting sign-off</source>
        <translation>En &amp;attente de validation</translation>
    </message>
    <message>
        <source>&amp;Verdicts given</source>
        <translation>&amp;Décisions rendues</translation>
    </message>
    <message>
        <source>Your reason, in writing (required): it goes into the custody ledger with the verdict</source>
        <translation>Votre motif, par écrit (obligatoire) : il est consigné au registre avec la décision</translation>
    </message>
    <message>
        <source>&amp;Reason for the verdict</source>
        <translation>&amp;Motif de la décision</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>A&amp;pprouver</translation>
    </message>
    <message>
        <source>R&amp;eject</source>
        <translation>R&amp;ejeter</translation>
    </message>
    <message>
        <source>Open or make a case first: the review queue is the open case&apos;s.</source>
        <translation>Ouvrez ou créez d&apos;abord une affaire : la file de revue est celle de l&apos;affaire ouverte.</translation>
    </message>
    <message>
        <source>Case %s: %d item(s) await a supervisor&apos;s verdict. Nobody signs off their own item.</source>
        <translation>Affaire %s : %d élément(s) en attente de la décision d&apos;un superviseur. Personne ne valide son propre élément.</translation>
    </message>
    <message>
        <source>%s — %s
%s, %s</source>
        <translation>%s — %s
%s, %s</translation>
    </message>
    <message>
        <source>no exhibit</source>
        <translation>aucun scellé</translation>
    </message>
    <message>
        <source>Item %d</source>
        <translation>Élément %d</translation>
    </message>
    <message>
        <source>%s item %s by %s, %s: “%s”</source>
        <translation>%s élément %s par %s, %s : « %s »</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Specialist request</source>
        <translation>Demande de spécialiste</translation>
    </message>
    <message>
        <source>Nothing awaits sign-off</source>
        <translation>Rien en attente de validation</translation>
    </message>
    <message>
        <source>Deviations, refusals and specialist requests of the case appear here as they are recorded.</source>
        <translation>Les écarts, refus et demandes de spécialiste de l&apos;affaire apparaissent ici dès qu&apos;ils sont enregistrés.</translation>
    </message>
    <message>
        <source>%s (item %d)</source>
        <translation>%s (élément %d)</translation>
    </message>
    <message>
        <source>History: </source>
        <translation>Historique : </translation>
    </message>
    <message>
        <source>History: no verdict or sign-off attempt yet.</source>
        <translation>Historique : aucune décision ni tentative de validation pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Who: %s, at %s</source>
        <translation>Qui : %s, le %s</translation>
    </message>
    <message>
        <source>Exhibit: %s</source>
        <translation>Scellé : %s</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>aucun indiqué</translation>
    </message>
    <message>
        <source>What was done instead: %s</source>
        <translation>Ce qui a été fait à la place : %s</translation>
    </message>
    <message>
        <source>What the rules said: %s</source>
        <translation>Ce que disaient les règles : %s</translation>
    </message>
    <message>
        <source>Reason given: %s</source>
        <translation>Motif donné : %s</translation>
    </message>
    <message>
        <source>Refused: %s (needs %s; the officer holds %s)</source>
        <translation>Refusé : %s (requiert %s ; l&apos;agent détient %s)</translation>
    </message>
    <message>
        <source>no level</source>
        <translation>aucun niveau</translation>
    </message>
    <message>
        <source>Asked for: %s (needs %s; the officer holds %s)</source>
        <translation>Demandé : %s (requiert %s ; l&apos;agent détient %s)</translation>
    </message>
    <message>
        <source>Note: %s</source>
        <translation>Note : %s</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>sign-off by %s refused at %s (%s)</source>
        <translation>validation par %s refusée le %s (%s)</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>%s by %s at %s: “%s”</source>
        <translation>%s par %s le %s : « %s »</translation>
    </message>
    <message>
        <source>Refused and recorded: %s</source>
        <translation>Refusé et consigné : %s</translation>
    </message>
    <message>
        <source>Item %d %s (custody entry %d).</source>
        <translation>Élément %d %s (entrée %d du registre).</translation>
    </message>
</context>
<context>
    <name>TrainerInjectDialog</name>
    <message>
        <source>Trainer: inject an event</source>
        <translation>Formateur : injecter un événement</translation>
    </message>
    <message>
        <source>&amp;Trainer</source>
        <translation>&amp;Formateur</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Événement</translation>
    </message>
    <message>
        <source>&amp;Inject</source>
        <translation>&amp;Injecter</translation>
    </message>
    <message>
        <source>This exercise has no event left to inject.</source>
        <translation>Cet exercice n&apos;a plus d&apos;événement à injecter.</translation>
    </message>
    <message>
        <source>Choose the trainer and the event.</source>
        <translation>Choisissez le formateur et l&apos;événement.</translation>
    </message>
    <message>
        <source>A task is still running on the exercise: wait for it or cancel it first.</source>
        <translation>Une tâche est encore en cours sur l&apos;exercice : attendez-la ou annulez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>The exercise could not be opened again (%s): open it from Session ▸ Change case.</source>
        <translation>L&apos;exercice n&apos;a pas pu être rouvert (%s) : ouvrez-le par Session ▸ Changer d&apos;affaire.</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>The same scenario and seed build the same evidence, byte for byte</source>
        <translation>Le même scénario et la même graine produisent les mêmes preuves, octet pour octet</translation>
    </message>
    <message>
        <source>&amp;Build the exercise</source>
        <translation>&amp;Construire l&apos;exercice</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Scénario</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>&amp;Graine</translation>
    </message>
    <message>
        <source>Exercise &amp;folder</source>
        <translation>&amp;Dossier de l&apos;exercice</translation>
    </message>
    <message>
        <source>Exercise folder</source>
        <translation>Dossier de l&apos;exercice</translation>
    </message>
    <message>
        <source>Build an exercise</source>
        <translation>Construire un exercice</translation>
    </message>
    <message>
        <source>&amp;Refresh results</source>
        <translation>&amp;Actualiser les résultats</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Points lost for</source>
        <translation>Points perdus pour</translation>
    </message>
    <message>
        <source>Open the &amp;debrief</source>
        <translation>Ouvrir le dé&amp;briefing</translation>
    </message>
    <message>
        <source>Exercises in</source>
        <translation>Exercices dans</translation>
    </message>
    <message>
        <source>Exercises folder</source>
        <translation>Dossier des exercices</translation>
    </message>
    <message>
        <source>Trainees&apos; results</source>
        <translation>Résultats des stagiaires</translation>
    </message>
    <message>
        <source>&amp;Inject the event</source>
        <translation>&amp;Injecter l&apos;événement</translation>
    </message>
    <message>
        <source>The running exercise (the open case)</source>
        <translation>L&apos;exercice en cours (l&apos;affaire ouverte)</translation>
    </message>
    <message>
        <source>Packs that cannot be used: </source>
        <translation>Packs inutilisables : </translation>
    </message>
    <message>
        <source>Choose a scenario and a new exercise folder.</source>
        <translation>Choisissez un scénario et un nouveau dossier d&apos;exercice.</translation>
    </message>
    <message>
        <source>Building the synthetic evidence…</source>
        <translation>Construction des preuves synthétiques…</translation>
    </message>
    <message>
        <source>Built. The trainee signs in and opens the case folder %s; the synthetic evidence is in %s.</source>
        <translation>Construit. Le stagiaire se connecte et ouvre le dossier d&apos;affaire %s ; les preuves synthétiques sont dans %s.</translation>
    </message>
    <message>
        <source>The build failed.</source>
        <translation>La construction a échoué.</translation>
    </message>
    <message>
        <source>Building the exercise</source>
        <translation>Construction de l&apos;exercice</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>not played yet</source>
        <translation>pas encore joué</translation>
    </message>
    <message>
        <source>%d exercises, %d that cannot be scored</source>
        <translation>%d exercices, dont %d non notables</translation>
    </message>
    <message>
        <source>No exercises here yet.</source>
        <translation>Aucun exercice ici pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Choose an exercise first.</source>
        <translation>Choisissez d&apos;abord un exercice.</translation>
    </message>
    <message>
        <source>Debrief written: %s and %s</source>
        <translation>Débriefing écrit : %s et %s</translation>
    </message>
    <message>
        <source>Open an exercise&apos;s case to inject its events.</source>
        <translation>Ouvrez l&apos;affaire d&apos;un exercice pour injecter ses événements.</translation>
    </message>
    <message>
        <source>Scenario %s: %d of %d events not injected yet.</source>
        <translation>Scénario %s : %d événements sur %d pas encore injectés.</translation>
    </message>
    <message>
        <source>Injected (custody entry %d): the trainee&apos;s next decision sees the changed facts.</source>
        <translation>Injecté (entrée %d du registre) : la prochaine décision du stagiaire tient compte des faits modifiés.</translation>
    </message>
</context>
<context>
    <name>UnknownStep</name>
    <message>
        <source>Do this step as its instruction says; it is done once the custody ledger records it.</source>
        <translation>Effectuez cette étape selon sa consigne ; elle est faite dès que le registre de la chaîne de possession la consigne.</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Prepare</source>
        <translation>Préparer</translation>
    </message>
    <message>
        <source>Record the warrant or other legal authority for the search.</source>
        <translation>Enregistrez le mandat ou toute autre base légale de la perquisition.</translation>
    </message>
    <message>
        <source>Record the legal authority.</source>
        <translation>Enregistrer la base légale.</translation>
    </message>
    <message>
        <source>Authority.</source>
        <translation>Base légale.</translation>
    </message>
    <message>
        <source>Arrive and secure</source>
        <translation>Arriver et sécuriser</translation>
    </message>
    <message>
        <source>Secure</source>
        <translation>Sécuriser</translation>
    </message>
    <message>
        <source>Keep people away from the devices and photograph the scene before anything is moved.</source>
        <translation>Éloignez les personnes des appareils et photographiez les lieux avant de déplacer quoi que ce soit.</translation>
    </message>
    <message>
        <source>Secure and photograph the scene.</source>
        <translation>Sécuriser et photographier les lieux.</translation>
    </message>
    <message>
        <source>Secure scene.</source>
        <translation>Sécuriser les lieux.</translation>
    </message>
    <message>
        <source>Document before touching</source>
        <translation>Documenter avant de toucher</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documenter</translation>
    </message>
    <message>
        <source>Before you touch a device, register it with its exhibit number and what you see: is it on, what is on the screen.</source>
        <translation>Avant de toucher un appareil, enregistrez-le avec son numéro de scellé et ce que vous voyez&#xa0;: est-il allumé, qu&apos;y a-t-il à l&apos;écran.</translation>
    </message>
    <message>
        <source>Register each device as an exhibit with its state.</source>
        <translation>Enregistrer chaque appareil comme pièce à conviction, avec son état.</translation>
    </message>
    <message>
        <source>Register devices.</source>
        <translation>Enregistrer les appareils.</translation>
    </message>
    <message>
        <source>One device at a time</source>
        <translation>Un appareil à la fois</translation>
    </message>
    <message>
        <source>Decide each device</source>
        <translation>Décider pour chaque appareil</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Décider</translation>
    </message>
    <message>
        <source>Answer the questions for each device and follow the instruction you get.</source>
        <translation>Répondez aux questions pour chaque appareil et suivez l&apos;instruction que vous recevez.</translation>
    </message>
    <message>
        <source>Decide each device.</source>
        <translation>Décider pour chaque appareil.</translation>
    </message>
    <message>
        <source>Decide devices.</source>
        <translation>Décider pour les appareils.</translation>
    </message>
    <message>
        <source>Bag, seal and label</source>
        <translation>Emballer, sceller et étiqueter</translation>
    </message>
    <message>
        <source>Package exhibits</source>
        <translation>Conditionner les pièces</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Conditionner</translation>
    </message>
    <message>
        <source>Do what each instruction says and put each device in its own evidence bag, ready to label and seal.</source>
        <translation>Appliquez chaque instruction et placez chaque appareil dans son propre sac à scellés, prêt à être étiqueté et scellé.</translation>
    </message>
    <message>
        <source>Carry out each decision; bag each exhibit.</source>
        <translation>Exécuter chaque décision&#xa0;; emballer chaque pièce.</translation>
    </message>
    <message>
        <source>Bag exhibits.</source>
        <translation>Emballer les pièces.</translation>
    </message>
    <message>
        <source>Print a label for each bag and stick it on before sealing.</source>
        <translation>Imprimez une étiquette pour chaque sac et collez-la avant de sceller.</translation>
    </message>
    <message>
        <source>Label and seal exhibits.</source>
        <translation>Étiqueter et sceller les pièces.</translation>
    </message>
    <message>
        <source>Label exhibits.</source>
        <translation>Étiqueter les pièces.</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <source>Export the documentation package (photos, device register, decisions and custody record) and hand it over with the sealed bags.</source>
        <translation>Exportez le dossier de documentation (photos, registre des appareils, décisions et registre de la chaîne de possession) et remettez-le avec les sacs scellés.</translation>
    </message>
    <message>
        <source>Export the package and hand over with the exhibits.</source>
        <translation>Exporter le dossier et le remettre avec les scellés.</translation>
    </message>
    <message>
        <source>Export and hand over.</source>
        <translation>Exporter et remettre.</translation>
    </message>
    <message>
        <source>Is anything being wiped, formatted or burnt right now (a progress bar, a shredder, smoke)?</source>
        <translation>Quelque chose est-il en train d&apos;être effacé, formaté ou brûlé en ce moment (barre de progression, broyeur, fumée)&#xa0;?</translation>
    </message>
    <message>
        <source>Destruction in progress (wipe, format, burn)?</source>
        <translation>Destruction en cours (effacement, formatage, incendie)&#xa0;?</translation>
    </message>
    <message>
        <source>Destruction in progress?</source>
        <translation>Destruction en cours&#xa0;?</translation>
    </message>
    <message>
        <source>Is the device switched on? Look for lights, fan noise or a screen; do not touch the keyboard.</source>
        <translation>L&apos;appareil est-il allumé&#xa0;? Cherchez des voyants, un bruit de ventilateur ou un écran&#xa0;; ne touchez pas au clavier.</translation>
    </message>
    <message>
        <source>Power state (lights, fans, screen; no input)?</source>
        <translation>État d&apos;alimentation (voyants, ventilateurs, écran&#xa0;; aucune saisie)&#xa0;?</translation>
    </message>
    <message>
        <source>Power state?</source>
        <translation>État d&apos;alimentation&#xa0;?</translation>
    </message>
    <message>
        <source>Is it a server or part of a business network (racks, many cables, a company sign)?</source>
        <translation>S&apos;agit-il d&apos;un serveur ou d&apos;un élément d&apos;un réseau d&apos;entreprise (baies, nombreux câbles, enseigne d&apos;entreprise)&#xa0;?</translation>
    </message>
    <message>
        <source>Server or business network system?</source>
        <translation>Serveur ou système d&apos;un réseau d&apos;entreprise&#xa0;?</translation>
    </message>
    <message>
        <source>Server/business system?</source>
        <translation>Serveur/système d&apos;entreprise&#xa0;?</translation>
    </message>
    <message>
        <source>Do you see an encryption prompt or program on the screen (BitLocker, VeraCrypt, FileVault)?</source>
        <translation>Voyez-vous à l&apos;écran une demande de déchiffrement ou un logiciel de chiffrement (BitLocker, VeraCrypt, FileVault)&#xa0;?</translation>
    </message>
    <message>
        <source>Encryption prompt or tool visible (BitLocker, VeraCrypt, FileVault)?</source>
        <translation>Invite ou outil de chiffrement visible (BitLocker, VeraCrypt, FileVault)&#xa0;?</translation>
    </message>
    <message>
        <source>Encryption visible?</source>
        <translation>Chiffrement visible&#xa0;?</translation>
    </message>
    <message>
        <source>Is there something open on the screen that would be lost (unsaved work, a chat, a wallet)?</source>
        <translation>Y a-t-il quelque chose d&apos;ouvert à l&apos;écran qui serait perdu (travail non enregistré, conversation, portefeuille crypto)&#xa0;?</translation>
    </message>
    <message>
        <source>Volatile content on screen (unsaved work, open chats, open wallet)?</source>
        <translation>Contenu volatil à l&apos;écran (travail non enregistré, conversations ouvertes, portefeuille ouvert)&#xa0;?</translation>
    </message>
    <message>
        <source>Volatile content on screen?</source>
        <translation>Contenu volatil à l&apos;écran&#xa0;?</translation>
    </message>
    <message>
        <source>Is the person logged in to an online account or cloud storage on it?</source>
        <translation>La personne y est-elle connectée à un compte en ligne ou à un stockage cloud&#xa0;?</translation>
    </message>
    <message>
        <source>Open cloud session?</source>
        <translation>Session cloud ouverte&#xa0;?</translation>
    </message>
    <message>
        <source>Cloud session?</source>
        <translation>Session cloud&#xa0;?</translation>
    </message>
    <message>
        <source>Which write blocker is the device behind (make, model, serial)?</source>
        <translation>Derrière quel bloqueur d&apos;écriture l&apos;appareil est-il branché (marque, modèle, numéro de série)&#xa0;?</translation>
    </message>
    <message>
        <source>Write blocker (make model serial)?</source>
        <translation>Bloqueur d&apos;écriture (marque modèle n° de série)&#xa0;?</translation>
    </message>
    <message>
        <source>Write blocker?</source>
        <translation>Bloqueur d&apos;écriture&#xa0;?</translation>
    </message>
    <message>
        <source>Pull the power cable out of the device now (and take the battery out if you can). Do not shut it down. Then call a specialist.</source>
        <translation>Débranchez maintenant le câble d&apos;alimentation de l&apos;appareil (et retirez la batterie si possible). Ne l&apos;arrêtez pas. Appelez ensuite un spécialiste.</translation>
    </message>
    <message>
        <source>Remove power at once (cable, battery); no shutdown. Call a specialist.</source>
        <translation>Couper l&apos;alimentation immédiatement (câble, batterie)&#xa0;; pas d&apos;arrêt. Appeler un spécialiste.</translation>
    </message>
    <message>
        <source>Kill power now; no shutdown.</source>
        <translation>Couper le courant maintenant&#xa0;; pas d&apos;arrêt.</translation>
    </message>
    <message>
        <source>Leave it switched off. Do not switch it on. Photograph it, label it and seal it in a bag.</source>
        <translation>Laissez-le éteint. Ne l&apos;allumez pas. Photographiez-le, étiquetez-le et placez-le sous scellé dans un sac.</translation>
    </message>
    <message>
        <source>Leave off; photograph, label, bag and seal.</source>
        <translation>Laisser éteint&#xa0;; photographier, étiqueter, emballer et sceller.</translation>
    </message>
    <message>
        <source>Leave off; bag and seal.</source>
        <translation>Laisser éteint&#xa0;; emballer et sceller.</translation>
    </message>
    <message>
        <source>Stop. Do not touch the device, do not switch it off. Keep people away from it and call a specialist.</source>
        <translation>Stop. Ne touchez pas l&apos;appareil, ne l&apos;éteignez pas. Éloignez-en les personnes et appelez un spécialiste.</translation>
    </message>
    <message>
        <source>Do not power down or interact. Secure the device and call a specialist.</source>
        <translation>Ne pas éteindre ni manipuler. Sécuriser l&apos;appareil et appeler un spécialiste.</translation>
    </message>
    <message>
        <source>Hold; specialist required.</source>
        <translation>Attendre&#xa0;; spécialiste requis.</translation>
    </message>
    <message>
        <source>A specialist will capture what is in memory and on screen before the device is switched off.</source>
        <translation>Un spécialiste capturera le contenu de la mémoire et de l&apos;écran avant l&apos;extinction de l&apos;appareil.</translation>
    </message>
    <message>
        <source>Live response needed before power-down (L3).</source>
        <translation>Acquisition à chaud requise avant l&apos;arrêt (L3).</translation>
    </message>
    <message>
        <source>Live response: capture memory and volatile data, record every step, then decide on shutdown.</source>
        <translation>Acquisition à chaud&#xa0;: capturer la mémoire et les données volatiles, consigner chaque étape, puis décider de l&apos;arrêt.</translation>
    </message>
    <message>
        <source>Photograph the screen. Then pull the power cable out of the back of the computer (not the wall socket first). Do not shut it down.</source>
        <translation>Photographiez l&apos;écran. Débranchez ensuite le câble d&apos;alimentation à l&apos;arrière de l&apos;ordinateur (pas d&apos;abord à la prise murale). Ne l&apos;arrêtez pas.</translation>
    </message>
    <message>
        <source>Photograph screen; pull the plug from the device end; no shutdown.</source>
        <translation>Photographier l&apos;écran&#xa0;; débrancher côté appareil&#xa0;; pas d&apos;arrêt.</translation>
    </message>
    <message>
        <source>Photograph screen; pull plug.</source>
        <translation>Photographier l&apos;écran&#xa0;; débrancher.</translation>
    </message>
    <message>
        <source>Keep it switched on. Put it in flight mode if you can without unlocking it, or in a signal-blocking bag, and keep it charged.</source>
        <translation>Laissez-le allumé. Activez le mode avion si c&apos;est possible sans le déverrouiller, ou placez-le dans un sac de Faraday, et gardez-le chargé.</translation>
    </message>
    <message>
        <source>Keep powered; isolate from networks (flight mode or Faraday bag); keep charged.</source>
        <translation>Laisser allumé&#xa0;; isoler des réseaux (mode avion ou sac de Faraday)&#xa0;; garder chargé.</translation>
    </message>
    <message>
        <source>Keep powered; isolate.</source>
        <translation>Laisser allumé&#xa0;; isoler.</translation>
    </message>
    <message>
        <source>Do not plug it in anywhere. Photograph it, put it in an evidence bag and seal it.</source>
        <translation>Ne le branchez nulle part. Photographiez-le, placez-le dans un sac à scellés et scellez-le.</translation>
    </message>
    <message>
        <source>Photograph, bag and seal; no triage.</source>
        <translation>Photographier, emballer et sceller&#xa0;; pas de triage.</translation>
    </message>
    <message>
        <source>Bag and seal.</source>
        <translation>Emballer et sceller.</translation>
    </message>
    <message>
        <source>A trained officer may look at it behind a write blocker; until then bag and seal it.</source>
        <translation>Un agent formé pourra l&apos;examiner derrière un bloqueur d&apos;écriture&#xa0;; en attendant, emballez-le et scellez-le.</translation>
    </message>
    <message>
        <source>Triage only behind a write blocker; record the blocker (make, model, serial) first.</source>
        <translation>Triage uniquement derrière un bloqueur d&apos;écriture&#xa0;; enregistrer d&apos;abord le bloqueur (marque, modèle, numéro de série).</translation>
    </message>
    <message>
        <source>Triage behind a write blocker.</source>
        <translation>Triage derrière un bloqueur d&apos;écriture.</translation>
    </message>
    <message>
        <source>Photograph it and write down what it is connected to. Do not unplug it. Tell a specialist.</source>
        <translation>Photographiez-le et notez à quoi il est connecté. Ne le débranchez pas. Prévenez un spécialiste.</translation>
    </message>
    <message>
        <source>Record connections and state; leave running; escalate to a specialist.</source>
        <translation>Relever les connexions et l&apos;état&#xa0;; laisser en marche&#xa0;; transmettre à un spécialiste.</translation>
    </message>
    <message>
        <source>Record and escalate.</source>
        <translation>Relever et transmettre.</translation>
    </message>
    <message>
        <source>Photograph it and write down what it is connected to, and which online account is open. Do not unplug it. Tell a specialist so the provider can be asked to keep the data.</source>
        <translation>Photographiez-le et notez à quoi il est connecté et quel compte en ligne est ouvert. Ne le débranchez pas. Prévenez un spécialiste afin que le fournisseur puisse être requis de conserver les données.</translation>
    </message>
    <message>
        <source>Record connections and the open cloud account; escalate and request provider preservation.</source>
        <translation>Relever les connexions et le compte cloud ouvert&#xa0;; transmettre et demander la conservation au fournisseur.</translation>
    </message>
    <message>
        <source>Record; request cloud preservation.</source>
        <translation>Relever&#xa0;; demander la conservation des données cloud.</translation>
    </message>
    <message>
        <source>It is a laptop: take the battery out too, if it comes out without tools.</source>
        <translation>C&apos;est un ordinateur portable&#xa0;: retirez aussi la batterie, si elle s&apos;enlève sans outil.</translation>
    </message>
    <message>
        <source>Laptop: remove the battery too.</source>
        <translation>Portable&#xa0;: retirer aussi la batterie.</translation>
    </message>
    <message>
        <source>Battery too.</source>
        <translation>Batterie aussi.</translation>
    </message>
</context>
</TS>
